/**
 * Log configuration: the awslogs driver's options (ECS Developer Guide, "Using the awslogs log driver"), FireLens
 * (a task that routes logs through awsfirelens needs a log router container), and secretOptions.
 */
import { closestMatch } from '../suggest';
import { joinWords } from './findings';
import { entryOf, memberOf, stringMemberOf } from './positioned-value';
import { containerLabel, containerPath, itemsOf, type ContainerSummary, type TaskContext } from './task-context';

const AWSLOGS_SOURCE = 'ECS Developer Guide, awslogs log driver options';
const AWSLOGS_OPTIONS = [
  'awslogs-group',
  'awslogs-region',
  'awslogs-stream-prefix',
  'awslogs-create-group',
  'awslogs-datetime-format',
  'awslogs-multiline-pattern',
  'mode',
  'max-buffer-size',
  'awslogs-endpoint',
  'awslogs-credentials-endpoint',
  'awslogs-format',
  'awslogs-create-stream',
  'awslogs-stream',
  'awslogs-force-flush-interval-seconds',
  'awslogs-max-buffered-events',
  'tag',
];
const BOOLEAN_TEXT = ['true', 'false'];
/** What Docker's awslogs driver reads as a boolean (Go's strconv.ParseBool): accepted, though AWS documents true/false. */
const DOCKER_BOOLEANS = ['1', 't', 'T', 'TRUE', 'True', '0', 'f', 'F', 'FALSE', 'False', ...BOOLEAN_TEXT];
const MODES = ['blocking', 'non-blocking'];

/** Runs the log configuration rules over a task definition. */
export function checkLogging(task: TaskContext): void {
  const routers = task.containers.filter(
    (container) => memberOf(container.node, 'firelensConfiguration') !== undefined,
  );
  for (const container of task.containers) {
    const configuration = memberOf(container.node, 'logConfiguration');
    const driver = stringMemberOf(configuration, 'logDriver');
    if (driver === 'awslogs') checkAwslogs(task, container);
    const driverNode = memberOf(configuration, 'logDriver');
    if (driver === 'awsfirelens' && routers.length === 0 && driverNode !== undefined) {
      task.findings.error(
        'taskdef/firelens',
        driverNode.position,
        `${containerLabel(container)} logs with "awsfirelens", but no container of the task has a firelensConfiguration; ` +
          'ECS needs the log router container (ECS Developer Guide, custom log routing with FireLens)',
        'add a log router container with "firelensConfiguration": {"type": "fluentbit"} (the AWS for Fluent Bit image)',
      );
    }
    itemsOf(configuration, 'secretOptions').forEach((option, index) => {
      for (const key of ['name', 'valueFrom']) {
        const node = memberOf(option, key);
        if (node?.kind !== 'string' || node.value.trim() !== '') continue;
        task.findings.error(
          'taskdef/secret-options',
          node.position,
          `${containerPath(container, 'logConfiguration', 'secretOptions', index, key)} is empty; a secret option has a ` +
            'name and the ARN (or SSM parameter name) it comes from (ECS API reference, Secret)',
          key === 'name' ? 'write the log driver option it sets' : 'write the Secrets Manager ARN or the SSM parameter',
        );
      }
    });
  }
  const [, secondRouter] = routers;
  if (secondRouter !== undefined) {
    const node = memberOf(secondRouter.node, 'firelensConfiguration') ?? secondRouter.node;
    task.findings.error(
      'taskdef/firelens',
      node.position,
      `${containerLabel(secondRouter)} has a firelensConfiguration, and so does ${containerLabel(routers[0] as ContainerSummary)}; ` +
        'a task has one log router (ECS Developer Guide, FireLens)',
      'keep the firelensConfiguration on one container',
    );
  }
}

function checkAwslogs(task: TaskContext, container: ContainerSummary): void {
  const configuration = memberOf(container.node, 'logConfiguration');
  const options = memberOf(configuration, 'options');
  const path = (key: string) => containerPath(container, 'logConfiguration', 'options', key);
  const at = options ?? memberOf(configuration, 'logDriver') ?? container.node;
  const required = [
    'awslogs-group',
    'awslogs-region',
    ...(task.fargate !== undefined ? ['awslogs-stream-prefix'] : []),
  ];
  const missing = required.filter((key) => options?.kind !== 'object' || entryOf(options, key) === undefined);
  if (missing.length > 0 && (options === undefined || options.kind === 'object')) {
    task.findings.error(
      'taskdef/awslogs-options',
      at.position,
      `${containerLabel(container)} logs with awslogs without ${joinWords(
        missing.map((key) => `"${key}"`),
        'and',
      )} in its ` +
        `options (${AWSLOGS_SOURCE}: required${task.fargate !== undefined ? '; the stream prefix is required on Fargate' : ''})`,
      `add ${missing.map((key) => `"${key}": ${key === 'awslogs-group' ? '"/ecs/<service>"' : key === 'awslogs-region' ? '"<region>"' : '"<service>"'}`).join(', ')} to logConfiguration.options`,
    );
  }
  if (options?.kind !== 'object') return;
  for (const entry of options.entries) {
    const value = entry.value.kind === 'string' ? entry.value.value : undefined;
    if (!AWSLOGS_OPTIONS.includes(entry.key)) {
      const closest = closestMatch(entry.key, AWSLOGS_OPTIONS);
      task.findings.warning(
        'taskdef/awslogs-options',
        entry.keyPosition,
        `"${entry.key}" is not an awslogs option${closest !== undefined ? `; did you mean "${closest}"?` : ''} (${AWSLOGS_SOURCE}); ` +
          'ECS passes options to Docker unchecked, and Docker refuses to start a container with an unknown log option',
        closest !== undefined ? `rename it to "${closest}"` : 'remove it',
      );
      continue;
    }
    if (value === undefined) continue;
    const allowed = entry.key === 'awslogs-create-group' ? BOOLEAN_TEXT : entry.key === 'mode' ? MODES : undefined;
    const accepted = entry.key === 'awslogs-create-group' ? DOCKER_BOOLEANS : allowed;
    if (allowed !== undefined && !accepted?.includes(value)) {
      task.findings.error(
        'taskdef/awslogs-options',
        entry.value.position,
        `${path(entry.key)} is ${JSON.stringify(value)}; it takes ${joinWords(allowed.map((word) => `"${word}"`))} (${AWSLOGS_SOURCE})`,
        `write "${entry.key}": "${allowed.find((word) => word === value.toLowerCase()) ?? allowed[0]}"`,
      );
    }
    if (entry.key === 'max-buffer-size' && stringMemberOf(options, 'mode') !== 'non-blocking') {
      task.findings.warning(
        'taskdef/awslogs-options',
        entry.keyPosition,
        `${path('max-buffer-size')} only applies with "mode": "non-blocking" (${AWSLOGS_SOURCE})`,
        'add "mode": "non-blocking", or remove max-buffer-size',
      );
    }
  }
  if (
    entryOf(options, 'awslogs-datetime-format') !== undefined &&
    entryOf(options, 'awslogs-multiline-pattern') !== undefined
  ) {
    task.findings.warning(
      'taskdef/awslogs-options',
      (entryOf(options, 'awslogs-multiline-pattern') ?? options.entries[0])?.keyPosition ?? options.position,
      `${containerLabel(container)} sets both awslogs-datetime-format and awslogs-multiline-pattern; the multiline ` +
        `pattern is ignored when a datetime format is set (${AWSLOGS_SOURCE})`,
      'keep one of the two',
    );
  }
}
