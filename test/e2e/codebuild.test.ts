/**
 * The CodeBuild command, run from this repository's own buildspec.yml: its build commands in one
 * shell, with CodeBuild's variables set and `npx ecs-bluegreen-build@…` pointed at the bundle.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bundle, createBucket, createRepository, runTool, sampleWorkspace, stack, unique } from './harness';
import { expectPublished } from './published';

const buildspec = parse(readFileSync(new URL('../../buildspec.yml', import.meta.url), 'utf8')) as {
  phases: { build: { commands: string[] } };
  artifacts: { 'base-directory': string; files: string[] };
};

test('buildspec.yml as it is: builds, writes the env file the next command sources, and the artifact it names; a retry on immutable tags', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('codebuild/web');
  const bucket = unique('artifacts');
  await createRepository(repository, 'IMMUTABLE');
  await createBucket(bucket);
  // CodeBuild runs a phase's commands in one shell; the last one echoes IMAGE_URI from the env file.
  const script = [
    ...buildspec.phases.build.commands.map((command) => command.replace(/npx --yes ecs-bluegreen-build@\S+/, `node ${bundle}`)),
    'printf "%s\\n" "$IMAGE_URI|$IMAGE_DIGEST|$IMAGE_TAGS|$ARTIFACT_DIR|$ARTIFACT_ZIP|$ARTIFACT_SHA256|$S3_URI"',
  ].join('\n');
  const env = {
    ...process.env, PATH: `${stack.binDir}:${process.env['PATH']}`, ...stack.env, TMPDIR: workspace.tmp,
    CODEBUILD_BUILD_ID: 'web-build:0b5ef3e4', CODEBUILD_BUILD_NUMBER: '31', CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha,
    CODEBUILD_SRC_DIR: workspace.dir, CODEBUILD_INITIATOR: 'codepipeline/web-pipeline',
    ECR_REPOSITORY: repository, ARTIFACT_BUCKET: bucket,
  };
  const runBuildspec = () => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('sh', ['-e', '-c', script], { cwd: workspace.dir, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
  const run = await runBuildspec();
  expect(run.stderr).toContain('==> Build');
  expect(run.code).toBe(0);
  const [uri, digest, tags, dir, zip, sha256, s3Uri] = run.stdout.trim().split('\n').at(-1)!.split('|') as string[];
  const outputs = {
    'image-uri': uri!, 'image-digest': digest!, 'image-tags': tags!, 'artifact-dir': dir!, 'artifact-zip': zip!,
    'artifact-sha256': sha256!, 's3-uri': s3Uri!,
  };
  await expectPublished(workspace, outputs, run, { repository, tags: [workspace.sha.slice(0, 7)], s3: { bucket, key: 'ecs-deploy.zip' } });
  // The artifacts section names the directory the tool wrote.
  expect(join(workspace.dir, buildspec.artifacts['base-directory'])).toBe(dir);

  // "Retry build" in CodeBuild: same commit, same image, the immutable tag is not pushed again.
  const retry = await runBuildspec();
  expect(retry.code).toBe(0);
  expect(retry.stderr).toContain('already points at this image (immutable tag): not pushed again');
  expect(retry.stdout.trim().split('\n').at(-1)).toBe(run.stdout.trim().split('\n').at(-1));
});

test('without ECR_REPOSITORY the buildspec stops with the reason', async () => {
  const workspace = sampleWorkspace();
  const command = buildspec.phases.build.commands[0]!.replace(/npx --yes ecs-bluegreen-build@\S+/, `node ${bundle}`);
  const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile('sh', ['-e', '-c', command], { cwd: workspace.dir, env: { PATH: process.env['PATH'] } }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stderr }));
  });
  expect(run.code).not.toBe(0);
  expect(run.stderr).toContain('ECR_REPOSITORY: set ECR_REPOSITORY in the project environment');
});

test('CodeBuild variables fill the tag templates; a template with no value is an input error', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('codebuild/tags');
  await createRepository(repository);
  const env = { CODEBUILD_BUILD_ID: 'web-build:1', CODEBUILD_BUILD_NUMBER: '7', CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha, CODEBUILD_SRC_DIR: workspace.dir };
  const run = await runTool(['--repository', repository, '--tags', 'b{build_number}-{short_sha}', '--json'], { cwd: workspace.dir, tmp: workspace.tmp, env });
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)['image-tags']).toBe(`b7-${workspace.sha.slice(0, 7)}`);
  expect(readFileSync(join(workspace.dir, 'ecs-bluegreen-build.env'), 'utf8')).toContain(`export IMAGE_TAGS='b7-${workspace.sha.slice(0, 7)}'`);

  const { CODEBUILD_BUILD_NUMBER: _, ...withoutNumber } = env;
  const missing = await runTool(['--repository', repository, '--tags', '{build_number}'], { cwd: workspace.dir, tmp: workspace.tmp, env: withoutNumber });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("error: --tags: '{build_number}': {build_number} has no value here: no CI build number is known");
});
