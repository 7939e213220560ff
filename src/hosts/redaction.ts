/**
 * Secrets out of logs, line by line. A log is read line by line — the runner masks each line it
 * prints, a terminal or CodeBuild shows each one — so a multi-line secret (a PEM key, a JSON
 * credentials file in `secrets`) masked only whole is never matched once it is split across
 * lines: each of its lines is a secret of its own. Pure.
 */

/**
 * Lines shorter than this are not masked on their own: `{`, `}` or `-----` of a key file, masked,
 * would blank every brace and rule of the log while hiding nothing.
 */
const MIN_LINE_LENGTH = 4;

/** What to mask of `secret`: the whole, and each line of a multi-line one (trimmed, as it shows in a log). */
export function maskedParts(secret: string): string[] {
  if (secret === '') return [];
  const lines = secret
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length >= MIN_LINE_LENGTH && line !== secret);
  return [...new Set([secret, ...lines])];
}

/** `text` with each of `secrets` replaced by `***`, the longest first (a whole secret before its lines). */
export function redact(text: string, secrets: readonly string[]): string {
  return [...secrets].sort((a, b) => b.length - a.length).reduce((out, secret) => out.split(secret).join('***'), text);
}
