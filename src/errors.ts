/**
 * The three kinds of failure (STYLE.md): the user's input is wrong (exit 2), an outside system
 * failed (exit 1), or a bug (exit 1, stack only in debug). Only `src/index.ts` turns them into
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
    detail: string,
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
