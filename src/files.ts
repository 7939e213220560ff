/**
 * The deployment files from disk: read, checked, reported — the first step of every command, and
 * all of `validate` and `render`. Nothing here reaches AWS or Docker, so those commands load
 * none of the modules that do.
 */
import { stat } from 'node:fs/promises';
import type { FilesConfig, RenderConfig, ValidateConfig } from './config';
import { checkDeployFiles, type CheckInput, type CheckResult, type SourceFile } from './deploy-files/check';
import { renderAppspecText, renderTaskDefinition, serializeJson } from './deploy-files/render';
import { UserError } from './errors';
import type { Host } from './hosts/host';
import { readInputFile } from './input-file';

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

async function readSource(path: string, input: string): Promise<SourceFile> {
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

/** `validate`: the deployment files alone, and the pipeline definition if one is given; no AWS, no Docker. */
export async function runValidate(config: ValidateConfig, host: Host): Promise<void> {
  const imageDetail = config.imageDetail === undefined ? undefined : await readSource(config.imageDetail, 'image-detail');
  const pipeline = config.pipeline === undefined ? undefined : await readSource(config.pipeline, 'pipeline');
  await checkFiles(host, config.files, { ...(imageDetail && { imageDetail }), ...(pipeline && { pipeline }) }, host.json);
}

/** `render`: prints the task definition as ECS registers it and the appspec as CodeDeploy uses it. */
export async function runRender(config: RenderConfig, host: Host): Promise<void> {
  const files = await checkFiles(host, config.files);
  const target = config.files.render ?? { placeholder: config.files.imagePlaceholder };
  const taskDefinition = renderTaskDefinition(parsedTaskDefinition(files.check), config.imageUri, target);
  // The appspec stays text: YAML's `version: 0.0` would not survive a round trip through JSON.
  const appspec = config.taskDefinitionArn === undefined ? files.appspec.text : renderAppspecText(files.appspec.text, config.taskDefinitionArn);
  if (host.json) {
    host.print(serializeJson({ taskDefinition, appspec }));
    return;
  }
  host.info(`${files.taskdef.path}, as ECS will register it:`);
  host.print(serializeJson(taskDefinition));
  host.info(`${files.appspec.path}, as CodeDeploy will use it${config.taskDefinitionArn ? '' : ' (<TASK_DEFINITION> is the ARN CodeDeploy registers)'}:`);
  host.print(appspec.endsWith('\n') ? appspec : `${appspec}\n`);
}

/** The parsed, cleaned task definition of files that passed the checks. */
export function parsedTaskDefinition(check: CheckResult): Readonly<Record<string, unknown>> {
  if (check.taskDefinition === undefined) throw new Error('checked files without a parsed task definition');
  return check.taskDefinition;
}
