/**
 * What a command gets of the place it runs in: a logger and the way programs are run. A command
 * takes its config and this, and returns its result for the host to report; it never sees the
 * host itself (its inputs, outputs or environment).
 */
import type { CommandRunner } from '../command';
import type { StepKind } from '../hosts/timing';

/** The log of a run: each host writes it its own way (log groups and annotations on GitHub, lines on a terminal). */
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

/** All a command is handed besides its config. */
export interface CommandContext {
  readonly log: Logger;
  /** How the command runs programs (docker, git). */
  readonly run: CommandRunner;
}
