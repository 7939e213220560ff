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
  const properties = [
    ['title', finding.rule],
    ['file', workspacePath(finding.file, workspace)],
    ['line', String(finding.line)],
    ['col', String(finding.column)],
  ]
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
 * step's stdout and stderr — an action's, and a `run:` step's — and acts on one that starts, after
 * blanks, with `::` (or holds the older `##[` form): a tag or a file name holding `\n::warning::…`
 * would forge an annotation, `::add-mask::` hide the log. Text that could do so is wrapped in
 * `::stop-commands::`, the runner's own way to print commands as plain text.
 */
const COMMAND = /^\s*::|##\[/m;

/**
 * `text` unchanged when no line of it could be read as a command; otherwise wrapped between
 * `::stop-commands::<token>` and `::<token>::` lines.
 * @param token a value the text cannot guess (random per call)
 */
export function neutralizeCommands(text: string, token: string): string {
  if (!COMMAND.test(text)) return text;
  const end = text.endsWith('\n') ? '\n' : '';
  return `::stop-commands::${token}\n${end ? text.slice(0, -1) : text}\n::${token}::${end}`;
}
