/**
 * References between the parts of a task definition, as RegisterTaskDefinition resolves them: dependsOn, links,
 * volumesFrom and mountPoints name containers and volumes of the same task; at least one container is essential.
 * And the fields that must be unique: ports in one network namespace, environment and secret names, volume names.
 */
import { closestMatch } from '../suggest';
import { quote, type Position } from './findings';
import { memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { FIRST_CONTAINER, EC2_TASK, sidecars, type RuleDoc } from './rule-docs';
import { containerLabel, containerPath, itemsOf, type ContainerSummary, type TaskContext } from './task-context';

/** Runs the reference and uniqueness rules over a task definition. */
export function checkReferences(task: TaskContext): void {
  const names = task.containers.flatMap((container) => (container.name !== undefined ? [container.name] : []));
  const volumes = volumeNames(task);
  checkEssential(task);
  const circles = dependencyCircles(task);
  for (const container of task.containers) {
    checkDependsOn(task, container, names, circles.get(container));
    checkLinks(task, container, names);
    itemsOf(container.node, 'volumesFrom').forEach((item, index) => {
      const source = memberOf(item, 'sourceContainer');
      if (source?.kind !== 'string' || names.includes(source.value)) return;
      unknownName(
        task,
        source.position,
        containerPath(container, 'volumesFrom', index, 'sourceContainer'),
        source.value,
        'container',
        names,
        'ECS API reference, VolumeFrom: "another container within the same task definition"',
      );
    });
    itemsOf(container.node, 'mountPoints').forEach((item, index) => {
      const source = memberOf(item, 'sourceVolume');
      if (source?.kind !== 'string' || volumes.has(source.value)) return;
      unknownName(
        task,
        source.position,
        containerPath(container, 'mountPoints', index, 'sourceVolume'),
        source.value,
        'volume',
        [...volumes.keys()],
        'ECS API reference, MountPoint: "Must be a volume name referenced in the name parameter of task definition volume"',
      );
    });
    checkNames(task, container);
  }
  checkUniquePorts(task);
}

/** A name that should be one of the task's containers or volumes and is not. `path` is where it is written. */
function unknownName(
  task: TaskContext,
  at: Position,
  path: string,
  name: string,
  kind: 'container' | 'volume',
  known: readonly string[],
  source: string,
): void {
  const closest = closestMatch(name, known);
  task.findings.error(
    kind === 'container' ? 'taskdef/unknown-container-reference' : 'taskdef/unknown-volume',
    at,
    `${path} ${quote(name)} is not a ${kind} of this task definition (${source}); its ${kind}s are ` +
      `${known.map((name) => `${quote(name)}`).join(', ') || 'none'}${closest !== undefined ? `; did you mean ${quote(closest)}?` : ''}`,
    kind === 'container'
      ? `name one of the task's containers${closest !== undefined ? `: ${quote(closest)}` : ''}`
      : `add {"name": ...} to the task's "volumes", or name one of them${closest !== undefined ? `: ${quote(closest)}` : ''}`,
  );
}

/** The task's volume names and where each is first written. */
function volumeNames(task: TaskContext): Map<string, Position> {
  const names = new Map<string, Position>();
  for (const volume of itemsOf(task.root, 'volumes')) {
    const name = memberOf(volume, 'name');
    if (name?.kind !== 'string') continue;
    const first = names.get(name.value);
    if (first === undefined) {
      names.set(name.value, name.position);
      continue;
    }
    task.findings.error(
      'taskdef/duplicate-volume',
      name.position,
      `volume name ${quote(name.value)} is also used at line ${first.line}; a task's volume names are unique ` +
        '(RegisterTaskDefinition refuses duplicates; mountPoints could not tell the two apart)',
      'rename one of the volumes, or merge them',
    );
  }
  return names;
}

/** "All tasks must have at least one essential container" (ContainerDefinition.essential). */
function checkEssential(task: TaskContext): void {
  if (task.containers.length === 0) return;
  // essential defaults to true.
  if (task.containers.some((container) => booleanOf(memberOf(container.node, 'essential')) !== false)) return;
  const definitions = memberOf(task.root, 'containerDefinitions');
  task.findings.error(
    'taskdef/no-essential-container',
    definitions?.position ?? task.root.position,
    'every container has "essential": false; ECS requires at least one essential container in a task ' +
      '(ECS API reference, ContainerDefinition.essential)',
    `set "essential": true on the main container${task.containers[0]?.name ? `, e.g. ${quote(task.containers[0].name)}` : ''}`,
  );
}

function booleanOf(node: PositionedValue | undefined): boolean | undefined {
  return node?.kind === 'boolean' ? node.value : undefined;
}

/**
 * dependsOn: the container exists, is not the container itself, and its condition fits (ContainerDependency:
 * "COMPLETE ... can't be set on an essential container"; SUCCESS likewise; HEALTHY "requires that the dependent
 * container has health checks configured").
 */
function checkDependsOn(
  task: TaskContext,
  container: ContainerSummary,
  names: readonly string[],
  cycle: readonly string[] | undefined,
): void {
  const source = 'ECS API reference, ContainerDependency';
  itemsOf(container.node, 'dependsOn').forEach((dependency, index) => {
    const nameNode = memberOf(dependency, 'containerName');
    const condition = stringMemberOf(dependency, 'condition');
    if (nameNode?.kind !== 'string') return;
    const path = containerPath(container, 'dependsOn', index, 'containerName');
    if (!names.includes(nameNode.value)) {
      unknownName(task, nameNode.position, path, nameNode.value, 'container', names, source);
      return;
    }
    if (nameNode.value === container.name) {
      task.findings.error(
        'taskdef/depends-on',
        nameNode.position,
        `${containerLabel(container)} depends on itself; it could never start (${source})`,
        'remove this dependency',
      );
      return;
    }
    const target = task.containers.find((candidate) => candidate.name === nameNode.value);
    if (target === undefined) return;
    const conditionNode = memberOf(dependency, 'condition') ?? nameNode;
    const targetEssential = booleanOf(memberOf(target.node, 'essential')) !== false;
    if ((condition === 'COMPLETE' || condition === 'SUCCESS') && targetEssential) {
      task.findings.error(
        'taskdef/depends-on',
        conditionNode.position,
        `${containerLabel(container)} waits for ${quote(nameNode.value)} to ${condition === 'SUCCESS' ? 'exit with code 0' : 'exit'}, ` +
          `but ${quote(nameNode.value)} is essential, and a task stops when an essential container exits; ECS refuses ` +
          `${condition} on an essential container (${source})`,
        `set "essential": false on ${quote(nameNode.value)}, or use the condition START or HEALTHY`,
      );
    }
    if (condition === 'HEALTHY' && memberOf(target.node, 'healthCheck') === undefined) {
      task.findings.error(
        'taskdef/depends-on',
        conditionNode.position,
        `${containerLabel(container)} waits for ${quote(nameNode.value)} to be HEALTHY, but ${quote(nameNode.value)} has no ` +
          `healthCheck (${source}: HEALTHY requires one)`,
        `add a "healthCheck" to ${quote(nameNode.value)}, or use the condition START`,
      );
    }
  });
  if (cycle !== undefined) {
    const memberNode = memberOf(container.node, 'dependsOn');
    task.findings.error(
      'taskdef/depends-on',
      memberNode?.position ?? container.node.position,
      `the containers ${cycle.map((name) => `${quote(name)}`).join(' → ')} depend on each other in a circle; none of them could start`,
      'remove one of the dependencies in the circle',
    );
  }
}

/**
 * The circles of dependsOn: one for each group of containers that wait for each other (a strongly connected component
 * of the dependencies, by Tarjan's algorithm), keyed by the group's first container in file order, where it is
 * reported, as the names around one circle through that container. Linear in containers and dependencies: a walk
 * along every path from every container took 18 s on a chain of 1,600 containers and grows exponentially where each
 * container waits for the two before it. A name given twice is its first container's (the duplicate is a finding of
 * its own).
 */
function dependencyCircles(task: TaskContext): Map<ContainerSummary, string[]> {
  const containers = new Map<string, ContainerSummary>();
  for (const container of task.containers) {
    if (container.name !== undefined && !containers.has(container.name)) containers.set(container.name, container);
  }
  const edges = new Map<string, string[]>();
  for (const [name, container] of containers) {
    edges.set(
      name,
      itemsOf(container.node, 'dependsOn').flatMap((item) => {
        const target = stringMemberOf(item, 'containerName');
        return target !== undefined && target !== name && containers.has(target) ? [target] : [];
      }),
    );
  }
  const circles = new Map<ContainerSummary, string[]>();
  for (const group of stronglyConnected(edges)) {
    if (group.length < 2) continue;
    const members = new Set(group);
    const first = task.containers.find((container) => container.name !== undefined && members.has(container.name));
    const circle = first?.name === undefined ? undefined : circleThrough(first.name, members, edges);
    if (first !== undefined && circle !== undefined) circles.set(first, circle);
  }
  return circles;
}

/** The strongly connected components of a graph (Tarjan's algorithm, iterative: no recursion as deep as the input). */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const enter = (name: string) => {
    order.set(name, order.size);
    low.set(name, order.size - 1);
    stack.push(name);
    onStack.add(name);
  };
  for (const root of edges.keys()) {
    if (order.has(root)) continue;
    enter(root);
    const frames = [{ name: root, next: 0 }];
    for (let frame = frames.at(-1); frame !== undefined; frame = frames.at(-1)) {
      const target = edges.get(frame.name)?.[frame.next++];
      if (target !== undefined) {
        if (!order.has(target)) {
          enter(target);
          frames.push({ name: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.name, Math.min(low.get(frame.name) ?? 0, order.get(target) ?? 0));
        }
        continue;
      }
      frames.pop();
      const lowest = low.get(frame.name) ?? 0;
      const parent = frames.at(-1);
      if (parent !== undefined) low.set(parent.name, Math.min(low.get(parent.name) ?? 0, lowest));
      if (lowest !== order.get(frame.name)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === frame.name) break;
      }
      components.push(component);
    }
  }
  return components;
}

/** A circle from `start` back to it through `members`, along the dependencies in their order in the file. */
function circleThrough(
  start: string,
  members: ReadonlySet<string>,
  edges: ReadonlyMap<string, readonly string[]>,
): string[] | undefined {
  const path = [{ name: start, next: 0 }];
  const seen = new Set([start]);
  for (let step = path.at(-1); step !== undefined; step = path.at(-1)) {
    const target = edges.get(step.name)?.[step.next++];
    if (target === undefined) path.pop();
    else if (target === start) return [...path.map((entry) => entry.name), start];
    else if (members.has(target) && !seen.has(target)) {
      seen.add(target);
      path.push({ name: target, next: 0 });
    }
  }
  return undefined;
}

/** links: "only supported if the network mode of a task definition is bridge" (ContainerDefinition.links). */
function checkLinks(task: TaskContext, container: ContainerSummary, names: readonly string[]): void {
  const links = memberOf(container.node, 'links');
  if (links?.kind !== 'array' || links.items.length === 0) return;
  if (task.networkMode !== undefined && task.networkMode !== 'bridge') {
    task.findings.error(
      'taskdef/links',
      links.position,
      `${containerLabel(container)} has links, which only work with networkMode "bridge"; this task's is ` +
        `${quote(task.networkMode)} (ECS API reference, ContainerDefinition.links)`,
      task.networkMode === 'awsvpc'
        ? 'remove "links": containers of an awsvpc task reach each other on localhost'
        : 'remove "links", or use networkMode "bridge"',
    );
    return;
  }
  links.items.forEach((link, index) => {
    if (link.kind !== 'string') return;
    const name = link.value.split(':')[0] ?? '';
    if (names.includes(name) && name !== container.name) return;
    unknownName(
      task,
      link.position,
      containerPath(container, 'links', index),
      name,
      'container',
      names.filter((candidate) => candidate !== container.name),
      'ECS API reference, ContainerDefinition.links: "name:internalName"',
    );
  });
}

/**
 * Names in environment and secrets. Published RegisterTaskDefinition errors: "Duplicate secret names found: x. Each
 * secret name must be unique."; "The secret name must be unique and not shared with any new or existing environment
 * variables set on the container"; "Environment variable name cannot be null or blank." ECS documents nothing for a
 * duplicate environment name (Docker keeps the last), so that one is a warning.
 */
function checkNames(task: TaskContext, container: ContainerSummary): void {
  const environment = new Map<string, Position>();
  itemsOf(container.node, 'environment').forEach((item, index) => {
    const name = memberOf(item, 'name');
    const path = containerPath(container, 'environment', index, 'name');
    if (name?.kind !== 'string') return;
    if (name.value.trim() === '') {
      task.findings.error(
        'taskdef/environment-name',
        name.position,
        `${path} is ${name.value === '' ? 'empty' : 'blank'}; ECS refuses it ("Environment variable name cannot be null or blank.")`,
        'give the variable a name, or remove it',
      );
      return;
    }
    const first = environment.get(name.value);
    if (first === undefined) {
      environment.set(name.value, name.position);
      return;
    }
    task.findings.warning(
      'taskdef/duplicate-environment',
      name.position,
      `${path} ${quote(name.value)} is also set at line ${first.line}; ECS does not document which value the container ` +
        'gets (Docker keeps the last)',
      `keep one variable named ${quote(name.value)}`,
    );
  });
  const secrets = new Map<string, Position>();
  itemsOf(container.node, 'secrets').forEach((item, index) => {
    const name = memberOf(item, 'name');
    if (name?.kind !== 'string') return;
    const path = containerPath(container, 'secrets', index, 'name');
    const first = secrets.get(name.value);
    if (first !== undefined) {
      task.findings.error(
        'taskdef/duplicate-secret',
        name.position,
        `${path} ${quote(name.value)} is also the name of the secret at line ${first.line}; ECS refuses it ` +
          `("Duplicate secret names found: ${name.value}. Each secret name must be unique.")`,
        `keep one secret named ${quote(name.value)}`,
      );
      return;
    }
    secrets.set(name.value, name.position);
    const variable = environment.get(name.value);
    if (variable === undefined) return;
    task.findings.error(
      'taskdef/duplicate-secret',
      name.position,
      `${path} ${quote(name.value)} is also an environment variable (line ${variable.line}); ECS refuses it ("The secret name ` +
        'must be unique and not shared with any new or existing environment variables set on the container")',
      `remove ${quote(name.value)} from environment or from secrets`,
    );
  });
}

/**
 * Ports that two mappings claim: within a container always; across containers where they share a network
 * namespace (awsvpc, host) by containerPort, in bridge mode by a fixed hostPort. "You cannot expose the same container
 * port for multiple protocols" (PortMapping), and a port cannot be bound twice.
 */
function checkUniquePorts(task: TaskContext): void {
  const shared = task.networkMode === 'awsvpc' || task.networkMode === 'host';
  const seen = new Map<string, { container: ContainerSummary; position: Position }>();
  for (const container of task.containers) {
    itemsOf(container.node, 'portMappings').forEach((mapping, index) => {
      const containerPort = memberOf(mapping, 'containerPort');
      const hostPort = memberOf(mapping, 'hostPort');
      const claims: { key: string; node: PositionedValue; what: string }[] = [];
      if (containerPort?.kind === 'number') {
        claims.push({
          key: shared ? `port ${containerPort.value}` : `${container.index} port ${containerPort.value}`,
          node: containerPort,
          what: `containerPort ${containerPort.value}`,
        });
      }
      if (!shared && hostPort?.kind === 'number' && hostPort.value !== 0) {
        claims.push({ key: `host ${hostPort.value}`, node: hostPort, what: `hostPort ${hostPort.value}` });
      }
      for (const claim of claims) {
        const first = seen.get(claim.key);
        if (first === undefined) {
          seen.set(claim.key, { container, position: claim.node.position });
          continue;
        }
        const where = first.container === container ? 'this container' : containerLabel(first.container);
        task.findings.error(
          'taskdef/duplicate-port',
          claim.node.position,
          `${containerPath(container, 'portMappings', index)} maps ${claim.what}, which ${where} already maps at line ` +
            `${first.position.line}; a port can be bound once${shared ? ` in a task's network namespace (networkMode ${quote(task.networkMode)})` : ''} ` +
            '(ECS API reference, PortMapping)',
          'map each port once; a second protocol on the same port needs its own port number',
        );
      }
    });
  }
}

const C0 = FIRST_CONTAINER;
const BRIDGE = { ...EC2_TASK, networkMode: 'bridge' };

/** The rules of this file, with their sources and examples. */
export const REFERENCE_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/unknown-container-reference',
    dataType: 'ContainerDependency',
    field: 'containerName (and links, volumesFrom.sourceContainer)',
    rule: 'a container of the same task definition',
    source: 'ECS API reference, ContainerDependency, VolumeFrom, ContainerDefinition.links',
    path: `${C0}.dependsOn[0].containerName`,
    refuses: { container: { dependsOn: [{ containerName: 'sidecar', condition: 'START' }] }, more: sidecars(1) },
    accepts: { container: { dependsOn: [{ containerName: 'sidecar-1', condition: 'START' }] }, more: sidecars(1) },
  },
  {
    id: 'taskdef/depends-on',
    dataType: 'ContainerDependency',
    field: 'condition',
    rule: 'not on itself or in a circle; COMPLETE and SUCCESS only of a non-essential container; HEALTHY only of one with a healthCheck',
    source: 'ECS API reference, ContainerDependency.condition',
    path: `${C0} ("web") waits for "sidecar-1" to be HEALTHY`,
    refuses: { container: { dependsOn: [{ containerName: 'sidecar-1', condition: 'HEALTHY' }] }, more: sidecars(1) },
    accepts: {
      container: { dependsOn: [{ containerName: 'sidecar-1', condition: 'HEALTHY' }] },
      more: sidecars(1, { healthCheck: { command: ['CMD-SHELL', 'true'] } }),
    },
  },
  {
    id: 'taskdef/unknown-volume',
    dataType: 'MountPoint',
    field: 'sourceVolume',
    rule: 'a volume of the task definition',
    source: 'ECS API reference, MountPoint.sourceVolume',
    path: `${C0}.mountPoints[0].sourceVolume`,
    refuses: { container: { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] } },
    accepts: {
      task: { volumes: [{ name: 'data' }] },
      container: { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] },
    },
  },
  {
    id: 'taskdef/links',
    dataType: 'ContainerDefinition',
    field: 'links',
    rule: 'only with networkMode "bridge"',
    source: 'ECS API reference, ContainerDefinition.links',
    path: `${C0} ("web") has links`,
    refuses: { container: { links: ['sidecar-1'] }, more: sidecars(1) },
    accepts: { task: BRIDGE, container: { memory: 256, links: ['sidecar-1'] }, more: sidecars(1, { memory: 64 }) },
  },
  {
    id: 'taskdef/no-essential-container',
    dataType: 'ContainerDefinition',
    field: 'essential',
    rule: 'at least one container is essential (the default)',
    source: 'ECS API reference, ContainerDefinition.essential',
    path: 'every container has "essential": false',
    refuses: { container: { essential: false } },
    accepts: { container: { essential: undefined } },
  },
  {
    id: 'taskdef/duplicate-port',
    dataType: 'PortMapping',
    field: 'containerPort, hostPort',
    rule: "a port once per container, and once in the task's network namespace (awsvpc, host); one protocol per port",
    source: 'ECS API reference, PortMapping',
    path: `${C0}.portMappings[1]`,
    refuses: {
      container: {
        portMappings: [
          { containerPort: 53, protocol: 'tcp' },
          { containerPort: 53, protocol: 'udp' },
        ],
      },
    },
    accepts: {
      container: {
        portMappings: [
          { containerPort: 53, protocol: 'tcp' },
          { containerPort: 54, protocol: 'udp' },
        ],
      },
    },
  },
  {
    id: 'taskdef/duplicate-secret',
    dataType: 'Secret',
    field: 'name',
    rule: "unique among the container's secrets and environment variables",
    source: 'ECS\'s error (reports only): "Duplicate secret names found"',
    path: `${C0}.secrets[1].name`,
    refuses: { container: { secrets: [secret('TOKEN'), secret('TOKEN')] } },
    accepts: { container: { secrets: [secret('TOKEN'), secret('KEY')] } },
  },
  {
    id: 'taskdef/duplicate-environment',
    dataType: 'KeyValuePair',
    field: 'name (environment)',
    rule: 'unique (warning: ECS does not say which value wins)',
    source: 'reports only: Docker keeps the last',
    path: `${C0}.environment[1].name`,
    severity: 'warning',
    refuses: {
      container: {
        environment: [
          { name: 'MODE', value: 'a' },
          { name: 'MODE', value: 'b' },
        ],
      },
    },
    accepts: {
      container: {
        environment: [
          { name: 'MODE', value: 'a' },
          { name: 'LEVEL', value: 'b' },
        ],
      },
    },
  },
  {
    id: 'taskdef/environment-name',
    dataType: 'KeyValuePair',
    field: 'name (environment)',
    rule: 'not empty or blank',
    source: 'ECS\'s error (reports only): "Environment variable name cannot be null or blank."',
    path: `${C0}.environment[0].name`,
    refuses: { container: { environment: [{ name: ' ', value: 'a' }] } },
    accepts: { container: { environment: [{ name: 'A', value: 'a' }] } },
  },
  {
    id: 'taskdef/duplicate-volume',
    dataType: 'Volume',
    field: 'name',
    rule: "unique among the task's volumes",
    source: 'ECS API reference, Volume.name and MountPoint.sourceVolume',
    path: 'volume name "data" is also used',
    refuses: { task: { volumes: [{ name: 'data' }, { name: 'data' }] } },
    accepts: { task: { volumes: [{ name: 'data' }, { name: 'cache' }] } },
  },
];

function secret(name: string) {
  return { name, valueFrom: `arn:aws:ssm:eu-west-1:123456789012:parameter/${name.toLowerCase()}` };
}
