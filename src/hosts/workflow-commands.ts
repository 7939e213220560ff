/**
 * GitHub's workflow commands as text: annotations a `run:` step prints (the runner turns
 * `::error file=…::…` lines on stdout or stderr into annotations), and user text kept from being
 * read as a command. Pure.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding } from '../deploy-files/findings';

/**
 * `file` (relative to `cwd`, or absolute) as GitHub wants it in an annotation: relative to the
 * workspace, with `/`.
 */
export function workspacePath(file: string, workspace: string | undefined, cwd = process.cwd()): string {
  if (!workspace) return file;
  const path = relative(workspace, resolve(cwd, file));
  // Outside the workspace no annotation can point at it: keep the path as given.
  return path.startsWith('..') || isAbsolute(path) ? file : path.split('\\').join('/');
}

/** One finding as an `::error …::` or `::warning …::` command. */
export function annotationCommand(finding: Finding, workspace: string | undefined): string {
  const place =
    finding.line > 0
      ? [
          ['file', workspacePath(finding.file, workspace)],
          ['line', String(finding.line)],
          ['col', String(finding.column)],
        ]
      : []; // about no file: the account of --live
  const properties = [['title', finding.rule], ...place]
    .map(([name, value]) => `${name}=${escapeProperty(value as string)}`)
    .join(',');
  return `::${finding.severity} ${properties}::${escapeData(`${finding.message}\n${finding.fix}`)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/*
 * User text in a log line must not become a workflow command. The runner reads every line of a
 * step's stdout and stderr — an action's, and a `run:` step's — splits it at CR and LF, and acts
 * on a line that starts with `::` once .NET's String.Trim() has taken the blanks off it, or that
 * holds the older `##[` form anywhere: a tag or a file name holding `\n::warning::…` would forge an
 * annotation, `::add-mask::` hide the log.
 *
 * Trim() strips every Char.IsWhiteSpace character: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000. JavaScript's \s lacks U+0085 (NEXT LINE),
 * so a check with \s let `U+0085::warning::` through. U+180E, U+200B and U+FEFF, whitespace to older
 * Unicode or other trims, are counted too: a wider set only neutralises more.
 */
const RUNNER_BLANKS =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const COMMAND = new RegExp(`(?:^|[\\n\\r])[${RUNNER_BLANKS}]*::|##\\[`);

/**
 * Text for a GitHub log, where no line of it can be read as a workflow command. Every line the
 * hosts print goes through here.
 * - `text`: unchanged when no line could be read as a command; otherwise wrapped between
 *   `::stop-commands::<token>` and `::<token>::` lines, the runner's own way to print commands
 *   as plain text.
 * - `json` (`--json`, a document a program parses): no line of JSON starts with `::` (each starts
 *   with a bracket, a quote, a digit or a word), so only `##[` can appear, inside a string, where
 *   `\u0023#[` is the same string to a parser and no command to the runner; a wrapper would break
 *   the document.
 * @param token for `text`: a value the text cannot guess (random per call)
 */
export function neutralizeCommands(text: string, format: 'text' | 'json', token: string): string {
  if (!COMMAND.test(text)) return text;
  if (format === 'json') return text.replace(/##\[/g, '\\u0023#[');
  const end = text.endsWith('\n') ? '\n' : '';
  return `::stop-commands::${token}\n${end ? text.slice(0, -1) : text}\n::${token}::${end}`;
}
