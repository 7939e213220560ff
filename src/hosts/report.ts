/**
 * How every host reports a run: the same parts in the same order — the check of the deployment
 * files, the command's result, or the failure and its fix — each part shown in the host's own way
 * (a `Reporter`: annotations or lines, `$GITHUB_OUTPUT` or stdout).
 */
import { countFindings, type Finding } from '../deploy-files/findings';
import { serializeJson } from '../deploy-files/render-files';
import { FilesRejected, type FilesCheck } from '../commands/files-check';
import { failureReport, messageOf, ServiceError, UserError, type Subject } from '../errors';
import type { Command } from '../interface';
import type { Outputs } from '../outputs';
import type { RenderResult } from '../commands/render';
import type { RunReport } from './host';

/** The ways a host shows each part of a report. */
export interface Reporter {
  /** Results as one JSON document on stdout (the CLI's `--json`). */
  readonly json: boolean;
  readonly debugEnabled: boolean;
  info(message: string): void;
  debug(message: string): void;
  /** Findings of the deployment files: annotations on GitHub, lines elsewhere. */
  findings(findings: readonly Finding[]): void;
  /** A command's result, on stdout. */
  print(text: string): void;
  /** A build's outputs and artifact files, and the env file a host writes the outputs to, if it does. */
  outputs(outputs: Outputs, files: readonly string[], envFile: string): Promise<void>;
  /** The failure that ended the run. */
  failure(message: string, fix?: string): void;
  /** How the host names an input in a message: `--tags` on a terminal, input `tags` in a workflow. */
  subject(subject: Subject): string;
}

/** A run as its job summary and closing line tell it. */
export interface RunSummary {
  /** Absent for `--help` and `--version`, and when the invocation could not be read. */
  readonly command?: Command;
  readonly ok: boolean;
  readonly failure?: { readonly message: string; readonly fix?: string };
  readonly outputs?: Outputs;
  readonly files?: readonly string[];
  /** The findings reported as findings (annotations, lines). */
  readonly findings: readonly Finding[];
  readonly seconds: number;
}

/** Reports `report` through `to`, and returns what the job summary says of it. */
export async function reportRun(report: RunReport, to: Reporter): Promise<RunSummary> {
  const { seconds } = report;
  switch (report.kind) {
    case 'text':
      to.print(report.text);
      return { ok: true, findings: [], seconds };
    case 'done': {
      const { command, result } = report;
      const findings = reportCheck(result.check, to, command === 'validate' && to.json);
      if (command === 'render') reportRendered(result, to);
      if (command !== 'build') return { command, ok: true, findings, seconds };
      await to.outputs(result.outputs, result.files, result.envFile);
      return { command, ok: true, outputs: result.outputs, files: result.files, findings, seconds };
    }
    case 'failed': {
      const { command, error } = report;
      // `validate --json` prints its document, ok: false, as it does when the files pass.
      const asDocument = to.json && command === 'validate' && error instanceof FilesRejected;
      const check = error instanceof FilesRejected ? error.check : report.check;
      const findings = check === undefined ? [] : reportCheck(check, to, asDocument);
      const failure = describeFailure(error, to);
      to.failure(failure.message, failure.fix);
      if (to.debugEnabled && failure.detail !== undefined) to.debug(failure.detail);
      if (to.json && !asDocument) to.print(serializeJson(failureReport(error)));
      return {
        ...(command && { command }),
        ok: false,
        failure: { message: failure.message, ...(failure.fix && { fix: failure.fix }) },
        findings,
        seconds,
      };
    }
  }
}

/**
 * The findings, where each placeholder is used, and the verdict; as `validate --json`'s document
 * when `asDocument`.
 * @returns the findings reported as findings
 */
function reportCheck(check: FilesCheck, to: Reporter, asDocument: boolean): readonly Finding[] {
  const { findings, placeholders, imageContainers } = check;
  const ok = !findings.some((finding) => finding.severity === 'error');
  if (asDocument) {
    to.print(serializeJson({ ok, findings, placeholders, imageContainers }));
  } else {
    to.findings(findings);
    for (const use of placeholders)
      to.info(`<${use.placeholder}> is the image of container ${use.container} (line ${use.line})`);
  }
  if (ok) to.info(`${check.files.join(', ')}: ok${findings.length > 0 ? ` (${countFindings(findings)})` : ''}`);
  return asDocument ? [] : findings;
}

function reportRendered(result: RenderResult, to: Reporter): void {
  const { taskDefinition, appspec } = result;
  if (to.json) {
    to.print(serializeJson({ taskDefinition, appspec }));
    return;
  }
  to.info(`${result.taskdefPath}, as ECS will register it:`);
  to.print(serializeJson(taskDefinition));
  to.info(
    `${result.appspecPath}, as CodeDeploy will use it${result.taskDefinitionArn ? '' : ' (<TASK_DEFINITION> is the ARN CodeDeploy registers)'}:`,
  );
  to.print(appspec.endsWith('\n') ? appspec : `${appspec}\n`);
}

/** The failure's message as the host names inputs, its fix, and for debug the stack behind it. */
function describeFailure(error: unknown, to: Reporter): { message: string; fix?: string; detail?: string } {
  if (error instanceof UserError) {
    const subject = error.subject ? `${to.subject(error.subject)}: ` : '';
    return { message: `${subject}${error.message}`, ...(error.fix && { fix: error.fix }) };
  }
  if (error instanceof ServiceError) {
    const cause = error.cause instanceof Error ? (error.cause.stack ?? String(error.cause)) : undefined;
    return {
      message: error.message,
      ...(error.fix && { fix: error.fix }),
      ...(cause !== undefined && { detail: cause }),
    };
  }
  const hint = to.debugEnabled ? '' : ' (run with --debug, or ECS_BLUEGREEN_BUILD_DEBUG=1, for the stack trace)';
  const stack = error instanceof Error ? error.stack : undefined;
  return { message: `unexpected error: ${messageOf(error)}${hint}`, ...(stack && { detail: stack }) };
}
