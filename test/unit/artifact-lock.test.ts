/**
 * The artifact directory's lock on a real file system: runs that share an output-dir take turns,
 * a lock left by a killed run is taken over, one held by a live run is waited for and then named.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lockPath, withDirectoryLocks } from '../../src/artifact/lock';
import { tempDirs } from './temp-dir';
import { userErrorOf } from './user-error';

const tempDir = tempDirs('ebb-lock-');
const lockOf = (pid: number, host = hostname()) => `${JSON.stringify({ pid, host, token: 'theirs' })}\n`;
/** A pid that is not running: beyond the kernel's default pid_max. */
const GONE = 4_194_305;

test('two writers of one directory take turns, and the lock goes with the last', async () => {
  const dir = join(tempDir(), 'out');
  const events: string[] = [];
  const writer = (name: string) =>
    withDirectoryLocks([dir], 'output-dir', async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      events.push(`${name} out`);
    });
  await Promise.all([writer('a'), writer('b')]);
  expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
  expect(existsSync(lockPath(dir))).toBe(false);
});

test('a failing step releases the lock', async () => {
  const dir = join(tempDir(), 'out');
  await expect(withDirectoryLocks([dir], 'output-dir', () => Promise.reject(new Error('disk full')))).rejects.toThrow(
    'disk full',
  );
  expect(existsSync(lockPath(dir))).toBe(false);
});

test.each<[number, string, number, string | undefined]>([
  // 1. a killed run's lock on this host: taken over at once
  [1, 'a killed run on this host', GONE, undefined],
  // 2. a live run (this test's own process stands in): waited for, then named
  [2, 'a live run', process.pid, `is being written by another run (pid ${process.pid} on ${hostname()})`],
])('%i. a lock held by %s', async (_n, _name, pid, refused) => {
  const root = tempDir();
  const dir = join(root, 'out');
  writeFileSync(lockPath(dir), lockOf(pid));
  const wrote = withDirectoryLocks([dir], 'output-dir', async () => 'written', 200);
  if (refused === undefined) {
    await expect(wrote).resolves.toBe('written');
    expect(readdirSync(root)).toEqual([]);
    return;
  }
  const error = await userErrorOf(wrote);
  expect(error.message).toBe(`'${dir}' ${refused}: waited 0.2 s for it`);
  expect(error.subject).toEqual({ input: 'output-dir' });
  expect(error.fix).toBe(`give each job its own output-dir; if no run is writing there, delete ${lockPath(dir)}`);
  expect(readdirSync(root)).toEqual(['.out.lock']); // theirs, untouched
});

test("another host's lock is never taken over: whether its run lives cannot be known here", async () => {
  const dir = join(tempDir(), 'out');
  writeFileSync(lockPath(dir), lockOf(GONE, 'another-host'));
  const error = await userErrorOf(withDirectoryLocks([dir], 'output-dir', async () => undefined, 150));
  expect(error.message).toContain(`(pid ${GONE} on another-host)`);
});

test("a killed run's half-swapped copies beside the directory go once the lock is held; others' files stay", async () => {
  const root = tempDir();
  const dir = join(root, 'out');
  for (const name of ['.out.new-AbC123', '.out.old-XyZ789', '.outside.new-keep', 'out']) mkdirSync(join(root, name));
  writeFileSync(join(root, '.out.new-AbC123', 'imageDetail.json'), '{}');
  await withDirectoryLocks([dir], 'output-dir', async () => undefined);
  expect(readdirSync(root).sort()).toEqual(['.outside.new-keep', 'out']);
});
