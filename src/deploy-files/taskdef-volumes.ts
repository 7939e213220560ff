/**
 * EFS volumes: access points, IAM authorization and encryption in transit (ECS API reference, EFSVolumeConfiguration
 * and EFSAuthorizationConfig).
 */
import { memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { itemsOf, type TaskContext } from './task-context';

const EFS_SOURCE = 'ECS API reference, EFSVolumeConfiguration';

/** Runs the volume rules over a task definition. */
export function checkVolumes(task: TaskContext): void {
  itemsOf(task.root, 'volumes').forEach((volume, index) => {
    const efs = memberOf(volume, 'efsVolumeConfiguration');
    if (efs?.kind === 'object') checkEfs(task, efs, `volumes[${index}].efsVolumeConfiguration`);
  });
}

function checkEfs(task: TaskContext, efs: PositionedValue, path: string): void {
  const authorization = memberOf(efs, 'authorizationConfig');
  const accessPoint = memberOf(authorization, 'accessPointId');
  const iam = memberOf(authorization, 'iam');
  const transit = memberOf(efs, 'transitEncryption');
  const transitEnabled = transit?.kind === 'string' && transit.value === 'ENABLED';
  const rootDirectory = memberOf(efs, 'rootDirectory');
  const fileSystemId = memberOf(efs, 'fileSystemId');
  if (fileSystemId?.kind === 'string' && fileSystemId.value.trim() === '') {
    task.findings.error(
      'taskdef/efs-volume',
      fileSystemId.position,
      `${path}.fileSystemId is empty (${EFS_SOURCE})`,
      'write the file system id, "fs-0123456789abcdef0"',
    );
  }
  if (accessPoint !== undefined && rootDirectory?.kind === 'string' && !['', '/'].includes(rootDirectory.value)) {
    task.findings.error(
      'taskdef/efs-volume',
      rootDirectory.position,
      `${path}.rootDirectory is ${JSON.stringify(rootDirectory.value)} with an access point; with an access point the ` +
        `root directory must be left out or "/" — the access point sets the path (${EFS_SOURCE})`,
      'remove "rootDirectory", or set the path on the EFS access point',
    );
  }
  const needsTransit = [
    ...(accessPoint !== undefined ? [{ node: accessPoint, what: 'an access point (accessPointId)' }] : []),
    ...(iam?.kind === 'string' && iam.value === 'ENABLED'
      ? [{ node: iam, what: 'IAM authorization (iam: ENABLED)' }]
      : []),
  ];
  for (const { node, what } of transitEnabled ? [] : needsTransit) {
    task.findings.error(
      'taskdef/efs-volume',
      node.position,
      `${path} uses ${what} without "transitEncryption": "ENABLED"; EFS needs encryption in transit for it ` +
        `(ECS API reference, EFSAuthorizationConfig)`,
      `add "transitEncryption": "ENABLED" to ${path}`,
    );
  }
  const port = memberOf(efs, 'transitEncryptionPort');
  if (port !== undefined && !transitEnabled) {
    task.findings.warning(
      'taskdef/efs-volume',
      port.position,
      `${path}.transitEncryptionPort is set but transit encryption is ${stringMemberOf(efs, 'transitEncryption') ?? 'off (DISABLED by default)'}; ` +
        `the port is used for encrypted traffic only (${EFS_SOURCE})`,
      'add "transitEncryption": "ENABLED", or remove the port',
    );
  }
}
