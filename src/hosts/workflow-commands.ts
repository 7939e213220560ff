/**
 * GitHub's workflow commands as text, for a `run:` step: the runner turns `::error file=…::…`
 * lines on stdout or stderr into annotations. Pure.
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
  ].map(([name, value]) => `${name}=${escapeProperty(value as string)}`).join(',');
  return `::${finding.severity} ${properties}::${escapeData(`${finding.message}\n${finding.fix}`)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
