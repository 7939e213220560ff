/**
 * The one way this tool runs a program (docker, git): no shell, output captured, optional stdin,
 * lines streamed to a callback, bounded in time. Modules that run programs take a
 * `CommandRunner` so tests and hosts decide how it is wired.
 *
 * `node:child_process` rather than `@actions/exec`: a cancelled job must end the programs it
 * started, and docker's CLI runs the buildx plugin as a child of its own. Each program gets a
 * process group of its own (`detached`), which this module can signal as a whole; `@actions/exec`
 * neither makes a group nor gives out the child it spawned.
 *
 * A process group of its own also keeps a program out of reach when this process dies by SIGKILL
 * (a runner's hard cancel, the OOM killer): no handler runs, and a `docker push` would go on and
 * publish. So a watchdog holds the other end of a pipe and kills every group still listed once
 * the pipe closes, which the kernel does however this process ends. Not `setpriv --pdeathsig`:
 * util-linux is not on every machine this runs on (macOS, Alpine), and a parent-death signal
 * reaches only the direct child, not the buildx plugin docker starts in the same group.
 */
import type { ChildProcess, spawn as Spawn } from 'node:child_process';
import type { constants } from 'node:os';
import type { Writable } from 'node:stream';
import { ServiceError } from './errors';
import { processName, traced } from './trace';

export interface CommandOptions {
  /** Bytes for the program's stdin (a password goes here, never in argv). */
  readonly input?: Buffer;
  /** Variables added to this process's environment for the program. */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Receives each line of stdout and stderr as it arrives. */
  readonly onLine?: (line: string) => void;
  /** The program is stopped when it has not ended after this many milliseconds. */
  readonly timeoutMs?: number;
  /** The program is stopped when it prints nothing for this many milliseconds. */
  readonly idleTimeoutMs?: number;
  /**
   * The idle timeout counts only from the first line this accepts: a build's push step, say,
   * whose earlier RUN steps may rightly print nothing for longer.
   */
  readonly idleFrom?: (line: string) => boolean;
  /** Called with each line: a reason returned stops the program (e.g. docker retrying a failing registry). */
  readonly stopOn?: (line: string) => string | undefined;
  /** Stops the program when it aborts: the run no longer needs what the program would say. */
  readonly signal?: AbortSignal;
}

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Why this tool stopped the program before it ended by itself, e.g. "no answer within 5 s". */
  readonly stopped?: string;
}

export type CommandRunner = (file: string, args: readonly string[], options?: CommandOptions) => Promise<CommandResult>;

/** Programs running now, each the leader of its own process group. */
const running = new Set<ChildProcess>();

/** How long a stopped program gets to end after SIGTERM before its group is killed. */
const GRACE_MS = 2_000;

/**
 * Set by `stopCommands`: the process is ending on a signal. From then on no program starts, and
 * no program's end is reported to its caller: the caller's clean-up (`docker logout`, removing
 * the private config) would run while the rest of its group, or a program it starts next, still
 * uses that config. The exit tasks clean up once every group is gone.
 */
let ending = false;

/**
 * Runs a program and returns its exit code and output; a non-zero exit is not an error here. The
 * run's trace records it.
 */
export const runCommand: CommandRunner = (file, args, options = {}) =>
  traced('process', processName(file, args), async () => spawnProgram(await loadProcessModules(), file, args, options));

/** What starting programs takes from Node. */
interface ProcessModules {
  readonly spawn: typeof Spawn;
  readonly signals: typeof constants.signals;
}

let processModules: Promise<ProcessModules> | undefined;

/**
 * Loaded with the first program a run starts: `node:child_process` brings `net`, `dgram` and the streams with it
 * (with node:crypto, about 20 ms of builtins on a loaded 2-core machine), which `validate`, `--help` and `--version`,
 * starting none, paid on every start.
 */
function loadProcessModules(): Promise<ProcessModules> {
  processModules ??= Promise.all([import('node:child_process'), import('node:os')]).then(([{ spawn }, os]) => ({
    spawn,
    signals: os.constants.signals,
  }));
  return processModules;
}

const spawnProgram = (
  { spawn, signals }: ProcessModules,
  file: string,
  args: readonly string[],
  options: CommandOptions,
) =>
  new Promise<CommandResult>((resolve, reject) => {
    if (ending) return;
    const child = spawn(file, [...args], {
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
      ...(options.cwd !== undefined && { cwd: options.cwd }),
    });
    running.add(child);
    if (child.pid !== undefined) startWatchdog(spawn);
    watch(child, '+');
    const output = { stdout: '', stderr: '' };
    let stopped: string | undefined;
    let idle: NodeJS.Timeout | undefined;
    let idleArmed = options.idleFrom === undefined;
    const stop = (reason: string) => {
      if (stopped !== undefined) return;
      stopped = reason;
      void stopGroup(child);
    };
    const total =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => stop(`no answer within ${seconds(options.timeoutMs as number)}`), options.timeoutMs);
    const touch = () => {
      if (options.idleTimeoutMs === undefined || !idleArmed) return;
      clearTimeout(idle);
      idle = setTimeout(
        () => stop(`no progress for ${seconds(options.idleTimeoutMs as number)}`),
        options.idleTimeoutMs,
      );
    };
    touch();
    const abort = () => stop('no longer needed');
    if (options.signal?.aborted === true) abort();
    options.signal?.addEventListener('abort', abort);
    for (const stream of ['stdout', 'stderr'] as const) {
      let partial = '';
      child[stream].setEncoding('utf8');
      child[stream].on('data', (chunk: string) => {
        output[stream] += chunk;
        touch();
        const lines = (partial + chunk).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const line of lines) onLine(line);
      });
      child[stream].on('end', () => partial && onLine(partial));
    }
    function onLine(line: string) {
      options.onLine?.(line);
      if (!idleArmed && options.idleFrom?.(line) === true) {
        idleArmed = true;
        touch();
      }
      const reason = options.stopOn?.(line);
      if (reason !== undefined) stop(reason);
    }
    child.stdin.on('error', () => undefined); // a program that exits without reading its stdin
    child.stdin.end(options.input);
    child.on('error', (error) => {
      finish();
      if (ending) return;
      // Only when the program cannot be started (not on PATH, not executable).
      reject(new ServiceError(`running ${file}`, error.message, `install ${file} or put it on PATH`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      finish();
      if (ending) return;
      // A program ended by a signal exits as a shell reports it: 128 + the signal's number.
      const exitCode = code ?? 128 + (signal === null ? 0 : signals[signal]);
      resolve({ exitCode, ...output, ...(stopped !== undefined && { stopped }) });
    });
    function finish() {
      clearTimeout(total);
      clearTimeout(idle);
      options.signal?.removeEventListener('abort', abort);
      if (running.delete(child)) watch(child, '-');
    }
  });

/**
 * The watchdog's program: it lists the groups it is told of (`+pgid`, `-pgid`, a line each) and,
 * when its stdin ends, SIGKILLs those still listed until they are empty. Signals that end a run
 * (Ctrl-C, a cancel) are this process's to handle: the watchdog ignores them and outlives it, even
 * when they reach the whole process group of the run.
 *
 * A POSIX shell script rather than a second Node.js: it starts in a millisecond where Node takes
 * a tenth of a second of CPU, on the runner's few cores, at the busiest moment of the run. It uses
 * only the shell's built-ins but `sleep` (dash, bash, busybox ash; fractional seconds on Linux and
 * macOS): no program starts per line. After the end, it kills again every 50 ms, for up to 10 s,
 * while a group still has members: one the first kill missed (forking at that moment) is caught.
 */
const WATCHDOG = `trap '' INT TERM HUP
groups=' '
while IFS= read -r line; do
  id=\${line#?}
  case $line in
    +*) groups="$groups$id " ;;
    -*) case $groups in *" $id "*) groups="\${groups%% "$id" *} \${groups#* "$id" }" ;; esac ;;
  esac
done
rounds=0
while :; do
  left=' '
  for id in $groups; do kill -s KILL -- "-$id" 2>/dev/null && left="$left$id "; done
  rounds=$((rounds + 1))
  if [ "$left" = ' ' ] || [ "$rounds" -gt 200 ]; then exit 0; fi
  groups=$left
  sleep 0.05
done`;

/** The watchdog's stdin; undefined until the first program starts, or when it could not start. */
let watchdog: Writable | undefined;
let watchdogTried = false;

/** Starts the watchdog, once: with the first program that started (one with a pid). */
function startWatchdog(spawn: typeof Spawn): void {
  if (watchdogTried) return;
  watchdogTried = true;
  try {
    // Detached: a kill of this run's whole group leaves it alive to do its job. Named, for ps.
    const spawned = spawn('/bin/sh', ['-c', WATCHDOG, 'ecs-bluegreen-build-watchdog'], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
      env: {},
    });
    spawned.on('error', () => (watchdog = undefined));
    spawned.stdin.on('error', () => (watchdog = undefined));
    // Neither the watchdog nor its pipe keeps this process alive.
    spawned.unref();
    (spawned.stdin as Writable & { unref?: () => void }).unref?.();
    watchdog = spawned.stdin;
  } catch {
    watchdog = undefined; // without it, only a SIGKILL escapes clean-up
  }
}

/** Tells the watchdog that `child`'s group exists (`+`) or is gone (`-`). */
function watch(child: ChildProcess, change: '+' | '-'): void {
  if (child.pid === undefined) return;
  watchdog?.write(`${change}${child.pid}\n`);
}

/**
 * Ends every program this process started, with its whole process group: SIGTERM, then SIGKILL
 * for what is left after a grace period. Resolves when the groups are empty (or, for one that
 * cannot empty, such as an unreaped zombie, after a second grace period). For signal handlers:
 * the process is ending, no program starts after this and none reports its end (see `ending`).
 */
export async function stopCommands(): Promise<void> {
  ending = true;
  await Promise.all([...running].map(stopGroup));
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  signalGroup(child, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, GRACE_MS)))]);
  clearTimeout(timer);
  // The leader may be gone while a plugin it started in its group is not.
  signalGroup(child, 'SIGKILL');
  // A SIGKILL is sent, not yet done: wait until the kernel has ended every member of the group.
  const deadline = performance.now() + GRACE_MS;
  while (groupExists(child) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

function groupExists(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Throws a ServiceError naming the operation when a program failed or was stopped, with the tail
 * of what it printed; returns the result otherwise.
 */
export function checkExit(result: CommandResult, operation: string, fix?: string): CommandResult {
  if (result.exitCode === 0 && result.stopped === undefined) return result;
  const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-12).join('\n');
  const what = result.stopped !== undefined ? `stopped: ${result.stopped}` : `exit code ${result.exitCode}`;
  throw new ServiceError(operation, `${what}${output ? `\n${output}` : ''}`, fix);
}
