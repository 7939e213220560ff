/**
 * The three kinds of failure (STYLE.md): the user's input is wrong (exit 2), an outside system
 * failed (exit 1), or a bug (exit 1, stack only in debug). Only `src/main.ts` turns them into
 * an exit code; everything else throws.
 */
import { countFindings, type Finding } from './deploy-files/findings';
import type { PlaceholderUse } from './deploy-files/placeholders';

/** What a user error is about: an input (flag / action input) or a file. */
export type Subject = { readonly input: string } | { readonly file: string };

/** The user's input or files are wrong; nothing was pushed or written. Exit code 2. */
export class UserError extends Error {
  override readonly name = 'UserError';

  /**
   * @param message what is wrong, with the offending value
   * @param subject the input or file it is about (the host formats input names its own way)
   * @param fix how to fix it
   */
  constructor(
    message: string,
    readonly subject?: Subject,
    readonly fix?: string,
  ) {
    super(message);
  }
}

/** What a check of the deployment files found: part of every command's result, and of its failure. */
export interface FilesCheck {
  /** The paths checked, as given (task definition, appspec, and for validate the image detail and pipeline). */
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  /** Where each image placeholder is used. */
  readonly placeholders: readonly PlaceholderUse[];
  /** The containers that get the image (the names in imagedefinitions.json). */
  readonly imageContainers: readonly string[];
}

/**
 * The deployment files have errors. It carries the whole check, so that the host reports the
 * findings with the failure: annotations on GitHub, lines on a terminal, `validate --json`'s document.
 */
export class FilesRejected extends UserError {
  constructor(readonly check: FilesCheck) {
    super(
      `${countFindings(check.findings)} in ${check.files.join(', ')}`,
      undefined,
      'fix the errors listed above; CodeDeploy or ECS would reject these files',
    );
  }
}

/** The check of the files a build had passed, by the failure that ended it later. */
const passedChecks = new WeakMap<object, FilesCheck>();

/**
 * Records that `error` ended a command after its files passed `check`, so that the host still
 * reports the check's warnings with the failure. Returns `error`, to be thrown on.
 */
export function failedAfter(error: unknown, check: FilesCheck): unknown {
  if (typeof error === 'object' && error !== null && !(error instanceof FilesRejected)) passedChecks.set(error, check);
  return error;
}

/** The check a failure reports: the one that rejected the files, or the one they passed before the failure. */
export function checkOf(error: unknown): FilesCheck | undefined {
  if (error instanceof FilesRejected) return error.check;
  return typeof error === 'object' && error !== null ? passedChecks.get(error) : undefined;
}

/** An outside system (ECR, Docker, S3, git) failed. Exit code 1. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  /**
   * @param operation what we were doing, e.g. "ECR DescribeImages for team/web"
   * @param detail the service's own message
   * @param fix what usually causes it and how to fix it
   */
  constructor(
    readonly operation: string,
    readonly detail: string,
    readonly fix?: string,
    options?: { cause?: unknown },
  ) {
    super(`${operation} failed: ${detail}`, options);
  }
}

/** The message of anything thrown, without assuming it is an Error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The exit code of a run that `error` ended: 2 for the user's mistakes, 1 for anything else. */
export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof UserError ? 2 : 1;
}

/** A failure as `--json` prints it on stdout: `{"ok": false, "error": {…}}`. */
export interface FailureReport {
  readonly ok: false;
  readonly error: {
    /** `input`: the user's input or files (exit 2); `service`: an outside system (exit 1); `bug` (exit 1). */
    readonly kind: 'input' | 'service' | 'bug';
    readonly message: string;
    readonly input?: string;
    readonly file?: string;
    readonly operation?: string;
    readonly fix?: string;
    readonly exitCode: number;
  };
}

/** The report of what ended the run, for machines. */
export function failureReport(error: unknown): FailureReport {
  if (error instanceof UserError) {
    return {
      ok: false,
      error: {
        kind: 'input',
        message: error.message,
        ...error.subject,
        ...(error.fix && { fix: error.fix }),
        exitCode: 2,
      },
    };
  }
  if (error instanceof ServiceError) {
    return {
      ok: false,
      error: {
        kind: 'service',
        message: error.message,
        operation: error.operation,
        ...(error.fix && { fix: error.fix }),
        exitCode: 1,
      },
    };
  }
  return { ok: false, error: { kind: 'bug', message: `unexpected error: ${messageOf(error)}`, exitCode: 1 } };
}
