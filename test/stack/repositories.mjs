// @ts-check
/**
 * ECR's repository records, which a plain registry does not have: settings, and when each image was pushed.
 * Kept in a JSON file so that restarting the stack keeps them, like the registry keeps the images.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The stack's second account: a registry of its own for tests of cross-account pushes and pulls, on the same
 * registry front under another host name (`localhost:<port>` where the first is `127.0.0.1:<port>`: Docker keeps
 * logins per host), its repositories stored in distribution under `<account>/`.
 */
export const SECOND_ACCOUNT_ID = '210987654321';

/**
 * The name distribution stores an account's repository under: the first account's as it is, the second's
 * under its account id.
 * @param {string} accountId
 * @param {string} name
 * @param {string} firstAccountId
 */
export function storageName(accountId, name, firstAccountId) {
  return accountId === firstAccountId ? name : `${accountId}/${name}`;
}

/**
 * The account and the repository name of a storage name.
 * @param {string} stored
 * @param {string} firstAccountId
 */
export function splitStorageName(stored, firstAccountId) {
  return stored.startsWith(`${SECOND_ACCOUNT_ID}/`)
    ? { accountId: SECOND_ACCOUNT_ID, name: stored.slice(SECOND_ACCOUNT_ID.length + 1) }
    : { accountId: firstAccountId, name: stored };
}

/** The second account's registry host for the first one's: `localhost` for `127.0.0.1`, same port. */
export function secondRegistryHost(/** @type {string} */ registryHost) {
  return registryHost.replace(/^127\.0\.0\.1:/, 'localhost:');
}

/**
 * The alias of the stack account's ECR Public registry. Its repositories are served by the registry front under the
 * second account's host, `localhost:<port>/<alias>/<name>` (the address the documented test override gives
 * `public.ecr.aws`), so they are stored as that path is, `<second account>/<alias>/<name>`, flagged `ecrPublic`:
 * ECR's private API never sees them, only ECR Public's.
 */
export const PUBLIC_ALIAS = 'ebb-public';

/**
 * The storage name of a public repository (see PUBLIC_ALIAS).
 * @param {string} name
 */
export function publicStorageName(name) {
  return `${SECOND_ACCOUNT_ID}/${PUBLIC_ALIAS}/${name}`;
}

/** ECR's repository names (also distribution's, lowercase only), as ECR quotes the pattern in its errors. */
export const REPOSITORY_NAME_PATTERN = '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*';

/**
 * @typedef {{ filterType: string, filter: string }} ExclusionFilter
 * @typedef {object} RepositoryRecord
 * @property {string} name the storage name (see storageName)
 * @property {number} createdAt epoch seconds
 * @property {string} imageTagMutability MUTABLE | IMMUTABLE | IMMUTABLE_WITH_EXCLUSION | MUTABLE_WITH_EXCLUSION
 * @property {ExclusionFilter[]} [imageTagMutabilityExclusionFilters]
 * @property {{ encryptionType: string, kmsKey?: string }} encryptionConfiguration
 * @property {{ scanOnPush: boolean }} imageScanningConfiguration
 * @property {Record<string, number>} images digest → first push, epoch seconds
 * @property {boolean} [ecrPublic] a repository of the ECR Public registry (see PUBLIC_ALIAS)
 */

export class RepositoryStore {
  /** @param {string} file */
  constructor(file) {
    this.file = file;
    /** @type {Record<string, RepositoryRecord>} */
    this.records = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  }

  /** @param {string} name */
  get(name) {
    return Object.hasOwn(this.records, name) ? this.records[name] : undefined;
  }

  list() {
    return Object.values(this.records);
  }

  /** @param {RepositoryRecord} record */
  put(record) {
    this.records[record.name] = record;
    this.save();
  }

  /** @param {string} name */
  delete(name) {
    delete this.records[name];
    this.save();
  }

  /**
   * Called by the registry front when a manifest PUT succeeded; the first push time is kept, as ECR does.
   * @param {string} name
   * @param {string} digest
   */
  recordPush(name, digest) {
    const record = this.get(name);
    if (!record || record.images[digest]) return;
    record.images[digest] = Date.now() / 1000;
    this.save();
  }

  save() {
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.records, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/**
 * Whether pushing `tag` over an existing tag is refused. The `*_WITH_EXCLUSION` settings invert the rule for tags
 * that match one of the wildcard filters.
 * @param {RepositoryRecord} record
 * @param {string} tag
 */
export function isTagImmutable(record, tag) {
  const excluded = (record.imageTagMutabilityExclusionFilters ?? []).some(({ filter }) =>
    new RegExp(
      `^${filter
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&'))
        .join('.*')}$`,
    ).test(tag),
  );
  switch (record.imageTagMutability) {
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
