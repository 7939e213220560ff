/**
 * What each task definition and service definition rule says about itself: its id, the ECS data type and field it
 * guards, the rule in words, where AWS states it, and two examples — a file it refuses and the nearest file it accepts
 * (a limit's last good value). The rule families declare these beside their checks; the README's tables, `validate --explain` and the
 * unit tables are all made from them, so the code, the documentation and the tests cannot drift apart.
 */

/** A JSON value as the examples write it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Members to set on an object; `undefined` removes the member. */
export type Members = { readonly [key: string]: JsonValue | undefined };

/**
 * A task definition made from {@link EXAMPLE_TASK_DEFINITION} by setting members (shallowly: a member given replaces
 * the whole value), or a whole text for what JSON data cannot show (a syntax error).
 */
export interface Example {
  /** Members set on the task definition. */
  readonly task?: Members;
  /** Members set on its first container ("web"). */
  readonly container?: Members;
  /** Containers added after the first. */
  readonly more?: readonly Members[];
  /** The file's whole text instead. */
  readonly text?: string;
  /**
   * Members set on {@link EXAMPLE_SERVICE_DEFINITION}: a service rule's example is that service definition, checked
   * beside the task definition the members above make.
   */
  readonly service?: Members;
  /** The service definition's whole text instead. */
  readonly serviceText?: string;
  /** `codedeploy` checks the service with {@link EXAMPLE_APPSPEC} beside it; the service examples default to `ecs`. */
  readonly deployTarget?: 'codedeploy';
}

/** One rule of one field. A rule id may have several (one per field it guards). */
export interface RuleDoc {
  /** The finding's rule id: `taskdef/health-check`. */
  readonly id: string;
  /** The ECS API data type: `HealthCheck`, `ContainerDefinition`, `RegisterTaskDefinition`. */
  readonly dataType: string;
  /** The field of that type, or a few joined by `+` for a rule between fields. */
  readonly field: string;
  /** The rule in words, with its numbers. */
  readonly rule: string;
  /** Where AWS states it; "reports only" where it does not, and the rule is then a warning. */
  readonly source: string;
  /** The path the refused example's finding names: `containerDefinitions[0].healthCheck.timeout`. */
  readonly path: string;
  /** A file the rule refuses (for a limit, its first bad value). */
  readonly refuses: Example;
  /** The nearest file it accepts (for a limit, its last good value); no finding at all. */
  readonly accepts: Example;
  readonly severity?: 'error' | 'warning';
}

/**
 * The task definition every example starts from: a Fargate service container that passes every rule, with the
 * placeholder `<IMAGE1_NAME>`.
 */
export const EXAMPLE_TASK_DEFINITION = {
  family: 'web-app',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'web',
      image: '<IMAGE1_NAME>',
      essential: true,
      portMappings: [{ containerPort: 80, protocol: 'tcp' }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web' },
      },
    },
  ],
} as const;

/**
 * The service every service rule's example starts from: ECS blue/green with an ALB test listener rule and a Lambda
 * hook, in front of {@link EXAMPLE_TASK_DEFINITION}'s container "web" on port 80, passing every rule.
 */
export const EXAMPLE_SERVICE_DEFINITION = {
  cluster: 'prod',
  serviceName: 'web',
  taskDefinition: 'web-app',
  desiredCount: 2,
  launchType: 'FARGATE',
  deploymentController: { type: 'ECS' },
  deploymentConfiguration: {
    strategy: 'BLUE_GREEN',
    bakeTimeInMinutes: 5,
    lifecycleHooks: [
      {
        hookTargetArn: 'arn:aws:lambda:eu-west-1:123456789012:function:web-smoke-test',
        roleArn: 'arn:aws:iam::123456789012:role/ecs-hooks',
        lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
      },
    ],
  },
  loadBalancers: [
    {
      targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-blue/0123456789abcdef',
      containerName: 'web',
      containerPort: 80,
      advancedConfiguration: {
        alternateTargetGroupArn:
          'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-green/fedcba9876543210',
        productionListenerRule:
          'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee',
        testListenerRule:
          'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/1a2b3c4d5e6f7a8b/0f1e2d3c4b5a6978',
        roleArn: 'arn:aws:iam::123456789012:role/ecs-infrastructure-load-balancers',
      },
    },
  ],
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'] } },
} as const;

/** The appspec beside a `codedeploy` service example: the example task definition's container "web" on port 80. */
export const EXAMPLE_APPSPEC = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: web
          ContainerPort: 80
`;

/** The path of the examples' first container, as findings name it. */
export const FIRST_CONTAINER = 'containerDefinitions[0]';

/** Task members that turn the example into an EC2 task without task-level sizes (its containers then need memory). */
export const EC2_TASK: Members = { requiresCompatibilities: ['EC2'], memory: undefined, cpu: undefined };

/** The example's task definition as the 2-space JSON text of a file. */
export function exampleText(example: Example): string {
  if (example.text !== undefined) return example.text;
  const base = structuredClone(EXAMPLE_TASK_DEFINITION) as unknown as Record<string, unknown>;
  const task = apply(base, example.task);
  const [first, ...rest] = task['containerDefinitions'] as Record<string, unknown>[];
  task['containerDefinitions'] = [
    apply(first ?? {}, example.container),
    ...rest,
    ...(example.more ?? []).map((members) => apply({}, members)),
  ];
  return `${JSON.stringify(task, null, 2)}\n`;
}

/** Whether an example is a service definition's (then {@link exampleFiles} gives the service file too). */
export function isServiceExample(example: Example): boolean {
  return example.service !== undefined || example.serviceText !== undefined;
}

/** A file of an example, named as `validate` would be given it. */
interface ExampleFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The files an example is checked as: the task definition, and for a service example the service definition (with
 * the appspec under `codedeploy`) — what `validate` takes, so the rule tests and `--explain` check the same thing.
 */
export function exampleFiles(example: Example): {
  readonly taskdef: ExampleFile;
  readonly serviceDefinition?: ExampleFile;
  readonly appspec?: ExampleFile;
  readonly deployTarget?: 'codedeploy' | 'ecs';
  readonly imagePlaceholder: string;
} {
  const taskdef = { path: 'taskdef.json', text: exampleText(example) };
  if (!isServiceExample(example)) return { taskdef, imagePlaceholder: 'IMAGE1_NAME' };
  const service = apply(structuredClone(EXAMPLE_SERVICE_DEFINITION), example.service);
  const serviceDefinition = {
    path: 'service.json',
    text: example.serviceText ?? `${JSON.stringify(service, null, 2)}\n`,
  };
  return {
    taskdef,
    serviceDefinition,
    ...(example.deployTarget === 'codedeploy'
      ? { deployTarget: 'codedeploy', appspec: { path: 'appspec.yaml', text: EXAMPLE_APPSPEC } }
      : { deployTarget: 'ecs' }),
    imagePlaceholder: 'IMAGE1_NAME',
  };
}

function apply(target: Record<string, unknown>, members: Members | undefined): Record<string, unknown> {
  for (const [key, value] of Object.entries(members ?? {})) {
    if (value === undefined) delete target[key];
    else target[key] = structuredClone(value);
  }
  return target;
}

/** `${n} containers like the example's sidecar`, for the examples of counts. */
export function sidecars(count: number, extra: Members = {}): Members[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `sidecar-${index + 1}`,
    image: 'public.ecr.aws/docker/library/busybox:1.36',
    essential: false,
    ...extra,
  }));
}
