/**
 * The seam for "where am I running": GitHub Actions, CodeBuild or a terminal. A host reads the
 * invocation once at the start, gives the command a logger, and reports the run once at the end.
 * Everything outside `src/hosts/` gets a Logger and never `@actions/core` or the console.
 */
import type { BuildResult } from '../commands/build';
import type { FilesCheck } from '../commands/files-check';
import type { Logger } from '../log';
import type { RenderResult } from '../commands/render';
import type { ValidateResult } from '../commands/validate';
import type { Command, RawInputs } from '../interface';
import type { CommitInfo } from '../tags';

/** What the user asked for. */
export type Invocation =
  | {
      readonly kind: 'run';
      readonly command: Command;
      readonly inputs: RawInputs;
      /** The environment the config reads (region defaults, secret-envs, the build's programs). */
      readonly env: Readonly<Record<string, string | undefined>>;
      /** The commit being built (environment first, then git); read for `build` only, empty otherwise. */
      readonly commit: CommitInfo;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  /** `validate --explain RULE` (the terminal only). */
  | { readonly kind: 'explain'; readonly rule: string };

/** A command that ran to its end, with its result. */
export type Completed =
  | { readonly kind: 'done'; readonly command: 'validate'; readonly result: ValidateResult }
  | { readonly kind: 'done'; readonly command: 'render'; readonly result: RenderResult }
  | { readonly kind: 'done'; readonly command: 'build'; readonly result: BuildResult };

/** How a run ended: what the host reports, once, last. */
export type Outcome =
  | Completed
  /** `--help`, `--version`, `validate --explain`. */
  | { readonly kind: 'text'; readonly text: string }
  /**
   * `command` is absent when the invocation itself could not be read; `check` is the check the
   * deployment files passed before the failure (a rejection's check is the error's own, `FilesRejected.check`).
   */
  | { readonly kind: 'failed'; readonly command?: Command; readonly error: unknown; readonly check?: FilesCheck };

/** The outcome and the wall time of the whole run. */
export type RunReport = Outcome & { readonly seconds: number };

export interface Host {
  /** What the command logs through. */
  readonly log: Logger;
  /** Reads the invocation; throws UserError for unknown flags and malformed arguments. */
  read(): Promise<Invocation>;
  /**
   * Reports how the run ended in the host's own way (outputs, findings as annotations or lines,
   * the failure and its fix, `--json`, the job summary, the closing line). Called once, last.
   */
  finish(report: RunReport): Promise<void>;
}
