/**
 * Task definition rules beyond the API model: what RegisterTaskDefinition and Fargate reject although every key and
 * type is right (names, sizes, network mode, host ports), and what a console copy-paste brings along.
 */
import { checkAgainstModel, DESCRIBE_ONLY_FIELDS } from './ecs-model';
import {
  describeMemoryOptions,
  FARGATE_CPU_UNITS,
  fargateCpuOptionsFor,
  fargateMemoryOptions,
  parseCpuUnits,
  parseMemoryMiB,
} from './fargate';
import { quote, joinWords, type FileFindings, type Position } from './findings';
import {
  childPath,
  entryOf,
  memberOf,
  stringMemberOf,
  toPlainValue,
  type PositionedObject,
  type PositionedValue,
} from './positioned-value';
import { FIRST_CONTAINER, EC2_TASK, type RuleDoc } from './rule-docs';
import { containerLabel, containersOf, containerPath, type ContainerSummary, type TaskContext } from './task-context';
import { checkFields } from './taskdef-fields';
import { checkLimits } from './taskdef-limits';
import { checkLogging } from './taskdef-logging';
import { checkPlatform } from './taskdef-platform';
import { checkReferences } from './taskdef-references';
import { checkVolumes } from './taskdef-volumes';

/** Family and container names: 1–255 letters, digits, hyphens and underscores. */
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const PRIVATE_ECR_IMAGE = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;

/** What checking a task definition produced besides findings. */
export interface TaskDefinitionCheck {
  /** The task definition as it will be written: plain data without the Describe-only fields. Absent if not an object. */
  readonly taskDefinition?: Record<string, unknown>;
  /** The Describe-only fields that were removed, in file order. */
  readonly removedFields: readonly string[];
  readonly containers: readonly ContainerSummary[];
  /** The network mode as ECS applies it (`bridge` when unset); undefined when not a string. */
  readonly networkMode?: string;
  /** `requiresCompatibilities`' strings, when it is a list. */
  readonly compatibilities?: readonly string[];
}

/**
 * Checks a parsed task definition: the API model, the Describe-only fields (warned about and removed), names,
 * images, container memory, Fargate's network mode and sizes, and awsvpc host ports.
 * @param imagePlaceholder the configured placeholder name, for the fix of an empty image
 */
export function checkTaskDefinition(
  root: PositionedValue,
  findings: FileFindings,
  imagePlaceholder: string,
): TaskDefinitionCheck {
  checkAgainstModel(root, findings, DESCRIBE_ONLY_FIELDS);
  if (root.kind !== 'object') return { removedFields: [], containers: [] };

  const removedFields = removeDescribeOnlyFields(root, findings);
  const containers = containersOf(root);
  checkFamily(root, findings);
  checkContainers(root, containers, findings, imagePlaceholder);
  const fargate = fargateEntry(root);
  if (fargate !== undefined) checkFargate(root, fargate, findings);
  else checkContainerMemory(root, containers, findings);
  if (stringMemberOf(root, 'networkMode') === 'awsvpc') checkAwsvpcHostPorts(containers, findings);
  const networkModeNode = memberOf(root, 'networkMode');
  const networkMode =
    networkModeNode === undefined ? 'bridge' : networkModeNode.kind === 'string' ? networkModeNode.value : undefined;
  const task: TaskContext = {
    root,
    containers,
    findings,
    ...(fargate !== undefined && { fargate }),
    ...(networkMode !== undefined && { networkMode }),
  };
  for (const family of [checkLimits, checkFields, checkReferences, checkPlatform, checkLogging, checkVolumes]) {
    family(task);
  }

  const taskDefinition = toPlainValue(root) as Record<string, unknown>;
  for (const field of removedFields) delete taskDefinition[field];
  const compatibilities = memberOf(root, 'requiresCompatibilities');
  return {
    taskDefinition,
    removedFields,
    containers,
    ...(networkMode !== undefined && { networkMode }),
    ...(compatibilities?.kind === 'array' && {
      compatibilities: compatibilities.items.flatMap((item) => (item.kind === 'string' ? [item.value] : [])),
    }),
  };
}

function removeDescribeOnlyFields(root: PositionedObject, findings: FileFindings): string[] {
  const removed: string[] = [];
  for (const entry of root.entries) {
    if (!DESCRIBE_ONLY_FIELDS.includes(entry.key) || removed.includes(entry.key)) continue;
    removed.push(entry.key);
    findings.warning(
      'taskdef/describe-only-field',
      entry.keyPosition,
      `${quote(entry.key)} is a field that DescribeTaskDefinition returns and RegisterTaskDefinition rejects ` +
        '(a copy of a registered task definition?); it is left out of the task definition that is written',
      `delete ${quote(entry.key)} from the file`,
    );
  }
  return removed;
}

function checkFamily(root: PositionedObject, findings: FileFindings): void {
  const family = memberOf(root, 'family');
  if (family?.kind !== 'string' || ECS_NAME.test(family.value)) return;
  findings.error(
    'taskdef/family-name',
    family.position,
    `family ${quote(family.value)} is not a valid name: ${nameProblem(family.value)}`,
    `use 1–255 letters, digits, "-" and "_", e.g. ${quote(suggestName(family.value))}`,
  );
}

function nameProblem(name: string): string {
  if (name.length === 0) return 'it is empty';
  if (name.length > 255) return `it is ${name.length} characters long, over the limit of 255`;
  const invalid = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))].map((character) => quote(character));
  return `${joinWords(invalid)} ${invalid.length === 1 ? 'is' : 'are'} not allowed`;
}

function suggestName(name: string): string {
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .slice(0, 255);
  return cleaned === '' ? 'my-service' : cleaned;
}

function checkContainers(
  root: PositionedObject,
  containers: readonly ContainerSummary[],
  findings: FileFindings,
  imagePlaceholder: string,
): void {
  const definitions = memberOf(root, 'containerDefinitions');
  if (definitions?.kind === 'array' && definitions.items.length === 0) {
    findings.error(
      'taskdef/no-containers',
      definitions.position,
      'containerDefinitions is empty; a task definition needs at least one container',
      `add the service's container: { "name": "app", "image": "<${imagePlaceholder}>", … }`,
    );
  }
  const firstByName = new Map<string, ContainerSummary>();
  for (const container of containers) {
    const path = childPath('containerDefinitions', container.index);
    const nameNode = memberOf(container.node, 'name');
    if (nameNode === undefined) {
      findings.error(
        'taskdef/container-name',
        container.node.position,
        `${path} has no "name"; ECS requires one and the appspec's ContainerName refers to it`,
        'add "name": "app" (letters, digits, "-" and "_")',
      );
    } else if (nameNode.kind === 'string' && !ECS_NAME.test(nameNode.value)) {
      findings.error(
        'taskdef/container-name',
        nameNode.position,
        `${path}.name ${quote(nameNode.value)} is not a valid container name: ${nameProblem(nameNode.value)}`,
        `use 1–255 letters, digits, "-" and "_", e.g. ${quote(suggestName(nameNode.value))}`,
      );
    }
    if (container.name !== undefined) {
      const first = firstByName.get(container.name);
      if (first === undefined) {
        firstByName.set(container.name, container);
      } else {
        const firstName = memberOf(first.node, 'name');
        findings.error(
          'taskdef/duplicate-container-name',
          nameNode?.position ?? container.node.position,
          `${path}.name ${quote(container.name)} is also the name of containerDefinitions[${first.index}]` +
            (firstName !== undefined ? ` (line ${firstName.position.line})` : ''),
          'give every container its own name',
        );
      }
    }
    checkImage(container, findings, imagePlaceholder);
  }
}

function checkImage(container: ContainerSummary, findings: FileFindings, imagePlaceholder: string): void {
  const imageNode = memberOf(container.node, 'image');
  if (imageNode !== undefined && imageNode.kind !== 'string') return; // a type error, reported by the model walk
  if (imageNode !== undefined && imageNode.value.trim() !== '') return;
  const label = containerLabel(container);
  findings.error(
    'taskdef/empty-image',
    container.imagePosition,
    imageNode === undefined ? `${label} has no "image"` : `${label} has an empty "image"`,
    `set "image": "<${imagePlaceholder}>" for the image this pipeline builds, or a full image URI`,
  );
}

/** The "FARGATE" entry of requiresCompatibilities, if there is one. */
function fargateEntry(root: PositionedObject): PositionedValue | undefined {
  const compatibilities = memberOf(root, 'requiresCompatibilities');
  if (compatibilities?.kind !== 'array') return undefined;
  return compatibilities.items.find((item) => item.kind === 'string' && item.value === 'FARGATE');
}

function checkFargate(root: PositionedObject, fargate: PositionedValue, findings: FileFindings): void {
  const networkMode = memberOf(root, 'networkMode');
  if (networkMode === undefined) {
    findings.error(
      'taskdef/fargate-network-mode',
      fargate.position,
      'requiresCompatibilities includes "FARGATE", which needs "networkMode": "awsvpc"; networkMode is not set ' +
        '(ECS would use "bridge")',
      'add "networkMode": "awsvpc"',
    );
  } else if (networkMode.kind === 'string' && networkMode.value !== 'awsvpc') {
    findings.error(
      'taskdef/fargate-network-mode',
      networkMode.position,
      `networkMode is ${quote(networkMode.value)}, but requiresCompatibilities includes "FARGATE", which only runs "awsvpc"`,
      'set "networkMode": "awsvpc"',
    );
  }

  const cpuNode = memberOf(root, 'cpu');
  const memoryNode = memberOf(root, 'memory');
  const cpu = sizeOf(cpuNode, parseCpuUnits);
  const memory = sizeOf(memoryNode, parseMemoryMiB);
  const cpuChoices = FARGATE_CPU_UNITS.map(String);
  if (cpuNode === undefined) {
    findings.error(
      'taskdef/fargate-cpu-memory',
      fargate.position,
      'requiresCompatibilities includes "FARGATE", which needs a task-level "cpu"',
      `add "cpu": one of ${joinWords(cpuChoices.map((value) => `${quote(value)}`))} (CPU units; 1024 = 1 vCPU)`,
    );
  } else if (cpu === 'unreadable') {
    findings.error(
      'taskdef/fargate-cpu-memory',
      cpuNode.position,
      `cpu ${cpuNode.kind === 'string' ? quote(cpuNode.value) : cpuNode.kind} is not a CPU size`,
      'write CPU units ("1024") or vCPUs ("1 vCPU")',
    );
  } else if (cpu !== undefined && fargateMemoryOptions(cpu) === undefined) {
    findings.error(
      'taskdef/fargate-cpu-memory',
      cpuNode.position,
      `Fargate has no task size with cpu ${cpu}; it offers cpu ${joinWords(cpuChoices)} (CPU units)`,
      'pick one of those cpu values',
    );
  }
  if (memoryNode === undefined) {
    const options = typeof cpu === 'number' ? fargateMemoryOptions(cpu) : undefined;
    findings.error(
      'taskdef/fargate-cpu-memory',
      fargate.position,
      'requiresCompatibilities includes "FARGATE", which needs a task-level "memory"',
      options !== undefined
        ? `add "memory" in MiB; with cpu ${cpu} Fargate offers ${describeMemoryOptions(options)}`
        : 'add "memory" in MiB ("2048") or GB ("2 GB")',
    );
  } else if (memory === 'unreadable') {
    findings.error(
      'taskdef/fargate-cpu-memory',
      memoryNode.position,
      `memory ${memoryNode.kind === 'string' ? quote(memoryNode.value) : memoryNode.kind} is not a memory size`,
      'write MiB ("2048") or GB ("2 GB")',
    );
  } else if (typeof cpu === 'number' && typeof memory === 'number') {
    const options = fargateMemoryOptions(cpu);
    if (options !== undefined && !options.includes(memory)) {
      const cpusForMemory = fargateCpuOptionsFor(memory);
      findings.error(
        'taskdef/fargate-cpu-memory',
        memoryNode.position,
        `Fargate has no task size with cpu ${cpu} and memory ${memory} MiB; with cpu ${cpu} the memory is ` +
          `${describeMemoryOptions(options)} MiB`,
        cpusForMemory.length > 0
          ? `set memory to one of those, or cpu to ${joinWords(cpusForMemory.map(String))} for ${memory} MiB`
          : 'set memory to one of those',
      );
    }
  }
}

/** A parsed size, undefined when absent or of the wrong type (the model walk reports that), or 'unreadable'. */
function sizeOf(
  node: PositionedValue | undefined,
  parse: (value: string | number) => number | undefined,
): number | 'unreadable' | undefined {
  if (node === undefined || (node.kind !== 'string' && node.kind !== 'number')) return undefined;
  return parse(node.value) ?? 'unreadable';
}

/** Without task-level memory (EC2), ECS requires every container to say how much memory it needs. */
function checkContainerMemory(
  root: PositionedObject,
  containers: readonly ContainerSummary[],
  findings: FileFindings,
): void {
  if (entryOf(root, 'memory') !== undefined) return;
  for (const container of containers) {
    if (
      memberOf(container.node, 'memory') !== undefined ||
      memberOf(container.node, 'memoryReservation') !== undefined
    ) {
      continue;
    }
    findings.error(
      'taskdef/container-memory',
      container.node.position,
      `${containerLabel(container)} sets neither "memory" nor "memoryReservation", and the task sets no "memory"; ` +
        'RegisterTaskDefinition rejects that',
      'set a task-level "memory", or the container\'s "memoryReservation" (MiB)',
    );
  }
}

function checkAwsvpcHostPorts(containers: readonly ContainerSummary[], findings: FileFindings): void {
  for (const container of containers) {
    const mappings = memberOf(container.node, 'portMappings');
    if (mappings?.kind !== 'array') continue;
    mappings.items.forEach((mapping, index) => {
      const hostPort = memberOf(mapping, 'hostPort');
      const containerPort = memberOf(mapping, 'containerPort');
      if (hostPort?.kind !== 'number' || containerPort?.kind !== 'number') return;
      if (hostPort.value === containerPort.value) return;
      const path = childPath(childPath(childPath('containerDefinitions', container.index), 'portMappings'), index);
      findings.error(
        'taskdef/awsvpc-host-port',
        hostPort.position,
        `${path}.hostPort is ${hostPort.value} but containerPort is ${containerPort.value}; with networkMode ` +
          '"awsvpc" the host port must be left out or equal the container port',
        `remove "hostPort" or set it to ${containerPort.value}`,
      );
    });
  }
}

/**
 * `taskdef/execution-role`: what ECS can only do with the task execution role. Secrets (container secrets, log
 * secretOptions) and private registry credentials always need it (ECS Developer Guide, "Amazon ECS task execution IAM
 * role": required for those), and so do a private ECR image and awslogs on Fargate, where there is no instance role:
 * errors. On EC2 the container instance role can pull from ECR and write logs, so there it is a warning. One finding
 * per reason, at its first occurrence. `taskdef/credentials-parameter`: an empty repositoryCredentials secret.
 * @param imageContainers names of the containers that will run the image this tool pushes to ECR
 */
export function checkExecutionRole(
  root: PositionedValue,
  containers: readonly ContainerSummary[],
  imageContainers: readonly string[],
  findings: FileFindings,
): void {
  if (root.kind !== 'object') return;
  for (const container of containers) {
    const parameter = memberOf(memberOf(container.node, 'repositoryCredentials'), 'credentialsParameter');
    if (parameter?.kind !== 'string' || parameter.value.trim() !== '') continue;
    findings.error(
      'taskdef/credentials-parameter',
      parameter.position,
      `${containerPath(container, 'repositoryCredentials', 'credentialsParameter')} is empty; it is the ARN of the Secrets ` +
        'Manager secret that holds the registry credentials (ECS API reference, RepositoryCredentials)',
      "write the secret's ARN, or remove repositoryCredentials for an image ECS can pull without them",
    );
  }
  if (entryOf(root, 'executionRoleArn') !== undefined) return;
  const fargate = fargateEntry(root) !== undefined;
  const reasons: { position: Position; reason: string; required: boolean }[] = [];
  const firstWith = (
    required: boolean,
    test: (container: ContainerSummary) => Position | undefined,
    reason: (label: string) => string,
  ) => {
    for (const container of containers) {
      const position = test(container);
      if (position !== undefined) {
        reasons.push({ position, reason: reason(containerLabel(container)), required });
        return;
      }
    }
  };
  firstWith(
    fargate,
    (container) =>
      (container.name !== undefined && imageContainers.includes(container.name)) ||
      (container.image !== undefined && PRIVATE_ECR_IMAGE.test(container.image))
        ? container.imagePosition
        : undefined,
    (label) => `${label} pulls its image from a private ECR repository`,
  );
  firstWith(
    fargate,
    (container) => {
      const logDriver = memberOf(memberOf(container.node, 'logConfiguration'), 'logDriver');
      return logDriver?.kind === 'string' && logDriver.value === 'awslogs' ? logDriver.position : undefined;
    },
    (label) => `${label} sends its logs with the awslogs driver`,
  );
  firstWith(
    true,
    (container) => {
      const secrets = [
        memberOf(container.node, 'secrets'),
        memberOf(memberOf(container.node, 'logConfiguration'), 'secretOptions'),
        memberOf(container.node, 'repositoryCredentials'),
      ].find((node) => node !== undefined && !(node.kind === 'array' && node.items.length === 0));
      return secrets?.position;
    },
    (label) => `${label} reads secrets (Secrets Manager or SSM Parameter Store, or registry credentials)`,
  );
  for (const { position, reason, required } of reasons) {
    findings.add(
      required ? 'error' : 'warning',
      'taskdef/execution-role',
      position,
      `${reason}, which needs a task execution role, and the task definition has no "executionRoleArn"` +
        (required
          ? ` (ECS Developer Guide, task execution IAM role${fargate ? '; on Fargate there is no instance role to fall back on' : ''})`
          : '; on EC2 the container instance role may do it, if it has the permissions'),
      'add "executionRoleArn": "arn:aws:iam::<account>:role/ecsTaskExecutionRole" (a role with the ' +
        'AmazonECSTaskExecutionRolePolicy managed policy)',
    );
  }
}

const C0 = FIRST_CONTAINER;
const MODEL = 'the ECS API model (@aws-sdk/client-ecs), RegisterTaskDefinition';

/** The rules of this file and of the model walk (ecs-model.ts), with their sources and examples. */
export const TASK_DEFINITION_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/unknown-key',
    dataType: 'RegisterTaskDefinition',
    field: '(every key, nested ones too)',
    rule: 'a member of its data type in the model, with "did you mean" for a typo',
    source: MODEL,
    path: `"portMapping" in ${C0}`,
    refuses: { container: { portMapping: [{ containerPort: 80 }] } },
    accepts: { container: { portMappings: [{ containerPort: 80 }] } },
  },
  {
    id: 'taskdef/value-type',
    dataType: 'RegisterTaskDefinition',
    field: '(every value)',
    rule: 'the type the model gives it (cpu and memory are strings at the task level, numbers in a container)',
    source: MODEL,
    path: `${C0}.portMappings[0].containerPort`,
    refuses: { container: { portMappings: [{ containerPort: '80' }] } },
    accepts: { container: { portMappings: [{ containerPort: 80 }] } },
  },
  {
    id: 'taskdef/enum-value',
    dataType: 'RegisterTaskDefinition',
    field: '(every enumeration)',
    rule: 'one of the values the model lists',
    source: MODEL,
    path: 'networkMode',
    refuses: { task: { networkMode: 'AWSVPC' } },
    accepts: { task: { networkMode: 'awsvpc' } },
  },
  {
    id: 'taskdef/missing-required',
    dataType: 'RegisterTaskDefinition',
    field: '(required members)',
    rule: 'present: family and containerDefinitions, and the required members of each data type',
    source: MODEL,
    path: `${C0}.healthCheck`,
    refuses: { container: { healthCheck: { interval: 30 } } },
    accepts: { container: { healthCheck: { command: ['CMD-SHELL', 'true'], interval: 30 } } },
  },
  {
    id: 'taskdef/describe-only-field',
    dataType: 'RegisterTaskDefinition',
    field: DESCRIBE_ONLY_FIELDS.join(', '),
    rule: 'left out: only DescribeTaskDefinition returns them (removed from the written file)',
    source: 'the ECS API model: TaskDefinition members that RegisterTaskDefinition does not take',
    path: '"revision" is a field',
    severity: 'warning',
    refuses: { task: { revision: 3 } },
    accepts: {},
  },
  {
    id: 'taskdef/family-name',
    dataType: 'RegisterTaskDefinition',
    field: 'family',
    rule: 'up to 255 letters, digits, "_" and "-"',
    source: 'ECS API reference, RegisterTaskDefinition.family',
    path: 'family',
    refuses: { task: { family: 'f'.repeat(256) } },
    accepts: { task: { family: 'f'.repeat(255) } },
  },
  {
    id: 'taskdef/container-name',
    dataType: 'ContainerDefinition',
    field: 'name',
    rule: 'present; up to 255 letters, digits, "_" and "-"',
    source: 'ECS API reference, ContainerDefinition.name',
    path: `${C0}.name`,
    refuses: { container: { name: 'web app' } },
    accepts: { container: { name: 'web-app' } },
  },
  {
    id: 'taskdef/duplicate-container-name',
    dataType: 'ContainerDefinition',
    field: 'name (unique)',
    rule: 'unique in the task definition',
    source: 'ECS API reference, ContainerDefinition.name (links and dependsOn name containers)',
    path: 'containerDefinitions[1].name',
    refuses: { more: [{ name: 'web', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: false }] },
    accepts: { more: [{ name: 'web-2', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: false }] },
  },
  {
    id: 'taskdef/no-containers',
    dataType: 'RegisterTaskDefinition',
    field: 'containerDefinitions (empty)',
    rule: 'at least one container',
    source: 'ECS API reference, RegisterTaskDefinition.containerDefinitions (required)',
    path: 'containerDefinitions is empty',
    refuses: { text: '{"family": "web-app", "containerDefinitions": []}\n' },
    accepts: {},
  },
  {
    id: 'taskdef/empty-image',
    dataType: 'ContainerDefinition',
    field: 'image',
    rule: 'present and not empty',
    source: 'ECS API reference, ContainerDefinition.image',
    path: `${C0} ("web") has an empty "image"`,
    refuses: { container: { image: '' } },
    accepts: { container: { image: '<IMAGE1_NAME>' } },
  },
  {
    id: 'taskdef/fargate-network-mode',
    dataType: 'RegisterTaskDefinition',
    field: 'networkMode + requiresCompatibilities',
    rule: '"awsvpc" on Fargate',
    source: 'ECS API reference, RegisterTaskDefinition.networkMode',
    path: 'networkMode is "bridge"',
    refuses: { task: { networkMode: 'bridge' } },
    accepts: { task: { networkMode: 'awsvpc' } },
  },
  {
    id: 'taskdef/fargate-cpu-memory',
    dataType: 'RegisterTaskDefinition',
    field: 'cpu + memory',
    rule: 'on Fargate both present, as one of the task sizes Fargate offers',
    source: 'ECS API reference, RegisterTaskDefinition.memory',
    path: 'cpu 512 and memory 5120',
    refuses: { task: { cpu: '512', memory: '5120' } },
    accepts: { task: { cpu: '512', memory: '4096' } },
  },
  {
    id: 'taskdef/container-memory',
    dataType: 'ContainerDefinition',
    field: 'memory, memoryReservation',
    rule: 'one of them in every container when the task sets no memory (EC2)',
    source: 'ECS API reference, ContainerDefinition.memory',
    path: `${C0} ("web") sets neither`,
    refuses: { task: EC2_TASK },
    accepts: { task: EC2_TASK, container: { memoryReservation: 256 } },
  },
  {
    id: 'taskdef/awsvpc-host-port',
    dataType: 'PortMapping',
    field: 'hostPort + networkMode',
    rule: 'left out or equal to containerPort under "awsvpc"',
    source: 'ECS API reference, PortMapping.hostPort',
    path: `${C0}.portMappings[0].hostPort`,
    refuses: { container: { portMappings: [{ containerPort: 80, hostPort: 8080 }] } },
    accepts: { container: { portMappings: [{ containerPort: 80, hostPort: 80 }] } },
  },
  {
    id: 'taskdef/execution-role',
    dataType: 'RegisterTaskDefinition',
    field: 'executionRoleArn',
    rule: 'present for secrets and registry credentials, and on Fargate for private ECR images and awslogs (a warning on EC2)',
    source: 'ECS Developer Guide, task execution IAM role',
    path: `${C0} ("web") sends its logs with the awslogs driver`,
    refuses: { task: { executionRoleArn: undefined } },
    accepts: {},
  },
  {
    id: 'taskdef/credentials-parameter',
    dataType: 'RepositoryCredentials',
    field: 'credentialsParameter',
    rule: 'not empty: the secret that holds the registry credentials',
    source: 'ECS API reference, RepositoryCredentials',
    path: `${C0}.repositoryCredentials.credentialsParameter`,
    refuses: { container: { repositoryCredentials: { credentialsParameter: '' } } },
    accepts: {
      container: {
        repositoryCredentials: {
          credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry',
        },
      },
    },
  },
];
