/**
 * The GitHub Actions host: inputs from `INPUT_*`, outputs to `$GITHUB_OUTPUT`, `::add-mask::`,
 * log groups per step, findings as annotations, a job summary.
 */
import * as core from '@actions/core';
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
import { gitHubWorkflow, type WorkflowSink } from './workflow-sink';

export class GitHubHost implements Host {
  private readonly debugEnabled: boolean;
  /** Debug asked for by the tool's own variable: shown as plain lines, without the runner's step debug. */
  private readonly debugAsInfo: boolean;
  private readonly timer = new StepTimer();

  readonly log: Logger = {
    info: (message) => core.info(this.plain(message)),
    warning: (message) => core.warning(message),
    debug: (message) => {
      if (this.debugAsInfo) core.info(this.plain(`debug: ${message}`));
      else core.debug(message);
    },
    // The duration goes after the group, where it shows with the group folded.
    group: (title, step) =>
      this.timer.time(
        () => core.group(title, step),
        (seconds) => core.info(this.plain(`${title}: ${formatSeconds(seconds)}`)),
      ),
    // The runner masks line by line: a multi-line secret is masked whole and by each of its lines.
    mask: (secret) => {
      for (const part of maskedParts(secret)) core.setSecret(part);
    },
  };

  /**
   * @param env the environment the run reads: region defaults, the workflow's variables, the build's programs
   * @param workflow the workflow's part: annotations, no forged command, the job summary
   */
  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly workflow: WorkflowSink = gitHubWorkflow(env),
  ) {
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
      commit: command === 'build' ? await readGitHubCommit(this.env) : {},
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
        // Each finding's annotation command, as a line of the log (the runner acts on it where it reads it).
        for (const finding of findings) {
          const annotation = this.workflow.annotation(finding);
          if (annotation !== undefined) core.info(annotation);
        }
      },
      print: (text) => core.info(this.plain(text.replace(/\n$/, ''))),
      outputs: async (outputs) => {
        for (const [name, value] of outputEntries(outputs)) core.setOutput(name, value);
      },
      failure: (message, fix) => core.error(`${message}${fix ? `\n  fix: ${fix}` : ''}`),
      subject: (subject) => ('input' in subject ? `input '${subject.input}'` : subject.file),
    });
    if (summary.command === undefined) return;
    core.info(this.plain(this.timer.closingLine(summary.command, summary.ok, summary.seconds)));
    const { summaryFile, workspace } = this.workflow;
    if (!summaryFile) return;
    await writeJobSummary(summaryFile, summaryMarkdown(summary, workspace), (message) => this.log.warning(message));
  }

  /** core.info writes the text as it is: user text in it (a path, a tag, a title) must not read as a command. */
  private plain(text: string): string {
    return this.workflow.plain(text);
  }
}
