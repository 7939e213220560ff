/**
 * The seam for "where am I running": GitHub Actions, CodeBuild or a terminal. Everything outside
 * `src/hosts/` talks to a Host and never to `@actions/core` or the console.
 */
import type { Command, RawInputs } from '../interface';
import type { Finding } from '../deploy-files/findings';
import type { FailureReport, Subject } from '../errors';
import type { Outputs } from '../outputs';
import type { SourceInfo } from '../tags';
import type { StepKind } from './timing';

/** How a run ended: what the host reports last (a job summary, the closing log line). */
export interface RunReport {
  readonly exitCode: number;
  /** Absent when the command line itself could not be read. */
  readonly command?: Command;
  /** A build's outputs and artifact files. */
  readonly outputs?: Outputs;
  readonly files?: readonly string[];
  /** A build's region, for console links. */
  readonly region?: string;
  /** What failed and how to fix it. */
  readonly failure?: { readonly message: string; readonly fix?: string };
  /** The failure as `--json` prints it. */
  readonly failureReport?: FailureReport;
  /** Wall time of the whole run. */
  readonly seconds: number;
}

/** What the user asked for. */
export type Invocation =
  | { readonly kind: 'run'; readonly command: Command; readonly inputs: RawInputs }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Shown only when debug is on. */
  debug(message: string): void;
  /**
   * Runs `step` with its log lines grouped under `title`, and logs its duration.
   * @param kind `docker` for a step that is Docker's build or push, for the closing line's split
   */
  group<T>(title: string, step: () => Promise<T>, kind?: StepKind): Promise<T>;
  /** From now on, `secret` never appears in anything logged. */
  mask(secret: string): void;
}

export interface Host extends Logger {
  readonly name: 'github' | 'codebuild' | 'cli';
  readonly debugEnabled: boolean;
  /** Results go to stdout as JSON (the CLI's `--json`). */
  readonly json: boolean;
  /** The environment the job reads (region defaults, CI variables). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads the invocation; throws UserError for unknown flags and malformed arguments. */
  invocation(): Invocation;
  /** What is known about the commit being built (environment first, then git). */
  source(): Promise<SourceInfo>;
  /** Reports validation findings (annotations on GitHub, lines elsewhere). */
  findings(findings: readonly Finding[]): void;
  /** Reports a build's outputs in the host's own way. */
  outputs(outputs: Outputs, files: readonly string[]): Promise<void>;
  /** Prints a command's result on stdout (render, validate --json). */
  print(text: string): void;
  /** Reports the failure that ends the run. */
  failure(message: string, fix?: string): void;
  /** Reports how the run ended, once, last (after a failure too). */
  finish(report: RunReport): Promise<void>;
  /** How this host names an input in a message: `--tags` on a terminal, input `tags` in a workflow. */
  subject(subject: Subject): string;
}
