/**
 * One writer at a time for an artifact directory: runs that share an `output-dir` (a matrix of
 * jobs on one self-hosted runner, a re-run beside a run) would otherwise swap the directory under
 * each other (see `replaceDirectory`). The lock is a file beside the directory, created
 * exclusively and holding its owner's pid and host; a lock whose process is gone (a run killed
 * with SIGKILL) is taken over. Node has no flock(2): an exclusive create is what works everywhere.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { onExit } from '../cleanup';
import { UserError } from '../errors';

/** How long a run waits for another to finish writing the same directory (a write takes milliseconds). */
export const LOCK_WAIT_MS = 30_000;
const POLL_MS = 50;

/** The lock file of artifact directory `dir`: hidden, beside it. */
export function lockPath(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}.lock`);
}

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

/**
 * Runs `step` while holding the lock of each of `dirs` (taken in one order, so that two runs
 * sharing several directories cannot wait on each other). Waits up to `waitMs` for another run
 * holding one; past that, a UserError naming the directory and `input`. Leftovers of killed runs
 * beside a locked directory (its `.new-`/`.old-` copies) are removed once the lock is held.
 */
export async function withDirectoryLocks<T>(
  dirs: readonly string[],
  input: string,
  step: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
): Promise<T> {
  const held: { path: string; token: string }[] = [];
  const releaseAll = () => {
    for (const lock of held.splice(0).reverse()) releaseSync(lock.path, lock.token);
  };
  const unregister = onExit(releaseAll); // a run ended by a signal leaves no lock behind
  try {
    for (const dir of [...new Set(dirs)].sort()) {
      held.push(await acquire(dir, input, waitMs));
      await removeLeftovers(dir);
    }
    return await step();
  } finally {
    await Promise.all(held.splice(0).map((lock) => release(lock.path, lock.token)));
    unregister();
  }
}

async function acquire(dir: string, input: string, waitMs: number): Promise<{ path: string; token: string }> {
  const path = lockPath(dir);
  await mkdir(dirname(path), { recursive: true });
  const owner: Owner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  const deadline = performance.now() + waitMs;
  for (;;) {
    try {
      const file = await open(path, 'wx', 0o644);
      try {
        await file.writeFile(`${JSON.stringify(owner)}\n`);
      } finally {
        await file.close();
      }
      return { path, token: owner.token };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readOwner(path);
    if (holder !== undefined && isGone(holder)) {
      // Read again right before removing: a waiter that took over first has its own lock there now.
      if ((await readOwner(path))?.token === holder.token) await unlink(path).catch(() => undefined);
      continue;
    }
    if (performance.now() >= deadline) {
      const who = holder === undefined ? 'another run' : `another run (pid ${holder.pid} on ${holder.host})`;
      throw new UserError(
        `'${dir}' is being written by ${who}: waited ${Number((waitMs / 1000).toFixed(1))} s for it`,
        { input },
        `give each job its own ${input}; if no run is writing there, delete ${path}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The lock's owner; undefined while its owner is still writing it, or when it is not one of ours. */
async function readOwner(path: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string'
      ? (owner as Owner)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's process has ended: only knowable on this host. */
function isGone(owner: Owner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function release(path: string, token: string): Promise<void> {
  if ((await readOwner(path))?.token === token) await unlink(path).catch(() => undefined);
}

function releaseSync(path: string, token: string): void {
  try {
    if ((JSON.parse(readFileSync(path, 'utf8')) as Partial<Owner>).token === token) rmSync(path, { force: true });
  } catch {
    // gone already, or not ours
  }
}

/** `.name.new-*` and `.name.old-*` beside `dir`: what `replaceDirectory` leaves when its run is killed mid-swap. */
async function removeLeftovers(dir: string): Promise<void> {
  const prefix = `.${basename(dir)}.`;
  const names = await readdir(dirname(dir)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(`${prefix}new-`) || name.startsWith(`${prefix}old-`))
      .map((name) => rm(join(dirname(dir), name), { recursive: true, force: true })),
  );
}
