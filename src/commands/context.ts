/**
 * What a command gets of the place it runs in: a logger and the way programs are run. A command
 * takes its config and this, and returns its result for the host to report; it never sees the
 * host itself (its inputs, outputs or environment).
 */
import type { CommandRunner } from '../command';
import type { Logger } from '../log';

/** All a command is handed besides its config. */
export interface CommandContext {
  readonly log: Logger;
  /** How the command runs programs (docker, git). */
  readonly run: CommandRunner;
}
