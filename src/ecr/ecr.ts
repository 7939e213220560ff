/**
 * Amazon ECR's control plane through `@aws-sdk/client-ecr`: the login token, the repository and
 * image lookups. The SDK is loaded on first use, so commands that never reach ECR start fast.
 * Every function takes the client; its endpoint comes from the standard AWS configuration.
 */
import type { ECRClient, ImageTagMutabilityExclusionFilter } from '@aws-sdk/client-ecr';
import {
  awsErrorName,
  awsServiceError,
  boundCalls,
  boundedClientOptions,
  configuredEndpoint,
  quietSdkNodeWarning,
  type AwsCallLimits,
} from '../aws';
import { ServiceError, UserError, type Subject } from '../errors';
import { proxyAgents } from '../proxy';
import { traced } from '../trace';
import type { EcrEndpointVariant } from './registry-hosts';

/**
 * Creates a client for `region` whose calls are bounded by `limits`, loading the SDK now. `variant` picks ECR's FIPS or
 * dual-stack endpoint (a registry host of that form was given); without it the SDK's own settings apply
 * (`AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`, the shared config file). An endpoint the environment sets for
 * ECR (`AWS_ENDPOINT_URL_ECR`: a VPC endpoint, a test stack) is where the user chose the calls go: the variant is left
 * out beside it, which the SDK would refuse ("FIPS and custom endpoint are not supported").
 */
export async function createEcrClient(
  region: string,
  limits: AwsCallLimits,
  variant?: EcrEndpointVariant,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ECRClient> {
  const { ECRClient } = await traced('load', '@aws-sdk/client-ecr', () => import('@aws-sdk/client-ecr'));
  quietSdkNodeWarning();
  const chosen = configuredEndpoint(env, 'ECR') !== undefined;
  return boundCalls(
    new ECRClient({
      region,
      ...(variant?.fips && !chosen && { useFipsEndpoint: true }),
      ...(variant?.dualStack && !chosen && { useDualstackEndpoint: true }),
      ...boundedClientOptions(limits, proxyAgents()),
    }),
    limits,
  );
}

async function sdk() {
  return import('@aws-sdk/client-ecr');
}

export interface RegistryLogin {
  /** Registry host (and port), as image references name it. */
  readonly registry: string;
  readonly username: string;
  readonly password: string;
}

/**
 * Gets registry logins from GetAuthorizationToken: for the credentials' own registry, or for each
 * of `registryIds` (other accounts' registries, which must allow this caller to pull or push).
 * `mask` receives each token and password the moment they exist, before anything can log them.
 */
export async function getRegistryLogins(
  client: ECRClient,
  mask: (secret: string) => void,
  registryIds?: readonly string[],
): Promise<RegistryLogin[]> {
  const { GetAuthorizationTokenCommand } = await sdk();
  const operation = `ECR GetAuthorizationToken${registryIds ? ` for ${registryIds.join(', ')}` : ''}`;
  let data;
  try {
    data =
      (await client.send(new GetAuthorizationTokenCommand(registryIds ? { registryIds: [...registryIds] } : {})))
        .authorizationData ?? [];
  } catch (error) {
    throw awsServiceError(operation, error, 'ecr:GetAuthorizationToken');
  }
  if (data.length === 0 || data.length !== (registryIds?.length ?? 1))
    throw new ServiceError(operation, `the response has ${data.length} authorizations`);
  return data.map((entry) => {
    const token = entry.authorizationToken;
    if (token === undefined || entry.proxyEndpoint === undefined) {
      throw new ServiceError(operation, 'the response has no authorization token or proxy endpoint');
    }
    return { registry: new URL(entry.proxyEndpoint).host, ...decodeAuthorizationToken(token, operation, mask) };
  });
}

/**
 * The user and password in an authorization token (base64 of `user:password`), ECR's or ECR Public's; `mask` gets
 * the token and the password before anything else can see them.
 */
export function decodeAuthorizationToken(
  token: string,
  operation: string,
  mask: (secret: string) => void,
): { username: string; password: string } {
  mask(token);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const password = decoded.slice(colon + 1);
  mask(password);
  if (colon <= 0 || password === '') throw new ServiceError(operation, 'the token is not user:password');
  return { username: decoded.slice(0, colon), password };
}

export interface Repository {
  readonly name: string;
  readonly uri: string;
  readonly registryId: string;
  readonly tagMutability: string;
  readonly exclusionFilters: readonly ImageTagMutabilityExclusionFilter[];
}

/** Looks the repository up (in another account's registry with `registryId`); undefined when it does not exist. */
export async function findRepository(
  client: ECRClient,
  name: string,
  registryId?: string,
): Promise<Repository | undefined> {
  const { DescribeRepositoriesCommand } = await sdk();
  try {
    const found = (
      await client.send(new DescribeRepositoriesCommand({ repositoryNames: [name], ...(registryId && { registryId }) }))
    ).repositories?.[0];
    return found && toRepository(found);
  } catch (error) {
    if (awsErrorName(error) === 'RepositoryNotFoundException') return undefined;
    throw awsServiceError(`ECR DescribeRepositories for ${name}`, error, 'ecr:DescribeRepositories');
  }
}

/**
 * Creates the repository with ECR's defaults (mutable tags, AES256 encryption), in `registryId`'s
 * registry if given. One that exists already is used as it is: another first build created it at
 * the same time, or this call's own first attempt did and its reply was lost before the SDK retried.
 * A call answered by silence is not retried (see `boundCalls`) but may have created the
 * repository: it is looked up before the call counts as failed.
 */
export async function createRepository(client: ECRClient, name: string, registryId?: string): Promise<Repository> {
  const { CreateRepositoryCommand } = await sdk();
  try {
    const created = (
      await client.send(new CreateRepositoryCommand({ repositoryName: name, ...(registryId && { registryId }) }))
    ).repository;
    if (created === undefined) throw new ServiceError(`ECR CreateRepository ${name}`, 'the response has no repository');
    return toRepository(created);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    if (awsErrorName(error) === 'RepositoryAlreadyExistsException') {
      const found = await findRepository(client, name, registryId);
      if (found !== undefined) return found;
    }
    if (awsErrorName(error) === 'EndpointSilent') {
      // The lookup's own failure says less than the silence that led to it.
      const found = await findRepository(client, name, registryId).catch(() => undefined);
      if (found !== undefined) return found;
    }
    throw awsServiceError(`ECR CreateRepository ${name}`, error, 'ecr:CreateRepository');
  }
}

function toRepository(repository: {
  repositoryName?: string;
  repositoryUri?: string;
  registryId?: string;
  imageTagMutability?: string;
  imageTagMutabilityExclusionFilters?: ImageTagMutabilityExclusionFilter[];
}): Repository {
  const { repositoryName, repositoryUri, registryId } = repository;
  if (!repositoryName || !repositoryUri || !registryId) {
    throw new ServiceError('ECR DescribeRepositories', 'the repository has no name, URI or registry id');
  }
  return {
    name: repositoryName,
    uri: repositoryUri,
    registryId,
    tagMutability: repository.imageTagMutability ?? 'MUTABLE',
    exclusionFilters: repository.imageTagMutabilityExclusionFilters ?? [],
  };
}

/**
 * Whether pushing `tag` again would be refused: IMMUTABLE repositories refuse every existing tag,
 * `IMMUTABLE_WITH_EXCLUSION` all but the excluded ones, `MUTABLE_WITH_EXCLUSION` only the
 * excluded ones.
 */
export function isTagImmutable(repository: Repository, tag: string): boolean {
  const excluded = repository.exclusionFilters.some(
    (filter) => filter.filter !== undefined && wildcard(filter.filter).test(tag),
  );
  switch (repository.tagMutability) {
    case 'IMMUTABLE':
      return true;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded;
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded;
    default:
      return false;
  }
}

function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/** An image as ECR stores it. */
export interface StoredImage {
  readonly digest: string;
  /** The image config digest, which is the local image id for a Docker-built image. */
  readonly configDigest?: string;
  /** The layers' digests (a single image manifest). */
  readonly layers?: readonly string[];
  readonly tags: readonly string[];
}

const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
];

/**
 * The images `tags` point at, in one BatchGetImage (which reports misses in `failures`): tags
 * that do not exist are absent from the map, and so are all of a repository that does not exist
 * (the lookup runs beside the repository's own, which says so or creates it). `registryId`
 * undefined is the credentials' own registry.
 */
export async function findImagesByTag(
  client: ECRClient,
  repository: { readonly name: string; readonly registryId?: string | undefined },
  tags: readonly string[],
): Promise<Map<string, StoredImage>> {
  const found = new Map<string, StoredImage>();
  if (tags.length === 0) return found;
  const { BatchGetImageCommand } = await sdk();
  const operation = `ECR BatchGetImage ${repository.name}:${tags.join(',')}`;
  let response;
  try {
    response = await client.send(
      new BatchGetImageCommand({
        registryId: repository.registryId,
        repositoryName: repository.name,
        imageIds: tags.map((imageTag) => ({ imageTag })),
        acceptedMediaTypes: MANIFEST_TYPES,
      }),
    );
  } catch (error) {
    if (awsErrorName(error) === 'RepositoryNotFoundException') return found;
    throw awsServiceError(operation, error, 'ecr:BatchGetImage');
  }
  const failure = response.failures?.find(
    (f) => f.failureCode !== 'ImageNotFound' && f.failureCode !== 'ImageTagDoesNotMatchDigest',
  );
  if (failure !== undefined) throw new ServiceError(operation, `${failure.failureCode}: ${failure.failureReason}`);
  for (const image of response.images ?? []) {
    const { imageTag, imageDigest } = image.imageId ?? {};
    if (imageTag === undefined || imageDigest === undefined) continue;
    found.set(imageTag, { digest: imageDigest, ...manifestParts(image.imageManifest), tags: [imageTag] });
  }
  return found;
}

/** The config digest and layers of a single image manifest; nothing of an index. */
function manifestParts(manifest: string | undefined): { configDigest?: string; layers?: string[] } {
  try {
    const parsed = JSON.parse(manifest ?? '') as { config?: { digest?: unknown }; layers?: { digest?: unknown }[] };
    const digest = parsed.config?.digest;
    if (typeof digest !== 'string') return {};
    const layers = Array.isArray(parsed.layers) ? parsed.layers.map((layer) => layer.digest) : undefined;
    return {
      configDigest: digest,
      ...(layers?.every((layer): layer is string => typeof layer === 'string') && { layers }),
    };
  } catch {
    return {};
  }
}

/**
 * The image with `digest` and all its tags (DescribeImages). A miss is a ServiceError, or, when
 * the digest came from the user, a UserError about `subject`.
 */
export async function describeImage(
  client: ECRClient,
  repository: Repository,
  digest: string,
  subject?: Subject,
): Promise<StoredImage> {
  const { DescribeImagesCommand } = await sdk();
  const operation = `ECR DescribeImages ${repository.name}@${digest}`;
  try {
    const details = (
      await client.send(
        new DescribeImagesCommand({
          registryId: repository.registryId,
          repositoryName: repository.name,
          imageIds: [{ imageDigest: digest }],
        }),
      )
    ).imageDetails?.[0];
    if (details?.imageDigest === undefined) throw new ServiceError(operation, 'no image in the response');
    return { digest: details.imageDigest, tags: details.imageTags ?? [] };
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    if (subject !== undefined && awsErrorName(error) === 'ImageNotFoundException') {
      throw new UserError(
        `${repository.name} holds no image ${digest}`,
        subject,
        'push the image first, or fix the digest',
      );
    }
    throw awsServiceError(operation, error, 'ecr:DescribeImages');
  }
}
