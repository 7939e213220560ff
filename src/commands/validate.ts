/**
 * `validate`: the deployment files alone, and the pipeline definition if one is given; no AWS, no Docker — unless
 * `--live` asks for the read-only checks of the account.
 */
import type { ValidateConfig } from '../config';
import type { FilesCheck } from './files-check';
import type { CommandContext } from './context';
import { checkFiles, readDeployFile } from './deploy-files';

/** What `validate` found in files that passed (warnings at most; errors throw `FilesRejected`). */
export interface ValidateResult {
  readonly check: FilesCheck;
}

/**
 * Checks the files `config` names.
 * @throws FilesRejected when a finding is an error (of the files or, with --live, of the account); UserError when a
 *   file cannot be read
 */
export async function runValidate(config: ValidateConfig, _context: CommandContext): Promise<ValidateResult> {
  const imageDetail =
    config.imageDetail === undefined
      ? undefined
      : await readDeployFile(config.imageDetail, 'image-detail', config.files.workspace);
  const pipeline =
    config.pipeline === undefined
      ? undefined
      : await readDeployFile(config.pipeline, 'pipeline', config.files.workspace);
  const { report, check } = await checkFiles(config.files, {
    ...(imageDetail && { imageDetail }),
    ...(pipeline && { pipeline }),
  });
  if (config.live === undefined) return { check: report };
  const { checkAccount } = await import('./live'); // the AWS SDK clients load only with --live
  return { check: await checkAccount(config.live, check, [], report) };
}
