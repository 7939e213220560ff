/**
 * Field rules the ECS API reference states for the task as a whole and for container fields beyond ranges: how many
 * containers and placement constraints, the task cpu's bounds, port mappings under the "none" and "host" network
 * modes, environment files, credential specs, swap, system controls, resource requirements and the App Mesh proxy.
 */
import { closestMatch } from '../suggest';
import { joinWords, quote } from './findings';
import { parseCpuUnits } from './fargate';
import { memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { FIRST_CONTAINER, EC2_TASK, sidecars, type RuleDoc } from './rule-docs';
import { checkWholeNumber, containerPath, itemsOf, type ContainerSummary, type TaskContext } from './task-context';

/** ECS service quotas: "Containers per task definition: 10" (not adjustable). */
const MAX_CONTAINERS = 10;
/** RegisterTaskDefinition.placementConstraints: "a maximum of 10 constraints for each task". */
const MAX_PLACEMENT_CONSTRAINTS = 10;
/** RegisterTaskDefinition.cpu: "between 128 CPU units (0.125 vCPUs) and 196608 CPU units (192 vCPUs)". */
const TASK_CPU = { min: 128, max: 196608 };
/** ContainerDefinition.environmentFiles: "up to ten environment files … must have a .env file extension". */
const MAX_ENVIRONMENT_FILES = 10;
/** ContainerDefinition.credentialSpecs: "The maximum number of ARNs is 1", as credentialspec: or credentialspecdomainless:. */
const CREDENTIAL_SPEC = /^credentialspec(?:domainless)?:\S/;
/** SystemControl.namespace: the IPC sysctls it lists, fs.mqueue.*, and net.*. */
const IPC_SYSCTLS = [
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
];
/**
 * ContainerDefinition.image: "up to 255 characters" with a tag; with a digest the 255 apply before the "@", and "The
 * only supported hash function is sha256 … exactly 64 characters (only letters A-F, a-f, and numbers 0-9)".
 */
const MAX_IMAGE_NAME = 255;
const IMAGE_DIGEST = /^sha256:[A-Fa-f0-9]{64}$/;
/** KernelCapabilities.add and .drop: the valid values the reference lists. */
const CAPABILITIES = [
  'ALL',
  'AUDIT_CONTROL',
  'AUDIT_WRITE',
  'BLOCK_SUSPEND',
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'IPC_LOCK',
  'IPC_OWNER',
  'KILL',
  'LEASE',
  'LINUX_IMMUTABLE',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'MKNOD',
  'NET_ADMIN',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_CHROOT',
  'SYS_MODULE',
  'SYS_NICE',
  'SYS_PACCT',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'SYSLOG',
  'WAKE_ALARM',
];
/** Tmpfs.mountOptions: the valid values the reference lists. */
const TMPFS_OPTIONS = [
  'defaults',
  'ro',
  'rw',
  'suid',
  'nosuid',
  'dev',
  'nodev',
  'exec',
  'noexec',
  'sync',
  'async',
  'dirsync',
  'remount',
  'mand',
  'nomand',
  'atime',
  'noatime',
  'diratime',
  'nodiratime',
  'bind',
  'rbind',
  'unbindable',
  'runbindable',
  'private',
  'rprivate',
  'shared',
  'rshared',
  'slave',
  'rslave',
  'relatime',
  'norelatime',
  'strictatime',
  'nostrictatime',
  'mode',
  'uid',
  'gid',
  'nr_inodes',
  'nr_blocks',
  'mpol',
];
/** ContainerDefinition.dockerSecurityOptions: "no-new-privileges" | "apparmor:PROFILE" | "label:value" | "credentialspec:…". */
const SECURITY_OPTION = /^(?:no-new-privileges|apparmor:\S+|label:\S+|credentialspec:\S+)$/;
/** ProxyConfiguration.properties marked "(Required)"; IgnoredUID or IgnoredGID may stand for each other. */
const PROXY_PROPERTIES = ['AppPorts', 'ProxyIngressPort', 'ProxyEgressPort'];

/** Runs the field rules over a task definition. */
export function checkFields(task: TaskContext): void {
  checkCounts(task);
  checkTaskCpu(task);
  checkProxy(task);
  for (const container of task.containers) {
    checkImageReference(task, container);
    checkPortsForNetworkMode(task, container);
    checkKernelOptions(task, container);
    checkEnvironmentFiles(task, container);
    checkCredentialSpecs(task, container);
    checkSwap(task, container);
    checkSystemControls(task, container);
    checkResourceRequirements(task, container);
  }
}

function checkCounts(task: TaskContext): void {
  const definitions = memberOf(task.root, 'containerDefinitions');
  if (definitions?.kind === 'array' && definitions.items.length > MAX_CONTAINERS) {
    task.findings.error(
      'taskdef/too-many-containers',
      definitions.position,
      `containerDefinitions has ${definitions.items.length} containers; a task definition has at most ` +
        `${MAX_CONTAINERS} (ECS service quotas: containers per task definition, not adjustable)`,
      'move containers that serve another purpose into a task definition of their own',
    );
  }
  const constraints = memberOf(task.root, 'placementConstraints');
  if (constraints?.kind === 'array' && constraints.items.length > MAX_PLACEMENT_CONSTRAINTS) {
    task.findings.error(
      'taskdef/placement-constraints',
      constraints.position,
      `placementConstraints has ${constraints.items.length} constraints; a task has at most ` +
        `${MAX_PLACEMENT_CONSTRAINTS}, those given at run time included (ECS API reference, RegisterTaskDefinition.placementConstraints)`,
      'merge constraints into one cluster query language expression',
    );
  }
}

function checkTaskCpu(task: TaskContext): void {
  const cpu = memberOf(task.root, 'cpu');
  if (cpu?.kind !== 'string' && cpu?.kind !== 'number') return;
  const units = parseCpuUnits(cpu.value);
  if (units === undefined || (units >= TASK_CPU.min && units <= TASK_CPU.max)) return;
  task.findings.error(
    'taskdef/task-cpu',
    cpu.position,
    `cpu is ${units} CPU units; a task has from ${TASK_CPU.min} (0.125 vCPU) to ${TASK_CPU.max} (192 vCPUs) ` +
      '(ECS API reference, RegisterTaskDefinition.cpu)',
    `set cpu to a value from ${TASK_CPU.min} to ${TASK_CPU.max}, or leave it out on EC2`,
  );
}

function checkImageReference(task: TaskContext, container: ContainerSummary): void {
  const image = container.image;
  // A placeholder is replaced before ECS sees it: its length says nothing.
  if (image === undefined || image.includes('<')) return;
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const digest = at === -1 ? undefined : image.slice(at + 1);
  const problem =
    name.length > MAX_IMAGE_NAME
      ? `is ${name.length} characters long${at === -1 ? '' : ' before the "@"'}; ECS takes at most ${MAX_IMAGE_NAME}`
      : digest !== undefined && !IMAGE_DIGEST.test(digest)
        ? `has the digest ${quote(digest)}; ECS takes "sha256:" and 64 hexadecimal digits`
        : undefined;
  if (problem === undefined) return;
  task.findings.error(
    'taskdef/image-reference',
    container.imagePosition,
    `${containerPath(container, 'image')} ${problem} (ECS API reference, ContainerDefinition.image)`,
    'write the image as repository:tag or repository@sha256:<64 hex digits>',
  );
}

/** KernelCapabilities and Tmpfs.mountOptions: the names the reference lists; dockerSecurityOptions: its four forms. */
function checkKernelOptions(task: TaskContext, container: ContainerSummary): void {
  const linux = memberOf(container.node, 'linuxParameters');
  const lists = [
    ...['add', 'drop'].map((key) => ({
      items: itemsOf(memberOf(linux, 'capabilities'), key),
      path: (index: number) => containerPath(container, 'linuxParameters', 'capabilities', key, index),
      valid: (value: string) => CAPABILITIES.includes(value),
      allowed: CAPABILITIES,
      source: `KernelCapabilities.${key}`,
    })),
    ...itemsOf(linux, 'tmpfs').map((tmpfs, tmpfsIndex) => ({
      items: itemsOf(tmpfs, 'mountOptions'),
      path: (index: number) => containerPath(container, 'linuxParameters', 'tmpfs', tmpfsIndex, 'mountOptions', index),
      // Options with a value ("mode=1777", "uid=1000") name one of the listed ones.
      valid: (value: string) => TMPFS_OPTIONS.includes(value.split('=')[0] ?? ''),
      allowed: TMPFS_OPTIONS,
      source: 'Tmpfs.mountOptions',
    })),
    {
      items: itemsOf(container.node, 'dockerSecurityOptions'),
      path: (index: number) => containerPath(container, 'dockerSecurityOptions', index),
      valid: (value: string) => SECURITY_OPTION.test(value),
      allowed: ['no-new-privileges', 'apparmor:PROFILE', 'label:value', 'credentialspec:CredentialSpecFilePath'],
      source: 'ContainerDefinition.dockerSecurityOptions',
    },
  ];
  for (const { items, path, valid, allowed, source } of lists) {
    items.forEach((item, index) => {
      if (item.kind !== 'string' || valid(item.value)) return;
      const closest = closestMatch(item.value.replace(/^CAP_/, ''), allowed);
      task.findings.error(
        'taskdef/linux-parameters',
        item.position,
        `${path(index)} ${quote(item.value)} is not one of the values ECS takes (ECS API reference, ${source})` +
          (closest !== undefined ? `; did you mean "${closest}"?` : ''),
        closest !== undefined ? `write "${closest}"` : `use one of ${joinWords(allowed.map((word) => `"${word}"`))}`,
      );
    });
  }
}

/** PortMapping: "none … you can't specify port mappings"; "host … host ports must either be undefined or … match". */
function checkPortsForNetworkMode(task: TaskContext, container: ContainerSummary): void {
  const source = 'ECS API reference, ContainerDefinition.portMappings';
  const mappings = memberOf(container.node, 'portMappings');
  if (task.networkMode === 'none' && mappings?.kind === 'array' && mappings.items.length > 0) {
    task.findings.error(
      'taskdef/network-mode-ports',
      mappings.position,
      `${containerPath(container, 'portMappings')} is set, but networkMode is "none": such a task has no ports (${source})`,
      'remove "portMappings", or use another network mode',
    );
  }
  if (task.networkMode !== 'host') return;
  itemsOf(container.node, 'portMappings').forEach((mapping, index) => {
    const hostPort = memberOf(mapping, 'hostPort');
    const containerPort = memberOf(mapping, 'containerPort');
    if (hostPort?.kind !== 'number' || containerPort?.kind !== 'number' || hostPort.value === containerPort.value) {
      return;
    }
    task.findings.error(
      'taskdef/network-mode-ports',
      hostPort.position,
      `${containerPath(container, 'portMappings', index, 'hostPort')} is ${hostPort.value} but containerPort is ` +
        `${containerPort.value}; with networkMode "host" the host port is left out or equals the container port (${source})`,
      `remove "hostPort" or set it to ${containerPort.value}`,
    );
  });
}

function checkEnvironmentFiles(task: TaskContext, container: ContainerSummary): void {
  const source = 'ECS API reference, ContainerDefinition.environmentFiles';
  const files = memberOf(container.node, 'environmentFiles');
  if (files?.kind !== 'array') return;
  if (files.items.length > MAX_ENVIRONMENT_FILES) {
    task.findings.error(
      'taskdef/environment-files',
      files.position,
      `${containerPath(container, 'environmentFiles')} lists ${files.items.length} files; a container has at most ` +
        `${MAX_ENVIRONMENT_FILES} (${source})`,
      'merge environment files',
    );
  }
  files.items.forEach((file, index) => {
    const value = memberOf(file, 'value');
    if (value?.kind !== 'string' || /\.env$/.test(value.value)) return;
    task.findings.error(
      'taskdef/environment-files',
      value.position,
      `${containerPath(container, 'environmentFiles', index, 'value')} ${quote(value.value)} does not end in ` +
        `".env"; an environment file must have the .env extension (${source})`,
      'rename the S3 object to end in .env and point at it',
    );
  });
}

function checkCredentialSpecs(task: TaskContext, container: ContainerSummary): void {
  const source = 'ECS API reference, ContainerDefinition.credentialSpecs';
  const specs = memberOf(container.node, 'credentialSpecs');
  if (specs?.kind !== 'array') return;
  const [, second] = specs.items;
  if (second !== undefined) {
    task.findings.error(
      'taskdef/credential-specs',
      second.position,
      `${containerPath(container, 'credentialSpecs')} lists ${specs.items.length} ARNs; the maximum is 1 (${source})`,
      'keep one credential spec',
    );
  }
  specs.items.forEach((spec, index) => {
    if (spec.kind !== 'string' || CREDENTIAL_SPEC.test(spec.value)) return;
    task.findings.error(
      'taskdef/credential-specs',
      spec.position,
      `${containerPath(container, 'credentialSpecs', index)} ${quote(spec.value)} is neither ` +
        `"credentialspec:<ARN>" nor "credentialspecdomainless:<ARN>" (${source})`,
      'write "credentialspec:" or "credentialspecdomainless:" before the ARN in SSM or S3',
    );
  });
}

/** LinuxParameters: maxSwap "0 or any positive integer"; swappiness "whole numbers between 0 and 100", ignored without maxSwap. */
function checkSwap(task: TaskContext, container: ContainerSummary): void {
  const linux = memberOf(container.node, 'linuxParameters');
  const source = 'ECS API reference, LinuxParameters';
  checkWholeNumber(
    memberOf(linux, 'maxSwap'),
    containerPath(container, 'linuxParameters', 'maxSwap'),
    { min: 0, unit: 'MiB' },
    'taskdef/linux-parameters',
    task.findings,
    source,
  );
  const swappiness = memberOf(linux, 'swappiness');
  checkWholeNumber(
    swappiness,
    containerPath(container, 'linuxParameters', 'swappiness'),
    { min: 0, max: 100 },
    'taskdef/linux-parameters',
    task.findings,
    source,
  );
  if (swappiness !== undefined && memberOf(linux, 'maxSwap') === undefined && task.fargate === undefined) {
    task.findings.warning(
      'taskdef/linux-parameters',
      swappiness.position,
      `${containerPath(container, 'linuxParameters', 'swappiness')} is set without maxSwap, so it is ignored ` +
        `("If a value is not specified for maxSwap then this parameter is ignored", ${source}.swappiness)`,
      'add "maxSwap" (MiB), or remove "swappiness"',
    );
  }
}

function checkSystemControls(task: TaskContext, container: ContainerSummary): void {
  const source = 'ECS API reference, SystemControl';
  itemsOf(container.node, 'systemControls').forEach((control, index) => {
    const namespace = memberOf(control, 'namespace');
    if (namespace?.kind !== 'string') return;
    const path = containerPath(container, 'systemControls', index, 'namespace');
    const name = namespace.value;
    const ipc = IPC_SYSCTLS.includes(name) || name.startsWith('fs.mqueue.');
    const network = name.startsWith('net.');
    const problem =
      !ipc && !network
        ? `is not a namespaced sysctl ECS sets: the IPC ones (${joinWords(IPC_SYSCTLS)}, fs.mqueue.*) or net.*`
        : network && task.networkMode === 'host'
          ? 'is a network sysctl, which networkMode "host" does not support'
          : ipc && stringMemberOf(task.root, 'ipcMode') === 'host'
            ? 'is an IPC sysctl, which ipcMode "host" does not support'
            : undefined;
    if (problem === undefined) return;
    const closest = ipc || network ? undefined : closestMatch(name, IPC_SYSCTLS);
    task.findings.error(
      'taskdef/system-controls',
      namespace.position,
      `${path} ${quote(name)} ${problem} (${source})${closest !== undefined ? `; did you mean "${closest}"?` : ''}`,
      ipc || network ? "remove it, or change the task's mode" : 'set one of the sysctls ECS lists, or remove it',
    );
  });
}

/**
 * ResourceRequirement: "specify either value or sharingStrategy, but not both" (GPU); a value otherwise; the
 * strategy "only when the type is GPU"; NeuronDevice "must be ALL"; InferenceAccelerator names a deviceName.
 */
function checkResourceRequirements(task: TaskContext, container: ContainerSummary): void {
  const source = 'ECS API reference, ResourceRequirement';
  const devices = itemsOf(task.root, 'inferenceAccelerators').flatMap((accelerator) => {
    const name = stringMemberOf(accelerator, 'deviceName');
    return name !== undefined ? [name] : [];
  });
  itemsOf(container.node, 'resourceRequirements').forEach((requirement, index) => {
    const type = stringMemberOf(requirement, 'type');
    const value = memberOf(requirement, 'value');
    const strategy = memberOf(requirement, 'sharingStrategy');
    const path = (field: string) => containerPath(container, 'resourceRequirements', index, field);
    const report = (node: PositionedValue, message: string, fix: string) =>
      task.findings.error('taskdef/resource-requirements', node.position, `${message} (${source})`, fix);
    if (type === 'GPU' && value !== undefined && strategy !== undefined) {
      report(strategy, `${path('sharingStrategy')} is set beside a value; a GPU takes one or the other`, 'remove one');
    } else if (value === undefined && !(type === 'GPU' && strategy !== undefined)) {
      report(requirement, `${path('value')} is missing; ${type ?? 'the'} requirement needs one`, 'add "value"');
    }
    if (strategy !== undefined && type !== 'GPU') {
      report(
        strategy,
        `${path('sharingStrategy')} is set on a ${type ?? 'non-GPU'} requirement; only a GPU is shared`,
        'remove it',
      );
    }
    if (value?.kind !== 'string') return;
    if (type === 'GPU' && !(value.value === 'ALL' || /^[1-9]\d*$/.test(value.value))) {
      report(
        value,
        `${path('value')} ${quote(value.value)} is neither a number of GPUs nor "ALL"`,
        'write "1" or "ALL"',
      );
    } else if (type === 'NeuronDevice' && value.value !== 'ALL') {
      report(value, `${path('value')} ${quote(value.value)} must be "ALL" for NeuronDevice`, 'write "ALL"');
    } else if (type === 'InferenceAccelerator' && !devices.includes(value.value)) {
      report(
        value,
        `${path('value')} ${quote(value.value)} is not a deviceName of the task's inferenceAccelerators`,
        'name one of inferenceAccelerators[].deviceName',
      );
    }
  });
}

/** ProxyConfiguration: containerName is a container of the task; the required properties are there. */
function checkProxy(task: TaskContext): void {
  const proxy = memberOf(task.root, 'proxyConfiguration');
  if (proxy?.kind !== 'object') return;
  const source = 'ECS API reference, ProxyConfiguration';
  const containerName = memberOf(proxy, 'containerName');
  const names = task.containers.flatMap((container) => (container.name !== undefined ? [container.name] : []));
  if (containerName?.kind === 'string' && !names.includes(containerName.value)) {
    const closest = closestMatch(containerName.value, names);
    task.findings.error(
      'taskdef/proxy-configuration',
      containerName.position,
      `proxyConfiguration.containerName ${quote(containerName.value)} is not a container of this task ` +
        `definition (${source}: the container that serves as the App Mesh proxy)${closest !== undefined ? `; did you mean "${closest}"?` : ''}`,
      'name the Envoy container of this task definition',
    );
  }
  const properties = itemsOf(proxy, 'properties').flatMap((property) => {
    const name = stringMemberOf(property, 'name');
    return name !== undefined ? [name] : [];
  });
  const missing = [
    ...(properties.includes('IgnoredUID') || properties.includes('IgnoredGID') ? [] : ['IgnoredUID (or IgnoredGID)']),
    ...PROXY_PROPERTIES.filter((name) => !properties.includes(name)),
  ];
  if (missing.length === 0) return;
  task.findings.error(
    'taskdef/proxy-configuration',
    (memberOf(proxy, 'properties') ?? proxy).position,
    `proxyConfiguration.properties lacks ${joinWords(missing, 'and')}, which the App Mesh proxy requires (${source}.properties)`,
    `add {"name": …, "value": …} for ${joinWords(missing, 'and')}`,
  );
}

const C0 = FIRST_CONTAINER;
const EC2 = EC2_TASK;
const PROXY = (containerName: string, names: readonly string[]) => ({
  proxyConfiguration: {
    type: 'APPMESH',
    containerName,
    properties: names.map((name) => ({ name, value: name === 'AppPorts' ? '80' : '1337' })),
  },
});

/** The rules of this file, one per field, with their sources and examples. */
export const FIELD_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/too-many-containers',
    dataType: 'RegisterTaskDefinition',
    field: 'containerDefinitions',
    rule: `at most ${MAX_CONTAINERS} containers`,
    source: 'ECS service quotas, containers per task definition (not adjustable)',
    path: 'containerDefinitions',
    refuses: { more: sidecars(MAX_CONTAINERS) },
    accepts: { more: sidecars(MAX_CONTAINERS - 1) },
  },
  {
    id: 'taskdef/placement-constraints',
    dataType: 'TaskDefinitionPlacementConstraint',
    field: '(count)',
    rule: `at most ${MAX_PLACEMENT_CONSTRAINTS} constraints, with those given at run time`,
    source: 'ECS API reference, RegisterTaskDefinition.placementConstraints',
    path: 'placementConstraints',
    refuses: {
      task: { ...EC2, placementConstraints: constraints(MAX_PLACEMENT_CONSTRAINTS + 1) },
      container: { memory: 512 },
    },
    accepts: {
      task: { ...EC2, placementConstraints: constraints(MAX_PLACEMENT_CONSTRAINTS) },
      container: { memory: 512 },
    },
  },
  {
    id: 'taskdef/task-cpu',
    dataType: 'RegisterTaskDefinition',
    field: 'cpu',
    rule: `from ${TASK_CPU.min} to ${TASK_CPU.max} CPU units (0.125 to 192 vCPUs)`,
    source: 'ECS API reference, RegisterTaskDefinition.cpu',
    path: 'cpu',
    refuses: { task: { ...EC2, cpu: String(TASK_CPU.min - 1) }, container: { memory: 512 } },
    accepts: { task: { ...EC2, cpu: String(TASK_CPU.min) }, container: { memory: 512 } },
  },
  {
    id: 'taskdef/network-mode-ports',
    dataType: 'ContainerDefinition',
    field: 'portMappings + networkMode',
    rule: 'none under networkMode "none"; under "host" the hostPort is left out or equals the containerPort',
    source: 'ECS API reference, ContainerDefinition.portMappings',
    path: `${C0}.portMappings[0].hostPort`,
    refuses: {
      task: { ...EC2, networkMode: 'host' },
      container: { memory: 512, portMappings: [{ containerPort: 80, hostPort: 8080 }] },
    },
    accepts: {
      task: { ...EC2, networkMode: 'host' },
      container: { memory: 512, portMappings: [{ containerPort: 80, hostPort: 80 }] },
    },
  },
  {
    id: 'taskdef/environment-files',
    dataType: 'ContainerDefinition',
    field: 'environmentFiles',
    rule: `at most ${MAX_ENVIRONMENT_FILES} files, each named *.env`,
    source: 'ECS API reference, ContainerDefinition.environmentFiles',
    path: `${C0}.environmentFiles`,
    refuses: { container: { environmentFiles: envFiles(MAX_ENVIRONMENT_FILES + 1) } },
    accepts: { container: { environmentFiles: envFiles(MAX_ENVIRONMENT_FILES) } },
  },
  {
    id: 'taskdef/credential-specs',
    dataType: 'ContainerDefinition',
    field: 'credentialSpecs',
    rule: 'at most 1, written "credentialspec:<ARN>" or "credentialspecdomainless:<ARN>"',
    source: 'ECS API reference, ContainerDefinition.credentialSpecs',
    path: `${C0}.credentialSpecs`,
    refuses: {
      container: {
        credentialSpecs: ['credentialspec:arn:aws:s3:::a/one.json', 'credentialspec:arn:aws:s3:::a/two.json'],
      },
    },
    accepts: { container: { credentialSpecs: ['credentialspec:arn:aws:s3:::a/one.json'] } },
  },
  {
    id: 'taskdef/linux-parameters',
    dataType: 'LinuxParameters',
    field: 'swappiness',
    rule: 'a whole number from 0 to 100; maxSwap 0 or more',
    source: 'ECS API reference, LinuxParameters.swappiness and .maxSwap',
    path: `${C0}.linuxParameters.swappiness`,
    refuses: { task: EC2, container: { memory: 512, linuxParameters: { maxSwap: 0, swappiness: 101 } } },
    accepts: { task: EC2, container: { memory: 512, linuxParameters: { maxSwap: 0, swappiness: 100 } } },
  },
  {
    id: 'taskdef/image-reference',
    dataType: 'ContainerDefinition',
    field: 'image',
    rule: `at most ${MAX_IMAGE_NAME} characters (before the "@" of a digest); a digest is "sha256:" and 64 hex digits`,
    source: 'ECS API reference, ContainerDefinition.image',
    path: 'containerDefinitions[1].image',
    refuses: { more: sidecars(1, { image: imageOfLength(MAX_IMAGE_NAME + 1) }) },
    accepts: { more: sidecars(1, { image: imageOfLength(MAX_IMAGE_NAME) }) },
  },
  {
    id: 'taskdef/linux-parameters',
    dataType: 'LinuxParameters',
    field: 'capabilities, tmpfs.mountOptions; dockerSecurityOptions',
    rule: 'the capability names and tmpfs options the reference lists; security options as no-new-privileges, apparmor:, label: or credentialspec:',
    source: 'ECS API reference, KernelCapabilities, Tmpfs and ContainerDefinition.dockerSecurityOptions',
    path: `${C0}.linuxParameters.capabilities.drop[0]`,
    refuses: { container: { linuxParameters: { capabilities: { drop: ['CAP_NET_RAW'] } } } },
    accepts: { container: { linuxParameters: { capabilities: { drop: ['NET_RAW'] } } } },
  },
  {
    id: 'taskdef/linux-parameters',
    dataType: 'LinuxParameters',
    field: 'swappiness + maxSwap',
    rule: 'swappiness without maxSwap is ignored (warning)',
    source: 'ECS API reference, LinuxParameters.swappiness',
    path: `${C0}.linuxParameters.swappiness`,
    severity: 'warning',
    refuses: { task: EC2, container: { memory: 512, linuxParameters: { swappiness: 10 } } },
    accepts: { task: EC2, container: { memory: 512, linuxParameters: { maxSwap: 512, swappiness: 10 } } },
  },
  {
    id: 'taskdef/system-controls',
    dataType: 'SystemControl',
    field: 'namespace',
    rule: 'an IPC sysctl (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*) or net.*; no net.* under networkMode "host", no IPC one under ipcMode "host"',
    source: 'ECS API reference, SystemControl',
    path: `${C0}.systemControls[0].namespace`,
    refuses: { container: { systemControls: [{ namespace: 'vm.swappiness', value: '10' }] } },
    accepts: { container: { systemControls: [{ namespace: 'net.ipv4.tcp_keepalive_time', value: '500' }] } },
  },
  {
    id: 'taskdef/resource-requirements',
    dataType: 'ResourceRequirement',
    field: 'value + sharingStrategy',
    rule: 'a GPU takes a value (a count or "ALL") or a sharingStrategy, not both; other types take a value (NeuronDevice "ALL", InferenceAccelerator a deviceName)',
    source: 'ECS API reference, ResourceRequirement',
    path: `${C0}.resourceRequirements[0].value`,
    refuses: { task: EC2, container: { memory: 512, resourceRequirements: [{ type: 'GPU', value: '0' }] } },
    accepts: { task: EC2, container: { memory: 512, resourceRequirements: [{ type: 'GPU', value: '1' }] } },
  },
  {
    id: 'taskdef/proxy-configuration',
    dataType: 'ProxyConfiguration',
    field: 'containerName',
    rule: 'a container of the task',
    source: 'ECS API reference, ProxyConfiguration.containerName',
    path: 'proxyConfiguration.containerName',
    refuses: { task: PROXY('envoy', ['IgnoredUID', ...PROXY_PROPERTIES]) },
    accepts: { task: PROXY('web', ['IgnoredUID', ...PROXY_PROPERTIES]) },
  },
  {
    id: 'taskdef/proxy-configuration',
    dataType: 'ProxyConfiguration',
    field: 'properties',
    rule: 'IgnoredUID or IgnoredGID, AppPorts, ProxyIngressPort and ProxyEgressPort',
    source: 'ECS API reference, ProxyConfiguration.properties',
    path: 'proxyConfiguration.properties',
    refuses: { task: PROXY('web', ['AppPorts', 'ProxyIngressPort', 'ProxyEgressPort']) },
    accepts: { task: PROXY('web', ['IgnoredGID', 'AppPorts', 'ProxyIngressPort', 'ProxyEgressPort']) },
  },
];

function constraints(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    type: 'memberOf',
    expression: `attribute:zone${index} exists`,
  }));
}

function envFiles(count: number) {
  return Array.from({ length: count }, (_, index) => ({ value: `arn:aws:s3:::bucket/${index}.env`, type: 's3' }));
}

/** A public image reference `length` characters long. */
function imageOfLength(length: number): string {
  const registry = 'public.ecr.aws/';
  return `${registry}${'r'.repeat(length - registry.length - 2)}:1`;
}
