/**
 * Ranges and sizes RegisterTaskDefinition enforces (or the task fails on at start): health check timings, ephemeral
 * storage, ports and port ranges, container memory and cpu against each other and the task, ulimits, stop and start
 * timeouts, tags. Each limit cites the ECS API reference page it comes from.
 */
import { parseCpuUnits, parseMemoryMiB } from './fargate';
import { quote, type Position } from './findings';
import { describeValue, memberOf, type PositionedValue } from './positioned-value';
import { FIRST_CONTAINER, sidecars, type JsonValue, type RuleDoc } from './rule-docs';
import {
  checkWholeNumber,
  containerPath,
  itemsOf,
  type ContainerSummary,
  type NumberRange,
  type TaskContext,
} from './task-context';

const HEALTH_CHECK_API = 'ECS API reference, HealthCheck';
/**
 * HealthCheck: "You may specify between 5 and 300 seconds" (interval), "between 2 and 60 seconds" (timeout),
 * "between 1 and 10 retries", "between 0 and 300 seconds" (startPeriod).
 */
const HEALTH_CHECK_RANGES: readonly (readonly [string, NumberRange])[] = [
  ['interval', { min: 5, max: 300, unit: 'seconds' }],
  ['timeout', { min: 2, max: 60, unit: 'seconds' }],
  ['retries', { min: 1, max: 10 }],
  ['startPeriod', { min: 0, max: 300, unit: 'seconds' }],
];
/** EphemeralStorage.sizeInGiB: "The minimum supported value is 21 GiB and the maximum supported value is 200 GiB". */
const EPHEMERAL_STORAGE: NumberRange = { min: 21, max: 200, unit: 'GiB' };
/** Docker 20.10 and later reserve 6 MiB per container (ContainerDefinition.memory: "don't specify less than 6 MiB"). */
const MIN_CONTAINER_MEMORY = 6;
/** ContainerDefinition.startTimeout and .stopTimeout: "The valid values for Fargate are 2-120 seconds". */
const FARGATE_TIMEOUT: NumberRange = { min: 2, max: 120, unit: 'seconds on Fargate' };
/**
 * ContainerRestartPolicy: "a maximum of 50 container exit codes"; restartAttemptPeriod "a minimum … of 60 seconds and
 * a maximum … of 1800 seconds".
 */
const MAX_IGNORED_EXIT_CODES = 50;
const RESTART_ATTEMPT_PERIOD: NumberRange = { min: 60, max: 1800, unit: 'seconds' };
/** PortMapping.containerPortRange: "You can specify a maximum of 100 port ranges per container". */
const MAX_PORT_RANGES = 100;
/** PortMapping.name: "up to 64 characters … lowercase letters, numbers, underscores (_), and hyphens (-) … can't start with a hyphen". */
const PORT_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
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
    EPHEMERAL_STORAGE,
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
    checkRestartPolicy(task, container);
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
  const ranges: { first: number; last: number; path: string; node: PositionedValue }[] = [];
  const mappings = itemsOf(container.node, 'portMappings');
  mappings.forEach((mapping, index) => {
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
    const name = memberOf(mapping, 'name');
    if (name?.kind === 'string' && !PORT_NAME.test(name.value)) {
      task.findings.error(
        'taskdef/port-name',
        name.position,
        `${path('name')} ${quote(name.value)} is not a port mapping name: up to 64 lowercase letters, ` +
          'digits, "_" and "-", not starting with "-" (ECS API reference, PortMapping.name)',
        `write it as ${JSON.stringify(suggestPortName(name.value))}`,
      );
    }
    const range = memberOf(mapping, 'containerPortRange');
    if (range?.kind !== 'string') return;
    const parsed = checkPortRange(task, range, path('containerPortRange'));
    if (parsed !== undefined) ranges.push({ ...parsed, path: path('containerPortRange'), node: range });
    const hostPort = memberOf(mapping, 'hostPort');
    if (hostPort !== undefined) {
      task.findings.error(
        'taskdef/port-range',
        hostPort.position,
        `${path('hostPort')} is set beside containerPortRange; with a range the host ports are chosen by ECS ` +
          '("If you specify a containerPortRange, leave this field empty", ECS API reference, PortMapping.hostPort)',
        'remove "hostPort"',
      );
    }
    if (task.networkMode !== undefined && !['bridge', 'awsvpc'].includes(task.networkMode)) {
      task.findings.error(
        'taskdef/port-range',
        range.position,
        `${path('containerPortRange')} needs networkMode "bridge" or "awsvpc"; this task's is "${task.networkMode}" ` +
          '(ECS API reference, PortMapping.containerPortRange)',
        'map single ports with containerPort, or use networkMode "awsvpc"',
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
  checkRangeOverlaps(task, container, ranges);
}

/** A `first-last` range of ports, or an error naming what is wrong with it. */
function checkPortRange(
  task: TaskContext,
  range: PositionedValue & { kind: 'string' },
  path: string,
): { first: number; last: number } | undefined {
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
  if (problem === undefined) return { first, last };
  task.findings.error(
    'taskdef/port-range',
    range.position,
    `${path} ${quote(range.value)} ${problem} (ECS API reference, PortMapping.containerPortRange)`,
    'write the range as "8000-8010": ports from 1 to 65535, the first below the last',
  );
  return undefined;
}

/** "A port can only be included in one port mapping per container. You cannot specify overlapping port ranges." */
function checkRangeOverlaps(
  task: TaskContext,
  container: ContainerSummary,
  ranges: readonly { first: number; last: number; path: string; node: PositionedValue }[],
): void {
  const source = 'ECS API reference, PortMapping.containerPortRange';
  const [, beyond] = [ranges.slice(0, MAX_PORT_RANGES), ranges[MAX_PORT_RANGES]];
  if (beyond !== undefined) {
    task.findings.error(
      'taskdef/port-range',
      beyond.node.position,
      `${containerPath(container, 'portMappings')} has ${ranges.length} port ranges; a container has at most ` +
        `${MAX_PORT_RANGES} (${source})`,
      'merge neighbouring ranges into one',
    );
  }
  ranges.forEach((range, index) => {
    const single = container.containerPorts.find((port) => port >= range.first && port <= range.last);
    const earlier = ranges.slice(0, index).find((other) => other.first <= range.last && range.first <= other.last);
    if (earlier === undefined && single === undefined) return;
    task.findings.error(
      'taskdef/port-range',
      range.node.position,
      `${range.path} ${range.first}-${range.last} overlaps ` +
        (earlier !== undefined ? `${earlier.path} ${earlier.first}-${earlier.last}` : `containerPort ${single}`) +
        `; a port is in one port mapping of a container (${source})`,
      'make the ranges and ports of a container disjoint',
    );
  });
}

/** A port mapping name made valid: lowercase, other characters as "-", no leading "-", 64 characters. */
function suggestPortName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 64);
  return cleaned === '' ? 'http' : cleaned;
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
      `${containerPath(container, 'memoryReservation')} is ${reservation} MiB, above the container's memory of ` +
        `${memory} MiB; the soft limit must be below the hard limit (ECS API reference, ContainerDefinition.memoryReservation)`,
      `lower memoryReservation below ${memory}, or raise memory`,
    );
  }
  const taskMemory = taskSize(task, 'memory', parseMemoryMiB);
  const memoryNode = memberOf(container.node, 'memory');
  if (taskMemory !== undefined && memory !== undefined && memory > taskMemory.value && memoryNode !== undefined) {
    task.findings.error(
      'taskdef/memory-size',
      memoryNode.position,
      `${containerPath(container, 'memory')} is ${memory} MiB, more than the task's memory of ${taskMemory.value} MiB ` +
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
      what: 'memory reserved by all containers (containerDefinitions[].memoryReservation, else .memory)',
    },
    {
      field: 'cpu',
      unit: 'CPU units',
      size: taskSize(task, 'cpu', parseCpuUnits),
      of: (container: ContainerSummary) => numberMember(container, 'cpu'),
      rule: 'taskdef/container-cpu',
      what: 'cpu of all containers (containerDefinitions[].cpu)',
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
        `${containerPath(container, 'ulimits', index)} sets ${quote(name.value)}; on Fargate only the nofile limit can be ` +
          'changed (Fargate task definition considerations), others keep the operating system default',
        'remove the ulimit, or run the task on EC2',
      );
    }
  });
}

function checkTimeouts(task: TaskContext, container: ContainerSummary): void {
  for (const field of ['stopTimeout', 'startTimeout']) {
    checkWholeNumber(
      memberOf(container.node, field),
      containerPath(container, field),
      task.fargate !== undefined ? FARGATE_TIMEOUT : { min: 0, unit: 'seconds' },
      field === 'stopTimeout' ? 'taskdef/stop-timeout' : 'taskdef/start-timeout',
      task.findings,
      `ECS API reference, ContainerDefinition.${field}`,
    );
  }
}

function checkRestartPolicy(task: TaskContext, container: ContainerSummary): void {
  const policy = memberOf(container.node, 'restartPolicy');
  const source = 'ECS API reference, ContainerRestartPolicy';
  const codes = memberOf(policy, 'ignoredExitCodes');
  if (codes?.kind === 'array' && codes.items.length > MAX_IGNORED_EXIT_CODES) {
    task.findings.error(
      'taskdef/restart-policy',
      codes.position,
      `${containerPath(container, 'restartPolicy', 'ignoredExitCodes')} lists ${codes.items.length} exit codes; ` +
        `at most ${MAX_IGNORED_EXIT_CODES} can be ignored (${source})`,
      `keep ${MAX_IGNORED_EXIT_CODES} exit codes or fewer`,
    );
  }
  checkWholeNumber(
    memberOf(policy, 'restartAttemptPeriod'),
    containerPath(container, 'restartPolicy', 'restartAttemptPeriod'),
    RESTART_ATTEMPT_PERIOD,
    'taskdef/restart-policy',
    task.findings,
    source,
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
  const keys = new Map<string, Position>();
  tags.items.forEach((tag, index) => {
    const key = memberOf(tag, 'key');
    const value = memberOf(tag, 'value');
    if (key?.kind === 'string') {
      const first = keys.get(key.value);
      const problem =
        key.value.length === 0 || key.value.length > 128
          ? `is ${key.value.length} characters long; a key has 1 to 128`
          : /^aws:/i.test(key.value)
            ? 'starts with "aws:", which AWS reserves for its own tags'
            : first !== undefined
              ? `is also the key of the tag at line ${first.line}; each tag key is unique`
              : undefined;
      if (first === undefined) keys.set(key.value, key.position);
      if (problem !== undefined) {
        task.findings.error(
          'taskdef/tags',
          key.position,
          `tags[${index}].key ${quote(key.value)} ${problem} (${source})`,
          'use a unique key of 1 to 128 characters that does not start with "aws:"',
        );
      }
    }
    if (value?.kind !== 'string') return;
    const problem =
      value.value.length > 256
        ? `is ${value.value.length} characters long; a value has at most 256`
        : /^aws:/i.test(value.value)
          ? 'starts with "aws:", which AWS reserves for keys and values of its own'
          : undefined;
    if (problem === undefined) return;
    task.findings.error(
      'taskdef/tags',
      value.position,
      `tags[${index}].value ${problem} (${source})`,
      'use a value of at most 256 characters that does not start with "aws:"',
    );
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

const C0 = FIRST_CONTAINER;
const check = (fields: Record<string, number>) => ({ healthCheck: { command: ['CMD-SHELL', 'true'], ...fields } });

/** The rules of this file, one per field, with their sources and examples. */
export const LIMIT_RULES: readonly RuleDoc[] = [
  ...HEALTH_CHECK_RANGES.map(([field, { min, max, unit }]): RuleDoc => ({
    id: 'taskdef/health-check',
    dataType: 'HealthCheck',
    field,
    rule: `a whole number from ${min} to ${max}${unit ? ` ${unit}` : ''}`,
    source: `${HEALTH_CHECK_API}.${field}`,
    path: `${C0}.healthCheck.${field}`,
    refuses: { container: check({ [field]: field === 'retries' || field === 'interval' ? min - 1 : (max ?? 0) + 1 }) },
    accepts: { container: check({ [field]: field === 'retries' || field === 'interval' ? min : (max ?? 0) }) },
  })),
  {
    id: 'taskdef/health-check',
    dataType: 'HealthCheck',
    field: 'command',
    rule: 'starts with "CMD" or "CMD-SHELL" ("NONE" turns the image\'s check off)',
    source: `${HEALTH_CHECK_API}.command`,
    path: `${C0}.healthCheck.command`,
    refuses: { container: { healthCheck: { command: ['curl -f http://localhost/'] } } },
    accepts: { container: { healthCheck: { command: ['CMD', 'curl', '-f', 'http://localhost/'] } } },
  },
  {
    id: 'taskdef/ephemeral-storage',
    dataType: 'EphemeralStorage',
    field: 'sizeInGiB',
    rule: `a whole number from ${EPHEMERAL_STORAGE.min} to ${EPHEMERAL_STORAGE.max} GiB`,
    source: 'ECS API reference, EphemeralStorage.sizeInGiB',
    path: 'ephemeralStorage.sizeInGiB',
    refuses: { task: { ephemeralStorage: { sizeInGiB: (EPHEMERAL_STORAGE.max ?? 0) + 1 } } },
    accepts: { task: { ephemeralStorage: { sizeInGiB: EPHEMERAL_STORAGE.max ?? 0 } } },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'containerPort',
    rule: 'a port from 1 to 65535',
    source: 'ECS API reference, PortMapping.containerPort',
    path: `${C0}.portMappings[0].containerPort`,
    refuses: { container: { portMappings: [{ containerPort: 65536 }] } },
    accepts: { container: { portMappings: [{ containerPort: 65535 }] } },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'hostPort',
    rule: '0 (a dynamic port) or a port up to 65535',
    source: 'ECS API reference, PortMapping.hostPort',
    path: `${C0}.portMappings[0].hostPort`,
    refuses: {
      task: { networkMode: 'bridge', requiresCompatibilities: ['EC2'] },
      container: { portMappings: [{ containerPort: 80, hostPort: -1 }] },
    },
    accepts: {
      task: { networkMode: 'bridge', requiresCompatibilities: ['EC2'] },
      container: { portMappings: [{ containerPort: 80, hostPort: 0 }] },
    },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'containerPortRange',
    rule: '"first-last" within 1–65535, the first below the last',
    source: 'ECS API reference, PortMapping.containerPortRange',
    path: `${C0}.portMappings[0].containerPortRange`,
    refuses: { container: { portMappings: [{ containerPortRange: '9000-9000' }] } },
    accepts: { container: { portMappings: [{ containerPortRange: '9000-9001' }] } },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'containerPortRange + hostPort',
    rule: 'no hostPort beside a containerPortRange (ECS picks the host ports)',
    source: 'ECS API reference, PortMapping.hostPort',
    path: `${C0}.portMappings[0].hostPort`,
    refuses: { container: { portMappings: [{ containerPortRange: '9000-9010', hostPort: 9000 }] } },
    accepts: { container: { portMappings: [{ containerPortRange: '9000-9010' }] } },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'containerPortRange + networkMode',
    rule: 'only with networkMode "bridge" or "awsvpc"',
    source: 'ECS API reference, PortMapping.containerPortRange',
    path: `${C0}.portMappings[0].containerPortRange`,
    refuses: {
      task: { networkMode: 'host', requiresCompatibilities: ['EC2'] },
      container: { portMappings: [{ containerPortRange: '9000-9010' }] },
    },
    accepts: {
      task: { networkMode: 'bridge', requiresCompatibilities: ['EC2'] },
      container: { portMappings: [{ containerPortRange: '9000-9010' }] },
    },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'containerPortRange (count)',
    rule: `at most ${MAX_PORT_RANGES} port ranges per container`,
    source: 'ECS API reference, PortMapping.containerPortRange',
    path: `${C0}.portMappings`,
    refuses: { container: { portMappings: portRanges(MAX_PORT_RANGES + 1) } },
    accepts: { container: { portMappings: portRanges(MAX_PORT_RANGES) } },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'containerPortRange (overlap)',
    rule: 'a port is in one port mapping of a container: no overlapping ranges',
    source: 'ECS API reference, PortMapping.containerPortRange',
    path: `${C0}.portMappings[1].containerPortRange`,
    refuses: {
      container: { portMappings: [{ containerPortRange: '9000-9010' }, { containerPortRange: '9010-9020' }] },
    },
    accepts: {
      container: { portMappings: [{ containerPortRange: '9000-9010' }, { containerPortRange: '9011-9020' }] },
    },
  },
  {
    id: 'taskdef/port-range',
    dataType: 'PortMapping',
    field: 'containerPortRange + containerPort',
    rule: 'one or the other in a mapping (warning: the reference calls them alternatives, not exclusive)',
    source: 'ECS API reference, PortMapping (alternatives); reports only',
    path: `${C0}.portMappings[0].containerPortRange`,
    severity: 'warning',
    refuses: { container: { portMappings: [{ containerPort: 80, containerPortRange: '9000-9010' }] } },
    accepts: { container: { portMappings: [{ containerPort: 80 }, { containerPortRange: '9000-9010' }] } },
  },
  {
    id: 'taskdef/port-name',
    dataType: 'PortMapping',
    field: 'name',
    rule: 'up to 64 lowercase letters, digits, "_" and "-", not starting with "-"',
    source: 'ECS API reference, PortMapping.name',
    path: `${C0}.portMappings[0].name`,
    refuses: { container: { portMappings: [{ containerPort: 80, name: 'a'.repeat(65) }] } },
    accepts: { container: { portMappings: [{ containerPort: 80, name: 'a'.repeat(64) }] } },
  },
  {
    id: 'taskdef/memory-size',
    dataType: 'ContainerDefinition',
    field: 'memory',
    rule: `at least ${MIN_CONTAINER_MEMORY} MiB (Docker 20.10 reserves 6 MiB)`,
    source: 'ECS API reference, ContainerDefinition.memory',
    path: `${C0}.memory`,
    refuses: { container: { memory: MIN_CONTAINER_MEMORY - 1 } },
    accepts: { container: { memory: MIN_CONTAINER_MEMORY } },
  },
  {
    id: 'taskdef/memory-size',
    dataType: 'ContainerDefinition',
    field: 'memoryReservation',
    rule: `at least ${MIN_CONTAINER_MEMORY} MiB, and not above memory`,
    source: 'ECS API reference, ContainerDefinition.memoryReservation',
    path: `${C0}.memoryReservation`,
    refuses: { container: { memory: 256, memoryReservation: 257 } },
    accepts: { container: { memory: 256, memoryReservation: 256 } },
  },
  {
    id: 'taskdef/memory-size',
    dataType: 'ContainerDefinition',
    field: 'memory + task memory',
    rule: "a container's memory within the task's memory, and all containers' reservations within it together",
    source: 'ECS API reference, ContainerDefinition.memory',
    path: `${C0}.memory`,
    refuses: { container: { memory: 513 } },
    accepts: { container: { memory: 512 } },
  },
  {
    id: 'taskdef/container-cpu',
    dataType: 'ContainerDefinition',
    field: 'cpu + task cpu',
    rule: "all containers' cpu together within the task's cpu",
    source: 'ECS API reference, ContainerDefinition.cpu',
    path: 'containerDefinitions[].cpu',
    refuses: { container: { cpu: 200 }, more: sidecars(1, { cpu: 57 }) },
    accepts: { container: { cpu: 200 }, more: sidecars(1, { cpu: 56 }) },
  },
  {
    id: 'taskdef/ulimit',
    dataType: 'Ulimit',
    field: 'softLimit + hardLimit',
    rule: 'whole numbers from 0, the soft limit not above the hard one',
    source: 'ECS API reference, Ulimit; Docker refuses to start the container',
    path: `${C0}.ulimits[0]`,
    refuses: { container: { ulimits: [{ name: 'nofile', softLimit: 4097, hardLimit: 4096 }] } },
    accepts: { container: { ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 4096 }] } },
  },
  {
    id: 'taskdef/ulimit',
    dataType: 'Ulimit',
    field: 'name',
    rule: 'on Fargate only nofile changes (warning: others are kept at the default, not refused)',
    source: 'ECS API reference, ContainerDefinition.ulimits',
    path: `${C0}.ulimits[0]`,
    severity: 'warning',
    refuses: { container: { ulimits: [{ name: 'nproc', softLimit: 1024, hardLimit: 1024 }] } },
    accepts: { container: { ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 1024 }] } },
  },
  ...(['stopTimeout', 'startTimeout'] as const).map((field): RuleDoc => ({
    id: field === 'stopTimeout' ? 'taskdef/stop-timeout' : 'taskdef/start-timeout',
    dataType: 'ContainerDefinition',
    field,
    rule: `${FARGATE_TIMEOUT.min}–${FARGATE_TIMEOUT.max} seconds on Fargate, 0 or more elsewhere`,
    source: `ECS API reference, ContainerDefinition.${field}`,
    path: `${C0}.${field}`,
    refuses: { container: { [field]: (FARGATE_TIMEOUT.max ?? 0) + 1 } },
    accepts: { container: { [field]: FARGATE_TIMEOUT.min } },
  })),
  {
    id: 'taskdef/restart-policy',
    dataType: 'ContainerRestartPolicy',
    field: 'ignoredExitCodes',
    rule: `at most ${MAX_IGNORED_EXIT_CODES} exit codes`,
    source: 'ECS API reference, ContainerRestartPolicy.ignoredExitCodes',
    path: `${C0}.restartPolicy.ignoredExitCodes`,
    refuses: {
      container: { restartPolicy: { enabled: true, ignoredExitCodes: exitCodes(MAX_IGNORED_EXIT_CODES + 1) } },
    },
    accepts: { container: { restartPolicy: { enabled: true, ignoredExitCodes: exitCodes(MAX_IGNORED_EXIT_CODES) } } },
  },
  {
    id: 'taskdef/restart-policy',
    dataType: 'ContainerRestartPolicy',
    field: 'restartAttemptPeriod',
    rule: `a whole number from ${RESTART_ATTEMPT_PERIOD.min} to ${RESTART_ATTEMPT_PERIOD.max} seconds`,
    source: 'ECS API reference, ContainerRestartPolicy.restartAttemptPeriod',
    path: `${C0}.restartPolicy.restartAttemptPeriod`,
    refuses: { container: { restartPolicy: { enabled: true, restartAttemptPeriod: RESTART_ATTEMPT_PERIOD.min - 1 } } },
    accepts: { container: { restartPolicy: { enabled: true, restartAttemptPeriod: RESTART_ATTEMPT_PERIOD.min } } },
  },
  {
    id: 'taskdef/tags',
    dataType: 'RegisterTaskDefinition',
    field: 'tags',
    rule: `at most ${MAX_TAGS} tags; unique keys of 1–128 characters, values of at most 256; no "aws:" prefix on either`,
    source: 'ECS API reference, RegisterTaskDefinition.tags and Tag',
    path: 'tags[0].value',
    refuses: { task: { tags: [{ key: 'team', value: 'v'.repeat(257) }] } },
    accepts: { task: { tags: [{ key: 'team', value: 'v'.repeat(256) }] } },
  },
  {
    id: 'taskdef/tags',
    dataType: 'RegisterTaskDefinition',
    field: 'tags (count)',
    rule: `at most ${MAX_TAGS} tags`,
    source: 'ECS API reference, RegisterTaskDefinition.tags',
    path: 'tags',
    refuses: { task: { tags: tagList(MAX_TAGS + 1) } },
    accepts: { task: { tags: tagList(MAX_TAGS) } },
  },
];

function portRanges(count: number): JsonValue[] {
  return Array.from({ length: count }, (_, index) => ({
    containerPortRange: `${10000 + index * 2}-${10001 + index * 2}`,
  }));
}

function exitCodes(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

function tagList(count: number): JsonValue[] {
  return Array.from({ length: count }, (_, index) => ({ key: `tag-${index}`, value: 'x' }));
}
