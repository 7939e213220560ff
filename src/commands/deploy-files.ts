/**
 * The deployment files from disk: read, checked, reported — the first step of every command, and
 * all of `validate` and `render`. Nothing here reaches AWS or Docker, so those commands load
 * none of the modules that do.
 */
import { stat } from 'node:fs/promises';
import type { FilesConfig } from '../config';
import { checkDeployFiles, type CheckInput, type CheckResult, type SourceFile } from '../deploy-files/check';
import { serializeJson } from '../deploy-files/render';
import { UserError } from '../errors';
import type { Host } from '../hosts/host';
import { readInputFile } from '../input-file';

/** The deployment files as read from disk, checked. */
export interface CheckedFiles {
  readonly taskdef: SourceFile;
  readonly appspec: SourceFile;
  readonly check: CheckResult;
}

/**
 * Reads the task definition and the appspec (the first appspec candidate that exists), checks
 * them, reports the findings, and throws when one is an error.
 * @param findingsAsResult print the findings as the command's JSON result (`validate --json`)
 */
export async function checkFiles(host: Host, files: FilesConfig, extra: Partial<CheckInput> = {}, findingsAsResult = false): Promise<CheckedFiles> {
  const taskdef = await readSource(files.taskdef, 'taskdef');
  const appspec = await readFirstSource(files.appspec, 'appspec');
  const check = checkDeployFiles({
    taskdef, appspec, imagePlaceholder: files.imagePlaceholder, otherPlaceholders: files.otherPlaceholders,
    extraPlaceholders: files.extraPlaceholders,
    ...(files.render && { render: files.render }), ...extra,
  });
  reportFindings(host, check, [taskdef, appspec, ...(extra.imageDetail ? [extra.imageDetail] : []),
    ...(extra.pipeline ? [extra.pipeline] : [])], findingsAsResult);
  return { taskdef, appspec, check };
}

function reportFindings(host: Host, check: CheckResult, sources: readonly SourceFile[], asResult: boolean): void {
  const errors = check.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = check.findings.length - errors;
  const names = sources.map((source) => source.path).join(', ');
  if (asResult) {
    const { findings, placeholders, imageContainers } = check;
    host.print(serializeJson({ ok: errors === 0, findings, placeholders, imageContainers }));
  } else {
    host.findings(check.findings);
    for (const use of check.placeholders) host.info(`<${use.placeholder}> is the image of container ${use.container} (line ${use.line})`);
  }
  if (errors > 0) {
    throw new UserError(`${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''} in ${names}`,
      undefined, 'fix the errors listed above; CodeDeploy or ECS would reject these files');
  }
  host.info(`${names}: ok${warnings ? ` (${plural(warnings, 'warning')})` : ''}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The largest deployment file read: far above what ECS (a task definition of 64 KiB) and
 * CodeDeploy (an artifact of 3 MB, zipped) accept, so the checks can still say what is wrong
 * with a file that is merely large, while a 20 MB mistake is refused before it is parsed.
 */
const MAX_FILE_BYTES = 10_000_000;

export async function readSource(path: string, input: string): Promise<SourceFile> {
  return { path, text: await readInputFile(path, input, MAX_FILE_BYTES) };
}

async function readFirstSource(candidates: readonly string[], input: string): Promise<SourceFile> {
  if (candidates.length === 1) return readSource(candidates[0] as string, input);
  for (const path of candidates) {
    try {
      await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
    }
    return readSource(path, input);
  }
  throw new UserError(`none of ${candidates.join(', ')} exists (in ${process.cwd()})`, { input },
    `create one, or pass the appspec's path as ${input}`);
}

/** The parsed, cleaned task definition of files that passed the checks. */
export function parsedTaskDefinition(check: CheckResult): Readonly<Record<string, unknown>> {
  if (check.taskDefinition === undefined) throw new Error('checked files without a parsed task definition');
  return check.taskDefinition;
}
