/**
 * The unit of the build: an `ImageSpec` says what to build or take for one placeholder of the
 * task definition (Image1 from the top-level inputs, Image2 … Image4 from `extra-images`); a
 * `PinnedImage` is what was pushed or found, pinned to its digest. Pure.
 */
import { formatImageUri, type ImageReference } from './deploy-files/image-uri';
import type { Subject } from './errors';

/** What makes one image's build its own; everything else of a build is the run's (`BuildSettings`). */
export interface ImageBuild {
  readonly context: string;
  readonly dockerfile: string;
  readonly buildArgs: readonly (readonly [string, string])[];
  readonly target?: string;
  /** Tag of the registry layer cache, when the cache is on. */
  readonly cacheTag?: string;
}

/** The build settings of the whole run, the same for every image it builds: given once, at the top level. */
export interface BuildSettings {
  readonly platform?: string;
  /** User labels merged over the OCI labels derived from the commit. */
  readonly labels: readonly (readonly [string, string])[];
  readonly noCache: boolean;
  readonly pull: boolean;
  /** Build secrets by id, from `secrets` and `secret-envs` (the value read from the environment). */
  readonly secrets: readonly (readonly [string, string])[];
  /** `--ssh` values: `default`, `default=path` or `id=path`. */
  readonly ssh: readonly string[];
  /** A buildx builder name; absent: the current builder. */
  readonly builder?: string;
  /** `--provenance` for buildx: `false`, `true`, `mode=min` or `mode=max`. */
  readonly provenance: string;
}

/** What every image of the run has, built or prebuilt. */
interface ImageCommon {
  /** The placeholder the image fills, without brackets: `IMAGE1_NAME`. */
  readonly placeholder: string;
  /** An image of `extra-images`: how messages name its entry, and its own artifact. */
  readonly extra?: ExtraArtifact;
}

/** An image built here and pushed to its ECR repository. */
export interface BuiltImageSpec extends ImageCommon {
  readonly kind: 'build';
  readonly repository: string;
  /** The account of the repository's registry, when it is not the credentials' own. */
  readonly registryId?: string;
  /** A FIPS or dual-stack registry host the repository URI gave: pushed to and logged in to there. */
  readonly registryHost?: string;
  /**
   * An ECR Public repository (`public.ecr.aws/<alias>/<repository>`): its registry's alias. Looked up, created, logged
   * in to and confirmed through ECR Public's API; `registryId` and `registryHost` are then absent.
   */
  readonly publicAlias?: string;
  readonly build: ImageBuild;
  /** Rendered tags to push. */
  readonly tags: readonly string[];
}

/** An image built elsewhere, pinned here to its digest. */
export interface PrebuiltImageSpec extends ImageCommon {
  readonly kind: 'prebuilt';
  readonly image: ImageReference;
}

/** What to build or take for one placeholder. */
export type ImageSpec = BuiltImageSpec | PrebuiltImageSpec;

/** The artifact of an extra image: a directory and a zip holding its `imageDetail.json`, for `Image<N>ArtifactName`. */
export interface ExtraArtifact {
  /** `entry 1 (IMAGE2_NAME)`. */
  readonly entry: string;
  /** `image2` for `IMAGE2_NAME`: the suffix of its directory, zip and S3 key. */
  readonly slug: string;
  readonly dir: string;
  readonly zip: string;
}

/** The pushed (or given) image, pinned. */
export interface PinnedImage {
  readonly spec: ImageSpec;
  /** `registry/repository@sha256:…`. */
  readonly uri: string;
  readonly digest: string;
  readonly tags: readonly string[];
}

/**
 * The suffix of an extra image's artifact directory, zip and S3 key: the placeholder lowercased, a trailing `_name`
 * dropped, `_` as `-` (`IMAGE2_NAME` → `image2`, `ENVOY_IMAGE` → `envoy-image`).
 */
export function extraImageSlug(placeholder: string): string {
  return placeholder
    .toLowerCase()
    .replace(/_name$/, '')
    .replaceAll('_', '-');
}

/** `path` with `-<slug>` before its `.zip` extension (or at its end): `ecs-deploy.zip` → `ecs-deploy-image2.zip`. */
export function withSlug(path: string, slug: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.endsWith('.zip') ? `${trimmed.slice(0, -4)}-${slug}.zip` : `${trimmed}-${slug}`;
}

/** The image as messages name it: `IMAGE2_NAME (team/proxy)`. */
export function imageName(spec: ImageSpec): string {
  return `${spec.placeholder} (${spec.kind === 'build' ? spec.repository : formatImageUri(spec.image)})`;
}

/**
 * The subject of an error about `input` of this image: the input itself for Image1, `extra-images`
 * for an extra image (its entry says which in the message).
 */
export function imageSubject(spec: ImageSpec, input: string): Subject & { readonly input: string } {
  return { input: spec.extra === undefined ? input : 'extra-images' };
}

/** A message about an input of this image: as is for Image1, led by the entry for an extra image. */
export function imageMessage(spec: ImageSpec, message: string): string {
  return entryMessage(spec.extra?.entry, message);
}

/** `message`, led by the entry of extra-images it is about (`entry 1 (IMAGE2_NAME): …`), if any. */
export function entryMessage(entry: string | undefined, message: string): string {
  return entry === undefined ? message : `${entry}: ${message}`;
}
