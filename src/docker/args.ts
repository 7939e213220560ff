/**
 * Docker command lines, as pure functions of the build config: table-tested, and the only
 * place that knows the flags of each builder.
 */
import type { DockerBuildConfig } from '../config';

/**
 * How this machine's Docker builds: `buildx` (Docker ≥ 23, or the plugin), the engine's own
 * BuildKit (`DOCKER_BUILDKIT=1` with a pre-23 client), or the legacy builder (a ≥ 23 client
 * without buildx, which refuses `DOCKER_BUILDKIT=1`).
 */
export type Builder =
  | { readonly kind: 'buildx'; readonly driver: string }
  | { readonly kind: 'buildkit' }
  | { readonly kind: 'legacy' };

export interface BuildPlan {
  /** Full references to tag the image with: `registry/repo:tag`. */
  readonly refs: readonly string[];
  /** Where the build writes the image id. */
  readonly iidFile: string;
  /** The registry layer cache, when on: `registry/repo:buildcache`. */
  readonly cacheRef?: string;
  /** Whether the cache exists to be read (a first build would print BuildKit's "not found" error). */
  readonly importCache: boolean;
  /** Whether this build may update the cache (not when the cache tag is immutable). */
  readonly exportCache: boolean;
}

export interface DockerCommand {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/**
 * Where the layer cache lives for a builder. `inline`: in the pushed cache image's own config
 * (the `docker` driver and the engine's BuildKit can do no better); `registry`: a separate cache
 * manifest that buildx exports itself, all layers included (`mode=max`), in the form ECR accepts.
 */
export function cacheMode(builder: Builder): 'inline' | 'registry' | 'none' {
  if (builder.kind === 'legacy') return 'none';
  return builder.kind === 'buildx' && builder.driver !== 'docker' ? 'registry' : 'inline';
}

/** The `docker build` command for `build` on `builder`. */
export function buildCommand(build: DockerBuildConfig, builder: Builder, plan: BuildPlan): DockerCommand {
  const args: string[] = builder.kind === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
  if (builder.kind !== 'legacy') args.push('--progress=plain');
  args.push('--file', build.dockerfile, '--iidfile', plan.iidFile);
  for (const ref of plan.refs) args.push('--tag', ref);
  for (const [key, value] of build.buildArgs) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of build.labels) args.push('--label', `${key}=${value}`);
  if (build.target !== undefined) args.push('--target', build.target);
  if (build.platform !== undefined) args.push('--platform', build.platform);
  if (plan.cacheRef !== undefined) args.push(...cacheArgs(builder, plan.cacheRef, plan.importCache, plan.exportCache));
  args.push(build.context);
  return { args, env: builder.kind === 'buildx' ? {} : { DOCKER_BUILDKIT: builder.kind === 'buildkit' ? '1' : '0' } };
}

function cacheArgs(builder: Builder, ref: string, importCache: boolean, exportCache: boolean): string[] {
  const mode = cacheMode(builder);
  if (mode === 'none') return [];
  const from = builder.kind === 'buildx' ? `type=registry,ref=${ref}` : ref;
  const args = importCache ? ['--cache-from', from] : [];
  if (!exportCache) return args;
  if (mode === 'registry') return [...args, '--cache-to', `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true`];
  return [...args, ...(builder.kind === 'buildx' ? ['--cache-to', 'type=inline'] : ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'])];
}

/**
 * The manifest digest `docker push` reports: its last line reads `<tag>: digest: sha256:… size: N`
 * (the same words since Docker 1.10).
 */
export function parsePushDigest(output: string): string | undefined {
  const matches = [...output.matchAll(/digest: (sha256:[0-9a-f]{64}) size: \d+/g)];
  return matches.at(-1)?.[1];
}

/** The builder for this machine, from `docker version` and whether `docker buildx` answered. */
export function chooseBuilder(clientVersion: string, buildxDriver: string | undefined): Builder {
  if (buildxDriver !== undefined) return { kind: 'buildx', driver: buildxDriver };
  const major = Number.parseInt(clientVersion, 10);
  return Number.isNaN(major) || major >= 23 ? { kind: 'legacy' } : { kind: 'buildkit' };
}
