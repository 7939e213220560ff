/**
 * Two images in one run (`extra-images`): the sample service's app (Image1, `<IMAGE1_NAME>` of container `web`) and a
 * sidecar (Image2, `<IMAGE2_NAME>` of container `proxy`) in a repository of its own, as a terminal, the Action and
 * CodeBuild run it. A user checks both repositories' tags, each artifact pinned to the digest its tag holds, the
 * `images` output, a re-run, and a failing sidecar build that names the image and writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionEnv,
  createBucket,
  createRepository,
  getObject,
  parseGitHubOutputFile,
  registry,
  registryDigest,
  runTool,
  stack,
  unique,
  type ToolRun,
  type Workspace,
} from './harness';
import { expectImageArtifact, expectPublished } from './published';
import { sidecarEntry, twoImageWorkspace, withFailingStep } from './sidecar';

/** The files each run writes in the workspace: the main artifact, then Image2's (slug `image2`). */
const ARTIFACTS = ['ecs-deploy', 'ecs-deploy.zip', 'ecs-deploy-image2', 'ecs-deploy-image2.zip'];

/** None of the files a run writes (ARTIFACTS) is in the workspace. */
function expectNoArtifact(workspace: Workspace): void {
  expect(ARTIFACTS.filter((name) => existsSync(join(workspace.dir, name)))).toEqual([]);
}

/** Every file the runs write in the workspace (ARTIFACTS), by path, with its bytes. */
function artifactFiles(workspace: Workspace): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const name of ARTIFACTS) {
    const path = join(workspace.dir, name);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory())
      for (const file of readdirSync(path)) files[`${name}/${file}`] = readFileSync(join(path, file));
    else files[name] = readFileSync(path);
  }
  return files;
}

interface ImageOutput {
  readonly uri: string;
  readonly digest: string;
  readonly tags: string[];
  readonly 'artifact-dir': string;
  readonly 'artifact-zip': string;
  readonly 'artifact-sha256': string;
  readonly 's3-uri'?: string;
}

interface ExpectedImage {
  readonly placeholder: string;
  readonly repository: string;
  readonly tags: readonly string[];
  /** The artifact's directory and zip, without `.zip`. */
  readonly artifact: string;
  /** Its layer cache's tag (in a mutable repository). */
  readonly cacheTag?: string;
  readonly s3?: { readonly bucket: string; readonly key: string };
}

/**
 * The `images` output against what the registry and the workspace hold: exactly these images, in this order, each
 * with every key; each repository holding exactly its images' tags and cache tags, the tags at the image's digest; each extra
 * image's artifact pinned to it (and uploaded, with s3), its imageDetail.json written as Image1's is.
 * Returns the images by placeholder.
 */
async function expectImages(
  workspace: Workspace,
  images: unknown,
  expected: readonly ExpectedImage[],
): Promise<Record<string, ImageOutput>> {
  const wanted: Record<string, ImageOutput> = {};
  for (const image of expected) {
    const digest = await registryDigest(image.repository, image.tags[0]!);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const tag of image.tags) expect(await registryDigest(image.repository, tag)).toBe(digest);
    const inRepository = expected.filter((other) => other.repository === image.repository);
    expect((await registry.tags(image.repository)).sort()).toEqual(
      inRepository.flatMap((other) => [...other.tags, ...(other.cacheTag ? [other.cacheTag] : [])]).sort(),
    );
    const uri = `${stack.registry}/${image.repository}@${digest}`;
    const dir = join(workspace.dir, image.artifact);
    const zipPath = join(workspace.dir, `${image.artifact}.zip`);
    wanted[image.placeholder] = {
      uri,
      digest: digest!,
      tags: [...image.tags],
      'artifact-dir': dir,
      'artifact-zip': zipPath,
      'artifact-sha256': createHash('sha256').update(readFileSync(zipPath)).digest('hex'),
      ...(image.s3 && { 's3-uri': `s3://${image.s3.bucket}/${image.s3.key}` }),
    };
    if (image === expected[0]) continue; // the main artifact: expectPublished's
    const zip = expectImageArtifact(dir, zipPath, uri);
    const main = wanted[expected[0]!.placeholder]!;
    // The same file as Image1's, but for the image.
    expect(readFileSync(join(dir, 'imageDetail.json'), 'utf8')).toBe(
      readFileSync(join(main['artifact-dir'], 'imageDetail.json'), 'utf8').replace(main.uri, uri),
    );
    if (image.s3) {
      // The zip, with the revision summary CodePipeline shows: this image's.
      const object = await getObject(image.s3.bucket, image.s3.key);
      expect(object.body).toEqual(zip);
      expect(object.metadata['codepipeline-artifact-revision-summary']).toBe(
        `${uri} (commit ${workspace.sha.slice(0, 7)})`,
      );
    }
  }
  expect(Object.keys(images as object)).toEqual(expected.map((image) => image.placeholder));
  expect(images).toEqual(wanted);
  expect(new Set(Object.values(wanted).map((image) => image.digest)).size).toBe(expected.length);
  return images as Record<string, ImageOutput>;
}

/** The error line (a terminal's `error:`, or GitHub's `::error::`) that names `placeholder`. */
function errorNaming(run: ToolRun, placeholder: string): string | undefined {
  return `${run.stderr}\n${run.stdout}`
    .split('\n')
    .find((line) => /^(error: |::error::)/.test(line) && line.includes(placeholder));
}

describe("two images from a terminal: app and sidecar in their own repositories, the sidecar's immutable", () => {
  const web = unique('images/web');
  const proxy = unique('images/proxy');
  const bucket = unique('artifacts');
  const args = ['build', '--repository', web, '--extra-images', sidecarEntry(proxy), '--s3-bucket', bucket, '--json'];
  let workspace: Workspace;
  let first: ToolRun;
  let firstFiles: Record<string, Buffer>;
  let second: ToolRun;

  // One build and its re-run, for the tests below; the last one breaks the sidecar.
  beforeAll(async () => {
    workspace = twoImageWorkspace();
    await Promise.all([createRepository(web), createRepository(proxy, 'IMMUTABLE'), createBucket(bucket)]);
    first = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    firstFiles = artifactFiles(workspace);
    second = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
  }, 360_000);

  test('both images pushed under their tags, each artifact pinned to its digest and uploaded; --json lists both under images', async () => {
    expect(first.stderr).toContain('==> Build');
    expect(first.code).toBe(0);
    const outputs = JSON.parse(first.stdout) as Record<string, string> & { images: unknown };
    const short = workspace.sha.slice(0, 7);
    const proxyUri = `${stack.registry}/${proxy}@${await registryDigest(proxy, short)}`;
    // The old outputs are Image1's and the main artifact's; imagedefinitions.json has both containers.
    const digest = await expectPublished(workspace, outputs, first, {
      repository: web,
      tags: [short],
      s3: { bucket, key: `${web}/ecs-deploy.zip` },
      imageDefinitions: [
        { name: 'web', imageUri: `${stack.registry}/${web}@${await registryDigest(web, short)}` },
        { name: 'proxy', imageUri: proxyUri },
      ],
    });
    // The sidecar gets the top-level tags; its artifact's zip is uploaded beside the main one.
    const images = await expectImages(workspace, outputs.images, [
      {
        placeholder: 'IMAGE1_NAME',
        repository: web,
        tags: [short],
        artifact: 'ecs-deploy',
        cacheTag: 'buildcache',
        s3: { bucket, key: `${web}/ecs-deploy.zip` },
      },
      {
        placeholder: 'IMAGE2_NAME',
        repository: proxy,
        tags: [short],
        artifact: 'ecs-deploy-image2',
        s3: { bucket, key: `${web}/ecs-deploy-image2.zip` },
      },
    ]);
    expect(images['IMAGE1_NAME']?.digest).toBe(digest);
    expect(images['IMAGE2_NAME']?.uri).toBe(proxyUri);
  });

  test('a re-run of the commit: the same outputs and digests, byte-identical artifacts, the immutable sidecar tag not pushed again', async () => {
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
    expect(Object.keys(firstFiles).sort()).toEqual([
      'ecs-deploy-image2.zip',
      'ecs-deploy-image2/.ecs-bluegreen-build.json',
      'ecs-deploy-image2/imageDetail.json',
      'ecs-deploy.zip',
      'ecs-deploy/.ecs-bluegreen-build.json',
      'ecs-deploy/appspec.yaml',
      'ecs-deploy/imageDetail.json',
      'ecs-deploy/imagedefinitions.json',
      'ecs-deploy/taskdef.json',
    ]);
    expect(artifactFiles(workspace)).toEqual(firstFiles);
    expect(second.stderr).toContain(
      `${stack.registry}/${proxy}:${workspace.sha.slice(0, 7)} already points at this image (immutable tag): not pushed again`,
    );
  });

  test('a failing sidecar build: exit 1, the message names IMAGE2_NAME and its repository, the earlier artifacts untouched', async () => {
    const short = workspace.sha.slice(0, 7);
    const pushed = await registryDigest(proxy, short);
    const before = artifactFiles(workspace);
    const dockerfile = join(workspace.dir, 'sidecar/Dockerfile');
    writeFileSync(dockerfile, withFailingStep(readFileSync(dockerfile, 'utf8')));
    const run = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(run.code).toBe(1);
    expect(errorNaming(run, 'IMAGE2_NAME')).toContain(proxy);
    expect(run.stderr).toContain('exit code: 3');
    // "One failure stops the run before any artifact is written": the last good run's files stay as they were.
    expect(artifactFiles(workspace)).toEqual(before);
    expect(await registryDigest(proxy, short)).toBe(pushed);
  });
});

test('both images in one repository: a tag each, a cache tag each, render-taskdef fills both; a shared tag is refused before anything is built', async () => {
  const workspace = twoImageWorkspace();
  const repository = unique('images/shared');
  await createRepository(repository);
  const short = workspace.sha.slice(0, 7);
  const shared = await runTool(['build', '--repository', repository, '--extra-images', sidecarEntry(repository)], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
  });
  expect(shared.code).toBe(2);
  expect(errorNaming(shared, 'IMAGE2_NAME')).toMatch(new RegExp(`^error: --extra-images: .*'${short}'.*IMAGE1_NAME`));
  expect(shared.stderr).not.toContain('==> Build');
  expect(await registry.tags(repository)).toEqual([]);
  expectNoArtifact(workspace);

  const run = await runTool(
    [
      'build',
      '--repository',
      repository,
      '--extra-images',
      sidecarEntry(repository, '  tags: proxy-{short_sha}\n'),
      '--render-taskdef',
      '--json',
    ],
    { cwd: workspace.dir, tmp: workspace.tmp },
  );
  expect(run.code).toBe(0);
  // Both images' layer caches are kept: the sidecar's under a cache tag of its own.
  const images = await expectImages(workspace, (JSON.parse(run.stdout) as { images: unknown }).images, [
    { placeholder: 'IMAGE1_NAME', repository, tags: [short], artifact: 'ecs-deploy', cacheTag: 'buildcache' },
    {
      placeholder: 'IMAGE2_NAME',
      repository,
      tags: [`proxy-${short}`],
      artifact: 'ecs-deploy-image2',
      cacheTag: 'buildcache-image2',
    },
  ]);
  const taskdef = JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy/taskdef.json'), 'utf8')) as {
    containerDefinitions: { name: string; image: string }[];
  };
  expect(taskdef.containerDefinitions.map((container) => [container.name, container.image])).toEqual([
    ['web', images['IMAGE1_NAME']?.uri],
    ['proxy', images['IMAGE2_NAME']?.uri],
  ]);
});

describe('two images as an action', () => {
  test("extra-images as a YAML block: both images under the rendered tags, GITHUB_OUTPUT's images complete", async () => {
    const workspace = twoImageWorkspace();
    const web = unique('images/action-web');
    const proxy = unique('images/action-proxy');
    await Promise.all([createRepository(web), createRepository(proxy)]);
    const { env, outputFile } = actionEnv(workspace, {
      repository: web,
      tags: '{short_sha}\nrun-{build_number}',
      'extra-images': sidecarEntry(proxy),
    });
    const run = await runTool([], { cwd: workspace.dir, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const outputs = parseGitHubOutputFile(readFileSync(outputFile, 'utf8'));
    const tags = [workspace.sha.slice(0, 7), 'run-12'];
    const proxyUri = `${stack.registry}/${proxy}@${await registryDigest(proxy, 'run-12')}`;
    await expectPublished(workspace, outputs, run, {
      repository: web,
      tags,
      maskCommand: /^::add-mask::/,
      imageDefinitions: [
        { name: 'web', imageUri: `${stack.registry}/${web}@${await registryDigest(web, 'run-12')}` },
        { name: 'proxy', imageUri: proxyUri },
      ],
    });
    // The sidecar's tags are the top-level templates, rendered the same way.
    await expectImages(workspace, JSON.parse(outputs['images'] ?? 'null'), [
      { placeholder: 'IMAGE1_NAME', repository: web, tags, artifact: 'ecs-deploy', cacheTag: 'buildcache' },
      { placeholder: 'IMAGE2_NAME', repository: proxy, tags, artifact: 'ecs-deploy-image2', cacheTag: 'buildcache' },
    ]);
  });

  test('a failing sidecar build: exit 1, the error names IMAGE2_NAME and its repository, no artifact written, nothing of the sidecar pushed', async () => {
    const workspace = twoImageWorkspace({ failing: true });
    const web = unique('images/action-web');
    const proxy = unique('images/action-proxy');
    await Promise.all([createRepository(web), createRepository(proxy)]);
    const { env } = actionEnv(workspace, { repository: web, 'extra-images': sidecarEntry(proxy) });
    const run = await runTool([], { cwd: workspace.dir, env });
    expect(run.code).toBe(1);
    expect(errorNaming(run, 'IMAGE2_NAME')).toContain(proxy);
    // The app's image may be pushed already (the builds run side by side); no artifact is.
    expectNoArtifact(workspace);
    expect(await registry.tags(proxy)).toEqual([]);
  });
});

test('two images in CodeBuild, extra-images from a file: its own tags, IMAGES in the env file the buildspec sources', async () => {
  const proxy = unique('images/codebuild-proxy');
  // The file is part of the source, as a buildspec would name it.
  const workspace = twoImageWorkspace({
    files: {
      'images.yml': `# Image2 of the CodeDeployToECS action\n${sidecarEntry(proxy, '  tags:\n    - sidecar-{build_number}\n')}`,
    },
  });
  const web = unique('images/codebuild-web');
  await Promise.all([createRepository(web), createRepository(proxy)]);
  const env = {
    CODEBUILD_BUILD_ID: 'web-build:0b5ef3e4',
    CODEBUILD_BUILD_NUMBER: '31',
    CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha,
    CODEBUILD_SRC_DIR: workspace.dir,
  };
  const run = await runTool(['build', '--repository', web, '--extra-images', '@images.yml', '--json'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env,
  });
  expect(run.code).toBe(0);
  const outputs = JSON.parse(run.stdout) as Record<string, string> & { images: unknown };
  const short = workspace.sha.slice(0, 7);
  await expectPublished(workspace, outputs, run, {
    repository: web,
    tags: [short],
    imageDefinitions: [
      { name: 'web', imageUri: `${stack.registry}/${web}@${await registryDigest(web, short)}` },
      { name: 'proxy', imageUri: `${stack.registry}/${proxy}@${await registryDigest(proxy, 'sidecar-31')}` },
    ],
  });
  const images = await expectImages(workspace, outputs.images, [
    { placeholder: 'IMAGE1_NAME', repository: web, tags: [short], artifact: 'ecs-deploy', cacheTag: 'buildcache' },
    {
      placeholder: 'IMAGE2_NAME',
      repository: proxy,
      tags: ['sidecar-31'],
      artifact: 'ecs-deploy-image2',
      cacheTag: 'buildcache',
    },
  ]);
  // What the buildspec's next command sees once it sources the env file.
  const sourced = execFileSync(
    'sh',
    ['-e', '-c', '. ./ecs-bluegreen-build.env && printf "%s\\n%s" "$IMAGE_URI" "$IMAGES"'],
    { cwd: workspace.dir, encoding: 'utf8' },
  );
  const [imageUri, imagesJson] = sourced.split(/\n(.*)/s) as [string, string];
  expect(imageUri).toBe(images['IMAGE1_NAME']?.uri);
  expect(JSON.parse(imagesJson)).toEqual(images);
});
