/**
 * The config wing's door: raw inputs (action inputs or CLI flags, plus the host's environment) → one readonly,
 * validated Config, in two steps: `loadInputs` (load.ts) reads the files some inputs name, then `resolveConfig`
 * (pure) resolves what it loaded. The inputs themselves are declared in `interface.ts`; reading them is
 * inputs.ts, the images image-specs.ts, the checks of single values validators.ts.
 */
import { formatImageUri } from '../deploy-files/image-uri';
import type { DeployTarget, ImagePlacement } from '../deploy-files/check';
import { DEPLOY_TARGETS } from '../deploy-files/deploy-target';
import { MAX_IMAGES, placeholderName, TASK_DEFINITION_ARN } from '../deploy-files/render-files';
import { UserError } from '../errors';
import { ECR_PUBLIC_REGION } from '../ecr/registry-hosts';
import type { Command } from '../interface';
import type { CommitInfo } from '../tags';
import type { ExtraImageEntry } from './extra-images';
import { readImage1 } from './image-keys';
import { PREBUILT_EXCLUDES, resolveBuildSettings, resolveImages, tagTemplates } from './image-specs';
import { InputReader, nonEmpty } from './inputs';
import { resolveLive } from './live';
import { workspaceOf, type LoadedInputs } from './load';
import type { BuildConfig, Config, EcrRegistry, Environment, FilesConfig, RenderConfig } from './types';
import {
  checkBucket,
  checkCacheTag,
  checkOutputDir,
  checkRegion,
  parseImageInput,
  parseLoginRegistry,
  parseRepositoryInput,
  resolveRegistryId,
  resolveS3Key,
} from './validators';

export { liveNames, type LiveNames } from './live';
export { loadInputs, type LoadedInputs } from './load';
export type * from './types';

/**
 * Resolves what `loadInputs` loaded into a Config for `command`.
 * @param commit what the host knows about the commit (only `build` reads it)
 * @throws UserError naming the input, for any missing, malformed or conflicting input
 */
export function resolveConfig<C extends Command>(
  command: C,
  loaded: LoadedInputs,
  env: Environment,
  commit: CommitInfo = {},
): Extract<Config, { command: C }> {
  const inputs = new InputReader(loaded.raw);
  const extras = checkExtraImages(inputs, loaded.extraImages);
  const files = resolveFiles(inputs, extras, env);
  const resolvers: { [K in Command]: () => Extract<Config, { command: K }> } = {
    validate: () => {
      const imageDetail = inputs.text('image-detail');
      const pipeline = inputs.text('pipeline');
      const live = resolveLive(inputs, undefined, env, files);
      return freeze({
        command: 'validate',
        files,
        ...(live && { live }),
        ...(imageDetail !== undefined && { imageDetail }),
        ...(pipeline !== undefined && { pipeline }),
      });
    },
    render: () => resolveRender(inputs, files, extras),
    build: () => resolveBuild(inputs, files, env, commit, extras),
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

function resolveFiles(inputs: InputReader, extras: readonly ExtraImageEntry[], env: Environment): FilesConfig {
  const appspec = inputs.text('appspec');
  const placeholder = inputs.text('image-placeholder');
  const container = inputs.text('container-name');
  const renderTaskdef = inputs.boolean('render-taskdef');
  const deployTarget = resolveDeployTarget(inputs, appspec);
  // The ECS deploy action takes images from imagedefinitions.json only; the task definition in the artifact is for
  // register-task-definition, so it holds the pushed images rather than placeholders nothing would fill.
  const render: ImagePlacement | undefined =
    container !== undefined ? { container } : renderTaskdef || deployTarget === 'ecs' ? { placeholder } : undefined;
  const serviceDefinition = inputs.text('service-definition');
  return {
    taskdef: inputs.text('taskdef'),
    appspec:
      deployTarget === 'ecs' ? [] : appspec !== undefined ? [appspec] : ['appspec.yaml', 'appspec.yml', 'appspec.json'],
    imagePlaceholder: placeholder,
    otherPlaceholders: inputs.list('other-placeholders'),
    extraPlaceholders: extras.map((entry) => entry.placeholder),
    ...(render && { render }),
    workspace: workspaceOf(env),
    deployTarget,
    ...(serviceDefinition !== undefined && { serviceDefinition }),
  };
}

/** `deploy-target`: one of DEPLOY_TARGETS; with `ecs`, an appspec given explicitly is a mistake worth stopping for. */
function resolveDeployTarget(inputs: InputReader, appspec: string | undefined): DeployTarget {
  const value = inputs.text('deploy-target');
  const target = DEPLOY_TARGETS.find((candidate) => candidate === value);
  if (target === undefined) {
    throw new UserError(
      `'${value}' is not a deploy target`,
      { input: 'deploy-target' },
      'use codedeploy (CodeDeploy blue/green: CodeDeployToECS with an appspec) or ecs (the ECS deploy action: ' +
        'rolling, ECS blue/green, linear, canary)',
    );
  }
  if (target === 'ecs' && appspec !== undefined) {
    throw new UserError(
      `is ${appspec}, but deploy-target ecs reads no appspec: the ECS deploy action and ECS blue/green take none ` +
        '(the deployment is configured on the service), and the artifact holds imagedefinitions.json instead',
      { input: 'appspec' },
      'remove the appspec input, or use deploy-target codedeploy for a CodeDeployToECS pipeline',
    );
  }
  return target;
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

function resolveBuild(
  inputs: InputReader,
  files: FilesConfig,
  env: Environment,
  commit: CommitInfo,
  extras: readonly ExtraImageEntry[],
): BuildConfig {
  const image1 = readImage1(inputs, placeholderName(files.imagePlaceholder));
  const image = image1.image === undefined ? undefined : parseImageInput(image1.image);
  if (image !== undefined) {
    const conflicting = PREBUILT_EXCLUDES.filter((name) => inputs.isSet(name));
    if (conflicting.length > 0) {
      throw new UserError(
        `cannot be combined with ${conflicting.join(', ')}: a prebuilt image is not built here`,
        { input: 'image' },
        `remove ${conflicting.join(', ')}, or remove image to build`,
      );
    }
  }
  if (image1.repository === undefined && image === undefined) {
    throw new UserError('is required', { input: 'repository' }, 'pass the ECR repository name, e.g. team/service');
  }
  // Image1's repository URI says the run's region and registry.
  const uri =
    image1.repository === undefined ? undefined : parseRepositoryInput(image1.repository, { input: 'repository' });
  const regionInput = inputs.text('region');
  if (uri?.region !== undefined && regionInput !== undefined && regionInput !== uri.region) {
    throw new UserError(
      `'${regionInput}' is not the region of the repository URI (${uri.region})`,
      { input: 'region' },
      'remove region (the URI says it), or fix the URI',
    );
  }
  const registryId = resolveRegistryId(inputs.text('registry-id'), uri?.registryId);
  // An ECR Public repository has no region of its own: its API answers in us-east-1.
  const region = checkRegion(
    uri?.region ??
      regionInput ??
      nonEmpty(env['AWS_REGION']) ??
      nonEmpty(env['AWS_DEFAULT_REGION']) ??
      (uri?.publicAlias === undefined ? undefined : ECR_PUBLIC_REGION),
  );

  const notices: string[] = [];
  const templates = tagTemplates(inputs, commit, notices);
  if (image !== undefined && image1.tags !== undefined) {
    throw new UserError(
      'cannot be combined with image: a prebuilt image is not pushed here',
      { input: 'tags' },
      'tag the image where it is built, or remove image to build',
    );
  }

  const outputDir = checkOutputDir(inputs.text('output-dir'));
  const artifact = inputs.text('artifact') ?? `${outputDir.replace(/\/+$/, '')}.zip`;
  const bucket = inputs.text('s3-bucket');
  const key = inputs.text('s3-key');
  if (key !== undefined && bucket === undefined) {
    throw new UserError('is set but s3-bucket is not', { input: 's3-key' }, 'set s3-bucket too, or remove s3-key');
  }
  if (bucket !== undefined) checkBucket(bucket);

  const build = resolveBuildSettings(inputs, env, commit);
  const cacheTag = inputs.boolean('cache') ? checkCacheTag(inputs.text('cache-tag')) : undefined;
  const images = resolveImages(image1, extras, {
    region,
    registryId,
    templates,
    cacheTag,
    commit,
    notices,
    outputDir,
    artifact,
  });

  const live = resolveLive(inputs, region, env, files);
  return freeze({
    command: 'build',
    region,
    images,
    build,
    ...loginRegistries(inputs.list('login-registries'), region),
    ...(uri?.host && { ecrEndpoint: { fips: uri.host.fips, dualStack: uri.host.dualStack } }),
    createRepository: inputs.boolean('create-repository'),
    files,
    outputDir,
    artifact,
    ...(bucket !== undefined && {
      s3: { bucket, key: resolveS3Key(key, uri?.name ?? image?.repository, artifact, commit) },
    }),
    envFile: inputs.text('outputs-env-file'),
    limits: { responseTimeoutMs: inputs.seconds('response-timeout'), pushTimeoutMs: inputs.seconds('push-timeout') },
    commit,
    notices,
    env,
    ...(live && { live }),
  });
}

/** The private registries of login-registries, and whether it names ECR Public. */
function loginRegistries(entries: readonly string[], region: string) {
  const parsed = entries.map((entry) => parseLoginRegistry(entry, region));
  return {
    loginRegistries: parsed.filter((entry): entry is EcrRegistry => !('kind' in entry)),
    loginPublic: parsed.some((entry) => 'kind' in entry),
  };
}

function freeze<T extends object>(config: T): T {
  return Object.freeze(config);
}
