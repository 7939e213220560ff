import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDockerConfigDir } from '../../src/docker/config-dir';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A user's Docker config directory (not yet made) and a runner temp directory, in a directory of their own. */
function place(): { user: string; env: Record<string, string> } {
  const root = mkdtempSync(join(tmpdir(), 'ebb-config-dir-'));
  dirs.push(root);
  mkdirSync(join(root, 'temp'));
  const user = join(root, 'user-docker');
  return { user, env: { DOCKER_CONFIG: user, RUNNER_TEMP: join(root, 'temp') } };
}

const open = (env: Record<string, string>) => createDockerConfigDir(env, [], () => {});

// BuildKit keys what it knows of a build context by the CLI's node id: one per run would send the whole context again.
test("the build node id: the user's is linked in, so every run's builds share it", async () => {
  const { user, env } = place();
  mkdirSync(user);
  writeFileSync(join(user, '.buildNodeID'), 'a'.repeat(64));
  const first = await open(env);
  const second = await open(env);
  for (const run of [first, second]) {
    expect(readlinkSync(join(run.path, '.buildNodeID'))).toBe(join(user, '.buildNodeID'));
    run.remove();
  }
  expect(readFileSync(join(user, '.buildNodeID'), 'utf8')).toBe('a'.repeat(64));
});

test("the build node id: made in the user's directory when there is none, as the CLI's first build would", async () => {
  const { user, env } = place();
  const run = await open(env);
  const id = readFileSync(join(run.path, '.buildNodeID'), 'utf8');
  expect(id).toMatch(/^[0-9a-f]{64}$/);
  expect(readFileSync(join(user, '.buildNodeID'), 'utf8')).toBe(id);
  expect(statSync(join(user, '.buildNodeID')).mode & 0o777).toBe(0o600);
  run.remove();
  const again = await open(env);
  expect(readFileSync(join(again.path, '.buildNodeID'), 'utf8')).toBe(id);
  again.remove();
});

test('the build node id: a user directory that cannot be made leaves the run its own, as before', async () => {
  const { user, env } = place();
  writeFileSync(user, 'a file where the directory should be');
  const run = await open(env);
  expect(() => readlinkSync(join(run.path, '.buildNodeID'))).toThrow();
  run.remove();
});
