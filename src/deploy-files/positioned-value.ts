/**
 * A parsed JSON or YAML value that remembers where each part of it was written, so that findings can point at it.
 * JSON and YAML files both parse into this one shape; the rules never see which syntax a file used.
 */
import { quote, type Position, type Severity } from './findings';

interface Located {
  readonly position: Position;
}

/** An object (JSON) or mapping (YAML). Entries keep source order, duplicates included. */
export interface PositionedObject extends Located {
  readonly kind: 'object';
  readonly entries: readonly PositionedEntry[];
}

/** One `key: value` of an object. */
export interface PositionedEntry {
  readonly key: string;
  readonly keyPosition: Position;
  readonly value: PositionedValue;
}

/** An array (JSON) or sequence (YAML). */
export interface PositionedArray extends Located {
  readonly kind: 'array';
  readonly items: readonly PositionedValue[];
}

/** A scalar; `raw` is its source text (YAML reads `0.0` as the number 0, and some rules care which was written). */
export type PositionedScalar =
  | (Located & { readonly kind: 'string'; readonly value: string; readonly raw: string })
  | (Located & { readonly kind: 'number'; readonly value: number; readonly raw: string })
  | (Located & { readonly kind: 'boolean'; readonly value: boolean; readonly raw: string })
  | (Located & { readonly kind: 'null'; readonly raw: string });

/** Any parsed value. */
export type PositionedValue = PositionedObject | PositionedArray | PositionedScalar;

/** A problem a parser found: a syntax error, or something it skipped (a byte order mark). */
export interface ParseProblem {
  readonly severity: Severity;
  readonly position: Position;
  readonly message: string;
  readonly fix: string;
}

/** What a parser returns: the value (absent when the text could not be parsed) and its problems. */
export interface ParseOutcome {
  readonly value?: PositionedValue;
  readonly problems: readonly ParseProblem[];
}

/** Turns byte offsets into 1-based lines and columns. */
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) {
      this.#lineStarts.push(offset + 1);
    }
  }

  /** The 1-based line and column of a 0-based offset. */
  position(offset: number): Position {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }
}

/** The value of `key` in an object; with duplicate keys the last one, as JSON parsers read it. */
export function entryOf(object: PositionedObject, key: string): PositionedEntry | undefined {
  for (let index = object.entries.length - 1; index >= 0; index--) {
    const entry = object.entries[index];
    if (entry?.key === key) return entry;
  }
  return undefined;
}

/** The value of `key` if the node is an object that has it. */
export function memberOf(node: PositionedValue | undefined, key: string): PositionedValue | undefined {
  return node?.kind === 'object' ? entryOf(node, key)?.value : undefined;
}

/** The string at `key` of an object node, if there is one. */
export function stringMemberOf(node: PositionedValue | undefined, key: string): string | undefined {
  const value = memberOf(node, key);
  return value?.kind === 'string' ? value.value : undefined;
}

/** The value as plain data, as `JSON.parse` would give it (last duplicate key wins). */
export function toPlainValue(node: PositionedValue): unknown {
  switch (node.kind) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const { key, value } of node.entries) {
        // defineProperty, not assignment: a key "__proto__" must stay a key.
        Object.defineProperty(object, key, {
          value: toPlainValue(value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    case 'array':
      return node.items.map(toPlainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** "a string", "a number", … for messages about a wrong type. */
function kindName(node: PositionedValue): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'null':
      return 'null';
    default:
      return `a ${node.kind}`;
  }
}

/** A short description of a value for messages: `the string "80"`, `the number 256`, `a list`. */
export function describeValue(node: PositionedValue): string {
  switch (node.kind) {
    case 'string':
      return `the string ${quote(node.value)}`;
    case 'number':
    case 'boolean':
      return `the ${node.kind} ${node.raw}`;
    default:
      return kindName(node);
  }
}

/** Appends a key or an index to a path, the way a reader would write it: `containerDefinitions[0].image`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const plainKey = /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
  if (path === '') return plainKey;
  return plainKey === key ? `${path}.${key}` : `${path}[${plainKey}]`;
}

/** Where a value sits, for messages: the path, or "the top level" for the root. */
export function pathLabel(path: string): string {
  return path === '' ? 'the top level' : path;
}

/** Every later occurrence of a key already present in the same object, with the position of the first. */
export function findDuplicateKeys(
  node: PositionedValue,
): { readonly key: string; readonly position: Position; readonly first: Position }[] {
  const duplicates: { key: string; position: Position; first: Position }[] = [];
  const visit = (value: PositionedValue): void => {
    if (value.kind === 'array') value.items.forEach(visit);
    if (value.kind !== 'object') return;
    const seen = new Map<string, Position>();
    for (const entry of value.entries) {
      const first = seen.get(entry.key);
      if (first === undefined) seen.set(entry.key, entry.keyPosition);
      else duplicates.push({ key: entry.key, position: entry.keyPosition, first });
      visit(entry.value);
    }
  };
  visit(node);
  return duplicates;
}
