/**
 * The checks a user makes after a build, the same whatever host ran it: the image and its tags in
 * the registry, the digest in imageDetail.json, the zip's exact entries and bytes, the S3 object,
 * and no trace of the registry password anywhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesContaining, getObject, readZip, registryDigest, stack, type ToolRun, type Workspace } from './harness';

export interface Expected {
  readonly repository: string;
  readonly tags: readonly string[];
  /** How images of the repository are named; by default `<stack registry>/<repository>`. */
  readonly imageName?: string;
  /** The repository's name in the registry's storage; by default `repository`. */
  readonly stored?: string;
  readonly outputDir?: string;
  readonly artifact?: string;
  readonly s3?: { readonly bucket: string; readonly key: string };
  /** imagedefinitions.json's entries; by default the one container, `web`, with this image. */
  readonly imageDefinitions?: readonly { readonly name: string; readonly imageUri: string }[];
  /** Lines allowed to hold the password: GitHub's `::add-mask::` command. */
  readonly maskCommand?: RegExp;
}

/** Asserts everything a user checks after a build, and returns the image digest. */
export async function expectPublished(
  workspace: Workspace,
  outputs: Record<string, string>,
  run: ToolRun,
  expected: Expected,
): Promise<string> {
  const outputDir = join(workspace.dir, expected.outputDir ?? 'ecs-deploy');
  const artifact = join(workspace.dir, expected.artifact ?? 'ecs-deploy.zip');

  // The image: every tag in the registry resolves to the digest the tool reported.
  const digest = outputs['image-digest'] as string;
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  const imageUri = `${expected.imageName ?? `${stack.registry}/${expected.repository}`}@${digest}`;
  for (const tag of expected.tags)
    expect(await registryDigest(expected.stored ?? expected.repository, tag)).toBe(digest);
  expect(outputs['image-uri']).toBe(imageUri);
  expect(outputs['image-tags']).toBe(expected.tags.join(','));

  // The artifact directory: exactly the four files and the list of them that marks it as the tool's,
  // imageDetail.json pinned to the digest.
  expect(readdirSync(outputDir).sort()).toEqual([
    '.ecs-bluegreen-build.json',
    'appspec.yaml',
    'imageDetail.json',
    'imagedefinitions.json',
    'taskdef.json',
  ]);
  expect(JSON.parse(readFileSync(join(outputDir, '.ecs-bluegreen-build.json'), 'utf8'))).toEqual({
    tool: 'ecs-bluegreen-build',
    files: ['taskdef.json', 'appspec.yaml', 'imageDetail.json', 'imagedefinitions.json'],
  });
  expect(JSON.parse(readFileSync(join(outputDir, 'imageDetail.json'), 'utf8'))).toEqual({ ImageURI: imageUri });
  expect(JSON.parse(readFileSync(join(outputDir, 'imagedefinitions.json'), 'utf8'))).toEqual(
    expected.imageDefinitions ?? [{ name: 'web', imageUri }],
  );
  // taskdef and appspec go as they are, placeholders kept for CodeDeploy.
  expect(readFileSync(join(outputDir, 'taskdef.json'))).toEqual(readFileSync(join(workspace.dir, 'taskdef.json')));
  expect(readFileSync(join(outputDir, 'appspec.yaml'))).toEqual(readFileSync(join(workspace.dir, 'appspec.yaml')));
  expect(outputs['artifact-dir']).toBe(outputDir);

  // The zip: the same four files at its root.
  const zip = readFileSync(artifact);
  expectZipOf(zip, outputDir, ['appspec.yaml', 'imageDetail.json', 'imagedefinitions.json', 'taskdef.json']);
  expect(outputs['artifact-zip']).toBe(artifact);
  expect(outputs['artifact-sha256']).toBe(createHash('sha256').update(zip).digest('hex'));

  // The upload: the object is the zip, with the revision summary CodePipeline shows.
  if (expected.s3) {
    const object = await getObject(expected.s3.bucket, expected.s3.key);
    expect(object.body).toEqual(zip);
    expect(object.metadata['codepipeline-artifact-revision-summary']).toBe(
      `${imageUri} (commit ${workspace.sha.slice(0, 7)})`,
    );
    expect(outputs['s3-uri']).toBe(`s3://${expected.s3.bucket}/${expected.s3.key}`);
  } else {
    expect(outputs['s3-uri'] ?? '').toBe('');
  }

  expectNoPasswordLeft(workspace, run, expected.maskCommand);
  return digest;
}

/**
 * An extra image's artifact (Image2 … Image4 of CodeDeployToECS): its directory holds only its `imageDetail.json`,
 * pinned to `imageUri`, and the tool's list of it; its zip holds only that file. Returns the zip's bytes.
 */
export function expectImageArtifact(dir: string, zipPath: string, imageUri: string): Buffer {
  expect(readdirSync(dir).sort()).toEqual(['.ecs-bluegreen-build.json', 'imageDetail.json']);
  expect(JSON.parse(readFileSync(join(dir, '.ecs-bluegreen-build.json'), 'utf8'))).toEqual({
    tool: 'ecs-bluegreen-build',
    files: ['imageDetail.json'],
  });
  expect(JSON.parse(readFileSync(join(dir, 'imageDetail.json'), 'utf8'))).toEqual({ ImageURI: imageUri });
  const zip = readFileSync(zipPath);
  expectZipOf(zip, dir, ['imageDetail.json']);
  return zip;
}

/** The zip holds exactly `names` at its root, in that order, each the directory's file byte for byte, at a fixed time and mode. */
function expectZipOf(zip: Buffer, dir: string, names: readonly string[]): void {
  const entries = readZip(zip);
  expect(entries.map((entry) => entry.name)).toEqual(names);
  for (const entry of entries) {
    expect(entry.data).toEqual(readFileSync(join(dir, entry.name)));
    expect(entry.dosDateTime).toBe((0 << 25) | (1 << 21) | (1 << 16)); // 1980-01-01 00:00:00
    expect(entry.unixMode & 0o777).toBe(0o644);
  }
  expect(zip.length).toBeLessThan(3 * 1024 * 1024);
}

/**
 * The registry password and the token that carries it appear in no output, in no file
 * of the workspace, and no private Docker config is left in the run's temp directory.
 */
export function expectNoPasswordLeft(workspace: Workspace, run: ToolRun, allowedLine?: RegExp): void {
  const token = Buffer.from(`AWS:${stack.registryPassword}`).toString('base64');
  for (const secret of [stack.registryPassword, token]) {
    const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes(secret));
    expect(lines.filter((line) => !allowedLine?.test(line))).toEqual([]);
    expect(filesContaining(workspace.dir, secret)).toEqual([]);
    expect(filesContaining(workspace.tmp, secret)).toEqual([]);
  }
  expect(existsSync(workspace.tmp) ? readdirSync(workspace.tmp) : []).toEqual([]);
}
