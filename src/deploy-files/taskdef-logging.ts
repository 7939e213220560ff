/**
 * Log configuration: the awslogs driver's options (ECS Developer Guide, "Using the awslogs log driver"), FireLens
 * (a task that routes logs through awsfirelens needs a log router container), and secretOptions.
 */
import { closestMatch } from '../suggest';
import { joinWords, quote } from './findings';
import { FIRST_CONTAINER, type RuleDoc } from './rule-docs';
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
/**
 * awslogs-create-group: ECS refuses any other value ("awslogs-create-group should only be set to 'true', else omit
 * option", reported from RegisterTaskDefinition), although Docker's driver would read "false" or "1".
 */
const CREATE_GROUP = ['true'];
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
        missing.map((key) => `${quote(key)}`),
        'and',
      )} in its ` +
        `options (${AWSLOGS_SOURCE}: required${task.fargate !== undefined ? '; the stream prefix is required on Fargate' : ''})`,
      `add ${missing.map((key) => `${quote(key)}: ${key === 'awslogs-group' ? '"/ecs/<service>"' : key === 'awslogs-region' ? '"<region>"' : '"<service>"'}`).join(', ')} to logConfiguration.options`,
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
        `${quote(entry.key)} is not an awslogs option${closest !== undefined ? `; did you mean ${quote(closest)}?` : ''} (${AWSLOGS_SOURCE}); ` +
          'ECS passes options to Docker unchecked, and Docker refuses to start a container with an unknown log option',
        closest !== undefined ? `rename it to ${quote(closest)}` : 'remove it',
      );
      continue;
    }
    if (value === undefined) continue;
    const createGroup = entry.key === 'awslogs-create-group';
    const allowed = createGroup ? CREATE_GROUP : entry.key === 'mode' ? MODES : undefined;
    if (allowed !== undefined && !allowed.includes(value)) {
      task.findings.error(
        'taskdef/awslogs-options',
        entry.value.position,
        `${path(entry.key)} is ${quote(value)}; it takes ${joinWords(allowed.map((word) => `"${word}"`))} (` +
          (createGroup ? `ECS refuses others: "should only be set to 'true', else omit option"` : AWSLOGS_SOURCE) +
          ')',
        createGroup
          ? 'write "awslogs-create-group": "true", or remove the option to use an existing log group'
          : `write "${entry.key}": "${allowed.find((word) => word === value.toLowerCase()) ?? allowed[0]}"`,
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

const C0 = FIRST_CONTAINER;
const awslogs = (options: Record<string, string>) => ({
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web', ...options },
  },
});

/** The rules of this file, with their sources and examples. */
export const LOGGING_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/awslogs-options',
    dataType: 'LogConfiguration',
    field: 'options (awslogs)',
    rule: 'awslogs-group and awslogs-region, and awslogs-stream-prefix on Fargate; mode "blocking" or "non-blocking"',
    source: `${AWSLOGS_SOURCE}; ECS API reference, LogConfiguration.options`,
    path: `${C0} ("web") logs with awslogs without "awslogs-stream-prefix"`,
    refuses: {
      container: {
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1' },
        },
      },
    },
    accepts: { container: awslogs({ mode: 'non-blocking', 'max-buffer-size': '25m' }) },
  },
  {
    id: 'taskdef/awslogs-options',
    dataType: 'LogConfiguration',
    field: 'options.awslogs-create-group',
    rule: '"true" or left out',
    source: "ECS's error (reports only): \"should only be set to 'true', else omit option\"",
    path: `${C0}.logConfiguration.options["awslogs-create-group"]`,
    refuses: { container: awslogs({ 'awslogs-create-group': 'false' }) },
    accepts: { container: awslogs({ 'awslogs-create-group': 'true' }) },
  },
  {
    id: 'taskdef/awslogs-options',
    dataType: 'LogConfiguration',
    field: 'options (names)',
    rule: 'an awslogs option name (warning: Docker refuses unknown ones when the container starts)',
    source: AWSLOGS_SOURCE,
    path: '"awslogs-stream-prefx" is not an awslogs option',
    severity: 'warning',
    refuses: {
      container: {
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': '/ecs/web',
            'awslogs-region': 'eu-west-1',
            'awslogs-stream-prefix': 'web',
            'awslogs-stream-prefx': 'web',
          },
        },
      },
    },
    accepts: { container: awslogs({ 'awslogs-datetime-format': '%Y-%m-%d' }) },
  },
  {
    id: 'taskdef/firelens',
    dataType: 'FirelensConfiguration',
    field: '(the log router)',
    rule: 'one container with a firelensConfiguration when any logs with "awsfirelens", and only one',
    source: 'ECS Developer Guide, custom log routing with FireLens',
    path: `${C0} ("web") logs with "awsfirelens"`,
    refuses: { container: { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } } },
    accepts: {
      container: { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } },
      more: [
        {
          name: 'log-router',
          image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
          essential: false,
          firelensConfiguration: { type: 'fluentbit' },
        },
      ],
    },
  },
  {
    id: 'taskdef/secret-options',
    dataType: 'Secret',
    field: 'name, valueFrom (logConfiguration.secretOptions)',
    rule: 'not empty',
    source: 'ECS API reference, Secret',
    path: `${C0}.logConfiguration.secretOptions[0].valueFrom`,
    refuses: {
      container: {
        logConfiguration: {
          logDriver: 'splunk',
          options: { 'splunk-url': 'https://splunk:8088' },
          secretOptions: [{ name: 'splunk-token', valueFrom: '' }],
        },
      },
    },
    accepts: {
      container: {
        logConfiguration: {
          logDriver: 'splunk',
          options: { 'splunk-url': 'https://splunk:8088' },
          secretOptions: [{ name: 'splunk-token', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/splunk' }],
        },
      },
    },
  },
];
