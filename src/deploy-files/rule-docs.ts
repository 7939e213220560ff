/**
 * What each task definition rule says about itself: its id, the ECS data type and field it guards, the rule in words,
 * where AWS states it, and two examples — a file it refuses and the nearest file it accepts (a limit's last good
 * value). The rule families declare these beside their checks; the README's tables, `validate --explain` and the
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
