/**
 * The live checks of the service and its traffic (pure): the service exists with a controller, launch type and
 * load balancers that fit; for `codedeploy` the application, deployment group, listeners and deployment config it
 * names; for `ecs` the alternate target group, the listener rules, the infrastructure role and the hooks. Each is an
 * error CodeDeploy or ECS reports only once the deployment has started, in an event of its own.
 */
import type { DeploymentGroupInfo } from '@aws-sdk/client-codedeploy';
import type { LoadBalancer, Service } from '@aws-sdk/client-ecs';
import type { Action, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import { joinWords, quote } from '../deploy-files/findings';
import { LiveFindings, quoteResource, type LiveFinding } from './findings';
import { containersOf, deploymentGroupRoutes, isListenerArn } from './plan';
import { resourceName, type LiveSnapshot, type LiveSubject } from './snapshot';
import { roleProblem, trustFix } from './task-rules';

const ECS_PRINCIPAL = 'ecs.amazonaws.com';

/** The service, its load balancers and the deployment's traffic against the account. */
export function checkService(subject: LiveSubject, snapshot: LiveSnapshot): readonly LiveFinding[] {
  const findings = new LiveFindings();
  const lookup = snapshot.service;
  if (lookup.state === 'missing') {
    findings.error(
      'live/service-missing',
      subject.service,
      `the service ${quoteResource(subject.service)} is not in the cluster ${quoteResource(subject.cluster)} (${quote(lookup.reason)})`,
      'create the service before its first deployment, or name it with the service and cluster inputs',
    );
  }
  const service = lookup.state === 'found' ? lookup.value : undefined;
  if (service !== undefined && service.status !== undefined && service.status !== 'ACTIVE') {
    findings.error(
      'live/service-missing',
      subject.service,
      `the service ${quoteResource(subject.service)} in the cluster ${quoteResource(subject.cluster)} is ${quoteResource(service.status)}`,
      'recreate the service, or name the active one with the service and cluster inputs',
    );
  }
  if (service !== undefined) {
    checkController(findings, subject, service);
    checkLaunchType(findings, subject, service);
    for (const loadBalancer of service.loadBalancers ?? []) {
      checkLoadBalancer(findings, subject, snapshot, loadBalancer);
    }
  }
  if (subject.target === 'codedeploy') checkCodeDeploy(findings, subject, snapshot, service);
  if (subject.target === 'ecs' && service !== undefined) checkNative(findings, snapshot, service);
  return findings.findings;
}

function checkController(findings: LiveFindings, subject: LiveSubject, service: Service): void {
  const controller = service.deploymentController?.type ?? 'ECS';
  const wanted = subject.target === 'codedeploy' ? 'CODE_DEPLOY' : 'ECS';
  if (controller === wanted) return;
  const name = service.serviceName ?? subject.service;
  const why =
    subject.target === 'codedeploy'
      ? `CodeDeploy refuses it ("Deployment group's ECS service must be configured for a CODE_DEPLOY deployment controller")`
      : controller === 'CODE_DEPLOY'
        ? `ECS refuses the ECS deploy action's update ("Unable to update task definition on services with a CODE_DEPLOY deployment controller")`
        : 'the ECS deploy action cannot deploy it';
  findings.error(
    'live/deployment-controller',
    name,
    `the service ${quoteResource(name)} has the ${quoteResource(controller)} deployment controller, and deploy-target is ${subject.target}: ${why}`,
    controller === 'CODE_DEPLOY' || wanted === 'CODE_DEPLOY'
      ? `set deploy-target to ${subject.target === 'codedeploy' ? 'ecs' : 'codedeploy'}, or change the service's deployment controller to ${wanted}`
      : `change the service's deployment controller to ${wanted}`,
  );
}

function checkLaunchType(findings: LiveFindings, subject: LiveSubject, service: Service): void {
  const compatibilities = subject.taskDefinition.requiresCompatibilities;
  if (compatibilities === undefined || compatibilities.length === 0) return;
  const name = service.serviceName ?? subject.service;
  const needs = (service.capacityProviderStrategy ?? []).flatMap((item) =>
    item.capacityProvider === undefined
      ? []
      : [
          {
            what: `the capacity provider ${quoteResource(item.capacityProvider)}`,
            compatibility: providerCompatibility(item.capacityProvider),
          },
        ],
  );
  if (service.launchType !== undefined)
    needs.push({ what: `the launch type ${quoteResource(service.launchType)}`, compatibility: service.launchType });
  for (const { what, compatibility } of needs) {
    // EC2 runs task definitions registered for Fargate (ECS adds EC2 to their compatibilities); not the converse.
    if (compatibility === 'EC2' || (compatibilities as readonly string[]).includes(compatibility)) continue;
    findings.error(
      'live/launch-type',
      name,
      `the service ${quoteResource(name)} runs on ${what}, but the task definition's requiresCompatibilities is ${joinWords(compatibilities.map(quoteResource), 'and')}: ECS refuses the new revision`,
      `add ${quoteResource(compatibility)} to requiresCompatibilities, or change the service's launch type or capacity provider strategy`,
    );
  }
}

function providerCompatibility(provider: string): string {
  return provider === 'FARGATE' || provider === 'FARGATE_SPOT' ? 'FARGATE' : 'EC2';
}

/** The network mode the task runs with: Fargate knows only awsvpc, EC2 defaults to bridge. */
function networkMode(subject: LiveSubject): string {
  const { networkMode: mode, requiresCompatibilities } = subject.taskDefinition;
  return mode ?? (requiresCompatibilities?.includes('FARGATE') ? 'awsvpc' : 'bridge');
}

function checkLoadBalancer(
  findings: LiveFindings,
  subject: LiveSubject,
  snapshot: LiveSnapshot,
  loadBalancer: LoadBalancer,
): void {
  const { containerName, containerPort } = loadBalancer;
  const container = containersOf(subject).find((candidate) => candidate.name === containerName);
  const mapping = container?.portMappings?.find((candidate) => candidate.containerPort === containerPort);
  if (containerName !== undefined && mapping === undefined) {
    findings.error(
      'live/load-balancer-container',
      containerName,
      `the service's load balancer sends traffic to the container ${quoteResource(containerName)} on port ${containerPort}, ` +
        `which the task definition ${container === undefined ? 'has no container named so' : 'does not map'}: ECS refuses the new revision`,
      `give the container ${quoteResource(containerName)} a portMappings entry with containerPort ${containerPort}, or change the service's load balancer`,
    );
  }
  const arns = [loadBalancer.targetGroupArn];
  if (subject.target === 'ecs') arns.push(loadBalancer.advancedConfiguration?.alternateTargetGroupArn);
  for (const arn of arns) {
    if (arn === undefined) continue;
    const targetGroup = targetGroupOf(findings, snapshot, arn, 'the service');
    if (targetGroup !== undefined) checkTargetGroupFit(findings, subject, targetGroup, arn, mapping?.protocol);
  }
}

/** The target group `key` (ARN or name) names, reporting it when it does not exist. */
function targetGroupOf(
  findings: LiveFindings,
  snapshot: LiveSnapshot,
  key: string,
  namedBy: string,
): TargetGroup | undefined {
  const lookup = snapshot.targetGroups[key];
  if (lookup?.state === 'missing') {
    findings.error(
      'live/target-group-missing',
      key,
      `the target group ${quoteResource(key)}, named by ${namedBy}, does not exist (${quote(lookup.reason)})`,
      `create it, or point ${namedBy} at an existing target group`,
    );
  }
  return lookup?.state === 'found' ? lookup.value : undefined;
}

function checkTargetGroupFit(
  findings: LiveFindings,
  subject: LiveSubject,
  targetGroup: TargetGroup,
  key: string,
  protocol: string | undefined,
): void {
  const mode = networkMode(subject);
  const wanted = mode === 'awsvpc' ? 'ip' : 'instance';
  const name = targetGroup.TargetGroupName ?? key;
  if (targetGroup.TargetType !== undefined && targetGroup.TargetType !== wanted) {
    findings.error(
      'live/target-group-target-type',
      name,
      `the target group ${quoteResource(name)} has target type ${quoteResource(targetGroup.TargetType)}, but tasks in ${mode} network mode register as ${wanted}: ECS cannot register them`,
      `create the target group with target type ${wanted} and point the service at it (a target group's target type cannot change)`,
    );
  }
  const udp = protocol === 'udp';
  const groupProtocol = targetGroup.Protocol;
  if (groupProtocol !== undefined && udp !== /UDP/.test(groupProtocol)) {
    findings.error(
      'live/target-group-protocol',
      name,
      `the target group ${quoteResource(name)} speaks ${quoteResource(groupProtocol)}, but the container's port mapping is ${protocol ?? 'tcp'}`,
      `use a target group whose protocol carries ${protocol ?? 'tcp'} (${udp ? 'UDP or TCP_UDP' : 'HTTP, HTTPS, TCP or TLS'})`,
    );
  }
}

function checkCodeDeploy(
  findings: LiveFindings,
  subject: LiveSubject,
  snapshot: LiveSnapshot,
  service: Service | undefined,
): void {
  const names = subject.codedeploy;
  if (names === undefined) return;
  const application = snapshot.application;
  if (application?.state === 'missing') {
    findings.error(
      'live/codedeploy-application',
      names.application,
      `the CodeDeploy application ${quoteResource(names.application)} does not exist (${quote(application.reason)})`,
      'create it (compute platform ECS), or name it with the codedeploy-application input',
    );
  } else if (application?.state === 'found' && (application.value.computePlatform ?? 'ECS') !== 'ECS') {
    findings.error(
      'live/codedeploy-application',
      names.application,
      `the CodeDeploy application ${quoteResource(names.application)} is for ${quoteResource(application.value.computePlatform ?? '')}, not ECS`,
      'name an application whose compute platform is ECS with the codedeploy-application input',
    );
  }
  const lookup = snapshot.deploymentGroup;
  if (lookup?.state === 'missing') {
    findings.error(
      'live/deployment-group-missing',
      names.deploymentGroup,
      `the deployment group ${quoteResource(names.deploymentGroup)} of ${quoteResource(names.application)} does not exist (${quote(lookup.reason)})`,
      'create it, or name it with the codedeploy-deployment-group input',
    );
  }
  if (lookup?.state !== 'found') return;
  const group = lookup.value;
  const groupName = group.deploymentGroupName ?? names.deploymentGroup;
  checkGroupService(findings, subject, group, groupName, service);
  const routes = deploymentGroupRoutes(group);
  const pair = routes.targetGroups.map((name) =>
    targetGroupOf(findings, snapshot, name, `the deployment group ${quoteResource(groupName)}`),
  );
  const pairArns = pair.flatMap((targetGroup) => (targetGroup?.TargetGroupArn ? [targetGroup.TargetGroupArn] : []));
  if (routes.targetGroups.length !== 2) {
    findings.error(
      'live/deployment-group-target-groups',
      groupName,
      `the deployment group ${quoteResource(groupName)} names ${routes.targetGroups.length} target groups; blue/green needs two`,
      "give the deployment group's load balancer info a target group pair: the service's and a second one",
    );
  } else if (pairArns.length === 2) {
    for (const arn of serviceTargetGroups(service)) {
      if (pairArns.includes(arn)) continue;
      findings.error(
        'live/deployment-group-target-groups',
        groupName,
        `the service's target group ${quoteResource(arn)} is not one of the deployment group ${quoteResource(groupName)}'s (${joinWords(routes.targetGroups.map(quoteResource), 'and')})`,
        "make the deployment group's target group pair the service's target group and its second one",
      );
    }
  }
  const primary = primaryTargetGroup(service);
  for (const [route, arns] of [
    ['production', routes.production],
    ['test', routes.test],
  ] as const) {
    if (route === 'production' && arns.length === 0) {
      findings.error(
        'live/listener-missing',
        groupName,
        `the deployment group ${quoteResource(groupName)} has no production listener`,
        "add the production listener's ARN to the deployment group's target group pair (prodTrafficRoute)",
      );
    }
    for (const arn of arns) {
      const listener = snapshot.listeners[arn];
      if (listener?.state === 'missing') {
        findings.error(
          'live/listener-missing',
          arn,
          `the ${route} listener ${quoteResource(arn)} of the deployment group ${quoteResource(groupName)} does not exist (${quote(listener.reason)})`,
          "create it, or correct the listener ARN in the deployment group's target group pair",
        );
      }
      if (listener?.state !== 'found' || pairArns.length === 0) continue;
      const forwards = forwardTargets(listener.value.DefaultActions ?? []);
      // The production listener must reach the primary task set: "Primary taskset target group must be behind listener".
      const wanted = route === 'production' && primary !== undefined ? [primary] : pairArns;
      if (forwards.some((target) => wanted.includes(target))) continue;
      findings.error(
        'live/listener-forward',
        arn,
        `the ${route} listener ${quoteResource(arn)} forwards to ${forwards.length > 0 ? joinWords(forwards.map(quoteResource), 'and') : 'no target group'}, ` +
          `not to ${route === 'production' && primary !== undefined ? `the primary task set's target group ${quoteResource(primary)}` : `the deployment group ${quoteResource(groupName)}'s target groups`}`,
        `make the listener's default action forward to ${route === 'production' && primary !== undefined ? quoteResource(primary) : joinWords(routes.targetGroups.map(quoteResource))}`,
      );
    }
  }
  if (snapshot.deploymentConfig?.state === 'missing') {
    findings.error(
      'live/deployment-config-missing',
      group.deploymentConfigName ?? groupName,
      `the deployment config ${quoteResource(group.deploymentConfigName ?? '')} of the deployment group ${quoteResource(groupName)} does not exist (${quote(snapshot.deploymentConfig.reason)})`,
      'create it, or give the deployment group an existing one (CodeDeployDefault.ECSAllAtOnce, for one)',
    );
  }
  if (group.autoRollbackConfiguration?.enabled !== true) {
    findings.warning(
      'live/auto-rollback',
      groupName,
      `the deployment group ${quoteResource(groupName)} does not roll back a failed deployment automatically`,
      'turn on automatic rollback for DEPLOYMENT_FAILURE (and DEPLOYMENT_STOP_ON_ALARM with alarms) in the deployment group',
    );
  }
}

function checkGroupService(
  findings: LiveFindings,
  subject: LiveSubject,
  group: DeploymentGroupInfo,
  groupName: string,
  service: Service | undefined,
): void {
  const cluster = resourceName(service?.clusterArn ?? subject.cluster);
  const serviceName = service?.serviceName ?? resourceName(subject.service);
  const named = (group.ecsServices ?? []).map((entry) => `${entry.clusterName}/${entry.serviceName}`);
  if (named.includes(`${cluster}/${serviceName}`)) return;
  findings.error(
    'live/deployment-group-service',
    groupName,
    `the deployment group ${quoteResource(groupName)} deploys ${named.length > 0 ? joinWords(named.map(quoteResource), 'and') : 'no ECS service'}, not ${quoteResource(`${cluster}/${serviceName}`)}`,
    "name the deployment group of this service with the codedeploy-deployment-group input, or set the cluster and service inputs to the deployment group's",
  );
}

/** The service's target groups (ARNs). */
function serviceTargetGroups(service: Service | undefined): string[] {
  return (service?.loadBalancers ?? []).flatMap((loadBalancer) =>
    loadBalancer.targetGroupArn ? [loadBalancer.targetGroupArn] : [],
  );
}

/**
 * The target group of a CODE_DEPLOY service's primary task set. ECS lists a PRIMARY task set for every CODE_DEPLOY
 * service; where an answer has none (moto 5.2.1 lists no task sets), the service's own target group, which is the
 * primary's until the first deployment.
 */
function primaryTargetGroup(service: Service | undefined): string | undefined {
  const primary = service?.taskSets?.find((taskSet) => taskSet.status === 'PRIMARY');
  return primary?.loadBalancers?.[0]?.targetGroupArn ?? serviceTargetGroups(service)[0];
}

/** The target groups a listener's or rule's forward actions reach (the plain form, or ForwardConfig's list). */
export function forwardTargets(actions: readonly Action[]): string[] {
  return actions
    .filter((action) => action.Type === 'forward')
    .flatMap((action) => [
      ...(action.TargetGroupArn ? [action.TargetGroupArn] : []),
      ...(action.ForwardConfig?.TargetGroups ?? []).flatMap((tuple) =>
        tuple.TargetGroupArn ? [tuple.TargetGroupArn] : [],
      ),
    ])
    .filter((arn, index, all) => all.indexOf(arn) === index);
}

const BLUE_GREEN_STRATEGIES = new Set(['BLUE_GREEN', 'LINEAR', 'CANARY']);

function checkNative(findings: LiveFindings, snapshot: LiveSnapshot, service: Service): void {
  const name = service.serviceName ?? '';
  const strategy = service.deploymentConfiguration?.strategy;
  for (const loadBalancer of service.loadBalancers ?? []) {
    const advanced = loadBalancer.advancedConfiguration;
    if (advanced === undefined) {
      if (strategy !== undefined && BLUE_GREEN_STRATEGIES.has(strategy)) {
        findings.error(
          'live/advanced-configuration',
          name,
          `the service ${quoteResource(name)} deploys ${quoteResource(strategy)} but its load balancer for ${quoteResource(loadBalancer.targetGroupArn ?? '')} has no advancedConfiguration`,
          'give the load balancer an advancedConfiguration: alternateTargetGroupArn, productionListenerRule, testListenerRule (optional) and roleArn',
        );
      }
      continue;
    }
    const both = [loadBalancer.targetGroupArn, advanced.alternateTargetGroupArn].filter(
      (arn): arn is string => arn !== undefined,
    );
    if (
      advanced.productionListenerRule !== undefined &&
      advanced.productionListenerRule === advanced.testListenerRule
    ) {
      findings.error(
        'live/listener-rules-same',
        advanced.productionListenerRule,
        `the service ${quoteResource(name)}'s production and test listener rule are the same, ${quoteResource(advanced.productionListenerRule)} ` +
          '(ECS: "The following rules cannot be used as both production and test listener rules")',
        'give the test traffic a rule of its own (another listener, or a rule with its own condition), or leave testListenerRule out',
      );
    }
    for (const [route, arn] of [
      ['production', advanced.productionListenerRule],
      ['test', advanced.testListenerRule],
    ] as const) {
      if (arn === undefined) continue;
      const lookup = isListenerArn(arn) ? snapshot.listeners[arn] : snapshot.rules[arn];
      if (lookup?.state === 'missing') {
        findings.error(
          'live/listener-rule-missing',
          arn,
          `the ${route} listener rule ${quoteResource(arn)} of the service ${quoteResource(name)} does not exist (${quote(lookup.reason)})`,
          "create it, or correct the service's advancedConfiguration",
        );
      }
      if (lookup?.state !== 'found') continue;
      const found: { Actions?: Action[]; DefaultActions?: Action[] } = lookup.value;
      const actions = found.Actions ?? found.DefaultActions ?? [];
      checkRuleActions(findings, arn, route, name, actions, both);
    }
    const role = advanced.roleArn;
    const problem = role === undefined ? 'is not set' : roleProblem(snapshot.roles[role], ECS_PRINCIPAL);
    if (problem !== undefined) {
      findings.error(
        'live/infrastructure-role',
        role ?? name,
        `the infrastructure role ${role === undefined ? `of the service ${quoteResource(name)}` : quoteResource(role)} ${problem}: ECS cannot shift the load balancer's traffic`,
        `${trustFix(ECS_PRINCIPAL)}; it needs the AmazonECSInfrastructureRolePolicyForLoadBalancers permissions`,
      );
    }
  }
  for (const hook of service.deploymentConfiguration?.lifecycleHooks ?? []) {
    if (hook.targetType === 'PAUSE') continue;
    const fn = hook.hookTargetArn === undefined ? undefined : snapshot.functions[hook.hookTargetArn];
    if (fn?.state === 'missing') {
      findings.error(
        'live/hook-function-missing',
        hook.hookTargetArn ?? name,
        `the lifecycle hook function ${quoteResource(hook.hookTargetArn ?? '')} of the service ${quoteResource(name)} does not exist (${quote(fn.reason)}): the deployment rolls back at its stage`,
        "create the function, or correct hookTargetArn in the service's deployment configuration",
      );
    }
    const problem =
      hook.roleArn === undefined ? 'is not set' : roleProblem(snapshot.roles[hook.roleArn], ECS_PRINCIPAL);
    if (problem !== undefined) {
      findings.error(
        'live/hook-role',
        hook.roleArn ?? name,
        `the role${hook.roleArn === undefined ? '' : ` ${quoteResource(hook.roleArn)}`} of the lifecycle hook ${quoteResource(hook.hookTargetArn ?? '')} ${problem}: ECS cannot invoke the hook`,
        `${trustFix(ECS_PRINCIPAL)}; allow it lambda:InvokeFunction on the hook function`,
      );
    }
  }
}

function checkRuleActions(
  findings: LiveFindings,
  arn: string,
  route: string,
  service: string,
  actions: readonly Action[],
  both: readonly string[],
): void {
  const others = [...new Set(actions.map((action) => action.Type ?? '').filter((type) => type !== 'forward'))];
  if (others.length > 0) {
    findings.error(
      'live/listener-rule-forward',
      arn,
      `the ${route} listener rule ${quoteResource(arn)} of the service ${quoteResource(service)} has ${joinWords(others.map(quoteResource), 'and')} actions besides forward: ECS blue/green cannot shift its traffic`,
      'give the rule a single forward action to the two target groups; put redirects and fixed responses in rules of their own',
    );
  }
  const forwards = forwardTargets(actions);
  const absent = both.filter((target) => !forwards.includes(target));
  if (absent.length === 0) return;
  findings.error(
    'live/listener-rule-forward',
    arn,
    `the ${route} listener rule ${quoteResource(arn)} of the service ${quoteResource(service)} does not forward to ${joinWords(absent.map(quoteResource), 'and')} ` +
      '(ECS: "Both targetGroup and alternateTargetGroup must be associated with the productionListenerRule or testListenerRule")',
    "make its forward action a weighted forward to both target groups (the service's at 100, the alternate at 0)",
  );
}
