/**
 * The CodeBuild command, run from this repository's own buildspec.yml: its build commands in one
 * shell, with CodeBuild's variables set and `npx ecs-bluegreen-build@…` pointed at the bundle.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { OUTPUTS } from '../../src/outputs';
import { stackEnv } from '../stack/index.mjs';
import {
  bundle,
  commitAll,
  createBucket,
  createRepository,
  getObject,
  registryDigest,
  runTool,
  sampleWorkspace,
  stack,
  unique,
} from './harness';
import { expectImageArtifact, expectPublished } from './published';

const buildspec = parse(readFileSync(new URL('../../buildspec.yml', import.meta.url), 'utf8')) as {
  env: { 'exported-variables': string[] };
  phases: { build: { commands: string[] } };
  artifacts: { 'base-directory': string; files: string[] };
};

test('buildspec.yml as it is: builds, writes the env file the next command sources, and the artifact it names; a retry on immutable tags', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('codebuild/web');
  const bucket = unique('artifacts');
  await createRepository(repository, 'IMMUTABLE');
  await createBucket(bucket);
  // CodeBuild runs a phase's commands in one shell, and reads exported-variables from it when the
  // build ends: the script ends by printing each of them as NAME=value.
  const exported = buildspec.env['exported-variables'];
  const script = [
    ...buildspec.phases.build.commands.map((command) =>
      command.replace(/npx --yes ecs-bluegreen-build@\S+/, `node ${bundle}`),
    ),
    'printf "%s\\n" "$IMAGE_URI|$IMAGE_DIGEST|$IMAGE_TAGS|$ARTIFACT_DIR|$ARTIFACT_ZIP|$ARTIFACT_SHA256|$S3_URI"',
    ...exported.map((name) => `printf "%s\\n" "${name}=$${name}"`),
  ].join('\n');
  const env = {
    ...stackEnv(stack),
    TMPDIR: workspace.tmp,
    CODEBUILD_BUILD_ID: 'web-build:0b5ef3e4',
    CODEBUILD_BUILD_NUMBER: '31',
    CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha,
    CODEBUILD_SRC_DIR: workspace.dir,
    CODEBUILD_INITIATOR: 'codepipeline/web-pipeline',
    ECR_REPOSITORY: repository,
    ARTIFACT_BUCKET: bucket,
  };
  const runBuildspec = () =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('sh', ['-e', '-c', script], { cwd: workspace.dir, env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
  const run = await runBuildspec();
  expect(run.stderr).toContain('==> Build');
  expect(run.code).toBe(0);
  const lines = run.stdout.trim().split('\n');
  const [uri, digest, tags, dir, zip, sha256, s3Uri] = lines.at(-1 - exported.length)!.split('|');
  const outputs = {
    'image-uri': uri!,
    'image-digest': digest!,
    'image-tags': tags!,
    'artifact-dir': dir!,
    'artifact-zip': zip!,
    'artifact-sha256': sha256!,
    's3-uri': s3Uri!,
  };
  // The default key is under the repository's name: services sharing a bucket keep their own zip.
  await expectPublished(workspace, outputs, run, {
    repository,
    tags: [workspace.sha.slice(0, 7)],
    s3: { bucket, key: `${repository}/ecs-deploy.zip` },
  });
  // The artifacts section names the directory the tool wrote.
  expect(join(workspace.dir, buildspec.artifacts['base-directory'])).toBe(dir);
  // Every output CodeBuild may export (no AWS_ name) is exported, with the value the tool wrote, but
  // the paths of the build machine (IMAGES holds them too), which mean nothing to a later action.
  expect(exported).toEqual(
    OUTPUTS.map((output) => output.variable).filter(
      (name) => !['ARTIFACT_DIR', 'ARTIFACT_ZIP', 'IMAGES'].includes(name),
    ),
  );
  expect(exported.filter((name) => name.startsWith('AWS_'))).toEqual([]);
  const values = Object.fromEntries(
    lines.slice(-exported.length).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  expect(values).toMatchObject({
    IMAGE_URI: uri,
    IMAGE_DIGEST: digest,
    IMAGE_TAGS: tags,
    ARTIFACT_SHA256: sha256,
    S3_URI: s3Uri,
  });
  expect(readFileSync(join(workspace.dir, 'ecs-bluegreen-build.env'), 'utf8')).toContain(`export IMAGE_URI='${uri}'\n`);

  // "Retry build" in CodeBuild: same commit, same image, the immutable tag is not pushed again.
  const retry = await runBuildspec();
  expect(retry.code).toBe(0);
  expect(retry.stderr).toContain('already points at this image (immutable tag): not pushed again');
  expect(retry.stdout).toBe(run.stdout);
});

test('examples/two-images/buildspec.yml: both images in one run, each secondary artifact the directory of its image', async () => {
  const example = fileURLToPath(new URL('../../examples/two-images/', import.meta.url));
  const spec = parse(readFileSync(join(example, 'buildspec.yml'), 'utf8')) as {
    phases: { build: { commands: string[] } };
    artifacts: { 'secondary-artifacts': Record<string, { 'base-directory': string; files: string[] }> };
  };
  const workspace = sampleWorkspace();
  const [app, envoy] = [unique('codebuild/web'), unique('codebuild/envoy')] as const;
  await Promise.all([createRepository(app), createRepository(envoy)]);
  // The example as a project holds it: its task definition and list, but the sidecar's base image is
  // busybox (nothing is pulled here), with the build argument the example passes.
  for (const file of ['taskdef.json', 'appspec.yaml']) copyFileSync(join(example, file), join(workspace.dir, file));
  writeFileSync(
    join(workspace.dir, 'extra-images.yml'),
    readFileSync(join(example, 'extra-images.yml'), 'utf8').replace('team/web-envoy', envoy),
  );
  mkdirSync(join(workspace.dir, 'envoy'));
  copyFileSync(join(workspace.dir, 'busybox'), join(workspace.dir, 'envoy/busybox'));
  writeFileSync(
    join(workspace.dir, 'envoy/Dockerfile'),
    'FROM scratch\nARG ENVOY_VERSION\nCOPY busybox /bin/busybox\nLABEL envoy.version=$ENVOY_VERSION\n',
  );
  const committed = commitAll(workspace, 'two images');
  const script = spec.phases.build.commands
    .map((command) => command.replace(/npx --yes ecs-bluegreen-build@\S+/, `node ${bundle}`))
    .join('\n');
  const env = {
    ...stackEnv(stack),
    TMPDIR: workspace.tmp,
    CODEBUILD_BUILD_ID: 'web-build:7c1d',
    CODEBUILD_BUILD_NUMBER: '8',
    CODEBUILD_RESOLVED_SOURCE_VERSION: committed.sha,
    CODEBUILD_SRC_DIR: workspace.dir,
    ECR_REPOSITORY: app,
  };
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('sh', ['-e', '-c', script], { cwd: workspace.dir, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
  expect(run.stderr).toContain('==> Build IMAGE1_NAME, IMAGE2_NAME');
  expect(run.code).toBe(0);
  const images = JSON.parse(
    run.stdout
      .trim()
      .split('\n')
      .at(-1)!
      .replace(/^Built /, ''),
  ) as Record<string, { uri: string; digest: string; tags: string[]; 'artifact-dir': string; 'artifact-zip': string }>;
  const tag = committed.sha.slice(0, 7);
  expect(Object.keys(images)).toEqual(['IMAGE1_NAME', 'IMAGE2_NAME']);
  expect(images['IMAGE1_NAME']?.digest).toBe(await registryDigest(app, tag));
  expect(images['IMAGE2_NAME']?.digest).toBe(await registryDigest(envoy, tag));
  // Each identifier of secondary-artifacts names the directory of the artifact the pipeline expects under that name.
  const artifacts = spec.artifacts['secondary-artifacts'];
  expect(Object.keys(artifacts)).toEqual(['BuildOutput', 'EnvoyImage']);
  const main = join(workspace.dir, artifacts['BuildOutput']!['base-directory']);
  expect(main).toBe(images['IMAGE1_NAME']?.['artifact-dir']);
  expect(readdirSync(main).sort()).toEqual([
    '.ecs-bluegreen-build.json',
    'appspec.yaml',
    'imageDetail.json',
    'imagedefinitions.json',
    'taskdef.json',
  ]);
  expect(JSON.parse(readFileSync(join(main, 'imagedefinitions.json'), 'utf8'))).toEqual([
    { name: 'web', imageUri: images['IMAGE1_NAME']?.uri },
    { name: 'envoy', imageUri: images['IMAGE2_NAME']?.uri },
  ]);
  const sidecar = join(workspace.dir, artifacts['EnvoyImage']!['base-directory']);
  expect(sidecar).toBe(images['IMAGE2_NAME']?.['artifact-dir']);
  expectImageArtifact(sidecar, images['IMAGE2_NAME']!['artifact-zip'], images['IMAGE2_NAME']!.uri);
});

test('an S3 source (no commit, no .git): tagged build-<number>, the warning names the missing variable', async () => {
  const workspace = sampleWorkspace();
  rmSync(join(workspace.dir, '.git'), { recursive: true, force: true });
  const repository = unique('codebuild/s3source');
  const bucket = unique('artifacts');
  await createRepository(repository);
  await createBucket(bucket);
  const env = {
    CODEBUILD_BUILD_ID: 'web-build:5d1c',
    CODEBUILD_BUILD_NUMBER: '31',
    CODEBUILD_SRC_DIR: workspace.dir,
    CODEBUILD_SOURCE_VERSION: 'arn:aws:s3:::sources/web.zip',
    CODEBUILD_SOURCE_REPO_URL: 's3://sources/web.zip',
  };
  const run = await runTool(['build', '--repository', repository, '--s3-bucket', bucket, '--json'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env,
  });
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(
    `warning: tagged build-31 instead of {short_sha}: no commit is known: CODEBUILD_RESOLVED_SOURCE_VERSION is not set (an S3 source, or a source CodeBuild resolves no commit for) and ${workspace.dir} is not a git checkout. Set tags to choose the tag.`,
  );
  const outputs = JSON.parse(run.stdout) as Record<string, string>;
  expect(outputs['image-tags']).toBe('build-31');
  expect(await registryDigest(repository, 'build-31')).toBe(outputs['image-digest']);
  expect((await getObject(bucket, `${repository}/ecs-deploy.zip`)).body).toEqual(
    readFileSync(join(workspace.dir, 'ecs-deploy.zip')),
  );

  // A template that needs the commit is an input error that names the variable, not "run in CodeBuild".
  const sha = await runTool(['build', '--repository', repository, '--tags', 'v-{sha}'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env,
  });
  expect(sha.code).toBe(2);
  expect(sha.stderr).toContain(
    "error: --tags: 'v-{sha}': {sha} has no value here: no commit is known: CODEBUILD_RESOLVED_SOURCE_VERSION is not set",
  );
  expect(sha.stderr).not.toContain('in GitHub Actions or CodeBuild');
});

test('without ECR_REPOSITORY the buildspec stops with the reason', async () => {
  const workspace = sampleWorkspace();
  const command = buildspec.phases.build.commands[0]!.replace(/npx --yes ecs-bluegreen-build@\S+/, `node ${bundle}`);
  const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      'sh',
      ['-e', '-c', command],
      { cwd: workspace.dir, env: { PATH: process.env['PATH'] } },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
  expect(run.code).not.toBe(0);
  expect(run.stderr).toContain('ECR_REPOSITORY: set ECR_REPOSITORY in the project environment');
});

test('CodeBuild variables fill the tag templates; a template with no value is an input error', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('codebuild/tags');
  await createRepository(repository);
  const env = {
    CODEBUILD_BUILD_ID: 'web-build:1',
    CODEBUILD_BUILD_NUMBER: '7',
    CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha,
    CODEBUILD_SRC_DIR: workspace.dir,
  };
  const run = await runTool(['--repository', repository, '--tags', 'b{build_number}-{short_sha}', '--json'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env,
  });
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)['image-tags']).toBe(`b7-${workspace.sha.slice(0, 7)}`);
  expect(readFileSync(join(workspace.dir, 'ecs-bluegreen-build.env'), 'utf8')).toContain(
    `export IMAGE_TAGS='b7-${workspace.sha.slice(0, 7)}'`,
  );

  const { CODEBUILD_BUILD_NUMBER: _, ...withoutNumber } = env;
  const missing = await runTool(['--repository', repository, '--tags', '{build_number}'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: withoutNumber,
  });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain(
    "error: --tags: '{build_number}': {build_number} has no value here: no CI build number is known",
  );
});
