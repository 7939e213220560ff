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

/** The media types of an index (OCI) or manifest list (Docker): a manifest of manifests. */
export const INDEX_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
];

/**
 * @typedef {{ digest: string, mediaType: string, text: string }} Manifest
 * @typedef {{ digest: string, mediaType: string, size: number, platform?: { os: string, architecture: string, variant?: string },
 *   annotations?: Record<string, string> }} Descriptor
 * @typedef {object} ImageRef what a tag or digest refers to, index or single image alike
 * @property {string} digest the digest of the manifest the reference resolves to (an index's own digest for an index)
 * @property {string} mediaType that manifest's media type
 * @property {boolean} isIndex true for an OCI index or a Docker manifest list
 * @property {Descriptor[]} children an index's manifests (platform images and attestation manifests); none for a single image
 * @property {string} imageDigest the platform image's manifest digest: `digest` itself for a single image, for an index its
 *   linux/amd64 image (attestation manifests, platform unknown/unknown, are never it)
 * @property {string} configDigest the platform image's config digest (what `docker inspect` calls the image id)
 * @property {{
 *   config?: { Labels?: Record<string, string> },
 *   history?: { created_by?: string }[],
 *   rootfs?: { diff_ids: string[] },
 * } & Record<string, unknown>} config
 *   the platform image's config
 * @property {Descriptor[]} layers the platform image's layers
 * @typedef {ReturnType<typeof createRegistryClient>} RegistryClient
 */

/**
 * The platform image of an index: linux/amd64, never an attestation manifest.
 * @param {Descriptor[]} children
 */
export function platformImage(children) {
  const images = children.filter(
    (child) =>
      child.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && child.platform?.os !== 'unknown',
  );
  return images.find((child) => child.platform?.os === 'linux' && child.platform.architecture === 'amd64') ?? images[0];
}

/** @param {{ port: number, password: string }} options */
export function createRegistryClient({ port, password }) {
  const authorization = basicAuthorization(password);

  /**
   * @param {string} path
   * @param {{ method?: string, accept?: string[] }} [options]
   */
  async function call(path, { method = 'GET', accept = MANIFEST_MEDIA_TYPES } = {}) {
    const res = await fetch(`http://127.0.0.1:${port}/v2/${path}`, {
      method,
      headers: { authorization, accept: accept.join(', ') },
    });
    if (!res.ok && res.status !== 404)
      throw new Error(`registry: ${method} /v2/${path} → ${res.status} ${await res.text()}`);
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
      return res.status === 404 ? [] : (/** @type {{ tags: string[] | null }} */ (await res.json()).tags ?? []);
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
      return {
        digest: res.headers.get('docker-content-digest') ?? '',
        mediaType: res.headers.get('content-type') ?? '',
        text: await res.text(),
      };
    },

    /**
     * What a tag or digest refers to, followed down to the platform image and its config, for an index as for a single
     * image; undefined when the reference does not exist.
     * @param {string} name
     * @param {string} reference
     * @returns {Promise<ImageRef | undefined>}
     */
    async image(name, reference) {
      const top = await this.manifest(name, reference);
      if (!top) return undefined;
      const parsed = JSON.parse(top.text);
      const isIndex = INDEX_MEDIA_TYPES.includes(top.mediaType) || Array.isArray(parsed.manifests);
      /** @type {Descriptor[]} */
      const children = isIndex ? parsed.manifests : [];
      const chosen = isIndex ? platformImage(children) : undefined;
      if (isIndex && !chosen) throw new Error(`registry: ${name}@${top.digest} is an index without a platform image`);
      const image = chosen ? await this.manifest(name, chosen.digest) : top;
      if (!image)
        throw new Error(`registry: ${name}@${top.digest} names ${chosen?.digest}, which the registry does not have`);
      const manifest = JSON.parse(image.text);
      const config = JSON.parse((await this.blob(name, manifest.config.digest)).toString('utf8'));
      return {
        digest: top.digest,
        mediaType: top.mediaType,
        isIndex,
        children,
        imageDigest: image.digest,
        configDigest: manifest.config.digest,
        config,
        layers: manifest.layers,
      };
    },

    /**
     * A blob's bytes (a config, a layer); throws when the registry has none.
     * @param {string} name
     * @param {string} digest
     * @returns {Promise<Buffer>}
     */
    async blob(name, digest) {
      const res = await call(`${name}/blobs/${digest}`, { accept: ['*/*'] });
      if (res.status === 404) throw new Error(`registry: blob ${digest} of ${name} not found`);
      return Buffer.from(await res.arrayBuffer());
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
