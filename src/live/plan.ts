/**
 * Which resources `--live` reads (pure): first what the task definition and the inputs name, then what the
 * service and the deployment group name. Two rounds, each read at once, because the second round's names
 * (target groups, listeners, rules, roles, hook functions) are in the first round's answers.
 */
import type { DeploymentGroupInfo } from '@aws-sdk/client-codedeploy';
import type { ContainerDefinition, Service } from '@aws-sdk/client-ecs';
import type { LiveSubject } from './snapshot';

/** A log group the task writes to, in its region. */
export interface LogGroupRef {
  readonly region: string;
  readonly name: string;
}

/** What the task definition names: roles, the log groups it does not create, secrets. */
export interface TaskReads {
  readonly roles: readonly string[];
  readonly logGroups: readonly LogGroupRef[];
  readonly secrets: readonly string[];
}

/** What the service and the deployment group name. */
export interface DeploymentReads {
  /** Target group ARNs (the service's) and names (the deployment group's). */
  readonly targetGroups: readonly string[];
  /** Listener ARNs: CodeDeploy's traffic routes, and an NLB's listeners named as ECS's listener "rules". */
  readonly listeners: readonly string[];
  readonly rules: readonly string[];
  /** The infrastructure role and the hooks' roles. */
  readonly roles: readonly string[];
  readonly functions: readonly string[];
  readonly deploymentConfig?: string;
}

/** The containers of the task definition. */
export function containersOf(subject: LiveSubject): readonly ContainerDefinition[] {
  return subject.taskDefinition.containerDefinitions ?? [];
}

/** The awslogs log groups of `subject`'s containers that must exist (those not created with awslogs-create-group). */
export function awslogsGroups(subject: LiveSubject): LogGroupRef[] {
  const groups = new Map<string, LogGroupRef>();
  for (const container of containersOf(subject)) {
    const logging = container.logConfiguration;
    const options = logging?.options ?? {};
    const name = options['awslogs-group'];
    if (logging?.logDriver !== 'awslogs' || name === undefined || options['awslogs-create-group'] === 'true') continue;
    const region = options['awslogs-region'] ?? subject.region;
    groups.set(`${region} ${name}`, { region, name });
  }
  return [...groups.values()];
}

/** Every `valueFrom` of the task: container secrets, log driver secret options, private registry credentials. */
export function secretReferences(subject: LiveSubject): string[] {
  const references = containersOf(subject).flatMap((container) => [
    ...(container.secrets ?? []).map((secret) => secret.valueFrom),
    ...(container.logConfiguration?.secretOptions ?? []).map((secret) => secret.valueFrom),
    container.repositoryCredentials?.credentialsParameter,
  ]);
  return unique(references);
}

/** The first round: what the task definition names. */
export function taskReads(subject: LiveSubject): TaskReads {
  const { executionRoleArn, taskRoleArn } = subject.taskDefinition;
  return {
    roles: unique([executionRoleArn, taskRoleArn]),
    logGroups: awslogsGroups(subject),
    secrets: secretReferences(subject),
  };
}

/** ECS's listener "rule" fields take a listener ARN for an NLB: those are read as listeners. */
export function isListenerArn(arn: string): boolean {
  return /:listener\//.test(arn);
}

/** The deployment group's target group names, production listeners and test listeners (first pair: ECS has one). */
export function deploymentGroupRoutes(group: DeploymentGroupInfo): {
  targetGroups: string[];
  production: string[];
  test: string[];
} {
  const pair = group.loadBalancerInfo?.targetGroupPairInfoList?.[0];
  return {
    targetGroups: unique((pair?.targetGroups ?? []).map((targetGroup) => targetGroup.name)),
    production: unique(pair?.prodTrafficRoute?.listenerArns ?? []),
    test: unique(pair?.testTrafficRoute?.listenerArns ?? []),
  };
}

/** The second round: what the service (and for `codedeploy`, the deployment group) names. */
export function deploymentReads(
  subject: LiveSubject,
  service: Service | undefined,
  group: DeploymentGroupInfo | undefined,
): DeploymentReads {
  const loadBalancers = service?.loadBalancers ?? [];
  const targetGroups = loadBalancers.map((loadBalancer) => loadBalancer.targetGroupArn);
  const listeners: (string | undefined)[] = [];
  const rules: (string | undefined)[] = [];
  const roles: (string | undefined)[] = [];
  const functions: (string | undefined)[] = [];
  if (subject.target === 'ecs') {
    for (const { advancedConfiguration: advanced } of loadBalancers) {
      if (advanced === undefined) continue;
      targetGroups.push(advanced.alternateTargetGroupArn);
      for (const arn of [advanced.productionListenerRule, advanced.testListenerRule]) {
        if (arn !== undefined) (isListenerArn(arn) ? listeners : rules).push(arn);
      }
      roles.push(advanced.roleArn);
    }
    for (const hook of service?.deploymentConfiguration?.lifecycleHooks ?? []) {
      if (hook.targetType === 'PAUSE') continue;
      functions.push(hook.hookTargetArn);
      roles.push(hook.roleArn);
    }
  }
  if (subject.target === 'codedeploy' && group !== undefined) {
    const routes = deploymentGroupRoutes(group);
    targetGroups.push(...routes.targetGroups);
    listeners.push(...routes.production, ...routes.test);
  }
  const deploymentConfig = subject.target === 'codedeploy' ? group?.deploymentConfigName : undefined;
  return {
    targetGroups: unique(targetGroups),
    listeners: unique(listeners),
    rules: unique(rules),
    roles: unique(roles),
    functions: unique(functions),
    ...(deploymentConfig !== undefined && { deploymentConfig }),
  };
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined && value !== ''))];
}
