// @ts-check
/** Starting, probing and stopping the stack's long-lived processes. */
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A process the stack started. `marker` is a string of its command line (a path under this clone's `.stack/`),
 * checked before any signal so that a reused pid or another clone's process is never touched.
 * @typedef {{ name: string, pid: number, marker: string, log: string }} StartedProcess
 */

/**
 * Runs a command to completion and returns its stdout; rejects with the stderr tail on failure.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, input?: string, timeoutMs?: number }} [options]
 * @returns {Promise<string>}
 */
export function run(command, args, { env, input, timeoutMs = 30_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { env, timeout: timeoutMs, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(`${command} ${args.join(' ')}: ${stderr.trim().split('\n').slice(-5).join('\n') || error.message}`),
        );
      else resolve(stdout);
    });
    child.stdin?.end(input);
  });
}

/**
 * Starts a daemon in its own process group (it outlives us), with stdout and stderr written to `log` (started afresh).
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ log: string, marker: string, env?: NodeJS.ProcessEnv }} options env: default process.env
 * @returns {StartedProcess & { exited: () => boolean }}
 */
export function spawnDaemon(name, command, args, { log, marker, env }) {
  const out = openSync(log, 'w');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env });
  closeSync(out);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  child.on('error', () => {
    exited = true;
  });
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${name} (${command})`);
  return { name, pid: child.pid, marker, log, exited: () => exited };
}

/**
 * Polls `probe` until it returns true; fails early when the process has exited, with its log tail.
 * @param {ReturnType<typeof spawnDaemon>} proc
 * @param {() => Promise<boolean>} probe
 * @param {number} timeoutMs
 */
export async function waitUntilReady(proc, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited())
      throw new Error(`${proc.name} exited during start-up. Last lines of ${proc.log}:\n${logTail(proc.log)}`);
    if (await probe()) return;
    await sleep(100);
  }
  throw new Error(
    `${proc.name} did not become ready within ${timeoutMs / 1000} s. Last lines of ${proc.log}:\n${logTail(proc.log)}`,
  );
}

/**
 * True when the pid is a live process of ours. A zombie counts as gone: the machine's init may be slow to reap.
 * @param {StartedProcess} proc
 */
export function isOurs({ pid, marker }) {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '')[0];
    return state !== 'Z' && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return false;
  }
}

/**
 * Stops a process we started: SIGTERM, then SIGKILL after `graceMs`. Does nothing if the pid is no longer ours.
 * @param {StartedProcess} proc
 * @param {number} [graceMs]
 */
export async function stopProcess(proc, graceMs = 15_000) {
  for (const [signal, waitMs] of /** @type {const} */ ([
    ['SIGTERM', graceMs],
    ['SIGKILL', 5_000],
  ])) {
    if (!isOurs(proc)) return;
    process.kill(proc.pid, signal);
    const deadline = Date.now() + waitMs;
    while (isOurs(proc) && Date.now() < deadline) await sleep(50);
  }
  if (isOurs(proc)) throw new Error(`${proc.name} (pid ${proc.pid}) survived SIGKILL`);
}

/** @param {string} file */
export function logTail(file, lines = 20) {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((line) => `  | ${line}`)
    .join('\n');
}

/**
 * A port that is free on 127.0.0.1 right now.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * True when something answers HTTP on the URL, whatever the status.
 * @param {string} url
 * @returns {Promise<boolean>}
 */
export function answersHttp(url) {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/**
 * The path of an installed command. Daemons live in sbin, which a non-root PATH may lack.
 * @param {string} command
 * @param {string} [skipDir] a PATH entry to ignore
 */
export function findCommand(command, skipDir) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'];
  return dirs
    .filter((dir) => dir && dir !== skipDir)
    .map((dir) => join(dir, command))
    .find((file) => existsSync(file));
}
