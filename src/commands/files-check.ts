/**
 * What a check of the deployment files found, and the two failures that carry it to the host. Apart from the check
 * itself (deploy-files.ts), so that the program's entry and the hosts can name these without loading the
 * deploy-files wing and its parsers at start.
 */
import { countFindings, type Finding } from '../deploy-files/findings';
import type { PlaceholderUse } from '../deploy-files/placeholders';
import { UserError } from '../errors';

/** What a check of the deployment files found: part of every command's result, and of its failure. */
export interface FilesCheck {
  /** The paths checked, as given (task definition, appspec, and for validate the image detail and pipeline). */
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  /** Where each image placeholder is used. */
  readonly placeholders: readonly PlaceholderUse[];
  /** The containers that get the image (the names in imagedefinitions.json). */
  readonly imageContainers: readonly string[];
}

/**
 * The deployment files have errors. It carries the whole check, so that the host reports the
 * findings with the failure: annotations on GitHub, lines on a terminal, `validate --json`'s document.
 */
export class FilesRejected extends UserError {
  constructor(readonly check: FilesCheck) {
    super(
      `${countFindings(check.findings)} in ${check.files.join(', ')}`,
      undefined,
      'fix the errors listed above; CodeDeploy or ECS would reject these files',
    );
  }
}

/**
 * A command failed after its files passed `check`: thrown with the failure (`error`, thrown on
 * unchanged by the program) so that the run's outcome carries the check and the host still reports
 * its warnings. `src/main.ts` unwraps it; nothing else catches it.
 */
export class FailedAfterCheck extends Error {
  override readonly name = 'FailedAfterCheck';

  constructor(
    readonly error: unknown,
    readonly check: FilesCheck,
  ) {
    super('the command failed after its deployment files passed their check', { cause: error });
  }
}
