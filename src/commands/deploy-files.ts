/**
 * The deployment files from disk: read and checked — the first step of every command, and all of
 * `validate` and `render`. Nothing here reaches AWS or Docker, so those commands load none of the
 * modules that do; nothing here reports either: the check goes into the command's result (or its
 * failure), and the host reports it.
 */
import { stat } from 'node:fs/promises';
import type { FilesConfig } from '../config';
import { checkDeployFiles, type CheckInput, type CheckResult, type DeployFile } from '../deploy-files/check';
import { UserError } from '../errors';
import { FilesRejected, type FilesCheck } from './files-check';
import { readInputFile } from '../input-file';

/** The deployment files as read from disk, checked. */
export interface CheckedFiles {
  readonly taskdef: DeployFile;
  /** Absent with deploy-target ecs, which reads none. */
  readonly appspec?: DeployFile;
  readonly check: CheckResult;
  /** What the check found, as the host reports it. */
  readonly report: FilesCheck;
}

/**
 * Reads the task definition, the appspec (the first appspec candidate that exists; none with deploy-target ecs) and
 * the service definition when given, and checks them, with the image detail and pipeline definition in `extra` when
 * given.
 * @throws FilesRejected when a finding is an error
 */
export async function checkFiles(files: FilesConfig, extra: Partial<CheckInput> = {}): Promise<CheckedFiles> {
  const taskdef = await readDeployFile(files.taskdef, 'taskdef', files.workspace);
  const appspec =
    files.appspec.length > 0 ? await readFirstDeployFile(files.appspec, 'appspec', files.workspace) : undefined;
  const serviceDefinition =
    files.serviceDefinition !== undefined
      ? await readDeployFile(files.serviceDefinition, 'service-definition', files.workspace)
      : undefined;
  const check = checkDeployFiles({
    taskdef,
    ...(appspec && { appspec }),
    ...(serviceDefinition && { serviceDefinition }),
    deployTarget: files.deployTarget,
    imagePlaceholder: files.imagePlaceholder,
    otherPlaceholders: files.otherPlaceholders,
    extraPlaceholders: files.extraPlaceholders,
    ...(files.render && { render: files.render }),
    ...extra,
  });
  const sources = [
    taskdef,
    ...(appspec ? [appspec] : []),
    ...(serviceDefinition ? [serviceDefinition] : []),
    ...(extra.imageDetail ? [extra.imageDetail] : []),
    ...(extra.pipeline ? [extra.pipeline] : []),
  ];
  const { findings, placeholders, imageContainers } = check;
  const report: FilesCheck = { files: sources.map((source) => source.path), findings, placeholders, imageContainers };
  if (findings.some((finding) => finding.severity === 'error')) throw new FilesRejected(report);
  return { taskdef, ...(appspec && { appspec }), check, report };
}

/**
 * The largest deployment file read: far above what ECS (a task definition of 64 KiB) and
 * CodeDeploy (an artifact of 3 MB, zipped) accept, so the checks can still say what is wrong
 * with a file that is merely large, while a 20 MB mistake is refused before it is parsed.
 */
const MAX_FILE_BYTES = 10_000_000;

/**
 * Reads a deployment file; `input` names the input that gave its path, for the message when it cannot be read.
 * @param workspace the run's checkout (`FilesConfig.workspace`)
 */
export async function readDeployFile(path: string, input: string, workspace: string): Promise<DeployFile> {
  return { path, text: await readInputFile(path, { input, maxBytes: MAX_FILE_BYTES, workspace }) };
}

async function readFirstDeployFile(
  candidates: readonly string[],
  input: string,
  workspace: string,
): Promise<DeployFile> {
  if (candidates.length === 1) return readDeployFile(candidates[0] as string, input, workspace);
  for (const path of candidates) {
    try {
      await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
    }
    return readDeployFile(path, input, workspace);
  }
  throw new UserError(
    `none of ${candidates.join(', ')} exists (in ${process.cwd()})`,
    { input },
    `create one, or pass the appspec's path as ${input}`,
  );
}

/** The parsed, cleaned task definition of files that passed the checks. */
export function parsedTaskDefinition(check: CheckResult): Readonly<Record<string, unknown>> {
  if (check.taskDefinition === undefined) throw new Error('checked files without a parsed task definition');
  return check.taskDefinition;
}
