/**
 * The build job, step by step, over the modules that reach the outside. Validation comes first
 * and touches nothing remote; nothing is pushed while a check can still fail; nothing is written
 * until the image is in the registry.
 */
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { S3Client } from '@aws-sdk/client-s3';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { replaceDirectory, writeFileAtomic, type ArtifactFile } from '../artifact/write';
import { sha256Hex, zipFiles } from '../artifact/zip';
import { runCommand } from '../command';
import type { BuildConfig, DockerBuildConfig } from '../config';
import { checkArtifactSize } from '../deploy-files/artifact-size';
import { imageDefinitionsJson, imageDetailJson } from '../deploy-files/image-detail';
import { formatImageUri, type ImageReference } from '../deploy-files/image-uri';
import { renderTaskDefinition, serializeJson } from '../deploy-files/render';
import { buildCommand, checkBuilderSupports, type BuildPlan } from '../docker/args';
import { createDockerConfigDir } from '../docker/config-dir';
import { buildImage, detectBuilder, dockerLogin, dockerLogout, pushImage, type DockerSession } from '../docker/docker';
import { planCache, planPush, pushedBy, type Builder, type BuiltImage } from '../docker/plan';
import {
  createEcrClient, createRepository, describeImage, findImagesByTag, findRepository, getRegistryLogins, isTagImmutable,
  type RegistryLogin, type Repository,
} from '../ecr/ecr';
import { ServiceError, UserError } from '../errors';
import { checkFiles, parsedTaskDefinition, type CheckedFiles } from './deploy-files';
import type { Host } from '../hosts/host';
import type { Outputs } from '../outputs';
import { preflight } from '../preflight';
import { checkBucket, createS3Client, uploadArtifact } from '../s3/upload';

/** `build`: the whole Build stage. Returns the outputs and the artifact's file names. */
export async function runBuild(config: BuildConfig, host: Host): Promise<{ outputs: Outputs; files: readonly string[] }> {
  const client = createEcrClient(config.region, config.limits); // loads the SDK while the files are checked
  const files = await host.group('Check the deployment files', async () => {
    const checked = await checkFiles(host, config.files, { requirePlaceholder: true });
    await preflight(config, checked, host.env);
    // Would the artifact fit? The digest is not known yet, but its length is.
    await composeArtifact(config, checked, placeholderImage(config), host);
    return checked;
  }).catch(async (error: unknown) => {
    (await client).destroy();
    throw error;
  });
  const ecr = await client;
  const s3 = config.s3 === undefined ? undefined : await createS3Client(config.region, config.limits);
  try {
    if (s3 !== undefined && config.s3 !== undefined) {
      const bucket = config.s3.bucket;
      await host.group(`Check bucket ${bucket}`, () => checkBucket(s3, bucket, host));
    }
    const image = config.image === undefined
      ? await buildAndPush(config, host, ecr)
      : await host.group('Resolve the image', () => resolveImage(config.image as ImageReference, config, ecr));
    return await host.group('Write the artifact', () => writeArtifact(config, host, files, image, s3));
  } finally {
    ecr.destroy();
    s3?.destroy();
  }
}

/** An image URI of the length the pushed one will have, for the size check before the build. */
function placeholderImage(config: BuildConfig): PinnedImage {
  const digest = `sha256:${'0'.repeat(64)}`;
  const uri = config.image !== undefined
    ? formatImageUri({ ...config.image, tag: undefined, digest })
    : `${'0'.repeat(12)}.dkr.ecr.${config.region}.amazonaws.com/${config.repository ?? ''}@${digest}`;
  return { uri, digest: '', tags: [] };
}

/** The pushed (or given) image, pinned. */
interface PinnedImage {
  readonly uri: string;
  readonly digest: string;
  readonly tags: readonly string[];
}

async function buildAndPush(config: BuildConfig, host: Host, ecr: ECRClient): Promise<PinnedImage> {
  const build = config.build;
  const name = config.repository;
  if (build === undefined || name === undefined) throw new Error('build without build settings');
  for (const [, value] of build.secrets) host.mask(value);
  // Independent lookups, at once: the repository and the tags it holds that matter (the cache,
  // and immutable ones this build may not overwrite), a registry login, what this Docker can do.
  const [[repository, stored], logins, builder] = await host.group('Find the repository and Docker', () => Promise.all([
    ensureRepository(config, host, ecr, name).then(async (found) => {
      const immutable = config.tags.filter((tag) => isTagImmutable(found, tag));
      const lookups = build.cacheTag === undefined ? immutable : [build.cacheTag, ...immutable];
      return [found, await findImagesByTag(ecr, found, lookups)] as const;
    }),
    registryLogins(config, ecr, host),
    detectBuilder(runCommand, host, config.limits, host.env['DOCKER_HOST'], build.builder),
  ]));
  checkBuilderSupports(build, builder, config.tags.some((tag) => isTagImmutable(repository, tag)));
  const registries = logins.map((login) => login.registry);
  const dockerConfig = await createDockerConfigDir(host.env, registries);
  const session: DockerSession = { run: runCommand, env: { DOCKER_CONFIG: dockerConfig.path }, log: host, limits: config.limits };
  let loggedOut: Promise<void> | undefined;
  const logOut = () => (loggedOut ??= registries
    .reduce((done: Promise<void>, registry) => done.then(() => dockerLogout(session, registry).catch(() => undefined)), Promise.resolve())
    .then(() => dockerConfig.remove()));
  try {
    const [, secretFiles] = await host.group(`Log in to ${registries.join(', ')}`, () => Promise.all([
      // One after another: each docker login rewrites the config file, and concurrent ones lose logins.
      logins.reduce((done: Promise<void>, login) => done.then(() => dockerLogin(session, login.registry, login.username, login.password)), Promise.resolve()),
      writeSecretFiles(dockerConfig.path, build.secrets),
    ]));
    const refs = config.tags.map((tag) => `${repository.uri}:${tag}`);
    const cacheTag = build.cacheTag;
    const cache = planCache(builder, {
      ref: cacheTag === undefined ? undefined : `${repository.uri}:${cacheTag}`,
      exists: cacheTag !== undefined && stored.has(cacheTag),
      immutable: cacheTag !== undefined && isTagImmutable(repository, cacheTag),
      noCache: build.noCache,
    });
    if (cache !== undefined && !cache.export) {
      host.warning(`the cache tag '${cacheTag}' is immutable in ${repository.name}: the layer cache is read but not updated. Exclude it from immutability (IMMUTABLE_WITH_EXCLUSION) or set cache-tag.`);
    }
    const by = pushedBy(builder);
    // A builder that pushes itself pushes from the build, unless an immutable tag exists: then
    // the image is built first, compared, and the new tags pushed by a second, fully cached build.
    const compareFirst = config.tags.some((tag) => isTagImmutable(repository, tag) && stored.has(tag));
    const plan: BuildPlan = {
      refs, output: by === 'docker' ? 'load' : compareFirst ? 'store' : 'push',
      metadataFile: join(dockerConfig.path, 'build.json'), iidFile: join(dockerConfig.path, 'image-id'), secretFiles, ...(cache && { cache }),
    };
    const written = builder.kind === 'buildx' ? { metadataFile: plan.metadataFile } : { iidFile: plan.iidFile };
    const built = await host.group(`Build ${refs.join(', ')}`,
      () => buildImage(session, buildCommand(build, builder, plan), written, { pushes: plan.output === 'push' }), 'docker');
    host.info(`built ${[built.manifestDigest, built.configDigest && `config ${built.configDigest}`].filter(Boolean).join(', ')}`);
    // The inline cache image: a second build, fully cached (its log goes to debug), under the cache tag.
    const cachePlan: BuildPlan | undefined = cache?.mode === 'inline' && cache.export
      ? { ...plan, refs: [cache.ref], output: by === 'docker' ? 'load' : 'push', metadataFile: join(dockerConfig.path, 'cache.json'), inlineCacheImage: true }
      : undefined;
    const buildCacheImage = (cacheBuild: BuildPlan) =>
      buildImage(session, buildCommand(build, builder, cacheBuild), builder.kind === 'buildx' ? { metadataFile: cacheBuild.metadataFile } : written,
        { level: 'debug', pushes: cacheBuild.output === 'push' });

    const digest = await host.group('Push', async () => {
      const tags = planPush(config.tags, (tag) => isTagImmutable(repository, tag), stored, built);
      if (tags.conflict !== undefined) {
        throw new UserError(`tag '${tags.conflict.tag}' already exists in ${repository.name}, whose tags are immutable, and points at another image (${tags.conflict.detail})`,
          { input: 'tags' }, 'use a tag that is new for each build, such as {sha}; or deploy the pushed image with image set to its URI');
      }
      for (const tag of tags.inPlace.keys()) host.info(`${repository.uri}:${tag} already points at this image (immutable tag): not pushed again`);
      const toPush = tags.push.map((tag) => `${repository.uri}:${tag}`);
      let pushed: string[];
      if (by === 'docker') {
        // The cache image builds in the daemon while the image's layers go up; it is pushed with the other tags.
        const cacheImage = cachePlan && buildCacheImage(cachePlan).then(() => cachePlan.refs[0]);
        pushed = await dockerPushAll(session, toPush, cacheImage);
      } else {
        pushed = await builderPush(session, build, builder, plan, toPush, built);
        if (cachePlan) await buildCacheImage(cachePlan);
      }
      const digests = new Set([...tags.inPlace.values(), ...pushed, ...(built.manifestDigest ? [built.manifestDigest] : [])]);
      if (digests.size !== 1) throw new ServiceError('docker push', `the tags were pushed with different digests: ${[...digests].join(', ')}`);
      return [...digests][0] as string;
    }, 'docker');
    logOut(); // while ECR confirms the image
    return await confirmImage(ecr, repository, digest, config.tags);
  } finally {
    await logOut();
  }
}

/**
 * Logins for the repository's registry (first) and each of `login-registries`: one
 * GetAuthorizationToken per region, with a client of its own for another region.
 */
async function registryLogins(config: BuildConfig, ecr: ECRClient, host: Host): Promise<RegistryLogin[]> {
  const mask = (secret: string) => host.mask(secret);
  const own = config.registryId === undefined ? undefined : [config.registryId];
  const extra = config.loginRegistries.filter((entry) => !(entry.region === config.region && entry.registryId === config.registryId));
  const regions = [...new Set(extra.map((entry) => entry.region))];
  const byRegion = await Promise.all(regions.map(async (region) => {
    const ids = [...new Set(extra.filter((entry) => entry.region === region).map((entry) => entry.registryId))];
    if (region === config.region) return getRegistryLogins(ecr, mask, ids);
    const client = await createEcrClient(region, config.limits);
    try {
      return await getRegistryLogins(client, mask, ids);
    } finally {
      client.destroy();
    }
  }));
  const logins = [...(await getRegistryLogins(ecr, mask, own)), ...byRegion.flat()];
  return logins.filter((login, i) => logins.findIndex((other) => other.registry === login.registry) === i);
}

/**
 * `docker push` of each reference, and of the inline cache image once it is built; returns the
 * image's digests.
 */
async function dockerPushAll(session: DockerSession, refs: readonly string[], cacheRef: Promise<string | undefined> | undefined): Promise<string[]> {
  const [first, ...others] = refs;
  // The first push uploads the layers; the others, at once, only add names. Concurrent pushes
  // that upload the same layers race: one may put its manifest before another's blob is in.
  // Both settle before either's failure goes up: the cache build writes in the private config
  // directory, which goes once this returns.
  const [pushed, cache] = await Promise.allSettled([first === undefined ? [] : pushImage(session, first).then((digest) => [digest]), cacheRef]);
  if (pushed.status === 'rejected') throw pushed.reason;
  if (cache.status === 'rejected') throw cache.reason;
  const rest = await Promise.all([...others, ...(cache.value ? [cache.value] : [])].map((ref) => pushImage(session, ref)));
  return [...pushed.value, ...rest.slice(0, others.length)];
}

/**
 * The digests of a push by the builder: done by the build itself (`push` output), or by a second
 * build of the same plan, fully cached, naming only the tags still to push — which must give the
 * image the first build gave (checked by the caller, with the tags already in place).
 */
async function builderPush(session: DockerSession, build: DockerBuildConfig, builder: Builder, plan: BuildPlan,
  refs: readonly string[], built: BuiltImage): Promise<string[]> {
  if (refs.length === 0) return [];
  const { cache: _cache, ...rest } = plan;
  // A docker driver on the classic store knows its manifest only once it pushed.
  const pushed = plan.output === 'push'
    ? built
    : await buildImage(session, buildCommand(build, builder, { ...rest, refs, output: 'push' }), { metadataFile: plan.metadataFile }, { pushes: true });
  if (pushed.manifestDigest === undefined) throw new ServiceError('docker buildx build', `pushed ${refs.join(', ')} but reported no manifest digest`);
  session.log.info(`pushed ${refs.join(', ')} (${pushed.manifestDigest})`);
  return [pushed.manifestDigest];
}

/** Writes each build secret to a file of its own (0600) in the private directory, deleted with it. */
async function writeSecretFiles(dir: string, secrets: readonly (readonly [string, string])[]): Promise<[string, string][]> {
  if (secrets.length === 0) return [];
  const secretDir = join(dir, 'secrets');
  await mkdir(secretDir, { mode: 0o700 });
  return Promise.all(secrets.map(async ([id, value]): Promise<[string, string]> => {
    const file = join(secretDir, id);
    await writeFile(file, value, { mode: 0o600 });
    return [id, file];
  }));
}

async function ensureRepository(config: BuildConfig, host: Host, ecr: ECRClient, name: string): Promise<Repository> {
  const found = await findRepository(ecr, name, config.registryId);
  if (found !== undefined) {
    host.info(`${found.uri} (tags ${found.tagMutability.toLowerCase().replace(/_/g, ' ')})`);
    return found;
  }
  const where = `${config.registryId ? `the registry of account ${config.registryId} in ` : ''}${config.region}`;
  if (!config.createRepository) {
    throw new UserError(`'${name}' does not exist in ${where}`, { input: 'repository' },
      'create it (aws ecr create-repository, or your infrastructure code), check the region and registry-id, or set create-repository to true');
  }
  const created = await createRepository(ecr, name, config.registryId);
  host.info(`created ${created.uri}`);
  return created;
}

/** Confirms through ECR that `digest` is stored with every tag. */
async function confirmImage(ecr: ECRClient, repository: Repository, digest: string, tags: readonly string[]): Promise<PinnedImage> {
  const stored = await describeImage(ecr, repository, digest);
  const missing = tags.filter((tag) => !stored.tags.includes(tag));
  if (stored.digest !== digest || missing.length > 0) {
    throw new ServiceError(`ECR DescribeImages ${repository.name}@${digest}`,
      `ECR does not list ${missing.join(', ') || 'the pushed digest'} on this image (it lists ${stored.tags.join(', ') || 'no tags'})`);
  }
  return { uri: `${repository.uri}@${digest}`, digest, tags };
}

/**
 * A prebuilt image, pinned to its digest. In an ECR repository of this account, the digest (or
 * the tag) is looked up, so the artifact never points at an image ECR does not hold; elsewhere a
 * pinned image is taken as is.
 */
async function resolveImage(image: ImageReference, config: BuildConfig, ecr: ECRClient): Promise<PinnedImage> {
  const repository = await findRepository(ecr, image.repository);
  const registry = repository && new URL(`https://${repository.uri}`).host;
  const ours = repository !== undefined && registry === image.registry ? repository : undefined;
  if (image.digest !== undefined) {
    if (ours !== undefined) await describeImage(ecr, ours, image.digest, { input: 'image' });
    return { uri: formatImageUri({ ...image, tag: undefined }), digest: image.digest, tags: image.tag ? [image.tag] : [] };
  }
  const tag = image.tag ?? 'latest';
  if (ours === undefined) {
    throw new UserError(`${formatImageUri(image)} is not in an ECR repository of this account in ${config.region}, so its tag cannot be resolved to a digest`,
      { input: 'image' }, 'pass the image pinned to its digest: registry/repository@sha256:…');
  }
  const stored = (await findImagesByTag(ecr, ours, [tag])).get(tag);
  if (stored === undefined) {
    throw new UserError(`tag '${tag}' does not exist in ${ours.name}`, { input: 'image' }, 'push the image first, or fix the tag');
  }
  return { uri: `${ours.uri}@${stored.digest}`, digest: stored.digest, tags: [tag] };
}

/** The artifact's files for `image`, checked against CodePipeline's size limits. */
async function composeArtifact(config: BuildConfig, files: CheckedFiles, image: PinnedImage, host: Host): Promise<{ files: ArtifactFile[]; zip: Buffer }> {
  const taskDefinition = parsedTaskDefinition(files.check);
  const render = config.files.render;
  const taskdefText = render !== undefined
    ? serializeJson(renderTaskDefinition(taskDefinition, image.uri, render))
    : files.check.removedFields.length > 0 ? serializeJson(taskDefinition) : files.taskdef.text;
  const artifact: ArtifactFile[] = [
    { name: basename(files.taskdef.path), data: Buffer.from(taskdefText) },
    { name: basename(files.appspec.path), data: Buffer.from(files.appspec.text) },
    { name: 'imageDetail.json', data: Buffer.from(imageDetailJson(image.uri)) },
    {
      name: 'imagedefinitions.json',
      data: Buffer.from(imageDefinitionsJson(files.check.imageContainers.map((name) => ({ name, imageUri: image.uri })))),
    },
  ];
  const names = artifact.map((file) => file.name);
  const clash = names.find((name, i) => names.indexOf(name) !== i);
  if (clash !== undefined) {
    throw new UserError(`two artifact files would be named ${clash}`, { file: clash }, 'rename the task definition or appspec file');
  }
  const zip = await zipFiles(artifact);
  const size = checkArtifactSize(zip.length, artifact.map((file) => ({ name: file.name, bytes: file.data.length })), config.artifact);
  for (const finding of size.filter((f) => f.severity === 'warning')) host.warning(finding.message);
  const error = size.find((finding) => finding.severity === 'error');
  if (error !== undefined) throw new UserError(error.message, { input: 'artifact' }, error.fix);
  return { files: artifact, zip };
}

async function writeArtifact(config: BuildConfig, host: Host, files: CheckedFiles, image: PinnedImage, s3: S3Client | undefined)
  : Promise<{ outputs: Outputs; files: readonly string[] }> {
  const artifact = await composeArtifact(config, files, image, host);
  await replaceDirectory(config.outputDir, artifact.files, 'output-dir');
  await writeFileAtomic(config.artifact, artifact.zip);
  const sha256 = sha256Hex(artifact.zip);
  host.info(`${config.outputDir}/: ${artifact.files.map((file) => file.name).join(', ')}`);
  host.info(`${config.artifact}: ${artifact.zip.length} bytes, sha256 ${sha256}`);

  let uploaded: Awaited<ReturnType<typeof uploadArtifact>> | undefined;
  if (config.s3 !== undefined && s3 !== undefined) {
    const revision = `${image.uri}${config.source.sha ? ` (commit ${config.source.sha.slice(0, 7)})` : ''}`;
    uploaded = await uploadArtifact(s3, { ...config.s3, body: artifact.zip, revisionSummary: revision });
    host.info(`uploaded to ${uploaded.uri}${uploaded.versionId ? ` (version ${uploaded.versionId})` : ''}`);
  }
  return {
    outputs: {
      'image-uri': image.uri,
      'image-digest': image.digest,
      'image-tags': image.tags.join(','),
      'artifact-dir': resolve(config.outputDir),
      'artifact-zip': resolve(config.artifact),
      'artifact-sha256': sha256,
      ...(uploaded && { 's3-uri': uploaded.uri }),
      ...(uploaded?.versionId && { 's3-version-id': uploaded.versionId }),
    },
    files: artifact.files.map((file) => file.name),
  };
}
