/**
 * The GitHub Actions host: inputs from `INPUT_*`, outputs to `$GITHUB_OUTPUT`, `::add-mask::`,
 * log groups per step, findings as annotations, a job summary.
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { INPUTS, parseCommand } from '../interface';
import type { Finding } from '../deploy-files/findings';
import type { Subject } from '../errors';
import { readGitSource, withGitFallback } from '../git';
import { outputEntries, type Outputs } from '../outputs';
import type { SourceInfo } from '../tags';
import { runCommand } from '../command';
import type { Host, Invocation, RunReport } from './host';
import { formatSeconds, StepTimer, type StepKind } from './timing';
import { summaryMarkdown } from './summary';
import { neutralizeCommands, workspacePath } from './workflow-commands';

/** core.info writes the text as it is: user text in it is kept from reading as a command. */
function plain(text: string): string {
  return neutralizeCommands(text, randomBytes(16).toString('hex'));
}

export class GitHubHost implements Host {
  readonly name = 'github';
  readonly debugEnabled: boolean;
  readonly json = false;
  /** Debug asked for by the tool's own variable: shown as plain lines, without the runner's step debug. */
  private readonly debugAsInfo: boolean;
  private readonly timer = new StepTimer();
  /** Every finding reported, for the job summary. */
  private readonly reported: Finding[] = [];

  constructor(readonly env: Readonly<Record<string, string | undefined>>) {
    this.debugAsInfo = env['ECS_BLUEGREEN_BUILD_DEBUG'] === '1';
    this.debugEnabled = core.isDebug() || this.debugAsInfo;
  }

  invocation(): Invocation {
    // core.getInput reads INPUT_<NAME> (upper case, hyphens kept); the runner sets every input
    // action.yml declares, with its default.
    const inputs = Object.fromEntries(INPUTS.map((spec) => [spec.name, core.getInput(spec.name)]));
    return { kind: 'run', command: parseCommand(inputs['command']), inputs };
  }

  async source(): Promise<SourceInfo> {
    const env = this.env;
    // A pull request builds GITHUB_SHA (the merge commit) of GITHUB_HEAD_REF (its branch).
    const branch = env['GITHUB_HEAD_REF'] || (env['GITHUB_REF_TYPE'] === 'branch' ? env['GITHUB_REF_NAME'] : undefined);
    const url = env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY'] ? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}` : undefined;
    const ci = {
      ...(env['GITHUB_SHA'] && { sha: env['GITHUB_SHA'] }),
      ...(env['GITHUB_RUN_NUMBER'] && { buildNumber: env['GITHUB_RUN_NUMBER'] }),
      ...(branch && { branch }),
      ...(url && { url }),
    };
    return withGitFallback(ci, await readGitSource(runCommand, env['GITHUB_WORKSPACE'] ?? '.'));
  }

  info(message: string): void {
    core.info(plain(message));
  }

  warning(message: string): void {
    core.warning(message);
  }

  debug(message: string): void {
    if (this.debugAsInfo) core.info(plain(`debug: ${message}`));
    else core.debug(message);
  }

  group<T>(title: string, step: () => Promise<T>, kind: StepKind = 'own'): Promise<T> {
    // The duration goes after the group, where it shows with the group folded.
    return this.timer.time(kind, () => core.group(title, step), (seconds) => core.info(`${title}: ${formatSeconds(seconds)}`));
  }

  mask(secret: string): void {
    core.setSecret(secret);
  }

  findings(findings: readonly Finding[]): void {
    this.reported.push(...findings);
    for (const finding of findings) {
      const annotate = finding.severity === 'error' ? core.error : core.warning;
      annotate(`${finding.message}\n${finding.fix}`, {
        title: finding.rule,
        // The runner resolves annotation paths against the workspace, not the step's directory.
        file: workspacePath(finding.file, this.env['GITHUB_WORKSPACE']),
        startLine: finding.line,
        startColumn: finding.column,
      });
    }
  }

  async outputs(outputs: Outputs): Promise<void> {
    for (const [name, value] of outputEntries(outputs)) core.setOutput(name, value);
  }

  print(text: string): void {
    core.info(plain(text.replace(/\n$/, '')));
  }

  failure(message: string, fix?: string): void {
    core.error(`${message}${fix ? `\n  fix: ${fix}` : ''}`);
  }

  /** The closing timing line, and the job summary: for every command, failures included. */
  async finish(report: RunReport): Promise<void> {
    if (report.command === undefined) return;
    core.info(this.timer.closingLine(report.command, report.exitCode === 0, report.seconds));
    if (!this.env['GITHUB_STEP_SUMMARY']) return;
    await core.summary.addRaw(summaryMarkdown({ ...report, findings: this.reported }, this.env['GITHUB_WORKSPACE'])).write();
  }

  subject(subject: Subject): string {
    return 'input' in subject ? `input '${subject.input}'` : subject.file;
  }
}
