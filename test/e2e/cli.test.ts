/**
 * The CLI, as a developer runs it in a service repository: `node dist/index.js` against the local
 * stack's Docker, registry, ECR endpoint and S3.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createBucket,
  createRepository,
  registry,
  registryDigest,
  runTool,
  sampleWorkspace,
  stack,
  unique,
} from './harness';
import { expectNoPasswordLeft, expectPublished } from './published';

describe('build from a terminal', () => {
  test('builds, pushes every tag, writes and uploads the artifact; --json prints the outputs', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/web');
    const bucket = unique('artifacts');
    await createBucket(bucket);
    const run = await runTool(
      [
        'build',
        '--repository',
        repository,
        '--create-repository',
        '--tags',
        '{short_sha}',
        '--tags',
        'main-{short_sha},latest',
        '--s3-bucket',
        bucket,
        '--s3-key',
        'web/{branch}.zip',
        '--json',
      ],
      { cwd: workspace.dir, tmp: workspace.tmp },
    );
    expect(run.stderr).toContain('==> Build');
    expect(run.code).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    const short = workspace.sha.slice(0, 7);
    await expectPublished(workspace, outputs, run, {
      repository,
      tags: [short, `main-${short}`, 'latest'],
      s3: { bucket, key: 'web/main.zip' },
    });
    // The OCI labels come from the commit; the remote's credentials do not reach them.
    // The image config: of the one image, or of an index's platform image.
    const { config } = (await registry.image(repository, short))!;
    expect(config.config?.Labels).toMatchObject({
      'org.opencontainers.image.revision': workspace.sha,
      'org.opencontainers.image.source': 'https://github.com/example/sample-service',
      'org.opencontainers.image.created': '2026-11-01T12:00:00+00:00',
    });
    // The layer cache was pushed beside the image, for the next fresh runner.
    expect(await registry.tags(repository)).toContain('buildcache');
  });

  test('a second build of the same commit gives the same image and the same zip bytes', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/again');
    await createRepository(repository);
    const first = await runTool(['--repository', repository, '--json'], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(first.code).toBe(0);
    const zip = readFileSync(join(workspace.dir, 'ecs-deploy.zip'));
    const second = await runTool(['--repository', repository, '--json'], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
    // The first build writes the layer cache, the second reads it; neither prints BuildKit errors.
    expect(first.stderr).not.toContain('importing cache manifest');
    expect(second.stderr).toContain(`importing cache manifest from ${stack.registry}/${repository}:buildcache`);
    expect(`${first.stderr}${second.stderr}`).not.toMatch(/ERROR/);
    expect(readFileSync(join(workspace.dir, 'ecs-deploy.zip'))).toEqual(zip);
  });
});

describe('immutable tags', () => {
  test('a re-run of the same commit succeeds; another image under the same tag is refused, naming the tag', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/immutable');
    await createRepository(repository, 'IMMUTABLE');
    const args = ['--repository', repository, '--json'];
    const first = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(first.code).toBe(0);
    const digest = (JSON.parse(first.stdout) as Record<string, string>)['image-digest'];

    const again = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(again.stderr).toContain('already points at this image (immutable tag): not pushed again');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as Record<string, string>)['image-digest']).toBe(digest);

    // Same tag (the commit's), different content: a new image that must not replace the old one.
    const tag = workspace.sha.slice(0, 7);
    writeFileSync(join(workspace.dir, 'site/index.html'), 'changed but not committed\n');
    const conflict = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(
      new RegExp(
        `error: --tags: tag '${tag}' already exists in ${repository}, whose tags are immutable, and points at another image \\(${digest}`,
      ),
    );
    expect(conflict.stderr).toMatch(/fix: use a tag that is new for each build/);
    expect(await registryDigest(repository, tag)).toBe(digest);
    expectNoPasswordLeft(workspace, conflict);
  });
});

describe('bad input: exit 2, a message naming it, nothing pushed or written', () => {
  test.each<[string, string[], RegExp]>([
    [
      'unknown flag',
      ['--repositry', 'x'],
      /^error: unknown option --repositry\n {2}fix: did you mean --repository\? \(see --help\)$/m,
    ],
    [
      'a boolean that is not',
      ['--repository', 'web', '--create-repository=yes'],
      /^error: --create-repository: 'yes' is not a boolean\n {2}fix: use true or false$/m,
    ],
    [
      'a command that does not exist',
      ['deploy'],
      /^error: command: 'deploy' is not a command\n {2}fix: use one of build, validate, render$/m,
    ],
  ])('%s', async (_name, args, message) => {
    const workspace = sampleWorkspace();
    const run = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
    expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);
  });

  test('missing taskdef.json: named, nothing built, pushed or written', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/missing');
    await createRepository(repository);
    const run = await runTool(['--repository', repository, '--taskdef', 'deploy/taskdef.json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: --taskdef: deploy/taskdef.json does not exist (in ${workspace.dir})`);
    expect(run.stderr).not.toContain('==> Build');
    expect(await registry.tags(repository)).toEqual([]);
    expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);
    expect(existsSync(join(workspace.dir, 'ecs-deploy.zip'))).toBe(false);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
  });

  test('a repository that does not exist, without create-repository', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/absent');
    const run = await runTool(['--repository', repository], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: --repository: '${repository}' does not exist in ${stack.region}`);
    expect(run.stderr).toMatch(/fix: create it .*or set create-repository to true/);
    expect(await registry.tags(repository)).toEqual([]);
    expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);
    expectNoPasswordLeft(workspace, run);
  });

  test('a broken appspec stops the build before anything is built or pushed', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/broken');
    await createRepository(repository);
    const appspec = join(workspace.dir, 'appspec.yaml');
    writeFileSync(appspec, readFileSync(appspec, 'utf8').replace('ContainerPort: 8080', 'ContainerPort: "8080"'));
    const run = await runTool(['--repository', repository], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^appspec\.yaml:9:\d+ {2}error {2}appspec\/[a-z-]+ {2}.*ContainerPort/m);
    expect(run.stderr).not.toContain('==> Build');
    expect(await registry.tags(repository)).toEqual([]);
    expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);
  });
});

describe('validate and render, no AWS and no Docker', () => {
  test('validate passes the sample service and fails a broken one with file:line:col lines', async () => {
    const workspace = sampleWorkspace();
    const ok = await runTool(['validate'], {
      cwd: workspace.dir,
      env: { AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:9', DOCKER_HOST: 'unix:///nonexistent' },
    });
    // The step's findings, then the closing line with the time.
    expect(ok.stderr).toMatch(
      /^<IMAGE1_NAME> is the image of container web \(line 15\)\ntaskdef\.json, appspec\.yaml: ok\nvalidate done in \d+\.\d s \(all of it this tool's own work\)\n$/,
    );
    expect(ok.code).toBe(0);

    const taskdef = join(workspace.dir, 'taskdef.json');
    writeFileSync(
      taskdef,
      readFileSync(taskdef, 'utf8')
        .replace('"memory": "512"', '"memory": "3072"')
        .replace('"<IMAGE1_NAME>"', '"IMAGE1_NAME"'),
    );
    const broken = await runTool(['validate', '--json'], { cwd: workspace.dir });
    expect(broken.code).toBe(2);
    const result = JSON.parse(broken.stdout) as {
      ok: boolean;
      findings: { file: string; line: number; rule: string; severity: string }[];
    };
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.file, f.line])).toEqual([
      ['taskdef.json', 6],
      ['taskdef.json', 15],
    ]);
    expect(broken.stderr).toMatch(/^error: 2 errors in taskdef\.json, appspec\.yaml$/m);
  });

  test('validate --explain prints a rule, its sources and a file it refuses; an unknown rule exits 2 with a did-you-mean', async () => {
    const workspace = sampleWorkspace();
    const env = { AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:9', DOCKER_HOST: 'unix:///nonexistent' };
    const run = await runTool(['validate', '--explain', 'taskdef/health-check'], { cwd: workspace.dir, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^taskdef\/health-check\n\n {2}HealthCheck\.interval: a whole number from 5 to 300 seconds\n/,
    );
    expect(run.stdout).toContain(
      '  HealthCheck.timeout: a whole number from 2 to 60 seconds\n    source: ECS API reference, HealthCheck.timeout\n',
    );
    expect(run.stdout).toContain('A file it refuses (taskdef.json):\n\n  {\n    "family": "web-app",');
    expect(run.stdout).toMatch(
      /\n {2}taskdef\.json:\d+:\d+ {2}error {2}taskdef\/health-check {2}containerDefinitions\[0\]\.healthCheck\.interval is the number 4; it must be a whole number from 5 to 300 seconds/,
    );

    const unknown = await runTool(['validate', '--explain', 'taskdef/helth-check'], { cwd: workspace.dir, env });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(
      /^error: --explain: no task definition rule is named "taskdef\/helth-check"\n {2}fix: did you mean taskdef\/health-check\?$/m,
    );
  });

  test('validate --pipeline checks the CodeDeployToECS action, with positions in the pipeline file', async () => {
    const workspace = sampleWorkspace();
    const deploy = (containerName: string) =>
      JSON.stringify(
        {
          pipeline: {
            name: 'web',
            stages: [
              {
                name: 'Build',
                actions: [
                  {
                    name: 'Build',
                    actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
                    outputArtifacts: [{ name: 'BuildArtifact' }],
                  },
                ],
              },
              {
                name: 'Deploy',
                actions: [
                  {
                    name: 'Deploy',
                    actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CodeDeployToECS', version: '1' },
                    inputArtifacts: [{ name: 'BuildArtifact' }],
                    configuration: {
                      ApplicationName: 'web',
                      DeploymentGroupName: 'web',
                      TaskDefinitionTemplateArtifact: 'BuildArtifact',
                      AppSpecTemplateArtifact: 'BuildArtifact',
                      Image1ArtifactName: 'BuildArtifact',
                      Image1ContainerName: containerName,
                    },
                  },
                ],
              },
            ],
          },
        },
        null,
        2,
      );
    writeFileSync(join(workspace.dir, 'pipeline.json'), deploy('IMAGE1_NAME'));
    const ok = await runTool(['validate', '--pipeline', 'pipeline.json'], {
      cwd: workspace.dir,
      env: { DOCKER_HOST: 'unix:///nonexistent' },
    });
    expect(ok.stderr).toMatch(/^taskdef\.json, appspec\.yaml, pipeline\.json: ok$/m);
    expect(ok.code).toBe(0);

    writeFileSync(join(workspace.dir, 'pipeline.json'), deploy('<IMAGE1_NAME>'));
    const broken = await runTool(['validate', '--pipeline', 'pipeline.json'], { cwd: workspace.dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /^pipeline\.json:46:38 {2}error {2}pipeline\/container-name-brackets {2}Image1ContainerName is "<IMAGE1_NAME>" with angle brackets/m,
    );
    const missing = await runTool(['validate', '--pipeline', 'nope.json'], { cwd: workspace.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json does not exist/);
  });

  test('render prints the task definition with the image in place', async () => {
    const workspace = sampleWorkspace();
    const image = `${stack.registry}/web@sha256:${'b'.repeat(64)}`;
    const run = await runTool(['render', '--image', image, '--json'], { cwd: workspace.dir });
    expect(run.code).toBe(0);
    const rendered = JSON.parse(run.stdout) as {
      taskDefinition: { containerDefinitions: { image: string }[] };
      appspec: object;
    };
    expect(rendered.taskDefinition.containerDefinitions[0]?.image).toBe(image);
    expect(JSON.stringify(rendered.appspec)).toContain('<TASK_DEFINITION>');
  });
});

describe('other ways to get the image into the artifact', () => {
  test('a prebuilt image by tag: no build, the artifact pinned to the digest ECR holds', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/prebuilt');
    await createRepository(repository);
    const built = await runTool(['--repository', repository, '--tags', 'v1', '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(built.code).toBe(0);
    const digest = (JSON.parse(built.stdout) as Record<string, string>)['image-digest'];

    const run = await runTool(['--image', `${stack.registry}/${repository}:v1`, '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('==> Build');
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(outputs).toMatchObject({
      'image-uri': `${stack.registry}/${repository}@${digest}`,
      'image-digest': digest,
      'image-tags': 'v1',
    });
    expect(JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy/imageDetail.json'), 'utf8'))).toEqual({
      ImageURI: outputs['image-uri'],
    });

    const missing = await runTool(['--image', `${stack.registry}/${repository}:v2`], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`error: --image: tag 'v2' does not exist in ${repository}`);
  });

  test('a task definition without placeholder, rendered by container name (no Image1 mapping in the pipeline)', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/render');
    await createRepository(repository);
    const taskdef = join(workspace.dir, 'taskdef.json');
    writeFileSync(taskdef, readFileSync(taskdef, 'utf8').replace('"<IMAGE1_NAME>"', '"REPOSITORY_URI:IMAGE_TAG"'));
    const run = await runTool(['--repository', repository, '--container-name', 'web', '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(run.code).toBe(0);
    const imageUri = (JSON.parse(run.stdout) as Record<string, string>)['image-uri'];
    const written = JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy/taskdef.json'), 'utf8')) as {
      containerDefinitions: { name: string; image: string }[];
    };
    expect(written.containerDefinitions.map((c) => [c.name, c.image])).toEqual([['web', imageUri]]);
  });

  test("an artifact over CodeDeploy's 3 MB is refused with the sizes, before anything is built or pushed", async () => {
    const workspace = sampleWorkspace();
    const repository = unique('cli/large');
    await createRepository(repository);
    // Random text does not compress: a 4 MB comment makes a zip over the limit.
    const appspec = join(workspace.dir, 'appspec.yaml');
    writeFileSync(appspec, `# ${randomBytes(3_000_000).toString('base64')}\n${readFileSync(appspec, 'utf8')}`);
    const run = await runTool(['--repository', repository], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^error: --artifact: the artifact zip is [\d,]+ bytes \(3\.\d MB\); CodeDeployToECS reads an input artifact of at most 3 MB .*the largest files are appspec\.yaml \(4,000,\d{3} bytes/m,
    );
    expect(run.stderr).not.toContain('==> Build');
    expect(await registry.tags(repository)).toEqual([]);
    expect(existsSync(join(workspace.dir, 'ecs-deploy.zip'))).toBe(false);
  });
});

test('an output-dir holding other files is refused before anything is built or pushed', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('cli/outdir');
  await createRepository(repository);
  const run = await runTool(['--repository', repository, '--output-dir', 'site'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
  });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("error: --output-dir: 'site' already holds index.html, which this tool did not write");
  expect(run.stderr).not.toContain('==> Build');
  expect(await registry.tags(repository)).toEqual([]);
  expect(readFileSync(join(workspace.dir, 'site/index.html'), 'utf8')).toContain('Hello from the green task set');
});
