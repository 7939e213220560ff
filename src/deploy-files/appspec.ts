/**
 * The ECS appspec's rules: its one TargetService, the TaskDefinition reference, LoadBalancerInfo, network
 * configuration, capacity provider strategy and hooks — and, against the task definition, that ContainerName is a
 * container that maps ContainerPort.
 */
import { closestMatch } from '../suggest';
import { joinWords, type FileFindings, type Position, quote } from './findings';
import {
  childPath,
  describeValue,
  entryOf,
  memberOf,
  pathLabel,
  type PositionedObject,
  type PositionedValue,
} from './positioned-value';
import { TASK_DEFINITION_ARN, TASK_DEFINITION_PLACEHOLDER } from './render-files';
import { containerLabel, type ContainerSummary } from './task-context';

const ECS_HOOKS = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'];
/** Lifecycle events of EC2/on-premises deployments, to explain why they are not ECS hooks. */
const EC2_HOOKS = [
  'ApplicationStop',
  'DownloadBundle',
  'Install',
  'ApplicationStart',
  'ValidateService',
  'BeforeBlockTraffic',
  'AfterBlockTraffic',
];
const EC2_KEYS = ['os', 'files', 'permissions'];
const ASSIGN_PUBLIC_IP = ['ENABLED', 'DISABLED'];
const AWSVPC_KEYS = ['Subnets', 'SecurityGroups', 'AssignPublicIp'];
/** AwsVpcConfiguration: "up to 16 subnets", "up to 5 security groups". */
const MAX_SUBNETS = 16;
const MAX_SECURITY_GROUPS = 5;
const LAMBDA_FUNCTION =
  /^(?:[A-Za-z0-9_-]{1,64}|arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9$_-]{1,128})?)$/;
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const PLATFORM_VERSION = /^(?:LATEST|\d+\.\d+\.\d+)$/;
const TASK_DEFINITION_FIX =
  `write TaskDefinition: ${TASK_DEFINITION_PLACEHOLDER} (CodePipeline fills in the task definition it registers), ` +
  'or a full ARN with its revision: arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>';

/** A value of the appspec with where it is written. */
export interface LocatedValue<T> {
  readonly value: T;
  readonly position: Position;
}

/** What the cross-check with the task definition needs from an appspec. */
export interface LoadBalancerContainer {
  readonly containerName?: LocatedValue<string>;
  readonly containerPort?: LocatedValue<number>;
}

/**
 * Checks a parsed ECS appspec on its own.
 * @param requireTaskDefinitionPlaceholder build mode: a fixed TaskDefinition ARN would deploy an old revision
 * @returns the LoadBalancerInfo values, for `checkAppspecAgainstTaskDefinition`
 */
export function checkAppspec(
  root: PositionedValue,
  findings: FileFindings,
  requireTaskDefinitionPlaceholder: boolean,
): LoadBalancerContainer {
  return new AppspecRules(findings, requireTaskDefinitionPlaceholder).check(root);
}

class AppspecRules {
  #target: { containerName?: LocatedValue<string>; containerPort?: LocatedValue<number> } = {};

  constructor(
    private readonly findings: FileFindings,
    private readonly requireTaskDefinitionPlaceholder: boolean,
  ) {}

  check(root: PositionedValue): LoadBalancerContainer {
    const appspec = this.object(root, '', ['version', 'Resources', 'Hooks', ...EC2_KEYS], ['version', 'Resources']);
    if (appspec === undefined) return this.#target;
    for (const entry of appspec.entries) {
      if (!EC2_KEYS.includes(entry.key)) continue;
      this.findings.warning(
        'appspec/ec2-key',
        entry.keyPosition,
        `${quote(entry.key)} belongs to EC2/on-premises appspecs; an ECS deployment has no instance to copy files to or ` +
          'set permissions on',
        `remove ${quote(entry.key)}; an ECS appspec has version, Resources and Hooks`,
      );
    }
    const version = memberOf(appspec, 'version');
    if (version !== undefined) this.checkVersion(version);
    const resources = memberOf(appspec, 'Resources');
    if (resources !== undefined) this.checkResources(resources);
    const hooks = memberOf(appspec, 'Hooks');
    if (hooks !== undefined) this.checkHooks(hooks);
    return this.#target;
  }

  /**
   * The node as an object with only `keys`, reporting a wrong type, unknown keys and missing `required` ones.
   * @returns the object, or undefined when the node is not one
   */
  private object(
    node: PositionedValue,
    path: string,
    keys: readonly string[],
    required: readonly string[],
  ): PositionedObject | undefined {
    if (node.kind !== 'object') {
      this.findings.error(
        'appspec/value-type',
        node.position,
        `${pathLabel(path)} is ${describeValue(node)}; it must be a mapping with the keys ${joinWords(
          keys.filter((key) => !EC2_KEYS.includes(key)),
          'and',
        )}`,
        `write ${pathLabel(path)} as key: value lines`,
      );
      return undefined;
    }
    for (const entry of node.entries) {
      if (keys.includes(entry.key)) continue;
      const closest = closestMatch(entry.key, keys);
      this.findings.error(
        'appspec/unknown-key',
        entry.keyPosition,
        `unknown key ${quote(entry.key)} in ${pathLabel(path)}` +
          (closest !== undefined ? `; did you mean ${quote(closest)}?` : '') +
          ' (keys are case-sensitive; whether CodeDeploy ignores or rejects unknown keys is unverified, so it counts as an error)',
        closest !== undefined
          ? `rename it to ${quote(closest)}`
          : `remove it; the keys here are ${joinWords(
              keys.map((key) => `${quote(key)}`),
              'and',
            )}`,
      );
    }
    for (const key of required) {
      if (entryOf(node, key) !== undefined) continue;
      this.findings.error(
        'appspec/missing-key',
        node.position,
        `${pathLabel(path)} has no ${quote(key)}, which CodeDeploy requires`,
        `add ${quote(key)}`,
      );
    }
    return node;
  }

  private checkVersion(version: PositionedValue): void {
    // YAML and JSON read 0.0 as the number 0, so compare what was written.
    const written = version.kind === 'string' ? version.value : version.kind === 'number' ? version.raw : undefined;
    if (written === '0.0') return;
    this.findings.error(
      'appspec/version',
      version.position,
      `version is ${describeValue(version)}; the only appspec version is 0.0`,
      'write version: 0.0',
    );
  }

  private checkResources(resources: PositionedValue): void {
    if (resources.kind !== 'array') {
      this.findings.error(
        'appspec/value-type',
        resources.position,
        `Resources is ${describeValue(resources)}; it must be a list with one TargetService`,
        'write Resources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties: …',
      );
      return;
    }
    const [first, second] = resources.items;
    if (first === undefined || second !== undefined) {
      this.findings.error(
        'appspec/resources',
        second?.position ?? resources.position,
        `Resources has ${resources.items.length} items; an ECS appspec has exactly one, the TargetService`,
        resources.items.length === 0 ? 'add the TargetService' : 'keep one TargetService item',
      );
    }
    if (first === undefined) return;
    const item = this.object(first, 'Resources[0]', ['TargetService'], ['TargetService']);
    const targetService = memberOf(item, 'TargetService');
    if (targetService === undefined) return;
    const path = 'Resources[0].TargetService';
    const service = this.object(targetService, path, ['Type', 'Properties'], ['Type', 'Properties']);
    const type = memberOf(service, 'Type');
    if (type !== undefined && !(type.kind === 'string' && type.value === 'AWS::ECS::Service')) {
      this.findings.error(
        'appspec/service-type',
        type.position,
        `${path}.Type is ${describeValue(type)}; an ECS deployment's target is "AWS::ECS::Service"` +
          (type.kind === 'string' && type.value === 'AWS::Lambda::Function' ? ' (this is a Lambda appspec)' : ''),
        'write Type: AWS::ECS::Service',
      );
    }
    const properties = memberOf(service, 'Properties');
    if (properties !== undefined) this.checkProperties(properties, `${path}.Properties`);
  }

  private checkProperties(node: PositionedValue, path: string): void {
    const properties = this.object(
      node,
      path,
      ['TaskDefinition', 'LoadBalancerInfo', 'PlatformVersion', 'NetworkConfiguration', 'CapacityProviderStrategy'],
      ['TaskDefinition', 'LoadBalancerInfo'],
    );
    if (properties === undefined) return;
    const taskDefinition = memberOf(properties, 'TaskDefinition');
    if (taskDefinition !== undefined) this.checkTaskDefinition(taskDefinition, `${path}.TaskDefinition`);
    const loadBalancerInfo = memberOf(properties, 'LoadBalancerInfo');
    if (loadBalancerInfo !== undefined) this.checkLoadBalancerInfo(loadBalancerInfo, `${path}.LoadBalancerInfo`);
    const platformVersion = memberOf(properties, 'PlatformVersion');
    if (platformVersion !== undefined) this.checkPlatformVersion(platformVersion, `${path}.PlatformVersion`);
    const networkConfiguration = memberOf(properties, 'NetworkConfiguration');
    if (networkConfiguration !== undefined) {
      this.checkNetworkConfiguration(networkConfiguration, `${path}.NetworkConfiguration`);
    }
    const strategy = memberOf(properties, 'CapacityProviderStrategy');
    if (strategy !== undefined) this.checkCapacityProviderStrategy(strategy, `${path}.CapacityProviderStrategy`);
  }

  private checkTaskDefinition(node: PositionedValue, path: string): void {
    if (node.kind !== 'string') {
      this.findings.error(
        'appspec/task-definition',
        node.position,
        `${path} is ${describeValue(node)}`,
        TASK_DEFINITION_FIX,
      );
      return;
    }
    const value = node.value;
    if (value === TASK_DEFINITION_PLACEHOLDER) return;
    if (TASK_DEFINITION_ARN.test(value)) {
      const revision = value.slice(value.lastIndexOf(':') + 1);
      this.findings.add(
        this.requireTaskDefinitionPlaceholder ? 'error' : 'warning',
        'appspec/fixed-task-definition',
        node.position,
        `TaskDefinition is the fixed ARN ${quote(value)}: CodeDeployToECS puts the task definition it registers from ` +
          `taskdef.json only where the appspec says ${TASK_DEFINITION_PLACEHOLDER}, so a pipeline would deploy ` +
          `revision ${revision}, not the new image`,
        `write TaskDefinition: ${TASK_DEFINITION_PLACEHOLDER} (keep a fixed ARN only for deployments made without CodePipeline)`,
      );
      return;
    }
    this.findings.error(
      'appspec/task-definition',
      node.position,
      `TaskDefinition ${taskDefinitionProblem(value)}`,
      TASK_DEFINITION_FIX,
    );
  }

  private checkLoadBalancerInfo(node: PositionedValue, path: string): void {
    const info = this.object(node, path, ['ContainerName', 'ContainerPort'], ['ContainerName', 'ContainerPort']);
    const name = memberOf(info, 'ContainerName');
    if (name !== undefined) {
      if (name.kind === 'string' && ECS_NAME.test(name.value)) {
        this.#target.containerName = { value: name.value, position: name.position };
      } else {
        const problem =
          name.kind !== 'string'
            ? `is ${describeValue(name)}; it must be a container name`
            : name.value.trim() === ''
              ? `is ${name.value === '' ? 'empty' : 'blank'}; it must be the name of the task definition's container that receives traffic`
              : `${quote(name.value)} is not a container name (1–255 letters, digits, "-" and "_")`;
        this.findings.error(
          'appspec/container-name',
          name.position,
          `${path}.ContainerName ${problem}`,
          'write the name of the container (from taskdef.json containerDefinitions[].name) that the load balancer sends traffic to',
        );
      }
    }
    const port = memberOf(info, 'ContainerPort');
    if (port === undefined) return;
    if (port.kind !== 'number') {
      const numeric = port.kind === 'string' && /^\s*\d+\s*$/.test(port.value);
      this.findings.error(
        'appspec/container-port-type',
        port.position,
        `${path}.ContainerPort is ${describeValue(port)}; CodeDeploy needs a number`,
        numeric && port.kind === 'string'
          ? `write it without quotes: ContainerPort: ${port.value.trim()}`
          : 'write the container port as a number, e.g. ContainerPort: 80',
      );
      return;
    }
    if (!Number.isInteger(port.value) || port.value < 1 || port.value > 65535) {
      this.findings.error(
        'appspec/container-port',
        port.position,
        `${path}.ContainerPort is ${port.raw}; a port is a whole number from 1 to 65535`,
        "write the port the container listens on (its portMappings' containerPort)",
      );
      return;
    }
    this.#target.containerPort = { value: port.value, position: port.position };
  }

  private checkPlatformVersion(node: PositionedValue, path: string): void {
    if (node.kind === 'string' && PLATFORM_VERSION.test(node.value)) return;
    this.findings.error(
      'appspec/platform-version',
      node.position,
      `${path} is ${describeValue(node)}; a Fargate platform version is "LATEST" or a version such as "1.4.0"`,
      node.kind === 'number'
        ? `quote it: PlatformVersion: ${quote(node.raw)}`
        : 'write PlatformVersion: LATEST, or remove it',
    );
  }

  private checkNetworkConfiguration(node: PositionedValue, path: string): void {
    const configuration = this.object(node, path, ['AwsvpcConfiguration'], ['AwsvpcConfiguration']);
    const awsvpcNode = memberOf(configuration, 'AwsvpcConfiguration');
    if (awsvpcNode === undefined) return;
    const awsvpcPath = `${path}.AwsvpcConfiguration`;
    const awsvpc = this.object(awsvpcNode, awsvpcPath, AWSVPC_KEYS, []);
    if (awsvpc === undefined) return;
    const present = AWSVPC_KEYS.filter((key) => entryOf(awsvpc, key) !== undefined);
    const missing = AWSVPC_KEYS.filter((key) => !present.includes(key));
    if (present.length > 0 && missing.length > 0) {
      this.findings.error(
        'appspec/awsvpc-configuration',
        awsvpc.position,
        `${awsvpcPath} has ${joinWords(present, 'and')} but no ${joinWords(missing)}; ` +
          'CodeDeploy takes all of Subnets, SecurityGroups and AssignPublicIp, or none',
        `add ${joinWords(
          missing.map((key) => (key === 'AssignPublicIp' ? 'AssignPublicIp: DISABLED (or ENABLED)' : `${key}: [ … ]`)),
          'and',
        )}`,
      );
    }
    for (const key of ['Subnets', 'SecurityGroups']) {
      const list = memberOf(awsvpc, key);
      if (list !== undefined) this.checkIdList(list, `${awsvpcPath}.${key}`);
    }
    const assign = memberOf(awsvpc, 'AssignPublicIp');
    if (assign !== undefined && !(assign.kind === 'string' && ASSIGN_PUBLIC_IP.includes(assign.value))) {
      const closest =
        assign.kind === 'string' ? ASSIGN_PUBLIC_IP.find((value) => value === assign.value.toUpperCase()) : undefined;
      this.findings.error(
        'appspec/assign-public-ip',
        assign.position,
        `${awsvpcPath}.AssignPublicIp is ${describeValue(assign)}; it must be ENABLED or DISABLED` +
          (assign.kind === 'boolean' ? ' (YAML reads an unquoted yes/no/on/off as a boolean)' : ''),
        closest !== undefined ? `write AssignPublicIp: ${closest}` : 'write AssignPublicIp: DISABLED (or ENABLED)',
      );
    }
  }

  /** Subnets and SecurityGroups: a non-empty list of non-empty ids. */
  private checkIdList(node: PositionedValue, path: string): void {
    if (node.kind !== 'array') {
      this.findings.error(
        'appspec/value-type',
        node.position,
        `${path} is ${describeValue(node)}; it must be a list of ids`,
        `write ${path.slice(path.lastIndexOf('.') + 1)}: ["id-1", "id-2"]`,
      );
      return;
    }
    if (node.items.length === 0) {
      this.findings.error('appspec/awsvpc-configuration', node.position, `${path} is empty`, 'list at least one id');
    }
    const limit = path.endsWith('Subnets') ? MAX_SUBNETS : MAX_SECURITY_GROUPS;
    if (node.items.length > limit) {
      this.findings.error(
        'appspec/awsvpc-configuration',
        node.position,
        `${path} lists ${node.items.length} ids; ECS takes at most ${limit} (ECS API reference, AwsVpcConfiguration)`,
        `keep ${limit} or fewer`,
      );
    }
    node.items.forEach((item, index) => {
      if (item.kind === 'string' && item.value.trim() !== '') return;
      this.findings.error(
        'appspec/awsvpc-configuration',
        item.position,
        `${childPath(path, index)} is ${describeValue(item)}; it must be an id such as "subnet-0abc…" or "sg-0abc…"`,
        'write the id, or remove the item',
      );
    });
  }

  private checkCapacityProviderStrategy(node: PositionedValue, path: string): void {
    if (node.kind !== 'array') {
      this.findings.error(
        'appspec/value-type',
        node.position,
        `${path} is ${describeValue(node)}; it must be a list of {CapacityProvider, Base, Weight}`,
        'write it as a list: - CapacityProvider: FARGATE\n    Weight: 1',
      );
      return;
    }
    if (node.items.length === 0) {
      this.findings.error(
        'appspec/capacity-provider-strategy',
        node.position,
        `${path} is empty`,
        'add a capacity provider, or remove CapacityProviderStrategy',
      );
      return;
    }
    const withBase: PositionedValue[] = [];
    const providers = new Map<string, Position>();
    let positiveWeight = false;
    node.items.forEach((itemNode, index) => {
      const itemPath = childPath(path, index);
      const item = this.object(itemNode, itemPath, ['Base', 'CapacityProvider', 'Weight'], ['CapacityProvider']);
      const provider = memberOf(item, 'CapacityProvider');
      if (provider !== undefined && !(provider.kind === 'string' && provider.value.trim() !== '')) {
        this.findings.error(
          'appspec/capacity-provider-strategy',
          provider.position,
          `${itemPath}.CapacityProvider is ${describeValue(provider)}; it must name a capacity provider`,
          'write e.g. CapacityProvider: FARGATE',
        );
      }
      const base = memberOf(item, 'Base');
      if (base !== undefined) {
        // Base 0 is the default, and the CodeDeploy user guide's own example writes it on every provider.
        if (!(base.kind === 'number' && base.value === 0)) withBase.push(base);
        this.checkWholeNumber(base, `${itemPath}.Base`, 100000);
      }
      if (provider?.kind === 'string') {
        const first = providers.get(provider.value);
        if (first !== undefined) {
          // ECS documents no rule for a repeated provider; which entry counts is not said either.
          this.findings.warning(
            'appspec/capacity-provider-strategy',
            provider.position,
            `${itemPath}.CapacityProvider ${quote(provider.value)} is also listed at line ${first.line}; the ECS documentation ` +
              'does not say how a provider listed twice is weighted',
            'list each capacity provider once',
          );
        } else {
          providers.set(provider.value, provider.position);
        }
      }
      const weight = memberOf(item, 'Weight');
      if (weight !== undefined) {
        this.checkWholeNumber(weight, `${itemPath}.Weight`, 1000);
        if (weight.kind === 'number' && weight.value > 0) positiveWeight = true;
      }
    });
    const secondBase = withBase[1];
    if (secondBase !== undefined) {
      this.findings.error(
        'appspec/capacity-provider-strategy',
        secondBase.position,
        `${path} sets a Base above 0 on ${withBase.length} providers; at most one provider may have a Base ` +
          '(ECS API reference, CapacityProviderStrategyItem)',
        'keep a Base above 0 on one provider only (Base: 0 on the others, or no Base)',
      );
    }
    if (!positiveWeight) {
      this.findings.error(
        'appspec/capacity-provider-strategy',
        node.position,
        `no provider in ${path} has a Weight greater than 0; at least one must`,
        'give at least one provider Weight: 1',
      );
    }
  }

  private checkWholeNumber(node: PositionedValue, path: string, maximum: number): void {
    if (node.kind === 'number' && Number.isInteger(node.value) && node.value >= 0 && node.value <= maximum) return;
    this.findings.error(
      node.kind === 'number' ? 'appspec/capacity-provider-strategy' : 'appspec/value-type',
      node.position,
      `${path} is ${describeValue(node)}; it must be a whole number from 0 to ${maximum}`,
      node.kind === 'string' && /^\s*\d+\s*$/.test(node.value)
        ? `write it without quotes: ${node.value.trim()}`
        : `write a number from 0 to ${maximum}`,
    );
  }

  private checkHooks(hooks: PositionedValue): void {
    if (hooks.kind !== 'array') {
      this.findings.error(
        'appspec/hooks',
        hooks.position,
        `Hooks is ${describeValue(hooks)}; it must be a list of single-key mappings (- BeforeInstall: MyFunction)`,
        'write each hook as its own list item: "- AfterAllowTestTraffic: MyTestFunction"',
      );
      return;
    }
    const seen = new Map<string, Position>();
    hooks.items.forEach((item, index) => {
      const path = childPath('Hooks', index);
      const [only] = item.kind === 'object' ? item.entries : [];
      if (only !== undefined) {
        const first = seen.get(only.key);
        if (first !== undefined) {
          // CodeDeploy documents one function per lifecycle event; what it does with a second is not documented.
          this.findings.warning(
            'appspec/hooks',
            only.keyPosition,
            `${only.key} is also a hook at line ${first.line}; CodeDeploy runs one Lambda function per lifecycle event`,
            `keep one ${only.key} hook; one function can run several checks`,
          );
        } else {
          seen.set(only.key, only.keyPosition);
        }
      }
      if (item.kind !== 'object' || item.entries.length !== 1) {
        this.findings.error(
          'appspec/hooks',
          item.position,
          `${path} is ${item.kind === 'object' ? `a mapping with ${item.entries.length} keys` : describeValue(item)}; ` +
            'each hook is a mapping with one key, the lifecycle event, and the Lambda function as its value',
          'write one "- <LifecycleEvent>: <function>" item per hook',
        );
        return;
      }
      const [hook] = item.entries;
      if (hook === undefined) return;
      if (!ECS_HOOKS.includes(hook.key)) {
        const closest = closestMatch(hook.key, ECS_HOOKS);
        this.findings.error(
          'appspec/hook-name',
          hook.keyPosition,
          `${quote(hook.key)} is not an ECS lifecycle event` +
            (EC2_HOOKS.includes(hook.key) ? ' (it is one of EC2/on-premises deployments)' : '') +
            (closest !== undefined ? `; did you mean ${quote(closest)}?` : '') +
            `; ECS hooks are ${joinWords(ECS_HOOKS)}`,
          closest !== undefined
            ? `rename it to ${quote(closest)}`
            : 'use one of the ECS lifecycle events, or remove the hook',
        );
      }
      const fn = hook.value;
      if (fn.kind === 'string' && LAMBDA_FUNCTION.test(fn.value)) return;
      const problem =
        fn.kind !== 'string'
          ? describeValue(fn)
          : fn.value.trim() === ''
            ? `${fn.value === '' ? 'empty' : 'blank'}`
            : `${quote(fn.value)}, which is not a Lambda function name or ARN`;
      this.findings.error(
        'appspec/hook-function',
        fn.position,
        `the ${hook.key} hook's function is ${problem}`,
        'write the Lambda function name (letters, digits, "-" and "_") or its ARN',
      );
    });
  }
}

/** Why a TaskDefinition value is neither the placeholder nor a full ARN, as precisely as the value allows. */
function taskDefinitionProblem(value: string): string {
  const quoted = quote(value);
  if (value.trim() === '') return `is ${value === '' ? 'empty' : 'blank'}`;
  if (value.includes('*')) return `${quoted} has a wildcard; CodeDeploy needs one exact task definition`;
  if (/TASK_DEFINITION/i.test(value)) {
    return `${quoted} is not the placeholder CodeDeploy replaces, which is exactly ${TASK_DEFINITION_PLACEHOLDER}`;
  }
  if (!value.startsWith('arn:')) {
    return `${quoted} is neither ${TASK_DEFINITION_PLACEHOLDER} nor a full task definition ARN (a family or family:revision is not enough)`;
  }
  const [, , service, region, account, ...resourceParts] = value.split(':');
  const resource = resourceParts.join(':');
  if (service !== 'ecs' || !resource.startsWith('task-definition/'))
    return `${quoted} is not an ECS task definition ARN`;
  if (region === '' || account === '') return `${quoted} has no ${region === '' ? 'region' : 'account ID'}`;
  if (!/:\d+$/.test(resource)) return `${quoted} has no revision (":<number>" after the family)`;
  return `${quoted} is not a valid task definition ARN`;
}

/**
 * Cross-checks the appspec's LoadBalancerInfo with the task definition: `appspec/unknown-container` when
 * ContainerName is none of its containers, `appspec/container-port-not-mapped` when the port is not in the
 * container's `portMappings[].containerPort`.
 * @param taskdefFile the task definition's path, for messages
 */
export function checkAppspecAgainstTaskDefinition(
  target: LoadBalancerContainer,
  containers: readonly ContainerSummary[],
  findings: FileFindings,
  taskdefFile: string,
): void {
  const { containerName, containerPort } = target;
  const describeContainer = (container: ContainerSummary): string =>
    `${quote(container.name ?? containerLabel(container))} (${
      container.containerPorts.length > 0 ? `port ${container.containerPorts.join(', ')}` : 'no ports'
    })`;
  const container =
    containerName !== undefined ? containers.find((candidate) => candidate.name === containerName.value) : undefined;
  if (containerName !== undefined && container === undefined) {
    const names = containers.flatMap((candidate) => (candidate.name !== undefined ? [candidate.name] : []));
    const closest = closestMatch(containerName.value, names);
    findings.error(
      'appspec/unknown-container',
      containerName.position,
      `ContainerName ${quote(containerName.value)} is not a container of ${taskdefFile}; its containers are ` +
        `${containers.map(describeContainer).join(', ') || 'none'}` +
        (closest !== undefined ? `; did you mean ${quote(closest)}?` : ''),
      `set ContainerName to the container that receives the load balancer's traffic` +
        (names.length > 0 ? `, e.g. ${quote(closest ?? names[0] ?? '')}` : '') +
        `, or rename that container in ${taskdefFile}`,
    );
  }
  if (containerPort === undefined) return;
  const port = containerPort.value;
  if (container !== undefined) {
    if (container.containerPorts.includes(port)) return;
    findings.error(
      'appspec/container-port-not-mapped',
      containerPort.position,
      `ContainerPort is ${port}, but container ${quote(container.name ?? '')} in ${taskdefFile} maps ` +
        (container.containerPorts.length > 0 ? `containerPort ${container.containerPorts.join(', ')}` : 'no ports'),
      container.containerPorts.length > 0
        ? `set ContainerPort to ${container.containerPorts[0]}, or add {"containerPort": ${port}} to its portMappings`
        : `add "portMappings": [{"containerPort": ${port}}] to the container`,
    );
  } else if (containerName !== undefined && !containers.some((candidate) => candidate.containerPorts.includes(port))) {
    findings.error(
      'appspec/container-port-not-mapped',
      containerPort.position,
      `ContainerPort is ${port}, and no container of ${taskdefFile} maps containerPort ${port}`,
      'set ContainerPort to the port the receiving container maps in portMappings[].containerPort',
    );
  }
}
