/**
 * Amazon ECR Public through `@aws-sdk/client-ecr-public`, which answers in us-east-1 only, for the one registry host
 * `public.ecr.aws`: the login (GetAuthorizationToken; its answer has no proxy endpoint), and a public repository as the
 * target of a build (`public.ecr.aws/<alias>/<name>`): the alias's registry (DescribeRegistries), the repository
 * (DescribeRepositories, CreateRepository) and the pushed image (DescribeImages). ECR Public has neither BatchGetImage
 * nor tag immutability: every tag may be pushed over, so the immutable-tag check has nothing to check there. Pulling
 * public images works without a login; a login raises the anonymous pull rate limits (`FROM public.ecr.aws/…`). The
 * SDK is loaded on first use; its endpoint comes from the standard AWS configuration (`AWS_ENDPOINT_URL_ECR_PUBLIC`).
 */
import type { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import {
  awsErrorName,
  awsServiceError,
  boundCalls,
  boundedClientOptions,
  quietSdkNodeWarning,
  type AwsCallLimits,
} from '../aws';
import { ServiceError, UserError } from '../errors';
import { imageMessage, imageSubject, type BuiltImageSpec } from '../images';
import type { Logger } from '../log';
import { proxyAgents } from '../proxy';
import { traced } from '../trace';
import { decodeAuthorizationToken, type RegistryLogin, type Repository, type StoredImage } from './ecr';
import { ECR_PUBLIC_HOST, ECR_PUBLIC_REGION } from './registry-hosts';

/** Creates an ECR Public client (us-east-1, whatever the run's region) whose calls are bounded by `limits`. */
export async function createEcrPublicClient(limits: AwsCallLimits): Promise<ECRPUBLICClient> {
  const { ECRPUBLICClient } = await traced(
    'load',
    '@aws-sdk/client-ecr-public',
    () => import('@aws-sdk/client-ecr-public'),
  );
  quietSdkNodeWarning();
  return boundCalls(
    new ECRPUBLICClient({ region: ECR_PUBLIC_REGION, ...boundedClientOptions(limits, proxyAgents()) }),
    limits,
  );
}

/** The login to `public.ecr.aws`; `mask` receives the token and password the moment they exist. */
export async function getPublicRegistryLogin(
  client: ECRPUBLICClient,
  mask: (secret: string) => void,
): Promise<RegistryLogin> {
  const { GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr-public');
  const operation = 'ECR Public GetAuthorizationToken';
  let token;
  try {
    token = (await client.send(new GetAuthorizationTokenCommand({}))).authorizationData?.authorizationToken;
  } catch (error) {
    throw awsServiceError(operation, error, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
  }
  if (token === undefined) throw new ServiceError(operation, 'the response has no authorization token');
  return { registry: ECR_PUBLIC_HOST, ...decodeAuthorizationToken(token, operation, mask) };
}

/** Runs `step` with an ECR Public client of its own, destroyed after it. */
export async function withEcrPublicClient<T>(
  limits: AwsCallLimits,
  step: (client: ECRPUBLICClient) => Promise<T>,
): Promise<T> {
  const client = await createEcrPublicClient(limits);
  try {
    return await step(client);
  } finally {
    client.destroy();
  }
}

/** `public.ecr.aws/<alias>/<name>`: the repository's URI, the name its images go by. */
export function publicRepositoryUri(alias: string, name: string): string {
  return `${ECR_PUBLIC_HOST}/${alias}/${name}`;
}

/**
 * The account of the caller's public registry whose active aliases include `alias` (DescribeRegistries, every page),
 * or the active aliases there are when none is `alias`: a URI naming another account's alias would push nowhere the
 * caller owns.
 */
export async function findPublicRegistry(
  client: ECRPUBLICClient,
  alias: string,
): Promise<{ registryId: string } | { aliases: string[] }> {
  const { DescribeRegistriesCommand } = await import('@aws-sdk/client-ecr-public');
  const aliases: string[] = [];
  let nextToken: string | undefined;
  do {
    let page;
    try {
      page = await client.send(new DescribeRegistriesCommand({ ...(nextToken && { nextToken }) }));
    } catch (error) {
      throw awsServiceError('ECR Public DescribeRegistries', error, 'ecr-public:DescribeRegistries');
    }
    for (const registry of page.registries ?? []) {
      const active = (registry.aliases ?? []).filter((entry) => entry.status === 'ACTIVE').map((entry) => entry.name);
      if (registry.registryId !== undefined && active.includes(alias)) return { registryId: registry.registryId };
      aliases.push(...active.filter((name): name is string => name !== undefined));
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return { aliases };
}

/**
 * The public repository of `spec`, in the registry of `alias` (`spec.publicAlias`), created when missing and `create`
 * allows it: `create` is what must pass first (nothing is written to the account while a check can still fail). Its
 * `uri` is `public.ecr.aws/<alias>/<name>` under the alias the user gave (any active alias of the registry pulls it),
 * and its tags are mutable: ECR Public has no tag immutability. A missing alias or repository is the user's to fix
 * (exit 2).
 */
export async function ensurePublicRepository(
  client: ECRPUBLICClient,
  spec: BuiltImageSpec,
  alias: string,
  create: false | Promise<unknown>,
  log: Logger,
): Promise<Repository> {
  const name = spec.repository;
  const uri = publicRepositoryUri(alias, name);
  const registry = await findPublicRegistry(client, alias);
  if ('aliases' in registry) {
    throw new UserError(
      imageMessage(
        spec,
        `'${alias}' is not an active alias of this account's ECR Public registry (${registry.aliases.length === 0 ? 'it has none: no public repository was ever created' : `its aliases: ${registry.aliases.join(', ')}`})`,
      ),
      imageSubject(spec, 'repository'),
      "use your registry's alias (aws ecr-public describe-registries), or run with the credentials of the account that owns the alias",
    );
  }
  const toRepository = (found: { repositoryName?: string | undefined }): Repository => {
    if (found.repositoryName !== name)
      throw new ServiceError(`ECR Public DescribeRepositories ${name}`, 'the response names another repository');
    return { name, uri, registryId: registry.registryId, tagMutability: 'MUTABLE', exclusionFilters: [] };
  };
  const found = await findPublicRepository(client, registry.registryId, name);
  if (found !== undefined) {
    log.info(`${uri} (ECR Public: tags mutable)`);
    return toRepository(found);
  }
  if (create === false) {
    throw new UserError(
      imageMessage(spec, `'${name}' does not exist in the ECR Public registry ${alias}`),
      imageSubject(spec, 'repository'),
      'create it (aws ecr-public create-repository --region us-east-1, or your infrastructure code), or set create-repository to true',
    );
  }
  await create;
  const { CreateRepositoryCommand } = await import('@aws-sdk/client-ecr-public');
  const operation = `ECR Public CreateRepository ${name}`;
  try {
    const created = (await client.send(new CreateRepositoryCommand({ repositoryName: name }))).repository;
    if (created === undefined) throw new ServiceError(operation, 'the response has no repository');
    log.info(`created ${uri} (public: listed in the ECR Public Gallery)`);
    return toRepository(created);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    // Another first build created it at the same time, or this call's own first attempt did (see ecr.ts).
    if (awsErrorName(error) === 'RepositoryAlreadyExistsException' || awsErrorName(error) === 'EndpointSilent') {
      const again = await findPublicRepository(client, registry.registryId, name).catch(() => undefined);
      if (again !== undefined) return toRepository(again);
    }
    throw awsServiceError(operation, error, 'ecr-public:CreateRepository');
  }
}

/** The public repository `name` in `registryId`'s registry (DescribeRepositories); undefined when it does not exist. */
async function findPublicRepository(client: ECRPUBLICClient, registryId: string, name: string) {
  const { DescribeRepositoriesCommand } = await import('@aws-sdk/client-ecr-public');
  try {
    return (await client.send(new DescribeRepositoriesCommand({ registryId, repositoryNames: [name] })))
      .repositories?.[0];
  } catch (error) {
    if (awsErrorName(error) === 'RepositoryNotFoundException') return undefined;
    throw awsServiceError(`ECR Public DescribeRepositories ${name}`, error, 'ecr-public:DescribeRepositories');
  }
}

/** The image with `digest` in a public repository, with all its tags (DescribeImages). */
export async function describePublicImage(
  client: ECRPUBLICClient,
  repository: Repository,
  digest: string,
): Promise<StoredImage> {
  const { DescribeImagesCommand } = await import('@aws-sdk/client-ecr-public');
  const operation = `ECR Public DescribeImages ${repository.name}@${digest}`;
  let details;
  try {
    details = (
      await client.send(
        new DescribeImagesCommand({
          registryId: repository.registryId,
          repositoryName: repository.name,
          imageIds: [{ imageDigest: digest }],
        }),
      )
    ).imageDetails?.[0];
  } catch (error) {
    throw awsServiceError(operation, error, 'ecr-public:DescribeImages');
  }
  if (details?.imageDigest === undefined) throw new ServiceError(operation, 'no image in the response');
  return { digest: details.imageDigest, tags: details.imageTags ?? [] };
}
