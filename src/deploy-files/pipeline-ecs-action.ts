/**
 * The standard `ECS` deploy action of CodePipeline (CodePipeline action reference, "Amazon Elastic Container Service
 * deploy action": provider ECS, one input artifact; configuration ClusterName and ServiceName required, FileName default
 * `imagedefinitions.json`, DeploymentTimeout in minutes, 1–60, default 60 — the CDK's EcsDeployAction documents the
 * same range and default) against the service definition and the files the build writes; and whether a deploy action
 * fits the service's deployment controller at all.
 */
import { quote, type FileFindings } from './findings';
import { IMAGE_DEFINITIONS_FILE } from './image-detail';
import {
  checkArtifactReference,
  requiredConfiguration,
  type ArtifactOutput,
  type DeployAction,
  type PipelineContext,
} from './pipeline-artifacts';
import { describeValue, memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { effectiveStrategy, TRAFFIC_SHIFT_STRATEGIES, type ServiceDefinition } from './service-definition';
import { itemsOf } from './task-context';

const SOURCE = 'CodePipeline action reference, Amazon ECS deploy action';
const REQUIRED_CONFIGURATION = ['ClusterName', 'ServiceName'];
const DEFAULT_DEPLOYMENT_TIMEOUT = 60;
/** LinearConfiguration and CanaryConfiguration defaults (ECS API reference). */
const LINEAR_DEFAULTS = { stepPercent: 10, stepBakeTimeInMinutes: 6 };
const CANARY_DEFAULTS = { canaryBakeTimeInMinutes: 10 };

/**
 * `pipeline/deploy-action-controller`: CodeDeployToECS deploys only a service on the CODE_DEPLOY controller, the ECS
 * action only one on the ECS controller (ECS: "Unable to update task definition on services with a CODE_DEPLOY
 * deployment controller"); `pipeline/deploy-target`: with deploy-target ecs the artifact holds no appspec, which
 * CodeDeployToECS needs.
 */
export function checkDeployActionFits(
  action: PositionedValue,
  provider: 'CodeDeployToECS' | 'ECS',
  findings: FileFindings,
  context: PipelineContext,
): void {
  const label = `action ${quote(stringMemberOf(action, 'name') ?? '(unnamed)')}`;
  const at = memberOf(memberOf(action, 'actionTypeId'), 'provider')?.position ?? action.position;
  if (provider === 'CodeDeployToECS' && context.deployTarget === 'ecs') {
    findings.error(
      'pipeline/deploy-target',
      at,
      `${label} is CodeDeployToECS, which reads an appspec from the artifact, but the deploy target is ecs: the ` +
        'artifact holds imagedefinitions.json and no appspec',
      'deploy with the ECS action (provider "ECS") for a service on the ECS controller, or build with deploy-target codedeploy',
    );
  }
  const service = context.serviceDefinition;
  if (service === undefined) return;
  const controller = service.controller ?? 'ECS';
  const fits = provider === 'CodeDeployToECS' ? controller === 'CODE_DEPLOY' : controller === 'ECS';
  if (fits) return;
  findings.error(
    'pipeline/deploy-action-controller',
    at,
    `${label} is ${provider === 'ECS' ? 'the ECS deploy action' : 'CodeDeployToECS'}, but the service ` +
      `${quote(service.service ?? '(unnamed)')} uses the ${controller} deployment controller` +
      (service.controller === undefined ? ' (none is set)' : '') +
      (provider === 'ECS'
        ? ': ECS refuses "Unable to update task definition on services with a CODE_DEPLOY deployment controller"'
        : ': CodeDeploy refuses "Deployment group\'s ECS service must be configured for a CODE_DEPLOY deployment controller"'),
    provider === 'ECS'
      ? 'deploy with CodeDeployToECS, or move the service to the ECS controller (README: migrating from CodeDeploy blue/green)'
      : 'deploy with the ECS action (provider "ECS"), which ECS blue/green, linear and canary services use',
  );
}

/**
 * Checks one ECS deploy action: its configuration (`pipeline/configuration`), its input artifact
 * (`pipeline/artifact-reference`), FileName (`pipeline/image-definitions`), ClusterName and ServiceName against the
 * service definition (`pipeline/service-mismatch`), DeploymentTimeout against the bake time and hook timeouts
 * (`pipeline/deployment-timeout`), and that the action ignores the built task definition (`pipeline/ignores-taskdef`).
 */
export function checkEcsDeployAction(
  action: DeployAction,
  outputs: ReadonlyMap<string, ArtifactOutput>,
  findings: FileFindings,
  context: PipelineContext,
): void {
  const label = `action ${quote(stringMemberOf(action.node, 'name') ?? '(unnamed)')}`;
  const configuration = requiredConfiguration(
    action.node,
    label,
    {
      name: 'the ECS deploy action',
      source: SOURCE,
      example: '{"ClusterName": …, "ServiceName": …, "FileName": "imagedefinitions.json"}',
    },
    REQUIRED_CONFIGURATION,
    findings,
  );
  if (configuration === undefined) return;
  const inputs = itemsOf(action.node, 'inputArtifacts');
  if (inputs.length !== 1) {
    findings.error(
      'pipeline/artifact-reference',
      (memberOf(action.node, 'inputArtifacts') ?? action.node).position,
      `${label} has ${inputs.length} input artifacts; the ECS deploy action takes exactly one, the artifact that holds ` +
        `${IMAGE_DEFINITIONS_FILE} (${SOURCE})`,
      "list the Build action's output artifact as its one input artifact",
    );
  }
  for (const artifact of inputs) {
    const name = memberOf(artifact, 'name');
    if (name?.kind === 'string') {
      checkArtifactReference(name, 'inputArtifacts', label, undefined, action, outputs, findings);
    }
  }
  checkFileName(memberOf(configuration, 'FileName'), label, findings, context);
  const service = context.serviceDefinition;
  if (service !== undefined) checkNames(configuration, label, service, findings);
  checkTimeout(memberOf(configuration, 'DeploymentTimeout'), configuration, label, service, findings);
  if (context.taskdefName !== undefined) {
    findings.warning(
      'pipeline/ignores-taskdef',
      memberOf(action.node, 'actionTypeId')?.position ?? action.node.position,
      `${label} (the ECS deploy action) creates its own task definition revision from the one the service runs and ` +
        `changes only the images of ${IMAGE_DEFINITIONS_FILE}; changes to ${context.taskdefName} (environment, cpu, a ` +
        `new container) do not deploy through it (${SOURCE})`,
      `when ${context.taskdefName} changes, register it (aws ecs register-task-definition --cli-input-json ` +
        `file://${context.taskdefName}) and point the service at it (aws ecs update-service --task-definition …)`,
    );
  }
}

function checkFileName(
  node: PositionedValue | undefined,
  label: string,
  findings: FileFindings,
  context: PipelineContext,
): void {
  const name = node?.kind === 'string' ? node.value : node === undefined ? IMAGE_DEFINITIONS_FILE : undefined;
  if (name !== undefined && name !== IMAGE_DEFINITIONS_FILE) {
    findings.error(
      'pipeline/image-definitions',
      node?.position ?? { line: 1, column: 1 },
      `FileName of ${label} is ${quote(name)}, but the artifact holds ${quote(IMAGE_DEFINITIONS_FILE)} at its root; the action ` +
        `would not find the file (${SOURCE})`,
      `set "FileName": ${quote(IMAGE_DEFINITIONS_FILE)}, or leave it out (that is the default)`,
    );
  }
  if (context.imageContainers !== undefined && context.imageContainers.length === 0 && context.containers.length > 0) {
    findings.error(
      'pipeline/image-definitions',
      (node ?? { position: { line: 1, column: 1 } }).position,
      `no container of the task definition gets the built image, so ${IMAGE_DEFINITIONS_FILE} would be an empty list ` +
        `and ${label} would deploy nothing`,
      'put the image placeholder (e.g. "image": "<IMAGE1_NAME>") in the container that runs it, or name it with container',
    );
  }
}

function checkNames(
  configuration: PositionedValue,
  label: string,
  service: ServiceDefinition,
  findings: FileFindings,
): void {
  for (const [key, expected, field] of [
    ['ClusterName', service.cluster, 'cluster'],
    ['ServiceName', service.service, service.form === 'update-service' ? 'service' : 'serviceName'],
  ] as const) {
    const node = memberOf(configuration, key);
    if (node?.kind !== 'string' || expected === undefined || node.value === expected) continue;
    findings.error(
      'pipeline/service-mismatch',
      node.position,
      `${key} of ${label} is ${quote(node.value)}, but the service definition's ${field} is ${quote(expected)}: the action ` +
        'would deploy another service than the one checked',
      `set ${quote(key)}: ${quote(expected)}`,
    );
  }
}

/** How long a deployment of the service takes at least (its bake times), and at most more (its hook timeouts). */
export function deploymentMinutes(service: ServiceDefinition): { baked: number; hooks: number } {
  if ((service.controller ?? 'ECS') !== 'ECS' || !TRAFFIC_SHIFT_STRATEGIES.includes(effectiveStrategy(service))) {
    return { baked: 0, hooks: 0 };
  }
  const configuration = memberOf(service.node, 'deploymentConfiguration');
  const number = (node: PositionedValue | undefined, fallback: number) =>
    node?.kind === 'number' ? node.value : fallback;
  let baked = service.bakeTimeInMinutes ?? 0;
  const strategy = effectiveStrategy(service);
  if (strategy === 'LINEAR') {
    const linear = memberOf(configuration, 'linearConfiguration');
    const step = number(memberOf(linear, 'stepPercent'), LINEAR_DEFAULTS.stepPercent);
    const stepBake = number(memberOf(linear, 'stepBakeTimeInMinutes'), LINEAR_DEFAULTS.stepBakeTimeInMinutes);
    // LinearConfiguration: the step bake time "is not applied after reaching 100 percent traffic".
    const steps = step > 0 ? Math.ceil(100 / step - 1e-9) - 1 : 0;
    baked += steps * stepBake;
  } else if (strategy === 'CANARY') {
    const canary = memberOf(configuration, 'canaryConfiguration');
    baked += number(memberOf(canary, 'canaryBakeTimeInMinutes'), CANARY_DEFAULTS.canaryBakeTimeInMinutes);
  }
  const hooks = service.lifecycleHooks.reduce((sum, hook) => sum + hook.timeoutInMinutes * hook.stages.length, 0);
  return { baked, hooks };
}

function checkTimeout(
  node: PositionedValue | undefined,
  configuration: PositionedValue,
  label: string,
  service: ServiceDefinition | undefined,
  findings: FileFindings,
): void {
  let timeout = DEFAULT_DEPLOYMENT_TIMEOUT;
  if (node !== undefined) {
    const text = node.kind === 'string' ? node.value.trim() : undefined;
    const value = text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
    if (value === undefined || value < 1 || value > 60) {
      findings.error(
        'pipeline/deployment-timeout',
        node.position,
        `DeploymentTimeout of ${label} is ${describeValue(node)}; it is a whole number of minutes from 1 to 60, written ` +
          `as a string like every action configuration value (${SOURCE})`,
        'set "DeploymentTimeout": "60" (or leave it out: 60 is the default)',
      );
      return;
    }
    timeout = value;
  }
  if (service === undefined) return;
  const { baked, hooks } = deploymentMinutes(service);
  const at = (node ?? configuration).position;
  const setting =
    node === undefined ? `no DeploymentTimeout (the default, ${timeout} minutes)` : `DeploymentTimeout ${timeout}`;
  if (baked >= timeout) {
    findings.error(
      'pipeline/deployment-timeout',
      at,
      `${label} has ${setting}, but the service's ${effectiveStrategy(service)} deployment bakes for ${baked} minutes ` +
        'before ECS completes it: the action times out and fails while ECS carries on' +
        (timeout === 60 ? ' (60 minutes is the most the action allows)' : ''),
      baked < 60
        ? `set "DeploymentTimeout" above ${baked} (at most "60")`
        : 'shorten bakeTimeInMinutes (and the linear or canary step bake times) to well under 60 minutes, or deploy outside the ECS action',
    );
  } else if (baked + hooks >= timeout) {
    findings.warning(
      'pipeline/deployment-timeout',
      at,
      `${label} has ${setting}; the service's bake time (${baked} minutes) plus its lifecycle hooks' timeouts ` +
        `(${hooks} minutes, 1440 for a hook without timeoutConfiguration) reach it: a hook that waits until its timeout ` +
        'makes the action time out while ECS carries on',
      "set the hooks' timeoutConfiguration.timeoutInMinutes so that the sum stays under the action's timeout",
    );
  }
}
