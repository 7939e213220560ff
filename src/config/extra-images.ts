/**
 * The `extra-images` input: a YAML list of the images a run builds (or takes) besides Image1, one entry per
 * placeholder the pipeline's CodeDeployToECS action fills from another artifact (Image2ContainerName …). Pure: the
 * caller reads an `@path` file and resolves the entries against the top-level inputs; this only reads the text and
 * refuses every mistake in it, naming the entry and the key.
 */
import { quote, type Position } from '../deploy-files/findings';
import { parseYaml } from '../deploy-files/parse-yaml';
import {
  describeValue,
  type PositionedEntry,
  type PositionedObject,
  type PositionedValue,
} from '../deploy-files/positioned-value';
import { TASK_DEFINITION_PLACEHOLDER } from '../deploy-files/render-files';
import { UserError } from '../errors';
import { MAX_IMAGES } from '../deploy-files/render-files';
import { extraImageSlug } from '../images';
import { INPUTS } from '../interface';
import { fieldOf, IMAGE_KEYS, BUILT_KEYS, type ImageEntry, type ImageKey, type ImageValues } from './image-keys';
import { closestMatch } from '../suggest';
import { splitList, splitPair } from './lists';

/** One entry of `extra-images`, as written: nothing defaulted, rendered or resolved yet. */
export type ExtraImageEntry = ImageEntry & { readonly label: string };

/** Image1 is the top-level inputs; CodeDeployToECS fills at most four images. */
export const MAX_EXTRA_IMAGES = MAX_IMAGES - 1;

const INPUT = 'extra-images';
const KEYS: readonly ImageKey[] = IMAGE_KEYS.map((row) => row.key);
/** Names people reach for that edit distance does not find. */
const ALIASES: ReadonlyMap<string, ImageKey> = new Map(
  IMAGE_KEYS.flatMap((row) => row.aliases.map((alias): [string, ImageKey] => [alias, row.key])),
);
/**
 * The form of a placeholder name. CodeDeploy matches any `<NAME>` without spaces (placeholders.ts); the name also
 * becomes the suffix of the image's artifact directory, zip and S3 key, so it keeps to characters safe in all three
 * (and, starting with a letter or digit, never leaves an empty suffix once `_NAME` is dropped).
 */
const PLACEHOLDER_FORM = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Reads the `extra-images` YAML: a list of at most three mappings. Empty text (or comments only) is no extra image.
 * Scalars read as YAML 1.2; a number or boolean is taken as written where text is meant anyway (a tag, a build
 * argument's value), and refused elsewhere (`target: 2`, `image: true` are mistakes, not names).
 * @param file the file the text was read from (the input was `@path`): messages then name it and the line
 * @throws UserError about the `extra-images` input, naming the entry and the key, for any mistake in the text
 */
export function parseExtraImages(text: string, file?: string): ExtraImageEntry[] {
  if (text.trim() === '') return [];
  // Typed, so that TypeScript knows `fail` ends the function.
  const reader: EntryReader = new EntryReader(file);
  const outcome = parseYaml(text, { version: '1.2', allowEmpty: true });
  // A warning (an unknown !tag) is refused too: a value read otherwise than it was meant builds the wrong image.
  const [problem] = outcome.problems;
  if (problem !== undefined || outcome.value === undefined) {
    const at = problem?.position ?? { line: 1, column: 1 };
    reader.fail(
      at,
      `is not valid YAML: ${problem?.message ?? 'it cannot be read'}${file === undefined ? ` (line ${at.line}, column ${at.column})` : ''}`,
      problem?.fix ?? 'write a YAML list of images: - placeholder: IMAGE2_NAME',
    );
  }
  const root = outcome.value;
  if (root.kind === 'null') return [];
  if (root.kind === 'object') {
    reader.fail(
      root.position,
      'is one mapping, not a list of images',
      'write it as a list of one: `- placeholder: …` (a dash before the first key, the other keys indented under it)',
    );
  }
  if (root.kind !== 'array')
    reader.fail(root.position, `is ${describeValue(root)}, not a YAML list of images`, rootFix(root));
  if (root.items.length > MAX_EXTRA_IMAGES) {
    reader.fail(
      root.items[MAX_EXTRA_IMAGES]?.position ?? root.position,
      `lists ${root.items.length} images; CodeDeployToECS fills at most four images: Image1 (the top-level inputs) and three here`,
      `keep at most ${MAX_EXTRA_IMAGES} entries; deploy the other containers' images with a pipeline of their own`,
    );
  }
  const entries = root.items.map((item, index) => reader.entry(item, index + 1));
  checkDistinct(entries, root.items, reader);
  return entries;
}

function rootFix(root: PositionedValue): string {
  if (root.kind === 'string' && /^[^\s:]+\.ya?ml$/i.test(root.value)) {
    return `to read the list from a file, write @${root.value}`;
  }
  return 'write a YAML list of images, e.g. `- placeholder: IMAGE2_NAME` with `repository: team/sidecar` under it, or @path to a file holding one';
}

/** Two entries may not fill the same placeholder, nor write the same artifact directory. */
function checkDistinct(
  entries: readonly ExtraImageEntry[],
  items: readonly PositionedValue[],
  reader: EntryReader,
): void {
  entries.forEach((entry, index) => {
    const position = items[index]?.position ?? { line: 1, column: 1 };
    const earlier = entries.slice(0, index);
    const same = earlier.find((other) => other.placeholder === entry.placeholder);
    if (same !== undefined) {
      reader.fail(
        position,
        `${entry.label}: placeholder ${entry.placeholder} is also ${same.label}'s`,
        'give each image its own placeholder (IMAGE2_NAME, IMAGE3_NAME …): one per container image the pipeline fills',
      );
    }
    const slug = extraImageSlug(entry.placeholder);
    const clash = earlier.find((other) => extraImageSlug(other.placeholder) === slug);
    if (clash !== undefined) {
      reader.fail(
        position,
        `${entry.label}: placeholders ${clash.placeholder} (${clash.label}) and ${entry.placeholder} both name the artifact <output-dir>-${slug}`,
        'give the images placeholders that differ by more than case or a trailing _NAME',
      );
    }
  });
}

/** Reads entries, throwing the first mistake; knows the file for the messages. */
class EntryReader {
  constructor(private readonly file: string | undefined) {}

  fail(position: Position, message: string, fix: string): never {
    const at = this.file === undefined ? '' : `${this.file}:${position.line}:${position.column}: `;
    throw new UserError(`${at}${message}`, { input: INPUT }, fix);
  }

  entry(node: PositionedValue, number: number): ExtraImageEntry {
    const example = `IMAGE${number + 1}_NAME`;
    if (node.kind !== 'object') {
      this.fail(
        node.position,
        `entry ${number} is ${node.kind === 'null' ? 'empty' : describeValue(node)}, not a mapping`,
        `write its keys under the dash: \`- placeholder: ${example}\`, then \`repository: …\` (or \`image: …\`) indented under it`,
      );
    }
    // Named by its placeholder as written, so that even a message about a malformed placeholder says which entry.
    const written = node.entries.find((entry) => entry.key === 'placeholder')?.value;
    const label =
      written?.kind === 'string' && written.value.trim() !== ''
        ? `entry ${number} (${written.value.trim()})`
        : `entry ${number}`;
    const given = this.keys(node, label);
    const placeholderEntry = given.get('placeholder');
    if (placeholderEntry === undefined) {
      this.fail(
        node.position,
        `${label}: placeholder is missing`,
        `add placeholder: ${example}, the name the pipeline's Image${number + 1}ContainerName holds (taskdef.json has "image": "<${example}>")`,
      );
    }
    const placeholder = this.placeholder(placeholderEntry, label);

    const image = given.get('image');
    if (image !== undefined) {
      const conflicting = BUILT_KEYS.filter((key) => given.has(key));
      if (conflicting.length > 0) {
        this.fail(
          image.keyPosition,
          `${label}: image cannot be combined with ${conflicting.join(', ')}: a prebuilt image is not built or pushed here`,
          `remove ${conflicting.join(', ')}, or remove image to build this image`,
        );
      }
    } else if (!given.has('repository')) {
      this.fail(
        node.position,
        `${label}: needs repository (the ECR repository to build and push to) or image (a prebuilt image URI)`,
        'add repository: team/sidecar (its name or ECR URI), or image: <registry>/<repository>@sha256:… for an image built elsewhere',
      );
    }

    const values: Record<string, unknown> = {};
    for (const row of IMAGE_KEYS) {
      const entry = given.get(row.key);
      if (row.key === 'placeholder' || entry === undefined) continue;
      values[fieldOf(row.key)] =
        row.kind === 'pairs'
          ? this.pairs(entry, label)
          : row.kind === 'list'
            ? this.list(entry, label)
            : this.text(entry, label);
    }
    // Each field was read as its row's kind, which ImageValues maps to its type.
    return { placeholder, ...(values as ImageValues), label };
  }

  /** The entry's keys by name; refuses unknown and repeated keys. */
  private keys(node: PositionedObject, label: string): Map<ImageKey, PositionedEntry> {
    const given = new Map<ImageKey, PositionedEntry>();
    for (const entry of node.entries) {
      const key = entry.key;
      if (!isKey(key)) {
        this.fail(entry.keyPosition, `${label}: ${unknownKeyMessage(key)}`, unknownKeyFix(key));
      }
      const first = given.get(key);
      if (first !== undefined) {
        this.fail(
          entry.keyPosition,
          `${label}: ${key} is given twice (lines ${first.keyPosition.line} and ${entry.keyPosition.line})`,
          `keep one ${key}`,
        );
      }
      given.set(key, entry);
    }
    return given;
  }

  private placeholder(entry: PositionedEntry, label: string): string {
    const name = this.text(entry, label);
    const inner = /^<(.+)>$/.exec(name)?.[1];
    if (inner !== undefined) {
      this.fail(
        entry.value.position,
        `${label}: placeholder ${name} has angle brackets; the pipeline's Image<N>ContainerName holds the bare name`,
        `write placeholder: ${inner}; the brackets belong in taskdef.json only: "image": "<${inner}>"`,
      );
    }
    if (name === TASK_DEFINITION_PLACEHOLDER.slice(1, -1)) {
      this.fail(
        entry.value.position,
        `${label}: placeholder ${name} is the appspec's placeholder for the new task definition`,
        'name the image placeholder after the image, e.g. IMAGE2_NAME',
      );
    }
    if (!PLACEHOLDER_FORM.test(name)) {
      this.fail(
        entry.value.position,
        `${label}: placeholder ${quote(name)} is not a placeholder name: letters, digits, _, . and -, starting with a letter or digit ` +
          "(it also names the image's artifact directory and zip)",
        'use a name such as IMAGE2_NAME or SIDECAR_IMAGE',
      );
    }
    return name;
  }

  /** A key whose value is one piece of text. */
  private text(entry: PositionedEntry, label: string): string {
    const { key, value } = entry;
    if (value.kind !== 'string') {
      const quoted =
        value.kind === 'number' || value.kind === 'boolean'
          ? `; quote it if it is meant as text: ${key}: ${quote(value.raw)}`
          : '';
      this.fail(
        value.position,
        `${label}: ${key} is ${value.kind === 'null' ? 'given without a value' : describeValue(value)}, not text`,
        quoted !== '' ? `write ${key} as text${quoted}` : `give ${key} one value, or remove it`,
      );
    }
    const trimmed = value.value.trim();
    if (trimmed === '') this.fail(value.position, `${label}: ${key} is empty`, `give ${key} a value, or remove it`);
    return trimmed;
  }

  /** `build-args`: a mapping `{KEY: value}` or a list of `KEY=VALUE`. */
  private pairs(entry: PositionedEntry, label: string): [string, string][] {
    const { value } = entry;
    const pairs: [string, string, Position][] = [];
    if (value.kind === 'object') {
      for (const item of value.entries) {
        const argument = scalarText(item.value);
        if (argument === undefined) {
          this.fail(
            item.value.position,
            `${label}: build-args ${item.key} is ${item.value.kind === 'null' ? 'given without a value' : describeValue(item.value)}`,
            `write ${item.key}: value (${item.key}: "" for an empty value)`,
          );
        }
        pairs.push([item.key, argument, item.keyPosition]);
      }
    } else if (value.kind === 'array') {
      value.items.forEach((item, index) => {
        const line = item.kind === 'string' ? item.value : undefined;
        const pair = line === undefined ? undefined : splitPair(line);
        if (line === undefined || pair === undefined) {
          const shown = line !== undefined ? quote(line) : describeValue(item);
          const fix =
            item.kind === 'object'
              ? 'write each item as KEY=VALUE, or make build-args a mapping (KEY: value, without dashes)'
              : `write each item as KEY=VALUE${line !== undefined ? `, e.g. ${line.trim() || 'KEY'}=value` : ''}`;
          this.fail(item.position, `${label}: build-args item ${index + 1} is ${shown}, not KEY=VALUE`, fix);
        }
        pairs.push([...pair, item.position]);
      });
    } else {
      this.fail(
        value.position,
        `${label}: build-args is ${value.kind === 'null' ? 'given without a value' : describeValue(value)}`,
        'write a mapping (KEY: value on lines indented under build-args) or a list of KEY=VALUE',
      );
    }
    if (pairs.length === 0)
      this.fail(
        value.position,
        `${label}: build-args is empty`,
        'give at least one build argument, or remove build-args',
      );
    const seen = new Map<string, Position>();
    for (const [key, , position] of pairs) {
      if (key === '' || /[=\s]/.test(key)) {
        this.fail(
          position,
          `${label}: build-args has the name ${quote(key)}, which is no build argument name`,
          "name each argument as the Dockerfile's ARG does: a word without spaces or =",
        );
      }
      const first = seen.get(key);
      if (first !== undefined) {
        this.fail(
          position,
          `${label}: build-args sets ${key} twice (lines ${first.line} and ${position.line})`,
          `keep one ${key}`,
        );
      }
      seen.set(key, position);
    }
    return pairs.map(([key, argument]) => [key, argument]);
  }

  /** `tags`: a list, or one comma-separated string, of tag templates. */
  private list(entry: PositionedEntry, label: string): string[] {
    const { value } = entry;
    const braces = (node: PositionedValue): string | undefined =>
      node.kind === 'object' && node.entries.length === 1 && node.entries[0]?.value.kind === 'null'
        ? `{${node.entries[0].key}}`
        : undefined;
    let tags: string[];
    if (value.kind === 'array') {
      tags = value.items.map((item, index) => {
        const tag = scalarText(item)?.trim();
        if (tag === undefined) {
          const template = braces(item);
          this.fail(
            item.position,
            `${label}: tags item ${index + 1} is ${template !== undefined ? `${template} read as a YAML mapping` : describeValue(item)}`,
            template !== undefined
              ? `quote the template: - ${quote(template)}`
              : 'write each tag as text, e.g. - "{short_sha}"',
          );
        }
        if (tag === '') this.fail(item.position, `${label}: tags item ${index + 1} is empty`, 'remove the empty item');
        return tag;
      });
    } else {
      const text = scalarText(value);
      if (text === undefined) {
        const template = braces(value);
        this.fail(
          value.position,
          `${label}: tags is ${template !== undefined ? `${template} read as a YAML mapping` : value.kind === 'null' ? 'given without a value' : describeValue(value)}`,
          template !== undefined
            ? `quote the template: tags: ${quote(template)}`
            : 'write a list of tags, or one string of tags separated by commas',
        );
      }
      tags = splitList(text);
    }
    if (tags.length === 0) {
      this.fail(
        value.position,
        `${label}: tags is empty`,
        'give at least one tag, or remove tags to take the top-level tags',
      );
    }
    return tags;
  }
}

function isKey(key: string): key is ImageKey {
  return (KEYS as readonly string[]).includes(key);
}

/** `buildArgs`, `build_args`, `Build-Args` → `build-args`. */
function kebab(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replaceAll('_', '-')
    .toLowerCase();
}

/** The entry key a misspelt one most likely means. */
function intendedKey(key: string): ImageKey | undefined {
  const normal = kebab(key);
  if (isKey(normal)) return normal;
  return ALIASES.get(normal) ?? (closestMatch(normal, KEYS) as ImageKey | undefined);
}

/** A top-level input that applies to every image, given inside an entry. */
function sharedInput(key: string): string | undefined {
  const normal = kebab(key);
  return INPUTS.some((spec) => spec.name === normal) && !isKey(normal) ? normal : undefined;
}

function unknownKeyMessage(key: string): string {
  const shared = sharedInput(key);
  if (shared !== undefined)
    return `${key} is not a key of an extra image: ${shared} is set once, at the top level, for every image`;
  const intended = intendedKey(key);
  return `unknown key ${key}${intended !== undefined ? `; did you mean ${intended}?` : ''}`;
}

function unknownKeyFix(key: string): string {
  const shared = sharedInput(key);
  if (shared !== undefined)
    return `remove it here and set the input ${shared}, which Image1 and the extra images share`;
  const intended = intendedKey(key);
  return intended !== undefined ? `write ${intended}` : `use only the keys ${KEYS.join(', ')}`;
}

/** A scalar as text: strings as they are, numbers and booleans as written (`1.10` stays `1.10`). */
function scalarText(node: PositionedValue): string | undefined {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
    case 'boolean':
      return node.raw;
    default:
      return undefined;
  }
}
