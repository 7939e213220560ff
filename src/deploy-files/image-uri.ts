/**
 * Image references in Docker's grammar (github.com/distribution/reference): `[registry/]path[:tag][@digest]`.
 * The digest must be `sha256:<64 lowercase hex>`, the only kind ECR and CodeDeploy use.
 */
import { quote } from './findings';

/** A parsed image reference. `repository` is the path without the registry (`team/service`). */
export interface ImageReference {
  readonly registry?: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Docker's limit on the name (registry and path together). */
const MAX_NAME_LENGTH = 255;
const DOMAIN_COMPONENT = '(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])';
const REGISTRY = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * Parses an image URI such as `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app@sha256:…`.
 * @returns the reference, or `{ error }` saying what is wrong with it
 */
export function parseImageUri(uri: string): ImageReference | { readonly error: string } {
  if (uri === '') return { error: 'it is empty' };
  if (/\s/.test(uri)) return { error: 'it contains whitespace' };

  const at = uri.indexOf('@');
  const nameAndTag = at === -1 ? uri : uri.slice(0, at);
  const digest = at === -1 ? undefined : uri.slice(at + 1);
  if (digest !== undefined && !DIGEST.test(digest)) {
    return { error: `the digest ${quote(digest)} is not sha256: followed by 64 lowercase hex digits` };
  }

  const lastSlash = nameAndTag.lastIndexOf('/');
  const tagColon = nameAndTag.indexOf(':', lastSlash + 1);
  const name = tagColon === -1 ? nameAndTag : nameAndTag.slice(0, tagColon);
  const tag = tagColon === -1 ? undefined : nameAndTag.slice(tagColon + 1);
  if (tag !== undefined && !TAG.test(tag)) {
    return {
      error: `the tag ${quote(tag)} is not valid (up to 128 letters, digits, "_", "." and "-", not starting with "." or "-")`,
    };
  }
  if (name === '') return { error: 'it has no repository name' };
  if (name.length > MAX_NAME_LENGTH) {
    return { error: `the repository name is ${name.length} characters long; the limit is ${MAX_NAME_LENGTH}` };
  }

  const components = name.split('/');
  const first = components[0] ?? '';
  // Docker's rule: the first component is a registry when it looks like a host (a dot, a port, or localhost).
  const hasRegistry = components.length > 1 && (/[.:]/.test(first) || first === 'localhost' || /[A-Z]/.test(first));
  const registry = hasRegistry ? first : undefined;
  if (registry !== undefined && !REGISTRY.test(registry)) {
    return { error: `the registry ${quote(registry)} is not a host name with an optional port` };
  }
  const pathComponents = hasRegistry ? components.slice(1) : components;
  const invalid = pathComponents.find((component) => !PATH_COMPONENT.test(component));
  if (invalid !== undefined) {
    return {
      error:
        invalid === ''
          ? 'the repository path has an empty part (two slashes, or a slash at an end)'
          : `the repository path part ${quote(invalid)} is not valid (lowercase letters and digits, separated by ".", "_", "__" or "-")`,
    };
  }
  return {
    ...(registry !== undefined && { registry }),
    repository: pathComponents.join('/'),
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  };
}

/** The URI of a reference: `registry/repository:tag@digest`, leaving out the parts it lacks. */
export function formatImageUri(reference: ImageReference): string {
  const { registry, repository, tag, digest } = reference;
  return `${registry !== undefined ? `${registry}/` : ''}${repository}${tag !== undefined ? `:${tag}` : ''}${
    digest !== undefined ? `@${digest}` : ''
  }`;
}
