/**
 * The artifacts of a build: the main one (task definition, the appspec unless deploy-target is ecs, Image1's
 * `imageDetail.json`, `imagedefinitions.json` of every image) and, for each extra image, one holding its own
 * `imageDetail.json` for the pipeline's `Image<N>ArtifactName`. All are composed and checked
 * before any is written, and uploaded only once all are written.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { basename, resolve } from 'node:path';
import { withDirectoryLocks } from '../artifact/lock';
import { replaceDirectory, writeFileAtomic, type ArtifactFile } from '../artifact/write';
import { sha256Hex, zipFiles } from '../artifact/zip';
import type { BuildConfig } from '../config';
import { checkArtifactSize } from '../deploy-files/artifact-size';
import { IMAGE_DETAIL_FILE, imageDefinitionsJson, imageDetailJson } from '../deploy-files/image-detail';
import { formatImageUri } from '../deploy-files/image-uri';
import { fillImages, serializeJson } from '../deploy-files/render-files';
import { UserError } from '../errors';
import { withSlug, type ImageSpec, type PinnedImage } from '../images';
import type { Outputs } from '../outputs';
import { uploadArtifact } from '../s3/upload';
import type { Logger } from '../log';
import { parsedTaskDefinition, type CheckedFiles } from './deploy-files';

/** One artifact, composed: its directory's files and its zip. */
interface Artifact {
  /** The image whose `imageDetail.json` it holds. */
  readonly image: PinnedImage;
  readonly dir: string;
  readonly zipPath: string;
  readonly s3Key?: string;
  readonly files: ArtifactFile[];
  readonly zip: Buffer;
  /** The zip's SHA-256, hex. */
  readonly sha256: string;
}

/**
 * An image URI of the length the pushed one will have, for the size check before the build.
 */
export function placeholderImage(spec: ImageSpec, region: string): PinnedImage {
  const digest = `sha256:${'0'.repeat(64)}`;
  const uri =
    spec.kind === 'prebuilt'
      ? formatImageUri({ ...spec.image, tag: undefined, digest })
      : `${'0'.repeat(12)}.dkr.ecr.${region}.amazonaws.com/${spec.repository}@${digest}`;
  return { spec, uri, digest: '', tags: [] };
}

/** Every artifact of the run for `images` (in `config.images` order), checked against CodePipeline's size limits. */
export async function composeArtifacts(
  config: BuildConfig,
  files: CheckedFiles,
  images: readonly PinnedImage[],
  log: Logger,
): Promise<Artifact[]> {
  const [image1, ...extras] = images as [PinnedImage, ...PinnedImage[]];
  const main = await composeMain(config, files, image1, images, log);
  const others = await Promise.all(
    extras.map(async (image): Promise<Artifact> => {
      const extra = image.spec.extra;
      if (extra === undefined) throw new Error('an extra image without its artifact');
      const artifactFiles = [{ name: IMAGE_DETAIL_FILE, data: Buffer.from(imageDetailJson(image.uri)) }];
      const zip = await zipFiles(artifactFiles);
      return {
        image,
        dir: extra.dir,
        zipPath: extra.zip,
        files: artifactFiles,
        zip,
        sha256: sha256Hex(zip),
        ...(config.s3 && { s3Key: withSlug(config.s3.key, extra.slug) }),
      };
    }),
  );
  return [main, ...others];
}

async function composeMain(
  config: BuildConfig,
  files: CheckedFiles,
  image1: PinnedImage,
  images: readonly PinnedImage[],
  log: Logger,
): Promise<Artifact> {
  const taskDefinition = parsedTaskDefinition(files.check);
  const render = config.files.render;
  const taskdefText =
    render !== undefined
      ? serializeJson(
          fillImages(
            taskDefinition,
            image1.uri,
            render,
            images.slice(1).map((image) => ({ placeholder: image.spec.placeholder, uri: image.uri })),
          ),
        )
      : files.check.removedFields.length > 0
        ? serializeJson(taskDefinition)
        : files.taskdef.text;
  const artifact: ArtifactFile[] = [
    { name: basename(files.taskdef.path), data: Buffer.from(taskdefText) },
    ...(files.appspec !== undefined
      ? [{ name: basename(files.appspec.path), data: Buffer.from(files.appspec.text) }]
      : []),
    { name: IMAGE_DETAIL_FILE, data: Buffer.from(imageDetailJson(image1.uri)) },
    { name: 'imagedefinitions.json', data: Buffer.from(imageDefinitionsJson(imageDefinitions(files, images))) },
  ];
  const names = artifact.map((file) => file.name);
  const clash = names.find((name, i) => names.indexOf(name) !== i);
  if (clash !== undefined) {
    throw new UserError(
      `two artifact files would be named ${clash}`,
      { file: clash },
      'rename the task definition or appspec file',
    );
  }
  const zip = await zipFiles(artifact);
  const size = checkArtifactSize(
    zip.length,
    artifact.map((file) => ({ name: file.name, bytes: file.data.length })),
    config.artifact,
  );
  for (const finding of size.filter((f) => f.severity === 'warning')) log.warning(finding.message);
  const error = size.find((finding) => finding.severity === 'error');
  if (error !== undefined) throw new UserError(error.message, { input: 'artifact' }, error.fix);
  return {
    image: image1,
    dir: config.outputDir,
    zipPath: config.artifact,
    ...(config.s3 && { s3Key: config.s3.key }),
    files: artifact,
    zip,
    sha256: sha256Hex(zip),
  };
}

/** Every container that gets an image of this run, with that image (Image1's first, then by placeholder). */
function imageDefinitions(files: CheckedFiles, images: readonly PinnedImage[]): { name: string; imageUri: string }[] {
  return files.check.containersPerImage.flatMap((target) => {
    const image =
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc reads images[0] as possibly undefined
      images.find((candidate) => candidate.spec.placeholder === target.placeholder) ?? (images[0] as PinnedImage);
    return target.containers.map((name) => ({ name, imageUri: image.uri }));
  });
}

/**
 * Writes every artifact (directories first, then the zips), then uploads the zips; returns the
 * outputs, Image1's and the main artifact's, and `images` for all.
 */
export async function writeArtifacts(
  config: BuildConfig,
  artifacts: readonly Artifact[],
  log: Logger,
  s3: S3Client | undefined,
): Promise<{ outputs: Outputs; files: readonly string[] }> {
  // Another run writing the same directories waits for this one: each run's directory and zip stay a pair.
  await withDirectoryLocks(
    artifacts.map((artifact) => artifact.dir),
    'output-dir',
    async () => {
      for (const artifact of artifacts) await replaceDirectory(artifact.dir, artifact.files, 'output-dir');
      for (const artifact of artifacts) await writeFileAtomic(artifact.zipPath, artifact.zip);
    },
  );
  for (const artifact of artifacts) {
    log.info(`${artifact.dir}/: ${artifact.files.map((file) => file.name).join(', ')}`);
    log.info(`${artifact.zipPath}: ${artifact.zip.length} bytes, sha256 ${artifact.sha256}`);
  }
  const uploads = await Promise.all(
    artifacts.map(async (artifact) => {
      if (config.s3 === undefined || s3 === undefined || artifact.s3Key === undefined) return undefined;
      const revision = `${artifact.image.uri}${config.commit.sha ? ` (commit ${config.commit.sha.slice(0, 7)})` : ''}`;
      const uploaded = await uploadArtifact(s3, {
        bucket: config.s3.bucket,
        key: artifact.s3Key,
        body: artifact.zip,
        revisionSummary: revision,
      });
      log.info(`uploaded to ${uploaded.uri}${uploaded.versionId ? ` (version ${uploaded.versionId})` : ''}`);
      return uploaded;
    }),
  );
  const images = Object.fromEntries(
    artifacts.map((artifact, i) => {
      const uploaded = uploads[i];
      return [
        artifact.image.spec.placeholder,
        {
          uri: artifact.image.uri,
          digest: artifact.image.digest,
          tags: artifact.image.tags,
          'artifact-dir': resolve(artifact.dir),
          'artifact-zip': resolve(artifact.zipPath),
          'artifact-sha256': artifact.sha256,
          ...(uploaded && { 's3-uri': uploaded.uri }),
          ...(uploaded?.versionId && { 's3-version-id': uploaded.versionId }),
        },
      ];
    }),
  );
  const main = artifacts[0] as Artifact;
  const uploaded = uploads[0];
  return {
    outputs: {
      'image-uri': main.image.uri,
      'image-digest': main.image.digest,
      'image-tags': main.image.tags.join(','),
      'artifact-dir': resolve(main.dir),
      'artifact-zip': resolve(main.zipPath),
      'artifact-sha256': main.sha256,
      ...(uploaded && { 's3-uri': uploaded.uri }),
      ...(uploaded?.versionId && { 's3-version-id': uploaded.versionId }),
      images: JSON.stringify(images),
    },
    files: main.files.map((file) => file.name),
  };
}
