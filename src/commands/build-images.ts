/**
 * The images of a build, from spec to pinned image: the repositories looked up and one login per
 * registry; then each image built (at once, up to the machine's cores), compared with the
 * immutable tags it would take, pushed, and confirmed through ECR. Nothing is pushed while a
 * check of any image can still fail, but for a builder that pushes from the build itself.
 */
import type { ECRClient } from '@aws-sdk/client-ecr';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { BuildConfig, EcrRegistry } from '../config';
import { formatImageUri } from '../deploy-files/image-uri';
import { buildCommand, checkBuilderSupports, PROVENANCE_INDEX_WARNING, type BuildPlan } from '../docker/args';
import { createDockerConfigDir } from '../docker/config-dir';
import { locateDockerEngine } from '../docker/engine-remote';
import { buildImage, pushImage, reportBuilder, type DetectedBuilder, type DockerSession } from '../docker/docker';
import {
  cacheHoldsBuild,
  planImage,
  planPush,
  pushedBy,
  tagsToLookUp,
  type Builder,
  type BuiltImage,
} from '../docker/plan';
import {
  createEcrClient,
  createRepository,
  describeImage,
  findImagesByTag,
  findRepository,
  getRegistryLogins,
  isTagImmutable,
  type RegistryLogin,
  type Repository,
  type StoredImage,
} from '../ecr/ecr';
import {
  describePublicImage,
  ensurePublicRepository,
  getPublicRegistryLogin,
  publicRepositoryUri,
  withEcrPublicClient,
} from '../ecr/ecr-public';
import { ECR_PUBLIC_HOST, registryAddress, REGISTRY_ADDRESSES_VARIABLE } from '../ecr/registry-hosts';
import { ServiceError, UserError } from '../errors';
import {
  imageMessage,
  imageName,
  imageSubject,
  type BuildSettings,
  type BuiltImageSpec,
  type ImageBuild,
  type ImageSpec,
  type PinnedImage,
  type PrebuiltImageSpec,
} from '../images';
import type { Logger } from '../log';
import type { CommandContext } from './context';

/** What a build started before its images, for them to wait for where they need it. */
export interface EarlyWork {
  /** `detectBuilder`'s answer, asked for when the run began; undefined when the run builds no image. */
  readonly docker: Promise<DetectedBuilder> | undefined;
  /** Checks still running that must pass before anything is pushed (the bucket, the artifacts' size). */
  readonly beforePush: Promise<unknown>;
}

/**
 * The images of the run, pinned, in the order of `config.images`; and ECR's confirmation of those
 * pushed (each digest stored under every tag), still under way: the artifacts are composed meanwhile
 * and written once it is in.
 */
export interface PinnedImages {
  readonly images: PinnedImage[];
  readonly confirmed: Promise<unknown>;
}

/** Pins every image of the run (see `PinnedImages`). */
export async function pinImages(
  config: BuildConfig,
  context: CommandContext,
  ecr: ECRClient,
  early: EarlyWork,
): Promise<PinnedImages> {
  const { log } = context;
  const several = config.images.length > 1;
  const prebuilt = config.images.filter((spec): spec is PrebuiltImageSpec => spec.kind === 'prebuilt');
  const built = config.images.filter((spec): spec is BuiltImageSpec => spec.kind === 'build');
  const resolved =
    prebuilt.length === 0
      ? []
      : await log.group(
          several ? `Resolve ${prebuilt.map((spec) => spec.placeholder).join(', ')}` : 'Resolve the image',
          () => Promise.all(prebuilt.map((spec) => forImage(spec, several, () => resolveImage(spec, config, ecr)))),
        );
  const pushed =
    built.length === 0 || early.docker === undefined
      ? { images: [], confirmed: Promise.resolve() }
      : await buildAndPush(config, built, context, ecr, { docker: early.docker, beforePush: early.beforePush });
  return {
    images: config.images.map(
      (spec) => [...resolved, ...pushed.images].find((image) => image.spec === spec) as PinnedImage,
    ),
    confirmed: pushed.confirmed,
  };
}

/** An image to build, once its repository is known. */
interface ResolvedBuild {
  readonly spec: BuiltImageSpec;
  readonly build: ImageBuild;
  readonly repository: Repository;
  /** The tags of `tagsToLookUp` the repository holds. */
  readonly stored: ReadonlyMap<string, StoredImage>;
  /** The run's log, its lines led by the placeholder when several images build at once. */
  readonly log: Logger;
  /** Where this image's build writes what it built, in the private directory. */
  readonly key: string;
}

async function buildAndPush(
  config: BuildConfig,
  specs: readonly BuiltImageSpec[],
  context: CommandContext,
  ecr: ECRClient,
  early: EarlyWork & { readonly docker: Promise<DetectedBuilder> },
): Promise<PinnedImages> {
  const { log, run } = context;
  const several = config.images.length > 1;
  const shared = config.build;
  for (const [, value] of shared.secrets) log.mask(value);
  // Independent lookups, at once: each repository and the tags it holds that matter (the cache,
  // and immutable ones a build may not overwrite), the registry logins; beside them, what this
  // Docker can do (asked since the run began) and the checks that must pass before a push.
  const bucket = config.s3 === undefined ? '' : `, check bucket ${config.s3.bucket}`;
  const [targets, logins, builder] = await log.group(
    `${several ? 'Find the repositories and Docker' : 'Find the repository and Docker'}${bucket}`,
    () =>
      Promise.all([
        Promise.all(
          specs.map((spec, i) =>
            forImage(spec, several, async (): Promise<ResolvedBuild> => {
              const { build } = spec;
              // ECR Public: no cache tag, no immutable tag, so nothing to look up (and no BatchGetImage to ask).
              const [repository, stored] =
                spec.publicAlias === undefined
                  ? await privateTarget(ecr, config, spec, log, early.beforePush)
                  : ([
                      await publicRepository(config, spec, spec.publicAlias, log, early.beforePush),
                      new Map<string, StoredImage>(),
                    ] as const);
              return {
                spec,
                build,
                repository,
                stored,
                log: several ? imageLog(log, spec.placeholder) : log,
                key: several ? `-${i + 1}` : '',
              };
            }),
          ),
        ),
        registryLogins(config, specs, ecr, log),
        early.docker.then((detected) => reportBuilder(detected, log)),
        early.beforePush,
      ]),
  );
  for (const target of targets) {
    forImage(target.spec, several, () =>
      checkBuilderSupports(
        shared,
        builder,
        target.spec.tags.some((tag) => isTagImmutable(target.repository, tag)),
      ),
    );
  }
  const engine = locateDockerEngine(config.env);
  if (engine.remote) log.info(engine.description);
  if (shared.provenance !== 'false') log.warning(PROVENANCE_INDEX_WARNING);
  const registries = logins.map((login) => login.registry);
  // The logins go straight into the private config (no docker login: see docker/auth-config.ts).
  const [dockerConfig, secretFiles] = await log.group(`Log in to ${registries.join(', ')}`, async () => {
    const created = await createDockerConfigDir(config.env, logins, (secret) => log.mask(secret));
    try {
      return [created, await writeSecretFiles(created.path, shared.secrets)] as const;
    } catch (error) {
      created.remove();
      throw error;
    }
  });
  const session: DockerSession = { run, env: { DOCKER_CONFIG: dockerConfig.path }, log, limits: config.limits };
  try {
    const jobs = targets.map((target) => {
      const plan = planImage(builder, {
        repositoryUri: target.repository.uri,
        tags: target.spec.tags,
        noCache: shared.noCache,
        stored: target.stored,
        immutable: (tag) => isTagImmutable(target.repository, tag),
        ...(target.build.cacheTag !== undefined && { cacheTag: target.build.cacheTag }),
        engineKeepsLayers: engine.keepsLayers,
      });
      if (plan.cacheFrozen) {
        target.log.warning(
          `the cache tag '${target.build.cacheTag}' is immutable in ${target.repository.name}: the layer cache is read but not updated. Exclude it from immutability (IMMUTABLE_WITH_EXCLUSION) or set cache-tag.`,
        );
      }
      const build: BuildPlan = {
        refs: plan.refs,
        output: plan.output,
        secretFiles,
        ...(plan.cache && { cache: plan.cache }),
        metadataFile: join(dockerConfig.path, `build${target.key}.json`),
        iidFile: join(dockerConfig.path, `image-id${target.key}`),
      };
      return { target, plan, build, docker: { ...session, log: target.log } };
    });

    const title = several
      ? `Build ${targets.map((target) => target.spec.placeholder).join(', ')}`
      : `Build ${jobs[0]?.plan.refs.join(', ')}`;
    const builtImages = await log.group(title, () =>
      eachAtOnce(jobs, availableParallelism(), (job) =>
        forImage(job.target.spec, several, async () => {
          const written =
            builder.kind === 'buildx' ? { metadataFile: job.build.metadataFile } : { iidFile: job.build.iidFile };
          const built = await buildImage(
            job.docker,
            buildCommand(job.target.build, shared, builder, job.build),
            written,
            {
              pushes: job.build.output === 'push',
            },
          );
          job.target.log.info(
            `built ${[built.manifestDigest, built.configDigest && `config ${built.configDigest}`].filter(Boolean).join(', ')}`,
          );
          return built;
        }),
      ),
    );

    // Every image is compared with the immutable tags it would take before any is pushed.
    const pushes = jobs.map((job, i) => {
      const { target } = job;
      const built = builtImages[i] as BuiltImage;
      const tags = planPush(target.spec.tags, (tag) => isTagImmutable(target.repository, tag), target.stored, built);
      if (tags.conflict !== undefined) {
        throw new UserError(
          imageMessage(
            target.spec,
            `tag '${tags.conflict.tag}' already exists in ${target.repository.name}, whose tags are immutable, and points at another image (${tags.conflict.detail})`,
          ),
          imageSubject(target.spec, 'tags'),
          'use a tag that is new for each build, such as {sha}; or deploy the pushed image with image set to its URI',
        );
      }
      return { ...job, built, tags };
    });

    const digests = await log.group('Push', () =>
      eachAtOnce(pushes, pushes.length, (job) =>
        forImage(job.target.spec, several, async () => {
          const { target, plan, build, docker, built, tags } = job;
          for (const tag of tags.inPlace.keys())
            target.log.info(
              `${target.repository.uri}:${tag} already points at this image (immutable tag): not pushed again`,
            );
          const toPush = tags.push.map((tag) => `${target.repository.uri}:${tag}`);
          // The inline cache image: a second build, fully cached (its log goes to debug), under the cache tag.
          // Not when the cache tag already holds this unchanged build's layers: it would push what is there.
          const cacheCurrent =
            plan.cache !== undefined &&
            cacheHoldsBuild(built, target.spec.tags, target.stored, target.build.cacheTag as string);
          if (plan.cacheImage !== undefined && cacheCurrent)
            target.log.info(`${plan.cache?.ref} already holds the layers of this image: the cache is up to date`);
          const cacheBuild: BuildPlan | undefined =
            plan.cacheImage === undefined || plan.cache === undefined || cacheCurrent
              ? undefined
              : {
                  ...build,
                  refs: [plan.cache.ref],
                  output: plan.cacheImage,
                  metadataFile: join(dockerConfig.path, `cache${target.key}.json`),
                  inlineCacheImage: true,
                };
          const buildCacheImage = (cache: BuildPlan) =>
            buildImage(
              docker,
              buildCommand(target.build, shared, builder, cache),
              builder.kind === 'buildx' ? { metadataFile: cache.metadataFile } : { iidFile: build.iidFile },
              { level: 'debug', pushes: cache.output === 'push' },
            );
          let pushed: string[];
          if (pushedBy(builder) === 'docker') {
            // The cache image builds in the daemon while the image's layers go up; it is pushed with the other tags.
            pushed = await dockerPushAll(
              docker,
              toPush,
              cacheBuild && buildCacheImage(cacheBuild).then(() => cacheBuild.refs[0]),
            );
          } else {
            pushed = await builderPush(docker, target.build, shared, builder, build, toPush, built);
            if (cacheBuild) await updateCache(target.log, cacheBuild.refs[0] as string, buildCacheImage(cacheBuild));
          }
          const all = new Set([
            ...tags.inPlace.values(),
            ...pushed,
            ...(built.manifestDigest ? [built.manifestDigest] : []),
          ]);
          if (all.size !== 1)
            throw new ServiceError(
              'docker push',
              `the tags were pushed with different digests: ${[...all].join(', ')}`,
            );
          return [...all][0] as string;
        }),
      ),
    );
    dockerConfig.remove(); // before ECR confirms the images: Docker is done
    const confirmed = Promise.all(
      targets.map((target, i) =>
        forImage(target.spec, several, () => confirmImage(config, ecr, target, digests[i] as string)),
      ),
    );
    confirmed.catch(() => undefined); // awaited before the artifacts are written; composed meanwhile
    return {
      images: targets.map(({ spec, repository }, i) => ({
        spec,
        uri: `${namedUri(spec, repository)}@${digests[i] as string}`,
        digest: digests[i] as string,
        tags: spec.tags,
      })),
      confirmed,
    };
  } finally {
    dockerConfig.remove();
  }
}

/**
 * Runs `step` for one image. With several images in the run, what fails names the image: the
 * message leads with its placeholder and repository.
 */
function forImage<T>(spec: ImageSpec, several: boolean, step: () => T): T {
  const name = (error: unknown): never => {
    if (!several) throw error;
    const lead = imageName(spec);
    if (error instanceof UserError)
      throw new UserError(
        error.message.startsWith(spec.extra?.entry ?? lead) ? error.message : `${lead}: ${error.message}`,
        error.subject,
        error.fix,
      );
    if (error instanceof ServiceError) {
      throw new ServiceError(`${lead}: ${error.operation}`, error.detail, error.fix, { cause: error.cause });
    }
    throw error;
  };
  try {
    const result = step();
    return (result instanceof Promise ? result.catch(name) : result) as T;
  } catch (error) {
    return name(error);
  }
}

/**
 * `step` for each item, at most `limit` at a time, results in the items' order. Every started step
 * settles before the first failure goes up: a build still running writes in the private
 * directory, which goes once this returns.
 */
async function eachAtOnce<I, R>(items: readonly I[], limit: number, step: (item: I) => Promise<R>): Promise<R[]> {
  const results: PromiseSettledResult<R>[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      results[index] = await step(items[index] as I).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason: unknown) => {
          failed = true;
          return { status: 'rejected', reason };
        },
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  const failure = results.find((result) => result?.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<R>).value);
}

/** `log`, its lines led by `[placeholder]`; a group inside is a line, as groups cannot overlap. */
function imageLog(log: Logger, placeholder: string): Logger {
  const lead = (message: string) =>
    message
      .split('\n')
      .map((line) => `[${placeholder}] ${line}`)
      .join('\n');
  return {
    info: (message) => log.info(lead(message)),
    warning: (message) => log.warning(lead(message)),
    debug: (message) => log.debug(lead(message)),
    group: (title, step) => {
      log.info(lead(title));
      return step();
    },
    mask: (secret) => log.mask(secret),
  };
}

/**
 * Logins for the registry of each repository (Image1's first) and each of `login-registries`:
 * one GetAuthorizationToken per region and endpoint variant, with a client of its own for another;
 * ECR Public's through its own API. A FIPS or dual-stack host takes its account's login under its own name.
 */
async function registryLogins(
  config: BuildConfig,
  specs: readonly BuiltImageSpec[],
  ecr: ECRClient,
  log: Logger,
): Promise<RegistryLogin[]> {
  const mask = (secret: string) => log.mask(secret);
  // The repositories' registries: the credentials' own (no registry id) and the accounts named.
  const ids = [...new Set(specs.filter((spec) => spec.publicAlias === undefined).map((spec) => spec.registryId))];
  const named = ids.filter((id): id is string => id !== undefined);
  const extra = config.loginRegistries.filter(
    (entry) => !(entry.region === config.region && entry.host === undefined && named.includes(entry.registryId)),
  );
  const endpointOf = (entry: EcrRegistry) =>
    `${entry.region} ${entry.host?.fips ?? false} ${entry.host?.dualStack ?? false}`;
  const groups = [...new Set(extra.map(endpointOf))];
  const byEndpoint = await Promise.all(
    groups.map(async (group) => {
      const entries = extra.filter((entry) => endpointOf(entry) === group);
      const [first] = entries as [EcrRegistry];
      const ids = [...new Set(entries.map((entry) => entry.registryId))];
      const client =
        first.region === config.region && first.host === undefined
          ? ecr
          : await createEcrClient(first.region, config.limits, first.host);
      try {
        const logins = await getRegistryLogins(client, mask, ids);
        return [...logins, ...hostLogins(entries, ids, logins, config.env)];
      } finally {
        if (client !== ecr) client.destroy();
      }
    }),
  );
  const [own, ofNamed, ecrPublic] = await Promise.all([
    ids.includes(undefined) ? getRegistryLogins(ecr, mask) : [],
    named.length > 0 ? getRegistryLogins(ecr, mask, named) : [],
    config.loginPublic || specs.some((spec) => spec.publicAlias !== undefined) ? publicRegistryLogin(config, mask) : [],
  ]);
  const repositoryHosts = specs.flatMap((spec) =>
    spec.registryHost === undefined || spec.registryId === undefined
      ? []
      : [{ registryId: spec.registryId, host: spec.registryHost }],
  );
  const logins = [
    ...own,
    ...ofNamed,
    ...hostLogins(
      repositoryHosts.map(({ registryId, host }) => ({ registryId, host: { host } })),
      named,
      ofNamed,
      config.env,
    ),
    ...byEndpoint.flat(),
    ...ecrPublic,
  ];
  return logins.filter((login, i) => logins.findIndex((other) => other.registry === login.registry) === i);
}

/** The login of each entry given as a FIPS or dual-stack host, under that host: `logins` are those of `ids`, in order. */
function hostLogins(
  entries: readonly { readonly registryId: string; readonly host?: { readonly host: string } }[],
  ids: readonly string[],
  logins: readonly RegistryLogin[],
  env: BuildConfig['env'],
): RegistryLogin[] {
  return entries.flatMap((entry) => {
    const login = logins[ids.indexOf(entry.registryId)];
    return entry.host === undefined || login === undefined
      ? []
      : [{ ...login, registry: loginAddress(entry.host.host, env) }];
  });
}

/** Where Docker logs in for `host` (the test override, see `registryAddress`). */
function loginAddress(host: string, env: BuildConfig['env']): string {
  const address = registryAddress(host, env);
  if (typeof address === 'string') return address;
  // An environment variable, not an input: named the way a file is (no input has its name).
  throw new UserError(
    address.problem,
    { file: `the environment variable ${REGISTRY_ADDRESSES_VARIABLE}` },
    'write host=address pairs separated by commas (public.ecr.aws=127.0.0.1:5000), or unset it: it is meant for tests',
  );
}

/** The login to ECR Public, through a client of its own (us-east-1). */
async function publicRegistryLogin(config: BuildConfig, mask: (secret: string) => void): Promise<RegistryLogin[]> {
  const login = await withEcrPublicClient(config.limits, (client) => getPublicRegistryLogin(client, mask));
  return [{ ...login, registry: loginAddress(login.registry, config.env) }];
}

/** An ECR Public repository, pushed to where Docker logged in to `public.ecr.aws` (the test override moves it). */
async function publicRepository(
  config: BuildConfig,
  spec: BuiltImageSpec,
  alias: string,
  log: Logger,
  beforePush: Promise<unknown>,
): Promise<Repository> {
  const repository = await withEcrPublicClient(config.limits, (client) =>
    ensurePublicRepository(client, spec, alias, config.createRepository && beforePush, log),
  );
  return { ...repository, uri: `${loginAddress(ECR_PUBLIC_HOST, config.env)}/${alias}/${repository.name}` };
}

/**
 * The repository as pushed to: under the FIPS or dual-stack host its URI gave (where the test override sends it), else
 * as ECR names it.
 */
function atRegistryHost(repository: Repository, spec: BuiltImageSpec, env: BuildConfig['env']): Repository {
  return spec.registryHost === undefined
    ? repository
    : { ...repository, uri: `${loginAddress(spec.registryHost, env)}/${repository.name}` };
}

/** The URI the pushed images are named by: under the host the user wrote, wherever the test override pushed them. */
function namedUri(spec: BuiltImageSpec, repository: Repository): string {
  if (spec.publicAlias !== undefined) return publicRepositoryUri(spec.publicAlias, repository.name);
  return spec.registryHost === undefined ? repository.uri : `${spec.registryHost}/${repository.name}`;
}

/**
 * `docker push` of each reference, and of the inline cache image once it is built; returns the
 * image's digests.
 */
async function dockerPushAll(
  session: DockerSession,
  refs: readonly string[],
  cacheRef: Promise<string | undefined> | undefined,
): Promise<string[]> {
  const [first, ...others] = refs;
  // The first push uploads the layers; the others, at once, only add names. Concurrent pushes
  // that upload the same layers race: one may put its manifest before another's blob is in.
  // Both settle before either's failure goes up: the cache build writes in the private config
  // directory, which goes once this returns.
  const [pushed, cache] = await Promise.allSettled([
    first === undefined ? [] : pushImage(session, first).then((digest) => [digest]),
    cacheRef,
  ]);
  if (pushed.status === 'rejected') throw pushed.reason;
  if (cache.status === 'rejected') throw cache.reason;
  const cacheRefValue = cache.value;
  const [rest] = await Promise.all([
    Promise.all(others.map((ref) => pushImage(session, ref))),
    cacheRefValue && updateCache(session.log, cacheRefValue, pushImage(session, cacheRefValue)),
  ]);
  return [...pushed.value, ...rest];
}

/**
 * The cache tag's update, which does not fail the build: parallel runs of one repository (a
 * monorepo's jobs, a re-run beside a run) push the same cache tag at once, and the registry may
 * refuse all but one. The image is pushed either way; the next build reads whichever cache won.
 */
async function updateCache(log: Logger, ref: string, update: Promise<unknown>): Promise<void> {
  try {
    await update;
  } catch (error) {
    const reason = error instanceof ServiceError ? error.detail.split('\n').at(-1) : String(error);
    log.warning(
      `the layer cache ${ref} was not updated (${reason}); the image is pushed. Another run pushing the same cache tag at once is the usual cause; the next build updates it.`,
    );
  }
}

/**
 * The digests of a push by the builder: done by the build itself (`push` output), or by a second
 * build of the same plan, fully cached, naming only the tags still to push — which must give the
 * image the first build gave (checked by the caller, with the tags already in place).
 */
async function builderPush(
  session: DockerSession,
  image: ImageBuild,
  settings: BuildSettings,
  builder: Builder,
  plan: BuildPlan,
  refs: readonly string[],
  built: BuiltImage,
): Promise<string[]> {
  if (refs.length === 0) return [];
  const { cache: _cache, ...rest } = plan;
  // A docker driver on the classic store knows its manifest only once it pushed.
  const pushed =
    plan.output === 'push'
      ? built
      : await buildImage(
          session,
          buildCommand(image, settings, builder, { ...rest, refs, output: 'push' }),
          { metadataFile: plan.metadataFile },
          { pushes: true },
        );
  if (pushed.manifestDigest === undefined)
    throw new ServiceError('docker buildx build', `pushed ${refs.join(', ')} but reported no manifest digest`);
  session.log.info(`pushed ${refs.join(', ')} (${pushed.manifestDigest})`);
  return [pushed.manifestDigest];
}

/** Writes each build secret to a file of its own (0600) in the private directory, deleted with it. */
async function writeSecretFiles(
  dir: string,
  secrets: readonly (readonly [string, string])[],
): Promise<[string, string][]> {
  if (secrets.length === 0) return [];
  const secretDir = join(dir, 'secrets');
  await mkdir(secretDir, { mode: 0o700 });
  return Promise.all(
    secrets.map(async ([id, value]): Promise<[string, string]> => {
      const file = join(secretDir, id);
      await writeFile(file, value, { mode: 0o600 });
      return [id, file];
    }),
  );
}

/**
 * A private repository and the tags it holds that matter (`tagsToLookUp`), looked up at once: the tags' lookup needs
 * nothing from the repository's answer. A missing repository is reported before a failed lookup.
 */
async function privateTarget(
  ecr: ECRClient,
  config: BuildConfig,
  spec: BuiltImageSpec,
  log: Logger,
  beforePush: Promise<unknown>,
): Promise<readonly [Repository, Map<string, StoredImage>]> {
  const [found, stored] = await Promise.allSettled([
    ensureRepository(ecr, config, spec, log, beforePush),
    findImagesByTag(
      ecr,
      { name: spec.repository, registryId: spec.registryId },
      tagsToLookUp(spec.tags, spec.build.cacheTag),
    ),
  ]);
  if (found.status === 'rejected') throw found.reason;
  if (stored.status === 'rejected') throw stored.reason;
  return [atRegistryHost(found.value, spec, config.env), stored.value];
}

async function ensureRepository(
  ecr: ECRClient,
  config: BuildConfig,
  spec: BuiltImageSpec,
  log: Logger,
  beforePush: Promise<unknown>,
): Promise<Repository> {
  const name = spec.repository;
  const found = await findRepository(ecr, name, spec.registryId);
  if (found !== undefined) {
    log.info(`${found.uri} (tags ${found.tagMutability.toLowerCase().replace(/_/g, ' ')})`);
    return found;
  }
  const where = `${spec.registryId ? `the registry of account ${spec.registryId} in ` : ''}${config.region}`;
  if (!config.createRepository) {
    throw new UserError(
      imageMessage(spec, `'${name}' does not exist in ${where}`),
      imageSubject(spec, 'repository'),
      'create it (aws ecr create-repository, or your infrastructure code), check the region and registry-id, or set create-repository to true',
    );
  }
  await beforePush; // nothing is written to the account while a check before the push can still fail
  const created = await createRepository(ecr, name, spec.registryId);
  log.info(`created ${created.uri}`);
  return created;
}

/**
 * Confirms through ECR (ECR Public's API for a public repository) that `digest` is stored with every tag of the
 * target.
 */
async function confirmImage(config: BuildConfig, ecr: ECRClient, target: ResolvedBuild, digest: string): Promise<void> {
  const { repository, spec } = target;
  const alias = spec.publicAlias;
  const stored =
    alias === undefined
      ? await describeImage(ecr, repository, digest)
      : await withEcrPublicClient(config.limits, (client) => describePublicImage(client, repository, digest));
  const missing = spec.tags.filter((tag) => !stored.tags.includes(tag));
  if (stored.digest !== digest || missing.length > 0) {
    const service = alias === undefined ? 'ECR' : 'ECR Public';
    throw new ServiceError(
      `${service} DescribeImages ${repository.name}@${digest}`,
      `${service} does not list ${missing.join(', ') || 'the pushed digest'} on this image (it lists ${stored.tags.join(', ') || 'no tags'})`,
    );
  }
}

/**
 * A prebuilt image, pinned to its digest. In an ECR repository of this account, the digest (or
 * the tag) is looked up, so the artifact never points at an image ECR does not hold; elsewhere a
 * pinned image is taken as is.
 */
async function resolveImage(spec: PrebuiltImageSpec, config: BuildConfig, ecr: ECRClient): Promise<PinnedImage> {
  const { image } = spec;
  const subject = imageSubject(spec, 'image');
  const repository = await findRepository(ecr, image.repository);
  const registry = repository && new URL(`https://${repository.uri}`).host;
  const ours = repository !== undefined && registry === image.registry ? repository : undefined;
  if (image.digest !== undefined) {
    if (ours !== undefined) await describeImage(ecr, ours, image.digest, subject);
    return {
      spec,
      uri: formatImageUri({ ...image, tag: undefined }),
      digest: image.digest,
      tags: image.tag ? [image.tag] : [],
    };
  }
  const tag = image.tag ?? 'latest';
  if (ours === undefined) {
    throw new UserError(
      imageMessage(
        spec,
        `${formatImageUri(image)} is not in an ECR repository of this account in ${config.region}, so its tag cannot be resolved to a digest`,
      ),
      subject,
      'pass the image pinned to its digest: registry/repository@sha256:…',
    );
  }
  const stored = (await findImagesByTag(ecr, ours, [tag])).get(tag);
  if (stored === undefined) {
    throw new UserError(
      imageMessage(spec, `tag '${tag}' does not exist in ${ours.name}`),
      subject,
      'push the image first, or fix the tag',
    );
  }
  return { spec, uri: `${ours.uri}@${stored.digest}`, digest: stored.digest, tags: [tag] };
}
