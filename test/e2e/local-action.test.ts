/**
 * The action's source run by `@github/local-action`, the standard way to run an action locally:
 * it imports src/main.ts with its own @actions/core in place of the real one, calls the exported
 * run(), and reads inputs from a dotenv file. local-action runs from the action's directory (it
 * finds its TypeScript runner through the project), so the service's paths are absolute here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

function localAction(dotenv: Record<string, string>, tmp: string): Promise<ToolRun> {
  const file = join(tmp, 'local-action.env');
  writeFileSync(
    file,
    Object.entries(dotenv)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
  return runProgram(join(repoRoot, 'node_modules/.bin/local-action'), ['.', 'src/main.ts', file], {
    cwd: repoRoot,
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
});
