/**
 * The images of a build: Image1 (entry 0, from the top-level inputs) and each entry of `extra-images`, resolved by
 * one function into an ImageSpec, built or prebuilt; and the run's build settings, once, for all of them. An image
 * takes from the run only what this module passes it explicitly (region, registry, tag templates, cache tag): no
 * per-image setting is inherited from Image1. Pure.
 */
import { UserError, type Subject } from '../errors';
import {
  entryMessage,
  extraImageSlug,
  imageMessage,
  imageSubject,
  withSlug,
  type BuildSettings,
  type ImageSpec,
} from '../images';
import { INPUTS, inputSpec, type InputName } from '../interface';
import { renderTag, type CommitInfo } from '../tags';
import { IMAGE_KEYS, type ImageEntry, type ImageKey } from './image-keys';
import type { InputReader } from './inputs';
import type { Environment } from './types';
import {
  checkBuilderName,
  checkCacheTag,
  checkPlatform,
  checkProvenance,
  checkSsh,
  parseImageInput,
  parseRepositoryInput,
  resolveSecrets,
} from './validators';

/** The top-level inputs of the run's build settings: one value for every image. */
const RUN_BUILD_INPUTS: readonly InputName[] = [
  'platform',
  'labels',
  'cache-tag',
  'no-cache',
  'pull',
  'secrets',
  'secret-envs',
  'ssh',
  'builder',
  'provenance',
];

/**
 * The inputs a prebuilt Image1 (`image`) excludes, in the table's order: its own build keys (but `repository`, which
 * may name it, and `tags`, refused on their own) and the run's build settings.
 */
export const PREBUILT_EXCLUDES: readonly InputName[] = INPUTS.map((spec) => spec.name).filter(
  (name) =>
    RUN_BUILD_INPUTS.includes(name) ||
    IMAGE_KEYS.some((row) => row.built && row.input === name && row.key !== 'repository' && row.key !== 'tags'),
);

/** The run's build settings, from the top-level inputs; the same for every image built. */
export function resolveBuildSettings(inputs: InputReader, env: Environment, commit: CommitInfo): BuildSettings {
  const platform = inputs.text('platform');
  const builder = inputs.text('builder');
  return {
    ...(platform !== undefined && { platform: checkPlatform(platform) }),
    labels: mergeLabels(ociLabels(commit), inputs.pairs('labels')),
    noCache: inputs.boolean('no-cache'),
    pull: inputs.boolean('pull'),
    secrets: resolveSecrets(inputs.pairs('secrets'), inputs.pairs('secret-envs'), env),
    ssh: inputs.list('ssh').map(checkSsh),
    ...(builder !== undefined && { builder: checkBuilderName(builder) }),
    provenance: checkProvenance(inputs.text('provenance')),
  };
}

/** What the run gives each image: the only values an image does not take from its own entry. */
export interface ImageRun {
  readonly region: string;
  /** The registry of Image1's repository: an extra image's too, unless its URI names another. */
  readonly registryId: string | undefined;
  /** The run's tag templates (`tags`, or the default): an image's tags unless it gives its own. */
  readonly templates: readonly string[];
  /** The cache tag, when the cache is on. */
  readonly cacheTag: string | undefined;
  readonly commit: CommitInfo;
  /** What the run says before it starts (a cache left off for a public repository). */
  readonly notices: string[];
  readonly outputDir: string;
  readonly artifact: string;
}

/**
 * The images of the run, Image1 first: each entry resolved the same way, then kept apart from the images before it
 * in the same repository.
 */
export function resolveImages(
  image1: ImageEntry,
  extras: readonly ImageEntry[],
  run: ImageRun,
): [ImageSpec, ...ImageSpec[]] {
  const images: [ImageSpec, ...ImageSpec[]] = [resolveImage(image1, run)];
  for (const entry of extras) images.push(separateFromEarlier(resolveImage(entry, run), images));
  return images;
}

/**
 * One image from its entry. Messages about Image1 name its input; about an extra image, `extra-images` and the entry.
 */
function resolveImage(entry: ImageEntry, run: ImageRun): ImageSpec {
  const { label } = entry;
  const subject = (key: ImageKey): Subject =>
    label === undefined ? { input: keyInput(key) } : { input: 'extra-images' };
  const slug = extraImageSlug(entry.placeholder);
  const extra =
    label === undefined
      ? undefined
      : { entry: label, slug, dir: withSlug(run.outputDir, slug), zip: withSlug(run.artifact, slug) };
  if (entry.image !== undefined) {
    return {
      kind: 'prebuilt',
      placeholder: entry.placeholder,
      image: parseImageInput(entry.image, subject('image'), label),
      ...(extra && { extra }),
    };
  }
  if (entry.repository === undefined) {
    throw new UserError('is required', subject('repository'), 'pass the ECR repository name, e.g. team/service');
  }
  const uri = parseRepositoryInput(entry.repository, subject('repository'), label);
  if (uri.region !== undefined && uri.region !== run.region) {
    throw new UserError(
      entryMessage(label, `the repository is in ${uri.region}, the run in ${run.region}`),
      subject('repository'),
      'build the images of one run in one region: its repositories are all in the region of the first',
    );
  }
  const context = entry.context ?? inputSpec('context').default;
  // An ECR Public repository's registry is the one its alias names, never Image1's.
  const registryId = uri.publicAlias === undefined ? (uri.registryId ?? run.registryId) : undefined;
  const cacheTag = uri.publicAlias === undefined ? run.cacheTag : undefined;
  if (uri.publicAlias !== undefined && run.cacheTag !== undefined) run.notices.push(publicCacheNotice(entry, uri));
  return {
    kind: 'build',
    placeholder: entry.placeholder,
    repository: uri.name,
    ...(registryId !== undefined && { registryId }),
    ...(uri.host !== undefined && { registryHost: uri.host.host }),
    ...(uri.publicAlias !== undefined && { publicAlias: uri.publicAlias }),
    build: {
      context,
      dockerfile: entry.dockerfile ?? joinPath(context, 'Dockerfile'),
      buildArgs: entry.buildArgs ?? [],
      ...(entry.target !== undefined && { target: entry.target }),
      ...(cacheTag !== undefined && { cacheTag }),
    },
    tags: renderTags(entry.tags ?? run.templates, run.commit, subject('tags'), label),
    ...(extra && { extra }),
  };
}

/**
 * Why an ECR Public repository gets no registry layer cache: a cache tag there is public like every tag, and the
 * registry cache (mode=max) holds every build stage's layers, the ones the image leaves out (compilers, sources)
 * included. The engine's own layer store still serves the build.
 */
function publicCacheNotice(entry: ImageEntry, uri: { name: string; publicAlias?: string }): string {
  return `${entry.label === undefined ? '' : `${entry.label}: `}public.ecr.aws/${uri.publicAlias}/${uri.name} is an ECR Public repository: the registry layer cache is off for it (a cache tag there would publish the layers of every build stage); the Docker engine's own cache still serves`;
}

/** Image1's input for `key`. */
function keyInput(key: ImageKey): InputName {
  const row = IMAGE_KEYS.find((candidate) => candidate.key === key);
  if (row === undefined) throw new Error(`no image key ${key}`);
  return row.input;
}

/**
 * Images pushed to one repository must not share a tag (the second push would take it from the
 * first), nor the layer cache: each extra image in a repository another image uses gets a cache
 * tag of its own, `<cache-tag>-<slug>`.
 */
function separateFromEarlier(spec: ImageSpec, earlier: readonly ImageSpec[]): ImageSpec {
  if (spec.kind !== 'build') return spec;
  const same = earlier.filter(
    (other) =>
      other.kind === 'build' &&
      other.repository === spec.repository &&
      other.registryId === spec.registryId &&
      other.publicAlias === spec.publicAlias,
  );
  if (same.length === 0) return spec;
  for (const other of same) {
    const shared = other.kind === 'build' ? spec.tags.find((tag) => other.tags.includes(tag)) : undefined;
    if (shared !== undefined) {
      throw new UserError(
        imageMessage(
          spec,
          `tag '${shared}' is also the tag of ${other.placeholder} in ${spec.repository}: one tag holds one image`,
        ),
        imageSubject(spec, 'tags'),
        'give the images of one repository different tags, e.g. tags: [proxy-{short_sha}], or a repository each',
      );
    }
  }
  const { cacheTag } = spec.build;
  if (cacheTag === undefined || spec.extra === undefined) return spec;
  return { ...spec, build: { ...spec.build, cacheTag: checkCacheTag(`${cacheTag}-${spec.extra.slug}`) } };
}

export function tagTemplates(inputs: InputReader, commit: CommitInfo, notices: string[]): readonly string[] {
  const given = inputs.isSet('tags') ? inputs.list('tags') : undefined;
  if (given !== undefined) return given;
  const fallback = inputSpec('tags').default;
  if (commit.sha !== undefined || commit.buildNumber === undefined) return [fallback];
  const tag = `build-${commit.buildNumber}`;
  notices.push(
    `tagged ${tag} instead of ${fallback}: ${commit.noCommit ?? 'no commit is known'}. Set tags to choose the tag.`,
  );
  return [tag];
}
function renderTags(templates: readonly string[], commit: CommitInfo, subject: Subject, entry?: string): string[] {
  const tags: string[] = [];
  for (const template of templates) {
    const rendered = renderTag(template, commit);
    if ('problem' in rendered) {
      throw new UserError(
        entryMessage(entry, `'${template}': ${rendered.problem}`),
        subject,
        'use literal tags or templates whose values are known on this host',
      );
    }
    if (!tags.includes(rendered.tag)) tags.push(rendered.tag);
  }
  if (tags.length === 0) {
    throw new UserError(
      entryMessage(entry, entry === undefined ? 'is empty' : 'tags is empty'),
      subject,
      'give at least one tag, e.g. {short_sha}',
    );
  }
  return tags;
}
function ociLabels(commit: CommitInfo): [string, string][] {
  const labels: [string, string][] = [];
  if (commit.sha !== undefined) labels.push(['org.opencontainers.image.revision', commit.sha]);
  if (commit.url !== undefined) labels.push(['org.opencontainers.image.source', commit.url]);
  if (commit.commitTime !== undefined) labels.push(['org.opencontainers.image.created', commit.commitTime]);
  return labels;
}
function mergeLabels(base: readonly [string, string][], overrides: readonly (readonly [string, string])[]) {
  const merged = new Map<string, string>(base);
  for (const [key, value] of overrides) merged.set(key, value);
  return [...merged];
}
function joinPath(dir: string, file: string): string {
  return dir === '.' || dir === '' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}
