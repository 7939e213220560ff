/**
 * What a task on Fargate, or in the awsvpc network mode, cannot have — from the ECS Developer Guide's "task definition
 * differences for Fargate" and the ContainerDefinition reference ("not supported for ... awsvpc").
 */
import { joinWords } from './findings';
import { memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { containerLabel, containerPath, itemsOf, type ContainerSummary, type TaskContext } from './task-context';

const FARGATE_SOURCE = 'ECS Developer Guide, task definition differences for Fargate';
/** The log drivers Fargate offers. */
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];
/** linuxParameters members Fargate does not support. */
const FARGATE_UNSUPPORTED_LINUX = ['devices', 'sharedMemorySize', 'tmpfs', 'maxSwap', 'swappiness'];
/** The one capability Fargate lets a container add. */
const FARGATE_CAPABILITY = 'SYS_PTRACE';

/** Runs the Fargate and awsvpc support rules over a task definition. */
export function checkPlatform(task: TaskContext): void {
  if (task.fargate !== undefined) checkFargateTask(task);
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
        `volumes[${index}] mounts the host path ${JSON.stringify(stringMemberOf(memberOf(volume, 'host'), 'sourcePath') ?? '')}`,
        'remove "host" (a volume without it is task storage), or use an EFS volume',
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
  const linux = memberOf(container.node, 'linuxParameters');
  for (const key of FARGATE_UNSUPPORTED_LINUX) {
    const node = memberOf(linux, key);
    if (node === undefined) continue;
    unsupported(task, node, `${containerPath(container, 'linuxParameters', key)} is set`, `remove "${key}"`);
  }
  itemsOf(memberOf(linux, 'capabilities'), 'add').forEach((capability) => {
    if (capability.kind !== 'string' || capability.value === FARGATE_CAPABILITY) return;
    unsupported(
      task,
      capability,
      `${label} adds the capability ${capability.value}; only ${FARGATE_CAPABILITY} can be added`,
      `remove "${capability.value}" from linuxParameters.capabilities.add`,
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
      `${label} logs with "${driver.value}"; Fargate offers the log drivers ${joinWords(FARGATE_LOG_DRIVERS)} (${FARGATE_SOURCE})`,
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
