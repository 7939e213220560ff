/**
 * The log of a run, as the code below the hosts sees it: the commands, docker/ and s3/ write to a `Logger`; each host
 * implements it its own way. It sits on the lowest floor so that every module can log without importing a host or a
 * command.
 */

/** The log of a run: each host writes it its own way (log groups and annotations on GitHub, lines on a terminal). */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Shown only when debug is on. */
  debug(message: string): void;
  /** Runs `step` with its log lines grouped under `title`, and logs its duration. */
  group<T>(title: string, step: () => Promise<T>): Promise<T>;
  /** From now on, `secret` never appears in anything logged. */
  mask(secret: string): void;
}
