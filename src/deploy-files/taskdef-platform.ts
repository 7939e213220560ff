/**
 * What a task on Fargate, or in the awsvpc network mode, cannot have — from the ECS Developer Guide's "task definition
 * differences for Fargate" and the ContainerDefinition reference ("not supported for ... awsvpc").
 */
import { joinWords, quote } from './findings';
import { parseCpuUnits } from './fargate';
import { EC2_TASK, type RuleDoc } from './rule-docs';
import { memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { containerLabel, containerPath, itemsOf, type ContainerSummary, type TaskContext } from './task-context';

const FARGATE_SOURCE = 'ECS Developer Guide, task definition differences for Fargate';
/** The log drivers Fargate offers. */
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];
/** linuxParameters members Fargate does not support. */
const FARGATE_UNSUPPORTED_LINUX = ['devices', 'sharedMemorySize', 'tmpfs', 'maxSwap', 'swappiness'];
/** Container fields the Fargate page lists as "not valid in Fargate tasks" beside those checked on their own. */
const FARGATE_UNSUPPORTED_CONTAINER = ['disableNetworking', 'dnsServers', 'dnsSearchDomains'];
/** The one capability Fargate lets a container add. */
const FARGATE_CAPABILITY = 'SYS_PTRACE';

/** Runs the Fargate and awsvpc support rules over a task definition. */
export function checkPlatform(task: TaskContext): void {
  if (task.fargate !== undefined) checkFargateTask(task);
  checkWindows(task);
  for (const container of task.containers) {
    if (task.fargate !== undefined) checkFargateContainer(task, container);
    if (task.networkMode === 'awsvpc') checkAwsvpcContainer(task, container);
  }
}

function unsupported(task: TaskContext, node: PositionedValue, what: string, fix: string): void {
  task.findings.error(
    'taskdef/fargate-unsupported',
    node.position,
    `${what}, which Fargate does not support (${FARGATE_SOURCE}); requiresCompatibilities includes "FARGATE"`,
    fix,
  );
}

function checkFargateTask(task: TaskContext): void {
  const ipcMode = memberOf(task.root, 'ipcMode');
  if (ipcMode !== undefined) unsupported(task, ipcMode, 'the task sets ipcMode', 'remove "ipcMode"');
  const pidMode = memberOf(task.root, 'pidMode');
  if (pidMode?.kind === 'string' && pidMode.value === 'host') {
    unsupported(
      task,
      pidMode,
      'the task sets pidMode "host"',
      'remove "pidMode", or use "task" (platform version 1.4.0 and later)',
    );
  }
  const constraints = memberOf(task.root, 'placementConstraints');
  if (constraints?.kind === 'array' && constraints.items.length > 0) {
    unsupported(task, constraints, 'the task has placementConstraints', 'remove "placementConstraints"');
  }
  const accelerators = memberOf(task.root, 'inferenceAccelerators');
  if (accelerators?.kind === 'array' && accelerators.items.length > 0) {
    unsupported(
      task,
      accelerators,
      'the task has inferenceAccelerators',
      'remove "inferenceAccelerators", or run on EC2',
    );
  }
  itemsOf(task.root, 'volumes').forEach((volume, index) => {
    const sourcePath = memberOf(memberOf(volume, 'host'), 'sourcePath');
    if (sourcePath !== undefined) {
      unsupported(
        task,
        sourcePath,
        `volumes[${index}].host.sourcePath is set (the host path ` +
          `${quote(stringMemberOf(memberOf(volume, 'host'), 'sourcePath') ?? '')}; HostVolumeProperties.sourcePath)`,
        'remove "sourcePath" (a host volume without it is task storage), or use an EFS volume',
      );
    }
    const docker = memberOf(volume, 'dockerVolumeConfiguration');
    if (docker !== undefined) {
      unsupported(
        task,
        docker,
        `volumes[${index}] is a Docker volume (dockerVolumeConfiguration)`,
        'use an EFS volume (efsVolumeConfiguration), or task storage',
      );
    }
  });
}

function checkFargateContainer(task: TaskContext, container: ContainerSummary): void {
  const label = containerLabel(container);
  const privileged = memberOf(container.node, 'privileged');
  if (privileged?.kind === 'boolean' && privileged.value) {
    unsupported(task, privileged, `${label} is privileged`, 'remove "privileged", or add the one capability it needs');
  }
  const securityOptions = memberOf(container.node, 'dockerSecurityOptions');
  if (securityOptions?.kind === 'array' && securityOptions.items.length > 0) {
    unsupported(task, securityOptions, `${label} sets dockerSecurityOptions`, 'remove "dockerSecurityOptions"');
  }
  for (const key of FARGATE_UNSUPPORTED_CONTAINER) {
    const node = memberOf(container.node, key);
    if (
      node === undefined ||
      (node.kind === 'array' && node.items.length === 0) ||
      (node.kind === 'boolean' && !node.value)
    ) {
      continue;
    }
    unsupported(task, node, `${containerPath(container, key)} is set`, `remove "${key}"`);
  }
  const firelensFile = memberOf(
    memberOf(memberOf(container.node, 'firelensConfiguration'), 'options'),
    'config-file-type',
  );
  if (firelensFile?.kind === 'string' && firelensFile.value !== 'file') {
    unsupported(
      task,
      firelensFile,
      `${containerPath(container, 'firelensConfiguration', 'options', 'config-file-type')} is ` +
        `${quote(firelensFile.value)}, a configuration Fargate cannot read (FirelensConfiguration.options: "file" only)`,
      'build the configuration into the log router image and use "config-file-type": "file"',
    );
  }
  const linux = memberOf(container.node, 'linuxParameters');
  for (const key of FARGATE_UNSUPPORTED_LINUX) {
    const node = memberOf(linux, key);
    if (node === undefined) continue;
    unsupported(task, node, `${containerPath(container, 'linuxParameters', key)} is set`, `remove ${quote(key)}`);
  }
  itemsOf(memberOf(linux, 'capabilities'), 'add').forEach((capability) => {
    if (capability.kind !== 'string' || capability.value === FARGATE_CAPABILITY) return;
    unsupported(
      task,
      capability,
      `${label} adds the capability ${capability.value}; only ${FARGATE_CAPABILITY} can be added`,
      `remove ${quote(capability.value)} from linuxParameters.capabilities.add`,
    );
  });
  itemsOf(container.node, 'resourceRequirements').forEach((requirement) => {
    const type = memberOf(requirement, 'type');
    if (type?.kind === 'string' && type.value === 'GPU') {
      unsupported(task, type, `${label} asks for a GPU`, 'remove the GPU requirement, or run the task on EC2');
    }
  });
  const driver = memberOf(memberOf(container.node, 'logConfiguration'), 'logDriver');
  if (driver?.kind === 'string' && !FARGATE_LOG_DRIVERS.includes(driver.value)) {
    task.findings.error(
      'taskdef/fargate-log-driver',
      driver.position,
      `${label} logs with ${quote(driver.value)}; Fargate offers the log drivers ${joinWords(FARGATE_LOG_DRIVERS)} (${FARGATE_SOURCE})`,
      'use "awslogs" (CloudWatch Logs), or "awsfirelens" to route logs elsewhere',
    );
  }
}

/** "not supported ... for tasks that use the awsvpc network mode" (ContainerDefinition.hostname, .extraHosts). */
function checkAwsvpcContainer(task: TaskContext, container: ContainerSummary): void {
  for (const key of ['hostname', 'extraHosts']) {
    const node = memberOf(container.node, key);
    if (node === undefined) continue;
    task.findings.error(
      'taskdef/awsvpc-unsupported',
      node.position,
      `${containerPath(container, key)} is set, but networkMode is "awsvpc", which does not support it ` +
        `(ECS API reference, ContainerDefinition.${key})`,
      key === 'hostname' ? 'remove "hostname"' : 'remove "extraHosts"; resolve the names through DNS',
    );
  }
}

/** Container fields the ContainerDefinition reference says are "not supported for Windows containers". */
const WINDOWS_UNSUPPORTED_CONTAINER = [
  'links',
  'linuxParameters',
  'user',
  'disableNetworking',
  'privileged',
  'readonlyRootFilesystem',
  'dnsServers',
  'dnsSearchDomains',
  'extraHosts',
  'ulimits',
  'systemControls',
];
/** Task fields RegisterTaskDefinition says are "not supported for Windows containers". */
const WINDOWS_UNSUPPORTED_TASK = ['pidMode', 'ipcMode'];

/**
 * A Windows task (runtimePlatform.operatingSystemFamily WINDOWS_*): what Windows containers do not support, its
 * cpu architecture (RuntimePlatform.cpuArchitecture: ARM64 is for Linux), and on Fargate at least 1 vCPU
 * (RegisterTaskDefinition.memory: "The CPU units cannot be less than 1 vCPU when you use Windows containers on Fargate").
 */
function checkWindows(task: TaskContext): void {
  const platform = memberOf(task.root, 'runtimePlatform');
  const family = stringMemberOf(platform, 'operatingSystemFamily');
  if (family === undefined || !family.startsWith('WINDOWS')) return;
  const report = (node: PositionedValue, what: string, fix: string) =>
    task.findings.error(
      'taskdef/windows-unsupported',
      node.position,
      `${what}, which Windows containers do not support (ECS API reference); runtimePlatform.operatingSystemFamily is "${family}"`,
      fix,
    );
  for (const key of WINDOWS_UNSUPPORTED_TASK) {
    const node = memberOf(task.root, key);
    if (node !== undefined) report(node, `${key} is set`, `remove "${key}"`);
  }
  const networkMode = memberOf(task.root, 'networkMode');
  if (networkMode?.kind === 'string' && networkMode.value !== 'awsvpc') {
    report(
      networkMode,
      `networkMode is "${networkMode.value}"`,
      'remove "networkMode" (the default), or use "awsvpc" (RegisterTaskDefinition.networkMode: "<default> or awsvpc")',
    );
  }
  const architecture = memberOf(platform, 'cpuArchitecture');
  if (architecture?.kind === 'string' && architecture.value === 'ARM64') {
    report(architecture, 'runtimePlatform.cpuArchitecture is "ARM64"', 'use "X86_64" (ARM64 runs Linux tasks only)');
  }
  const cpu = memberOf(task.root, 'cpu');
  const units = cpu?.kind === 'string' || cpu?.kind === 'number' ? parseCpuUnits(cpu.value) : undefined;
  if (task.fargate !== undefined && cpu !== undefined && units !== undefined && units < 1024) {
    report(cpu, `cpu is ${units} CPU units, below 1 vCPU on Fargate`, 'set "cpu": "1024" or more');
  }
  for (const container of task.containers) {
    for (const key of WINDOWS_UNSUPPORTED_CONTAINER) {
      const node = memberOf(container.node, key);
      if (node !== undefined) report(node, `${containerPath(container, key)} is set`, `remove "${key}"`);
    }
  }
}

const WINDOWS = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' } };

/** The rules of this file, with their sources and examples. */
export const PLATFORM_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/fargate-unsupported',
    dataType: 'ContainerDefinition',
    field: 'privileged, dockerSecurityOptions, disableNetworking, dnsServers, dnsSearchDomains, GPUs',
    rule: 'not on Fargate',
    source: FARGATE_SOURCE,
    path: 'containerDefinitions[0].dnsServers',
    refuses: { container: { dnsServers: ['10.0.0.2'] } },
    accepts: { container: { dnsServers: [] } },
  },
  {
    id: 'taskdef/fargate-unsupported',
    dataType: 'LinuxParameters',
    field: 'devices, sharedMemorySize, tmpfs, maxSwap, swappiness, capabilities.add',
    rule: `not on Fargate; of the capabilities only ${FARGATE_CAPABILITY} can be added`,
    source: `${FARGATE_SOURCE}; ECS API reference, KernelCapabilities.add`,
    path: 'containerDefinitions[0].linuxParameters.sharedMemorySize',
    refuses: { container: { linuxParameters: { sharedMemorySize: 64 } } },
    accepts: { container: { linuxParameters: { initProcessEnabled: true } } },
  },
  {
    id: 'taskdef/fargate-unsupported',
    dataType: 'RegisterTaskDefinition',
    field: 'ipcMode, pidMode, placementConstraints, inferenceAccelerators',
    rule: 'not on Fargate (pidMode only "task")',
    source: `${FARGATE_SOURCE}; ECS API reference, RegisterTaskDefinition.pidMode`,
    path: 'pidMode',
    refuses: { task: { pidMode: 'host' } },
    accepts: { task: { pidMode: 'task' } },
  },
  {
    id: 'taskdef/fargate-unsupported',
    dataType: 'HostVolumeProperties',
    field: 'sourcePath',
    rule: 'not on Fargate (a host volume without it is task storage); no dockerVolumeConfiguration either',
    source: 'ECS API reference, HostVolumeProperties.sourcePath and DockerVolumeConfiguration',
    path: 'volumes[0].host.sourcePath',
    refuses: { task: { volumes: [{ name: 'data', host: { sourcePath: '/data' } }] } },
    accepts: { task: { volumes: [{ name: 'data', host: {} }] } },
  },
  {
    id: 'taskdef/fargate-unsupported',
    dataType: 'FirelensConfiguration',
    field: 'options.config-file-type',
    rule: 'only "file" on Fargate',
    source: 'ECS API reference, FirelensConfiguration.options',
    path: 'containerDefinitions[1].firelensConfiguration.options["config-file-type"]',
    refuses: { more: [router({ 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::bucket/fluent.conf' })] },
    accepts: { more: [router({ 'config-file-type': 'file', 'config-file-value': '/fluent.conf' })] },
  },
  {
    id: 'taskdef/fargate-log-driver',
    dataType: 'LogConfiguration',
    field: 'logDriver',
    rule: `on Fargate one of ${joinWords(FARGATE_LOG_DRIVERS)}`,
    source: 'ECS API reference, LogConfiguration.logDriver',
    path: 'containerDefinitions[0] ("web") logs with "json-file"',
    refuses: { container: { logConfiguration: { logDriver: 'json-file' } } },
    accepts: {
      container: { logConfiguration: { logDriver: 'splunk', options: { 'splunk-url': 'https://splunk:8088' } } },
    },
  },
  {
    id: 'taskdef/awsvpc-unsupported',
    dataType: 'ContainerDefinition',
    field: 'hostname, extraHosts',
    rule: 'not with networkMode "awsvpc"',
    source: 'ECS API reference, ContainerDefinition.hostname and .extraHosts',
    path: 'containerDefinitions[0].hostname',
    refuses: { container: { hostname: 'web' } },
    accepts: { task: { ...EC2_TASK, networkMode: 'bridge' }, container: { memory: 512, hostname: 'web' } },
  },
  {
    id: 'taskdef/windows-unsupported',
    dataType: 'ContainerDefinition',
    field: WINDOWS_UNSUPPORTED_CONTAINER.join(', '),
    rule: 'not for Windows containers',
    source: 'ECS API reference, ContainerDefinition (each field)',
    path: 'containerDefinitions[0].readonlyRootFilesystem',
    refuses: { task: { ...WINDOWS, cpu: '1024', memory: '2048' }, container: { readonlyRootFilesystem: true } },
    accepts: { task: { ...WINDOWS, cpu: '1024', memory: '2048' } },
  },
  {
    id: 'taskdef/windows-unsupported',
    dataType: 'RuntimePlatform',
    field: 'operatingSystemFamily + cpu, cpuArchitecture, networkMode, pidMode, ipcMode',
    rule: 'a Windows task has no pidMode or ipcMode, the default network mode or awsvpc, runs on X86_64, and on Fargate has at least 1 vCPU',
    source: 'ECS API reference, RegisterTaskDefinition.memory and .pidMode, RuntimePlatform.cpuArchitecture',
    path: 'cpu is 512',
    refuses: { task: { ...WINDOWS, cpu: '512', memory: '2048' } },
    accepts: { task: { ...WINDOWS, cpu: '1024', memory: '2048' } },
  },
];

function router(options: Record<string, string>) {
  return {
    name: 'log-router',
    image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
    essential: false,
    firelensConfiguration: { type: 'fluentbit', options },
  };
}
