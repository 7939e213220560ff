/**
 * Raw inputs (action inputs or CLI flags, plus the host's environment) → one readonly, validated
 * Config. Pure. The inputs themselves are declared in `interface.ts`.
 */
import { formatImageUri, parseImageUri, type ImageReference } from '../deploy-files/image-uri';
import type { RenderTarget } from '../deploy-files/check';
import { placeholderName, TASK_DEFINITION_ARN } from '../deploy-files/render';
import { UserError, type Subject } from '../errors';
import type { ExtraImageEntry } from './extra-images';
import {
  entryMessage,
  extraImageSlug,
  imageMessage,
  imageSubject,
  withSlug,
  type DockerBuildConfig,
  type ExtraArtifact,
  type ImageSpec,
} from '../images';
import { MAX_IMAGES } from '../deploy-files/render';
import { inputSpec, type Command, type InputName, type RawInputs } from '../interface';
import { fillTemplate, renderTag, type SourceInfo } from '../tags';
import { InputReader, nonEmpty } from './inputs';

/** The environment variables config reads (region defaults). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The deployment files and how the image gets into them. */
export interface FilesConfig {
  readonly taskdef: string;
  /** Candidates in order; the first that exists is the appspec. One entry when the input was given. */
  readonly appspec: readonly string[];
  readonly imagePlaceholder: string;
  /** Placeholders other image artifacts of the pipeline fill (Image2 … Image4), built elsewhere. */
  readonly otherPlaceholders: readonly string[];
  /** Placeholders of the images `extra-images` adds: each must be in the task definition. */
  readonly extraPlaceholders: readonly string[];
  /** Set when the tool substitutes the image itself. */
  readonly render?: RenderTarget;
}

/** An ECR registry: an account's registry in a region. */
export interface EcrRegistry {
  readonly registryId: string;
  readonly region: string;
}

export interface BuildConfig {
  readonly command: 'build';
  readonly region: string;
  /** The images of the run: Image1 (the top-level inputs) first, then those of `extra-images`. */
  readonly images: readonly [ImageSpec, ...ImageSpec[]];
  /** Registries logged in to besides the repositories', for base images. */
  readonly loginRegistries: readonly EcrRegistry[];
  readonly createRepository: boolean;
  readonly files: FilesConfig;
  readonly outputDir: string;
  readonly artifact: string;
  readonly s3?: { readonly bucket: string; readonly key: string };
  readonly envFile: string;
  readonly limits: Limits;
  readonly source: SourceInfo;
  /** What the user should know about a default this build fell back to (shown as warnings). */
  readonly notices: readonly string[];
  /** The environment the build runs Docker in (DOCKER_HOST, the Docker config, RUNNER_TEMP, SSH_AUTH_SOCK). */
  readonly env: Environment;
}

/** How long outside systems may stay silent. */
export interface Limits {
  /** An ECR or S3 call, or the Docker daemon, without an answer. */
  readonly responseTimeoutMs: number;
  /** A `docker push` without progress. */
  readonly pushTimeoutMs: number;
}

export interface ValidateConfig {
  readonly command: 'validate';
  readonly files: FilesConfig;
  readonly imageDetail?: string;
  readonly pipeline?: string;
}

export interface RenderConfig {
  readonly command: 'render';
  readonly files: FilesConfig;
  readonly image: ImageReference;
  readonly imageUri: string;
  /** The prebuilt images of `extra-images`, by placeholder, filled in too. */
  readonly extraImages: readonly { readonly placeholder: string; readonly uri: string }[];
  readonly taskDefinitionArn?: string;
}

export type Config = BuildConfig | ValidateConfig | RenderConfig;

/** What `loadInputs` read of the inputs: the entries of `extra-images`, and the value they came from. */
export interface LoadedInputs {
  readonly extraImages: readonly ExtraImageEntry[];
  /** The `extra-images` value that was read (absent when the input was not given). */
  readonly extraImagesValue?: string;
}

/** The largest file `extra-images: '@path'` may name. */
const MAX_EXTRA_IMAGES_FILE_BYTES = 1_000_000;

/**
 * Reads what resolving needs beyond the inputs' text: the `extra-images` YAML, from its file when
 * given as `@path`. The parser (and the YAML package) is loaded only when the input is given, so
 * that `--help` and a run without extra images start without it.
 */
export async function loadInputs(raw: RawInputs): Promise<LoadedInputs> {
  const value = nonEmpty(raw['extra-images']);
  if (value === undefined) return { extraImages: [] };
  const { parseExtraImages } = await import('./extra-images');
  if (!value.startsWith('@')) return { extraImages: parseExtraImages(value), extraImagesValue: value };
  const path = value.slice(1).trim();
  if (path === '')
    throw new UserError("'@' names no file", { input: 'extra-images' }, 'write @path/to/file, or the YAML itself');
  const { readInputFile } = await import('../input-file');
  const text = await readInputFile(path, 'extra-images', MAX_EXTRA_IMAGES_FILE_BYTES);
  return { extraImages: parseExtraImages(text, path), extraImagesValue: value };
}

/**
 * Resolves raw inputs into a Config for `command`.
 * @param source what the host knows about the commit (only `build` reads it)
 * @param loaded what `loadInputs` read of these inputs
 * @throws UserError naming the input, for any missing, malformed or conflicting input
 */
export function resolveConfig<C extends Command>(
  command: C,
  raw: RawInputs,
  env: Environment,
  source: SourceInfo = {},
  loaded: LoadedInputs = { extraImages: [] },
): Extract<Config, { command: C }> {
  const inputs = new InputReader(raw);
  if (inputs.text('extra-images') !== loaded.extraImagesValue)
    throw new Error('extra-images was not loaded: call loadInputs first');
  const extras = checkExtraImages(inputs, loaded.extraImages);
  const files = resolveFiles(inputs, extras);
  const resolvers: { [K in Command]: () => Extract<Config, { command: K }> } = {
    validate: () => {
      const imageDetail = inputs.text('image-detail');
      const pipeline = inputs.text('pipeline');
      return freeze({
        command: 'validate',
        files,
        ...(imageDetail !== undefined && { imageDetail }),
        ...(pipeline !== undefined && { pipeline }),
      });
    },
    render: () => resolveRender(inputs, files, extras),
    build: () => resolveBuild(inputs, files, env, source, extras),
  };
  return resolvers[command]();
}

/** The entries of `extra-images`, their placeholders checked against the other placeholder inputs. */
function checkExtraImages(inputs: InputReader, entries: readonly ExtraImageEntry[]): readonly ExtraImageEntry[] {
  const image1 = placeholderName(inputs.text('image-placeholder'));
  const others = inputs.list('other-placeholders').map(placeholderName);
  for (const entry of entries) {
    if (entry.placeholder === image1) {
      throw new UserError(
        `${entry.label}: placeholder ${entry.placeholder} is image-placeholder, the image of the top-level inputs`,
        { input: 'extra-images' },
        'give each extra image a placeholder of its own, e.g. IMAGE2_NAME',
      );
    }
    if (others.includes(entry.placeholder)) {
      throw new UserError(
        `${entry.label}: placeholder ${entry.placeholder} is also in other-placeholders, which says another artifact fills it`,
        { input: 'extra-images' },
        'remove it from other-placeholders: this run builds that image',
      );
    }
  }
  if (1 + others.length + entries.length > MAX_IMAGES) {
    throw new UserError(
      `${1 + entries.length} images and ${others.length} other placeholders: CodeDeployToECS fills at most ${MAX_IMAGES} images`,
      { input: 'extra-images' },
      `keep Image1, the extra images and other-placeholders to ${MAX_IMAGES} in all`,
    );
  }
  return entries;
}

function resolveFiles(inputs: InputReader, extras: readonly ExtraImageEntry[]): FilesConfig {
  const appspec = inputs.text('appspec');
  const placeholder = inputs.text('image-placeholder');
  const container = inputs.text('container-name');
  const renderTaskdef = inputs.boolean('render-taskdef');
  const render: RenderTarget | undefined =
    container !== undefined ? { container } : renderTaskdef ? { placeholder } : undefined;
  return {
    taskdef: inputs.text('taskdef'),
    appspec: appspec !== undefined ? [appspec] : ['appspec.yaml', 'appspec.yml', 'appspec.json'],
    imagePlaceholder: placeholder,
    otherPlaceholders: inputs.list('other-placeholders'),
    extraPlaceholders: extras.map((entry) => entry.placeholder),
    ...(render && { render }),
  };
}

function resolveRender(inputs: InputReader, files: FilesConfig, extras: readonly ExtraImageEntry[]): RenderConfig {
  const imageUri = inputs.text('image');
  if (imageUri === undefined) {
    throw new UserError(
      'is required by render',
      { input: 'image' },
      'pass the image URI to put in the task definition',
    );
  }
  const arn = inputs.text('task-definition-arn');
  if (arn !== undefined && !TASK_DEFINITION_ARN.test(arn)) {
    throw new UserError(
      `'${arn}' is not a task definition ARN with a revision`,
      { input: 'task-definition-arn' },
      'use arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>',
    );
  }
  return freeze({
    command: 'render',
    files: { ...files, render: files.render ?? { placeholder: files.imagePlaceholder } },
    image: parseImageInput(imageUri),
    imageUri,
    extraImages: extras.flatMap((entry) =>
      entry.image === undefined
        ? []
        : [
            {
              placeholder: entry.placeholder,
              uri: formatImageUri(parseImageInput(entry.image, { input: 'extra-images' }, entry.label)),
            },
          ],
    ),
    ...(arn !== undefined && { taskDefinitionArn: arn }),
  });
}

/** ECR repository names: 2–256 characters, lowercase path components separated by `/`. */
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const S3_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BUILD_INPUTS: readonly InputName[] = [
  'context',
  'dockerfile',
  'build-args',
  'target',
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

function resolveBuild(
  inputs: InputReader,
  files: FilesConfig,
  env: Environment,
  source: SourceInfo,
  extras: readonly ExtraImageEntry[],
): BuildConfig {
  const imageUri = inputs.text('image');
  const image = imageUri === undefined ? undefined : parseImageInput(imageUri);
  if (image !== undefined) {
    const conflicting = BUILD_INPUTS.filter((name) => inputs.isSet(name));
    if (conflicting.length > 0) {
      throw new UserError(
        `cannot be combined with ${conflicting.join(', ')}: a prebuilt image is not built here`,
        { input: 'image' },
        `remove ${conflicting.join(', ')}, or remove image to build`,
      );
    }
  }

  const repositoryInput = inputs.text('repository');
  if (repositoryInput === undefined && image === undefined) {
    throw new UserError('is required', { input: 'repository' }, 'pass the ECR repository name, e.g. team/service');
  }
  const uri =
    repositoryInput === undefined ? undefined : parseRepositoryInput(repositoryInput, { input: 'repository' });
  const repository = uri?.name;
  if (uri?.region !== undefined && inputs.text('region') !== undefined && inputs.text('region') !== uri.region) {
    throw new UserError(
      `'${inputs.text('region')}' is not the region of the repository URI (${uri.region})`,
      { input: 'region' },
      'remove region (the URI says it), or fix the URI',
    );
  }
  const registryId = resolveRegistryId(inputs.text('registry-id'), uri?.registryId);

  const region =
    uri?.region ?? inputs.text('region') ?? nonEmpty(env['AWS_REGION']) ?? nonEmpty(env['AWS_DEFAULT_REGION']);
  if (region === undefined) {
    throw new UserError(
      'is required: no region given and neither AWS_REGION nor AWS_DEFAULT_REGION is set',
      { input: 'region' },
      'pass the region of the repository, e.g. eu-west-1',
    );
  }
  if (!REGION.test(region)) {
    throw new UserError(`'${region}' is not an AWS region name`, { input: 'region' }, 'use a code such as us-east-1');
  }

  const notices: string[] = [];
  const templates = tagTemplates(inputs, source, notices);
  const tags = image === undefined ? renderTags(templates, source, { input: 'tags' }) : [];
  if (image !== undefined && inputs.isSet('tags')) {
    throw new UserError(
      'cannot be combined with image: a prebuilt image is not pushed here',
      { input: 'tags' },
      'tag the image where it is built, or remove image to build',
    );
  }

  const outputDir = inputs.text('output-dir');
  if (['.', './', ''].includes(outputDir.trim())) {
    throw new UserError(
      `'${outputDir}' is the working directory; the artifact directory is replaced on each run`,
      { input: 'output-dir' },
      'use a directory of its own, e.g. ecs-deploy',
    );
  }
  const artifact = inputs.text('artifact') ?? `${outputDir.replace(/\/+$/, '')}.zip`;

  const bucket = inputs.text('s3-bucket');
  const key = inputs.text('s3-key');
  if (key !== undefined && bucket === undefined) {
    throw new UserError('is set but s3-bucket is not', { input: 's3-key' }, 'set s3-bucket too, or remove s3-key');
  }
  if (bucket !== undefined && !S3_BUCKET.test(bucket)) {
    throw new UserError(
      `'${bucket}' is not a valid S3 bucket name`,
      { input: 's3-bucket' },
      'use 3–63 lowercase letters, digits, dots and hyphens, without s3:// or a path',
    );
  }

  // Image1's build settings are every image's, but for what an entry of extra-images sets itself.
  const build =
    image === undefined || extras.some((entry) => entry.image === undefined)
      ? resolveDockerBuild(inputs, env, source)
      : undefined;
  const image1: ImageSpec = {
    placeholder: placeholderName(files.imagePlaceholder),
    ...(repository !== undefined && { repository }),
    ...(registryId !== undefined && { registryId }),
    ...(image === undefined ? { build: build } : { image }),
    tags,
  };
  const images = separateSharedRepositories([
    image1,
    ...extras.map((entry) =>
      resolveExtraImage(entry, { region, registryId, build, templates, source, outputDir, artifact }),
    ),
  ]);

  return freeze({
    command: 'build',
    region,
    images: images as [ImageSpec, ...ImageSpec[]],
    loginRegistries: inputs.list('login-registries').map((entry) => parseLoginRegistry(entry, region)),
    createRepository: inputs.boolean('create-repository'),
    files,
    outputDir,
    artifact,
    ...(bucket !== undefined && {
      s3: { bucket, key: resolveS3Key(key, repository ?? image?.repository, artifact, source) },
    }),
    envFile: inputs.text('outputs-env-file'),
    limits: { responseTimeoutMs: inputs.seconds('response-timeout'), pushTimeoutMs: inputs.seconds('push-timeout') },
    source,
    notices,
    env,
  });
}

/** What an extra image takes from the top-level inputs. */
interface ImageDefaults {
  readonly region: string;
  readonly registryId: string | undefined;
  /** Image1's build settings (absent when every image is prebuilt). */
  readonly build: DockerBuildConfig | undefined;
  readonly templates: readonly string[];
  readonly source: SourceInfo;
  readonly outputDir: string;
  readonly artifact: string;
}

/** An entry of `extra-images` as an ImageSpec: its own keys over Image1's settings, and an artifact of its own. */
function resolveExtraImage(entry: ExtraImageEntry, defaults: ImageDefaults): ImageSpec {
  const subject = { input: 'extra-images' };
  const slug = extraImageSlug(entry.placeholder);
  const extra: ExtraArtifact = {
    entry: entry.label,
    slug,
    dir: withSlug(defaults.outputDir, slug),
    zip: withSlug(defaults.artifact, slug),
  };
  if (entry.image !== undefined) {
    return {
      placeholder: entry.placeholder,
      image: parseImageInput(entry.image, subject, entry.label),
      tags: [],
      extra,
    };
  }
  const uri = parseRepositoryInput(entry.repository ?? '', subject, entry.label);
  if (uri.region !== undefined && uri.region !== defaults.region) {
    throw new UserError(
      `${entry.label}: the repository is in ${uri.region}, the run in ${defaults.region}`,
      subject,
      'build the images of one run in one region: its repositories are all in the region of the first',
    );
  }
  // What makes the image its own (context, Dockerfile, stage, arguments) has the inputs' defaults, not Image1's values.
  const { target: _target, ...shared } = defaults.build as DockerBuildConfig;
  const context = entry.context ?? inputSpec('context').default;
  const registryId = uri.registryId ?? defaults.registryId;
  return {
    placeholder: entry.placeholder,
    repository: uri.name,
    ...(registryId !== undefined && { registryId }),
    build: {
      ...shared,
      context,
      dockerfile: entry.dockerfile ?? joinPath(context, 'Dockerfile'),
      buildArgs: entry.buildArgs ?? [],
      ...(entry.target !== undefined && { target: entry.target }),
    },
    tags: renderTags(entry.tags ?? defaults.templates, defaults.source, subject, entry.label),
    extra,
  };
}

/**
 * Images pushed to one repository must not share a tag (the second push would take it from the
 * first), nor the layer cache: each extra image in a repository another image uses gets a cache
 * tag of its own, `<cache-tag>-<slug>`.
 */
function separateSharedRepositories(images: readonly ImageSpec[]): ImageSpec[] {
  return images.map((spec, i) => {
    const earlier = images
      .slice(0, i)
      .filter(
        (other) =>
          other.repository !== undefined &&
          other.repository === spec.repository &&
          other.registryId === spec.registryId,
      );
    if (earlier.length === 0) return spec;
    for (const other of earlier) {
      const shared = spec.tags.find((tag) => other.tags.includes(tag));
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
    const build = spec.build;
    if (build?.cacheTag === undefined || spec.extra === undefined) return spec;
    return { ...spec, build: { ...build, cacheTag: checkCacheTag(`${build.cacheTag}-${spec.extra.slug}`) } };
  });
}

/**
 * The tag templates to render. The default `{short_sha}` needs a commit; a CI build that knows
 * none (a CodeBuild S3 source) tags `build-<build number>` instead: unique per project and the
 * same when the build is retried. Given tags are never replaced.
 */
function tagTemplates(inputs: InputReader, source: SourceInfo, notices: string[]): readonly string[] {
  const given = inputs.isSet('tags') ? inputs.list('tags') : undefined;
  if (given !== undefined) return given;
  const fallback = inputSpec('tags').default;
  if (source.sha !== undefined || source.buildNumber === undefined) return [fallback];
  const tag = `build-${source.buildNumber}`;
  notices.push(
    `tagged ${tag} instead of ${fallback}: ${source.noCommit ?? 'no commit is known'}. Set tags to choose the tag.`,
  );
  return [tag];
}

/** An ECR registry host: `123456789012.dkr.ecr.eu-west-1.amazonaws.com`, captured: account, region. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const ACCOUNT_ID = /^\d{12}$/;

/**
 * A repository name, or a repository URI split into its registry and name.
 * @param subject the input it came from; `entry` leads the messages about an entry of extra-images
 */
function parseRepositoryInput(
  text: string,
  subject: Subject,
  entry?: string,
): { name: string; registryId?: string; region?: string } {
  const slash = text.indexOf('/');
  const host = slash < 0 ? undefined : ECR_HOST.exec(text.slice(0, slash));
  if (host) {
    const [, registryId = '', region = ''] = host;
    const name = text.slice(slash + 1);
    checkRepository(name, subject, entry);
    return { name, registryId, region };
  }
  if (slash > 0 && /[.:]/.test(text.slice(0, slash))) {
    throw new UserError(
      entryMessage(entry, `'${text.slice(0, slash)}' is not an ECR registry`),
      subject,
      'pass the repository name (team/service) or its ECR URI <account>.dkr.ecr.<region>.amazonaws.com/team/service',
    );
  }
  checkRepository(text, subject, entry);
  return { name: text };
}

function resolveRegistryId(given: string | undefined, fromUri: string | undefined): string | undefined {
  if (given !== undefined && !ACCOUNT_ID.test(given)) {
    throw new UserError(
      `'${given}' is not an AWS account id`,
      { input: 'registry-id' },
      'use the 12 digits of the account that owns the registry',
    );
  }
  if (given !== undefined && fromUri !== undefined && given !== fromUri) {
    throw new UserError(
      `'${given}' is not the account of the repository URI (${fromUri})`,
      { input: 'registry-id' },
      'remove registry-id (the URI says it), or fix the URI',
    );
  }
  return given ?? fromUri;
}

/** A `login-registries` entry: an account id (this region) or an ECR registry host. */
function parseLoginRegistry(entry: string, region: string): EcrRegistry {
  if (ACCOUNT_ID.test(entry)) return { registryId: entry, region };
  const host = ECR_HOST.exec(entry.replace(/^https?:\/\//, '').replace(/\/+$/, ''));
  if (host) return { registryId: host[1] as string, region: host[2] as string };
  throw new UserError(
    `'${entry}' is not an ECR registry`,
    { input: 'login-registries' },
    'give account ids (123456789012) or ECR registry hosts (123456789012.dkr.ecr.eu-west-1.amazonaws.com); other registries need a docker login of their own',
  );
}

function checkRepository(name: string, subject: Subject, entry: string | undefined): void {
  if (name.length < 2 || name.length > 256 || !REPOSITORY.test(name)) {
    throw new UserError(
      entryMessage(entry, `'${name}' is not a valid ECR repository name`),
      subject,
      'use 2–256 lowercase letters, digits and . _ - between them, with / between path parts (team/service); no registry host or tag',
    );
  }
}

function parseImageInput(uri: string, subject: Subject = { input: 'image' }, entry?: string): ImageReference {
  const parsed = parseImageUri(uri);
  if ('error' in parsed) {
    throw new UserError(
      entryMessage(entry, `'${uri}' is not an image reference: ${parsed.error}`),
      subject,
      'use registry/repository:tag or registry/repository@sha256:<64 hex digits>',
    );
  }
  return parsed;
}

function renderTags(templates: readonly string[], source: SourceInfo, subject: Subject, entry?: string): string[] {
  const tags: string[] = [];
  for (const template of templates) {
    const rendered = renderTag(template, source);
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

/**
 * The object key: the template filled, or `<repository>/<zip name>`, so that services sharing an
 * artifact bucket do not overwrite each other's zip.
 */
function resolveS3Key(
  template: string | undefined,
  repository: string | undefined,
  artifact: string,
  source: SourceInfo,
): string {
  const zipName = artifact.split('/').pop() ?? artifact;
  if (template === undefined) return repository === undefined ? zipName : `${repository}/${zipName}`;
  // Keys take the same templates as tags, but may hold `/` and other characters tags may not.
  const filled = fillTemplate(template, source);
  if ('problem' in filled) throw new UserError(`'${template}': ${filled.problem}`, { input: 's3-key' });
  const key = normalizeS3Key(filled.text);
  if ('problem' in key)
    throw new UserError(
      `'${template}' ${key.problem}`,
      { input: 's3-key' },
      'use 1–1024 bytes of path parts separated by /, e.g. service/artifact.zip',
    );
  return key.key;
}

/**
 * An object key as S3's console and CodePipeline's S3 source show it: no leading or repeated
 * `/`. `.` and `..` parts are refused rather than resolved: S3 keeps them literally, so the
 * object would not be where the key seems to point, and a pipeline watching the resolved key
 * would never start.
 */
export function normalizeS3Key(text: string): { key: string } | { problem: string } {
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  if (/[\u0000-\u001f\u007f\\]/.test(text)) return { problem: 'holds a control character or a backslash' };
  const parts = text.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '.' || part === '..'))
    return { problem: 'has a . or .. path part, which S3 keeps literally' };
  if (parts.length === 0 || text.endsWith('/')) return { problem: 'names no object (it is empty or ends with /)' };
  const key = parts.join('/');
  if (Buffer.byteLength(key) > 1024) return { problem: 'is longer than 1024 bytes' };
  return { key };
}

function resolveDockerBuild(inputs: InputReader, env: Environment, source: SourceInfo): DockerBuildConfig {
  const context = inputs.text('context');
  const platform = inputs.text('platform');
  if (platform !== undefined && !PLATFORM.test(platform)) {
    const several = platform.includes(',');
    throw new UserError(
      `'${platform}' is not ${several ? 'one platform' : 'a platform'}`,
      { input: 'platform' },
      several
        ? 'build one platform per run (ECS runs one architecture per task definition): linux/amd64 or linux/arm64'
        : 'use os/arch, e.g. linux/amd64 or linux/arm64',
    );
  }
  const target = inputs.text('target');
  const cache = inputs.boolean('cache');
  const builder = inputs.text('builder');
  return {
    context,
    dockerfile: inputs.text('dockerfile') ?? joinPath(context, 'Dockerfile'),
    buildArgs: inputs.pairs('build-args'),
    ...(target !== undefined && { target }),
    ...(platform !== undefined && { platform }),
    labels: mergeLabels(ociLabels(source), inputs.pairs('labels')),
    ...(cache && { cacheTag: checkCacheTag(inputs.text('cache-tag')) }),
    noCache: inputs.boolean('no-cache'),
    pull: inputs.boolean('pull'),
    secrets: resolveSecrets(inputs, env),
    ssh: inputs.list('ssh').map(checkSsh),
    ...(builder !== undefined && { builder: checkBuilderName(builder) }),
    provenance: checkProvenance(inputs.text('provenance')),
  };
}

/** A secret id as BuildKit takes it in `--secret id=…` and `RUN --mount=type=secret,id=…`. */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function resolveSecrets(inputs: InputReader, env: Environment): [string, string][] {
  const secrets = new Map<string, string>();
  const add = (input: string, id: string, value: string) => {
    if (!SECRET_ID.test(id))
      throw new UserError(
        `'${id}' is not a secret id`,
        { input },
        'use letters, digits, _ . and -, as in RUN --mount=type=secret,id=<id>',
      );
    if (secrets.has(id))
      throw new UserError(
        `secret '${id}' is given twice`,
        { input },
        'give each id once, in secrets or in secret-envs',
      );
    secrets.set(id, value);
  };
  for (const [id, value] of inputs.pairs('secrets')) add('secrets', id, value);
  for (const [id, name] of inputs.pairs('secret-envs')) {
    const variable = name.trim();
    if (!ENV_NAME.test(variable))
      throw new UserError(
        `'${variable}' is not an environment variable name`,
        { input: 'secret-envs' },
        'write id=ENV_NAME, e.g. npm=NPM_TOKEN',
      );
    const value = env[variable];
    if (value === undefined || value === '') {
      throw new UserError(
        `secret '${id}': the environment variable ${variable} is not set or empty`,
        { input: 'secret-envs' },
        `set ${variable} in the step's environment, or remove the line`,
      );
    }
    add('secret-envs', id, value);
  }
  return [...secrets];
}

const SSH = /^(?:default|[A-Za-z0-9_.-]+=[^,=]+)$/;

function checkSsh(value: string): string {
  if (value === 'default' || SSH.test(value)) return value;
  throw new UserError(
    `'${value}' is not an SSH agent or key`,
    { input: 'ssh' },
    'write default (the agent of SSH_AUTH_SOCK) or id=path, one per line',
  );
}

const BUILDER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function checkBuilderName(name: string): string {
  if (BUILDER_NAME.test(name)) return name;
  throw new UserError(
    `'${name}' is not a buildx builder name`,
    { input: 'builder' },
    'use a name from docker buildx ls',
  );
}

const PROVENANCE = ['false', 'true', 'mode=min', 'mode=max'];

function checkProvenance(value: string): string {
  if (PROVENANCE.includes(value)) return value;
  throw new UserError(
    `'${value}' is not a provenance setting`,
    { input: 'provenance' },
    `use one of ${PROVENANCE.join(', ')}`,
  );
}

function checkCacheTag(tag: string): string {
  const rendered = renderTag(tag, {});
  if ('problem' in rendered) throw new UserError(`'${tag}': ${rendered.problem}`, { input: 'cache-tag' });
  return rendered.tag;
}

/** The `org.opencontainers.image.*` labels the commit gives. */
function ociLabels(source: SourceInfo): [string, string][] {
  const labels: [string, string][] = [];
  if (source.sha !== undefined) labels.push(['org.opencontainers.image.revision', source.sha]);
  if (source.url !== undefined) labels.push(['org.opencontainers.image.source', source.url]);
  if (source.commitTime !== undefined) labels.push(['org.opencontainers.image.created', source.commitTime]);
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

function freeze<T extends object>(config: T): T {
  return Object.freeze(config);
}
