/**
 * Docker command lines, as pure functions of the build config and the plan: table-tested, and the
 * only place that knows the flags of each builder.
 */
import type { BuildSettings, ImageBuild } from '../images';
import { UserError } from '../errors';
import { pushedBy, type Builder, type CachePlan } from './plan';

export interface BuildPlan {
  /** Full references to name the image: `registry/repo:tag`. */
  readonly refs: readonly string[];
  /**
   * Where buildx puts the image: `load` into the daemon the tool talks to (for `docker push`),
   * `store` where the builder keeps images, `push` to the registry by the builder itself.
   * The engine's BuildKit and the legacy builder always load.
   */
  readonly output: 'load' | 'store' | 'push';
  /** Where buildx writes what it built (digests); buildx only. */
  readonly metadataFile: string;
  /** Where the engine's BuildKit and the legacy builder write the image id. */
  readonly iidFile: string;
  /** `[id, file]` of each build secret: the value stays in a file of the private directory. */
  readonly secretFiles: readonly (readonly [string, string])[];
  readonly cache?: CachePlan;
  /**
   * This is the build of the inline cache image (see `planCache`): it exports the inline cache,
   * imports nothing and never rebuilds (`no-cache` and `pull` are for the deployed image's build).
   */
  readonly inlineCacheImage?: boolean;
}

export interface DockerCommand {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/**
 * Refuses inputs the builder cannot honour, naming the input: secrets and SSH need BuildKit,
 * `builder` and attestations need buildx, and attestations on immutable tags need a builder that
 * pushes itself.
 * @param immutableTags whether any tag to push is immutable in the repository
 */
export function checkBuilderSupports(build: BuildSettings, builder: Builder, immutableTags: boolean): void {
  const fix = 'install the docker-buildx plugin (Docker 23 and later build with it)';
  if (builder.kind === 'legacy') {
    const needsBuildKit = [build.secrets.length > 0 && 'secrets', build.ssh.length > 0 && 'ssh'].filter(Boolean);
    if (needsBuildKit.length > 0)
      throw new UserError(
        'needs BuildKit, and this docker client has no buildx plugin',
        { input: needsBuildKit[0] as string },
        fix,
      );
  }
  if (builder.kind !== 'buildx') {
    if (build.builder !== undefined)
      throw new UserError(
        `'${build.builder}' is a buildx builder, and this docker client has no buildx plugin`,
        { input: 'builder' },
        fix,
      );
    if (build.provenance !== 'false')
      throw new UserError(
        'attestations need buildx, and this docker client has no buildx plugin',
        { input: 'provenance' },
        `${fix}, or set provenance to false`,
      );
  }
  if (
    build.provenance !== 'false' &&
    builder.kind === 'buildx' &&
    builder.driver === 'docker' &&
    builder.imageStore === 'classic'
  ) {
    throw new UserError(
      'the docker driver on the classic image store cannot make attestations (buildx refuses them)',
      { input: 'provenance' },
      'turn on the containerd image store, build with another builder, or set provenance to false',
    );
  }
  // With attestations the containerd store holds an index; `docker push` of an index puts its
  // manifests under the tag before the index itself, and an immutable tag refuses the second write.
  if (
    immutableTags &&
    build.provenance !== 'false' &&
    builder.kind === 'buildx' &&
    builder.imageStore === 'containerd' &&
    pushedBy(builder) === 'docker'
  ) {
    throw new UserError(
      'attestations make the image an index, which docker push cannot put under an immutable tag (it writes the tag twice)',
      { input: 'provenance' },
      'set provenance to false, or build with a builder that pushes itself (builder: a docker-container or remote builder)',
    );
  }
}

/**
 * Said whenever attestations are on (and the builder can make them): the tag then holds an OCI image index, and ECR's
 * basic scanning refuses an index ("An artifact with media type 'application/vnd.oci.image.index.v1+json' cannot be
 * scanned"), so scan on push stops without a word from ECR.
 */
export const PROVENANCE_INDEX_WARNING =
  "provenance: the attestations make each tag an OCI image index, and ECR's basic scanning cannot scan an index: scan on push finds nothing for this image. Set provenance to false to keep a single, scannable image manifest.";

/** The build command for `build` on `builder`. */
export function buildCommand(
  image: ImageBuild,
  build: BuildSettings,
  builder: Builder,
  plan: BuildPlan,
): DockerCommand {
  const buildx = builder.kind === 'buildx';
  const args: string[] = buildx ? [...contextArgs(builder), 'buildx', 'build'] : ['build'];
  if (buildx) {
    if (builder.name !== undefined && builder.driver !== 'docker') args.push('--builder', builder.name);
    args.push(...outputArgs(plan.output), '--provenance', build.provenance, '--metadata-file', plan.metadataFile);
  } else {
    args.push('--iidfile', plan.iidFile);
  }
  if (builder.kind !== 'legacy') args.push('--progress=plain');
  args.push('--file', image.dockerfile);
  for (const ref of plan.refs) args.push('--tag', ref);
  for (const [key, value] of image.buildArgs) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of build.labels) args.push('--label', `${key}=${value}`);
  if (image.target !== undefined) args.push('--target', image.target);
  if (build.platform !== undefined) args.push('--platform', build.platform);
  for (const [id, file] of plan.secretFiles) args.push('--secret', `id=${id},src=${file}`);
  for (const ssh of build.ssh) args.push('--ssh', ssh);
  if (!plan.inlineCacheImage) {
    if (build.noCache) args.push('--no-cache');
    if (build.pull) args.push('--pull');
  }
  if (plan.cache !== undefined) args.push(...cacheArgs(builder, plan.cache, plan.inlineCacheImage === true));
  args.push(image.context);
  return { args, env: buildx ? {} : { DOCKER_BUILDKIT: builder.kind === 'buildkit' ? '1' : '0' } };
}

/**
 * A `docker` driver builder is a Docker context: buildx refuses `--builder` for it ("use docker
 * --context=… buildx") and wants the context selected instead.
 */
function contextArgs(builder: Builder): string[] {
  return builder.kind === 'buildx' && builder.name !== undefined && builder.driver === 'docker'
    ? ['--context', builder.name]
    : [];
}

function outputArgs(output: BuildPlan['output']): string[] {
  return output === 'load' ? ['--load'] : ['--output', `type=image,push=${output === 'push'}`];
}

function cacheArgs(builder: Builder, cache: CachePlan, inlineCacheImage: boolean): string[] {
  const buildx = builder.kind === 'buildx';
  if (inlineCacheImage) return buildx ? ['--cache-to', 'type=inline'] : ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'];
  const args = cache.import ? ['--cache-from', buildx ? `type=registry,ref=${cache.ref}` : cache.ref] : [];
  if (cache.mode === 'registry' && cache.export) {
    args.push('--cache-to', `type=registry,ref=${cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`);
  }
  return args;
}

/**
 * The manifest digest `docker push` reports: its last line reads `<tag>: digest: sha256:… size: N`
 * (the same words since Docker 1.10).
 */
export function parsePushDigest(output: string): string | undefined {
  const matches = [...output.matchAll(/digest: (sha256:[0-9a-f]{64}) size: \d+/g)];
  return matches.at(-1)?.[1];
}

/**
 * The builder for this machine, from `docker version`, the driver of the buildx builder (when
 * `docker buildx inspect` answered) and the image store of the daemon a `docker` driver uses.
 */
export function chooseBuilder(
  clientVersion: string,
  buildx: { driver: string; name?: string; imageStore: 'classic' | 'containerd' } | undefined,
): Builder {
  if (buildx !== undefined) return { kind: 'buildx', ...buildx };
  const major = Number.parseInt(clientVersion, 10);
  return Number.isNaN(major) || major >= 23 ? { kind: 'legacy' } : { kind: 'buildkit' };
}

/** The image store `docker info`'s `{{json .DriverStatus}}` shows: the containerd snapshotter, or the classic store. */
export function parseImageStore(driverStatus: string): 'classic' | 'containerd' {
  return driverStatus.includes('io.containerd.snapshotter') ? 'containerd' : 'classic';
}
