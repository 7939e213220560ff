/**
 * The one way this tool runs a program (docker, git): through `@actions/exec`, never a shell,
 * output captured, optional stdin, lines streamed to a callback. Modules that run programs take a
 * `CommandRunner` so tests and hosts decide how it is wired.
 */
import { ServiceError } from './errors';

export interface CommandOptions {
  /** Bytes for the program's stdin (a password goes here, never in argv). */
  readonly input?: Buffer;
  /** Variables added to this process's environment for the program. */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Receives each line of stdout and stderr as it arrives. */
  readonly onLine?: (line: string) => void;
}

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export type CommandRunner = (file: string, args: readonly string[], options?: CommandOptions) => Promise<CommandResult>;

/** Runs a program and returns its exit code and output; a non-zero exit is not an error here. */
export const runCommand: CommandRunner = async (file, args, options = {}) => {
  const { getExecOutput } = await import('@actions/exec');
  const line = options.onLine;
  try {
    return await getExecOutput(file, [...args], {
      ignoreReturnCode: true,
      silent: true,
      ...(options.input && { input: options.input }),
      ...(options.cwd !== undefined && { cwd: options.cwd }),
      env: { ...stringEnv(process.env), ...options.env },
      ...(line && { listeners: { stdline: line, errline: line } }),
    });
  } catch (error) {
    // @actions/exec throws only when the program cannot be started (not on PATH, not executable).
    throw new ServiceError(`running ${file}`, error instanceof Error ? error.message : String(error),
      `install ${file} or put it on PATH`, { cause: error });
  }
};

/**
 * Throws a ServiceError naming the operation when a program failed, with the tail of what it
 * printed; returns the result otherwise.
 */
export function checkExit(result: CommandResult, operation: string, fix?: string): CommandResult {
  if (result.exitCode === 0) return result;
  const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-12).join('\n');
  throw new ServiceError(operation, `exit code ${result.exitCode}${output ? `\n${output}` : ''}`, fix);
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}
