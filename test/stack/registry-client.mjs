// @ts-check
/** The few calls of the registry's /v2/ API that the ECR emulation answers from. */

/** What ECR stores: Docker v2 and OCI, single images and indexes. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
];

/**
 * The `Authorization` header of the registry's one user, `AWS` (ECR's).
 * @param {string} password
 */
export function basicAuthorization(password) {
  return `Basic ${Buffer.from(`AWS:${password}`).toString('base64')}`;
}

/**
 * @typedef {{ digest: string, mediaType: string, text: string }} Manifest
 * @typedef {ReturnType<typeof createRegistryClient>} RegistryClient
 */

/** @param {{ port: number, password: string }} options */
export function createRegistryClient({ port, password }) {
  const authorization = basicAuthorization(password);

  /**
   * @param {string} path
   * @param {{ method?: string, accept?: string[] }} [options]
   */
  async function call(path, { method = 'GET', accept = MANIFEST_MEDIA_TYPES } = {}) {
    const res = await fetch(`http://127.0.0.1:${port}/v2/${path}`, { method, headers: { authorization, accept: accept.join(', ') } });
    if (!res.ok && res.status !== 404) throw new Error(`registry: ${method} /v2/${path} → ${res.status} ${await res.text()}`);
    return res;
  }

  return {
    /**
     * The repository's tags; none when nothing was pushed yet (the registry knows no repository before a push).
     * @param {string} name
     * @returns {Promise<string[]>}
     */
    async tags(name) {
      const res = await call(`${name}/tags/list`);
      return res.status === 404 ? [] : (/** @type {{ tags: string[] | null }} */ (await res.json())).tags ?? [];
    },

    /**
     * The manifest that a tag or digest refers to, or undefined.
     * @param {string} name
     * @param {string} reference
     * @param {string[]} [accept]
     * @returns {Promise<Manifest | undefined>}
     */
    async manifest(name, reference, accept) {
      const res = await call(`${name}/manifests/${reference}`, { accept });
      if (res.status === 404) return undefined;
      return { digest: res.headers.get('docker-content-digest') ?? '', mediaType: res.headers.get('content-type') ?? '', text: await res.text() };
    },

    /**
     * Deletes a manifest and, with it, every tag that points to it.
     * @param {string} name
     * @param {string} digest
     */
    async deleteManifest(name, digest) {
      await call(`${name}/manifests/${digest}`, { method: 'DELETE' });
    },
  };
}
