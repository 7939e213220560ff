/**
 * The one reader of lists and `KEY=VALUE` pairs, for the inputs and for the entries of `extra-images` alike. Pure.
 */

/** A list: one item per line or comma-separated, each trimmed, empty items dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The lines of a pairs value: trimmed, blank lines and `#` comments dropped. */
export function pairLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * `KEY=VALUE` split at its first `=` (the value may hold more, and commas): the key trimmed, the value as written.
 * Undefined when the text has no `=`; the key may be empty, which the caller names in its own words.
 */
export function splitPair(text: string): [string, string] | undefined {
  const equals = text.indexOf('=');
  return equals < 0 ? undefined : [text.slice(0, equals).trim(), text.slice(equals + 1)];
}
