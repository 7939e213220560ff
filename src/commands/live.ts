/**
 * `--live`: the read-only checks of the account, as a step of `validate` and `build`. Its findings join the files'
 * check (named `aws:<region>`, with no line: they are about the account), so every host reports them as it reports
 * the files' — and an error rejects the run (exit 2) before anything is pushed.
 */
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { liveNames, type LiveConfig } from '../config';
import type { CheckResult } from '../deploy-files/check';
import { checkLive } from '../live/check';
import { createLiveClients } from '../live/clients';
import { accountFindings } from '../live/findings';
import { readSnapshot } from '../live/read';
import type { LiveImage } from '../live/snapshot';
import { parsedTaskDefinition } from './deploy-files';
import { FilesRejected, type FilesCheck } from './files-check';

/**
 * Reads the account `live` names and checks it against the files that passed the checks.
 * @param checked the task definition as parsed and, when given, the service definition (the cluster and service when
 *   the inputs name none)
 * @param images the run's images and the platforms they hold, for the runtimePlatform check
 * @returns `check` with the live findings added
 * @throws FilesRejected when a live finding is an error; UserError when no cluster or service is named; ServiceError
 *   when a call fails other than not found or denied
 */
export async function checkAccount(
  live: LiveConfig,
  checked: CheckResult,
  images: readonly LiveImage[],
  check: FilesCheck,
): Promise<FilesCheck> {
  const names = liveNames(live, checked.serviceDefinition);
  const clients = await createLiveClients(
    live.region,
    { responseTimeoutMs: live.responseTimeoutMs },
    { codedeploy: live.target === 'codedeploy' },
  );
  const subject = {
    target: live.target,
    region: live.region,
    ...names,
    // The file checks have parsed it against ECS's own model.
    taskDefinition: parsedTaskDefinition(checked) as TaskDefinition,
    images,
  };
  const findings = accountFindings(checkLive(subject, await readSnapshot(clients, subject)), live.region);
  const merged: FilesCheck = {
    ...check,
    files: [...check.files, `aws:${live.region}`],
    findings: [...check.findings, ...findings],
  };
  if (findings.some((finding) => finding.severity === 'error')) throw new FilesRejected(merged);
  return merged;
}
