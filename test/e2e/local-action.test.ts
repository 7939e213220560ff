/**
 * The action's source run by `@github/local-action`, the standard way to run an action locally:
 * it imports src/main.ts with its own @actions/core in place of the real one, calls the exported
 * run(), and reads inputs from a dotenv file. local-action runs from the action's directory (it
 * finds its TypeScript runner through the project), so the service's paths are absolute here.
 *
 * Run as the README says, in a fresh clone after `npm ci` alone: a copy of the repository's files as
 * git has them (the working tree's, so a change under test is in it; no generated/, no node_modules),
 * `npm ci` from npm's cache (no network), then `npx local-action . src/main.ts .env` in its root.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stackEnv } from '../stack/index.mjs';
import {
  ciFreeEnv,
  createRepository,
  registryDigest,
  runProgram,
  sampleWorkspace,
  stack,
  unique,
  type ToolRun,
} from './harness';

const repoRoot = new URL('../..', import.meta.url).pathname;
let clone = '';

beforeAll(async () => {
  clone = mkdtempSync(join(tmpdir(), 'ebb-fresh-clone-'));
  const files = execFileSync('git', ['-C', repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  for (const file of files.split('\0')) {
    // A file deleted in the working tree but not yet in the index is not in a clone of the change either.
    if (file === '' || !existsSync(join(repoRoot, file))) continue;
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(repoRoot, file), join(clone, file));
  }
  expect(existsSync(join(clone, 'generated'))).toBe(false);
  const install = await runProgram('npm', ['ci', '--offline', '--no-audit', '--no-fund'], {
    cwd: clone,
    env: ciFreeEnv(),
  });
  if (install.code !== 0) throw new Error(`npm ci in the fresh clone failed:\n${install.stderr.slice(-4000)}`);
}, 900_000);

afterAll(() => rmSync(clone, { recursive: true, force: true }));

/** `npx local-action . src/main.ts .env` in the fresh clone, the inputs written to its `.env` as the README says. */
function localAction(dotenv: Record<string, string>, tmp: string): Promise<ToolRun> {
  writeFileSync(
    join(clone, '.env'),
    Object.entries(dotenv)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
  return runProgram('npx', ['local-action', '.', 'src/main.ts', '.env'], {
    cwd: clone,
    env: { ...stackEnv(stack, ciFreeEnv()), TMPDIR: tmp },
  });
}

test('local-action runs the exported run(): a build pushed, outputs set, the summary written; a failure exits 2', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('local-action/web');
  await createRepository(repository);
  const summary = join(workspace.tmp, 'summary.md');
  writeFileSync(summary, '');
  const inputs = {
    INPUT_REPOSITORY: repository,
    INPUT_CONTEXT: workspace.dir,
    INPUT_TAGS: 'local-{build_number}',
    INPUT_TASKDEF: join(workspace.dir, 'taskdef.json'),
    INPUT_APPSPEC: join(workspace.dir, 'appspec.yaml'),
    'INPUT_OUTPUT-DIR': join(workspace.dir, 'ecs-deploy'),
    INPUT_ARTIFACT: join(workspace.dir, 'ecs-deploy.zip'),
    GITHUB_RUN_NUMBER: '5',
    GITHUB_SHA: workspace.sha,
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_STEP_SUMMARY: summary,
  };
  const run = await localAction(inputs, workspace.tmp);
  expect(run.stdout).toContain('Running Action');
  expect(run.code).toBe(0);
  const digest = await registryDigest(repository, 'local-5');
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  // local-action prints the outputs the action set through its @actions/core.
  const outputs = run.stdout.slice(run.stdout.indexOf('Action Outputs'));
  expect(outputs).toContain(`${stack.registry}/${repository}@${digest}`);
  expect(JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy', 'imageDetail.json'), 'utf8'))).toEqual({
    ImageURI: `${stack.registry}/${repository}@${digest}`,
  });
  expect(readFileSync(summary, 'utf8')).toContain('### ecs-bluegreen-build build: done');

  const failed = await localAction(
    { ...inputs, INPUT_COMMAND: 'validate', INPUT_TASKDEF: join(workspace.dir, 'nope.json') },
    workspace.tmp,
  );
  expect(failed.code).toBe(2);
  expect(failed.stdout).toMatch(/^::error::input 'taskdef': .*nope\.json does not exist/m);

  // A summary file that cannot be written: the checks pass, the run succeeds, a warning says why there is no summary.
  const missingSummary = join(workspace.tmp, 'no-such-dir', 'summary.md');
  const validated = await localAction(
    { ...inputs, INPUT_COMMAND: 'validate', GITHUB_STEP_SUMMARY: missingSummary },
    workspace.tmp,
  );
  expect(validated.stdout).toContain('validate done');
  expect(validated.stdout).toContain(
    `::warning::job summary not written: GITHUB_STEP_SUMMARY names '${missingSummary}', which cannot be written (ENOENT)`,
  );
  expect(`${validated.stdout}${validated.stderr}`).not.toContain('Unable to access summary file');
  expect(validated.code).toBe(0);
});
