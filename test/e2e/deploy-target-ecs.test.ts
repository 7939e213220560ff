/**
 * `build --deploy-target ecs`: the artifact the ECS deploy action (and ECS-native blue/green) takes, from a terminal,
 * the Action and CodeBuild. A user checks the zip's root — imagedefinitions.json with every image of the run pinned to
 * the digest its tag holds, the task definition rendered with those URIs (ready for register-task-definition),
 * imageDetail.json, and no appspec — and that an appspec given with ecs stops the run before anything is pushed.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { stackEnv } from '../stack/index.mjs';
import {
  actionEnv,
  bundle,
  createRepository,
  parseGitHubOutputFile,
  readZip,
  registry,
  registryDigest,
  runTool,
  sampleWorkspace,
  stack,
  unique,
  type Workspace,
} from './harness';
import { sidecarEntry, twoImageWorkspace } from './sidecar';

const root = new URL('../..', import.meta.url).pathname;
const ARTIFACT_FILES = ['imageDetail.json', 'imagedefinitions.json', 'taskdef.json'];

/** What a user checks of an ECS artifact: each image's digest under its tag, and the files pinned to it. */
async function expectEcsArtifact(
  workspace: Workspace,
  images: readonly { container: string; repository: string; tag: string }[],
): Promise<void> {
  const pinned = [];
  for (const image of images) {
    const digest = await registryDigest(image.repository, image.tag);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    pinned.push({ name: image.container, imageUri: `${stack.registry}/${image.repository}@${digest}` });
  }
  const dir = join(workspace.dir, 'ecs-deploy');
  expect(readdirSync(dir).sort()).toEqual(['.ecs-bluegreen-build.json', ...ARTIFACT_FILES]);
  const zip = readZip(readFileSync(join(workspace.dir, 'ecs-deploy.zip')));
  // The zip's root: exactly the three files, byte for byte those of the directory; no appspec.
  expect(zip.map((entry) => entry.name).sort()).toEqual(ARTIFACT_FILES);
  for (const entry of zip) expect(entry.data).toEqual(readFileSync(join(dir, entry.name)));
  const file = (name: string) => JSON.parse(zip.find((entry) => entry.name === name)!.data.toString('utf8')) as unknown;
  expect(file('imagedefinitions.json')).toEqual(pinned);
  expect(file('imageDetail.json')).toEqual({ ImageURI: pinned[0]!.imageUri });
  // The task definition as the workspace has it, each placeholder replaced by its image's pushed URI.
  const template = JSON.parse(readFileSync(join(workspace.dir, 'taskdef.json'), 'utf8')) as {
    containerDefinitions: { name: string; image: string }[];
  };
  for (const container of template.containerDefinitions) {
    container.image = pinned.find((image) => image.name === container.name)!.imageUri;
  }
  expect(file('taskdef.json')).toEqual(template);
}

test('CLI: two images, the service definition checked; imagedefinitions.json holds both, the task definition both digests', async () => {
  const workspace = twoImageWorkspace();
  copyFileSync(join(root, 'examples/pipeline-ecs/service.json'), join(workspace.dir, 'service.json'));
  const web = unique('ecs-target/web');
  const proxy = unique('ecs-target/proxy');
  await createRepository(web);
  await createRepository(proxy);
  const run = await runTool(
    [
      'build',
      '--deploy-target',
      'ecs',
      '--service-definition',
      'service.json',
      '--repository',
      web,
      '--extra-images',
      sidecarEntry(proxy),
      '--tags',
      'v1',
      '--json',
    ],
    { cwd: workspace.dir, tmp: workspace.tmp },
  );
  expect(run.stderr).toContain('==> Build');
  expect(run.code).toBe(0);
  const outputs = JSON.parse(run.stdout) as Record<string, string>;
  expect(outputs['artifact-zip']).toBe(join(workspace.dir, 'ecs-deploy.zip'));
  await expectEcsArtifact(workspace, [
    { container: 'web', repository: web, tag: 'v1' },
    { container: 'proxy', repository: proxy, tag: (await registry.tags(proxy)).find((tag) => tag !== 'buildcache')! },
  ]);
  expect(outputs['image-uri']).toBe(`${stack.registry}/${web}@${await registryDigest(web, 'v1')}`);
});

test('CLI: an appspec given with deploy-target ecs is exit 2, naming why; nothing built, pushed or written', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('ecs-target/refused');
  await createRepository(repository);
  const run = await runTool(
    ['build', '--deploy-target', 'ecs', '--appspec', 'appspec.yaml', '--repository', repository],
    {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    },
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    'error: --appspec: is appspec.yaml, but deploy-target ecs reads no appspec: the ECS deploy action and ECS blue/green take none',
  );
  expect(run.stderr).toContain('fix: remove the appspec input, or use deploy-target codedeploy');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(await registry.tags(repository)).toEqual([]);
  expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);
  expect(existsSync(join(workspace.dir, 'ecs-deploy.zip'))).toBe(false);
});

test('Action: deploy-target ecs; the outputs point at the ECS artifact', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('ecs-target/action');
  await createRepository(repository);
  const { env, outputFile } = actionEnv(workspace, { repository, 'deploy-target': 'ecs', tags: 'run-{build_number}' });
  const run = await runTool([], { cwd: workspace.dir, env });
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toContain('::error');
  expect(run.code).toBe(0);
  const outputs = parseGitHubOutputFile(readFileSync(outputFile, 'utf8'));
  await expectEcsArtifact(workspace, [{ container: 'web', repository, tag: 'run-12' }]);
  expect(outputs['artifact-dir']).toBe(join(workspace.dir, 'ecs-deploy'));
  expect(outputs['image-digest']).toBe(await registryDigest(repository, 'run-12'));
});

test('CodeBuild: buildspec.yml with DEPLOY_TARGET=ecs, as a project of examples/pipeline-ecs sets it', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('ecs-target/codebuild');
  await createRepository(repository);
  const buildspec = parse(readFileSync(join(root, 'buildspec.yml'), 'utf8')) as {
    phases: { build: { commands: string[] } };
    artifacts: { 'base-directory': string };
  };
  const script = buildspec.phases.build.commands
    .map((command) => command.replace(/npx --yes ecs-bluegreen-build@\S+/, `node ${bundle}`))
    .join('\n');
  const env = {
    ...stackEnv(stack),
    TMPDIR: workspace.tmp,
    CODEBUILD_BUILD_ID: 'web-build:1c6ef3e4',
    CODEBUILD_BUILD_NUMBER: '7',
    CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha,
    CODEBUILD_SRC_DIR: workspace.dir,
    CODEBUILD_INITIATOR: 'codepipeline/sample-service-ecs',
    ECR_REPOSITORY: repository,
    DEPLOY_TARGET: 'ecs',
  };
  const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile('sh', ['-e', '-c', script], { cwd: workspace.dir, env }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
  expect(run.stderr).toContain('==> Build');
  expect(run.code).toBe(0);
  expect(buildspec.artifacts['base-directory']).toBe('ecs-deploy');
  const tag = (await registry.tags(repository)).find((name) => name !== 'buildcache')!;
  await expectEcsArtifact(workspace, [{ container: 'web', repository, tag }]);
});
