/**
 * EFS volumes: access points, IAM authorization and encryption in transit (ECS API reference, EFSVolumeConfiguration
 * and EFSAuthorizationConfig).
 */
import { joinWords, quote } from './findings';
import { memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { EC2_TASK, type JsonValue, type Members, type RuleDoc } from './rule-docs';
import { itemsOf, type TaskContext } from './task-context';

const EFS_SOURCE = 'ECS API reference, EFSVolumeConfiguration';
/** Volume.name: "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed". */
const VOLUME_NAME = /^[A-Za-z0-9_-]{1,255}$/;
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
    const name = memberOf(volume, 'name');
    if (name?.kind === 'string' && !VOLUME_NAME.test(name.value)) {
      task.findings.error(
        'taskdef/volume',
        name.position,
        `volumes[${index}].name ${quote(name.value)} is not a volume name: up to 255 letters, digits, "_" and "-" ` +
          '(ECS API reference, Volume.name)',
        `write it as ${JSON.stringify(name.value.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 255) || 'data')}`,
      );
    }
    const needsName = ['efsVolumeConfiguration', 's3filesVolumeConfiguration'].find((key) => memberOf(volume, key));
    if (name === undefined && needsName !== undefined) {
      task.findings.error(
        'taskdef/volume',
        volume.position,
        `volumes[${index}] has ${needsName} but no name, which it requires (ECS API reference, Volume.name)`,
        'add "name", and mount it by that name (mountPoints[].sourceVolume)',
      );
    }
    const docker = memberOf(volume, 'dockerVolumeConfiguration');
    const autoprovision = memberOf(docker, 'autoprovision');
    if (autoprovision?.kind === 'boolean' && autoprovision.value && stringMemberOf(docker, 'scope') !== 'shared') {
      task.findings.warning(
        'taskdef/volume',
        autoprovision.position,
        `volumes[${index}].dockerVolumeConfiguration.autoprovision is true, but the scope is not "shared"; it is only used ` +
          'with a shared scope (ECS API reference, DockerVolumeConfiguration.autoprovision)',
        'add "scope": "shared", or remove "autoprovision"',
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
      `${path}.rootDirectory is ${quote(rootDirectory.value)} with an access point; with an access point the ` +
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
    field: 'name',
    rule: 'up to 255 letters, digits, "_" and "-"; required with an EFS or S3 Files configuration',
    source: 'ECS API reference, Volume.name',
    path: 'volumes[0].name',
    refuses: { task: { volumes: [{ name: 'v'.repeat(256) }] } },
    accepts: { task: { volumes: [{ name: 'v'.repeat(255) }] } },
  },
  {
    id: 'taskdef/volume',
    dataType: 'DockerVolumeConfiguration',
    field: 'autoprovision + scope',
    rule: 'autoprovision only with scope "shared" (warning: otherwise it is ignored)',
    source: 'ECS API reference, DockerVolumeConfiguration.autoprovision',
    path: 'volumes[0].dockerVolumeConfiguration.autoprovision',
    severity: 'warning',
    refuses: {
      task: {
        ...EC2_TASK,
        volumes: [{ name: 'data', dockerVolumeConfiguration: { scope: 'task', autoprovision: true } }],
      },
      container: { memory: 512 },
    },
    accepts: {
      task: {
        ...EC2_TASK,
        volumes: [{ name: 'data', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true } }],
      },
      container: { memory: 512 },
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
