/**
 * EFS volumes: access points, IAM authorization and encryption in transit (ECS API reference, EFSVolumeConfiguration
 * and EFSAuthorizationConfig).
 */
import { joinWords } from './findings';
import { memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import type { JsonValue, Members, RuleDoc } from './rule-docs';
import { itemsOf, type TaskContext } from './task-context';

const EFS_SOURCE = 'ECS API reference, EFSVolumeConfiguration';
/** Volume: "may only specify a name and one of either configuredAtLaunch, dockerVolumeConfiguration, …, or host". */
const CONFIGURATIONS = [
  'configuredAtLaunch',
  'dockerVolumeConfiguration',
  'efsVolumeConfiguration',
  's3filesVolumeConfiguration',
  'fsxWindowsFileServerVolumeConfiguration',
  'host',
];

/** Runs the volume rules over a task definition. */
export function checkVolumes(task: TaskContext): void {
  let configuredAtLaunch: string | undefined;
  itemsOf(task.root, 'volumes').forEach((volume, index) => {
    // configuredAtLaunch: false (as DescribeTaskDefinition may return it) configures nothing.
    const configurations = CONFIGURATIONS.filter((key) => {
      const node = memberOf(volume, key);
      return node !== undefined && !(node.kind === 'boolean' && !node.value);
    });
    const [, second] = configurations;
    if (second !== undefined) {
      task.findings.error(
        'taskdef/volume',
        (memberOf(volume, second) ?? volume).position,
        `volumes[${index}] has ${joinWords(configurations, 'and')}; a volume has a name and one of them (ECS API reference, Volume)`,
        'split it into one volume per configuration',
      );
    }
    const launch = memberOf(volume, 'configuredAtLaunch');
    if (launch?.kind === 'boolean' && launch.value) {
      if (configuredAtLaunch !== undefined) {
        task.findings.error(
          'taskdef/volume',
          launch.position,
          `volumes[${index}].configuredAtLaunch is true, as is ${configuredAtLaunch}.configuredAtLaunch; a task ` +
            'definition has at most one volume configured at launch (ECS API reference, Volume.configuredAtLaunch)',
          'keep one volume configured at launch',
        );
      }
      configuredAtLaunch ??= `volumes[${index}]`;
    }
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

const efs = (members: { readonly [key: string]: JsonValue }): Members => ({
  volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', ...members } }],
});

/** The rules of this file, with their sources and examples. */
export const VOLUME_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/efs-volume',
    dataType: 'EFSVolumeConfiguration',
    field: 'transitEncryption + authorizationConfig',
    rule: 'ENABLED with an access point or IAM authorization; rootDirectory "/" or left out with an access point; a fileSystemId',
    source: 'ECS API reference, EFSVolumeConfiguration and EFSAuthorizationConfig',
    path: 'volumes[0].efsVolumeConfiguration uses an access point',
    refuses: { task: efs({ authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }) },
    accepts: {
      task: efs({ transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }),
    },
  },
  {
    id: 'taskdef/volume',
    dataType: 'Volume',
    field: 'host, dockerVolumeConfiguration, efsVolumeConfiguration, … (one of)',
    rule: 'a name and at most one configuration; at most one volume configuredAtLaunch',
    source: 'ECS API reference, Volume',
    path: 'volumes[0]',
    refuses: {
      task: { volumes: [{ name: 'data', host: {}, efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }] },
    },
    accepts: {
      task: { volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }] },
    },
  },
];
