/**
 * Ranges and sizes RegisterTaskDefinition enforces (or the task fails on at start): health check timings, ephemeral
 * storage, ports and port ranges, container memory and cpu against each other and the task, ulimits, stop and start
 * timeouts, tags. Each limit cites the ECS API reference page it comes from.
 */
import { parseCpuUnits, parseMemoryMiB } from './fargate';
import type { Position } from './findings';
import { describeValue, memberOf, type PositionedValue } from './positioned-value';
import {
  checkWholeNumber,
  containerLabel,
  containerPath,
  itemsOf,
  type ContainerSummary,
  type NumberRange,
  type TaskContext,
} from './task-context';

const HEALTH_CHECK_API = 'ECS API reference, HealthCheck';
/** HealthCheck: interval 5–300 s, timeout 2–120 s, retries 1–10, startPeriod 0–300 s. */
const HEALTH_CHECK_RANGES: readonly (readonly [string, NumberRange])[] = [
  ['interval', { min: 5, max: 300, unit: 'seconds' }],
  ['timeout', { min: 2, max: 120, unit: 'seconds' }],
  ['retries', { min: 1, max: 10 }],
  ['startPeriod', { min: 0, max: 300, unit: 'seconds' }],
];
/** Docker 20.10 and later reserve 6 MiB per container (ContainerDefinition.memory: "don't specify less than 6 MiB"). */
const MIN_CONTAINER_MEMORY = 6;
/** ContainerDefinition.stopTimeout: "For tasks that use the Fargate launch type, the max stop timeout value is 120 seconds". */
const FARGATE_MAX_STOP_TIMEOUT = 120;
/** Tag: at most 50 per resource, key 1–128 characters, value 0–256, and the `aws:` prefix is reserved. */
const MAX_TAGS = 50;
const PORT: NumberRange = { min: 1, max: 65535 };
const PORT_RANGE = /^(\d+)-(\d+)$/;

/** Runs the range and size rules over a task definition. */
export function checkLimits(task: TaskContext): void {
  const ephemeral = memberOf(task.root, 'ephemeralStorage');
  checkWholeNumber(
    memberOf(ephemeral, 'sizeInGiB'),
    'ephemeralStorage.sizeInGiB',
    { min: 21, max: 200, unit: 'GiB' },
    'taskdef/ephemeral-storage',
    task.findings,
    'ECS API reference, EphemeralStorage',
  );
  for (const container of task.containers) {
    checkHealthCheck(task, container);
    checkPorts(task, container);
    checkMemory(task, container);
    checkUlimits(task, container);
    checkTimeouts(task, container);
  }
  checkTaskTotals(task);
  checkTags(task);
}

function checkHealthCheck(task: TaskContext, container: ContainerSummary): void {
  const healthCheck = memberOf(container.node, 'healthCheck');
  if (healthCheck?.kind !== 'object') return;
  for (const [field, range] of HEALTH_CHECK_RANGES) {
    checkWholeNumber(
      memberOf(healthCheck, field),
      containerPath(container, 'healthCheck', field),
      range,
      'taskdef/health-check',
      task.findings,
      HEALTH_CHECK_API,
    );
  }
  const command = memberOf(healthCheck, 'command');
  const first = command?.kind === 'array' ? command.items[0] : undefined;
  if (command?.kind === 'array' && !(first?.kind === 'string' && ['CMD', 'CMD-SHELL', 'NONE'].includes(first.value))) {
    task.findings.error(
      'taskdef/health-check',
      first?.position ?? command.position,
      `${containerPath(container, 'healthCheck', 'command')} must start with "CMD" or "CMD-SHELL" (${HEALTH_CHECK_API}); ` +
        `it starts with ${first === undefined ? 'nothing' : describeValue(first)}`,
      'write ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] or ["CMD", "/bin/check", "arg"]',
    );
  }
}

function checkPorts(task: TaskContext, container: ContainerSummary): void {
  itemsOf(container.node, 'portMappings').forEach((mapping, index) => {
    const path = (field: string) => containerPath(container, 'portMappings', index, field);
    checkWholeNumber(
      memberOf(mapping, 'containerPort'),
      path('containerPort'),
      PORT,
      'taskdef/port-range',
      task.findings,
      'ECS API reference, PortMapping: a TCP or UDP port',
    );
    // hostPort 0 asks for a dynamic host port (PortMapping.hostPort).
    checkWholeNumber(
      memberOf(mapping, 'hostPort'),
      path('hostPort'),
      { min: 0, max: 65535 },
      'taskdef/port-range',
      task.findings,
      'ECS API reference, PortMapping: 0 for a dynamic port, else a TCP or UDP port',
    );
    const range = memberOf(mapping, 'containerPortRange');
    if (range?.kind !== 'string') return;
    const match = PORT_RANGE.exec(range.value.trim());
    const first = Number(match?.[1]);
    const last = Number(match?.[2]);
    const problem =
      match === null
        ? 'is not of the form "first-last"'
        : first < 1 || last > 65535
          ? 'goes beyond the ports 1 to 65535'
          : first >= last
            ? 'does not have its first port below its last'
            : undefined;
    if (problem !== undefined) {
      task.findings.error(
        'taskdef/port-range',
        range.position,
        `${path('containerPortRange')} ${JSON.stringify(range.value)} ${problem} (ECS API reference, PortMapping.containerPortRange)`,
        'write the range as "8000-8010": ports from 1 to 65535, the first below the last',
      );
    }
    if (memberOf(mapping, 'containerPort') !== undefined) {
      // The reference describes the two as alternatives but does not say RegisterTaskDefinition refuses both.
      task.findings.warning(
        'taskdef/port-range',
        range.position,
        `${path('containerPortRange')} is set beside containerPort; the ECS API reference describes them as ` +
          'alternatives (containerPort for one port, containerPortRange for a range), so one of them is likely unused',
        'keep containerPort for one port, or containerPortRange for a range, in separate port mappings',
      );
    }
  });
}

function checkMemory(task: TaskContext, container: ContainerSummary): void {
  const source = 'ECS API reference, ContainerDefinition.memory: Docker 20.10 reserves 6 MiB per container';
  const memory = checkWholeNumber(
    memberOf(container.node, 'memory'),
    containerPath(container, 'memory'),
    { min: MIN_CONTAINER_MEMORY, unit: 'MiB' },
    'taskdef/memory-size',
    task.findings,
    source,
  );
  const reservationNode = memberOf(container.node, 'memoryReservation');
  const reservation = checkWholeNumber(
    reservationNode,
    containerPath(container, 'memoryReservation'),
    { min: MIN_CONTAINER_MEMORY, unit: 'MiB' },
    'taskdef/memory-size',
    task.findings,
    source,
  );
  if (memory !== undefined && reservation !== undefined && reservation > memory && reservationNode !== undefined) {
    task.findings.error(
      'taskdef/memory-size',
      reservationNode.position,
      `${containerLabel(container)} reserves ${reservation} MiB (memoryReservation) but is limited to ${memory} MiB ` +
        '(memory); the soft limit must be below the hard limit (ECS API reference, ContainerDefinition.memoryReservation)',
      `lower memoryReservation below ${memory}, or raise memory`,
    );
  }
  const taskMemory = taskSize(task, 'memory', parseMemoryMiB);
  const memoryNode = memberOf(container.node, 'memory');
  if (taskMemory !== undefined && memory !== undefined && memory > taskMemory.value && memoryNode !== undefined) {
    task.findings.error(
      'taskdef/memory-size',
      memoryNode.position,
      `${containerLabel(container)} has memory ${memory} MiB, more than the task's memory of ${taskMemory.value} MiB ` +
        `(line ${taskMemory.position.line}); a container cannot exceed its task (ECS API reference, ContainerDefinition.memory)`,
      `lower the container's memory to ${taskMemory.value} or less, or raise the task's memory`,
    );
  }
}

/** Containers' reserved memory and cpu against the task-level values (ContainerDefinition.memory and .cpu). */
function checkTaskTotals(task: TaskContext): void {
  const totals = [
    {
      field: 'memory',
      unit: 'MiB',
      size: taskSize(task, 'memory', parseMemoryMiB),
      of: (container: ContainerSummary) =>
        numberMember(container, 'memoryReservation') ?? numberMember(container, 'memory'),
      rule: 'taskdef/memory-size',
      what: 'memory reserved by all containers (memoryReservation, else memory)',
    },
    {
      field: 'cpu',
      unit: 'CPU units',
      size: taskSize(task, 'cpu', parseCpuUnits),
      of: (container: ContainerSummary) => numberMember(container, 'cpu'),
      rule: 'taskdef/container-cpu',
      what: 'cpu of all containers',
    },
  ];
  for (const { field, unit, size, of, rule, what } of totals) {
    if (size === undefined) continue;
    const sum = task.containers.reduce((total, container) => total + (of(container) ?? 0), 0);
    // One container over the task's size on its own is reported at that container.
    if (
      sum <= size.value ||
      (field === 'memory' && task.containers.some((container) => (numberMember(container, 'memory') ?? 0) > size.value))
    )
      continue;
    task.findings.error(
      rule,
      size.position,
      `the ${what} is ${sum} ${unit}, more than the task's ${field} of ${size.value} ${unit} ` +
        `(ECS API reference, ContainerDefinition.${field}: the containers' total must fit in the task)`,
      `raise the task's ${field} to at least ${sum}, or lower the containers' values`,
    );
  }
}

function checkUlimits(task: TaskContext, container: ContainerSummary): void {
  itemsOf(container.node, 'ulimits').forEach((ulimit, index) => {
    const soft = memberOf(ulimit, 'softLimit');
    const hard = memberOf(ulimit, 'hardLimit');
    for (const [field, node] of [
      ['softLimit', soft],
      ['hardLimit', hard],
    ] as const) {
      checkWholeNumber(
        node,
        containerPath(container, 'ulimits', index, field),
        { min: 0 },
        'taskdef/ulimit',
        task.findings,
        'ECS API reference, Ulimit',
      );
    }
    if (soft?.kind === 'number' && hard?.kind === 'number' && soft.value > hard.value) {
      task.findings.error(
        'taskdef/ulimit',
        soft.position,
        `${containerPath(container, 'ulimits', index)} has softLimit ${soft.value} above hardLimit ${hard.value}; ` +
          'Docker refuses to start the container ("soft limit must be less than or equal to hard limit")',
        `set softLimit to ${hard.value} or less`,
      );
    }
    const name = memberOf(ulimit, 'name');
    if (task.fargate !== undefined && name?.kind === 'string' && name.value !== 'nofile') {
      task.findings.warning(
        'taskdef/ulimit',
        name.position,
        `${containerPath(container, 'ulimits', index)} sets "${name.value}"; on Fargate only the nofile limit can be ` +
          'changed (Fargate task definition considerations), others keep the operating system default',
        'remove the ulimit, or run the task on EC2',
      );
    }
  });
}

function checkTimeouts(task: TaskContext, container: ContainerSummary): void {
  const fargate = task.fargate !== undefined;
  checkWholeNumber(
    memberOf(container.node, 'stopTimeout'),
    containerPath(container, 'stopTimeout'),
    fargate ? { min: 0, max: FARGATE_MAX_STOP_TIMEOUT, unit: 'seconds on Fargate' } : { min: 0, unit: 'seconds' },
    'taskdef/stop-timeout',
    task.findings,
    'ECS API reference, ContainerDefinition.stopTimeout',
  );
  checkWholeNumber(
    memberOf(container.node, 'startTimeout'),
    containerPath(container, 'startTimeout'),
    { min: 0, unit: 'seconds' },
    'taskdef/start-timeout',
    task.findings,
    'ECS API reference, ContainerDefinition.startTimeout',
  );
}

function checkTags(task: TaskContext): void {
  const tags = memberOf(task.root, 'tags');
  if (tags?.kind !== 'array') return;
  const source = 'ECS API reference, Tag';
  if (tags.items.length > MAX_TAGS) {
    task.findings.error(
      'taskdef/tags',
      tags.position,
      `tags has ${tags.items.length} tags; a resource has at most ${MAX_TAGS} (${source})`,
      `keep ${MAX_TAGS} tags or fewer`,
    );
  }
  tags.items.forEach((tag, index) => {
    const key = memberOf(tag, 'key');
    const value = memberOf(tag, 'value');
    if (key?.kind === 'string') {
      const problem =
        key.value.length === 0 || key.value.length > 128
          ? `is ${key.value.length} characters long; a key has 1 to 128`
          : /^aws:/i.test(key.value)
            ? 'starts with "aws:", which AWS reserves for its own tags'
            : undefined;
      if (problem !== undefined) {
        task.findings.error(
          'taskdef/tags',
          key.position,
          `tags[${index}].key ${JSON.stringify(key.value)} ${problem} (${source})`,
          'use a key of 1 to 128 characters that does not start with "aws:"',
        );
      }
    }
    if (value?.kind === 'string' && value.value.length > 256) {
      task.findings.error(
        'taskdef/tags',
        value.position,
        `tags[${index}].value is ${value.value.length} characters long; a value has at most 256 (${source})`,
        'shorten the value to 256 characters',
      );
    }
  });
}

function numberMember(container: ContainerSummary, key: string): number | undefined {
  const node = memberOf(container.node, key);
  return node?.kind === 'number' ? node.value : undefined;
}

/** A task-level cpu or memory that parses, with where it is written. */
function taskSize(
  task: TaskContext,
  key: 'cpu' | 'memory',
  parse: (value: string | number) => number | undefined,
): { value: number; position: Position } | undefined {
  const node: PositionedValue | undefined = memberOf(task.root, key);
  if (node?.kind !== 'string' && node?.kind !== 'number') return undefined;
  const value = parse(node.value);
  return value === undefined ? undefined : { value, position: node.position };
}
