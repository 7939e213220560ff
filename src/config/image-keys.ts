/**
 * The one table of an image's own settings: each is an input of Image1 (the top-level inputs) and a key of an
 * `extra-images` entry, read the same way for both (`readImage1` here, `parseExtraImages` for the entries). What is
 * not in this table is the run's, set once at the top level for every image (`BuildSettings`, region, cache …).
 * Adding a per-image setting is a row here and its use where the image is resolved (`resolveImage` in image-specs.ts). Pure.
 */
import type { InputOfKind } from '../interface';
import type { InputReader } from './inputs';

/** How a key's value is read: one text, a list of text, or `KEY=VALUE` pairs. */
type KeyKind = 'string' | 'list' | 'pairs';

interface ImageKeySpec<K extends KeyKind = KeyKind> {
  /** The key in an entry of `extra-images`. */
  readonly key: string;
  readonly kind: K;
  /** Image1's input: a top-level input of the same kind. */
  readonly input: InputOfKind<K>;
  /** A prebuilt `image` excludes it: it is neither built nor pushed here. */
  readonly built: boolean;
  /** Names people reach for that edit distance does not find. */
  readonly aliases: readonly string[];
}

/** Every key of an image, in the order the messages list them. */
export const IMAGE_KEYS = [
  {
    key: 'placeholder',
    kind: 'string',
    input: 'image-placeholder',
    built: false,
    aliases: ['name', 'image-placeholder'],
  },
  { key: 'repository', kind: 'string', input: 'repository', built: true, aliases: ['repo', 'ecr-repository'] },
  { key: 'context', kind: 'string', input: 'context', built: true, aliases: [] },
  { key: 'dockerfile', kind: 'string', input: 'dockerfile', built: true, aliases: ['file'] },
  { key: 'target', kind: 'string', input: 'target', built: true, aliases: [] },
  { key: 'build-args', kind: 'pairs', input: 'build-args', built: true, aliases: ['args', 'build-arg', 'arguments'] },
  { key: 'tags', kind: 'list', input: 'tags', built: true, aliases: [] },
  { key: 'image', kind: 'string', input: 'image', built: false, aliases: ['uri', 'image-uri'] },
] as const satisfies readonly (ImageKeySpec<'string'> | ImageKeySpec<'list'> | ImageKeySpec<'pairs'>)[];

type Row = (typeof IMAGE_KEYS)[number];
export type ImageKey = Row['key'];
/** `build-args` → `buildArgs`: the field of an entry. */
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
interface KindValue {
  readonly string: string;
  readonly list: readonly string[];
  readonly pairs: readonly (readonly [string, string])[];
}

/** An image's settings as written, nothing defaulted or resolved: each key of the table that was given. */
export type ImageValues = {
  readonly [R in Exclude<Row, { key: 'placeholder' }> as Camel<R['key']>]?: KindValue[R['kind']];
};

/** One image as written: Image1 from the top-level inputs, or an entry of `extra-images`. */
export type ImageEntry = ImageValues & {
  /** The placeholder's name without angle brackets: `IMAGE2_NAME`. */
  readonly placeholder: string;
  /** How messages name an entry of `extra-images` (`entry 2 (IMAGE3_NAME)`); absent for Image1. */
  readonly label?: string;
};

/** The field of an entry that holds `key`. */
export function fieldOf(key: ImageKey): string {
  return key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The keys a prebuilt `image` excludes. */
export const BUILT_KEYS: readonly ImageKey[] = IMAGE_KEYS.filter((row) => row.built).map((row) => row.key);

/**
 * Image1 as an entry: each key of the table read from its top-level input, as its kind, when given. The
 * placeholder is given by the caller (the `image-placeholder` input, its brackets dropped).
 */
export function readImage1(inputs: InputReader, placeholder: string): ImageEntry {
  const values: Record<string, unknown> = { placeholder };
  for (const row of IMAGE_KEYS) {
    // Given with its default is not given: the default of an image's setting is the resolver's.
    if (row.key === 'placeholder' || !inputs.isSet(row.input)) continue;
    values[fieldOf(row.key)] =
      row.kind === 'pairs'
        ? inputs.pairs(row.input)
        : row.kind === 'list'
          ? inputs.list(row.input)
          : inputs.text(row.input);
  }
  // Each field was read as its row's kind, which ImageValues maps to its type.
  return values as ImageEntry;
}
