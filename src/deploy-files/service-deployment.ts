/**
 * How a service deploys: its deployment controller against the deploy target, and its deployment configuration —
 * the strategy and the fields each strategy uses, bake time, linear and canary steps, lifecycle hooks, alarms and the
 * circuit breaker. Sources beside each rule: the ECS API reference (DeploymentController, DeploymentConfiguration,
 * DeploymentLifecycleHook, DeploymentLifecycleHookTimeoutConfiguration, LinearConfiguration, CanaryConfiguration,
 * DeploymentCircuitBreaker, DeploymentAlarms, DeploymentEarlySuccessCriteria) and the developer guide's "Amazon ECS
 * blue/green deployments" and its lifecycle hooks. What ECS rejects is an error; what it ignores is a warning that
 * says so; where AWS is silent, the warning says that.
 */
import { IAM_ROLE_ARN, LAMBDA_FUNCTION_ARN } from './aws-arn';
import type { DeployTarget } from './deploy-target';
import { ecsEnumValues } from './ecs-model';
import { joinWords, quote, type FileFindings } from './findings';
import { childPath, describeValue, entryOf, memberOf, type PositionedValue } from './positioned-value';
import {
  effectiveStrategy,
  positionOf,
  TRAFFIC_SHIFT_STRATEGIES,
  type ServiceDefinition,
  type ServiceLifecycleHook,
} from './service-definition';
import { checkWholeNumber, itemsOf } from './task-context';

const API = 'ECS API reference';
/** PAUSE hooks cannot sit at these stages (DeploymentLifecycleHook, lifecycleStages: "only valid for AWS_LAMBDA"). */
const LAMBDA_ONLY_STAGES = ['TEST_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT'];
/** No range for bakeTimeInMinutes in the API reference; 1440 is what linear and canary step bake times allow. */
const BAKE_TIME_DOCUMENTED_ELSEWHERE = 1440;

/**
 * `service/deployment-controller`: the controller decides which deploy target works. CodeDeployToECS needs
 * `CODE_DEPLOY` (CodeDeploy: "Deployment group's ECS service must be configured for a CODE_DEPLOY deployment
 * controller"); the ECS deploy action and update-service need `ECS` or none (ECS: "Unable to update task definition on
 * services with a CODE_DEPLOY deployment controller"). `EXTERNAL` fits neither.
 */
export function checkDeploymentController(
  definition: ServiceDefinition,
  target: DeployTarget,
  findings: FileFindings,
): void {
  const controller = definition.controller ?? 'ECS';
  const at = positionOf(definition, 'deploymentController', 'type');
  if (target === 'codedeploy' && controller !== 'CODE_DEPLOY') {
    findings.error(
      'service/deployment-controller',
      at,
      `${definition.controller === undefined ? 'deploymentController is not set, so the service uses "ECS"' : `deploymentController.type is ${quote(controller)}`}, ` +
        'but the deploy target is codedeploy: CodeDeploy refuses it ("Deployment group\'s ECS service must be configured ' +
        'for a CODE_DEPLOY deployment controller")',
      'set "deploymentController": {"type": "CODE_DEPLOY"} for CodeDeploy blue/green, or use deploy-target ecs ' +
        '(the ECS deploy action) for a service on the ECS controller',
    );
  } else if (target === 'ecs' && controller !== 'ECS') {
    findings.error(
      'service/deployment-controller',
      at,
      `deploymentController.type is ${quote(controller)}, but the deploy target is ecs: ` +
        (controller === 'CODE_DEPLOY'
          ? 'ECS refuses "Unable to update task definition on services with a CODE_DEPLOY deployment controller"'
          : 'an EXTERNAL controller deploys through task sets, not through update-service'),
      controller === 'CODE_DEPLOY'
        ? 'use deploy-target codedeploy (CodeDeployToECS), or move the service to the ECS controller with ' +
            'strategy BLUE_GREEN (see "Migrating from CodeDeploy blue/green" in the README)'
        : 'set "deploymentController": {"type": "ECS"}',
    );
  }
}

/**
 * The deployment configuration's rules: `service/strategy` (the fields each strategy uses), `service/bake-time`,
 * `service/linear-configuration`, `service/canary-configuration`, `service/lifecycle-hook`, `service/alarms`,
 * `service/circuit-breaker`, `service/deployment-percent`.
 */
export function checkDeploymentConfiguration(definition: ServiceDefinition, findings: FileFindings): void {
  const configuration = memberOf(definition.node, 'deploymentConfiguration');
  if (configuration?.kind !== 'object') return;
  const path = 'deploymentConfiguration';
  const controller = definition.controller ?? 'ECS';
  const strategy = effectiveStrategy(definition);
  const shifting = controller === 'ECS' && TRAFFIC_SHIFT_STRATEGIES.includes(strategy);

  const strategyNode = memberOf(configuration, 'strategy');
  if (strategyNode !== undefined && controller !== 'ECS') {
    // DeploymentController: the strategies are those "of the ECS deployment controller"; ECS's answer to a strategy
    // under another controller is not documented.
    findings.warning(
      'service/strategy',
      strategyNode.position,
      `${path}.strategy applies to the ECS deployment controller; with ${quote(controller)} ` +
        `${controller === 'CODE_DEPLOY' ? "CodeDeploy's deployment configuration decides how traffic shifts" : 'the external controller decides'} ` +
        '(what ECS does with it there is not documented)',
      'remove strategy, or set "deploymentController": {"type": "ECS"}',
    );
  }
  for (const [key, owner] of [
    ['linearConfiguration', 'LINEAR'],
    ['canaryConfiguration', 'CANARY'],
  ] as const) {
    const node = memberOf(configuration, key);
    if (node === undefined || strategy === owner) continue;
    // DeploymentConfiguration: "Only valid when the deployment strategy is LINEAR" (CANARY for canaryConfiguration).
    findings.error(
      'service/strategy',
      entryOf(configuration, key)?.keyPosition ?? node.position,
      `${path}.${key} is only valid when the strategy is ${owner} (${API}, DeploymentConfiguration); the strategy is ` +
        `${definition.strategy === undefined ? 'not set (ROLLING)' : `${quote(strategy)}`}`,
      `set "strategy": ${quote(owner)}, or remove ${key}`,
    );
  }
  const early = memberOf(configuration, 'earlySuccessCriteria');
  if (early !== undefined && strategy !== 'ROLLING') {
    // DeploymentConfiguration: "The early success criteria configuration for a rolling deployment."
    findings.warning(
      'service/strategy',
      early.position,
      `${path}.earlySuccessCriteria is for rolling deployments (${API}, DeploymentConfiguration); with strategy ` +
        `${quote(strategy)} it does not apply`,
      'remove earlySuccessCriteria',
    );
  }

  checkBakeTime(definition, configuration, strategy, controller, findings);
  checkLinear(memberOf(configuration, 'linearConfiguration'), findings);
  checkCanary(memberOf(configuration, 'canaryConfiguration'), findings);
  checkLifecycleHooks(definition, findings);
  checkAlarms(memberOf(configuration, 'alarms'), findings);
  checkCircuitBreaker(memberOf(configuration, 'deploymentCircuitBreaker'), strategy, controller, shifting, findings);
  checkDeploymentPercents(definition, configuration, controller, findings);
}

function checkBakeTime(
  definition: ServiceDefinition,
  configuration: PositionedValue,
  strategy: string,
  controller: string,
  findings: FileFindings,
): void {
  const path = 'deploymentConfiguration.bakeTimeInMinutes';
  const node = memberOf(configuration, 'bakeTimeInMinutes');
  if (node === undefined) {
    if (strategy === 'BLUE_GREEN' && controller === 'ECS') {
      // DeploymentConfiguration.bakeTimeInMinutes: "You must provide this parameter when you use the BLUE_GREEN
      // deployment strategy." (CloudFormation's reference gives defaults instead; so a warning.)
      findings.warning(
        'service/bake-time',
        positionOf(definition, 'deploymentConfiguration', 'strategy'),
        `strategy is BLUE_GREEN and ${path} is not set; the ${API} (DeploymentConfiguration) says it must be provided ` +
          'with BLUE_GREEN (the time both revisions run after production traffic has shifted, for a rollback)',
        'add "bakeTimeInMinutes", e.g. 5',
      );
    }
    return;
  }
  if (node.kind !== 'number') return; // the model walk reports the type
  if (!Number.isInteger(node.value) || node.value < 0) {
    findings.error(
      'service/bake-time',
      node.position,
      `${path} is ${describeValue(node)}; it is a whole number of minutes (${API}, DeploymentConfiguration: Integer)`,
      `set ${path} to 0 or more`,
    );
  } else if (node.value > BAKE_TIME_DOCUMENTED_ELSEWHERE) {
    findings.warning(
      'service/bake-time',
      node.position,
      `${path} is ${node.value}; the ${API} states no range for it, and only third-party documentation gives ` +
        `0–${BAKE_TIME_DOCUMENTED_ELSEWHERE} minutes (24 hours), so ECS may refuse it`,
      `keep ${path} at ${BAKE_TIME_DOCUMENTED_ELSEWHERE} or less`,
    );
  }
}

/** LinearConfiguration: stepPercent "multiples of 0.1 from 3.0 to 100.0"; stepBakeTimeInMinutes "0 to 1440". */
function checkLinear(node: PositionedValue | undefined, findings: FileFindings): void {
  if (node?.kind !== 'object') return;
  const path = 'deploymentConfiguration.linearConfiguration';
  checkPercentStep(memberOf(node, 'stepPercent'), `${path}.stepPercent`, 3, 'service/linear-configuration', findings);
  checkWholeNumber(
    memberOf(node, 'stepBakeTimeInMinutes'),
    `${path}.stepBakeTimeInMinutes`,
    { min: 0, max: 1440, unit: 'minutes' },
    'service/linear-configuration',
    findings,
    `${API}, LinearConfiguration`,
  );
}

/** CanaryConfiguration: canaryPercent "multiples of 0.1 from 0.1 to 100.0"; canaryBakeTimeInMinutes "0 to 1440". */
function checkCanary(node: PositionedValue | undefined, findings: FileFindings): void {
  if (node?.kind !== 'object') return;
  const path = 'deploymentConfiguration.canaryConfiguration';
  checkPercentStep(
    memberOf(node, 'canaryPercent'),
    `${path}.canaryPercent`,
    0.1,
    'service/canary-configuration',
    findings,
  );
  checkWholeNumber(
    memberOf(node, 'canaryBakeTimeInMinutes'),
    `${path}.canaryBakeTimeInMinutes`,
    { min: 0, max: 1440, unit: 'minutes' },
    'service/canary-configuration',
    findings,
    `${API}, CanaryConfiguration`,
  );
}

function checkPercentStep(
  node: PositionedValue | undefined,
  path: string,
  min: number,
  rule: string,
  findings: FileFindings,
): void {
  if (node?.kind !== 'number') return;
  // Multiples of 0.1: compare in tenths, so that 3.3 (3.2999…) counts.
  const tenths = node.value * 10;
  const multiple = Math.abs(tenths - Math.round(tenths)) < 1e-9;
  if (multiple && node.value >= min - 1e-9 && node.value <= 100) return;
  const shape = rule === 'service/linear-configuration' ? 'LinearConfiguration' : 'CanaryConfiguration';
  findings.error(
    rule,
    node.position,
    `${path} is ${node.raw}; it must be a multiple of 0.1 from ${min.toFixed(1)} to 100.0 (${API}, ${shape})`,
    `set ${path} to a value from ${min.toFixed(1)} to 100.0 with at most one decimal, e.g. ${min === 3 ? '10.0' : '5.0'}`,
  );
}

function checkLifecycleHooks(definition: ServiceDefinition, findings: FileFindings): void {
  const stages = ecsEnumValues('DeploymentLifecycleHookStage');
  for (const hook of definition.lifecycleHooks) checkLifecycleHook(hook, stages, findings);
}

function checkLifecycleHook(hook: ServiceLifecycleHook, stages: readonly string[], findings: FileFindings): void {
  const path = childPath('deploymentConfiguration.lifecycleHooks', hook.index);
  const { node, targetType } = hook;
  const target = memberOf(node, 'hookTargetArn');
  const role = memberOf(node, 'roleArn');
  const stageList = memberOf(node, 'lifecycleStages');
  const source = `${API}, DeploymentLifecycleHook`;
  if (targetType === 'AWS_LAMBDA') {
    if (target === undefined) {
      findings.error(
        'service/lifecycle-hook',
        node.position,
        `${path} has no hookTargetArn; an AWS_LAMBDA hook (the default targetType) needs the Lambda function's ARN (${source})`,
        'add "hookTargetArn": "arn:aws:lambda:<region>:<account>:function:<name>", or set "targetType": "PAUSE"',
      );
    } else if (target.kind === 'string' && !LAMBDA_FUNCTION_ARN.test(target.value)) {
      findings.error(
        'service/lifecycle-hook',
        target.position,
        `${path}.hookTargetArn ${quote(target.value)} is not a Lambda function ARN; an AWS_LAMBDA hook ` +
          `takes one (${source})`,
        'write "arn:aws:lambda:<region>:<account>:function:<name>" (a name alone is not accepted here)',
      );
    }
    if (role === undefined) {
      // Developer guide, "Permissions required for Lambda functions in Amazon ECS blue/green deployments": ECS assumes
      // this role to invoke the function. Whether CreateService refuses a hook without it is not documented.
      findings.warning(
        'service/lifecycle-hook',
        node.position,
        `${path} has no roleArn: ECS invokes the hook's function with this role (trusted by ecs.amazonaws.com, ` +
          'allowed lambda:InvokeFunction); whether ECS refuses the hook without it is not documented, but it cannot call the function',
        'add "roleArn": "arn:aws:iam::<account>:role/<role ECS assumes to invoke the hook>"',
      );
    }
  } else if (targetType === 'PAUSE') {
    for (const [key, value] of [
      ['hookTargetArn', target],
      ['hookDetails', memberOf(node, 'hookDetails')],
    ] as const) {
      if (value === undefined) continue;
      findings.warning(
        'service/lifecycle-hook',
        value.position,
        `${path}.${key} is not used by a PAUSE hook (${source}: "not applicable for PAUSE hooks"); ECS ignores it`,
        `remove ${key}, or set "targetType": "AWS_LAMBDA"`,
      );
    }
  }
  if (role?.kind === 'string' && !IAM_ROLE_ARN.test(role.value)) {
    findings.error(
      'service/lifecycle-hook',
      role.position,
      `${path}.roleArn ${quote(role.value)} is not an IAM role ARN (${source})`,
      'write "arn:aws:iam::<account>:role/<name>"',
    );
  }
  if (stageList === undefined || (stageList.kind === 'array' && stageList.items.length === 0)) {
    findings.error(
      'service/lifecycle-hook',
      stageList?.position ?? node.position,
      `${path} has no lifecycleStages; a hook must name the stages it runs at (${source}: "You must provide this ` +
        `parameter"): ${joinWords(stages.map((stage) => `${quote(stage)}`))}`,
      'add "lifecycleStages": ["POST_TEST_TRAFFIC_SHIFT"] (or the stages the hook is for)',
    );
  }
  const seen = new Set<string>();
  itemsOf(node, 'lifecycleStages').forEach((stage, index) => {
    if (stage.kind !== 'string') return;
    if (targetType === 'PAUSE' && LAMBDA_ONLY_STAGES.includes(stage.value)) {
      findings.error(
        'service/lifecycle-hook',
        stage.position,
        `${path}.lifecycleStages[${index}] is ${quote(stage.value)}, where a PAUSE hook cannot be configured (${source}: ` +
          `PAUSE hooks cannot be at ${joinWords(LAMBDA_ONLY_STAGES, 'or')}; those stages are only for AWS_LAMBDA hooks)`,
        'pause at POST_TEST_TRAFFIC_SHIFT or PRE_PRODUCTION_TRAFFIC_SHIFT instead, or use an AWS_LAMBDA hook there',
      );
    }
    if (seen.has(stage.value)) {
      findings.warning(
        'service/lifecycle-hook',
        stage.position,
        `${path}.lifecycleStages lists ${quote(stage.value)} twice`,
        'list each stage once',
      );
    }
    seen.add(stage.value);
  });
  checkWholeNumber(
    memberOf(memberOf(node, 'timeoutConfiguration'), 'timeoutInMinutes'),
    `${path}.timeoutConfiguration.timeoutInMinutes`,
    { min: 1, max: 20160, unit: 'minutes' },
    'service/lifecycle-hook',
    findings,
    `${API}, DeploymentLifecycleHookTimeoutConfiguration`,
  );
}

/** DeploymentAlarms: alarmNames, rollback and enable are all required members; enable turns the alarms on. */
function checkAlarms(node: PositionedValue | undefined, findings: FileFindings): void {
  if (node?.kind !== 'object') return;
  const path = 'deploymentConfiguration.alarms';
  const enable = memberOf(node, 'enable');
  const names = memberOf(node, 'alarmNames');
  const rollback = memberOf(node, 'rollback');
  if (enable?.kind === 'boolean' && enable.value && names?.kind === 'array' && names.items.length === 0) {
    findings.error(
      'service/alarms',
      names.position,
      `${path}.enable is true but alarmNames is empty: there is no CloudWatch alarm to watch (${API}, DeploymentAlarms)`,
      'list the alarm names, or set "enable": false',
    );
  }
  if (enable?.kind === 'boolean' && !enable.value && rollback?.kind === 'boolean' && rollback.value) {
    findings.warning(
      'service/alarms',
      rollback.position,
      `${path}.rollback is true but enable is false: with the alarms off nothing triggers the rollback, so ECS ignores it`,
      'set "enable": true to roll back on alarms',
    );
  }
}

/**
 * DeploymentConfiguration.deploymentCircuitBreaker: "can only be used for services using the rolling update (ECS)
 * deployment type". With blue/green, linear or canary, or another controller, ECS does not use it.
 */
function checkCircuitBreaker(
  node: PositionedValue | undefined,
  strategy: string,
  controller: string,
  shifting: boolean,
  findings: FileFindings,
): void {
  if (node?.kind !== 'object') return;
  const path = 'deploymentConfiguration.deploymentCircuitBreaker';
  const enable = memberOf(node, 'enable');
  if (enable?.kind !== 'boolean' || !enable.value) {
    const rollback = memberOf(node, 'rollback');
    if (rollback?.kind === 'boolean' && rollback.value) {
      findings.warning(
        'service/circuit-breaker',
        rollback.position,
        `${path}.rollback is true but enable is not: without the circuit breaker nothing triggers the rollback, so ECS ignores it`,
        'set "enable": true',
      );
    }
    return;
  }
  if (controller === 'ECS' && !shifting) return;
  findings.warning(
    'service/circuit-breaker',
    enable.position,
    `${path} is enabled, but it works only with rolling updates (${API}, DeploymentConfiguration); this service ` +
      `${controller !== 'ECS' ? `uses the ${controller} controller` : `uses strategy ${strategy}`}, so ECS does not use it` +
      (shifting ? ' (blue/green, linear and canary roll back on alarms and lifecycle hooks)' : ''),
    shifting
      ? 'remove deploymentCircuitBreaker and use alarms with "rollback": true'
      : 'remove deploymentCircuitBreaker',
  );
}

/**
 * DeploymentConfiguration.maximumPercent / minimumHealthyPercent: "You can't specify a custom … value for a service that
 * uses either the blue/green (CODE_DEPLOY) or EXTERNAL deployment types and has tasks that use the EC2 launch type";
 * with Fargate they are "not used".
 */
function checkDeploymentPercents(
  definition: ServiceDefinition,
  configuration: PositionedValue,
  controller: string,
  findings: FileFindings,
): void {
  if (controller === 'ECS') return;
  const launchType = memberOf(definition.node, 'launchType');
  const ec2 = launchType?.kind === 'string' && launchType.value === 'EC2';
  const fargate = launchType?.kind === 'string' && launchType.value === 'FARGATE';
  for (const key of ['maximumPercent', 'minimumHealthyPercent']) {
    const node = memberOf(configuration, key);
    if (node === undefined) continue;
    const path = `deploymentConfiguration.${key}`;
    if (ec2) {
      findings.error(
        'service/deployment-percent',
        node.position,
        `${path} cannot be set for a service on the ${controller} controller with the EC2 launch type (${API}, ` +
          'DeploymentConfiguration: "You can\'t specify a custom value")',
        `remove ${key}`,
      );
    } else if (fargate) {
      findings.warning(
        'service/deployment-percent',
        node.position,
        `${path} is not used by a Fargate service on the ${controller} controller (${API}, DeploymentConfiguration); ECS ignores it`,
        `remove ${key}`,
      );
    }
  }
}
