import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputFile } from '../../src/input-file';
import { tempDirs } from './temp-dir';
import { userErrorOf } from './user-error';

const tempDir = tempDirs('ebb-input-file-');
const SECRET = 'MYSECRET=s3cr3t-4f9a1c';

/** A workspace holding `taskdef.json`, and beside it (outside) a file with a secret. */
function layout(): { workspace: string; outside: string } {
  const root = tempDir();
  const workspace = join(root, 'checkout');
  mkdirSync(join(workspace, 'deploy'), { recursive: true });
  writeFileSync(join(workspace, 'taskdef.json'), '{"family":"web"}');
  const outside = join(root, 'secrets');
  mkdirSync(outside);
  writeFileSync(join(outside, 'env'), SECRET);
  return { workspace, outside };
}

const read = (path: string, workspace: string) =>
  readInputFile(path, { input: 'taskdef', maxBytes: 1_000_000, workspace });

describe('files inside the workspace are read, links out of it are not', () => {
  test.each<[number, string, (workspace: string, outside: string) => string, string]>([
    [1, 'a file in the workspace', (w) => join(w, 'taskdef.json'), '{"family":"web"}'],
    [
      2,
      'a link to another file in the workspace',
      (w) => (symlinkSync('../taskdef.json', join(w, 'deploy/td.json')), join(w, 'deploy/td.json')),
      '{"family":"web"}',
    ],
    [3, 'a path named outside the workspace, without a link', (_w, o) => join(o, 'env'), SECRET],
  ])('%i: %s is read', async (_n, _name, make, text) => {
    const { workspace, outside } = layout();
    expect(await read(make(workspace, outside), workspace)).toBe(text);
  });

  test.each<[number, string, (workspace: string, outside: string) => string]>([
    [1, 'a link to a file outside', (w, o) => (symlinkSync(join(o, 'env'), join(w, 'td.json')), join(w, 'td.json'))],
    [
      2,
      'a linked directory leading outside',
      (w, o) => (symlinkSync(o, join(w, 'deploy/shared')), join(w, 'deploy/shared/env')),
    ],
    [
      3,
      'a link to /proc/self/environ',
      (w) => (symlinkSync('/proc/self/environ', join(w, 'appspec.yaml')), join(w, 'appspec.yaml')),
    ],
  ])('%i: %s is refused, naming the input and the file, quoting nothing of it', async (_n, _name, make) => {
    const { workspace, outside } = layout();
    const path = make(workspace, outside);
    const error = await userErrorOf(read(path, workspace));
    expect(error.subject).toEqual({ input: 'taskdef' });
    expect(error.message).toContain(`${path} is a symbolic link to `);
    expect(error.message).toContain(`outside the workspace ${workspace}`);
    expect(`${error.message} ${error.fix}`).not.toContain('s3cr3t');
  });

  test('a relative path in a workspace reached through a link is compared as the real directory', async () => {
    const { workspace } = layout();
    const linked = join(tempDir(), 'work');
    symlinkSync(workspace, linked);
    symlinkSync('taskdef.json', join(workspace, 'td.json'));
    expect(await read(join(linked, 'td.json'), linked)).toBe('{"family":"web"}');
  });
});

describe('only regular files on disk are read', () => {
  test.each<[number, string, (dir: string) => string, RegExp]>([
    [1, 'a directory', (d) => d, /is a directory$/],
    [2, 'a FIFO', (d) => (execFileSync('mkfifo', [join(d, 'fifo')]), join(d, 'fifo')), /is a FIFO \(named pipe\)$/],
    [3, 'a device', () => '/dev/null', /is a device$/],
    [
      4,
      'a /proc file (size 0, contents computed)',
      () => '/proc/self/environ',
      /is not a file on disk: it holds other/,
    ],
    [5, 'a /proc file of a fixed size', () => '/proc/self/status', /is not a file on disk/],
  ])('%i: %s is refused (workspace /)', async (_n, _name, make, message) => {
    const error = await userErrorOf(read(make(tempDir()), '/'));
    expect(error.subject).toEqual({ input: 'taskdef' });
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/PATH=|Name:/);
  });

  test('a file larger than the bound is refused before it is read', async () => {
    const path = join(tempDir(), 'big.json');
    writeFileSync(path, 'x'.repeat(2_000));
    const error = await userErrorOf(readInputFile(path, { input: 'taskdef', maxBytes: 1_000, workspace: '/' }));
    expect(error.message).toBe(`${path} is 2,000 bytes; at most 1,000 are read`);
  });
});
