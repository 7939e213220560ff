/**
 * The three kinds of failure (STYLE.md): the user's input is wrong (exit 2), an outside system
 * failed (exit 1), or a bug (exit 1, stack only in debug). Only `src/main.ts` turns them into
 * an exit code; everything else throws.
 */
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
