// @ts-check
/** A lock file shared by processes of one machine: the stack's `up`/`down`, the engine install in the shared cache. */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `fn` holding `lockFile` (its directory must exist). A second caller waits; a lock whose holder died is taken over.
 * @template T
 * @param {string} lockFile
 * @param {() => Promise<T>} fn
 * @param {{ what: string, timeoutMs?: number }} options what: who else may hold it, for the error after the timeout
 * @returns {Promise<T>}
 */
export async function withLock(lockFile, fn, { what, timeoutMs = 10 * 60_000 }) {
  // The pid is written first and linked into place, so a lock file always names its holder.
  const mine = `${lockFile}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        linkSync(mine, lockFile);
        break;
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder(lockFile);
      if (!isAlive(holder)) rmSync(lockFile, { force: true });
      else if (Date.now() > deadline) throw new Error(`${lockFile} is held by pid ${holder} (${what})`);
      else await sleep(200);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/**
 * The pid in the lock file; 0 when it was released meanwhile.
 * @param {string} lockFile
 */
function lockHolder(lockFile) {
  try {
    return Number(readFileSync(lockFile, 'utf8'));
  } catch {
    return 0;
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return pid > 0;
  } catch {
    return false;
  }
}
