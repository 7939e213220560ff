/**
 * A newcomer's first test run: the unit suite from a copy of the repository's files with nothing beside it (no
 * ../shared), as `npm ci && npm test` sees a fresh clone. It runs here, in the e2e project, and not in the unit suite
 * itself, so that the unit suite stays fast and never runs itself. The copy links this clone's node_modules instead
 * of installing them again. And CI's rule: where the corpus is required and missing, the run fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let copy: string;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ebb-clean-copy-'));
  copy = join(root, 'ecs-bluegreen-build');
  // The working tree's tracked and new files, as they are now (a clone of HEAD would miss uncommitted work).
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(repositoryRoot, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(repositoryRoot, file), join(copy, file));
  }
  symlinkSync(join(repositoryRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function npm(args: readonly string[], env: Record<string, string | undefined>) {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('ECS_BLUEGREEN_BUILD_CORPUS')),
  );
  return spawnSync('npm', args, { cwd: copy, env: { ...base, ...env }, encoding: 'utf8' });
}

test('the unit suite passes with no ../shared beside the repository, and leaves the corpus suite out', () => {
  expect(existsSync(join(copy, '..', 'shared'))).toBe(false);
  const run = npm(['run', 'test:unit', '--', '--ci'], {});
  const output = `${run.stdout}${run.stderr}`;
  expect(output).toMatch(/Tests: +\d+ passed, \d+ total/);
  expect(output).not.toMatch(/corpus\.test\.ts/);
  expect(run.status).toBe(0);
});

test('where CI requires the corpus and it is missing, the run fails and says so', () => {
  const run = npm(['run', 'jest', '--', '--ci', '--selectProjects', 'corpus'], {
    ECS_BLUEGREEN_BUILD_CORPUS_REQUIRED: '1',
  });
  expect(`${run.stdout}${run.stderr}`).toMatch(
    /the real-world corpus .*shared\/corpus\/real-world is missing, and this run requires it/,
  );
  expect(run.status).not.toBe(0);
});
