/**
 * The image artifacts: imageDetail.json for CodeDeployToECS (`{"ImageURI": …}`) and imagedefinitions.json for the
 * standard ECS deploy action (`[{"name", "imageUri"}]`), written by the tool or checked when a user brings one.
 */
import { closestMatch } from '../suggest';
import { quote, START_OF_FILE, type FileFindings } from './findings';
import { formatImageUri, parseImageUri } from './image-uri';
import { entryOf, describeValue, type PositionedValue } from './positioned-value';
import { serializeJson } from './render-files';

/** The file name CodeDeployToECS reads the image from; nothing else will do. */
export const IMAGE_DETAIL_FILE = 'imageDetail.json';
/** The file name the standard ECS deploy action reads container images from. */
export const IMAGE_DEFINITIONS_FILE = 'imagedefinitions.json';

/** Keys of the ECR source action's imageDetail.json besides ImageURI; CodeDeploy ignores them. */
const ECR_SOURCE_KEYS = [
  'ImageSizeInBytes',
  'ImageDigest',
  'Version',
  'ImagePushedAt',
  'RegistryId',
  'RepositoryName',
  'ImageTags',
];

/**
 * imageDetail.json's content for an image.
 * @throws Error when `imageUri` is not an image reference (a bug in the caller: it passes what it pushed)
 */
export function imageDetailJson(imageUri: string): string {
  requireImageUri(imageUri);
  return serializeJson({ ImageURI: imageUri });
}

/**
 * imagedefinitions.json's content: one entry per container that runs a new image.
 * @throws Error when an image URI is not an image reference or a name is empty
 */
export function imageDefinitionsJson(entries: readonly { readonly name: string; readonly imageUri: string }[]): string {
  for (const { name, imageUri } of entries) {
    if (name === '') throw new Error('imagedefinitions.json: a container name is empty');
    requireImageUri(imageUri);
  }
  return serializeJson(entries.map(({ name, imageUri }) => ({ name, imageUri })));
}

function requireImageUri(imageUri: string): void {
  const parsed = parseImageUri(imageUri);
  if ('error' in parsed) throw new Error(`${quote(imageUri)} is not an image reference: ${parsed.error}`);
}

/** The last path segment, whichever separator the user's platform wrote. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Checks an existing imageDetail.json: its file name (`image-detail/file-name`), shape (`image-detail/value-type`),
 * `image-detail/missing-image-uri`, `image-detail/invalid-image-uri`, `image-detail/not-digest-pinned` and
 * `image-detail/unknown-key`.
 * @param root the parsed file, or undefined if it did not parse (only its name is checked then)
 */
export function checkImageDetail(path: string, root: PositionedValue | undefined, findings: FileFindings): void {
  const name = baseName(path);
  if (name !== IMAGE_DETAIL_FILE) {
    const hint =
      name.toLowerCase() === IMAGE_DEFINITIONS_FILE
        ? '; imagedefinitions.json is the standard ECS deploy action\'s format ([{"name", "imageUri"}])'
        : '';
    findings.error(
      'image-detail/file-name',
      START_OF_FILE,
      `the file is named ${quote(name)}, but CodeDeployToECS reads the image from ${quote(IMAGE_DETAIL_FILE)} exactly${hint}`,
      `name it ${IMAGE_DETAIL_FILE} (capital D, no s)`,
    );
  }
  if (root === undefined) return;
  if (root.kind !== 'object') {
    findings.error(
      'image-detail/value-type',
      root.position,
      `imageDetail.json holds ${describeValue(root)}; it must be an object {"ImageURI": "…"}` +
        (root.kind === 'array' ? ' (a list is the imagedefinitions.json format)' : ''),
      'write {"ImageURI": "<registry>/<repository>@sha256:<digest>"}',
    );
    return;
  }

  const imageUri = entryOf(root, 'ImageURI');
  for (const entry of root.entries) {
    if (entry.key === 'ImageURI' || ECR_SOURCE_KEYS.includes(entry.key)) continue;
    const closest = closestMatch(entry.key, ['ImageURI', ...ECR_SOURCE_KEYS]);
    // A misspelt ImageURI is reported below, as the missing key it is.
    if (closest === 'ImageURI' && imageUri === undefined) continue;
    findings.warning(
      'image-detail/unknown-key',
      entry.keyPosition,
      `${quote(entry.key)} is not a key of imageDetail.json; CodeDeploy reads only "ImageURI"` +
        (closest !== undefined ? `; did you mean ${quote(closest)}?` : ''),
      closest !== undefined ? `rename it to ${quote(closest)}` : `remove ${quote(entry.key)}`,
    );
  }

  if (imageUri === undefined) {
    const misspelt = root.entries.find((entry) => closestMatch(entry.key, ['ImageURI']) !== undefined);
    findings.error(
      'image-detail/missing-image-uri',
      misspelt?.keyPosition ?? root.position,
      misspelt !== undefined
        ? `imageDetail.json has ${quote(misspelt.key)} but no "ImageURI"; the key is case-sensitive`
        : 'imageDetail.json has no "ImageURI"',
      misspelt !== undefined
        ? `rename ${quote(misspelt.key)} to "ImageURI"`
        : 'add "ImageURI": "<registry>/<repository>@sha256:<digest>"',
    );
    return;
  }
  const value = imageUri.value;
  if (value.kind !== 'string') {
    findings.error(
      'image-detail/value-type',
      value.position,
      `ImageURI is ${describeValue(value)}; it must be a string`,
      'write "ImageURI": "<registry>/<repository>@sha256:<digest>"',
    );
    return;
  }
  const reference = parseImageUri(value.value);
  if ('error' in reference) {
    findings.error(
      'image-detail/invalid-image-uri',
      value.position,
      `ImageURI ${quote(value.value)} is not an image reference: ${reference.error}`,
      'write <registry>/<repository>:<tag> or <registry>/<repository>@sha256:<64 hex digits>',
    );
    return;
  }
  if (reference.tag !== undefined && reference.digest !== undefined) {
    findings.error(
      'image-detail/invalid-image-uri',
      value.position,
      `ImageURI ${quote(value.value)} has both a tag and a digest; CodeDeployToECS takes repository:tag or repository@sha256:…`,
      `drop the tag: "${formatImageUri({ ...reference, tag: undefined })}"`,
    );
    return;
  }
  if (reference.digest === undefined && reference.tag === undefined) {
    findings.error(
      'image-detail/invalid-image-uri',
      value.position,
      `ImageURI ${quote(value.value)} has neither a tag nor a digest; ECS would pull whatever "latest" is when a task starts`,
      'pin the digest the push reported: <repository>@sha256:<64 hex digits>',
    );
    return;
  }
  if (reference.digest === undefined) {
    const moving = reference.tag === 'latest' ? ' "latest" moves with every push, so' : ' A tag can be moved, so';
    findings.warning(
      'image-detail/not-digest-pinned',
      value.position,
      `ImageURI ${quote(value.value)} names a tag, not a digest.${moving} tasks started later (scaling, replacements) ` +
        'may run a different image than the one deployed',
      'use the digest form <repository>@sha256:<digest>, as the ECR source action writes it',
    );
  }
}
