/**
 * The GitHub Action, as the runner starts it: every input of action.yml in INPUT_* (defaults
 * included), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workflow's GITHUB_* variables.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionEnv,
  createBucket,
  createRepository,
  parseGitHubOutputFile,
  runTool,
  sampleWorkspace,
  stack,
  unique,
  type Workspace,
} from './harness';
import { expectPublished } from './published';

test('build as an action: outputs, job summary, masked password, log groups; a re-run on immutable tags', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('action/web');
  const bucket = unique('artifacts');
  await createRepository(repository, 'IMMUTABLE');
  await createBucket(bucket);
  const inputs = {
    repository,
    tags: '{short_sha}\nrun-{build_number}',
    's3-bucket': bucket,
    's3-key': 'deploy/{sha}.zip',
  };
  const { env, outputFile, summaryFile } = actionEnv(workspace, inputs);
  const run = await runTool([], { cwd: workspace.dir, env });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  const outputs = parseGitHubOutputFile(readFileSync(outputFile, 'utf8'));
  // The password reaches stdout only in the commands that tell the runner to mask it.
  await expectPublished(workspace, outputs, run, {
    repository,
    tags: [workspace.sha.slice(0, 7), 'run-12'],
    s3: { bucket, key: `deploy/${workspace.sha}.zip` },
    maskCommand: /^::add-mask::/,
  });
  expect(run.stdout).toMatch(/^::add-mask::.+$/m);
  expect(run.stdout).toMatch(/^::group::Build .+$/m);
  expect(run.stdout).toMatch(/^::endgroup::$/m);
  // The push says what it uploaded; each step's time after its group; the closing line splits Docker's share and the tool's.
  expect(run.stdout).toMatch(
    new RegExp(
      `^pushed ${stack.registry}/${repository}:${workspace.sha.slice(0, 7)} \\(sha256:[0-9a-f]{64}\\): [1-9]\\d* layers: (\\d+ pushed|\\d+ already in the registry)`,
      'm',
    ),
  );
  expect(run.stdout).toMatch(/^Push: \d+\.\d s$/m);
  expect(run.stdout).toMatch(/^build done in \d+\.\d s \(Docker build and push \d+\.\d s, this tool \d+\.\d s\)$/m);
  const summary = readFileSync(summaryFile, 'utf8');
  expect(summary).toContain('### ecs-bluegreen-build build: done');
  expect(summary).toContain(`| <code>image-uri</code> | <code>${outputs['image-uri']}</code> |`);
  // Paths as the repository names them, not the runner's.
  expect(summary).toContain('| <code>artifact-zip</code> | <code>ecs-deploy.zip</code> |');
  expect(summary).not.toContain(workspace.dir);

  // The workflow re-run for the same commit: the immutable tags already hold this image.
  const again = actionEnv(workspace, inputs);
  const rerun = await runTool([], { cwd: workspace.dir, env: again.env });
  expect(rerun.code).toBe(0);
  expect(rerun.stdout).toContain(
    `${stack.registry}/${repository}:run-12 already points at this image (immutable tag): not pushed again`,
  );
  expect(parseGitHubOutputFile(readFileSync(again.outputFile, 'utf8'))).toEqual(outputs);
});

test('validate as an action: each finding an annotation on its file and line', async () => {
  const workspace = sampleWorkspace();
  const appspec = join(workspace.dir, 'appspec.yaml');
  writeFileSync(appspec, readFileSync(appspec, 'utf8').replace('ContainerName: "web"', 'ContainerName: "api"'));
  const { env, outputFile } = actionEnv(workspace, { command: 'validate' });
  const run = await runTool([], { cwd: workspace.dir, env });
  expect(run.code).toBe(2);
  expect(run.stdout).toMatch(/^::error title=appspec\/[a-z-]+,file=appspec\.yaml,line=8,col=\d+::.*api.*$/m);
  expect(run.stdout).toMatch(
    /^::error::1 error in taskdef\.json, appspec\.yaml%0A {2}fix: fix the errors listed above/m,
  );
  expect(readFileSync(outputFile, 'utf8')).toBe('');
});

/**
 * The service with its deployment files under deploy/ (where the step runs: working-directory),
 * the appspec naming a container the task definition does not have.
 */
function brokenFilesInSubdirectory(): { workspace: Workspace; deploy: string } {
  const workspace = sampleWorkspace();
  const deploy = join(workspace.dir, 'deploy');
  mkdirSync(deploy);
  for (const name of ['taskdef.json', 'appspec.yaml']) renameSync(join(workspace.dir, name), join(deploy, name));
  const appspec = join(deploy, 'appspec.yaml');
  writeFileSync(appspec, readFileSync(appspec, 'utf8').replace('ContainerName: "web"', 'ContainerName: "api"'));
  return { workspace, deploy };
}

test('files in a subdirectory: annotations name them from the workspace; the summary says what failed and the fix', async () => {
  const { workspace, deploy } = brokenFilesInSubdirectory();
  const { env, summaryFile } = actionEnv(workspace, { command: 'validate' });
  const run = await runTool([], { cwd: deploy, env });
  expect(run.code).toBe(2);
  expect(run.stdout).toMatch(/^::error title=appspec\/[a-z-]+,file=deploy\/appspec\.yaml,line=8,col=\d+::.*api.*$/m);
  const summary = readFileSync(summaryFile, 'utf8');
  expect(summary).toContain('### ecs-bluegreen-build validate: failed');
  expect(summary).toContain('**What failed:** 1 error in taskdef.json, appspec.yaml');
  expect(summary).toContain('**Fix:** fix the errors listed above; CodeDeploy or ECS would reject these files');
  expect(summary).toMatch(
    /^\| <code>deploy\/appspec\.yaml<\/code> \| 8 \| error \| <code>appspec\/[a-z-]+<\/code> \| .*api.* \|$/m,
  );
  expect(summary).not.toContain(workspace.dir);

  // A missing file: the failure, in the summary, without the runner's path.
  const missing = actionEnv(workspace, { command: 'validate', taskdef: 'nope.json' });
  const failed = await runTool([], { cwd: deploy, env: missing.env });
  expect(failed.code).toBe(2);
  const failure = readFileSync(missing.summaryFile, 'utf8');
  expect(failure).toContain('**What failed:** input &#39;taskdef&#39;: nope.json does not exist (in deploy)');
  expect(failure).toContain('**Fix:** create it, or pass its path as taskdef');
  expect(failure).not.toContain(workspace.dir);
});

test('validate as a run: step (npx ecs-bluegreen-build validate): findings become annotations too, and the job summary is written', async () => {
  const { workspace, deploy } = brokenFilesInSubdirectory();
  // What the runner sets for a run: step: no INPUT_*, a step id starting with __run.
  const summaryFile = join(workspace.tmp, 'step_summary');
  writeFileSync(summaryFile, '');
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run_2',
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  const run = await runTool(['validate'], { cwd: deploy, env });
  expect(run.code).toBe(2);
  // The job summary too, as for the action.
  expect(readFileSync(summaryFile, 'utf8')).toMatch(
    /^### ecs-bluegreen-build validate: failed\n[\s\S]*\| <code>deploy\/appspec\.yaml<\/code> \| 8 \| error \|/,
  );
  expect(run.stderr).toMatch(/^appspec\.yaml:8:\d+ {2}error {2}appspec\/[a-z-]+ {2}.*api/m);
  expect(run.stderr).toMatch(
    /^::error title=appspec\/[a-z-]+,file=deploy\/appspec\.yaml,line=8,col=\d+::.*api.*%0A.+$/m,
  );

  // Off GitHub, no workflow commands.
  const local = await runTool(['validate'], { cwd: deploy });
  expect(local.stderr).not.toContain('::error');
});
