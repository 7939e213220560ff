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
import { joinWords, type FileFindings, type Position } from './findings';
import {
  childPath,
  entryOf,
  memberOf,
  stringMemberOf,
  toPlainValue,
  type PositionedObject,
  type PositionedValue,
} from './positioned-value';
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
  return { taskDefinition, removedFields, containers };
}

function removeDescribeOnlyFields(root: PositionedObject, findings: FileFindings): string[] {
  const removed: string[] = [];
  for (const entry of root.entries) {
    if (!DESCRIBE_ONLY_FIELDS.includes(entry.key) || removed.includes(entry.key)) continue;
    removed.push(entry.key);
    findings.warning(
      'taskdef/describe-only-field',
      entry.keyPosition,
      `"${entry.key}" is a field that DescribeTaskDefinition returns and RegisterTaskDefinition rejects ` +
        '(a copy of a registered task definition?); it is left out of the task definition that is written',
      `delete "${entry.key}" from the file`,
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
    `family ${JSON.stringify(family.value)} is not a valid name: ${nameProblem(family.value)}`,
    `use 1–255 letters, digits, "-" and "_", e.g. ${JSON.stringify(suggestName(family.value))}`,
  );
}

function nameProblem(name: string): string {
  if (name.length === 0) return 'it is empty';
  if (name.length > 255) return `it is ${name.length} characters long, over the limit of 255`;
  const invalid = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))].map((character) => JSON.stringify(character));
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
        `${path}.name ${JSON.stringify(nameNode.value)} is not a valid container name: ${nameProblem(nameNode.value)}`,
        `use 1–255 letters, digits, "-" and "_", e.g. ${JSON.stringify(suggestName(nameNode.value))}`,
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
          `${path}.name "${container.name}" is also the name of containerDefinitions[${first.index}]` +
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
      `networkMode is "${networkMode.value}", but requiresCompatibilities includes "FARGATE", which only runs "awsvpc"`,
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
      `add "cpu": one of ${joinWords(cpuChoices.map((value) => `"${value}"`))} (CPU units; 1024 = 1 vCPU)`,
    );
  } else if (cpu === 'unreadable') {
    findings.error(
      'taskdef/fargate-cpu-memory',
      cpuNode.position,
      `cpu ${cpuNode.kind === 'string' ? JSON.stringify(cpuNode.value) : cpuNode.kind} is not a CPU size`,
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
      `memory ${memoryNode.kind === 'string' ? JSON.stringify(memoryNode.value) : memoryNode.kind} is not a memory size`,
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
