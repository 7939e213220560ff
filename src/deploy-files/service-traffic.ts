/**
 * Where a service's traffic and tasks go, against the task definition and the appspec: its load balancers (the
 * container and port, CodeDeploy's LoadBalancerInfo, native blue/green's advancedConfiguration), Service Connect's test
 * traffic rules, the network configuration against the network mode, and the launch type or capacity providers against
 * requiresCompatibilities. Sources beside each rule: the ECS API reference (LoadBalancer, AdvancedConfiguration,
 * ServiceConnectTestTrafficHeaderRules, CreateService) and the developer guide's "Application Load Balancer / Network
 * Load Balancer resources for blue/green deployments", "Service Connect resources for Amazon ECS blue/green
 * deployments" and "Troubleshooting Amazon ECS blue/green deployments" (the error texts quoted).
 */
import { closestMatch } from '../suggest';
import type { LoadBalancerContainer } from './appspec';
import { IAM_ROLE_ARN, listenerArnKind, TARGET_GROUP_ARN } from './aws-arn';
import { quote, type FileFindings } from './findings';
import { childPath, memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import {
  effectiveStrategy,
  TRAFFIC_SHIFT_STRATEGIES,
  type ServiceDefinition,
  type ServiceLoadBalancer,
} from './service-definition';
import type { DeployTarget } from './deploy-target';
import { itemsOf, type ContainerSummary } from './task-context';

const API = 'ECS API reference';
/** An HTTP header name is a token (RFC 9110, section 5.1). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** AwsVpcConfiguration: "up to 16 subnets", "up to 5 security groups". */
const MAX_SUBNETS = 16;
const MAX_SECURITY_GROUPS = 5;
const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];

/** What the service's traffic is checked against: the task definition and, for codedeploy, the appspec. */
export interface ServiceTrafficContext {
  readonly target: DeployTarget;
  readonly taskDefinition?: {
    readonly path: string;
    readonly containers: readonly ContainerSummary[];
    /** As ECS applies it (`bridge` when unset); undefined when not a string. */
    readonly networkMode?: string;
    /** `requiresCompatibilities`, when it is a list. */
    readonly compatibilities?: readonly string[];
  };
  readonly appspec?: { readonly path: string; readonly loadBalancer: LoadBalancerContainer };
}

/** `service/load-balancer`, `service/appspec-mismatch` and `service/advanced-configuration`. */
export function checkLoadBalancers(
  definition: ServiceDefinition,
  context: ServiceTrafficContext,
  findings: FileFindings,
): void {
  const controller = definition.controller ?? 'ECS';
  const shifting = controller === 'ECS' && TRAFFIC_SHIFT_STRATEGIES.includes(effectiveStrategy(definition));
  for (const loadBalancer of definition.loadBalancers) {
    const path = childPath('loadBalancers', loadBalancer.index);
    checkContainer(loadBalancer, path, context, findings);
    const advanced = memberOf(loadBalancer.node, 'advancedConfiguration');
    if (controller === 'CODE_DEPLOY' && advanced !== undefined) {
      findings.warning(
        'service/advanced-configuration',
        advanced.position,
        `${path}.advancedConfiguration is for ECS blue/green deployments; on the CODE_DEPLOY controller the deployment ` +
          "group's target groups and listeners decide, and ECS does not use it",
        'remove advancedConfiguration, or move the service to the ECS controller',
      );
    } else if (shifting && loadBalancer.targetGroupArn !== undefined) {
      checkAdvancedConfiguration(definition, loadBalancer, path, findings);
    } else if (advanced !== undefined && !shifting && controller === 'ECS') {
      findings.warning(
        'service/advanced-configuration',
        advanced.position,
        `${path}.advancedConfiguration is used by the BLUE_GREEN, LINEAR and CANARY strategies; with ` +
          `${definition.strategy === undefined ? 'no strategy (ROLLING)' : `strategy ${definition.strategy}`} ECS does not shift traffic with it`,
        'set "deploymentConfiguration": {"strategy": "BLUE_GREEN", …}, or remove advancedConfiguration',
      );
    }
  }
  if (context.target === 'codedeploy' && context.appspec !== undefined)
    checkAppspecMatch(definition, context, findings);
}

/** LoadBalancer: with a target group, containerName and containerPort say which container's port it reaches. */
function checkContainer(
  loadBalancer: ServiceLoadBalancer,
  path: string,
  context: ServiceTrafficContext,
  findings: FileFindings,
): void {
  const { node, containerName, containerPort } = loadBalancer;
  for (const key of ['containerName', 'containerPort']) {
    if (memberOf(node, key) !== undefined) continue;
    findings.error(
      'service/load-balancer',
      node.position,
      `${path} has no ${key}; ECS needs the container and port the load balancer sends traffic to (${API}, LoadBalancer)`,
      `add ${quote(key)}`,
    );
  }
  const task = context.taskDefinition;
  if (task === undefined || containerName === undefined) return;
  const container = task.containers.find((candidate) => candidate.name === containerName);
  const nameNode = memberOf(node, 'containerName');
  if (container === undefined) {
    const names = task.containers.flatMap((candidate) => (candidate.name !== undefined ? [candidate.name] : []));
    const closest = closestMatch(containerName, names);
    findings.error(
      'service/load-balancer',
      nameNode?.position ?? node.position,
      `${path}.containerName ${quote(containerName)} is not a container of ${task.path}; its containers are ` +
        `${names.map((name) => `${quote(name)}`).join(', ') || 'none'}` +
        (closest !== undefined ? `; did you mean ${quote(closest)}?` : ''),
      closest !== undefined ? `write ${quote(closest)}` : 'name the container that serves the load balancer',
    );
    return;
  }
  if (containerPort === undefined || container.containerPorts.includes(containerPort)) return;
  findings.error(
    'service/load-balancer',
    memberOf(node, 'containerPort')?.position ?? node.position,
    `${path}.containerPort is ${containerPort}, but container ${quote(containerName)} in ${task.path} maps ` +
      (container.containerPorts.length > 0 ? `containerPort ${container.containerPorts.join(', ')}` : 'no ports'),
    container.containerPorts.length > 0
      ? `set containerPort to ${container.containerPorts[0]}, or map ${containerPort} in the container's portMappings`
      : `add "portMappings": [{"containerPort": ${containerPort}}] to the container`,
  );
}

/** CodeDeploy shifts the traffic of the appspec's LoadBalancerInfo; the service's load balancer must be that one. */
function checkAppspecMatch(
  definition: ServiceDefinition,
  context: ServiceTrafficContext,
  findings: FileFindings,
): void {
  const appspec = context.appspec;
  const first = definition.loadBalancers[0];
  if (appspec === undefined || first === undefined) return;
  const { containerName, containerPort } = appspec.loadBalancer;
  const path = childPath('loadBalancers', first.index);
  if (containerName !== undefined && first.containerName !== undefined && containerName.value !== first.containerName) {
    findings.error(
      'service/appspec-mismatch',
      memberOf(first.node, 'containerName')?.position ?? first.node.position,
      `${path}.containerName is ${quote(first.containerName)}, but ${appspec.path} LoadBalancerInfo.ContainerName is ` +
        `${quote(containerName.value)} (line ${containerName.position.line}): CodeDeploy shifts the traffic of the ` +
        'service\'s load balancer to the appspec\'s container (CodeDeploy AppSpec "resources" section for ECS)',
      'name the same container in both',
    );
  }
  if (containerPort !== undefined && first.containerPort !== undefined && containerPort.value !== first.containerPort) {
    findings.error(
      'service/appspec-mismatch',
      memberOf(first.node, 'containerPort')?.position ?? first.node.position,
      `${path}.containerPort is ${first.containerPort}, but ${appspec.path} LoadBalancerInfo.ContainerPort is ` +
        `${containerPort.value} (line ${containerPort.position.line})`,
      'use the same port in both',
    );
  }
}

/**
 * AdvancedConfiguration for ECS blue/green, linear and canary with Elastic Load Balancing: the alternate target group,
 * the production listener rule (ALB) or listener (NLB), an optional test one, and the infrastructure role ECS assumes to
 * change the listeners. Troubleshooting texts: "…has an invalid ARN format. Must be RuleArn for ALB or ListenerArn for
 * NLB", "cannot be used as both production and test listener rules".
 */
function checkAdvancedConfiguration(
  definition: ServiceDefinition,
  loadBalancer: ServiceLoadBalancer,
  path: string,
  findings: FileFindings,
): void {
  const strategy = effectiveStrategy(definition);
  const advanced = memberOf(loadBalancer.node, 'advancedConfiguration');
  const source = `${API}, AdvancedConfiguration; developer guide, "Application Load Balancer resources for blue/green deployments"`;
  if (advanced?.kind !== 'object') {
    if (advanced === undefined) {
      findings.error(
        'service/advanced-configuration',
        loadBalancer.node.position,
        `${path} has a target group but no advancedConfiguration; strategy ${strategy} with a load balancer needs the ` +
          `alternate target group for the green revision, the production listener rule and the infrastructure role (${source})`,
        'add "advancedConfiguration": {"alternateTargetGroupArn": …, "productionListenerRule": …, "testListenerRule": …, "roleArn": …}',
      );
    }
    return;
  }
  const at = `${path}.advancedConfiguration`;
  const required: [string, string][] = [
    ['alternateTargetGroupArn', 'the target group of the green revision'],
    ['productionListenerRule', 'the listener rule (ALB) or listener (NLB) of production traffic'],
    ['roleArn', 'the infrastructure role ECS assumes to change the listeners'],
  ];
  for (const [key, what] of required) {
    if (memberOf(advanced, key) !== undefined) continue;
    findings.error(
      'service/advanced-configuration',
      advanced.position,
      `${at} has no ${key}, ${what} (${source})`,
      `add ${quote(key)}`,
    );
  }
  const alternate = memberOf(advanced, 'alternateTargetGroupArn');
  if (alternate?.kind === 'string') {
    if (!TARGET_GROUP_ARN.test(alternate.value)) {
      findings.error(
        'service/advanced-configuration',
        alternate.position,
        `${at}.alternateTargetGroupArn ${quote(alternate.value)} is not a target group ARN (${source})`,
        'write "arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>"',
      );
    } else if (alternate.value === loadBalancer.targetGroupArn) {
      findings.error(
        'service/advanced-configuration',
        alternate.position,
        `${at}.alternateTargetGroupArn is the same target group as ${path}.targetGroupArn; blue and green need a ` +
          `target group each (${source})`,
        'create a second target group for the green revision and name it here',
      );
    }
  }
  const production = listenerRule(advanced, 'productionListenerRule', at, findings);
  const test = listenerRule(advanced, 'testListenerRule', at, findings);
  if (production !== undefined && test !== undefined && production.node.value === test.node.value) {
    findings.error(
      'service/advanced-configuration',
      test.node.position,
      `${at}.testListenerRule is the same as productionListenerRule; ECS refuses it ("cannot be used as both ` +
        'production and test listener rules")',
      'give test traffic its own listener rule (ALB: a rule on a test listener or port; NLB: a test listener)',
    );
  } else if (production !== undefined && test !== undefined && production.loadBalancerId !== test.loadBalancerId) {
    findings.error(
      'service/advanced-configuration',
      test.node.position,
      `${at}.testListenerRule belongs to load balancer ${quote(test.loadBalancerId)}, productionListenerRule to ` +
        `${quote(production.loadBalancerId)}; both target groups must be associated with the production or test rule, ` +
        'so both rules are on the service\'s one load balancer (troubleshooting: "Both targetGroup and ' +
        'alternateTargetGroup must be associated with the productionListenerRule or testListenerRule")',
      'use a listener rule of the same load balancer for test traffic',
    );
  }
  const role = memberOf(advanced, 'roleArn');
  if (role?.kind === 'string' && !IAM_ROLE_ARN.test(role.value)) {
    findings.error(
      'service/advanced-configuration',
      role.position,
      `${at}.roleArn ${quote(role.value)} is not an IAM role ARN; it is the infrastructure role for ` +
        `load balancers, trusted by ecs.amazonaws.com (${source})`,
      'write "arn:aws:iam::<account>:role/<name>"',
    );
  }
}

function listenerRule(
  advanced: PositionedValue,
  key: string,
  at: string,
  findings: FileFindings,
): { node: PositionedValue & { kind: 'string' }; loadBalancerId: string } | undefined {
  const node = memberOf(advanced, key);
  if (node?.kind !== 'string') return undefined;
  const arn = listenerArnKind(node.value);
  const fits =
    (arn.kind === 'listener-rule' && arn.loadBalancer === 'app') ||
    (arn.kind === 'listener' && arn.loadBalancer === 'net');
  if (fits) return { node, loadBalancerId: arn.loadBalancerId };
  const why =
    arn.kind === 'listener' && arn.loadBalancer === 'app'
      ? "is an Application Load Balancer's listener; for an ALB ECS takes a listener rule"
      : arn.kind === 'listener-rule' && arn.loadBalancer !== 'app'
        ? 'is a listener rule of a load balancer that is not an ALB'
        : arn.kind === 'listener' || arn.kind === 'listener-rule'
          ? 'belongs to a Gateway Load Balancer, which ECS blue/green does not use'
          : 'is not an Elastic Load Balancing listener or listener rule ARN';
  findings.error(
    'service/advanced-configuration',
    node.position,
    `${at}.${key} ${quote(node.value)} ${why} (ECS: "${key} has an invalid ARN format. Must be RuleArn ` +
      'for ALB or ListenerArn for NLB")',
    arn.kind === 'listener' && arn.loadBalancer === 'app'
      ? 'write the ARN of a rule of that listener (aws elbv2 describe-rules --listener-arn …): …:listener-rule/app/…'
      : 'write an ALB listener rule ARN (…:listener-rule/app/…) or an NLB listener ARN (…:listener/net/…)',
  );
  return undefined;
}

/**
 * `service/test-traffic`: Service Connect's test traffic rules (ServiceConnectTestTrafficHeaderRules: `name` required,
 * `value.exact` required in ServiceConnectTestTrafficHeaderMatchRules). They route requests with that header to the green
 * revision during ECS blue/green, linear and canary deployments only (developer guide, "Service Connect resources for
 * Amazon ECS blue/green deployments"; without rules, Service Connect recognises `x-amzn-ecs-blue-green-test`).
 */
export function checkServiceConnect(definition: ServiceDefinition, findings: FileFindings): void {
  const services = itemsOf(memberOf(definition.node, 'serviceConnectConfiguration'), 'services');
  const shifting =
    (definition.controller ?? 'ECS') === 'ECS' && TRAFFIC_SHIFT_STRATEGIES.includes(effectiveStrategy(definition));
  services.forEach((service, serviceIndex) => {
    itemsOf(service, 'clientAliases').forEach((alias, aliasIndex) => {
      const rules = memberOf(alias, 'testTrafficRules');
      if (rules === undefined) return;
      const path = `serviceConnectConfiguration.services[${serviceIndex}].clientAliases[${aliasIndex}].testTrafficRules`;
      if (!shifting) {
        findings.warning(
          'service/test-traffic',
          rules.position,
          `${path} routes test traffic during ECS blue/green, linear and canary deployments only; with ` +
            `${definition.controller !== undefined && definition.controller !== 'ECS' ? `the ${definition.controller} controller` : `strategy ${effectiveStrategy(definition)}`} ECS does not use it`,
          'set "deploymentConfiguration": {"strategy": "BLUE_GREEN", …}, or remove testTrafficRules',
        );
      }
      const header = memberOf(rules, 'header');
      const name = memberOf(header, 'name');
      if (name?.kind === 'string' && !HEADER_NAME.test(name.value)) {
        findings.error(
          'service/test-traffic',
          name.position,
          `${path}.header.name ${quote(name.value)} is not an HTTP header name (letters, digits and ` +
            "!#$%&'*+-.^_`|~; no spaces or colons)",
          'write a header name such as "x-test-version"',
        );
      }
      const exact = memberOf(memberOf(header, 'value'), 'exact');
      if (exact?.kind === 'string' && exact.value === '') {
        findings.error(
          'service/test-traffic',
          exact.position,
          `${path}.header.value.exact is empty; it is the value the header must have for a request to reach the green ` +
            `revision (${API}, ServiceConnectTestTrafficHeaderMatchRules)`,
          'write the value, or remove "value" to match the header whatever its value',
        );
      }
    });
  });
}

/**
 * `service/network-configuration`: awsvpc tasks need the service's awsvpcConfiguration (CreateService:
 * networkConfiguration "is required for task definitions that use the awsvpc network mode"; ECS: "Network
 * Configuration must be provided when networkMode 'awsvpc' is specified") and other modes refuse one ("Network
 * Configuration is not valid for the given networkMode of this task definition"); up to 16 subnets and 5 security
 * groups (AwsVpcConfiguration).
 */
export function checkNetworkConfiguration(
  definition: ServiceDefinition,
  context: ServiceTrafficContext,
  findings: FileFindings,
): void {
  const network = memberOf(definition.node, 'networkConfiguration');
  const awsvpc = memberOf(network, 'awsvpcConfiguration');
  for (const [key, max] of [
    ['subnets', MAX_SUBNETS],
    ['securityGroups', MAX_SECURITY_GROUPS],
  ] as const) {
    const list = memberOf(awsvpc, key);
    if (list?.kind !== 'array' || list.items.length <= max) continue;
    findings.error(
      'service/network-configuration',
      list.position,
      `networkConfiguration.awsvpcConfiguration.${key} lists ${list.items.length}; ECS takes up to ${max} (${API}, AwsVpcConfiguration)`,
      `keep at most ${max}`,
    );
  }
  const subnets = memberOf(awsvpc, 'subnets');
  if (awsvpc !== undefined && (subnets === undefined || (subnets.kind === 'array' && subnets.items.length === 0))) {
    findings.error(
      'service/network-configuration',
      (subnets ?? awsvpc).position,
      `networkConfiguration.awsvpcConfiguration has no subnets; ECS needs at least one (${API}, AwsVpcConfiguration: subnets is required)`,
      'add "subnets": ["subnet-…"]',
    );
  }
  const task = context.taskDefinition;
  const mode = task?.networkMode;
  if (task === undefined || mode === undefined || definition.form === 'update-service') return;
  if (mode === 'awsvpc' && awsvpc === undefined) {
    findings.error(
      'service/network-configuration',
      (network ?? definition.node).position,
      `${task.path} uses networkMode "awsvpc", and the service has no networkConfiguration.awsvpcConfiguration; ECS ` +
        'refuses it ("Network Configuration must be provided when networkMode \'awsvpc\' is specified")',
      'add "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-…"], "securityGroups": ["sg-…"], "assignPublicIp": "DISABLED"}}',
    );
  } else if (mode !== 'awsvpc' && network !== undefined) {
    findings.error(
      'service/network-configuration',
      network.position,
      `${task.path} uses networkMode ${quote(mode)}, and the service sets networkConfiguration; ECS refuses it ("Network ` +
        'Configuration is not valid for the given networkMode of this task definition")',
      'remove networkConfiguration, or set "networkMode": "awsvpc" in the task definition',
    );
  }
}

/**
 * `service/launch-type`: CreateService takes a launch type or a capacity provider strategy, not both ("Specifying both a
 * launch type and capacity provider strategy is not supported"); the task definition must be compatible with where it
 * runs (requiresCompatibilities; ECS: "Task definition does not support launch_type FARGATE").
 */
export function checkLaunchType(
  definition: ServiceDefinition,
  context: ServiceTrafficContext,
  findings: FileFindings,
): void {
  const launchType = memberOf(definition.node, 'launchType');
  const providers = memberOf(definition.node, 'capacityProviderStrategy');
  if (launchType !== undefined && providers?.kind === 'array' && providers.items.length > 0) {
    findings.error(
      'service/launch-type',
      launchType.position,
      'the service sets both launchType and capacityProviderStrategy; ECS refuses it ("Specifying both a launch type ' +
        `and capacity provider strategy is not supported", ${API}, CreateService)`,
      'keep one of them',
    );
  }
  const compatibilities = context.taskDefinition?.compatibilities;
  if (compatibilities === undefined || context.taskDefinition === undefined) return;
  const taskPath = context.taskDefinition.path;
  const refuse = (at: PositionedValue, where: string, needs: string) =>
    findings.error(
      'service/launch-type',
      at.position,
      `${where}, but ${taskPath} has requiresCompatibilities ${JSON.stringify(compatibilities)}; ECS refuses it ` +
        `("Task definition does not support launch_type ${needs}")`,
      `add ${quote(needs)} to the task definition's requiresCompatibilities, or run the service where the task definition can`,
    );
  if (launchType?.kind === 'string' && launchType.value !== 'EXTERNAL' && !compatibilities.includes(launchType.value)) {
    refuse(launchType, `launchType is ${quote(launchType.value)}`, launchType.value);
  }
  if (launchType === undefined && providers === undefined && !compatibilities.includes('EC2')) {
    // CreateService: without either, the cluster's default capacity provider strategy applies, or else EC2.
    findings.warning(
      'service/launch-type',
      definition.node.position,
      `the service sets neither launchType nor capacityProviderStrategy, so it runs on the cluster's default capacity ` +
        `provider strategy, or EC2 when there is none; ${taskPath} requires ${JSON.stringify(compatibilities)}`,
      `set "launchType": ${quote(compatibilities[0] ?? 'FARGATE')} (or a capacityProviderStrategy) to say where it runs`,
    );
  }
  for (const item of providers?.kind === 'array' ? providers.items : []) {
    const provider = stringMemberOf(item, 'capacityProvider');
    if (provider === undefined || !FARGATE_PROVIDERS.includes(provider) || compatibilities.includes('FARGATE'))
      continue;
    refuse(item, `capacityProviderStrategy uses ${quote(provider)}`, 'FARGATE');
  }
}
