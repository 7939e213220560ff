/** `validate`: the deployment files alone, and the pipeline definition if one is given; no AWS, no Docker. */
import type { ValidateConfig } from '../config';
import type { FilesCheck } from './files-check';
import type { CommandContext } from './context';
import { checkFiles, readSource } from './deploy-files';

/** What `validate` found in files that passed (warnings at most; errors throw `FilesRejected`). */
export interface ValidateResult {
  readonly check: FilesCheck;
}

/**
 * Checks the files `config` names.
 * @throws FilesRejected when a finding is an error; UserError when a file cannot be read
 */
export async function runValidate(config: ValidateConfig, _context: CommandContext): Promise<ValidateResult> {
  const imageDetail =
    config.imageDetail === undefined
      ? undefined
      : await readSource(config.imageDetail, 'image-detail', config.files.workspace);
  const pipeline =
    config.pipeline === undefined ? undefined : await readSource(config.pipeline, 'pipeline', config.files.workspace);
  const { report } = await checkFiles(config.files, {
    ...(imageDetail && { imageDetail }),
    ...(pipeline && { pipeline }),
  });
  return { check: report };
}
