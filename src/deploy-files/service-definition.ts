/**
 * The ECS service definition: the input of `aws ecs create-service` or `update-service` (`--cli-input-json`), or the
 * output of `describe-services` (the whole `{"services": […]}` or one service of it). It decides which deploy target
 * applies (its deployment controller) and how a deployment runs (its deployment configuration, load balancers,
 * Service Connect, network), so it is parsed here with positions, checked against the CreateService/UpdateService
 * model of @aws-sdk/client-ecs, and summarised for the rules of service-deployment.ts, service-traffic.ts and the
 * pipeline check.
 */
import { checkServiceAgainstModel, SERVICE_DESCRIBE_ONLY_FIELDS, type ServiceInputShape } from './ecs-model';
import { quote, type FileFindings, type Position } from './findings';
import { parseJson } from './parse-json';
import { parsed } from './parsed-file';
import {
  describeValue,
  entryOf,
  memberOf,
  stringMemberOf,
  toPlainValue,
  type PositionedEntry,
  type PositionedObject,
  type PositionedValue,
} from './positioned-value';
import { itemsOf } from './task-context';

/** Where the file came from: which AWS CLI command's JSON it holds. */
export type ServiceDefinitionForm = 'create-service' | 'update-service' | 'describe-services';

/** A deployment controller as ECS names it (`deploymentController.type`). */
export type DeploymentControllerType = 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL';

/** One entry of `loadBalancers`, with where its values are written. */
export interface ServiceLoadBalancer {
  readonly index: number;
  readonly node: PositionedObject;
  readonly targetGroupArn?: string;
  readonly containerName?: string;
  readonly containerPort?: number;
}

/** One lifecycle hook of `deploymentConfiguration.lifecycleHooks`, as ECS reads it (defaults applied). */
export interface ServiceLifecycleHook {
  readonly index: number;
  readonly node: PositionedObject;
  /** `AWS_LAMBDA` unless set. */
  readonly targetType: string;
  readonly stages: readonly string[];
  /** `timeoutConfiguration.timeoutInMinutes`, or its default of 1440 (DeploymentLifecycleHookTimeoutConfiguration). */
  readonly timeoutInMinutes: number;
}

/** A parsed service definition: the service object and what the rules and the pipeline check ask of it. */
export interface ServiceDefinition {
  readonly form: ServiceDefinitionForm;
  /** The service object (for describe-services output, the service that was picked). */
  readonly node: PositionedObject;
  /** The input shape it is checked against. */
  readonly inputShape: ServiceInputShape;
  /** The cluster's name: `cluster` (a name, or the name part of an ARN) or, from describe-services, `clusterArn`. */
  readonly cluster?: string;
  /** The service's name: `serviceName`, or update-service's `service` (a name, or the name part of an ARN). */
  readonly service?: string;
  /** `deploymentController.type` as written; undefined when absent (ECS then uses `ECS`). */
  readonly controller?: string;
  /** `deploymentConfiguration.strategy` as written; undefined when absent (ECS then uses `ROLLING`). */
  readonly strategy?: string;
  /** `deploymentConfiguration.bakeTimeInMinutes` when it is a number. */
  readonly bakeTimeInMinutes?: number;
  readonly lifecycleHooks: readonly ServiceLifecycleHook[];
  readonly loadBalancers: readonly ServiceLoadBalancer[];
  /** The `taskDefinition` it names (family, family:revision or ARN), if any. */
  readonly taskDefinition?: string;
  /** The service as plain data, without the DescribeServices-only fields. */
  readonly value: Readonly<Record<string, unknown>>;
}

/** The default hook timeout (ECS API reference, DeploymentLifecycleHookTimeoutConfiguration: "Default: 1440"). */
export const DEFAULT_HOOK_TIMEOUT_MINUTES = 1440;

/** The strategies with a green service revision beside the blue one: blue/green, linear and canary. */
export const TRAFFIC_SHIFT_STRATEGIES: readonly string[] = ['BLUE_GREEN', 'LINEAR', 'CANARY'];

/** Fields of DescribeServices output that look like a service (any one tells a describe-services copy apart). */
const DESCRIBE_MARKERS = ['serviceArn', 'deployments', 'events', 'status', 'clusterArn', 'taskSets', 'createdAt'];

/**
 * Parses a service definition file (JSON) and checks it against the CreateService or UpdateService model
 * (`service/unknown-key`, `service/value-type`, `service/enum-value`, `service/missing-required`). DescribeServices'
 * read-only fields are warned about (`service/describe-only-field`) and left out of `value`. Findings go to
 * `findings`, whose rule group is `service`.
 * @returns the parsed definition, or undefined when the file holds no service object
 */
export function parseServiceDefinition(text: string, findings: FileFindings): ServiceDefinition | undefined {
  const root = parsed(parseJson(text), findings);
  if (root === undefined) return undefined;
  const picked = pickService(root, findings);
  if (picked === undefined) return undefined;
  const { node, form } = picked;
  const inputShape: ServiceInputShape = form === 'update-service' ? 'UpdateServiceRequest' : 'CreateServiceRequest';
  const describeOnly = form === 'describe-services' ? SERVICE_DESCRIBE_ONLY_FIELDS : [];
  checkServiceAgainstModel(node, findings, describeOnly, inputShape);
  const removed = warnDescribeOnlyFields(node, describeOnly, findings);
  const value = toPlainValue(node) as Record<string, unknown>;
  for (const field of removed) delete value[field];

  const deployment = memberOf(node, 'deploymentConfiguration');
  const bake = memberOf(deployment, 'bakeTimeInMinutes');
  const cluster = stringMemberOf(node, 'cluster') ?? stringMemberOf(node, 'clusterArn');
  const service = stringMemberOf(node, form === 'update-service' ? 'service' : 'serviceName');
  const controller = stringMemberOf(memberOf(node, 'deploymentController'), 'type');
  const strategy = stringMemberOf(deployment, 'strategy');
  const taskDefinition = stringMemberOf(node, 'taskDefinition');
  return {
    form,
    node,
    inputShape,
    ...(cluster !== undefined && { cluster: nameOf(cluster) }),
    ...(service !== undefined && { service: nameOf(service) }),
    ...(controller !== undefined && { controller }),
    ...(strategy !== undefined && { strategy }),
    ...(bake?.kind === 'number' && { bakeTimeInMinutes: bake.value }),
    lifecycleHooks: lifecycleHooksOf(deployment),
    loadBalancers: loadBalancersOf(node),
    ...(taskDefinition !== undefined && { taskDefinition }),
    value,
  };
}

/** The last part of an ARN (`arn:…:cluster/prod` → `prod`, `arn:…:service/prod/web` → `web`), or the name itself. */
function nameOf(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
}

function pickService(
  root: PositionedValue,
  findings: FileFindings,
): { node: PositionedObject; form: ServiceDefinitionForm } | undefined {
  if (root.kind !== 'object') {
    findings.error(
      'service/structure',
      root.position,
      `the service definition is ${describeValue(root)}; it must be an object: the --cli-input-json of ` +
        '"aws ecs create-service" or "update-service", or the output of "aws ecs describe-services"',
      'write {"cluster": "…", "serviceName": "…", "deploymentController": {"type": "ECS"}, …}',
    );
    return undefined;
  }
  const services = entryOf(root, 'services');
  if (services !== undefined) {
    const list = services.value;
    const first = list.kind === 'array' ? list.items[0] : undefined;
    if (first?.kind !== 'object') {
      findings.error(
        'service/structure',
        list.position,
        list.kind === 'array'
          ? 'services is an empty list: this describe-services output describes no service (see its "failures")'
          : `services is ${describeValue(list)}; describe-services output holds a list of services`,
        'run "aws ecs describe-services --cluster <cluster> --services <service>" for a service that exists',
      );
      return undefined;
    }
    if (list.kind === 'array' && list.items.length > 1) {
      findings.warning(
        'service/structure',
        list.position,
        `services holds ${list.items.length} services; only the first (services[0]) is checked`,
        'describe one service: "aws ecs describe-services --cluster <cluster> --services <service>"',
      );
    }
    return { node: first, form: 'describe-services' };
  }
  if (DESCRIBE_MARKERS.some((key) => entryOf(root, key) !== undefined))
    return { node: root, form: 'describe-services' };
  if (entryOf(root, 'service') !== undefined && entryOf(root, 'serviceName') === undefined) {
    return { node: root, form: 'update-service' };
  }
  return { node: root, form: 'create-service' };
}

function warnDescribeOnlyFields(
  node: PositionedObject,
  describeOnly: readonly string[],
  findings: FileFindings,
): string[] {
  const removed: string[] = [];
  for (const entry of node.entries) {
    if (!describeOnly.includes(entry.key) || removed.includes(entry.key)) continue;
    removed.push(entry.key);
    findings.warning(
      'service/describe-only-field',
      entry.keyPosition,
      `${quote(entry.key)} is a field that DescribeServices returns and neither CreateService nor UpdateService takes ` +
        '(a copy of describe-services output); it is not checked and not part of the service definition',
      `delete ${quote(entry.key)} before passing the file to "aws ecs create-service --cli-input-json"`,
    );
  }
  return removed;
}

function lifecycleHooksOf(deployment: PositionedValue | undefined): ServiceLifecycleHook[] {
  const hooks: ServiceLifecycleHook[] = [];
  itemsOf(deployment, 'lifecycleHooks').forEach((node, index) => {
    if (node.kind !== 'object') return;
    const timeout = memberOf(memberOf(node, 'timeoutConfiguration'), 'timeoutInMinutes');
    hooks.push({
      index,
      node,
      targetType: stringMemberOf(node, 'targetType') ?? 'AWS_LAMBDA',
      stages: itemsOf(node, 'lifecycleStages').flatMap((stage) => (stage.kind === 'string' ? [stage.value] : [])),
      timeoutInMinutes: timeout?.kind === 'number' ? timeout.value : DEFAULT_HOOK_TIMEOUT_MINUTES,
    });
  });
  return hooks;
}

function loadBalancersOf(node: PositionedObject): ServiceLoadBalancer[] {
  const loadBalancers: ServiceLoadBalancer[] = [];
  itemsOf(node, 'loadBalancers').forEach((item, index) => {
    if (item.kind !== 'object') return;
    const targetGroupArn = stringMemberOf(item, 'targetGroupArn');
    const containerName = stringMemberOf(item, 'containerName');
    const port = memberOf(item, 'containerPort');
    loadBalancers.push({
      index,
      node: item,
      ...(targetGroupArn !== undefined && { targetGroupArn }),
      ...(containerName !== undefined && { containerName }),
      ...(port?.kind === 'number' && { containerPort: port.value }),
    });
  });
  return loadBalancers;
}

/** The strategy as ECS applies it: `ROLLING` when none is set. */
export function effectiveStrategy(definition: ServiceDefinition): string {
  return definition.strategy ?? 'ROLLING';
}

/** Where a member of the service object is written, or the service object itself when it is absent. */
export function positionOf(definition: ServiceDefinition, ...keys: readonly string[]): Position {
  let node: PositionedValue = definition.node;
  for (const key of keys) {
    const entry: PositionedEntry | undefined = node.kind === 'object' ? entryOf(node, key) : undefined;
    if (entry === undefined) return node.position;
    node = entry.value;
  }
  return node.position;
}
