/**
 * The GitHub Actions host: inputs from `INPUT_*`, outputs to `$GITHUB_OUTPUT`, `::add-mask::`,
 * log groups per step, findings as annotations, a job summary.
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../log';
import { INPUTS, parseCommand } from '../interface';
import { outputEntries } from '../outputs';
import { readGitHubCommit } from './commit';
import type { Host, Invocation, RunReport } from './host';
import { reportRun } from './report';
import { formatSeconds, StepTimer } from './timing';
import { writeJobSummary } from './job-summary-file';
import { summaryMarkdown } from './summary';
import { maskedParts } from './redaction';
import { neutralizeCommands, workspacePath } from './workflow-commands';

/**
 * core.info writes the text as it is: every line of ours goes through here, so that user text in
 * it (a path, a tag, a title holding one) never reads as a command.
 */
function plain(text: string): string {
  return neutralizeCommands(text, 'text', randomBytes(16).toString('hex'));
}

export class GitHubHost implements Host {
  private readonly debugEnabled: boolean;
  /** Debug asked for by the tool's own variable: shown as plain lines, without the runner's step debug. */
  private readonly debugAsInfo: boolean;
  private readonly timer = new StepTimer();

  readonly log: Logger = {
    info: (message) => core.info(plain(message)),
    warning: (message) => core.warning(message),
    debug: (message) => {
      if (this.debugAsInfo) core.info(plain(`debug: ${message}`));
      else core.debug(message);
    },
    // The duration goes after the group, where it shows with the group folded.
    group: (title, step) =>
      this.timer.time(
        () => core.group(title, step),
        (seconds) => core.info(plain(`${title}: ${formatSeconds(seconds)}`)),
      ),
    // The runner masks line by line: a multi-line secret is masked whole and by each of its lines.
    mask: (secret) => {
      for (const part of maskedParts(secret)) core.setSecret(part);
    },
  };

  /** @param env the environment the run reads: region defaults, the workflow's variables, the build's programs */
  constructor(private readonly env: Readonly<Record<string, string | undefined>>) {
    this.debugAsInfo = env['ECS_BLUEGREEN_BUILD_DEBUG'] === '1';
    this.debugEnabled = core.isDebug() || this.debugAsInfo;
  }

  async read(): Promise<Invocation> {
    // core.getInput reads INPUT_<NAME> (upper case, hyphens kept); the runner sets every input
    // action.yml declares, with its default.
    const inputs = Object.fromEntries(INPUTS.map((spec) => [spec.name, core.getInput(spec.name)]));
    const command = parseCommand(inputs['command']);
    return {
      kind: 'run',
      command,
      inputs,
      env: this.env,
      source: command === 'build' ? await readGitHubCommit(this.env) : {},
    };
  }

  /** The closing timing line, and the job summary: for every command, failures included. */
  async finish(report: RunReport): Promise<void> {
    const summary = await reportRun(report, {
      json: false,
      debugEnabled: this.debugEnabled,
      info: (message) => this.log.info(message),
      debug: (message) => this.log.debug(message),
      findings: (findings) => {
        for (const finding of findings) {
          const annotate = finding.severity === 'error' ? core.error : core.warning;
          annotate(`${finding.message}\n${finding.fix}`, {
            title: finding.rule,
            // The runner resolves annotation paths against the workspace, not the step's directory. A finding at
            // line 0 is about no file (the account of --live): it is annotated on the run.
            ...(finding.line > 0 && {
              file: workspacePath(finding.file, this.env['GITHUB_WORKSPACE']),
              startLine: finding.line,
              startColumn: finding.column,
            }),
          });
        }
      },
      print: (text) => core.info(plain(text.replace(/\n$/, ''))),
      outputs: async (outputs) => {
        for (const [name, value] of outputEntries(outputs)) core.setOutput(name, value);
      },
      failure: (message, fix) => core.error(`${message}${fix ? `\n  fix: ${fix}` : ''}`),
      subject: (subject) => ('input' in subject ? `input '${subject.input}'` : subject.file),
    });
    if (summary.command === undefined) return;
    core.info(plain(this.timer.closingLine(summary.command, summary.ok, summary.seconds)));
    const summaryFile = this.env['GITHUB_STEP_SUMMARY'];
    if (!summaryFile) return;
    await writeJobSummary(summaryFile, summaryMarkdown(summary, this.env['GITHUB_WORKSPACE']), (message) =>
      this.log.warning(message),
    );
  }
}
