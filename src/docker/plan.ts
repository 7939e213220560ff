/**
 * The build's decisions, as pure functions of what was detected and looked up: where the layer
 * cache lives, who pushes, what the builder's metadata says the image is, and whether a tag an
 * immutable repository already holds is this very image. Table-tested; no I/O.
 */

/**
 * How this machine's Docker builds: `buildx` (Docker ≥ 23, or the plugin), the engine's own
 * BuildKit (`DOCKER_BUILDKIT=1` with a pre-23 client), or the legacy builder (a ≥ 23 client
 * without buildx, which refuses `DOCKER_BUILDKIT=1`).
 */
export type Builder =
  | {
      readonly kind: 'buildx';
      readonly driver: string;
      /** The builder the user named (`builder` input); absent: the current one. */
      readonly name?: string;
      /** The image store of the daemon a `docker` driver builds in (other drivers keep their own). */
      readonly imageStore: 'classic' | 'containerd';
    }
  | { readonly kind: 'buildkit' }
  | { readonly kind: 'legacy' };

/**
 * Where the layer cache lives for a builder.
 * - `registry`: a separate cache manifest the builder exports itself, every step's layers
 *   included (`mode=max`), in the form ECR accepts: buildx drivers other than `docker`, and the
 *   `docker` driver on the containerd image store.
 * - `inline`: cache metadata in the config of an image of its own under the cache tag — the only
 *   export the engine's BuildKit and the `docker` driver on the classic store have.
 * - `none`: the legacy builder has no cache import.
 */
export type CacheMode = 'registry' | 'inline' | 'none';

/** The cache mode of `builder` (see `CacheMode`). */
export function cacheMode(builder: Builder): CacheMode {
  if (builder.kind === 'legacy') return 'none';
  if (builder.kind === 'buildkit') return 'inline';
  return builder.driver !== 'docker' || builder.imageStore === 'containerd' ? 'registry' : 'inline';
}

/**
 * Who pushes the image. `docker`: `docker push` of the image the build loaded into the daemon the
 * tool talks to. `builder`: buildx pushes it itself — a named builder or a driver other than
 * `docker` keeps the image where it built it (another daemon, a BuildKit container or cluster).
 */
export function pushedBy(builder: Builder): 'docker' | 'builder' {
  return builder.kind === 'buildx' && (builder.name !== undefined || builder.driver !== 'docker')
    ? 'builder'
    : 'docker';
}

/** The layer cache of one build. */
export interface CachePlan {
  readonly mode: CacheMode;
  /** `registry/repo:cache-tag`. */
  readonly ref: string;
  /** Read it: it exists, and `no-cache` is off. */
  readonly import: boolean;
  /** Update it: the cache tag is not immutable, and the engine does not keep the layers itself. */
  readonly export: boolean;
}

/**
 * The cache plan, or undefined when there is no cache (off, or the legacy builder). An inline
 * cache is never exported by the build of the deployed image: BuildKit's inline metadata differs
 * from build to build when a registry cache was imported (it lists the layers it did not take
 * from the import), which would make every re-run a new image. It goes in a second, fully cached
 * build of its own under the cache tag instead.
 */
export function planCache(
  builder: Builder,
  options: {
    readonly ref: string | undefined;
    readonly exists: boolean;
    readonly immutable: boolean;
    readonly noCache: boolean;
    /** The engine keeps its layers between builds (CodeBuild's Docker server): exporting them is wasted work. */
    readonly engineKeepsLayers?: boolean;
  },
): CachePlan | undefined {
  const mode = cacheMode(builder);
  if (options.ref === undefined || mode === 'none') return undefined;
  return {
    mode,
    ref: options.ref,
    import: options.exists && !options.noCache,
    export: !options.immutable && options.engineKeepsLayers !== true,
  };
}

/** What one image's plan is made from: its repository, tags and cache, and what the repository holds. */
export interface ImagePlanInput {
  /** `registry/repository`. */
  readonly repositoryUri: string;
  readonly tags: readonly string[];
  /** The cache tag; absent with the cache off. */
  readonly cacheTag?: string;
  readonly noCache: boolean;
  readonly immutable: (tag: string) => boolean;
  /** The tags of `tagsToLookUp` the repository holds. */
  readonly stored: ReadonlyMap<string, TaggedImage>;
  /** The engine keeps its layers between builds (see `locateDockerEngine`). */
  readonly engineKeepsLayers?: boolean;
}

/** How one image is built and where it goes. */
export interface ImagePlan {
  /** `registry/repository:tag` of each tag. */
  readonly refs: readonly string[];
  /**
   * Where the build puts the image: `load` into the daemon, for `docker push`; `push` by the
   * builder itself; `store` kept in the builder, when an immutable tag exists and the image must
   * be compared before anything is pushed (a second, fully cached build then pushes the new tags).
   */
  readonly output: 'load' | 'store' | 'push';
  readonly cache?: CachePlan;
  /** The cache tag is immutable: the cache is read, never updated (the user is told). */
  readonly cacheFrozen: boolean;
  /** The inline cache image: a second, fully cached build under the cache tag, loaded for `docker push` or pushed by the builder. */
  readonly cacheImage?: 'load' | 'push';
}

/**
 * The tags to look up before building, in one call: the cache, and every tag — immutable ones this build may not
 * overwrite, and the others to tell whether the cache already holds an unchanged build (see `cacheHoldsBuild`). All of
 * them, whatever the repository's mutability: the lookup runs beside the repository's, before its answer.
 */
export function tagsToLookUp(tags: readonly string[], cacheTag: string | undefined): string[] {
  return [...new Set([...(cacheTag === undefined ? [] : [cacheTag]), ...tags])];
}

/** The plan of one image on `builder` (see `ImagePlan`). */
export function planImage(builder: Builder, input: ImagePlanInput): ImagePlan {
  const { cacheTag } = input;
  const by = pushedBy(builder);
  const cache = planCache(builder, {
    ref: cacheTag === undefined ? undefined : `${input.repositoryUri}:${cacheTag}`,
    exists: cacheTag !== undefined && input.stored.has(cacheTag),
    immutable: cacheTag !== undefined && input.immutable(cacheTag),
    noCache: input.noCache,
    ...(input.engineKeepsLayers !== undefined && { engineKeepsLayers: input.engineKeepsLayers }),
  });
  const cacheImmutable = cacheTag !== undefined && input.immutable(cacheTag);
  const compareFirst = input.tags.some((tag) => input.immutable(tag) && input.stored.has(tag));
  return {
    refs: input.tags.map((tag) => `${input.repositoryUri}:${tag}`),
    output: by === 'docker' ? 'load' : compareFirst ? 'store' : 'push',
    ...(cache && { cache }),
    cacheFrozen: cache !== undefined && cacheImmutable,
    ...(cache?.mode === 'inline' &&
      cache.export && { cacheImage: by === 'docker' ? ('load' as const) : ('push' as const) }),
  };
}

/**
 * What the builder says it built: the manifest (or index) digest when known before a push, and
 * the config digest of a single image. The classic store keeps no manifest (`docker push` makes
 * one): there, only the config digest is known; an index (attestations) has no config of its own.
 */
export type BuiltImage =
  | { readonly manifestDigest: string; readonly configDigest?: string }
  | { readonly manifestDigest?: undefined; readonly configDigest: string };

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * Reads buildx's `--metadata-file`. On the classic store `containerimage.digest` is the config
 * digest (the store has no manifest until `docker push`); on the containerd store and for a
 * builder that pushed, `containerimage.descriptor` (or a digest that is not the config's) is the
 * manifest or index. Undefined when the file holds no image digest.
 */
export function parseBuildMetadata(text: string): BuiltImage | undefined {
  let metadata: Record<string, unknown>;
  try {
    metadata = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const config = metadata['containerimage.config.digest'];
  const digest = metadata['containerimage.digest'];
  const descriptor = (metadata['containerimage.descriptor'] as { digest?: unknown } | undefined)?.digest;
  const configDigest = typeof config === 'string' && DIGEST.test(config) ? config : undefined;
  const manifest = typeof descriptor === 'string' ? descriptor : digest !== config ? digest : undefined;
  if (typeof manifest === 'string' && DIGEST.test(manifest))
    return { manifestDigest: manifest, ...(configDigest && { configDigest }) };
  return configDigest === undefined ? undefined : { configDigest };
}

/** An image a tag points at in the repository. */
export interface TaggedImage {
  readonly digest: string;
  /** Present when the tag points at a single image manifest (not at an index). */
  readonly configDigest?: string;
  /** The layers' digests, in order, when the tag points at a single image manifest. */
  readonly layers?: readonly string[];
}

/**
 * Whether the inline cache image under `cacheTag` already serves this very build, so that building and pushing it
 * again would only rewrite what the registry holds: one of `tags` already points at the built image (an unchanged
 * re-run), and the cache tag at an image of exactly its layers. The cache image is a fully cached build of the same
 * steps: same layers, cache metadata in its config.
 */
export function cacheHoldsBuild(
  built: BuiltImage,
  tags: readonly string[],
  stored: ReadonlyMap<string, TaggedImage>,
  cacheTag: string,
): boolean {
  const cache = stored.get(cacheTag)?.layers;
  if (cache === undefined) return false;
  return tags.some((tag) => {
    const image = tag === cacheTag ? undefined : stored.get(tag);
    const layers = image?.layers;
    return (
      image !== undefined &&
      layers !== undefined &&
      isSameImage(built, image) &&
      layers.length === cache.length &&
      layers.every((layer, i) => layer === cache[i])
    );
  });
}

/**
 * Whether a stored image is the built one, compared like for like: manifest digest with manifest
 * digest when the builder knows its manifest, else config digest with the stored manifest's
 * config (an index has none: it is not the single image the classic store built).
 */
export function isSameImage(built: BuiltImage, stored: TaggedImage): boolean {
  return built.manifestDigest !== undefined
    ? stored.digest === built.manifestDigest
    : stored.configDigest === built.configDigest;
}

/** Both sides of a mismatch in the same terms, for the message. */
export function describeMismatch(built: BuiltImage, stored: TaggedImage): string {
  if (built.manifestDigest !== undefined) return `${stored.digest}; this build is ${built.manifestDigest}`;
  const config = stored.configDigest === undefined ? 'an image index, not one image' : `config ${stored.configDigest}`;
  return `${stored.digest}, ${config}; this build is the image with config ${built.configDigest}`;
}

/** Which tags to push, and the ones already in place. */
export interface PushPlan {
  /** Tags to push, in order. */
  readonly push: readonly string[];
  /** Immutable tags that already point at this image, with their digest: not pushed again. */
  readonly inPlace: ReadonlyMap<string, string>;
  /** An immutable tag that points at another image: nothing may be pushed. */
  readonly conflict?: { readonly tag: string; readonly detail: string };
}

/**
 * The push plan for `tags`: every tag is pushed unless it is immutable and already exists; an
 * existing immutable tag must point at this very image, or the plan is a conflict (decided for all
 * tags before any push).
 */
export function planPush(
  tags: readonly string[],
  immutable: (tag: string) => boolean,
  stored: ReadonlyMap<string, TaggedImage>,
  built: BuiltImage,
): PushPlan {
  const inPlace = new Map<string, string>();
  const push: string[] = [];
  for (const tag of tags) {
    const image = immutable(tag) ? stored.get(tag) : undefined;
    if (image === undefined) {
      push.push(tag);
    } else if (isSameImage(built, image)) {
      inPlace.set(tag, image.digest);
    } else {
      return { push: [], inPlace: new Map(), conflict: { tag, detail: describeMismatch(built, image) } };
    }
  }
  return { push, inPlace };
}
