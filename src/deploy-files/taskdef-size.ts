/**
 * The task definition's size as ECS measures it. RegisterTaskDefinition refuses one over 64 KiB ("Actual length:
 * '66420'. Max allowed length is '65536' bytes.", quoted in awsdocs/amazon-ecs-developer-guide#149, which set the
 * service quotas page's "Task definition size: 64 KiB"). What ECS counts is the request it receives: the SDKs and the
 * AWS CLI send the task definition as compact JSON, so the file's own indentation does not count, while the image
 * URIs CodeDeploy puts in place of the placeholders do. So the size is measured on the task definition as it will be
 * registered: the Describe-only fields removed, compact, UTF-8, every `<PLACEHOLDER>` replaced by an image URI as
 * long as an ECR digest URI with a 64-character repository name — what a pushed image's URI usually is at most.
 */
import type { FileFindings, Position } from './findings';
import { exampleText, type Members, type RuleDoc } from './rule-docs';

/** The service quotas page's "Task definition size", the number in ECS's error. */
export const TASK_DEFINITION_MAX_BYTES = 65_536;

const PLACEHOLDER = /<[A-Za-z0-9_.-]+>/g;
/** What a placeholder becomes: an ECR digest URI (account, a long region name, a 64-character repository). */
const IMAGE_STAND_IN = `123456789012.dkr.ecr.ap-southeast-2.amazonaws.com/${'r'.repeat(64)}@sha256:${'0'.repeat(64)}`;

/** The bytes of the RegisterTaskDefinition request for this task definition, placeholders substituted. */
export function registeredSize(taskDefinition: Readonly<Record<string, unknown>>): number {
  const containers = taskDefinition['containerDefinitions'];
  const substituted = Array.isArray(containers)
    ? {
        ...taskDefinition,
        containerDefinitions: containers.map((container: unknown) =>
          typeof container === 'object' && container !== null && 'image' in container
            ? { ...container, image: String(container.image).replace(PLACEHOLDER, IMAGE_STAND_IN) }
            : container,
        ),
      }
    : taskDefinition;
  return Buffer.byteLength(JSON.stringify(substituted), 'utf8');
}

/**
 * `taskdef/size`: the task definition, as registered, over 64 KiB.
 * @param taskDefinition the task definition as it will be written (Describe-only fields removed)
 * @param at where to report it: the start of the file
 */
export function checkTaskDefinitionSize(
  taskDefinition: Readonly<Record<string, unknown>>,
  findings: FileFindings,
  at: Position,
): void {
  const bytes = registeredSize(taskDefinition);
  if (bytes <= TASK_DEFINITION_MAX_BYTES) return;
  findings.error(
    'taskdef/size',
    at,
    `the task definition is ${bytes} bytes as ECS measures it (the RegisterTaskDefinition request: compact JSON, ` +
      `the image URIs in place of the placeholders); ECS refuses more than ${TASK_DEFINITION_MAX_BYTES} bytes ` +
      `("Max allowed length is '${TASK_DEFINITION_MAX_BYTES}' bytes", ECS service quotas: task definition size)`,
    `remove ${bytes - TASK_DEFINITION_MAX_BYTES} bytes or more: move long environment values into environmentFiles ` +
      'or secrets, drop unused containers and options',
  );
}

/** The example container's environment, padded so that the example task definition is `bytes` long as registered. */
function paddedTo(bytes: number): Members {
  const environment = (value: string) => ({ environment: [{ name: 'PADDING', value }] });
  const bare = JSON.parse(exampleText({ container: environment('') })) as Record<string, unknown>;
  return environment('x'.repeat(bytes - registeredSize(bare)));
}

/** The rules of this file, with their source and examples. */
export const SIZE_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/size',
    dataType: 'RegisterTaskDefinition',
    field: '(the whole request)',
    rule: `at most ${TASK_DEFINITION_MAX_BYTES} bytes (64 KiB) as registered: compact JSON, image URIs in place of the placeholders`,
    source: "ECS service quotas, task definition size; ECS's error \"Max allowed length is '65536' bytes\"",
    path: 'the task definition is',
    refuses: { container: paddedTo(TASK_DEFINITION_MAX_BYTES + 1) },
    accepts: { container: paddedTo(TASK_DEFINITION_MAX_BYTES) },
  },
];
