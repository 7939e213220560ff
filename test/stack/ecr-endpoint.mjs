// @ts-check
/**
 * ECR's control plane as the AWS SDK sees it: AWS JSON 1.1 over `POST /`, SigV4-checked, AWS error shapes,
 * timestamps in epoch seconds. Repository settings live in the RepositoryStore; images are read from the real registry.
 * The same endpoint answers ECR Public (`SpencerFrontendService.<operation>`, ECR Public's JSON 1.1 target prefix, signed
 * for the service `ecr-public` in us-east-1, the only region of its API), so that `AWS_ENDPOINT_URL_ECR_PUBLIC` can
 * point at it too: the login, and the calls a build makes about a public repository (DescribeRegistries,
 * DescribeRepositories, CreateRepository, DescribeImages, DescribeImageTags) over the stack account's public registry,
 * alias PUBLIC_ALIAS, whose images are in the same registry (see repositories.mjs). ECR Public has no BatchGetImage
 * and no tag immutability: neither is answered for it here.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import {
  PUBLIC_ALIAS,
  publicStorageName,
  REPOSITORY_NAME_PATTERN,
  SECOND_ACCOUNT_ID,
  secondRegistryHost,
  splitStorageName,
  storageName,
} from './repositories.mjs';
import { verifySigV4 } from './sigv4.mjs';

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';
const PUBLIC_TARGET_PREFIX = 'SpencerFrontendService.';
/** ECR Public's API answers in us-east-1 only, whatever the stack's region. */
const PUBLIC_REGION = 'us-east-1';
const MUTABILITIES = ['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'];
const ENCRYPTION_TYPES = ['AES256', 'KMS', 'KMS_DSSE'];
const TOKEN_LIFETIME_S = 12 * 3600;
/** ECR Public's repository names: ECR's pattern, at most 205 characters (its CreateRepository). */
const PUBLIC_NAME_MAX = 205;

/** An error ECR answers with HTTP 400 and `{"__type", "message"}`. */
class EcrError extends Error {
  /** @param {string} type @param {string} [message] */
  constructor(type, message) {
    super(message);
    this.type = type;
  }
}

/**
 * @param {string} field
 * @param {string} constraint
 */
function invalidParameter(field, constraint) {
  return new EcrError(
    'InvalidParameterException',
    `Invalid parameter at '${field}' failed to satisfy constraint: '${constraint}'`,
  );
}

/**
 * @typedef {import('./repositories.mjs').RepositoryRecord} RepositoryRecord
 * @typedef {{ digest: string, tags: string[], manifest: import('./registry-client.mjs').Manifest, pushedAt?: number }} Image
 * @typedef {{ imageDigest?: string, imageTag?: string }} ImageId
 * @typedef {Record<string, any>} Input an operation's JSON input, as untrusted as on the real service
 */

/**
 * @param {object} options
 * @param {string} options.region
 * @param {string} options.accountId
 * @param {import('./sigv4.mjs').Credentials} options.credentials
 * @param {string} options.registryHost host:port of the registry front, as in image names
 * @param {string} options.password the registry password that GetAuthorizationToken hands out
 * @param {import('./repositories.mjs').RepositoryStore} options.repositories
 * @param {import('./registry-client.mjs').RegistryClient} options.registry
 * @param {(line: string) => void} options.log
 */
export function createEcrEndpoint({
  region,
  accountId,
  credentials,
  registryHost,
  password,
  repositories,
  registry,
  log,
}) {
  /** Registry host by account: the caller's own, and the second account's (see SECOND_ACCOUNT_ID). */
  const hosts = new Map([
    [accountId, registryHost],
    [SECOND_ACCOUNT_ID, secondRegistryHost(registryHost)],
  ]);
  /** @param {Input} input */
  const registryOf = (input) => String(input.registryId ?? accountId);

  /** @param {unknown} name */
  function validName(name) {
    if (typeof name !== 'string') throw invalidParameter('repositoryName', 'Member must not be null');
    if (name.length < 2) throw invalidParameter('repositoryName', 'must have length greater than or equal to 2');
    if (name.length > 256) throw invalidParameter('repositoryName', 'must have length less than or equal to 256');
    if (!new RegExp(`^${REPOSITORY_NAME_PATTERN}$`).test(name))
      throw invalidParameter('repositoryName', `must satisfy regular expression '${REPOSITORY_NAME_PATTERN}'`);
    return name;
  }

  /**
   * The repository named in the input; another account's registry holds none of ours.
   * @param {Input} input
   * @param {unknown} [name]
   */
  function requireRepository(input, name = input.repositoryName) {
    const registryId = registryOf(input);
    const record = hosts.has(registryId)
      ? repositories.get(storageName(registryId, validName(name), accountId))
      : undefined;
    if (!record || record.ecrPublic)
      throw new EcrError(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${registryId}'`,
      );
    return record;
  }

  /**
   * @param {Input} input
   * @param {string} [fallback]
   * @returns {Pick<RepositoryRecord, 'imageTagMutability' | 'imageTagMutabilityExclusionFilters'>}
   */
  function tagMutability(input, fallback) {
    const mutability = input.imageTagMutability ?? fallback;
    if (mutability === undefined) throw invalidParameter('imageTagMutability', 'Member must not be null');
    if (!MUTABILITIES.includes(mutability))
      throw invalidParameter('imageTagMutability', `Member must satisfy enum value set: [${MUTABILITIES.join(', ')}]`);
    /** @type {import('./repositories.mjs').ExclusionFilter[]} */
    const filters = input.imageTagMutabilityExclusionFilters ?? [];
    const withExclusion = mutability.endsWith('_WITH_EXCLUSION');
    if (withExclusion !== filters.length > 0) {
      throw new EcrError(
        'InvalidParameterException',
        withExclusion
          ? `imageTagMutabilityExclusionFilters are required when imageTagMutability is '${mutability}'.`
          : `imageTagMutabilityExclusionFilters are only allowed when imageTagMutability is 'IMMUTABLE_WITH_EXCLUSION' or 'MUTABLE_WITH_EXCLUSION'.`,
      );
    }
    for (const { filterType, filter } of filters) {
      if (filterType !== 'WILDCARD')
        throw invalidParameter(
          'imageTagMutabilityExclusionFilters.filterType',
          'Member must satisfy enum value set: [WILDCARD]',
        );
      if (!/^[a-zA-Z0-9._*-]{1,128}$/.test(filter))
        throw invalidParameter(
          'imageTagMutabilityExclusionFilters.filter',
          "must satisfy regular expression '^[0-9a-zA-Z._*-]{1,128}'",
        );
    }
    return withExclusion
      ? { imageTagMutability: mutability, imageTagMutabilityExclusionFilters: filters }
      : { imageTagMutability: mutability };
  }

  /** @param {RepositoryRecord} record */
  function describeRepository(record) {
    const { accountId: owner, name } = splitStorageName(record.name, accountId);
    return {
      repositoryArn: `arn:aws:ecr:${region}:${owner}:repository/${name}`,
      registryId: owner,
      repositoryName: name,
      repositoryUri: `${hosts.get(owner)}/${name}`,
      createdAt: record.createdAt,
      imageTagMutability: record.imageTagMutability,
      imageTagMutabilityExclusionFilters: record.imageTagMutabilityExclusionFilters,
      imageScanningConfiguration: record.imageScanningConfiguration,
      encryptionConfiguration: record.encryptionConfiguration,
    };
  }

  /**
   * Every image of the repository: those pushed through the front (tagged or not, as ECR lists untagged
   * images too) and those the registry's tags point at.
   * @param {RepositoryRecord} record
   * @returns {Promise<Image[]>}
   */
  async function listImages(record) {
    /** @type {Map<string, string[]>} */
    const tagsByDigest = new Map(Object.keys(record.images).map((digest) => [digest, []]));
    for (const tag of await registry.tags(record.name)) {
      const manifest = await registry.manifest(record.name, tag);
      if (manifest) tagsByDigest.set(manifest.digest, [...(tagsByDigest.get(manifest.digest) ?? []), tag]);
    }
    /** @type {Image[]} */
    const images = [];
    for (const [digest, tags] of tagsByDigest) {
      const manifest = await registry.manifest(record.name, digest);
      if (manifest) images.push({ digest, tags, manifest, pushedAt: record.images[digest] });
    }
    return images;
  }

  /**
   * @param {Image[]} images
   * @param {ImageId} id
   */
  function findImage(images, id) {
    if (!id.imageDigest && !id.imageTag) return undefined;
    return images.find(
      (image) =>
        (!id.imageDigest || image.digest === id.imageDigest) && (!id.imageTag || image.tags.includes(id.imageTag)),
    );
  }

  /**
   * ECR's size: the layers as pushed (compressed); for an index, its largest image.
   * @param {string} name
   * @param {import('./registry-client.mjs').Manifest} manifest
   * @returns {Promise<number>}
   */
  async function imageSize(name, manifest) {
    const parsed = JSON.parse(manifest.text);
    if (Array.isArray(parsed.manifests)) {
      let largest = 0;
      for (const child of parsed.manifests) {
        const childManifest = await registry.manifest(name, child.digest);
        if (childManifest) largest = Math.max(largest, await imageSize(name, childManifest));
      }
      return largest;
    }
    return (parsed.layers ?? []).reduce(
      (/** @type {number} */ sum, /** @type {{ size: number }} */ layer) => sum + layer.size,
      0,
    );
  }

  /**
   * What ECR and ECR Public say about one image beside its repository and tags.
   * @param {RepositoryRecord} record
   * @param {Image} image
   */
  async function imageDetail(record, image) {
    return {
      imageDigest: image.digest,
      imageSizeInBytes: await imageSize(record.name, image.manifest),
      imagePushedAt: image.pushedAt,
      imageManifestMediaType: image.manifest.mediaType,
      artifactMediaType: JSON.parse(image.manifest.text).config?.mediaType,
    };
  }

  /**
   * @param {string} repositoryName
   * @param {string} registryId
   * @param {ImageId} id
   */
  function imageNotFound(repositoryName, registryId, id) {
    return new EcrError(
      'ImageNotFoundException',
      `The image with imageId {imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'} does not exist within the repository with name '${repositoryName}' in the registry with id '${registryId}'`,
    );
  }

  /** @type {Record<string, (input: Input) => Promise<object>>} */
  const operations = {
    // One token serves every registry the caller may reach, as on ECR; registryIds picks the endpoints.
    async GetAuthorizationToken(input) {
      /** @type {string[]} */
      const ids = input.registryIds ?? [accountId];
      return {
        authorizationData: ids.map((id) => {
          if (!hosts.has(id))
            throw invalidParameter(
              'registryIds',
              `registry id '${id}' is not one of this stack's accounts (${[...hosts.keys()].join(', ')})`,
            );
          return {
            authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'),
            expiresAt: Date.now() / 1000 + TOKEN_LIFETIME_S,
            proxyEndpoint: `http://${hosts.get(id)}`,
          };
        }),
      };
    },

    async CreateRepository(input) {
      const name = validName(input.repositoryName);
      const mutability = tagMutability(input, 'MUTABLE');
      const encryptionConfiguration = input.encryptionConfiguration ?? { encryptionType: 'AES256' };
      if (!ENCRYPTION_TYPES.includes(encryptionConfiguration.encryptionType)) {
        throw invalidParameter(
          'encryptionConfiguration.encryptionType',
          `Member must satisfy enum value set: [${ENCRYPTION_TYPES.join(', ')}]`,
        );
      }
      const owner = registryOf(input);
      if (!hosts.has(owner))
        throw new EcrError(
          'AccessDeniedException',
          `not authorized to create a repository in the registry with id '${owner}'`,
        );
      if (repositories.get(storageName(owner, name, accountId))) {
        throw new EcrError(
          'RepositoryAlreadyExistsException',
          `The repository with name '${name}' already exists in the registry with id '${owner}'`,
        );
      }
      /** @type {RepositoryRecord} */
      const record = {
        name: storageName(owner, name, accountId),
        createdAt: Date.now() / 1000,
        ...mutability,
        encryptionConfiguration,
        imageScanningConfiguration: { scanOnPush: input.imageScanningConfiguration?.scanOnPush ?? false },
        images: {},
      };
      repositories.put(record);
      return { repository: describeRepository(record) };
    },

    async DescribeRepositories(input) {
      /** @type {unknown[] | undefined} */
      const names = input.repositoryNames;
      const records = names
        ? names.map((name) => requireRepository(input, name))
        : repositories
            .list()
            .filter(
              (record) => !record.ecrPublic && splitStorageName(record.name, accountId).accountId === registryOf(input),
            );
      return { repositories: records.map(describeRepository) };
    },

    async DeleteRepository(input) {
      const record = requireRepository(input);
      const images = await listImages(record);
      if (images.length > 0 && !input.force) {
        throw new EcrError(
          'RepositoryNotEmptyException',
          `The repository with name '${splitStorageName(record.name, accountId).name}' in registry with id '${registryOf(input)}' cannot be deleted because it still contains images`,
        );
      }
      for (const image of images) await registry.deleteManifest(record.name, image.digest);
      repositories.delete(record.name);
      return { repository: describeRepository(record) };
    },

    async PutImageTagMutability(input) {
      const record = requireRepository(input);
      // The new setting replaces the old one, exclusion filters included.
      const { imageTagMutabilityExclusionFilters, ...rest } = record;
      const updated = { ...rest, ...tagMutability(input) };
      repositories.put(updated);
      return {
        registryId: registryOf(input),
        repositoryName: splitStorageName(record.name, accountId).name,
        imageTagMutability: updated.imageTagMutability,
        imageTagMutabilityExclusionFilters: updated.imageTagMutabilityExclusionFilters,
      };
    },

    async DescribeImages(input) {
      const record = requireRepository(input);
      let images = await listImages(record);
      /** @type {ImageId[] | undefined} */
      const ids = input.imageIds;
      if (ids) {
        images = ids.map((id) => {
          const image = findImage(images, id);
          if (!image) throw imageNotFound(splitStorageName(record.name, accountId).name, registryOf(input), id);
          return image;
        });
      } else if (input.filter?.tagStatus === 'TAGGED' || input.filter?.tagStatus === 'UNTAGGED') {
        const tagged = input.filter.tagStatus === 'TAGGED';
        images = images.filter((image) => image.tags.length > 0 === tagged);
      }
      const imageDetails = [];
      for (const image of images) {
        imageDetails.push({
          registryId: registryOf(input),
          repositoryName: splitStorageName(record.name, accountId).name,
          imageTags: image.tags.length > 0 ? image.tags : undefined,
          ...(await imageDetail(record, image)),
        });
      }
      return { imageDetails };
    },

    async BatchGetImage(input) {
      const record = requireRepository(input);
      const images = await listImages(record);
      const result = { images: /** @type {object[]} */ ([]), failures: /** @type {object[]} */ ([]) };
      for (const id of /** @type {ImageId[]} */ (input.imageIds ?? [])) {
        const image = findImage(images, id);
        if (image) {
          result.images.push({
            registryId: registryOf(input),
            repositoryName: splitStorageName(record.name, accountId).name,
            imageId: { imageDigest: image.digest, imageTag: id.imageTag },
            imageManifest: image.manifest.text,
            imageManifestMediaType: image.manifest.mediaType,
          });
        } else {
          result.failures.push({
            imageId: id,
            failureCode: 'ImageNotFound',
            failureReason: 'Requested image not found',
          });
        }
      }
      return result;
    },
  };

  /**
   * The public repository named in the input, in the stack account's public registry (the only one there is: another
   * registry id holds none of ours).
   * @param {Input} input
   * @param {unknown} [name]
   */
  function requirePublicRepository(input, name = input.repositoryName) {
    const registryId = String(input.registryId ?? accountId);
    const valid = validName(name);
    if (valid.length > PUBLIC_NAME_MAX)
      throw invalidParameter('repositoryName', `must have length less than or equal to ${PUBLIC_NAME_MAX}`);
    const record = registryId === accountId ? repositories.get(publicStorageName(valid)) : undefined;
    if (!record?.ecrPublic)
      throw new EcrError(
        'RepositoryNotFoundException',
        `The repository with name '${valid}' does not exist in the registry with id '${registryId}'`,
      );
    return { record, name: valid, registryId };
  }

  /** @param {string} name */
  function describePublicRepository(name) {
    const record = repositories.get(publicStorageName(name));
    return {
      repositoryArn: `arn:aws:ecr-public::${accountId}:repository/${name}`,
      registryId: accountId,
      repositoryName: name,
      repositoryUri: `public.ecr.aws/${PUBLIC_ALIAS}/${name}`,
      createdAt: record?.createdAt,
    };
  }

  /**
   * ECR Public: one token for `public.ecr.aws`, with no proxyEndpoint (ECR Public's answer has none); the stack
   * account's public registry and its repositories.
   * @type {Record<string, (input: Input) => Promise<object>>}
   */
  const publicOperations = {
    async GetAuthorizationToken() {
      return {
        authorizationData: {
          authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'),
          expiresAt: Date.now() / 1000 + TOKEN_LIFETIME_S,
        },
      };
    },

    async DescribeRegistries(input) {
      if (input.maxResults !== undefined && !(input.maxResults >= 1 && input.maxResults <= 1000))
        throw invalidParameter('maxResults', 'Member must have value between 1 and 1000');
      return {
        registries: [
          {
            registryId: accountId,
            registryArn: `arn:aws:ecr-public::${accountId}:registry/${accountId}`,
            registryUri: `public.ecr.aws/${PUBLIC_ALIAS}`,
            verified: false,
            aliases: [{ name: PUBLIC_ALIAS, status: 'ACTIVE', primaryRegistryAlias: true, defaultRegistryAlias: true }],
          },
        ],
      };
    },

    async CreateRepository(input) {
      const name = validName(input.repositoryName);
      if (name.length > PUBLIC_NAME_MAX)
        throw invalidParameter('repositoryName', `must have length less than or equal to ${PUBLIC_NAME_MAX}`);
      if (repositories.get(publicStorageName(name))) {
        throw new EcrError(
          'RepositoryAlreadyExistsException',
          `The repository with name '${name}' already exists in the registry with id '${accountId}'`,
        );
      }
      repositories.put({
        name: publicStorageName(name),
        createdAt: Date.now() / 1000,
        // ECR Public has no tag immutability: every tag may be pushed over.
        imageTagMutability: 'MUTABLE',
        encryptionConfiguration: { encryptionType: 'AES256' },
        imageScanningConfiguration: { scanOnPush: false },
        images: {},
        ecrPublic: true,
      });
      return { repository: describePublicRepository(name), catalogData: {} };
    },

    async DescribeRepositories(input) {
      /** @type {unknown[] | undefined} */
      const names = input.repositoryNames;
      const found = names
        ? names.map((name) => requirePublicRepository(input, name).name)
        : repositories
            .list()
            .filter((record) => record.ecrPublic)
            .map((record) => record.name.slice(publicStorageName('').length));
      return { repositories: found.map(describePublicRepository) };
    },

    async DescribeImages(input) {
      const { record, name, registryId } = requirePublicRepository(input);
      let images = await listImages(record);
      /** @type {ImageId[] | undefined} */
      const ids = input.imageIds;
      if (ids) {
        images = ids.map((id) => {
          const image = findImage(images, id);
          if (!image) throw imageNotFound(name, registryId, id);
          return image;
        });
      }
      const imageDetails = [];
      for (const image of images) {
        imageDetails.push({
          registryId,
          repositoryName: name,
          imageTags: image.tags.length > 0 ? image.tags : undefined,
          ...(await imageDetail(record, image)),
        });
      }
      return { imageDetails };
    },

    async DescribeImageTags(input) {
      const { record } = requirePublicRepository(input);
      const imageTagDetails = [];
      for (const image of await listImages(record)) {
        const detail = await imageDetail(record, image);
        for (const imageTag of image.tags)
          imageTagDetails.push({ imageTag, createdAt: image.pushedAt, imageDetail: detail });
      }
      return { imageTagDetails };
    },
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {Buffer} body
   * @param {string} operationName
   * @param {boolean} ecrPublic the request is ECR Public's (its target prefix)
   */
  async function dispatch(req, body, operationName, ecrPublic) {
    const authError = verifySigV4(
      { method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body },
      ecrPublic
        ? { credentials, region: PUBLIC_REGION, service: 'ecr-public' }
        : { credentials, region, service: 'ecr' },
    );
    if (authError) throw new EcrError(authError.type, authError.message);
    const table = ecrPublic ? publicOperations : operations;
    const operation = Object.hasOwn(table, operationName) ? table[operationName] : undefined;
    if (!operation || req.method !== 'POST') throw new EcrError('UnknownOperationException');
    /** @type {Input} */
    let input;
    try {
      input = body.length > 0 ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      throw new EcrError('SerializationException', 'The request body is not valid JSON.');
    }
    return operation(input);
  }

  return createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const target = String(req.headers['x-amz-target'] ?? '');
    const ecrPublic = target.startsWith(PUBLIC_TARGET_PREFIX);
    const prefix = ecrPublic ? PUBLIC_TARGET_PREFIX : TARGET_PREFIX;
    const operationName = target.startsWith(prefix) ? target.slice(prefix.length) : '';
    let status = 200;
    /** @type {object} */
    let payload;
    /** @type {string | undefined} */
    let errorType;
    try {
      payload = await dispatch(req, Buffer.concat(chunks), operationName, ecrPublic);
    } catch (error) {
      const known = error instanceof EcrError;
      status = known ? 400 : 500;
      errorType = known ? error.type : 'ServerException';
      payload = { __type: errorType, message: known ? error.message || undefined : String(error) };
    }
    log(
      `${ecrPublic ? 'ecr-public' : 'ecr'} ${operationName || target || '-'} → ${status} ${errorType ?? ''}`.trimEnd(),
    );
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
    res.end(JSON.stringify(payload));
  });
}
