// @ts-check
/**
 * ECR's data plane in front of the real registry: a streaming reverse proxy that adds what ECR does and
 * distribution does not — repositories must be created through the API first, immutable tags cannot be
 * overwritten, and push times are recorded for DescribeImages.
 */
import { createServer, request } from 'node:http';
import { isTagImmutable, REPOSITORY_NAME_PATTERN, SECOND_ACCOUNT_ID, storageName } from './repositories.mjs';
import { basicAuthorization } from './registry-client.mjs';

// /v2/<name>/<kind>/<reference or the rest of the path>
const ROUTE = new RegExp(`^/v2/(${REPOSITORY_NAME_PATTERN})/(manifests|blobs|tags)/([^?]*)`);

/**
 * @param {object} options
 * @param {number} options.registryPort the real registry, on 127.0.0.1
 * @param {string} options.password
 * @param {string} options.accountId
 * @param {import('./repositories.mjs').RepositoryStore} options.repositories
 * @param {import('./registry-client.mjs').RegistryClient} options.registry
 * @param {(line: string) => void} options.log
 */
export function createRegistryFront({ registryPort, password, accountId, repositories, registry, log }) {
  const authorization = basicAuthorization(password);

  /**
   * ECR's answer where it differs from distribution's, else undefined. Only asked for authenticated requests:
   * the registry itself answers the others with its 401, as ECR does.
   * @param {string} owner the account whose registry was asked
   * @param {string} method
   * @param {string} name
   * @param {string} kind
   * @param {string} reference
   * @returns {Promise<{ status: number, code: string, message: string } | undefined>}
   */
  async function ecrRejection(owner, method, name, kind, reference) {
    const record = repositories.get(storageName(owner, name, accountId));
    if (!record) {
      return {
        status: 404,
        code: 'NAME_UNKNOWN',
        message: `The repository with name '${name}' does not exist in the registry with id '${owner}'`,
      };
    }
    const isTagPut = method === 'PUT' && kind === 'manifests' && !reference.startsWith('sha256:');
    // ECR refuses the overwrite even when the tag already points at the same digest.
    if (isTagPut && isTagImmutable(record, reference) && (await registry.manifest(record.name, reference))) {
      return {
        status: 400,
        code: 'TAG_INVALID',
        message: `The image tag '${reference}' already exists in the '${name}' repository and cannot be overwritten because the repository is immutable.`,
      };
    }
    return undefined;
  }

  return createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    // The second account's registry is this front under the host name localhost; its repositories are stored
    // under the account id, which its clients never see: paths go in with it and Location headers come out without.
    const owner = req.headers.host?.startsWith('localhost:') ? SECOND_ACCOUNT_ID : accountId;
    const [, name = '', kind = '', reference = ''] = ROUTE.exec(url) ?? [];
    const prefix = owner === accountId ? '' : `${owner}/`;
    const upstreamPath =
      prefix === ''
        ? url
        : url
            .replace(/^\/v2\/(?!$)/, `/v2/${prefix}`)
            .replace(/([?&]from=)([^&]+)/, `$1${encodeURIComponent(prefix)}$2`);
    try {
      const rejection =
        name && req.headers.authorization === authorization
          ? await ecrRejection(owner, method, name, kind, reference)
          : undefined;
      if (rejection) {
        log(`front ${method} ${url} → ${rejection.status} ${rejection.code}`);
        req.resume();
        res.writeHead(rejection.status, {
          'content-type': 'application/json; charset=utf-8',
          'docker-distribution-api-version': 'registry/2.0',
        });
        res.end(JSON.stringify({ errors: [{ code: rejection.code, message: rejection.message }] }));
        return;
      }
    } catch (error) {
      log(`front ${method} ${url} → 500 ${error}`);
      res.writeHead(500).end();
      return;
    }
    // The Host header is kept, so the Location URLs the registry builds point back at this front.
    const upstream = request(
      { host: '127.0.0.1', port: registryPort, method, path: upstreamPath, headers: req.headers },
      (up) => {
        log(`front ${method} ${req.headers.host}${url} → ${up.statusCode}`);
        const digest = up.headers['docker-content-digest'];
        if (method === 'PUT' && kind === 'manifests' && up.statusCode === 201 && typeof digest === 'string')
          repositories.recordPush(storageName(owner, name, accountId), digest);
        if (prefix !== '' && typeof up.headers.location === 'string')
          up.headers.location = up.headers.location.replace(`/v2/${prefix}`, '/v2/');
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      log(`front ${method} ${url} → 502 ${error.message}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
}
