export const id = 984;
export const ids = [984];
export const modules = {

/***/ 9984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ PARSE_RULES),
  X: () => (/* binding */ checkDeployFiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/deploy-files/findings.ts
var deploy_files_findings = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/deploy-files/positioned-value.ts
var positioned_value = __webpack_require__(4583);
// EXTERNAL MODULE: ./src/deploy-files/render-files.ts
var render_files = __webpack_require__(7835);
// EXTERNAL MODULE: ./src/deploy-files/task-context.ts
var task_context = __webpack_require__(2574);
;// CONCATENATED MODULE: ./src/deploy-files/appspec.ts
/**
 * The ECS appspec's rules: its one TargetService, the TaskDefinition reference, LoadBalancerInfo, network
 * configuration, capacity provider strategy and hooks — and, against the task definition, that ContainerName is a
 * container that maps ContainerPort.
 */





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
const LAMBDA_FUNCTION = /^(?:[A-Za-z0-9_-]{1,64}|arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9$_-]{1,128})?)$/;
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const PLATFORM_VERSION = /^(?:LATEST|\d+\.\d+\.\d+)$/;
const TASK_DEFINITION_FIX = `write TaskDefinition: ${render_files/* TASK_DEFINITION_PLACEHOLDER */.Uo} (CodePipeline fills in the task definition it registers), ` +
    'or a full ARN with its revision: arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>';
/**
 * Checks a parsed ECS appspec on its own.
 * @param requireTaskDefinitionPlaceholder build mode: a fixed TaskDefinition ARN would deploy an old revision
 * @returns the LoadBalancerInfo values, for `checkAppspecAgainstTaskDefinition`
 */
function checkAppspec(root, findings, requireTaskDefinitionPlaceholder) {
    return new AppspecRules(findings, requireTaskDefinitionPlaceholder).check(root);
}
class AppspecRules {
    findings;
    requireTaskDefinitionPlaceholder;
    #target = {};
    constructor(findings, requireTaskDefinitionPlaceholder) {
        this.findings = findings;
        this.requireTaskDefinitionPlaceholder = requireTaskDefinitionPlaceholder;
    }
    check(root) {
        const appspec = this.object(root, '', ['version', 'Resources', 'Hooks', ...EC2_KEYS], ['version', 'Resources']);
        if (appspec === undefined)
            return this.#target;
        for (const entry of appspec.entries) {
            if (!EC2_KEYS.includes(entry.key))
                continue;
            this.findings.warning('appspec/ec2-key', entry.keyPosition, `${(0,deploy_files_findings/* quote */.A0)(entry.key)} belongs to EC2/on-premises appspecs; an ECS deployment has no instance to copy files to or ` +
                'set permissions on', `remove ${(0,deploy_files_findings/* quote */.A0)(entry.key)}; an ECS appspec has version, Resources and Hooks`);
        }
        const version = (0,positioned_value/* memberOf */.C5)(appspec, 'version');
        if (version !== undefined)
            this.checkVersion(version);
        const resources = (0,positioned_value/* memberOf */.C5)(appspec, 'Resources');
        if (resources !== undefined)
            this.checkResources(resources);
        const hooks = (0,positioned_value/* memberOf */.C5)(appspec, 'Hooks');
        if (hooks !== undefined)
            this.checkHooks(hooks);
        return this.#target;
    }
    /**
     * The node as an object with only `keys`, reporting a wrong type, unknown keys and missing `required` ones.
     * @returns the object, or undefined when the node is not one
     */
    object(node, path, keys, required) {
        if (node.kind !== 'object') {
            this.findings.error('appspec/value-type', node.position, `${(0,positioned_value/* pathLabel */.me)(path)} is ${(0,positioned_value/* describeValue */.bp)(node)}; it must be a mapping with the keys ${(0,deploy_files_findings/* joinWords */.yZ)(keys.filter((key) => !EC2_KEYS.includes(key)), 'and')}`, `write ${(0,positioned_value/* pathLabel */.me)(path)} as key: value lines`);
            return undefined;
        }
        for (const entry of node.entries) {
            if (keys.includes(entry.key))
                continue;
            const closest = (0,suggest/* closestMatch */.h)(entry.key, keys);
            this.findings.error('appspec/unknown-key', entry.keyPosition, `unknown key ${(0,deploy_files_findings/* quote */.A0)(entry.key)} in ${(0,positioned_value/* pathLabel */.me)(path)}` +
                (closest !== undefined ? `; did you mean ${(0,deploy_files_findings/* quote */.A0)(closest)}?` : '') +
                ' (keys are case-sensitive; whether CodeDeploy ignores or rejects unknown keys is unverified, so it counts as an error)', closest !== undefined
                ? `rename it to ${(0,deploy_files_findings/* quote */.A0)(closest)}`
                : `remove it; the keys here are ${(0,deploy_files_findings/* joinWords */.yZ)(keys.map((key) => `${(0,deploy_files_findings/* quote */.A0)(key)}`), 'and')}`);
        }
        for (const key of required) {
            if ((0,positioned_value/* entryOf */.Ms)(node, key) !== undefined)
                continue;
            this.findings.error('appspec/missing-key', node.position, `${(0,positioned_value/* pathLabel */.me)(path)} has no ${(0,deploy_files_findings/* quote */.A0)(key)}, which CodeDeploy requires`, `add ${(0,deploy_files_findings/* quote */.A0)(key)}`);
        }
        return node;
    }
    checkVersion(version) {
        // YAML and JSON read 0.0 as the number 0, so compare what was written.
        const written = version.kind === 'string' ? version.value : version.kind === 'number' ? version.raw : undefined;
        if (written === '0.0')
            return;
        this.findings.error('appspec/version', version.position, `version is ${(0,positioned_value/* describeValue */.bp)(version)}; the only appspec version is 0.0`, 'write version: 0.0');
    }
    checkResources(resources) {
        if (resources.kind !== 'array') {
            this.findings.error('appspec/value-type', resources.position, `Resources is ${(0,positioned_value/* describeValue */.bp)(resources)}; it must be a list with one TargetService`, 'write Resources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties: …');
            return;
        }
        const [first, second] = resources.items;
        if (first === undefined || second !== undefined) {
            this.findings.error('appspec/resources', second?.position ?? resources.position, `Resources has ${resources.items.length} items; an ECS appspec has exactly one, the TargetService`, resources.items.length === 0 ? 'add the TargetService' : 'keep one TargetService item');
        }
        if (first === undefined)
            return;
        const item = this.object(first, 'Resources[0]', ['TargetService'], ['TargetService']);
        const targetService = (0,positioned_value/* memberOf */.C5)(item, 'TargetService');
        if (targetService === undefined)
            return;
        const path = 'Resources[0].TargetService';
        const service = this.object(targetService, path, ['Type', 'Properties'], ['Type', 'Properties']);
        const type = (0,positioned_value/* memberOf */.C5)(service, 'Type');
        if (type !== undefined && !(type.kind === 'string' && type.value === 'AWS::ECS::Service')) {
            this.findings.error('appspec/service-type', type.position, `${path}.Type is ${(0,positioned_value/* describeValue */.bp)(type)}; an ECS deployment's target is "AWS::ECS::Service"` +
                (type.kind === 'string' && type.value === 'AWS::Lambda::Function' ? ' (this is a Lambda appspec)' : ''), 'write Type: AWS::ECS::Service');
        }
        const properties = (0,positioned_value/* memberOf */.C5)(service, 'Properties');
        if (properties !== undefined)
            this.checkProperties(properties, `${path}.Properties`);
    }
    checkProperties(node, path) {
        const properties = this.object(node, path, ['TaskDefinition', 'LoadBalancerInfo', 'PlatformVersion', 'NetworkConfiguration', 'CapacityProviderStrategy'], ['TaskDefinition', 'LoadBalancerInfo']);
        if (properties === undefined)
            return;
        const taskDefinition = (0,positioned_value/* memberOf */.C5)(properties, 'TaskDefinition');
        if (taskDefinition !== undefined)
            this.checkTaskDefinition(taskDefinition, `${path}.TaskDefinition`);
        const loadBalancerInfo = (0,positioned_value/* memberOf */.C5)(properties, 'LoadBalancerInfo');
        if (loadBalancerInfo !== undefined)
            this.checkLoadBalancerInfo(loadBalancerInfo, `${path}.LoadBalancerInfo`);
        const platformVersion = (0,positioned_value/* memberOf */.C5)(properties, 'PlatformVersion');
        if (platformVersion !== undefined)
            this.checkPlatformVersion(platformVersion, `${path}.PlatformVersion`);
        const networkConfiguration = (0,positioned_value/* memberOf */.C5)(properties, 'NetworkConfiguration');
        if (networkConfiguration !== undefined) {
            this.checkNetworkConfiguration(networkConfiguration, `${path}.NetworkConfiguration`);
        }
        const strategy = (0,positioned_value/* memberOf */.C5)(properties, 'CapacityProviderStrategy');
        if (strategy !== undefined)
            this.checkCapacityProviderStrategy(strategy, `${path}.CapacityProviderStrategy`);
    }
    checkTaskDefinition(node, path) {
        if (node.kind !== 'string') {
            this.findings.error('appspec/task-definition', node.position, `${path} is ${(0,positioned_value/* describeValue */.bp)(node)}`, TASK_DEFINITION_FIX);
            return;
        }
        const value = node.value;
        if (value === render_files/* TASK_DEFINITION_PLACEHOLDER */.Uo)
            return;
        if (render_files/* TASK_DEFINITION_ARN */.sv.test(value)) {
            const revision = value.slice(value.lastIndexOf(':') + 1);
            this.findings.add(this.requireTaskDefinitionPlaceholder ? 'error' : 'warning', 'appspec/fixed-task-definition', node.position, `TaskDefinition is the fixed ARN ${(0,deploy_files_findings/* quote */.A0)(value)}: CodeDeployToECS puts the task definition it registers from ` +
                `taskdef.json only where the appspec says ${render_files/* TASK_DEFINITION_PLACEHOLDER */.Uo}, so a pipeline would deploy ` +
                `revision ${revision}, not the new image`, `write TaskDefinition: ${render_files/* TASK_DEFINITION_PLACEHOLDER */.Uo} (keep a fixed ARN only for deployments made without CodePipeline)`);
            return;
        }
        this.findings.error('appspec/task-definition', node.position, `TaskDefinition ${taskDefinitionProblem(value)}`, TASK_DEFINITION_FIX);
    }
    checkLoadBalancerInfo(node, path) {
        const info = this.object(node, path, ['ContainerName', 'ContainerPort'], ['ContainerName', 'ContainerPort']);
        const name = (0,positioned_value/* memberOf */.C5)(info, 'ContainerName');
        if (name !== undefined) {
            if (name.kind === 'string' && ECS_NAME.test(name.value)) {
                this.#target.containerName = { value: name.value, position: name.position };
            }
            else {
                const problem = name.kind !== 'string'
                    ? `is ${(0,positioned_value/* describeValue */.bp)(name)}; it must be a container name`
                    : name.value.trim() === ''
                        ? `is ${name.value === '' ? 'empty' : 'blank'}; it must be the name of the task definition's container that receives traffic`
                        : `${(0,deploy_files_findings/* quote */.A0)(name.value)} is not a container name (1–255 letters, digits, "-" and "_")`;
                this.findings.error('appspec/container-name', name.position, `${path}.ContainerName ${problem}`, 'write the name of the container (from taskdef.json containerDefinitions[].name) that the load balancer sends traffic to');
            }
        }
        const port = (0,positioned_value/* memberOf */.C5)(info, 'ContainerPort');
        if (port === undefined)
            return;
        if (port.kind !== 'number') {
            const numeric = port.kind === 'string' && /^\s*\d+\s*$/.test(port.value);
            this.findings.error('appspec/container-port-type', port.position, `${path}.ContainerPort is ${(0,positioned_value/* describeValue */.bp)(port)}; CodeDeploy needs a number`, numeric && port.kind === 'string'
                ? `write it without quotes: ContainerPort: ${port.value.trim()}`
                : 'write the container port as a number, e.g. ContainerPort: 80');
            return;
        }
        if (!Number.isInteger(port.value) || port.value < 1 || port.value > 65535) {
            this.findings.error('appspec/container-port', port.position, `${path}.ContainerPort is ${port.raw}; a port is a whole number from 1 to 65535`, "write the port the container listens on (its portMappings' containerPort)");
            return;
        }
        this.#target.containerPort = { value: port.value, position: port.position };
    }
    checkPlatformVersion(node, path) {
        if (node.kind === 'string' && PLATFORM_VERSION.test(node.value))
            return;
        this.findings.error('appspec/platform-version', node.position, `${path} is ${(0,positioned_value/* describeValue */.bp)(node)}; a Fargate platform version is "LATEST" or a version such as "1.4.0"`, node.kind === 'number'
            ? `quote it: PlatformVersion: ${(0,deploy_files_findings/* quote */.A0)(node.raw)}`
            : 'write PlatformVersion: LATEST, or remove it');
    }
    checkNetworkConfiguration(node, path) {
        const configuration = this.object(node, path, ['AwsvpcConfiguration'], ['AwsvpcConfiguration']);
        const awsvpcNode = (0,positioned_value/* memberOf */.C5)(configuration, 'AwsvpcConfiguration');
        if (awsvpcNode === undefined)
            return;
        const awsvpcPath = `${path}.AwsvpcConfiguration`;
        const awsvpc = this.object(awsvpcNode, awsvpcPath, AWSVPC_KEYS, []);
        if (awsvpc === undefined)
            return;
        const present = AWSVPC_KEYS.filter((key) => (0,positioned_value/* entryOf */.Ms)(awsvpc, key) !== undefined);
        const missing = AWSVPC_KEYS.filter((key) => !present.includes(key));
        if (present.length > 0 && missing.length > 0) {
            this.findings.error('appspec/awsvpc-configuration', awsvpc.position, `${awsvpcPath} has ${(0,deploy_files_findings/* joinWords */.yZ)(present, 'and')} but no ${(0,deploy_files_findings/* joinWords */.yZ)(missing)}; ` +
                'CodeDeploy takes all of Subnets, SecurityGroups and AssignPublicIp, or none', `add ${(0,deploy_files_findings/* joinWords */.yZ)(missing.map((key) => (key === 'AssignPublicIp' ? 'AssignPublicIp: DISABLED (or ENABLED)' : `${key}: [ … ]`)), 'and')}`);
        }
        for (const key of ['Subnets', 'SecurityGroups']) {
            const list = (0,positioned_value/* memberOf */.C5)(awsvpc, key);
            if (list !== undefined)
                this.checkIdList(list, `${awsvpcPath}.${key}`);
        }
        const assign = (0,positioned_value/* memberOf */.C5)(awsvpc, 'AssignPublicIp');
        if (assign !== undefined && !(assign.kind === 'string' && ASSIGN_PUBLIC_IP.includes(assign.value))) {
            const closest = assign.kind === 'string' ? ASSIGN_PUBLIC_IP.find((value) => value === assign.value.toUpperCase()) : undefined;
            this.findings.error('appspec/assign-public-ip', assign.position, `${awsvpcPath}.AssignPublicIp is ${(0,positioned_value/* describeValue */.bp)(assign)}; it must be ENABLED or DISABLED` +
                (assign.kind === 'boolean' ? ' (YAML reads an unquoted yes/no/on/off as a boolean)' : ''), closest !== undefined ? `write AssignPublicIp: ${closest}` : 'write AssignPublicIp: DISABLED (or ENABLED)');
        }
    }
    /** Subnets and SecurityGroups: a non-empty list of non-empty ids. */
    checkIdList(node, path) {
        if (node.kind !== 'array') {
            this.findings.error('appspec/value-type', node.position, `${path} is ${(0,positioned_value/* describeValue */.bp)(node)}; it must be a list of ids`, `write ${path.slice(path.lastIndexOf('.') + 1)}: ["id-1", "id-2"]`);
            return;
        }
        if (node.items.length === 0) {
            this.findings.error('appspec/awsvpc-configuration', node.position, `${path} is empty`, 'list at least one id');
        }
        const limit = path.endsWith('Subnets') ? MAX_SUBNETS : MAX_SECURITY_GROUPS;
        if (node.items.length > limit) {
            this.findings.error('appspec/awsvpc-configuration', node.position, `${path} lists ${node.items.length} ids; ECS takes at most ${limit} (ECS API reference, AwsVpcConfiguration)`, `keep ${limit} or fewer`);
        }
        node.items.forEach((item, index) => {
            if (item.kind === 'string' && item.value.trim() !== '')
                return;
            this.findings.error('appspec/awsvpc-configuration', item.position, `${(0,positioned_value/* childPath */.cm)(path, index)} is ${(0,positioned_value/* describeValue */.bp)(item)}; it must be an id such as "subnet-0abc…" or "sg-0abc…"`, 'write the id, or remove the item');
        });
    }
    checkCapacityProviderStrategy(node, path) {
        if (node.kind !== 'array') {
            this.findings.error('appspec/value-type', node.position, `${path} is ${(0,positioned_value/* describeValue */.bp)(node)}; it must be a list of {CapacityProvider, Base, Weight}`, 'write it as a list: - CapacityProvider: FARGATE\n    Weight: 1');
            return;
        }
        if (node.items.length === 0) {
            this.findings.error('appspec/capacity-provider-strategy', node.position, `${path} is empty`, 'add a capacity provider, or remove CapacityProviderStrategy');
            return;
        }
        const withBase = [];
        const providers = new Map();
        let positiveWeight = false;
        node.items.forEach((itemNode, index) => {
            const itemPath = (0,positioned_value/* childPath */.cm)(path, index);
            const item = this.object(itemNode, itemPath, ['Base', 'CapacityProvider', 'Weight'], ['CapacityProvider']);
            const provider = (0,positioned_value/* memberOf */.C5)(item, 'CapacityProvider');
            if (provider !== undefined && !(provider.kind === 'string' && provider.value.trim() !== '')) {
                this.findings.error('appspec/capacity-provider-strategy', provider.position, `${itemPath}.CapacityProvider is ${(0,positioned_value/* describeValue */.bp)(provider)}; it must name a capacity provider`, 'write e.g. CapacityProvider: FARGATE');
            }
            const base = (0,positioned_value/* memberOf */.C5)(item, 'Base');
            if (base !== undefined) {
                // Base 0 is the default, and the CodeDeploy user guide's own example writes it on every provider.
                if (!(base.kind === 'number' && base.value === 0))
                    withBase.push(base);
                this.checkWholeNumber(base, `${itemPath}.Base`, 100000);
            }
            if (provider?.kind === 'string') {
                const first = providers.get(provider.value);
                if (first !== undefined) {
                    // ECS documents no rule for a repeated provider; which entry counts is not said either.
                    this.findings.warning('appspec/capacity-provider-strategy', provider.position, `${itemPath}.CapacityProvider ${(0,deploy_files_findings/* quote */.A0)(provider.value)} is also listed at line ${first.line}; the ECS documentation ` +
                        'does not say how a provider listed twice is weighted', 'list each capacity provider once');
                }
                else {
                    providers.set(provider.value, provider.position);
                }
            }
            const weight = (0,positioned_value/* memberOf */.C5)(item, 'Weight');
            if (weight !== undefined) {
                this.checkWholeNumber(weight, `${itemPath}.Weight`, 1000);
                if (weight.kind === 'number' && weight.value > 0)
                    positiveWeight = true;
            }
        });
        const secondBase = withBase[1];
        if (secondBase !== undefined) {
            this.findings.error('appspec/capacity-provider-strategy', secondBase.position, `${path} sets a Base above 0 on ${withBase.length} providers; at most one provider may have a Base ` +
                '(ECS API reference, CapacityProviderStrategyItem)', 'keep a Base above 0 on one provider only (Base: 0 on the others, or no Base)');
        }
        if (!positiveWeight) {
            this.findings.error('appspec/capacity-provider-strategy', node.position, `no provider in ${path} has a Weight greater than 0; at least one must`, 'give at least one provider Weight: 1');
        }
    }
    checkWholeNumber(node, path, maximum) {
        if (node.kind === 'number' && Number.isInteger(node.value) && node.value >= 0 && node.value <= maximum)
            return;
        this.findings.error(node.kind === 'number' ? 'appspec/capacity-provider-strategy' : 'appspec/value-type', node.position, `${path} is ${(0,positioned_value/* describeValue */.bp)(node)}; it must be a whole number from 0 to ${maximum}`, node.kind === 'string' && /^\s*\d+\s*$/.test(node.value)
            ? `write it without quotes: ${node.value.trim()}`
            : `write a number from 0 to ${maximum}`);
    }
    checkHooks(hooks) {
        if (hooks.kind !== 'array') {
            this.findings.error('appspec/hooks', hooks.position, `Hooks is ${(0,positioned_value/* describeValue */.bp)(hooks)}; it must be a list of single-key mappings (- BeforeInstall: MyFunction)`, 'write each hook as its own list item: "- AfterAllowTestTraffic: MyTestFunction"');
            return;
        }
        const seen = new Map();
        hooks.items.forEach((item, index) => {
            const path = (0,positioned_value/* childPath */.cm)('Hooks', index);
            const [only] = item.kind === 'object' ? item.entries : [];
            if (only !== undefined) {
                const first = seen.get(only.key);
                if (first !== undefined) {
                    // CodeDeploy documents one function per lifecycle event; what it does with a second is not documented.
                    this.findings.warning('appspec/hooks', only.keyPosition, `${only.key} is also a hook at line ${first.line}; CodeDeploy runs one Lambda function per lifecycle event`, `keep one ${only.key} hook; one function can run several checks`);
                }
                else {
                    seen.set(only.key, only.keyPosition);
                }
            }
            if (item.kind !== 'object' || item.entries.length !== 1) {
                this.findings.error('appspec/hooks', item.position, `${path} is ${item.kind === 'object' ? `a mapping with ${item.entries.length} keys` : (0,positioned_value/* describeValue */.bp)(item)}; ` +
                    'each hook is a mapping with one key, the lifecycle event, and the Lambda function as its value', 'write one "- <LifecycleEvent>: <function>" item per hook');
                return;
            }
            const [hook] = item.entries;
            if (hook === undefined)
                return;
            if (!ECS_HOOKS.includes(hook.key)) {
                const closest = (0,suggest/* closestMatch */.h)(hook.key, ECS_HOOKS);
                this.findings.error('appspec/hook-name', hook.keyPosition, `${(0,deploy_files_findings/* quote */.A0)(hook.key)} is not an ECS lifecycle event` +
                    (EC2_HOOKS.includes(hook.key) ? ' (it is one of EC2/on-premises deployments)' : '') +
                    (closest !== undefined ? `; did you mean ${(0,deploy_files_findings/* quote */.A0)(closest)}?` : '') +
                    `; ECS hooks are ${(0,deploy_files_findings/* joinWords */.yZ)(ECS_HOOKS)}`, closest !== undefined
                    ? `rename it to ${(0,deploy_files_findings/* quote */.A0)(closest)}`
                    : 'use one of the ECS lifecycle events, or remove the hook');
            }
            const fn = hook.value;
            if (fn.kind === 'string' && LAMBDA_FUNCTION.test(fn.value))
                return;
            const problem = fn.kind !== 'string'
                ? (0,positioned_value/* describeValue */.bp)(fn)
                : fn.value.trim() === ''
                    ? `${fn.value === '' ? 'empty' : 'blank'}`
                    : `${(0,deploy_files_findings/* quote */.A0)(fn.value)}, which is not a Lambda function name or ARN`;
            this.findings.error('appspec/hook-function', fn.position, `the ${hook.key} hook's function is ${problem}`, 'write the Lambda function name (letters, digits, "-" and "_") or its ARN');
        });
    }
}
/** Why a TaskDefinition value is neither the placeholder nor a full ARN, as precisely as the value allows. */
function taskDefinitionProblem(value) {
    const quoted = (0,deploy_files_findings/* quote */.A0)(value);
    if (value.trim() === '')
        return `is ${value === '' ? 'empty' : 'blank'}`;
    if (value.includes('*'))
        return `${quoted} has a wildcard; CodeDeploy needs one exact task definition`;
    if (/TASK_DEFINITION/i.test(value)) {
        return `${quoted} is not the placeholder CodeDeploy replaces, which is exactly ${render_files/* TASK_DEFINITION_PLACEHOLDER */.Uo}`;
    }
    if (!value.startsWith('arn:')) {
        return `${quoted} is neither ${render_files/* TASK_DEFINITION_PLACEHOLDER */.Uo} nor a full task definition ARN (a family or family:revision is not enough)`;
    }
    const [, , service, region, account, ...resourceParts] = value.split(':');
    const resource = resourceParts.join(':');
    if (service !== 'ecs' || !resource.startsWith('task-definition/'))
        return `${quoted} is not an ECS task definition ARN`;
    if (region === '' || account === '')
        return `${quoted} has no ${region === '' ? 'region' : 'account ID'}`;
    if (!/:\d+$/.test(resource))
        return `${quoted} has no revision (":<number>" after the family)`;
    return `${quoted} is not a valid task definition ARN`;
}
/**
 * Cross-checks the appspec's LoadBalancerInfo with the task definition: `appspec/unknown-container` when
 * ContainerName is none of its containers, `appspec/container-port-not-mapped` when the port is not in the
 * container's `portMappings[].containerPort`.
 * @param taskdefFile the task definition's path, for messages
 */
function checkAppspecAgainstTaskDefinition(target, containers, findings, taskdefFile) {
    const { containerName, containerPort } = target;
    const describeContainer = (container) => `${(0,deploy_files_findings/* quote */.A0)(container.name ?? (0,task_context/* containerLabel */.qR)(container))} (${container.containerPorts.length > 0 ? `port ${container.containerPorts.join(', ')}` : 'no ports'})`;
    const container = containerName !== undefined ? containers.find((candidate) => candidate.name === containerName.value) : undefined;
    if (containerName !== undefined && container === undefined) {
        const names = containers.flatMap((candidate) => (candidate.name !== undefined ? [candidate.name] : []));
        const closest = (0,suggest/* closestMatch */.h)(containerName.value, names);
        findings.error('appspec/unknown-container', containerName.position, `ContainerName ${(0,deploy_files_findings/* quote */.A0)(containerName.value)} is not a container of ${taskdefFile}; its containers are ` +
            `${containers.map(describeContainer).join(', ') || 'none'}` +
            (closest !== undefined ? `; did you mean ${(0,deploy_files_findings/* quote */.A0)(closest)}?` : ''), `set ContainerName to the container that receives the load balancer's traffic` +
            (names.length > 0 ? `, e.g. ${(0,deploy_files_findings/* quote */.A0)(closest ?? names[0] ?? '')}` : '') +
            `, or rename that container in ${taskdefFile}`);
    }
    if (containerPort === undefined)
        return;
    const port = containerPort.value;
    if (container !== undefined) {
        if (container.containerPorts.includes(port))
            return;
        findings.error('appspec/container-port-not-mapped', containerPort.position, `ContainerPort is ${port}, but container ${(0,deploy_files_findings/* quote */.A0)(container.name ?? '')} in ${taskdefFile} maps ` +
            (container.containerPorts.length > 0 ? `containerPort ${container.containerPorts.join(', ')}` : 'no ports'), container.containerPorts.length > 0
            ? `set ContainerPort to ${container.containerPorts[0]}, or add {"containerPort": ${port}} to its portMappings`
            : `add "portMappings": [{"containerPort": ${port}}] to the container`);
    }
    else if (containerName !== undefined && !containers.some((candidate) => candidate.containerPorts.includes(port))) {
        findings.error('appspec/container-port-not-mapped', containerPort.position, `ContainerPort is ${port}, and no container of ${taskdefFile} maps containerPort ${port}`, 'set ContainerPort to the port the receiving container maps in portMappings[].containerPort');
    }
}

// EXTERNAL MODULE: ./src/deploy-files/image-detail.ts
var image_detail = __webpack_require__(3484);
;// CONCATENATED MODULE: ./src/deploy-files/parse-json.ts
/**
 * A strict JSON parser (RFC 8259: no comments, no trailing commas, double-quoted strings) that keeps the position
 * of every value and key. ECS and CodeDeploy read these files with strict parsers, so what JSON.parse would reject
 * is a syntax error here too, reported at the character where it goes wrong and with the usual mistake named.
 *
 * Why not @humanwhocodes/momoa (3.3, which has positions on every node and keeps duplicate keys): its positions are the
 * same as ours, but its errors are a token name and nothing else — `{family: 1}` gives "Unexpected identifier 'family'
 * found.", `{"a" 1}` "Unexpected token Number found.", `{"a":1,}` "Unexpected token RBrace found." — where the
 * findings the tests assert name the mistake and its fix (an unquoted name, a missing colon, a trailing comma, NaN).
 * It also rejects a byte order mark outright, which ECS reads past and we report as a warning. Naming the mistake
 * from momoa's message would mean lexing the text again at the error: most of this parser, plus a dependency.
 */


/** Deeper nesting than any deployment file needs; the limit keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 256;
const BYTE_ORDER_MARK = '\uFEFF';
class JsonSyntaxError extends Error {
    offset;
    fix;
    constructor(offset, message, fix) {
        super(message);
        this.offset = offset;
        this.fix = fix;
    }
}
/** Parses strict JSON text into a positioned value; a syntax error is a problem at its position, not an exception. */
function parseJson(text) {
    const lines = new positioned_value/* LineIndex */.rr(text);
    const hasByteOrderMark = text.startsWith(BYTE_ORDER_MARK);
    const problems = hasByteOrderMark
        ? [
            {
                severity: 'warning',
                position: { line: 1, column: 1 },
                message: 'the file starts with a UTF-8 byte order mark, which JSON does not allow and some parsers reject',
                fix: 'save the file as UTF-8 without a byte order mark',
            },
        ]
        : [];
    const parser = new JsonParser(text, lines, hasByteOrderMark ? 1 : 0);
    try {
        return { value: parser.parseDocument(), problems };
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        return {
            problems: [
                ...problems,
                { severity: 'error', position: lines.position(error.offset), message: error.message, fix: error.fix },
            ],
        };
    }
}
class JsonParser {
    text;
    lines;
    #offset;
    constructor(text, lines, start) {
        this.text = text;
        this.lines = lines;
        this.#offset = start;
    }
    parseDocument() {
        this.skipWhitespace();
        if (this.#offset >= this.text.length) {
            throw new JsonSyntaxError(0, 'the file is empty', 'write a JSON object: { … }');
        }
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.#offset < this.text.length) {
            if (this.startsComment())
                throw this.unexpected('the end of the file');
            throw new JsonSyntaxError(this.#offset, `unexpected ${this.describeNext()} after the end of the JSON value`, 'a JSON file holds exactly one value; remove what follows it or merge it into the object');
        }
        return value;
    }
    parseValue(depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonSyntaxError(this.#offset, `values are nested more than ${MAX_DEPTH} deep`, 'flatten the file');
        }
        const start = this.#offset;
        const position = this.position(start);
        const character = this.text[start];
        switch (character) {
            case '{':
                return this.parseObject(position, depth);
            case '[':
                return this.parseArray(position, depth);
            case '"':
                return { kind: 'string', position, value: this.parseString(), raw: this.text.slice(start, this.#offset) };
            case 't':
            case 'f':
            case 'n':
                return this.parseLiteral(position);
            default:
                if (character !== undefined && /[-0-9]/.test(character))
                    return this.parseNumber(position);
                throw this.unexpected('a value (object, list, string, number, true, false or null)');
        }
    }
    parseObject(position, depth) {
        this.#offset++; // {
        const entries = [];
        this.skipWhitespace();
        if (this.text[this.#offset] === '}') {
            this.#offset++;
            return { kind: 'object', position, entries };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.#offset] !== '"') {
                if (this.text[this.#offset] === '}' && entries.length > 0) {
                    throw new JsonSyntaxError(this.#offset, 'trailing comma before }', 'remove the comma after the last property');
                }
                throw this.unexpected('a property name in double quotes');
            }
            const keyPosition = this.position(this.#offset);
            const key = this.parseString();
            this.skipWhitespace();
            if (this.text[this.#offset] !== ':')
                throw this.unexpected(`':' after the property name ${(0,deploy_files_findings/* quote */.A0)(key)}`);
            this.#offset++;
            this.skipWhitespace();
            entries.push({ key, keyPosition, value: this.parseValue(depth + 1) });
            this.skipWhitespace();
            const next = this.text[this.#offset];
            this.#offset++;
            if (next === '}')
                return { kind: 'object', position, entries };
            if (next !== ',') {
                this.#offset--;
                if (next === '"')
                    throw this.missingComma(`after the value of ${(0,deploy_files_findings/* quote */.A0)(key)}`);
                throw this.unexpected(`',' or '}' after the value of ${(0,deploy_files_findings/* quote */.A0)(key)}`);
            }
        }
    }
    parseArray(position, depth) {
        this.#offset++; // [
        const items = [];
        this.skipWhitespace();
        if (this.text[this.#offset] === ']') {
            this.#offset++;
            return { kind: 'array', position, items };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.#offset] === ']' && items.length > 0) {
                throw new JsonSyntaxError(this.#offset, 'trailing comma before ]', 'remove the comma after the last item');
            }
            items.push(this.parseValue(depth + 1));
            this.skipWhitespace();
            const next = this.text[this.#offset];
            this.#offset++;
            if (next === ']')
                return { kind: 'array', position, items };
            if (next !== ',') {
                this.#offset--;
                if (next !== undefined && /["{[\d-]/.test(next))
                    throw this.missingComma('between list items');
                throw this.unexpected("',' or ']' after a list item");
            }
        }
    }
    /** Parses the string starting at the current `"` and returns its value. */
    parseString() {
        const start = this.#offset;
        this.#offset++; // "
        let value = '';
        for (;;) {
            const character = this.text[this.#offset];
            if (character === undefined || character === '\n') {
                throw new JsonSyntaxError(start, 'string is not closed', 'add the closing " on the same line');
            }
            if (character === '"') {
                this.#offset++;
                return value;
            }
            if (character === '\\') {
                value += this.parseEscape();
                continue;
            }
            if (character < ' ') {
                throw new JsonSyntaxError(this.#offset, `control character U+${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} inside a string`, 'write it as an escape (\\t, \\n, \\u00XX)');
            }
            value += character;
            this.#offset++;
        }
    }
    parseEscape() {
        const escape = this.text[this.#offset + 1];
        const simple = {
            '"': '"',
            '\\': '\\',
            '/': '/',
            b: '\b',
            f: '\f',
            n: '\n',
            r: '\r',
            t: '\t',
        };
        if (escape !== undefined && escape in simple) {
            this.#offset += 2;
            return simple[escape] ?? '';
        }
        if (escape === 'u') {
            const hex = this.text.slice(this.#offset + 2, this.#offset + 6);
            if (/^[0-9a-fA-F]{4}$/.test(hex)) {
                this.#offset += 6;
                return String.fromCharCode(Number.parseInt(hex, 16));
            }
        }
        throw new JsonSyntaxError(this.#offset, `invalid escape \\${escape ?? ''} in a string`, 'JSON escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\');
    }
    parseNumber(position) {
        const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(this.text.slice(this.#offset));
        const raw = match?.[0] ?? '';
        const after = this.text[this.#offset + raw.length];
        if (raw === '' || raw === '-' || (after !== undefined && /[\w.]/.test(after))) {
            const token = /^[-+\w.]+/.exec(this.text.slice(this.#offset))?.[0] ?? '';
            throw new JsonSyntaxError(this.#offset, `${(0,deploy_files_findings/* quote */.A0)(token)} is not a JSON number`, 'write digits with an optional fraction and exponent and no leading zeros, or quote it as a string');
        }
        this.#offset += raw.length;
        return { kind: 'number', position, value: Number(raw), raw };
    }
    parseLiteral(position) {
        for (const [word, node] of [
            ['true', { kind: 'boolean', position, value: true, raw: 'true' }],
            ['false', { kind: 'boolean', position, value: false, raw: 'false' }],
            ['null', { kind: 'null', position, raw: 'null' }],
        ]) {
            if (this.text.startsWith(word, this.#offset) && !/\w/.test(this.text[this.#offset + word.length] ?? '')) {
                this.#offset += word.length;
                return node;
            }
        }
        throw this.unexpected('a value (object, list, string, number, true, false or null)');
    }
    skipWhitespace() {
        while (/[ \t\n\r]/.test(this.text[this.#offset] ?? ''))
            this.#offset++;
    }
    position(offset) {
        return this.lines.position(offset);
    }
    describeNext() {
        const character = this.text[this.#offset];
        if (character === undefined)
            return 'end of file';
        const word = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.#offset))?.[0];
        return word !== undefined ? (0,deploy_files_findings/* quote */.A0)(word) : `'${character}'`;
    }
    startsComment() {
        return this.text.startsWith('//', this.#offset) || this.text.startsWith('/*', this.#offset);
    }
    missingComma(where) {
        return new JsonSyntaxError(this.#offset, `missing ',' ${where}`, "add a ',' before this value");
    }
    /** A syntax error at the current offset, naming the usual mistake when the text shows one. */
    unexpected(expected) {
        const rest = this.text.slice(this.#offset);
        if (this.startsComment()) {
            return new JsonSyntaxError(this.#offset, 'comments are not allowed in JSON', 'remove the comment');
        }
        if (rest.startsWith("'")) {
            return new JsonSyntaxError(this.#offset, `expected ${expected}, found a single-quoted string`, 'JSON strings use double quotes: "…"');
        }
        if (/^[A-Za-z_$]/.test(rest) && expected.startsWith('a property name')) {
            return new JsonSyntaxError(this.#offset, `expected ${expected}, found the unquoted name ${this.describeNext()}`, 'put property names in double quotes: "name": …');
        }
        return new JsonSyntaxError(this.#offset, `expected ${expected}, found ${this.describeNext()}`, 'fix the JSON syntax at this place (a missing comma, quote or bracket is the usual cause)');
    }
}

// EXTERNAL MODULE: ./src/deploy-files/parse-yaml.ts
var parse_yaml = __webpack_require__(9264);
;// CONCATENATED MODULE: ./src/deploy-files/pipeline-artifacts.ts
/**
 * What every deploy action of a pipeline shares: where its artifacts come from (the CodePipeline pipeline structure
 * reference: an input artifact is the output of an action in an earlier stage, or of a lower runOrder in the same one).
 */




const SOURCE = 'CodePipeline action reference, CodeDeployToECS';
/** The names of an action's input artifacts. */
function inputArtifactNames(action) {
    return (0,task_context/* itemsOf */.S3)(action, 'inputArtifacts').flatMap((artifact) => {
        const name = (0,positioned_value/* stringMemberOf */.pd)(artifact, 'name');
        return name !== undefined ? [name] : [];
    });
}
/**
 * `pipeline/artifact-reference`: an artifact the action names is one of its inputs (unless `inputs` is undefined: the
 * action's own input list) and the output of an action that runs before it.
 */
function checkArtifactReference(node, key, label, inputs, action, outputs, findings) {
    const name = node.value;
    if (inputs !== undefined && !inputs.includes(name)) {
        const closest = (0,suggest/* closestMatch */.h)(name, inputs);
        findings.error('pipeline/artifact-reference', node.position, `${key} ${(0,deploy_files_findings/* quote */.A0)(name)} is not an input artifact of ${label}; its inputArtifacts are ${inputs.map((input) => `${(0,deploy_files_findings/* quote */.A0)(input)}`).join(', ') || 'none'} ` +
            `(${SOURCE}: the artifacts it names are among the action's input artifacts)` +
            (closest !== undefined ? `; did you mean ${(0,deploy_files_findings/* quote */.A0)(closest)}?` : ''), closest !== undefined ? `write ${(0,deploy_files_findings/* quote */.A0)(closest)}` : `add {"name": ${(0,deploy_files_findings/* quote */.A0)(name)}} to the action's inputArtifacts`);
        return;
    }
    const output = outputs.get(name);
    const earlier = output !== undefined &&
        (output.stage < action.stage || (output.stage === action.stage && output.runOrder < action.runOrder));
    if (earlier)
        return;
    findings.error('pipeline/artifact-reference', node.position, output === undefined
        ? `${key} ${(0,deploy_files_findings/* quote */.A0)(name)} is the output artifact of no action in the pipeline; CodePipeline would fail to find it`
        : `${key} ${(0,deploy_files_findings/* quote */.A0)(name)} is the output of action ${(0,deploy_files_findings/* quote */.A0)(output.action)}, which does not run before ${label} ` +
            '(an input comes from an earlier stage, or from a lower runOrder in the same stage)', output === undefined
        ? `name the Build action's output artifact, or add {"name": ${(0,deploy_files_findings/* quote */.A0)(name)}} to its outputArtifacts`
        : 'move the action that produces it to an earlier stage or a lower runOrder');
}
/**
 * `pipeline/configuration`: the action's configuration object with each of `required`.
 * @param action the action's provider as messages name it, and where its reference is
 * @returns the configuration, or undefined when there is no object to check further
 */
function requiredConfiguration(node, label, action, required, findings) {
    const configuration = (0,positioned_value/* memberOf */.C5)(node, 'configuration');
    if (configuration?.kind !== 'object') {
        findings.error('pipeline/configuration', (configuration ?? node).position, `${label} has no configuration object; ${action.name} needs ${(0,deploy_files_findings/* joinWords */.yZ)([...required], 'and')} (${action.source})`, `add "configuration": ${action.example}`);
        return undefined;
    }
    for (const key of required) {
        if ((0,positioned_value/* entryOf */.Ms)(configuration, key) !== undefined)
            continue;
        findings.error('pipeline/configuration', configuration.position, `${label} has no ${key} in its configuration (${action.source})`, `add ${(0,deploy_files_findings/* quote */.A0)(key)}`);
    }
    return configuration;
}

// EXTERNAL MODULE: ./src/deploy-files/ecs-model.ts + 2 modules
var ecs_model = __webpack_require__(3198);
;// CONCATENATED MODULE: ./src/deploy-files/parsed-file.ts
/**
 * The parse step every deployment file goes through: a parser's problems and the duplicate keys of what it read,
 * as findings of the file's rule group (`taskdef/syntax`, `service/duplicate-key`, …).
 */


/**
 * Records a parse outcome's problems as `<group>/syntax` findings and its duplicate keys as `<group>/duplicate-key`.
 * @returns the parsed value, or undefined when the file could not be parsed
 */
function parsed(outcome, file) {
    const { group } = file;
    for (const problem of outcome.problems) {
        file.add(problem.severity, `${group}/syntax`, problem.position, problem.message, problem.fix);
    }
    if (outcome.value === undefined)
        return undefined;
    for (const duplicate of (0,positioned_value/* findDuplicateKeys */.ln)(outcome.value)) {
        file.error(`${group}/duplicate-key`, duplicate.position, `duplicate key ${(0,deploy_files_findings/* quote */.A0)(duplicate.key)} (first at line ${duplicate.first.line}); readers disagree on which one counts`, `keep one ${(0,deploy_files_findings/* quote */.A0)(duplicate.key)} and remove the other`);
    }
    return outcome.value;
}

;// CONCATENATED MODULE: ./src/deploy-files/service-definition.ts
/**
 * The ECS service definition: the input of `aws ecs create-service` or `update-service` (`--cli-input-json`), or the
 * output of `describe-services` (the whole `{"services": […]}` or one service of it). It decides which deploy target
 * applies (its deployment controller) and how a deployment runs (its deployment configuration, load balancers,
 * Service Connect, network), so it is parsed here with positions, checked against the CreateService/UpdateService
 * model of @aws-sdk/client-ecs, and summarised for the rules of service-deployment.ts, service-traffic.ts and the
 * pipeline check.
 */






/** The default hook timeout (ECS API reference, DeploymentLifecycleHookTimeoutConfiguration: "Default: 1440"). */
const DEFAULT_HOOK_TIMEOUT_MINUTES = 1440;
/** The strategies with a green service revision beside the blue one: blue/green, linear and canary. */
const TRAFFIC_SHIFT_STRATEGIES = ['BLUE_GREEN', 'LINEAR', 'CANARY'];
/** Fields of DescribeServices output that look like a service (any one tells a describe-services copy apart). */
const DESCRIBE_MARKERS = ['serviceArn', 'deployments', 'events', 'status', 'clusterArn', 'taskSets', 'createdAt'];
/**
 * Parses a service definition file (JSON) and checks it against the CreateService or UpdateService model
 * (`service/unknown-key`, `service/value-type`, `service/enum-value`, `service/missing-required`). DescribeServices'
 * read-only fields are warned about (`service/describe-only-field`) and left out of `value`. Findings go to
 * `findings`, whose rule group is `service`.
 * @returns the parsed definition, or undefined when the file holds no service object
 */
function parseServiceDefinition(text, findings) {
    const root = parsed(parseJson(text), findings);
    if (root === undefined)
        return undefined;
    const picked = pickService(root, findings);
    if (picked === undefined)
        return undefined;
    const { node, form } = picked;
    const inputShape = form === 'update-service' ? 'UpdateServiceRequest' : 'CreateServiceRequest';
    const describeOnly = form === 'describe-services' ? ecs_model/* SERVICE_DESCRIBE_ONLY_FIELDS */.hI : [];
    (0,ecs_model/* checkServiceAgainstModel */.Io)(node, findings, describeOnly, inputShape);
    const removed = warnDescribeOnlyFields(node, describeOnly, findings);
    const value = (0,positioned_value/* toPlainValue */.dq)(node);
    for (const field of removed)
        delete value[field];
    const deployment = (0,positioned_value/* memberOf */.C5)(node, 'deploymentConfiguration');
    const bake = (0,positioned_value/* memberOf */.C5)(deployment, 'bakeTimeInMinutes');
    const cluster = (0,positioned_value/* stringMemberOf */.pd)(node, 'cluster') ?? (0,positioned_value/* stringMemberOf */.pd)(node, 'clusterArn');
    const service = (0,positioned_value/* stringMemberOf */.pd)(node, form === 'update-service' ? 'service' : 'serviceName');
    const controller = (0,positioned_value/* stringMemberOf */.pd)((0,positioned_value/* memberOf */.C5)(node, 'deploymentController'), 'type');
    const strategy = (0,positioned_value/* stringMemberOf */.pd)(deployment, 'strategy');
    const taskDefinition = (0,positioned_value/* stringMemberOf */.pd)(node, 'taskDefinition');
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
function nameOf(nameOrArn) {
    return nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
}
function pickService(root, findings) {
    if (root.kind !== 'object') {
        findings.error('service/structure', root.position, `the service definition is ${(0,positioned_value/* describeValue */.bp)(root)}; it must be an object: the --cli-input-json of ` +
            '"aws ecs create-service" or "update-service", or the output of "aws ecs describe-services"', 'write {"cluster": "…", "serviceName": "…", "deploymentController": {"type": "ECS"}, …}');
        return undefined;
    }
    const services = (0,positioned_value/* entryOf */.Ms)(root, 'services');
    if (services !== undefined) {
        const list = services.value;
        const first = list.kind === 'array' ? list.items[0] : undefined;
        if (first?.kind !== 'object') {
            findings.error('service/structure', list.position, list.kind === 'array'
                ? 'services is an empty list: this describe-services output describes no service (see its "failures")'
                : `services is ${(0,positioned_value/* describeValue */.bp)(list)}; describe-services output holds a list of services`, 'run "aws ecs describe-services --cluster <cluster> --services <service>" for a service that exists');
            return undefined;
        }
        if (list.kind === 'array' && list.items.length > 1) {
            findings.warning('service/structure', list.position, `services holds ${list.items.length} services; only the first (services[0]) is checked`, 'describe one service: "aws ecs describe-services --cluster <cluster> --services <service>"');
        }
        return { node: first, form: 'describe-services' };
    }
    if (DESCRIBE_MARKERS.some((key) => (0,positioned_value/* entryOf */.Ms)(root, key) !== undefined))
        return { node: root, form: 'describe-services' };
    if ((0,positioned_value/* entryOf */.Ms)(root, 'service') !== undefined && (0,positioned_value/* entryOf */.Ms)(root, 'serviceName') === undefined) {
        return { node: root, form: 'update-service' };
    }
    return { node: root, form: 'create-service' };
}
function warnDescribeOnlyFields(node, describeOnly, findings) {
    const removed = [];
    for (const entry of node.entries) {
        if (!describeOnly.includes(entry.key) || removed.includes(entry.key))
            continue;
        removed.push(entry.key);
        findings.warning('service/describe-only-field', entry.keyPosition, `${(0,deploy_files_findings/* quote */.A0)(entry.key)} is a field that DescribeServices returns and neither CreateService nor UpdateService takes ` +
            '(a copy of describe-services output); it is not checked and not part of the service definition', `delete ${(0,deploy_files_findings/* quote */.A0)(entry.key)} before passing the file to "aws ecs create-service --cli-input-json"`);
    }
    return removed;
}
function lifecycleHooksOf(deployment) {
    const hooks = [];
    (0,task_context/* itemsOf */.S3)(deployment, 'lifecycleHooks').forEach((node, index) => {
        if (node.kind !== 'object')
            return;
        const timeout = (0,positioned_value/* memberOf */.C5)((0,positioned_value/* memberOf */.C5)(node, 'timeoutConfiguration'), 'timeoutInMinutes');
        hooks.push({
            index,
            node,
            targetType: (0,positioned_value/* stringMemberOf */.pd)(node, 'targetType') ?? 'AWS_LAMBDA',
            stages: (0,task_context/* itemsOf */.S3)(node, 'lifecycleStages').flatMap((stage) => (stage.kind === 'string' ? [stage.value] : [])),
            timeoutInMinutes: timeout?.kind === 'number' ? timeout.value : DEFAULT_HOOK_TIMEOUT_MINUTES,
        });
    });
    return hooks;
}
function loadBalancersOf(node) {
    const loadBalancers = [];
    (0,task_context/* itemsOf */.S3)(node, 'loadBalancers').forEach((item, index) => {
        if (item.kind !== 'object')
            return;
        const targetGroupArn = (0,positioned_value/* stringMemberOf */.pd)(item, 'targetGroupArn');
        const containerName = (0,positioned_value/* stringMemberOf */.pd)(item, 'containerName');
        const port = (0,positioned_value/* memberOf */.C5)(item, 'containerPort');
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
function effectiveStrategy(definition) {
    return definition.strategy ?? 'ROLLING';
}
/** Where a member of the service object is written, or the service object itself when it is absent. */
function positionOf(definition, ...keys) {
    let node = definition.node;
    for (const key of keys) {
        const entry = node.kind === 'object' ? (0,positioned_value/* entryOf */.Ms)(node, key) : undefined;
        if (entry === undefined)
            return node.position;
        node = entry.value;
    }
    return node.position;
}

;// CONCATENATED MODULE: ./src/deploy-files/pipeline-ecs-action.ts
/**
 * The standard `ECS` deploy action of CodePipeline (CodePipeline action reference, "Amazon Elastic Container Service
 * deploy action": provider ECS, one input artifact; configuration ClusterName and ServiceName required, FileName default
 * `imagedefinitions.json`, DeploymentTimeout in minutes, 1–60, default 60 — the CDK's EcsDeployAction documents the
 * same range and default) against the service definition and the files the build writes; and whether a deploy action
 * fits the service's deployment controller at all.
 */






const pipeline_ecs_action_SOURCE = 'CodePipeline action reference, Amazon ECS deploy action';
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
function checkDeployActionFits(action, provider, findings, context) {
    const label = `action ${(0,deploy_files_findings/* quote */.A0)((0,positioned_value/* stringMemberOf */.pd)(action, 'name') ?? '(unnamed)')}`;
    const at = (0,positioned_value/* memberOf */.C5)((0,positioned_value/* memberOf */.C5)(action, 'actionTypeId'), 'provider')?.position ?? action.position;
    if (provider === 'CodeDeployToECS' && context.deployTarget === 'ecs') {
        findings.error('pipeline/deploy-target', at, `${label} is CodeDeployToECS, which reads an appspec from the artifact, but the deploy target is ecs: the ` +
            'artifact holds imagedefinitions.json and no appspec', 'deploy with the ECS action (provider "ECS") for a service on the ECS controller, or build with deploy-target codedeploy');
    }
    const service = context.serviceDefinition;
    if (service === undefined)
        return;
    const controller = service.controller ?? 'ECS';
    const fits = provider === 'CodeDeployToECS' ? controller === 'CODE_DEPLOY' : controller === 'ECS';
    if (fits)
        return;
    findings.error('pipeline/deploy-action-controller', at, `${label} is ${provider === 'ECS' ? 'the ECS deploy action' : 'CodeDeployToECS'}, but the service ` +
        `${(0,deploy_files_findings/* quote */.A0)(service.service ?? '(unnamed)')} uses the ${controller} deployment controller` +
        (service.controller === undefined ? ' (none is set)' : '') +
        (provider === 'ECS'
            ? ': ECS refuses "Unable to update task definition on services with a CODE_DEPLOY deployment controller"'
            : ': CodeDeploy refuses "Deployment group\'s ECS service must be configured for a CODE_DEPLOY deployment controller"'), provider === 'ECS'
        ? 'deploy with CodeDeployToECS, or move the service to the ECS controller (README: migrating from CodeDeploy blue/green)'
        : 'deploy with the ECS action (provider "ECS"), which ECS blue/green, linear and canary services use');
}
/**
 * Checks one ECS deploy action: its configuration (`pipeline/configuration`), its input artifact
 * (`pipeline/artifact-reference`), FileName (`pipeline/image-definitions`), ClusterName and ServiceName against the
 * service definition (`pipeline/service-mismatch`), DeploymentTimeout against the bake time and hook timeouts
 * (`pipeline/deployment-timeout`), and that the action ignores the built task definition (`pipeline/ignores-taskdef`).
 */
function checkEcsDeployAction(action, outputs, findings, context) {
    const label = `action ${(0,deploy_files_findings/* quote */.A0)((0,positioned_value/* stringMemberOf */.pd)(action.node, 'name') ?? '(unnamed)')}`;
    const configuration = requiredConfiguration(action.node, label, {
        name: 'the ECS deploy action',
        source: pipeline_ecs_action_SOURCE,
        example: '{"ClusterName": …, "ServiceName": …, "FileName": "imagedefinitions.json"}',
    }, REQUIRED_CONFIGURATION, findings);
    if (configuration === undefined)
        return;
    const inputs = (0,task_context/* itemsOf */.S3)(action.node, 'inputArtifacts');
    if (inputs.length !== 1) {
        findings.error('pipeline/artifact-reference', ((0,positioned_value/* memberOf */.C5)(action.node, 'inputArtifacts') ?? action.node).position, `${label} has ${inputs.length} input artifacts; the ECS deploy action takes exactly one, the artifact that holds ` +
            `${image_detail/* IMAGE_DEFINITIONS_FILE */.mh} (${pipeline_ecs_action_SOURCE})`, "list the Build action's output artifact as its one input artifact");
    }
    for (const artifact of inputs) {
        const name = (0,positioned_value/* memberOf */.C5)(artifact, 'name');
        if (name?.kind === 'string') {
            checkArtifactReference(name, 'inputArtifacts', label, undefined, action, outputs, findings);
        }
    }
    checkFileName((0,positioned_value/* memberOf */.C5)(configuration, 'FileName'), label, findings, context);
    const service = context.serviceDefinition;
    if (service !== undefined)
        checkNames(configuration, label, service, findings);
    checkTimeout((0,positioned_value/* memberOf */.C5)(configuration, 'DeploymentTimeout'), configuration, label, service, findings);
    if (context.taskdefName !== undefined) {
        findings.warning('pipeline/ignores-taskdef', (0,positioned_value/* memberOf */.C5)(action.node, 'actionTypeId')?.position ?? action.node.position, `${label} (the ECS deploy action) creates its own task definition revision from the one the service runs and ` +
            `changes only the images of ${image_detail/* IMAGE_DEFINITIONS_FILE */.mh}; changes to ${context.taskdefName} (environment, cpu, a ` +
            `new container) do not deploy through it (${pipeline_ecs_action_SOURCE})`, `when ${context.taskdefName} changes, register it (aws ecs register-task-definition --cli-input-json ` +
            `file://${context.taskdefName}) and point the service at it (aws ecs update-service --task-definition …)`);
    }
}
function checkFileName(node, label, findings, context) {
    const name = node?.kind === 'string' ? node.value : node === undefined ? image_detail/* IMAGE_DEFINITIONS_FILE */.mh : undefined;
    if (name !== undefined && name !== image_detail/* IMAGE_DEFINITIONS_FILE */.mh) {
        findings.error('pipeline/image-definitions', node?.position ?? { line: 1, column: 1 }, `FileName of ${label} is ${(0,deploy_files_findings/* quote */.A0)(name)}, but the artifact holds ${(0,deploy_files_findings/* quote */.A0)(image_detail/* IMAGE_DEFINITIONS_FILE */.mh)} at its root; the action ` +
            `would not find the file (${pipeline_ecs_action_SOURCE})`, `set "FileName": ${(0,deploy_files_findings/* quote */.A0)(image_detail/* IMAGE_DEFINITIONS_FILE */.mh)}, or leave it out (that is the default)`);
    }
    if (context.imageContainers !== undefined && context.imageContainers.length === 0 && context.containers.length > 0) {
        findings.error('pipeline/image-definitions', (node ?? { position: { line: 1, column: 1 } }).position, `no container of the task definition gets the built image, so ${image_detail/* IMAGE_DEFINITIONS_FILE */.mh} would be an empty list ` +
            `and ${label} would deploy nothing`, 'put the image placeholder (e.g. "image": "<IMAGE1_NAME>") in the container that runs it, or name it with container');
    }
}
function checkNames(configuration, label, service, findings) {
    for (const [key, expected, field] of [
        ['ClusterName', service.cluster, 'cluster'],
        ['ServiceName', service.service, service.form === 'update-service' ? 'service' : 'serviceName'],
    ]) {
        const node = (0,positioned_value/* memberOf */.C5)(configuration, key);
        if (node?.kind !== 'string' || expected === undefined || node.value === expected)
            continue;
        findings.error('pipeline/service-mismatch', node.position, `${key} of ${label} is ${(0,deploy_files_findings/* quote */.A0)(node.value)}, but the service definition's ${field} is ${(0,deploy_files_findings/* quote */.A0)(expected)}: the action ` +
            'would deploy another service than the one checked', `set ${(0,deploy_files_findings/* quote */.A0)(key)}: ${(0,deploy_files_findings/* quote */.A0)(expected)}`);
    }
}
/** How long a deployment of the service takes at least (its bake times), and at most more (its hook timeouts). */
function deploymentMinutes(service) {
    if ((service.controller ?? 'ECS') !== 'ECS' || !TRAFFIC_SHIFT_STRATEGIES.includes(effectiveStrategy(service))) {
        return { baked: 0, hooks: 0 };
    }
    const configuration = (0,positioned_value/* memberOf */.C5)(service.node, 'deploymentConfiguration');
    const number = (node, fallback) => node?.kind === 'number' ? node.value : fallback;
    let baked = service.bakeTimeInMinutes ?? 0;
    const strategy = effectiveStrategy(service);
    if (strategy === 'LINEAR') {
        const linear = (0,positioned_value/* memberOf */.C5)(configuration, 'linearConfiguration');
        const step = number((0,positioned_value/* memberOf */.C5)(linear, 'stepPercent'), LINEAR_DEFAULTS.stepPercent);
        const stepBake = number((0,positioned_value/* memberOf */.C5)(linear, 'stepBakeTimeInMinutes'), LINEAR_DEFAULTS.stepBakeTimeInMinutes);
        // LinearConfiguration: the step bake time "is not applied after reaching 100 percent traffic".
        const steps = step > 0 ? Math.ceil(100 / step - 1e-9) - 1 : 0;
        baked += steps * stepBake;
    }
    else if (strategy === 'CANARY') {
        const canary = (0,positioned_value/* memberOf */.C5)(configuration, 'canaryConfiguration');
        baked += number((0,positioned_value/* memberOf */.C5)(canary, 'canaryBakeTimeInMinutes'), CANARY_DEFAULTS.canaryBakeTimeInMinutes);
    }
    const hooks = service.lifecycleHooks.reduce((sum, hook) => sum + hook.timeoutInMinutes * hook.stages.length, 0);
    return { baked, hooks };
}
function checkTimeout(node, configuration, label, service, findings) {
    let timeout = DEFAULT_DEPLOYMENT_TIMEOUT;
    if (node !== undefined) {
        const text = node.kind === 'string' ? node.value.trim() : undefined;
        const value = text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
        if (value === undefined || value < 1 || value > 60) {
            findings.error('pipeline/deployment-timeout', node.position, `DeploymentTimeout of ${label} is ${(0,positioned_value/* describeValue */.bp)(node)}; it is a whole number of minutes from 1 to 60, written ` +
                `as a string like every action configuration value (${pipeline_ecs_action_SOURCE})`, 'set "DeploymentTimeout": "60" (or leave it out: 60 is the default)');
            return;
        }
        timeout = value;
    }
    if (service === undefined)
        return;
    const { baked, hooks } = deploymentMinutes(service);
    const at = (node ?? configuration).position;
    const setting = node === undefined ? `no DeploymentTimeout (the default, ${timeout} minutes)` : `DeploymentTimeout ${timeout}`;
    if (baked >= timeout) {
        findings.error('pipeline/deployment-timeout', at, `${label} has ${setting}, but the service's ${effectiveStrategy(service)} deployment bakes for ${baked} minutes ` +
            'before ECS completes it: the action times out and fails while ECS carries on' +
            (timeout === 60 ? ' (60 minutes is the most the action allows)' : ''), baked < 60
            ? `set "DeploymentTimeout" above ${baked} (at most "60")`
            : 'shorten bakeTimeInMinutes (and the linear or canary step bake times) to well under 60 minutes, or deploy outside the ECS action');
    }
    else if (baked + hooks >= timeout) {
        findings.warning('pipeline/deployment-timeout', at, `${label} has ${setting}; the service's bake time (${baked} minutes) plus its lifecycle hooks' timeouts ` +
            `(${hooks} minutes, 1440 for a hook without timeoutConfiguration) reach it: a hook that waits until its timeout ` +
            'makes the action time out while ECS carries on', "set the hooks' timeoutConfiguration.timeoutInMinutes so that the sum stays under the action's timeout");
    }
}

;// CONCATENATED MODULE: ./src/deploy-files/pipeline.ts
/**
 * CodePipeline's side of the contract: the deploy actions of a pipeline definition (the JSON of
 * `aws codepipeline get-pipeline`, or of `create-pipeline --cli-input-json`) against the files the Build stage hands
 * over and the service they deploy. Sources: the CodePipeline action reference for "Amazon ECS and CodeDeploy
 * blue/green" (its configuration keys, the TaskDefinitionTemplatePath and AppSpecTemplatePath defaults,
 * Image1…Image4), for the standard "Amazon Elastic Container Service" deploy action (pipeline-ecs-action.ts), and the
 * CodePipeline pipeline structure reference (artifact names: letters, digits, "_" and "-", at most 100 characters; an
 * input artifact is the output of an earlier action).
 */







const ARTIFACT_NAME = /^[A-Za-z0-9_-]{1,100}$/;
const pipeline_REQUIRED_CONFIGURATION = [
    'ApplicationName',
    'DeploymentGroupName',
    'TaskDefinitionTemplateArtifact',
    'AppSpecTemplateArtifact',
];
const IMAGE_SLOTS = Array.from({ length: render_files/* MAX_IMAGES */.mC }, (_, i) => i + 1);
const pipeline_SOURCE = 'CodePipeline action reference, CodeDeployToECS';
/**
 * Checks every CodeDeployToECS action of a parsed pipeline definition: its configuration, that its artifacts are
 * inputs of the action and outputs of an earlier one, that the template paths are the artifact's file names and that
 * the Image<N>ContainerName values are the task definition's placeholders. And every artifact name in the pipeline.
 */
function checkPipeline(root, findings, context) {
    const wrapped = (0,positioned_value/* memberOf */.C5)(root, 'pipeline');
    const pipeline = wrapped?.kind === 'object' ? wrapped : root;
    const stages = (0,positioned_value/* memberOf */.C5)(pipeline, 'stages');
    if (stages?.kind !== 'array') {
        findings.error('pipeline/structure', (stages ?? pipeline).position, stages === undefined
            ? 'the file has no "stages"; a pipeline definition is {"pipeline": {"name", "stages": [...]}} (get-pipeline output)'
            : `stages is ${(0,positioned_value/* describeValue */.bp)(stages)}; it must be a list of stages`, 'pass the JSON of "aws codepipeline get-pipeline --name <pipeline>"');
        return;
    }
    const outputs = new Map();
    const deployActions = [];
    const ecsActions = [];
    stages.items.forEach((stage, stageIndex) => {
        for (const action of (0,task_context/* itemsOf */.S3)(stage, 'actions')) {
            const runOrderNode = (0,positioned_value/* memberOf */.C5)(action, 'runOrder');
            const runOrder = runOrderNode?.kind === 'number' ? runOrderNode.value : 1;
            for (const key of ['inputArtifacts', 'outputArtifacts']) {
                for (const artifact of (0,task_context/* itemsOf */.S3)(action, key))
                    checkArtifactName((0,positioned_value/* memberOf */.C5)(artifact, 'name'), findings);
            }
            for (const artifact of (0,task_context/* itemsOf */.S3)(action, 'outputArtifacts')) {
                const name = (0,positioned_value/* stringMemberOf */.pd)(artifact, 'name');
                if (name !== undefined && !outputs.has(name)) {
                    outputs.set(name, { stage: stageIndex, runOrder, action: (0,positioned_value/* stringMemberOf */.pd)(action, 'name') ?? '(unnamed)' });
                }
            }
            const provider = (0,positioned_value/* stringMemberOf */.pd)((0,positioned_value/* memberOf */.C5)(action, 'actionTypeId'), 'provider');
            if (provider === 'CodeDeployToECS')
                deployActions.push({ node: action, stage: stageIndex, runOrder });
            if (provider === 'ECS')
                ecsActions.push({ node: action, stage: stageIndex, runOrder });
        }
    });
    if (deployActions.length === 0 && ecsActions.length === 0) {
        findings.warning('pipeline/no-deploy-action', stages.position, 'the pipeline has no CodeDeployToECS action (actionTypeId.provider "CodeDeployToECS") and no ECS deploy action ' +
            '(provider "ECS"), so there is nothing to check the files against', (context.deployTarget ?? 'codedeploy') === 'ecs'
            ? 'pass the pipeline whose Deploy stage is the ECS deploy action'
            : 'pass the pipeline whose Deploy stage is the ECS blue/green action');
    }
    for (const action of deployActions) {
        checkDeployActionFits(action.node, 'CodeDeployToECS', findings, context);
        if ((context.deployTarget ?? 'codedeploy') === 'codedeploy')
            checkDeployAction(action, outputs, findings, context);
    }
    for (const action of ecsActions) {
        checkDeployActionFits(action.node, 'ECS', findings, context);
        checkEcsDeployAction(action, outputs, findings, context);
    }
}
function checkArtifactName(name, findings) {
    if (name?.kind !== 'string' || ARTIFACT_NAME.test(name.value))
        return;
    findings.error('pipeline/artifact-name', name.position, `artifact name ${(0,deploy_files_findings/* quote */.A0)(name.value)} is not valid: artifact names are 1 to 100 letters, digits, "_" and "-" ` +
        '(CodePipeline pipeline structure reference)', `rename it, e.g. ${(0,deploy_files_findings/* quote */.A0)(name.value.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 100) || 'BuildArtifact')}`);
}
function checkDeployAction(action, outputs, findings, context) {
    const actionName = (0,positioned_value/* stringMemberOf */.pd)(action.node, 'name') ?? '(unnamed)';
    const label = `action ${(0,deploy_files_findings/* quote */.A0)(actionName)}`;
    const configuration = requiredConfiguration(action.node, label, {
        name: 'CodeDeployToECS',
        source: pipeline_SOURCE,
        example: '{"ApplicationName": …, "DeploymentGroupName": …, "TaskDefinitionTemplateArtifact": …, "AppSpecTemplateArtifact": …}',
    }, pipeline_REQUIRED_CONFIGURATION, findings);
    if (configuration === undefined)
        return;
    const inputs = inputArtifactNames(action.node);
    const referenced = [
        'TaskDefinitionTemplateArtifact',
        'AppSpecTemplateArtifact',
        ...IMAGE_SLOTS.map((n) => `Image${n}ArtifactName`),
    ];
    for (const key of referenced) {
        const node = (0,positioned_value/* memberOf */.C5)(configuration, key);
        if (node?.kind === 'string')
            checkArtifactReference(node, key, label, inputs, action, outputs, findings);
    }
    checkTemplatePath((0,positioned_value/* memberOf */.C5)(configuration, 'TaskDefinitionTemplatePath'), 'TaskDefinitionTemplatePath', 'taskdef.json', context.taskdefName, configuration.position, findings);
    checkTemplatePath((0,positioned_value/* memberOf */.C5)(configuration, 'AppSpecTemplatePath'), 'AppSpecTemplatePath', 'appspec.yaml', context.appspecName, configuration.position, findings);
    checkImages(configuration, label, findings, context);
}
function checkTemplatePath(node, key, defaultName, fileName, configurationPosition, findings) {
    if (fileName === undefined)
        return;
    const path = node?.kind === 'string' ? node.value : node === undefined ? defaultName : undefined;
    if (path === undefined || path === fileName)
        return;
    findings.error('pipeline/template-path', node?.position ?? configurationPosition, node === undefined
        ? `${key} is not set, so CodeDeployToECS reads ${(0,deploy_files_findings/* quote */.A0)(defaultName)} from the artifact, but the artifact holds ${(0,deploy_files_findings/* quote */.A0)(fileName)} (${pipeline_SOURCE})`
        : `${key} is ${(0,deploy_files_findings/* quote */.A0)(path)}, but the artifact holds ${(0,deploy_files_findings/* quote */.A0)(fileName)}; CodeDeployToECS would not find the file ("Exception while trying to read the task definition artifact file")`, node === undefined ? `add ${(0,deploy_files_findings/* quote */.A0)(key)}: ${(0,deploy_files_findings/* quote */.A0)(fileName)}` : `set ${(0,deploy_files_findings/* quote */.A0)(key)}: ${(0,deploy_files_findings/* quote */.A0)(fileName)}`);
}
function checkImages(configuration, label, findings, context) {
    const placeholders = [...new Set(context.placeholders.map((use) => use.placeholder))];
    const filled = new Set();
    for (const slot of IMAGE_SLOTS) {
        const nameKey = `Image${slot}ContainerName`;
        const artifactKey = `Image${slot}ArtifactName`;
        const nameNode = (0,positioned_value/* memberOf */.C5)(configuration, nameKey);
        const artifactNode = (0,positioned_value/* memberOf */.C5)(configuration, artifactKey);
        if ((nameNode === undefined) !== (artifactNode === undefined)) {
            const [present, missing] = nameNode === undefined ? [artifactKey, nameKey] : [nameKey, artifactKey];
            findings.error('pipeline/image-mapping', (nameNode ?? artifactNode ?? configuration).position, `${label} sets ${present} without ${missing}; an image is mapped by both: the artifact with imageDetail.json and ` +
                `the placeholder it fills (${pipeline_SOURCE})`, `add ${(0,deploy_files_findings/* quote */.A0)(missing)}`);
        }
        if (nameNode?.kind !== 'string')
            continue;
        const written = nameNode.value.trim();
        const bare = (0,render_files/* placeholderName */.rl)(written);
        filled.add(bare);
        if (bare !== written) {
            findings.error('pipeline/container-name-brackets', nameNode.position, `${nameKey} is ${(0,deploy_files_findings/* quote */.A0)(written)} with angle brackets; CodeDeploy adds the brackets itself and would look for ` +
                `"<${written}>" in the task definition (${pipeline_SOURCE})`, `write ${(0,deploy_files_findings/* quote */.A0)(nameKey)}: ${(0,deploy_files_findings/* quote */.A0)(bare)}; the brackets belong in taskdef.json: "image": "<${bare}>"`);
            continue;
        }
        if (placeholders.includes(bare))
            continue;
        const swapped = context.containers.find((container) => container.image?.trim() === bare);
        const closest = (0,suggest/* closestMatch */.h)(bare, placeholders);
        findings.error('pipeline/unknown-placeholder', nameNode.position, swapped !== undefined
            ? `${nameKey} is ${(0,deploy_files_findings/* quote */.A0)(bare)}, and the task definition's container ${(0,deploy_files_findings/* quote */.A0)(String(swapped.name ?? swapped.index))} has the image ` +
                `${(0,deploy_files_findings/* quote */.A0)(bare)} without angle brackets: CodeDeploy replaces only "<${bare}>", so ECS would get the literal image ${(0,deploy_files_findings/* quote */.A0)(bare)}`
            : `${nameKey} is ${(0,deploy_files_findings/* quote */.A0)(bare)}, but no container image in the task definition holds <${bare}>; ` +
                `its placeholders are ${placeholders.map((name) => `<${name}>`).join(', ') || 'none'}` +
                (closest !== undefined ? `; did you mean ${(0,deploy_files_findings/* quote */.A0)(closest)}?` : ''), swapped !== undefined
            ? `write "image": "<${bare}>" in taskdef.json (brackets there, none in the pipeline)`
            : closest !== undefined
                ? `set ${(0,deploy_files_findings/* quote */.A0)(nameKey)}: ${(0,deploy_files_findings/* quote */.A0)(closest)}`
                : `write "image": "<${bare}>" in the container that runs this image`);
    }
    for (const name of placeholders) {
        if (filled.has(name))
            continue;
        findings.error('pipeline/unmapped-placeholder', configuration.position, `the task definition's placeholder <${name}> is filled by no Image<N>ContainerName of ${label}: ECS would receive ` +
            `the literal image "<${name}>"`, `add "Image${filled.size + 1}ContainerName": ${(0,deploy_files_findings/* quote */.A0)(name)} and the Image${filled.size + 1}ArtifactName of its image artifact`);
    }
}

;// CONCATENATED MODULE: ./src/deploy-files/placeholders.ts
/**
 * Placeholder consistency between the task definition and the pipeline. CodeDeployToECS replaces `<NAME>` in a
 * container's image, where NAME is what the pipeline's Image1ContainerName holds — without brackets there, with
 * brackets in the task definition. Getting that backwards, or a name that differs, deploys a literal `<NAME>`.
 */




const PLACEHOLDER = /<([^<>\s]+)>/g;
/**
 * Checks the placeholders of a task definition against the configuration: `placeholder/configured-with-brackets`,
 * `placeholder/missing-brackets`, `placeholder/partial-image`, `placeholder/mismatch`, `placeholder/unmapped`,
 * `placeholder/render-target-missing`, `placeholder/too-many`, `placeholder/extra-missing`
 * and `placeholder/missing` (an error in build mode, a warning otherwise: "pattern B" files get their image by sed).
 * @param containersPosition where findings about the container list as a whole point
 */
function checkPlaceholders(containers, mapping, findings, containersPosition = deploy_files_findings/* START_OF_FILE */.ag) {
    const configured = (0,render_files/* placeholderName */.rl)(mapping.imagePlaceholder);
    const { render } = mapping;
    const renderPlaceholder = render !== undefined && 'placeholder' in render ? (0,render_files/* placeholderName */.rl)(render.placeholder) : undefined;
    const renderContainer = render !== undefined && 'container' in render ? render.container : undefined;
    const newImagePlaceholders = new Set([configured, ...(renderPlaceholder !== undefined ? [renderPlaceholder] : [])]);
    const others = (mapping.otherPlaceholders ?? []).map(render_files/* placeholderName */.rl);
    const extras = [...new Set((mapping.extraPlaceholders ?? []).map(render_files/* placeholderName */.rl))];
    const mapped = new Set([...newImagePlaceholders, ...others, ...extras]);
    const images = [...new Set([configured, ...others, ...extras])];
    if (images.length > render_files/* MAX_IMAGES */.mC) {
        findings.error('placeholder/too-many', containersPosition, `${images.length} image placeholders are mapped (${images.join(', ')}), but CodeDeployToECS fills at most ` +
            `${render_files/* MAX_IMAGES */.mC} (Image1ContainerName … Image4ContainerName)`, 'map at most four images to this deployment: drop the other placeholders or extra images it does not deploy');
    }
    const uses = [];
    for (const container of containers) {
        for (const match of (container.image ?? '').matchAll(PLACEHOLDER)) {
            uses.push({
                placeholder: match[1] ?? '',
                container: container.name ?? (0,task_context/* containerLabel */.qR)(container),
                line: container.imagePosition.line,
                column: container.imagePosition.column,
                summary: container,
                position: container.imagePosition,
            });
        }
    }
    if (configured !== mapping.imagePlaceholder.trim()) {
        const place = uses.find((use) => use.placeholder === configured)?.position ?? containers[0]?.imagePosition;
        findings.error('placeholder/configured-with-brackets', place ?? containersPosition, `the configured placeholder name ${(0,deploy_files_findings/* quote */.A0)(mapping.imagePlaceholder)} has angle brackets; the pipeline's ` +
            `Image1ContainerName holds the bare name ${configured}, and CodeDeploy looks for "<${configured}>" in the task definition`, `configure ${configured} without brackets; keep them in taskdef.json: "image": "<${configured}>"`);
    }
    let explained = false;
    const explainedExtras = new Set();
    for (const container of containers) {
        const image = container.image?.trim();
        if (image === undefined || !(newImagePlaceholders.has(image) || extras.includes(image)))
            continue;
        if (newImagePlaceholders.has(image))
            explained = true;
        else
            explainedExtras.add(image);
        findings.error('placeholder/missing-brackets', container.imagePosition, `${(0,task_context/* containerLabel */.qR)(container)} has the image ${(0,deploy_files_findings/* quote */.A0)(image)} without angle brackets; CodeDeploy only replaces ` +
            `"<${image}>", so ECS would get the literal image ${(0,deploy_files_findings/* quote */.A0)(image)}`, `write "image": "<${image}>" — brackets in taskdef.json, none in ` +
            (newImagePlaceholders.has(image)
                ? `the pipeline's Image1ContainerName (${image})`
                : `the extra image's placeholder (${image})`));
    }
    // CodeDeployToECS puts the whole ImageURI (registry/repository@sha256:…) in place of <NAME>: any text around the
    // placeholder ends up around a complete reference, which is no image reference at all.
    for (const use of uses) {
        const image = use.summary.image?.trim() ?? '';
        if (!mapped.has(use.placeholder) || image === `<${use.placeholder}>`)
            continue;
        findings.error('placeholder/partial-image', use.position, `${(0,task_context/* containerLabel */.qR)(use.summary)} has the image ${(0,deploy_files_findings/* quote */.A0)(image)}: CodeDeploy replaces <${use.placeholder}> with the whole ` +
            `image URI (registry/repository@sha256:…), so the result would be "${image.replace(`<${use.placeholder}>`, '123456789012.dkr.ecr.<region>.amazonaws.com/repo@sha256:…')}", ` +
            'which is not an image reference', `write "image": "<${use.placeholder}>" alone; the tag or repository comes from the image artifact (imageDetail.json)`);
    }
    const newImageUsed = uses.some((use) => newImagePlaceholders.has(use.placeholder));
    for (const use of uses) {
        if (mapped.has(use.placeholder))
            continue;
        const label = (0,task_context/* containerLabel */.qR)(use.summary);
        if (!newImageUsed && renderContainer === undefined) {
            explained = true;
            findings.error('placeholder/mismatch', use.position, `${label} uses the placeholder <${use.placeholder}>, but the configured placeholder is ${configured}: ` +
                `CodeDeploy would replace only <${configured}> and leave "<${use.placeholder}>" as the image`, `either write "image": "<${configured}>", or configure the placeholder name ${use.placeholder} ` +
                "(the pipeline's Image1ContainerName, without brackets)");
        }
        else {
            findings.error('placeholder/unmapped', use.position, `${label} uses the placeholder <${use.placeholder}>, which nothing maps to an image (the configured ` +
                `placeholder is ${configured}): ECS would receive the literal image "<${use.placeholder}>"`, `put a real image URI there, or build its image in this run as an extra image, or map ${use.placeholder} to an ` +
                'image in the pipeline (Image2ContainerName …) and declare it as an additional placeholder');
        }
    }
    const names = containers.flatMap((container) => (container.name !== undefined ? [container.name] : []));
    if (renderContainer !== undefined && !names.includes(renderContainer)) {
        explained = true;
        const closest = (0,suggest/* closestMatch */.h)(renderContainer, names);
        findings.error('placeholder/render-target-missing', containersPosition, `the image is to be rendered into the container ${(0,deploy_files_findings/* quote */.A0)(renderContainer)}, but the task definition has no such ` +
            `container (it has ${names.map((name) => `${(0,deploy_files_findings/* quote */.A0)(name)}`).join(', ') || 'none'})` +
            (closest !== undefined ? `; did you mean ${(0,deploy_files_findings/* quote */.A0)(closest)}?` : ''), `name one of the task definition's containers${closest !== undefined ? `: ${(0,deploy_files_findings/* quote */.A0)(closest)}` : ''}`);
    }
    if (renderPlaceholder !== undefined && !uses.some((use) => use.placeholder === renderPlaceholder)) {
        explained = true;
        findings.error('placeholder/render-target-missing', containers[0]?.imagePosition ?? containersPosition, `the image is to be rendered in place of <${renderPlaceholder}>, but no container image holds it`, `write "image": "<${renderPlaceholder}>" in the container that runs this image, or render into a container by name`);
    }
    const imageContainers = [];
    for (const container of containers) {
        if (container.name === undefined || imageContainers.includes(container.name))
            continue;
        const receives = container.name === renderContainer ||
            uses.some((use) => use.summary === container && newImagePlaceholders.has(use.placeholder));
        if (receives)
            imageContainers.push(container.name);
    }
    if (imageContainers.length === 0 && !explained && containers.length > 0) {
        reportMissingPlaceholder(containers, configured, mapping.requirePlaceholder ? 'error' : 'warning', findings);
    }
    const containersPerImage = [{ placeholder: configured, containers: imageContainers }];
    for (const extra of extras) {
        const holders = uses.filter((use) => use.placeholder === extra);
        containersPerImage.push({
            placeholder: extra,
            containers: [...new Set(holders.flatMap((use) => (use.summary.name !== undefined ? [use.summary.name] : [])))],
        });
        if (holders.length > 0 || explainedExtras.has(extra))
            continue;
        // Unlike Image1's, an extra image has no "pattern B" (sed in the buildspec): it is built to be deployed here.
        findings.error('placeholder/extra-missing', containers[0]?.imagePosition ?? containersPosition, `no container image holds the placeholder <${extra}> of an extra image: the image built for it would never be deployed`, `write "image": "<${extra}>" in the container that runs this image (and map ${extra} in the pipeline's ` +
            'Image<N>ContainerName), or remove the extra image');
    }
    return {
        uses: uses.map(({ placeholder, container, line, column }) => ({ placeholder, container, line, column })),
        imageContainers,
        containersPerImage,
    };
}
function reportMissingPlaceholder(containers, configured, severity, findings) {
    const literal = containers
        .filter((container) => container.image !== undefined)
        .map((container) => `${(0,task_context/* containerLabel */.qR)(container)} has the image ${(0,deploy_files_findings/* quote */.A0)(container.image ?? '')}`);
    const images = literal.length > 0 ? ` (${literal.join('; ')})` : '';
    const fix = `write "image": "<${configured}>" in the container that runs the image of this pipeline ` +
        `(the pipeline's Image1ContainerName is ${configured}, without brackets)`;
    findings.add(severity, 'placeholder/missing', containers[0]?.imagePosition ?? deploy_files_findings/* START_OF_FILE */.ag, severity === 'error'
        ? `no container image holds the placeholder <${configured}> and the image is not rendered into a container${images}: ` +
            'the image this build pushes would never be deployed'
        : `no container image holds the placeholder <${configured}>${images}; fine if the image is substituted before ` +
            'CodeDeploy reads this file (sed in the buildspec), otherwise the pipeline never updates these containers', severity === 'error' ? `${fix}, or have the tool render the image into the container by name` : fix);
}

;// CONCATENATED MODULE: ./src/deploy-files/aws-arn.ts
/**
 * The shapes of the AWS ARNs a service definition holds, from the ARN formats of each service's reference
 * ("Amazon Resource Names" of IAM, Lambda and Elastic Load Balancing). Partitions: aws, aws-cn, aws-us-gov, ….
 */
const PARTITION = 'aws[a-z-]*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const ACCOUNT = '\\d{12}';
/** `arn:aws:iam::123456789012:role/name` (a path may come before the name). */
const IAM_ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::${ACCOUNT}:role/[\\w+=,.@/-]{1,512}$`);
/** `arn:aws:lambda:us-east-1:123456789012:function:name`, optionally with `:version` or `:alias`. */
const LAMBDA_FUNCTION_ARN = new RegExp(`^arn:${PARTITION}:lambda:${REGION}:${ACCOUNT}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9$_-]{1,128})?$`);
const ELB = `^arn:${PARTITION}:elasticloadbalancing:${REGION}:${ACCOUNT}:`;
/** `…:targetgroup/name/0123456789abcdef`. */
const TARGET_GROUP_ARN = new RegExp(`${ELB}targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}$`);
const LISTENER = new RegExp(`${ELB}(listener|listener-rule)/(app|net|gwy)/([A-Za-z0-9-]{1,32}/[0-9a-f]{16})/[0-9a-f]{16}(/[0-9a-f]{16})?$`);
/**
 * What an ELB listener or listener rule ARN is: `listener/app/<lb>/<id>/<listener>` is an Application Load Balancer's
 * listener, `listener-rule/app/<lb>/<id>/<listener>/<rule>` one of its rules, `listener/net/…` a Network Load
 * Balancer's listener.
 */
function listenerArnKind(arn) {
    const match = LISTENER.exec(arn);
    if (match === null)
        return { kind: 'other' };
    const [, kind, loadBalancer, loadBalancerId = '', rule] = match;
    if ((kind === 'listener-rule') !== (rule !== undefined))
        return { kind: 'other' };
    return {
        kind: kind === 'listener-rule' ? 'listener-rule' : 'listener',
        loadBalancer: loadBalancer,
        loadBalancerId,
    };
}

;// CONCATENATED MODULE: ./src/deploy-files/service-deployment.ts
/**
 * How a service deploys: its deployment controller against the deploy target, and its deployment configuration —
 * the strategy and the fields each strategy uses, bake time, linear and canary steps, lifecycle hooks, alarms and the
 * circuit breaker. Sources beside each rule: the ECS API reference (DeploymentController, DeploymentConfiguration,
 * DeploymentLifecycleHook, DeploymentLifecycleHookTimeoutConfiguration, LinearConfiguration, CanaryConfiguration,
 * DeploymentCircuitBreaker, DeploymentAlarms, DeploymentEarlySuccessCriteria) and the developer guide's "Amazon ECS
 * blue/green deployments" and its lifecycle hooks. What ECS rejects is an error; what it ignores is a warning that
 * says so; where AWS is silent, the warning says that.
 */






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
function checkDeploymentController(definition, target, findings) {
    const controller = definition.controller ?? 'ECS';
    const at = positionOf(definition, 'deploymentController', 'type');
    if (target === 'codedeploy' && controller !== 'CODE_DEPLOY') {
        findings.error('service/deployment-controller', at, `${definition.controller === undefined ? 'deploymentController is not set, so the service uses "ECS"' : `deploymentController.type is ${(0,deploy_files_findings/* quote */.A0)(controller)}`}, ` +
            'but the deploy target is codedeploy: CodeDeploy refuses it ("Deployment group\'s ECS service must be configured ' +
            'for a CODE_DEPLOY deployment controller")', 'set "deploymentController": {"type": "CODE_DEPLOY"} for CodeDeploy blue/green, or use deploy-target ecs ' +
            '(the ECS deploy action) for a service on the ECS controller');
    }
    else if (target === 'ecs' && controller !== 'ECS') {
        findings.error('service/deployment-controller', at, `deploymentController.type is ${(0,deploy_files_findings/* quote */.A0)(controller)}, but the deploy target is ecs: ` +
            (controller === 'CODE_DEPLOY'
                ? 'ECS refuses "Unable to update task definition on services with a CODE_DEPLOY deployment controller"'
                : 'an EXTERNAL controller deploys through task sets, not through update-service'), controller === 'CODE_DEPLOY'
            ? 'use deploy-target codedeploy (CodeDeployToECS), or move the service to the ECS controller with ' +
                'strategy BLUE_GREEN (see "Migrating from CodeDeploy blue/green" in the README)'
            : 'set "deploymentController": {"type": "ECS"}');
    }
}
/**
 * The deployment configuration's rules: `service/strategy` (the fields each strategy uses), `service/bake-time`,
 * `service/linear-configuration`, `service/canary-configuration`, `service/lifecycle-hook`, `service/alarms`,
 * `service/circuit-breaker`, `service/deployment-percent`.
 */
function checkDeploymentConfiguration(definition, findings) {
    const configuration = (0,positioned_value/* memberOf */.C5)(definition.node, 'deploymentConfiguration');
    if (configuration?.kind !== 'object')
        return;
    const path = 'deploymentConfiguration';
    const controller = definition.controller ?? 'ECS';
    const strategy = effectiveStrategy(definition);
    const shifting = controller === 'ECS' && TRAFFIC_SHIFT_STRATEGIES.includes(strategy);
    const strategyNode = (0,positioned_value/* memberOf */.C5)(configuration, 'strategy');
    if (strategyNode !== undefined && controller !== 'ECS') {
        // DeploymentController: the strategies are those "of the ECS deployment controller"; ECS's answer to a strategy
        // under another controller is not documented.
        findings.warning('service/strategy', strategyNode.position, `${path}.strategy applies to the ECS deployment controller; with ${(0,deploy_files_findings/* quote */.A0)(controller)} ` +
            `${controller === 'CODE_DEPLOY' ? "CodeDeploy's deployment configuration decides how traffic shifts" : 'the external controller decides'} ` +
            '(what ECS does with it there is not documented)', 'remove strategy, or set "deploymentController": {"type": "ECS"}');
    }
    for (const [key, owner] of [
        ['linearConfiguration', 'LINEAR'],
        ['canaryConfiguration', 'CANARY'],
    ]) {
        const node = (0,positioned_value/* memberOf */.C5)(configuration, key);
        if (node === undefined || strategy === owner)
            continue;
        // DeploymentConfiguration: "Only valid when the deployment strategy is LINEAR" (CANARY for canaryConfiguration).
        findings.error('service/strategy', (0,positioned_value/* entryOf */.Ms)(configuration, key)?.keyPosition ?? node.position, `${path}.${key} is only valid when the strategy is ${owner} (${API}, DeploymentConfiguration); the strategy is ` +
            `${definition.strategy === undefined ? 'not set (ROLLING)' : `${(0,deploy_files_findings/* quote */.A0)(strategy)}`}`, `set "strategy": ${(0,deploy_files_findings/* quote */.A0)(owner)}, or remove ${key}`);
    }
    const early = (0,positioned_value/* memberOf */.C5)(configuration, 'earlySuccessCriteria');
    if (early !== undefined && strategy !== 'ROLLING') {
        // DeploymentConfiguration: "The early success criteria configuration for a rolling deployment."
        findings.warning('service/strategy', early.position, `${path}.earlySuccessCriteria is for rolling deployments (${API}, DeploymentConfiguration); with strategy ` +
            `${(0,deploy_files_findings/* quote */.A0)(strategy)} it does not apply`, 'remove earlySuccessCriteria');
    }
    checkBakeTime(definition, configuration, strategy, controller, findings);
    checkLinear((0,positioned_value/* memberOf */.C5)(configuration, 'linearConfiguration'), findings);
    checkCanary((0,positioned_value/* memberOf */.C5)(configuration, 'canaryConfiguration'), findings);
    checkLifecycleHooks(definition, findings);
    checkAlarms((0,positioned_value/* memberOf */.C5)(configuration, 'alarms'), findings);
    checkCircuitBreaker((0,positioned_value/* memberOf */.C5)(configuration, 'deploymentCircuitBreaker'), strategy, controller, shifting, findings);
    checkDeploymentPercents(definition, configuration, controller, findings);
}
function checkBakeTime(definition, configuration, strategy, controller, findings) {
    const path = 'deploymentConfiguration.bakeTimeInMinutes';
    const node = (0,positioned_value/* memberOf */.C5)(configuration, 'bakeTimeInMinutes');
    if (node === undefined) {
        if (strategy === 'BLUE_GREEN' && controller === 'ECS') {
            // DeploymentConfiguration.bakeTimeInMinutes: "You must provide this parameter when you use the BLUE_GREEN
            // deployment strategy." (CloudFormation's reference gives defaults instead; so a warning.)
            findings.warning('service/bake-time', positionOf(definition, 'deploymentConfiguration', 'strategy'), `strategy is BLUE_GREEN and ${path} is not set; the ${API} (DeploymentConfiguration) says it must be provided ` +
                'with BLUE_GREEN (the time both revisions run after production traffic has shifted, for a rollback)', 'add "bakeTimeInMinutes", e.g. 5');
        }
        return;
    }
    if (node.kind !== 'number')
        return; // the model walk reports the type
    if (!Number.isInteger(node.value) || node.value < 0) {
        findings.error('service/bake-time', node.position, `${path} is ${(0,positioned_value/* describeValue */.bp)(node)}; it is a whole number of minutes (${API}, DeploymentConfiguration: Integer)`, `set ${path} to 0 or more`);
    }
    else if (node.value > BAKE_TIME_DOCUMENTED_ELSEWHERE) {
        findings.warning('service/bake-time', node.position, `${path} is ${node.value}; the ${API} states no range for it, and only third-party documentation gives ` +
            `0–${BAKE_TIME_DOCUMENTED_ELSEWHERE} minutes (24 hours), so ECS may refuse it`, `keep ${path} at ${BAKE_TIME_DOCUMENTED_ELSEWHERE} or less`);
    }
}
/** LinearConfiguration: stepPercent "multiples of 0.1 from 3.0 to 100.0"; stepBakeTimeInMinutes "0 to 1440". */
function checkLinear(node, findings) {
    if (node?.kind !== 'object')
        return;
    const path = 'deploymentConfiguration.linearConfiguration';
    checkPercentStep((0,positioned_value/* memberOf */.C5)(node, 'stepPercent'), `${path}.stepPercent`, 3, 'service/linear-configuration', findings);
    (0,task_context/* checkWholeNumber */.BV)((0,positioned_value/* memberOf */.C5)(node, 'stepBakeTimeInMinutes'), `${path}.stepBakeTimeInMinutes`, { min: 0, max: 1440, unit: 'minutes' }, 'service/linear-configuration', findings, `${API}, LinearConfiguration`);
}
/** CanaryConfiguration: canaryPercent "multiples of 0.1 from 0.1 to 100.0"; canaryBakeTimeInMinutes "0 to 1440". */
function checkCanary(node, findings) {
    if (node?.kind !== 'object')
        return;
    const path = 'deploymentConfiguration.canaryConfiguration';
    checkPercentStep((0,positioned_value/* memberOf */.C5)(node, 'canaryPercent'), `${path}.canaryPercent`, 0.1, 'service/canary-configuration', findings);
    (0,task_context/* checkWholeNumber */.BV)((0,positioned_value/* memberOf */.C5)(node, 'canaryBakeTimeInMinutes'), `${path}.canaryBakeTimeInMinutes`, { min: 0, max: 1440, unit: 'minutes' }, 'service/canary-configuration', findings, `${API}, CanaryConfiguration`);
}
function checkPercentStep(node, path, min, rule, findings) {
    if (node?.kind !== 'number')
        return;
    // Multiples of 0.1: compare in tenths, so that 3.3 (3.2999…) counts.
    const tenths = node.value * 10;
    const multiple = Math.abs(tenths - Math.round(tenths)) < 1e-9;
    if (multiple && node.value >= min - 1e-9 && node.value <= 100)
        return;
    const shape = rule === 'service/linear-configuration' ? 'LinearConfiguration' : 'CanaryConfiguration';
    findings.error(rule, node.position, `${path} is ${node.raw}; it must be a multiple of 0.1 from ${min.toFixed(1)} to 100.0 (${API}, ${shape})`, `set ${path} to a value from ${min.toFixed(1)} to 100.0 with at most one decimal, e.g. ${min === 3 ? '10.0' : '5.0'}`);
}
function checkLifecycleHooks(definition, findings) {
    const stages = (0,ecs_model/* ecsEnumValues */.XL)('DeploymentLifecycleHookStage');
    for (const hook of definition.lifecycleHooks)
        checkLifecycleHook(hook, stages, findings);
}
function checkLifecycleHook(hook, stages, findings) {
    const path = (0,positioned_value/* childPath */.cm)('deploymentConfiguration.lifecycleHooks', hook.index);
    const { node, targetType } = hook;
    const target = (0,positioned_value/* memberOf */.C5)(node, 'hookTargetArn');
    const role = (0,positioned_value/* memberOf */.C5)(node, 'roleArn');
    const stageList = (0,positioned_value/* memberOf */.C5)(node, 'lifecycleStages');
    const source = `${API}, DeploymentLifecycleHook`;
    if (targetType === 'AWS_LAMBDA') {
        if (target === undefined) {
            findings.error('service/lifecycle-hook', node.position, `${path} has no hookTargetArn; an AWS_LAMBDA hook (the default targetType) needs the Lambda function's ARN (${source})`, 'add "hookTargetArn": "arn:aws:lambda:<region>:<account>:function:<name>", or set "targetType": "PAUSE"');
        }
        else if (target.kind === 'string' && !LAMBDA_FUNCTION_ARN.test(target.value)) {
            findings.error('service/lifecycle-hook', target.position, `${path}.hookTargetArn ${(0,deploy_files_findings/* quote */.A0)(target.value)} is not a Lambda function ARN; an AWS_LAMBDA hook ` +
                `takes one (${source})`, 'write "arn:aws:lambda:<region>:<account>:function:<name>" (a name alone is not accepted here)');
        }
        if (role === undefined) {
            // Developer guide, "Permissions required for Lambda functions in Amazon ECS blue/green deployments": ECS assumes
            // this role to invoke the function. Whether CreateService refuses a hook without it is not documented.
            findings.warning('service/lifecycle-hook', node.position, `${path} has no roleArn: ECS invokes the hook's function with this role (trusted by ecs.amazonaws.com, ` +
                'allowed lambda:InvokeFunction); whether ECS refuses the hook without it is not documented, but it cannot call the function', 'add "roleArn": "arn:aws:iam::<account>:role/<role ECS assumes to invoke the hook>"');
        }
    }
    else if (targetType === 'PAUSE') {
        for (const [key, value] of [
            ['hookTargetArn', target],
            ['hookDetails', (0,positioned_value/* memberOf */.C5)(node, 'hookDetails')],
        ]) {
            if (value === undefined)
                continue;
            findings.warning('service/lifecycle-hook', value.position, `${path}.${key} is not used by a PAUSE hook (${source}: "not applicable for PAUSE hooks"); ECS ignores it`, `remove ${key}, or set "targetType": "AWS_LAMBDA"`);
        }
    }
    if (role?.kind === 'string' && !IAM_ROLE_ARN.test(role.value)) {
        findings.error('service/lifecycle-hook', role.position, `${path}.roleArn ${(0,deploy_files_findings/* quote */.A0)(role.value)} is not an IAM role ARN (${source})`, 'write "arn:aws:iam::<account>:role/<name>"');
    }
    if (stageList === undefined || (stageList.kind === 'array' && stageList.items.length === 0)) {
        findings.error('service/lifecycle-hook', stageList?.position ?? node.position, `${path} has no lifecycleStages; a hook must name the stages it runs at (${source}: "You must provide this ` +
            `parameter"): ${(0,deploy_files_findings/* joinWords */.yZ)(stages.map((stage) => `${(0,deploy_files_findings/* quote */.A0)(stage)}`))}`, 'add "lifecycleStages": ["POST_TEST_TRAFFIC_SHIFT"] (or the stages the hook is for)');
    }
    const seen = new Set();
    (0,task_context/* itemsOf */.S3)(node, 'lifecycleStages').forEach((stage, index) => {
        if (stage.kind !== 'string')
            return;
        if (targetType === 'PAUSE' && LAMBDA_ONLY_STAGES.includes(stage.value)) {
            findings.error('service/lifecycle-hook', stage.position, `${path}.lifecycleStages[${index}] is ${(0,deploy_files_findings/* quote */.A0)(stage.value)}, where a PAUSE hook cannot be configured (${source}: ` +
                `PAUSE hooks cannot be at ${(0,deploy_files_findings/* joinWords */.yZ)(LAMBDA_ONLY_STAGES, 'or')}; those stages are only for AWS_LAMBDA hooks)`, 'pause at POST_TEST_TRAFFIC_SHIFT or PRE_PRODUCTION_TRAFFIC_SHIFT instead, or use an AWS_LAMBDA hook there');
        }
        if (seen.has(stage.value)) {
            findings.warning('service/lifecycle-hook', stage.position, `${path}.lifecycleStages lists ${(0,deploy_files_findings/* quote */.A0)(stage.value)} twice`, 'list each stage once');
        }
        seen.add(stage.value);
    });
    (0,task_context/* checkWholeNumber */.BV)((0,positioned_value/* memberOf */.C5)((0,positioned_value/* memberOf */.C5)(node, 'timeoutConfiguration'), 'timeoutInMinutes'), `${path}.timeoutConfiguration.timeoutInMinutes`, { min: 1, max: 20160, unit: 'minutes' }, 'service/lifecycle-hook', findings, `${API}, DeploymentLifecycleHookTimeoutConfiguration`);
}
/** DeploymentAlarms: alarmNames, rollback and enable are all required members; enable turns the alarms on. */
function checkAlarms(node, findings) {
    if (node?.kind !== 'object')
        return;
    const path = 'deploymentConfiguration.alarms';
    const enable = (0,positioned_value/* memberOf */.C5)(node, 'enable');
    const names = (0,positioned_value/* memberOf */.C5)(node, 'alarmNames');
    const rollback = (0,positioned_value/* memberOf */.C5)(node, 'rollback');
    if (enable?.kind === 'boolean' && enable.value && names?.kind === 'array' && names.items.length === 0) {
        findings.error('service/alarms', names.position, `${path}.enable is true but alarmNames is empty: there is no CloudWatch alarm to watch (${API}, DeploymentAlarms)`, 'list the alarm names, or set "enable": false');
    }
    if (enable?.kind === 'boolean' && !enable.value && rollback?.kind === 'boolean' && rollback.value) {
        findings.warning('service/alarms', rollback.position, `${path}.rollback is true but enable is false: with the alarms off nothing triggers the rollback, so ECS ignores it`, 'set "enable": true to roll back on alarms');
    }
}
/**
 * DeploymentConfiguration.deploymentCircuitBreaker: "can only be used for services using the rolling update (ECS)
 * deployment type". With blue/green, linear or canary, or another controller, ECS does not use it.
 */
function checkCircuitBreaker(node, strategy, controller, shifting, findings) {
    if (node?.kind !== 'object')
        return;
    const path = 'deploymentConfiguration.deploymentCircuitBreaker';
    const enable = (0,positioned_value/* memberOf */.C5)(node, 'enable');
    if (enable?.kind !== 'boolean' || !enable.value) {
        const rollback = (0,positioned_value/* memberOf */.C5)(node, 'rollback');
        if (rollback?.kind === 'boolean' && rollback.value) {
            findings.warning('service/circuit-breaker', rollback.position, `${path}.rollback is true but enable is not: without the circuit breaker nothing triggers the rollback, so ECS ignores it`, 'set "enable": true');
        }
        return;
    }
    if (controller === 'ECS' && !shifting)
        return;
    findings.warning('service/circuit-breaker', enable.position, `${path} is enabled, but it works only with rolling updates (${API}, DeploymentConfiguration); this service ` +
        `${controller !== 'ECS' ? `uses the ${controller} controller` : `uses strategy ${strategy}`}, so ECS does not use it` +
        (shifting ? ' (blue/green, linear and canary roll back on alarms and lifecycle hooks)' : ''), shifting
        ? 'remove deploymentCircuitBreaker and use alarms with "rollback": true'
        : 'remove deploymentCircuitBreaker');
}
/**
 * DeploymentConfiguration.maximumPercent / minimumHealthyPercent: "You can't specify a custom … value for a service that
 * uses either the blue/green (CODE_DEPLOY) or EXTERNAL deployment types and has tasks that use the EC2 launch type";
 * with Fargate they are "not used".
 */
function checkDeploymentPercents(definition, configuration, controller, findings) {
    if (controller === 'ECS')
        return;
    const launchType = (0,positioned_value/* memberOf */.C5)(definition.node, 'launchType');
    const ec2 = launchType?.kind === 'string' && launchType.value === 'EC2';
    const fargate = launchType?.kind === 'string' && launchType.value === 'FARGATE';
    for (const key of ['maximumPercent', 'minimumHealthyPercent']) {
        const node = (0,positioned_value/* memberOf */.C5)(configuration, key);
        if (node === undefined)
            continue;
        const path = `deploymentConfiguration.${key}`;
        if (ec2) {
            findings.error('service/deployment-percent', node.position, `${path} cannot be set for a service on the ${controller} controller with the EC2 launch type (${API}, ` +
                'DeploymentConfiguration: "You can\'t specify a custom value")', `remove ${key}`);
        }
        else if (fargate) {
            findings.warning('service/deployment-percent', node.position, `${path} is not used by a Fargate service on the ${controller} controller (${API}, DeploymentConfiguration); ECS ignores it`, `remove ${key}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy-files/service-traffic.ts
/**
 * Where a service's traffic and tasks go, against the task definition and the appspec: its load balancers (the
 * container and port, CodeDeploy's LoadBalancerInfo, native blue/green's advancedConfiguration), Service Connect's test
 * traffic rules, the network configuration against the network mode, and the launch type or capacity providers against
 * requiresCompatibilities. Sources beside each rule: the ECS API reference (LoadBalancer, AdvancedConfiguration,
 * ServiceConnectTestTrafficHeaderRules, CreateService) and the developer guide's "Application Load Balancer / Network
 * Load Balancer resources for blue/green deployments", "Service Connect resources for Amazon ECS blue/green
 * deployments" and "Troubleshooting Amazon ECS blue/green deployments" (the error texts quoted).
 */






const service_traffic_API = 'ECS API reference';
/** An HTTP header name is a token (RFC 9110, section 5.1). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** AwsVpcConfiguration: "up to 16 subnets", "up to 5 security groups". */
const service_traffic_MAX_SUBNETS = 16;
const service_traffic_MAX_SECURITY_GROUPS = 5;
const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];
/** `service/load-balancer`, `service/appspec-mismatch` and `service/advanced-configuration`. */
function checkLoadBalancers(definition, context, findings) {
    const controller = definition.controller ?? 'ECS';
    const shifting = controller === 'ECS' && TRAFFIC_SHIFT_STRATEGIES.includes(effectiveStrategy(definition));
    for (const loadBalancer of definition.loadBalancers) {
        const path = (0,positioned_value/* childPath */.cm)('loadBalancers', loadBalancer.index);
        checkContainer(loadBalancer, path, context, findings);
        const advanced = (0,positioned_value/* memberOf */.C5)(loadBalancer.node, 'advancedConfiguration');
        if (controller === 'CODE_DEPLOY' && advanced !== undefined) {
            findings.warning('service/advanced-configuration', advanced.position, `${path}.advancedConfiguration is for ECS blue/green deployments; on the CODE_DEPLOY controller the deployment ` +
                "group's target groups and listeners decide, and ECS does not use it", 'remove advancedConfiguration, or move the service to the ECS controller');
        }
        else if (shifting && loadBalancer.targetGroupArn !== undefined) {
            checkAdvancedConfiguration(definition, loadBalancer, path, findings);
        }
        else if (advanced !== undefined && !shifting && controller === 'ECS') {
            findings.warning('service/advanced-configuration', advanced.position, `${path}.advancedConfiguration is used by the BLUE_GREEN, LINEAR and CANARY strategies; with ` +
                `${definition.strategy === undefined ? 'no strategy (ROLLING)' : `strategy ${definition.strategy}`} ECS does not shift traffic with it`, 'set "deploymentConfiguration": {"strategy": "BLUE_GREEN", …}, or remove advancedConfiguration');
        }
    }
    if (context.target === 'codedeploy' && context.appspec !== undefined)
        checkAppspecMatch(definition, context, findings);
}
/** LoadBalancer: with a target group, containerName and containerPort say which container's port it reaches. */
function checkContainer(loadBalancer, path, context, findings) {
    const { node, containerName, containerPort } = loadBalancer;
    for (const key of ['containerName', 'containerPort']) {
        if ((0,positioned_value/* memberOf */.C5)(node, key) !== undefined)
            continue;
        findings.error('service/load-balancer', node.position, `${path} has no ${key}; ECS needs the container and port the load balancer sends traffic to (${service_traffic_API}, LoadBalancer)`, `add ${(0,deploy_files_findings/* quote */.A0)(key)}`);
    }
    const task = context.taskDefinition;
    if (task === undefined || containerName === undefined)
        return;
    const container = task.containers.find((candidate) => candidate.name === containerName);
    const nameNode = (0,positioned_value/* memberOf */.C5)(node, 'containerName');
    if (container === undefined) {
        const names = task.containers.flatMap((candidate) => (candidate.name !== undefined ? [candidate.name] : []));
        const closest = (0,suggest/* closestMatch */.h)(containerName, names);
        findings.error('service/load-balancer', nameNode?.position ?? node.position, `${path}.containerName ${(0,deploy_files_findings/* quote */.A0)(containerName)} is not a container of ${task.path}; its containers are ` +
            `${names.map((name) => `${(0,deploy_files_findings/* quote */.A0)(name)}`).join(', ') || 'none'}` +
            (closest !== undefined ? `; did you mean ${(0,deploy_files_findings/* quote */.A0)(closest)}?` : ''), closest !== undefined ? `write ${(0,deploy_files_findings/* quote */.A0)(closest)}` : 'name the container that serves the load balancer');
        return;
    }
    if (containerPort === undefined || container.containerPorts.includes(containerPort))
        return;
    findings.error('service/load-balancer', (0,positioned_value/* memberOf */.C5)(node, 'containerPort')?.position ?? node.position, `${path}.containerPort is ${containerPort}, but container ${(0,deploy_files_findings/* quote */.A0)(containerName)} in ${task.path} maps ` +
        (container.containerPorts.length > 0 ? `containerPort ${container.containerPorts.join(', ')}` : 'no ports'), container.containerPorts.length > 0
        ? `set containerPort to ${container.containerPorts[0]}, or map ${containerPort} in the container's portMappings`
        : `add "portMappings": [{"containerPort": ${containerPort}}] to the container`);
}
/** CodeDeploy shifts the traffic of the appspec's LoadBalancerInfo; the service's load balancer must be that one. */
function checkAppspecMatch(definition, context, findings) {
    const appspec = context.appspec;
    const first = definition.loadBalancers[0];
    if (appspec === undefined || first === undefined)
        return;
    const { containerName, containerPort } = appspec.loadBalancer;
    const path = (0,positioned_value/* childPath */.cm)('loadBalancers', first.index);
    if (containerName !== undefined && first.containerName !== undefined && containerName.value !== first.containerName) {
        findings.error('service/appspec-mismatch', (0,positioned_value/* memberOf */.C5)(first.node, 'containerName')?.position ?? first.node.position, `${path}.containerName is ${(0,deploy_files_findings/* quote */.A0)(first.containerName)}, but ${appspec.path} LoadBalancerInfo.ContainerName is ` +
            `${(0,deploy_files_findings/* quote */.A0)(containerName.value)} (line ${containerName.position.line}): CodeDeploy shifts the traffic of the ` +
            'service\'s load balancer to the appspec\'s container (CodeDeploy AppSpec "resources" section for ECS)', 'name the same container in both');
    }
    if (containerPort !== undefined && first.containerPort !== undefined && containerPort.value !== first.containerPort) {
        findings.error('service/appspec-mismatch', (0,positioned_value/* memberOf */.C5)(first.node, 'containerPort')?.position ?? first.node.position, `${path}.containerPort is ${first.containerPort}, but ${appspec.path} LoadBalancerInfo.ContainerPort is ` +
            `${containerPort.value} (line ${containerPort.position.line})`, 'use the same port in both');
    }
}
/**
 * AdvancedConfiguration for ECS blue/green, linear and canary with Elastic Load Balancing: the alternate target group,
 * the production listener rule (ALB) or listener (NLB), an optional test one, and the infrastructure role ECS assumes to
 * change the listeners. Troubleshooting texts: "…has an invalid ARN format. Must be RuleArn for ALB or ListenerArn for
 * NLB", "cannot be used as both production and test listener rules".
 */
function checkAdvancedConfiguration(definition, loadBalancer, path, findings) {
    const strategy = effectiveStrategy(definition);
    const advanced = (0,positioned_value/* memberOf */.C5)(loadBalancer.node, 'advancedConfiguration');
    const source = `${service_traffic_API}, AdvancedConfiguration; developer guide, "Application Load Balancer resources for blue/green deployments"`;
    if (advanced?.kind !== 'object') {
        if (advanced === undefined) {
            findings.error('service/advanced-configuration', loadBalancer.node.position, `${path} has a target group but no advancedConfiguration; strategy ${strategy} with a load balancer needs the ` +
                `alternate target group for the green revision, the production listener rule and the infrastructure role (${source})`, 'add "advancedConfiguration": {"alternateTargetGroupArn": …, "productionListenerRule": …, "testListenerRule": …, "roleArn": …}');
        }
        return;
    }
    const at = `${path}.advancedConfiguration`;
    const required = [
        ['alternateTargetGroupArn', 'the target group of the green revision'],
        ['productionListenerRule', 'the listener rule (ALB) or listener (NLB) of production traffic'],
        ['roleArn', 'the infrastructure role ECS assumes to change the listeners'],
    ];
    for (const [key, what] of required) {
        if ((0,positioned_value/* memberOf */.C5)(advanced, key) !== undefined)
            continue;
        findings.error('service/advanced-configuration', advanced.position, `${at} has no ${key}, ${what} (${source})`, `add ${(0,deploy_files_findings/* quote */.A0)(key)}`);
    }
    const alternate = (0,positioned_value/* memberOf */.C5)(advanced, 'alternateTargetGroupArn');
    if (alternate?.kind === 'string') {
        if (!TARGET_GROUP_ARN.test(alternate.value)) {
            findings.error('service/advanced-configuration', alternate.position, `${at}.alternateTargetGroupArn ${(0,deploy_files_findings/* quote */.A0)(alternate.value)} is not a target group ARN (${source})`, 'write "arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>"');
        }
        else if (alternate.value === loadBalancer.targetGroupArn) {
            findings.error('service/advanced-configuration', alternate.position, `${at}.alternateTargetGroupArn is the same target group as ${path}.targetGroupArn; blue and green need a ` +
                `target group each (${source})`, 'create a second target group for the green revision and name it here');
        }
    }
    const production = listenerRule(advanced, 'productionListenerRule', at, findings);
    const test = listenerRule(advanced, 'testListenerRule', at, findings);
    if (production !== undefined && test !== undefined && production.node.value === test.node.value) {
        findings.error('service/advanced-configuration', test.node.position, `${at}.testListenerRule is the same as productionListenerRule; ECS refuses it ("cannot be used as both ` +
            'production and test listener rules")', 'give test traffic its own listener rule (ALB: a rule on a test listener or port; NLB: a test listener)');
    }
    else if (production !== undefined && test !== undefined && production.loadBalancerId !== test.loadBalancerId) {
        findings.error('service/advanced-configuration', test.node.position, `${at}.testListenerRule belongs to load balancer ${(0,deploy_files_findings/* quote */.A0)(test.loadBalancerId)}, productionListenerRule to ` +
            `${(0,deploy_files_findings/* quote */.A0)(production.loadBalancerId)}; both target groups must be associated with the production or test rule, ` +
            'so both rules are on the service\'s one load balancer (troubleshooting: "Both targetGroup and ' +
            'alternateTargetGroup must be associated with the productionListenerRule or testListenerRule")', 'use a listener rule of the same load balancer for test traffic');
    }
    const role = (0,positioned_value/* memberOf */.C5)(advanced, 'roleArn');
    if (role?.kind === 'string' && !IAM_ROLE_ARN.test(role.value)) {
        findings.error('service/advanced-configuration', role.position, `${at}.roleArn ${(0,deploy_files_findings/* quote */.A0)(role.value)} is not an IAM role ARN; it is the infrastructure role for ` +
            `load balancers, trusted by ecs.amazonaws.com (${source})`, 'write "arn:aws:iam::<account>:role/<name>"');
    }
}
function listenerRule(advanced, key, at, findings) {
    const node = (0,positioned_value/* memberOf */.C5)(advanced, key);
    if (node?.kind !== 'string')
        return undefined;
    const arn = listenerArnKind(node.value);
    const fits = (arn.kind === 'listener-rule' && arn.loadBalancer === 'app') ||
        (arn.kind === 'listener' && arn.loadBalancer === 'net');
    if (fits)
        return { node, loadBalancerId: arn.loadBalancerId };
    const why = arn.kind === 'listener' && arn.loadBalancer === 'app'
        ? "is an Application Load Balancer's listener; for an ALB ECS takes a listener rule"
        : arn.kind === 'listener-rule' && arn.loadBalancer !== 'app'
            ? 'is a listener rule of a load balancer that is not an ALB'
            : arn.kind === 'listener' || arn.kind === 'listener-rule'
                ? 'belongs to a Gateway Load Balancer, which ECS blue/green does not use'
                : 'is not an Elastic Load Balancing listener or listener rule ARN';
    findings.error('service/advanced-configuration', node.position, `${at}.${key} ${(0,deploy_files_findings/* quote */.A0)(node.value)} ${why} (ECS: "${key} has an invalid ARN format. Must be RuleArn ` +
        'for ALB or ListenerArn for NLB")', arn.kind === 'listener' && arn.loadBalancer === 'app'
        ? 'write the ARN of a rule of that listener (aws elbv2 describe-rules --listener-arn …): …:listener-rule/app/…'
        : 'write an ALB listener rule ARN (…:listener-rule/app/…) or an NLB listener ARN (…:listener/net/…)');
    return undefined;
}
/**
 * `service/test-traffic`: Service Connect's test traffic rules (ServiceConnectTestTrafficHeaderRules: `name` required,
 * `value.exact` required in ServiceConnectTestTrafficHeaderMatchRules). They route requests with that header to the green
 * revision during ECS blue/green, linear and canary deployments only (developer guide, "Service Connect resources for
 * Amazon ECS blue/green deployments"; without rules, Service Connect recognises `x-amzn-ecs-blue-green-test`).
 */
function checkServiceConnect(definition, findings) {
    const services = (0,task_context/* itemsOf */.S3)((0,positioned_value/* memberOf */.C5)(definition.node, 'serviceConnectConfiguration'), 'services');
    const shifting = (definition.controller ?? 'ECS') === 'ECS' && TRAFFIC_SHIFT_STRATEGIES.includes(effectiveStrategy(definition));
    services.forEach((service, serviceIndex) => {
        (0,task_context/* itemsOf */.S3)(service, 'clientAliases').forEach((alias, aliasIndex) => {
            const rules = (0,positioned_value/* memberOf */.C5)(alias, 'testTrafficRules');
            if (rules === undefined)
                return;
            const path = `serviceConnectConfiguration.services[${serviceIndex}].clientAliases[${aliasIndex}].testTrafficRules`;
            if (!shifting) {
                findings.warning('service/test-traffic', rules.position, `${path} routes test traffic during ECS blue/green, linear and canary deployments only; with ` +
                    `${definition.controller !== undefined && definition.controller !== 'ECS' ? `the ${definition.controller} controller` : `strategy ${effectiveStrategy(definition)}`} ECS does not use it`, 'set "deploymentConfiguration": {"strategy": "BLUE_GREEN", …}, or remove testTrafficRules');
            }
            const header = (0,positioned_value/* memberOf */.C5)(rules, 'header');
            const name = (0,positioned_value/* memberOf */.C5)(header, 'name');
            if (name?.kind === 'string' && !HEADER_NAME.test(name.value)) {
                findings.error('service/test-traffic', name.position, `${path}.header.name ${(0,deploy_files_findings/* quote */.A0)(name.value)} is not an HTTP header name (letters, digits and ` +
                    "!#$%&'*+-.^_`|~; no spaces or colons)", 'write a header name such as "x-test-version"');
            }
            const exact = (0,positioned_value/* memberOf */.C5)((0,positioned_value/* memberOf */.C5)(header, 'value'), 'exact');
            if (exact?.kind === 'string' && exact.value === '') {
                findings.error('service/test-traffic', exact.position, `${path}.header.value.exact is empty; it is the value the header must have for a request to reach the green ` +
                    `revision (${service_traffic_API}, ServiceConnectTestTrafficHeaderMatchRules)`, 'write the value, or remove "value" to match the header whatever its value');
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
function checkNetworkConfiguration(definition, context, findings) {
    const network = (0,positioned_value/* memberOf */.C5)(definition.node, 'networkConfiguration');
    const awsvpc = (0,positioned_value/* memberOf */.C5)(network, 'awsvpcConfiguration');
    for (const [key, max] of [
        ['subnets', service_traffic_MAX_SUBNETS],
        ['securityGroups', service_traffic_MAX_SECURITY_GROUPS],
    ]) {
        const list = (0,positioned_value/* memberOf */.C5)(awsvpc, key);
        if (list?.kind !== 'array' || list.items.length <= max)
            continue;
        findings.error('service/network-configuration', list.position, `networkConfiguration.awsvpcConfiguration.${key} lists ${list.items.length}; ECS takes up to ${max} (${service_traffic_API}, AwsVpcConfiguration)`, `keep at most ${max}`);
    }
    const subnets = (0,positioned_value/* memberOf */.C5)(awsvpc, 'subnets');
    if (awsvpc !== undefined && (subnets === undefined || (subnets.kind === 'array' && subnets.items.length === 0))) {
        findings.error('service/network-configuration', (subnets ?? awsvpc).position, `networkConfiguration.awsvpcConfiguration has no subnets; ECS needs at least one (${service_traffic_API}, AwsVpcConfiguration: subnets is required)`, 'add "subnets": ["subnet-…"]');
    }
    const task = context.taskDefinition;
    const mode = task?.networkMode;
    if (task === undefined || mode === undefined || definition.form === 'update-service')
        return;
    if (mode === 'awsvpc' && awsvpc === undefined) {
        findings.error('service/network-configuration', (network ?? definition.node).position, `${task.path} uses networkMode "awsvpc", and the service has no networkConfiguration.awsvpcConfiguration; ECS ` +
            'refuses it ("Network Configuration must be provided when networkMode \'awsvpc\' is specified")', 'add "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-…"], "securityGroups": ["sg-…"], "assignPublicIp": "DISABLED"}}');
    }
    else if (mode !== 'awsvpc' && network !== undefined) {
        findings.error('service/network-configuration', network.position, `${task.path} uses networkMode ${(0,deploy_files_findings/* quote */.A0)(mode)}, and the service sets networkConfiguration; ECS refuses it ("Network ` +
            'Configuration is not valid for the given networkMode of this task definition")', 'remove networkConfiguration, or set "networkMode": "awsvpc" in the task definition');
    }
}
/**
 * `service/launch-type`: CreateService takes a launch type or a capacity provider strategy, not both ("Specifying both a
 * launch type and capacity provider strategy is not supported"); the task definition must be compatible with where it
 * runs (requiresCompatibilities; ECS: "Task definition does not support launch_type FARGATE").
 */
function checkLaunchType(definition, context, findings) {
    const launchType = (0,positioned_value/* memberOf */.C5)(definition.node, 'launchType');
    const providers = (0,positioned_value/* memberOf */.C5)(definition.node, 'capacityProviderStrategy');
    if (launchType !== undefined && providers?.kind === 'array' && providers.items.length > 0) {
        findings.error('service/launch-type', launchType.position, 'the service sets both launchType and capacityProviderStrategy; ECS refuses it ("Specifying both a launch type ' +
            `and capacity provider strategy is not supported", ${service_traffic_API}, CreateService)`, 'keep one of them');
    }
    const compatibilities = context.taskDefinition?.compatibilities;
    if (compatibilities === undefined || context.taskDefinition === undefined)
        return;
    const taskPath = context.taskDefinition.path;
    const refuse = (at, where, needs) => findings.error('service/launch-type', at.position, `${where}, but ${taskPath} has requiresCompatibilities ${JSON.stringify(compatibilities)}; ECS refuses it ` +
        `("Task definition does not support launch_type ${needs}")`, `add ${(0,deploy_files_findings/* quote */.A0)(needs)} to the task definition's requiresCompatibilities, or run the service where the task definition can`);
    if (launchType?.kind === 'string' && launchType.value !== 'EXTERNAL' && !compatibilities.includes(launchType.value)) {
        refuse(launchType, `launchType is ${(0,deploy_files_findings/* quote */.A0)(launchType.value)}`, launchType.value);
    }
    if (launchType === undefined && providers === undefined && !compatibilities.includes('EC2')) {
        // CreateService: without either, the cluster's default capacity provider strategy applies, or else EC2.
        findings.warning('service/launch-type', definition.node.position, `the service sets neither launchType nor capacityProviderStrategy, so it runs on the cluster's default capacity ` +
            `provider strategy, or EC2 when there is none; ${taskPath} requires ${JSON.stringify(compatibilities)}`, `set "launchType": ${(0,deploy_files_findings/* quote */.A0)(compatibilities[0] ?? 'FARGATE')} (or a capacityProviderStrategy) to say where it runs`);
    }
    for (const item of providers?.kind === 'array' ? providers.items : []) {
        const provider = (0,positioned_value/* stringMemberOf */.pd)(item, 'capacityProvider');
        if (provider === undefined || !FARGATE_PROVIDERS.includes(provider) || compatibilities.includes('FARGATE'))
            continue;
        refuse(item, `capacityProviderStrategy uses ${(0,deploy_files_findings/* quote */.A0)(provider)}`, 'FARGATE');
    }
}

;// CONCATENATED MODULE: ./src/deploy-files/service-rules.ts


/**
 * Checks a parsed service definition on its own and against the task definition and appspec in `context`; findings
 * go to `findings` (rules `service/…`).
 */
function checkServiceDefinition(definition, context, findings) {
    checkDeploymentController(definition, context.target, findings);
    checkDeploymentConfiguration(definition, findings);
    checkLoadBalancers(definition, context, findings);
    checkServiceConnect(definition, findings);
    checkNetworkConfiguration(definition, context, findings);
    checkLaunchType(definition, context, findings);
}

// EXTERNAL MODULE: ./src/deploy-files/task-definition.ts
var task_definition = __webpack_require__(5812);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-size.ts
var taskdef_size = __webpack_require__(2303);
;// CONCATENATED MODULE: ./src/deploy-files/check.ts
/**
 * The one entry point for validation: parse the deployment files, check each on its own and against each other,
 * and return every finding with the task definition as it will be written.
 */














/**
 * Validates the deployment files against what CodeDeploy and ECS accept (see AWS-CONTRACTS.md). Pure: give it the
 * texts, get the findings. Unparsable files yield a syntax finding and skip the checks that need their content.
 */
function checkDeployFiles(input) {
    // Each file's findings are bounded (FileFindings), and joined without spreading them into a call's arguments.
    const files = [];
    const requirePlaceholder = input.requirePlaceholder ?? false;
    const deployTarget = input.deployTarget ?? 'codedeploy';
    if (input.imageDetail !== undefined) {
        const file = new deploy_files_findings/* FileFindings */.zp(input.imageDetail.path, 'image-detail');
        const root = parsed(parseJson(input.imageDetail.text), file);
        (0,image_detail/* checkImageDetail */.Rk)(input.imageDetail.path, root, file);
        files.push(file);
    }
    let taskdef;
    let imageContainers = [];
    let placeholders = [];
    let containersPerImage = [];
    if (input.taskdef !== undefined) {
        const file = new deploy_files_findings/* FileFindings */.zp(input.taskdef.path, 'taskdef');
        const root = parsed(parseJson(input.taskdef.text), file);
        if (root !== undefined) {
            taskdef = (0,task_definition/* checkTaskDefinition */.T8)(root, file, input.imagePlaceholder);
            if (root.kind === 'object') {
                const placeholderCheck = checkPlaceholders(taskdef.containers, {
                    imagePlaceholder: input.imagePlaceholder,
                    requirePlaceholder,
                    ...(input.render !== undefined && { render: input.render }),
                    ...(input.otherPlaceholders !== undefined && { otherPlaceholders: input.otherPlaceholders }),
                    ...(input.extraPlaceholders !== undefined && { extraPlaceholders: input.extraPlaceholders }),
                }, file, (0,positioned_value/* entryOf */.Ms)(root, 'containerDefinitions')?.keyPosition ?? root.position);
                imageContainers = placeholderCheck.imageContainers;
                placeholders = placeholderCheck.uses;
                containersPerImage = placeholderCheck.containersPerImage;
                (0,task_definition/* checkExecutionRole */.tT)(root, taskdef.containers, imageContainers, file);
                if (taskdef.taskDefinition !== undefined)
                    (0,taskdef_size/* checkTaskDefinitionSize */.ez)(taskdef.taskDefinition, file, root.position);
            }
        }
        files.push(file);
    }
    let appspecLoadBalancer;
    if (input.appspec !== undefined) {
        const { path, text } = input.appspec;
        const file = new deploy_files_findings/* FileFindings */.zp(path, 'appspec');
        const root = parsed(/\.json$/i.test(path) ? parseJson(text) : (0,parse_yaml/* parseYaml */.h)(text), file);
        if (root !== undefined) {
            const target = checkAppspec(root, file, requirePlaceholder);
            appspecLoadBalancer = target;
            if (taskdef?.taskDefinition !== undefined && input.taskdef !== undefined) {
                checkAppspecAgainstTaskDefinition(target, taskdef.containers, file, input.taskdef.path);
            }
        }
        files.push(file);
    }
    let serviceDefinition;
    if (input.serviceDefinition !== undefined) {
        const file = new deploy_files_findings/* FileFindings */.zp(input.serviceDefinition.path, 'service');
        serviceDefinition = parseServiceDefinition(input.serviceDefinition.text, file);
        if (serviceDefinition !== undefined) {
            checkServiceDefinition(serviceDefinition, {
                target: deployTarget,
                ...(taskdef?.taskDefinition !== undefined &&
                    input.taskdef !== undefined && {
                    taskDefinition: {
                        path: input.taskdef.path,
                        containers: taskdef.containers,
                        ...(taskdef.networkMode !== undefined && { networkMode: taskdef.networkMode }),
                        ...(taskdef.compatibilities !== undefined && { compatibilities: taskdef.compatibilities }),
                    },
                }),
                ...(appspecLoadBalancer !== undefined &&
                    input.appspec !== undefined && {
                    appspec: { path: input.appspec.path, loadBalancer: appspecLoadBalancer },
                }),
            }, file);
        }
        files.push(file);
    }
    if (input.pipeline !== undefined) {
        const file = new deploy_files_findings/* FileFindings */.zp(input.pipeline.path, 'pipeline');
        const root = parsed(parseJson(input.pipeline.text), file);
        if (root !== undefined) {
            checkPipeline(root, file, {
                ...(input.taskdef !== undefined && { taskdefName: (0,external_node_path_.basename)(input.taskdef.path) }),
                ...(input.appspec !== undefined && { appspecName: (0,external_node_path_.basename)(input.appspec.path) }),
                placeholders,
                containers: taskdef?.containers ?? [],
                deployTarget,
                imageContainers: containersPerImage.flatMap((target) => target.containers),
                ...(serviceDefinition !== undefined && { serviceDefinition }),
            });
        }
        files.push(file);
    }
    return {
        findings: (0,deploy_files_findings/* sortFindings */.Tc)(files.flatMap((file) => file.findings)),
        ...(taskdef?.taskDefinition !== undefined && { taskDefinition: taskdef.taskDefinition }),
        removedFields: taskdef?.removedFields ?? [],
        imageContainers,
        placeholders,
        containersPerImage,
        ...(serviceDefinition !== undefined && { serviceDefinition }),
    };
}
/** The parse step's rules for the task definition, with their examples. */
const PARSE_RULES = [
    {
        id: 'taskdef/syntax',
        dataType: 'RegisterTaskDefinition',
        field: '(the file)',
        rule: 'strict JSON (no comments, no trailing commas)',
        source: 'RFC 8259; RegisterTaskDefinition takes JSON',
        path: '',
        refuses: { text: '{"family": "web-app",}\n' },
        accepts: {},
    },
    {
        id: 'taskdef/duplicate-key',
        dataType: 'RegisterTaskDefinition',
        field: '(every object)',
        rule: 'each key once (readers disagree on which one counts)',
        source: 'RFC 8259: names "SHOULD be unique"',
        path: 'duplicate key "family"',
        refuses: { text: '{"family": "a", "family": "b", "containerDefinitions": []}\n' },
        accepts: {},
    },
    {
        id: 'taskdef/more-findings',
        dataType: 'RegisterTaskDefinition',
        field: '(the file)',
        rule: `at most ${deploy_files_findings/* MAX_FINDINGS_PER_FILE */.hD} findings listed, then one that counts the rest (an error when any is)`,
        source: "GitHub's 1 MiB job summary and a readable log; not an AWS limit",
        path: 'not listed',
        refuses: {
            task: Object.fromEntries(Array.from({ length: deploy_files_findings/* MAX_FINDINGS_PER_FILE */.hD + 1 }, (_, index) => [`unknown${index}`, 1])),
        },
        accepts: {},
    },
];


/***/ }),

/***/ 3198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n7: () => (/* binding */ DESCRIBE_ONLY_FIELDS),
  hI: () => (/* binding */ SERVICE_DESCRIBE_ONLY_FIELDS),
  $u: () => (/* binding */ checkAgainstModel),
  Io: () => (/* binding */ checkServiceAgainstModel),
  XL: () => (/* binding */ ecsEnumValues)
});

// UNUSED EXPORTS: ECS_MODEL_SOURCE

// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
;// CONCATENATED MODULE: ./generated/ecs-model.json
const ecs_model_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"@aws-sdk/client-ecs@3.1164.0","root":"RegisterTaskDefinitionRequest","describeOnly":["compatibilities","deleteRequestedAt","deregisteredAt","registeredAt","registeredBy","requiresAttributes","revision","status","taskDefinitionArn"],"shapes":{"ContainerDefinition":{"members":{"name":"string","image":"string","repositoryCredentials":"structure:RepositoryCredentials","cpu":"number","memory":"number","memoryReservation":"number","links":"list:string","portMappings":"list:structure:PortMapping","essential":"boolean","restartPolicy":"structure:ContainerRestartPolicy","entryPoint":"list:string","command":"list:string","environment":"list:structure:KeyValuePair","environmentFiles":"list:structure:EnvironmentFile","mountPoints":"list:structure:MountPoint","volumesFrom":"list:structure:VolumeFrom","linuxParameters":"structure:LinuxParameters","secrets":"list:structure:Secret","dependsOn":"list:structure:ContainerDependency","startTimeout":"number","stopTimeout":"number","versionConsistency":"enum:VersionConsistency","hostname":"string","user":"string","workingDirectory":"string","disableNetworking":"boolean","privileged":"boolean","readonlyRootFilesystem":"boolean","dnsServers":"list:string","dnsSearchDomains":"list:string","extraHosts":"list:structure:HostEntry","dockerSecurityOptions":"list:string","interactive":"boolean","pseudoTerminal":"boolean","dockerLabels":"map:string","ulimits":"list:structure:Ulimit","logConfiguration":"structure:LogConfiguration","healthCheck":"structure:HealthCheck","systemControls":"list:structure:SystemControl","resourceRequirements":"list:structure:ResourceRequirement","firelensConfiguration":"structure:FirelensConfiguration","credentialSpecs":"list:string"}},"ContainerDependency":{"members":{"containerName":"string","condition":"enum:ContainerCondition"},"required":["containerName","condition"]},"ContainerRestartPolicy":{"members":{"enabled":"boolean","ignoredExitCodes":"list:number","restartAttemptPeriod":"number"},"required":["enabled"]},"Device":{"members":{"hostPath":"string","containerPath":"string","permissions":"list:enum:DeviceCgroupPermission"},"required":["hostPath"]},"DockerVolumeConfiguration":{"members":{"scope":"enum:Scope","autoprovision":"boolean","driver":"string","driverOpts":"map:string","labels":"map:string"}},"EFSAuthorizationConfig":{"members":{"accessPointId":"string","iam":"enum:EFSAuthorizationConfigIAM"}},"EFSVolumeConfiguration":{"members":{"fileSystemId":"string","rootDirectory":"string","transitEncryption":"enum:EFSTransitEncryption","transitEncryptionPort":"number","authorizationConfig":"structure:EFSAuthorizationConfig"},"required":["fileSystemId"]},"EnvironmentFile":{"members":{"value":"string","type":"enum:EnvironmentFileType"},"required":["value","type"]},"EphemeralStorage":{"members":{"sizeInGiB":"number"},"required":["sizeInGiB"]},"FSxWindowsFileServerAuthorizationConfig":{"members":{"credentialsParameter":"string","domain":"string"},"required":["credentialsParameter","domain"]},"FSxWindowsFileServerVolumeConfiguration":{"members":{"fileSystemId":"string","rootDirectory":"string","authorizationConfig":"structure:FSxWindowsFileServerAuthorizationConfig"},"required":["fileSystemId","rootDirectory","authorizationConfig"]},"FirelensConfiguration":{"members":{"type":"enum:FirelensConfigurationType","options":"map:string"},"required":["type"]},"HealthCheck":{"members":{"command":"list:string","interval":"number","timeout":"number","retries":"number","startPeriod":"number"},"required":["command"]},"HostEntry":{"members":{"hostname":"string","ipAddress":"string"},"required":["hostname","ipAddress"]},"HostVolumeProperties":{"members":{"sourcePath":"string"}},"InferenceAccelerator":{"members":{"deviceName":"string","deviceType":"string"},"required":["deviceName","deviceType"]},"KernelCapabilities":{"members":{"add":"list:string","drop":"list:string"}},"KeyValuePair":{"members":{"name":"string","value":"string"}},"LinuxParameters":{"members":{"capabilities":"structure:KernelCapabilities","devices":"list:structure:Device","initProcessEnabled":"boolean","sharedMemorySize":"number","tmpfs":"list:structure:Tmpfs","maxSwap":"number","swappiness":"number"}},"LogConfiguration":{"members":{"logDriver":"enum:LogDriver","options":"map:string","secretOptions":"list:structure:Secret"},"required":["logDriver"]},"MountPoint":{"members":{"sourceVolume":"string","containerPath":"string","readOnly":"boolean"}},"NvidiaMpsAllocation":{"members":{"memory":"number","maxComputePercent":"number"},"required":["memory"]},"PortMapping":{"members":{"containerPort":"number","hostPort":"number","protocol":"enum:TransportProtocol","name":"string","appProtocol":"enum:ApplicationProtocol","containerPortRange":"string"}},"ProxyConfiguration":{"members":{"containerName":"string","type":"enum:ProxyConfigurationType","properties":"list:structure:KeyValuePair"},"required":["containerName"]},"RegisterTaskDefinitionRequest":{"members":{"family":"string","containerDefinitions":"list:structure:ContainerDefinition","taskRoleArn":"string","executionRoleArn":"string","networkMode":"enum:NetworkMode","volumes":"list:structure:Volume","placementConstraints":"list:structure:TaskDefinitionPlacementConstraint","requiresCompatibilities":"list:enum:Compatibility","cpu":"string","memory":"string","tags":"list:structure:Tag","pidMode":"enum:PidMode","ipcMode":"enum:IpcMode","proxyConfiguration":"structure:ProxyConfiguration","inferenceAccelerators":"list:structure:InferenceAccelerator","ephemeralStorage":"structure:EphemeralStorage","runtimePlatform":"structure:RuntimePlatform","enableFaultInjection":"boolean"},"required":["family","containerDefinitions"]},"RepositoryCredentials":{"members":{"credentialsParameter":"string"},"required":["credentialsParameter"]},"ResourceRequirement":{"members":{"type":"enum:ResourceType","value":"string","sharingStrategy":"structure:SharingStrategy"},"required":["type"]},"RuntimePlatform":{"members":{"cpuArchitecture":"enum:CPUArchitecture","operatingSystemFamily":"enum:OSFamily"}},"S3FilesVolumeConfiguration":{"members":{"fileSystemArn":"string","rootDirectory":"string","transitEncryptionPort":"number","accessPointArn":"string"},"required":["fileSystemArn"]},"Secret":{"members":{"name":"string","valueFrom":"string"},"required":["name","valueFrom"]},"SharingStrategy":{"members":{"nvidiaMps":"structure:NvidiaMpsAllocation"},"union":true},"SystemControl":{"members":{"namespace":"string","value":"string"}},"Tag":{"members":{"key":"string","value":"string"}},"TaskDefinitionPlacementConstraint":{"members":{"type":"enum:TaskDefinitionPlacementConstraintType","expression":"string"}},"Tmpfs":{"members":{"containerPath":"string","size":"number","mountOptions":"list:string"},"required":["containerPath","size"]},"Ulimit":{"members":{"name":"enum:UlimitName","softLimit":"number","hardLimit":"number"},"required":["name","softLimit","hardLimit"]},"Volume":{"members":{"name":"string","host":"structure:HostVolumeProperties","dockerVolumeConfiguration":"structure:DockerVolumeConfiguration","efsVolumeConfiguration":"structure:EFSVolumeConfiguration","s3filesVolumeConfiguration":"structure:S3FilesVolumeConfiguration","fsxWindowsFileServerVolumeConfiguration":"structure:FSxWindowsFileServerVolumeConfiguration","configuredAtLaunch":"boolean"}},"VolumeFrom":{"members":{"sourceContainer":"string","readOnly":"boolean"}}},"enums":{"ApplicationProtocol":["grpc","http","http2"],"CPUArchitecture":["ARM64","X86_64"],"Compatibility":["EC2","EXTERNAL","FARGATE","MANAGED_INSTANCES"],"ContainerCondition":["COMPLETE","HEALTHY","START","SUCCESS"],"DeviceCgroupPermission":["mknod","read","write"],"EFSAuthorizationConfigIAM":["DISABLED","ENABLED"],"EFSTransitEncryption":["DISABLED","ENABLED"],"EnvironmentFileType":["s3"],"FirelensConfigurationType":["fluentbit","fluentd"],"IpcMode":["host","none","task"],"LogDriver":["awsfirelens","awslogs","fluentd","gelf","journald","json-file","splunk","syslog"],"NetworkMode":["awsvpc","bridge","host","none"],"OSFamily":["LINUX","WINDOWS_SERVER_2004_CORE","WINDOWS_SERVER_2016_FULL","WINDOWS_SERVER_2019_CORE","WINDOWS_SERVER_2019_FULL","WINDOWS_SERVER_2022_CORE","WINDOWS_SERVER_2022_FULL","WINDOWS_SERVER_2025_CORE","WINDOWS_SERVER_2025_FULL","WINDOWS_SERVER_20H2_CORE"],"PidMode":["host","task"],"ProxyConfigurationType":["APPMESH"],"ResourceType":["GPU","InferenceAccelerator","NeuronDevice"],"Scope":["shared","task"],"TaskDefinitionPlacementConstraintType":["memberOf"],"TransportProtocol":["tcp","udp"],"UlimitName":["core","cpu","data","fsize","locks","memlock","msgqueue","nice","nofile","nproc","rss","rtprio","rttime","sigpending","stack"],"VersionConsistency":["disabled","enabled"]}}');
;// CONCATENATED MODULE: ./generated/ecs-service-model.json
const ecs_service_model_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"@aws-sdk/client-ecs@3.1164.0","root":"CreateServiceRequest","otherRoots":["UpdateServiceRequest"],"describeOnly":["clusterArn","createdAt","createdBy","currentServiceDeployment","currentServiceRevisions","deployments","events","pendingCount","platformFamily","resourceManagementType","roleArn","runningCount","serviceArn","status","taskSets"],"shapes":{"AdvancedConfiguration":{"members":{"alternateTargetGroupArn":"string","productionListenerRule":"string","testListenerRule":"string","roleArn":"string"}},"AwsVpcConfiguration":{"members":{"subnets":"list:string","securityGroups":"list:string","assignPublicIp":"enum:AssignPublicIp"},"required":["subnets"]},"CanaryConfiguration":{"members":{"canaryPercent":"number","canaryBakeTimeInMinutes":"number"}},"CapacityProviderStrategyItem":{"members":{"capacityProvider":"string","weight":"number","base":"number"},"required":["capacityProvider"]},"CreateServiceRequest":{"members":{"serviceName":"string","cluster":"string","taskDefinition":"string","availabilityZoneRebalancing":"enum:AvailabilityZoneRebalancing","loadBalancers":"list:structure:LoadBalancer","serviceRegistries":"list:structure:ServiceRegistry","desiredCount":"number","clientToken":"string","launchType":"enum:LaunchType","capacityProviderStrategy":"list:structure:CapacityProviderStrategyItem","platformVersion":"string","role":"string","deploymentConfiguration":"structure:DeploymentConfiguration","placementConstraints":"list:structure:PlacementConstraint","placementStrategy":"list:structure:PlacementStrategy","networkConfiguration":"structure:NetworkConfiguration","healthCheckGracePeriodSeconds":"number","schedulingStrategy":"enum:SchedulingStrategy","deploymentController":"structure:DeploymentController","tags":"list:structure:Tag","enableECSManagedTags":"boolean","propagateTags":"enum:PropagateTags","enableExecuteCommand":"boolean","serviceConnectConfiguration":"structure:ServiceConnectConfiguration","volumeConfigurations":"list:structure:ServiceVolumeConfiguration","vpcLatticeConfigurations":"list:structure:VpcLatticeConfiguration","gatewayConnectors":"list:structure:GatewayConnector","monitoring":"structure:MonitoringConfiguration"},"required":["serviceName"]},"DeploymentAlarms":{"members":{"alarmNames":"list:string","rollback":"boolean","enable":"boolean"},"required":["alarmNames","rollback","enable"]},"DeploymentCircuitBreaker":{"members":{"enable":"boolean","rollback":"boolean","resetOnHealthyTask":"boolean","thresholdConfiguration":"structure:ThresholdConfiguration"},"required":["enable","rollback"]},"DeploymentConfiguration":{"members":{"deploymentCircuitBreaker":"structure:DeploymentCircuitBreaker","maximumPercent":"number","minimumHealthyPercent":"number","alarms":"structure:DeploymentAlarms","strategy":"enum:DeploymentStrategy","bakeTimeInMinutes":"number","lifecycleHooks":"list:structure:DeploymentLifecycleHook","linearConfiguration":"structure:LinearConfiguration","canaryConfiguration":"structure:CanaryConfiguration","earlySuccessCriteria":"structure:DeploymentEarlySuccessCriteria"}},"DeploymentController":{"members":{"type":"enum:DeploymentControllerType"},"required":["type"]},"DeploymentEarlySuccessCriteria":{"members":{"enable":"boolean","healthyPercent":"number","sourceServiceRevisionCleanup":"enum:ServiceRevisionCleanup"},"required":["enable"]},"DeploymentLifecycleHook":{"members":{"targetType":"enum:DeploymentLifecycleHookTargetType","hookTargetArn":"string","roleArn":"string","lifecycleStages":"list:enum:DeploymentLifecycleHookStage","hookDetails":"document","timeoutConfiguration":"structure:DeploymentLifecycleHookTimeoutConfiguration"}},"DeploymentLifecycleHookTimeoutConfiguration":{"members":{"timeoutInMinutes":"number","action":"enum:DeploymentLifecycleHookAction"}},"EBSTagSpecification":{"members":{"resourceType":"enum:EBSResourceType","tags":"list:structure:Tag","propagateTags":"enum:PropagateTags"},"required":["resourceType"]},"GatewayConnector":{"members":{"portName":"string","healthCheck":"structure:GatewayConnectorHealthCheck","filters":"structure:GatewayConnectorFilters"},"required":["portName"]},"GatewayConnectorFilters":{"members":{"accessTypes":"list:enum:AccessType"}},"GatewayConnectorHealthCheck":{"members":{"healthCheckProtocol":"enum:GatewayConnectorHealthCheckProtocol","healthCheckPort":"number","healthCheckPath":"string","healthCheckTimeoutSeconds":"number","healthCheckIntervalSeconds":"number","healthyThresholdCount":"number","unhealthyThresholdCount":"number","matcher":"structure:GatewayConnectorHealthCheckMatcher"}},"GatewayConnectorHealthCheckMatcher":{"members":{"httpCode":"string","grpcCode":"string"}},"LinearConfiguration":{"members":{"stepPercent":"number","stepBakeTimeInMinutes":"number"}},"LoadBalancer":{"members":{"targetGroupArn":"string","loadBalancerName":"string","containerName":"string","containerPort":"number","advancedConfiguration":"structure:AdvancedConfiguration"}},"LogConfiguration":{"members":{"logDriver":"enum:LogDriver","options":"map:string","secretOptions":"list:structure:Secret"},"required":["logDriver"]},"MetricConfiguration":{"members":{"metricNames":"list:string","resolutionSeconds":"number"},"required":["metricNames","resolutionSeconds"]},"MonitoringConfiguration":{"members":{"metricConfigurations":"list:structure:MetricConfiguration"}},"NetworkConfiguration":{"members":{"awsvpcConfiguration":"structure:AwsVpcConfiguration"}},"PlacementConstraint":{"members":{"type":"enum:PlacementConstraintType","expression":"string"}},"PlacementStrategy":{"members":{"type":"enum:PlacementStrategyType","field":"string"}},"Secret":{"members":{"name":"string","valueFrom":"string"},"required":["name","valueFrom"]},"ServiceConnectAccessLogConfiguration":{"members":{"format":"enum:ServiceConnectAccessLoggingFormat","includeQueryParameters":"enum:ServiceConnectIncludeQueryParameters"},"required":["format"]},"ServiceConnectClientAlias":{"members":{"port":"number","dnsName":"string","testTrafficRules":"structure:ServiceConnectTestTrafficRules"},"required":["port"]},"ServiceConnectConfiguration":{"members":{"enabled":"boolean","namespace":"string","services":"list:structure:ServiceConnectService","logConfiguration":"structure:LogConfiguration","accessLogConfiguration":"structure:ServiceConnectAccessLogConfiguration","containerConfigurations":"list:structure:ServiceConnectContainerConfiguration"},"required":["enabled"]},"ServiceConnectContainerConfiguration":{"members":{"logLevel":"string"},"union":true},"ServiceConnectService":{"members":{"portName":"string","discoveryName":"string","clientAliases":"list:structure:ServiceConnectClientAlias","ingressPortOverride":"number","timeout":"structure:TimeoutConfiguration","tls":"structure:ServiceConnectTlsConfiguration"},"required":["portName"]},"ServiceConnectTestTrafficHeaderMatchRules":{"members":{"exact":"string"},"required":["exact"]},"ServiceConnectTestTrafficHeaderRules":{"members":{"name":"string","value":"structure:ServiceConnectTestTrafficHeaderMatchRules"},"required":["name"]},"ServiceConnectTestTrafficRules":{"members":{"header":"structure:ServiceConnectTestTrafficHeaderRules"},"required":["header"]},"ServiceConnectTlsCertificateAuthority":{"members":{"awsPcaAuthorityArn":"string"}},"ServiceConnectTlsConfiguration":{"members":{"issuerCertificateAuthority":"structure:ServiceConnectTlsCertificateAuthority","kmsKey":"string","roleArn":"string"},"required":["issuerCertificateAuthority"]},"ServiceManagedEBSVolumeConfiguration":{"members":{"roleArn":"string","encrypted":"boolean","kmsKeyId":"string","volumeType":"string","sizeInGiB":"number","snapshotId":"string","volumeInitializationRate":"number","iops":"number","throughput":"number","tagSpecifications":"list:structure:EBSTagSpecification","filesystemType":"enum:TaskFilesystemType"},"required":["roleArn"]},"ServiceRegistry":{"members":{"registryArn":"string","port":"number","containerName":"string","containerPort":"number"}},"ServiceVolumeConfiguration":{"members":{"name":"string","managedEBSVolume":"structure:ServiceManagedEBSVolumeConfiguration"},"required":["name"]},"Tag":{"members":{"key":"string","value":"string"}},"ThresholdConfiguration":{"members":{"type":"enum:ThresholdType","value":"number"},"required":["type","value"]},"TimeoutConfiguration":{"members":{"idleTimeoutSeconds":"number","perRequestTimeoutSeconds":"number"}},"UpdateServiceRequest":{"members":{"service":"string","cluster":"string","desiredCount":"number","taskDefinition":"string","capacityProviderStrategy":"list:structure:CapacityProviderStrategyItem","deploymentConfiguration":"structure:DeploymentConfiguration","availabilityZoneRebalancing":"enum:AvailabilityZoneRebalancing","networkConfiguration":"structure:NetworkConfiguration","placementConstraints":"list:structure:PlacementConstraint","placementStrategy":"list:structure:PlacementStrategy","platformVersion":"string","forceNewDeployment":"boolean","healthCheckGracePeriodSeconds":"number","deploymentController":"structure:DeploymentController","enableExecuteCommand":"boolean","enableECSManagedTags":"boolean","loadBalancers":"list:structure:LoadBalancer","propagateTags":"enum:PropagateTags","serviceRegistries":"list:structure:ServiceRegistry","serviceConnectConfiguration":"structure:ServiceConnectConfiguration","volumeConfigurations":"list:structure:ServiceVolumeConfiguration","vpcLatticeConfigurations":"list:structure:VpcLatticeConfiguration","gatewayConnectors":"list:structure:GatewayConnector","monitoring":"structure:MonitoringConfiguration"},"required":["service"]},"VpcLatticeAdvancedConfiguration":{"members":{"alternateTargetGroupArn":"string","productionListenerRule":"string","testListenerRule":"string"}},"VpcLatticeConfiguration":{"members":{"roleArn":"string","targetGroupArn":"string","portName":"string","advancedConfiguration":"structure:VpcLatticeAdvancedConfiguration"},"required":["roleArn","targetGroupArn","portName"]}},"enums":{"AccessType":["PRIVATE","PUBLIC"],"AssignPublicIp":["DISABLED","ENABLED"],"AvailabilityZoneRebalancing":["DISABLED","ENABLED"],"DeploymentControllerType":["CODE_DEPLOY","ECS","EXTERNAL"],"DeploymentLifecycleHookAction":["CONTINUE","ROLLBACK"],"DeploymentLifecycleHookStage":["POST_PRODUCTION_TRAFFIC_SHIFT","POST_SCALE_UP","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT","PRE_SCALE_UP","PRODUCTION_TRAFFIC_SHIFT","RECONCILE_SERVICE","TEST_TRAFFIC_SHIFT"],"DeploymentLifecycleHookTargetType":["AWS_LAMBDA","PAUSE"],"DeploymentStrategy":["BLUE_GREEN","CANARY","LINEAR","ROLLING"],"EBSResourceType":["volume"],"GatewayConnectorHealthCheckProtocol":["HTTP","HTTPS"],"LaunchType":["EC2","EXTERNAL","FARGATE","MANAGED_INSTANCES"],"LogDriver":["awsfirelens","awslogs","fluentd","gelf","journald","json-file","splunk","syslog"],"PlacementConstraintType":["distinctInstance","memberOf"],"PlacementStrategyType":["binpack","random","spread"],"PropagateTags":["NONE","SERVICE","TASK_DEFINITION"],"SchedulingStrategy":["DAEMON","REPLICA"],"ServiceConnectAccessLoggingFormat":["JSON","TEXT"],"ServiceConnectIncludeQueryParameters":["DISABLED","ENABLED"],"ServiceRevisionCleanup":["BLOCKING","DEFERRED"],"TaskFilesystemType":["ext3","ext4","ntfs","xfs"],"ThresholdType":["BOUNDED_PERCENT","COUNT","UNBOUNDED_PERCENT"]}}');
// EXTERNAL MODULE: ./src/deploy-files/findings.ts
var findings = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/deploy-files/positioned-value.ts
var positioned_value = __webpack_require__(4583);
;// CONCATENATED MODULE: ./src/deploy-files/ecs-model.ts
/**
 * Deployment files checked against ECS's own API model: the task definition against the RegisterTaskDefinition input,
 * the service definition against the CreateService or UpdateService input — keys, value types, enumerations and
 * required members, as generated from @aws-sdk/client-ecs by scripts/ecs-model.mjs.
 */





const TASK_DEFINITION_MODEL = modelOf(ecs_model_namespaceObject, {
    unknownKey: 'taskdef/unknown-key',
    valueType: 'taskdef/value-type',
    enumValue: 'taskdef/enum-value',
    missingRequired: 'taskdef/missing-required',
}, 'the task definition');
const SERVICE_MODEL = modelOf(ecs_service_model_namespaceObject, {
    unknownKey: 'service/unknown-key',
    valueType: 'service/value-type',
    enumValue: 'service/enum-value',
    missingRequired: 'service/missing-required',
}, 'the service definition');
/** Where the models come from, e.g. `@aws-sdk/client-ecs@3.1164.0`. */
const ECS_MODEL_SOURCE = TASK_DEFINITION_MODEL.file.source;
/**
 * Top-level keys that DescribeTaskDefinition returns and RegisterTaskDefinition does not take (`taskDefinitionArn`,
 * `revision`, `status`, …): the model's TaskDefinition members that its RegisterTaskDefinitionRequest lacks.
 */
const DESCRIBE_ONLY_FIELDS = TASK_DEFINITION_MODEL.file.describeOnly;
/**
 * Top-level keys that DescribeServices returns and neither CreateService nor UpdateService takes (`serviceArn`,
 * `status`, `deployments`, `events`, …): the model's Service members that both inputs lack.
 */
const SERVICE_DESCRIBE_ONLY_FIELDS = SERVICE_MODEL.file.describeOnly;
/** The values of an ECS enumeration as the generated models hold them (`DeploymentLifecycleHookStage`, …). */
function ecsEnumValues(name) {
    const values = SERVICE_MODEL.file.enums[name] ?? TASK_DEFINITION_MODEL.file.enums[name];
    if (values === undefined)
        throw new Error(`the generated ECS models have no enumeration ${name}`);
    return values;
}
function decodeType(file, descriptor) {
    const separator = descriptor.indexOf(':');
    const head = separator === -1 ? descriptor : descriptor.slice(0, separator);
    const rest = descriptor.slice(separator + 1);
    switch (head) {
        case 'string':
        case 'number':
        case 'boolean':
        case 'timestamp':
        case 'blob':
        case 'document':
            return { kind: head };
        case 'enum':
            return { kind: 'enum', name: rest, values: file.enums[rest] ?? [] };
        case 'structure':
            return { kind: 'structure', name: rest };
        case 'list':
        case 'map':
            return { kind: head, of: decodeType(file, rest) };
        default:
            throw new Error(`a generated ECS model has an unknown type descriptor ${JSON.stringify(descriptor)}`);
    }
}
function shapeOf(file, name) {
    const shape = file.shapes[name];
    if (shape === undefined)
        throw new Error(`a generated ECS model (${file.root}) has no shape ${name}`);
    return shape;
}
function modelOf(file, rules, document) {
    const locations = new Map([[file.root, '']]);
    for (const root of file.otherRoots ?? [])
        locations.set(root, '');
    const queue = [file.root, ...(file.otherRoots ?? [])];
    for (let shapeName = queue.shift(); shapeName !== undefined; shapeName = queue.shift()) {
        const base = locations.get(shapeName) ?? '';
        for (const [member, descriptor] of Object.entries(shapeOf(file, shapeName).members)) {
            let path = base === '' ? member : `${base}.${member}`;
            let type = decodeType(file, descriptor);
            while (type.kind === 'list' || type.kind === 'map') {
                path += type.kind === 'list' ? '[]' : '.<key>';
                type = type.of;
            }
            if (type.kind === 'structure' && !locations.has(type.name)) {
                locations.set(type.name, path);
                queue.push(type.name);
            }
        }
    }
    return { file, rules, document, locations };
}
/** `RegisterTaskDefinitionRequest` → `RegisterTaskDefinition`: the operation, for messages. */
function operationOf(rootShape) {
    return rootShape.replace(/Request$/, '');
}
function typeName(type) {
    switch (type.kind) {
        case 'string':
        case 'blob':
            return 'a string';
        case 'number':
            return 'a number';
        case 'boolean':
            return 'true or false';
        case 'timestamp':
            return 'a timestamp';
        case 'enum':
            return `one of ${quotedList(type.values)}`;
        case 'structure':
            return 'an object';
        case 'list':
            return `a list of ${pluralTypeName(type.of)}`;
        case 'map':
            return `an object whose values are ${pluralTypeName(type.of)}`;
        case 'document':
            return 'any value';
    }
}
function pluralTypeName(type) {
    switch (type.kind) {
        case 'string':
        case 'blob':
            return 'strings';
        case 'number':
            return 'numbers';
        case 'boolean':
            return 'booleans';
        case 'enum':
            return `values among ${quotedList(type.values)}`;
        case 'structure':
            return 'objects';
        default:
            return 'values';
    }
}
function quotedList(values) {
    return values.map((value) => (0,findings/* quote */.A0)(value)).join(', ');
}
function matchesType(node, type) {
    switch (type.kind) {
        case 'document':
            return node.kind !== 'null';
        case 'timestamp':
            return node.kind === 'string' || node.kind === 'number';
        case 'string':
        case 'blob':
        case 'enum':
            return node.kind === 'string';
        case 'number':
        case 'boolean':
            return node.kind === type.kind;
        case 'structure':
        case 'map':
            return node.kind === 'object';
        case 'list':
            return node.kind === 'array';
    }
}
/**
 * Checks a task definition against the RegisterTaskDefinition input model: `taskdef/unknown-key` (with a "did you
 * mean" or "it belongs in …"), `taskdef/value-type`, `taskdef/enum-value` and `taskdef/missing-required`.
 * @param skipRootKeys top-level keys reported elsewhere (the Describe-only fields)
 */
function checkAgainstModel(root, findings, skipRootKeys) {
    const { file } = TASK_DEFINITION_MODEL;
    new ModelWalk(TASK_DEFINITION_MODEL, file.root, findings, skipRootKeys).check(root, { kind: 'structure', name: file.root }, '');
}
/**
 * Checks a service definition against the CreateService or UpdateService input model: `service/unknown-key`,
 * `service/value-type`, `service/enum-value` and `service/missing-required`, as `checkAgainstModel` does for the
 * task definition.
 * @param skipRootKeys top-level keys reported elsewhere (the DescribeServices-only fields)
 */
function checkServiceAgainstModel(root, findings, skipRootKeys, inputShape) {
    new ModelWalk(SERVICE_MODEL, inputShape, findings, skipRootKeys).check(root, { kind: 'structure', name: inputShape }, '');
}
class ModelWalk {
    model;
    rootShape;
    findings;
    skipRootKeys;
    operation;
    constructor(model, rootShape, findings, skipRootKeys) {
        this.model = model;
        this.rootShape = rootShape;
        this.findings = findings;
        this.skipRootKeys = skipRootKeys;
        this.operation = operationOf(rootShape);
    }
    check(node, type, path) {
        if (!matchesType(node, type)) {
            this.reportType(node, type, path);
            return;
        }
        if (type.kind === 'enum' && node.kind === 'string' && !type.values.includes(node.value)) {
            this.reportEnum(node, node.value, type, path);
        }
        else if (type.kind === 'structure' && node.kind === 'object') {
            this.checkStructure(node, type.name, path);
        }
        else if (type.kind === 'list' && node.kind === 'array') {
            node.items.forEach((item, index) => this.check(item, type.of, (0,positioned_value/* childPath */.cm)(path, index)));
        }
        else if (type.kind === 'map' && node.kind === 'object') {
            for (const entry of node.entries)
                this.check(entry.value, type.of, (0,positioned_value/* childPath */.cm)(path, entry.key));
        }
    }
    checkStructure(node, shapeName, path) {
        const { file, document } = this.model;
        const shape = shapeOf(file, shapeName);
        const memberNames = Object.keys(shape.members);
        for (const entry of node.entries) {
            const descriptor = shape.members[entry.key];
            if (descriptor !== undefined) {
                this.check(entry.value, decodeType(file, descriptor), (0,positioned_value/* childPath */.cm)(path, entry.key));
            }
            else if (!(path === '' && this.skipRootKeys.includes(entry.key))) {
                this.reportUnknownKey(entry.key, entry.keyPosition, shapeName, memberNames, path);
            }
        }
        const present = new Set(node.entries.map((entry) => entry.key));
        for (const member of shape.required ?? []) {
            if (present.has(member))
                continue;
            const where = path === '' ? document : path;
            this.findings.error(this.model.rules.missingRequired, node.position, `${where} has no ${(0,findings/* quote */.A0)(member)}, which ${this.operation} requires`, `add ${(0,findings/* quote */.A0)(member)}: ${typeName(decodeType(file, shape.members[member] ?? 'string'))}`);
        }
        if (shape.union === true && present.size !== 1) {
            this.findings.error(this.model.rules.valueType, node.position, `${(0,positioned_value/* pathLabel */.me)(path)} must set exactly one of ${memberNames.map((name) => `${(0,findings/* quote */.A0)(name)}`).join(', ')}; it sets ${present.size}`, 'keep exactly one of them');
        }
    }
    reportUnknownKey(key, at, shapeName, memberNames, path) {
        if (this.findings.counting) {
            this.findings.error(this.model.rules.unknownKey, at, '', ''); // counted only
            return;
        }
        const { file, document, locations } = this.model;
        const where = path === '' ? `at the top level of ${document}` : `in ${path}`;
        const closest = (0,suggest/* closestMatch */.h)(key, memberNames);
        if (closest !== undefined) {
            this.findings.error(this.model.rules.unknownKey, at, `unknown key ${(0,findings/* quote */.A0)(key)} ${where}; did you mean ${(0,findings/* quote */.A0)(closest)}? ${this.operation} rejects unknown keys`, `rename ${(0,findings/* quote */.A0)(key)} to ${(0,findings/* quote */.A0)(closest)}`);
            return;
        }
        // The other root (UpdateService's `service`, CreateService's `serviceName`) is no home for a key of this one.
        const homes = [...locations]
            .filter(([otherShape, location]) => otherShape !== shapeName &&
            !(location === '' && otherShape !== this.rootShape) &&
            shapeOf(file, otherShape).members[key] !== undefined)
            .map(([, location]) => (location === '' ? `the top level of ${document}` : location));
        if (homes.length > 0) {
            this.findings.error(this.model.rules.unknownKey, at, `${(0,findings/* quote */.A0)(key)} is not a key ${where}; it belongs in ${(0,findings/* joinWords */.yZ)(homes)}`, `move ${(0,findings/* quote */.A0)(key)} into ${(0,findings/* joinWords */.yZ)(homes)}`);
            return;
        }
        const known = memberNames.length <= 12
            ? `the keys here are ${memberNames.map((name) => `${(0,findings/* quote */.A0)(name)}`).join(', ')}`
            : `see the ${shapeName} keys in the ECS ${this.operation} API reference`;
        this.findings.error(this.model.rules.unknownKey, at, `unknown key ${(0,findings/* quote */.A0)(key)} ${where}; ${this.operation} rejects unknown keys`, `remove ${(0,findings/* quote */.A0)(key)} (${known})`);
    }
    reportType(node, type, path) {
        const expected = typeName(type);
        const message = `${(0,positioned_value/* pathLabel */.me)(path)} is ${(0,positioned_value/* describeValue */.bp)(node)}; the ECS API takes ${expected} here`;
        // A scalar of the wrong kind is what a lenient reader might convert; say so, and fail anyway (the safe side).
        const convertible = (node.kind === 'number' || node.kind === 'boolean' || node.kind === 'string') &&
            (type.kind === 'string' || type.kind === 'number' || type.kind === 'boolean' || type.kind === 'enum');
        const unverified = convertible
            ? ' (the AWS CLI rejects this; whether CodeDeploy converts it is unverified, so it counts as an error)'
            : '';
        this.findings.error(this.model.rules.valueType, node.position, `${message}${unverified}`, typeFix(node, type));
    }
    reportEnum(node, value, type, path) {
        const closest = type.values.find((candidate) => candidate.toLowerCase() === value.toLowerCase()) ??
            (0,suggest/* closestMatch */.h)(value, type.values);
        this.findings.error(this.model.rules.enumValue, node.position, `${(0,positioned_value/* pathLabel */.me)(path)} is ${(0,findings/* quote */.A0)(value)}; ECS accepts ${typeName(type)}${closest !== undefined ? `; did you mean ${(0,findings/* quote */.A0)(closest)}?` : ''}`, closest !== undefined ? `write ${(0,findings/* quote */.A0)(closest)}` : `use one of the accepted values`);
    }
}
function typeFix(node, type) {
    if (node.kind === 'null')
        return `remove the key, or give it ${typeName(type)}`;
    if ((type.kind === 'string' || type.kind === 'enum') && (node.kind === 'number' || node.kind === 'boolean')) {
        return `write it in quotes: ${(0,findings/* quote */.A0)(node.raw)}`;
    }
    if (type.kind === 'number' &&
        node.kind === 'string' &&
        node.value.trim() !== '' &&
        Number.isFinite(Number(node.value))) {
        return `write it without quotes: ${node.value.trim()}`;
    }
    if (type.kind === 'boolean' && node.kind === 'string' && /^(true|false)$/i.test(node.value.trim())) {
        return `write it without quotes: ${node.value.trim().toLowerCase()}`;
    }
    if (type.kind === 'list' && node.kind !== 'array')
        return 'wrap it in a list: [ … ]';
    return `write ${typeName(type)}`;
}


/***/ }),

/***/ 2955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* binding */ FARGATE_CPU_UNITS),
/* harmony export */   SW: () => (/* binding */ fargateMemoryOptions),
/* harmony export */   TT: () => (/* binding */ parseCpuUnits),
/* harmony export */   Xk: () => (/* binding */ describeMemoryOptions),
/* harmony export */   lk: () => (/* binding */ parseMemoryMiB),
/* harmony export */   qW: () => (/* binding */ fargateCpuOptionsFor)
/* harmony export */ });
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/**
 * Fargate's task sizes: which task-level cpu and memory values it accepts, in the forms ECS accepts them
 * ("1024" or "1 vCPU"; "2048" or "2 GB").
 */

/** Memory sizes (MiB) Fargate offers for each cpu value (CPU units; 1024 = 1 vCPU). */
const FARGATE_SIZES = new Map([
    [256, [512, 1024, 2048]],
    [512, steps(1024, 4096, 1024)],
    [1024, steps(2048, 8192, 1024)],
    [2048, steps(4096, 16384, 1024)],
    [4096, steps(8192, 30720, 1024)],
    [8192, steps(16384, 61440, 4096)],
    [16384, steps(32768, 122880, 8192)],
]);
function steps(from, to, step) {
    const values = [];
    for (let value = from; value <= to; value += step)
        values.push(value);
    return values;
}
/** The cpu values Fargate accepts, in CPU units. */
const FARGATE_CPU_UNITS = [...FARGATE_SIZES.keys()];
/** CPU units from a task-level `cpu` value (`"256"`, `"0.25 vCPU"`, `"1 vcpu"`), or undefined if it is neither form. */
function parseCpuUnits(value) {
    return parseSize(value, /^(\d+(?:\.\d+)?)\s*vcpu$/i);
}
/** MiB from a task-level `memory` value (`"512"`, `"2 GB"`, `"0.5GB"`), or undefined if it is neither form. */
function parseMemoryMiB(value) {
    return parseSize(value, /^(\d+(?:\.\d+)?)\s*gb$/i);
}
/** A plain whole number of units, or a number of the 1024-unit form (vCPU, GB) that comes out whole. */
function parseSize(value, largeUnit) {
    const text = String(value).trim();
    if (/^\d+$/.test(text))
        return Number(text);
    const large = largeUnit.exec(text)?.[1];
    if (large === undefined)
        return undefined;
    const units = Number(large) * 1024;
    return Number.isInteger(units) ? units : undefined;
}
/** The memory sizes (MiB) Fargate pairs with `cpuUnits`, or undefined if Fargate has no such cpu value. */
function fargateMemoryOptions(cpuUnits) {
    return FARGATE_SIZES.get(cpuUnits);
}
/** The cpu values (units) that Fargate pairs with `memoryMiB`. */
function fargateCpuOptionsFor(memoryMiB) {
    return FARGATE_CPU_UNITS.filter((cpu) => FARGATE_SIZES.get(cpu)?.includes(memoryMiB));
}
/** A readable list of memory sizes: `512, 1024 or 2048`, or a range with its step for long lists. */
function describeMemoryOptions(options) {
    if (options.length <= 3)
        return (0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(options.map(String));
    const first = options[0] ?? 0;
    const last = options[options.length - 1] ?? 0;
    return `${first} to ${last} in steps of ${(options[1] ?? first) - first}`;
}


/***/ }),

/***/ 3484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rk: () => (/* binding */ checkImageDetail),
/* harmony export */   ZC: () => (/* binding */ imageDetailJson),
/* harmony export */   mh: () => (/* binding */ IMAGE_DEFINITIONS_FILE),
/* harmony export */   pe: () => (/* binding */ IMAGE_DETAIL_FILE),
/* harmony export */   uN: () => (/* binding */ imageDefinitionsJson)
/* harmony export */ });
/* harmony import */ var _suggest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2969);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _image_uri__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4775);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4583);
/* harmony import */ var _render_files__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7835);
/**
 * The image artifacts: imageDetail.json for CodeDeployToECS (`{"ImageURI": …}`) and imagedefinitions.json for the
 * standard ECS deploy action (`[{"name", "imageUri"}]`), written by the tool or checked when a user brings one.
 */





/** The file name CodeDeployToECS reads the image from; nothing else will do. */
const IMAGE_DETAIL_FILE = 'imageDetail.json';
/** The file name the standard ECS deploy action reads container images from. */
const IMAGE_DEFINITIONS_FILE = 'imagedefinitions.json';
/** Keys of the ECR source action's imageDetail.json besides ImageURI; CodeDeploy ignores them. */
const ECR_SOURCE_KEYS = [
    'ImageSizeInBytes',
    'ImageDigest',
    'Version',
    'ImagePushedAt',
    'RegistryId',
    'RepositoryName',
    'ImageTags',
];
/**
 * imageDetail.json's content for an image.
 * @throws Error when `imageUri` is not an image reference (a bug in the caller: it passes what it pushed)
 */
function imageDetailJson(imageUri) {
    requireImageUri(imageUri);
    return (0,_render_files__WEBPACK_IMPORTED_MODULE_3__/* .serializeJson */ .Lu)({ ImageURI: imageUri });
}
/**
 * imagedefinitions.json's content: one entry per container that runs a new image.
 * @throws Error when an image URI is not an image reference or a name is empty
 */
function imageDefinitionsJson(entries) {
    for (const { name, imageUri } of entries) {
        if (name === '')
            throw new Error('imagedefinitions.json: a container name is empty');
        requireImageUri(imageUri);
    }
    return (0,_render_files__WEBPACK_IMPORTED_MODULE_3__/* .serializeJson */ .Lu)(entries.map(({ name, imageUri }) => ({ name, imageUri })));
}
function requireImageUri(imageUri) {
    const parsed = (0,_image_uri__WEBPACK_IMPORTED_MODULE_1__/* .parseImageUri */ .f)(imageUri);
    if ('error' in parsed)
        throw new Error(`${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(imageUri)} is not an image reference: ${parsed.error}`);
}
/** The last path segment, whichever separator the user's platform wrote. */
function baseName(path) {
    return path.split(/[\\/]/).pop() ?? path;
}
/**
 * Checks an existing imageDetail.json: its file name (`image-detail/file-name`), shape (`image-detail/value-type`),
 * `image-detail/missing-image-uri`, `image-detail/invalid-image-uri`, `image-detail/not-digest-pinned` and
 * `image-detail/unknown-key`.
 * @param root the parsed file, or undefined if it did not parse (only its name is checked then)
 */
function checkImageDetail(path, root, findings) {
    const name = baseName(path);
    if (name !== IMAGE_DETAIL_FILE) {
        const hint = name.toLowerCase() === IMAGE_DEFINITIONS_FILE
            ? '; imagedefinitions.json is the standard ECS deploy action\'s format ([{"name", "imageUri"}])'
            : '';
        findings.error('image-detail/file-name', _findings__WEBPACK_IMPORTED_MODULE_0__/* .START_OF_FILE */ .ag, `the file is named ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name)}, but CodeDeployToECS reads the image from ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(IMAGE_DETAIL_FILE)} exactly${hint}`, `name it ${IMAGE_DETAIL_FILE} (capital D, no s)`);
    }
    if (root === undefined)
        return;
    if (root.kind !== 'object') {
        findings.error('image-detail/value-type', root.position, `imageDetail.json holds ${(0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(root)}; it must be an object {"ImageURI": "…"}` +
            (root.kind === 'array' ? ' (a list is the imagedefinitions.json format)' : ''), 'write {"ImageURI": "<registry>/<repository>@sha256:<digest>"}');
        return;
    }
    const imageUri = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(root, 'ImageURI');
    for (const entry of root.entries) {
        if (entry.key === 'ImageURI' || ECR_SOURCE_KEYS.includes(entry.key))
            continue;
        const closest = (0,_suggest__WEBPACK_IMPORTED_MODULE_4__/* .closestMatch */ .h)(entry.key, ['ImageURI', ...ECR_SOURCE_KEYS]);
        // A misspelt ImageURI is reported below, as the missing key it is.
        if (closest === 'ImageURI' && imageUri === undefined)
            continue;
        findings.warning('image-detail/unknown-key', entry.keyPosition, `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(entry.key)} is not a key of imageDetail.json; CodeDeploy reads only "ImageURI"` +
            (closest !== undefined ? `; did you mean ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(closest)}?` : ''), closest !== undefined ? `rename it to ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(closest)}` : `remove ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(entry.key)}`);
    }
    if (imageUri === undefined) {
        const misspelt = root.entries.find((entry) => (0,_suggest__WEBPACK_IMPORTED_MODULE_4__/* .closestMatch */ .h)(entry.key, ['ImageURI']) !== undefined);
        findings.error('image-detail/missing-image-uri', misspelt?.keyPosition ?? root.position, misspelt !== undefined
            ? `imageDetail.json has ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(misspelt.key)} but no "ImageURI"; the key is case-sensitive`
            : 'imageDetail.json has no "ImageURI"', misspelt !== undefined
            ? `rename ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(misspelt.key)} to "ImageURI"`
            : 'add "ImageURI": "<registry>/<repository>@sha256:<digest>"');
        return;
    }
    const value = imageUri.value;
    if (value.kind !== 'string') {
        findings.error('image-detail/value-type', value.position, `ImageURI is ${(0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(value)}; it must be a string`, 'write "ImageURI": "<registry>/<repository>@sha256:<digest>"');
        return;
    }
    const reference = (0,_image_uri__WEBPACK_IMPORTED_MODULE_1__/* .parseImageUri */ .f)(value.value);
    if ('error' in reference) {
        findings.error('image-detail/invalid-image-uri', value.position, `ImageURI ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} is not an image reference: ${reference.error}`, 'write <registry>/<repository>:<tag> or <registry>/<repository>@sha256:<64 hex digits>');
        return;
    }
    if (reference.tag !== undefined && reference.digest !== undefined) {
        findings.error('image-detail/invalid-image-uri', value.position, `ImageURI ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} has both a tag and a digest; CodeDeployToECS takes repository:tag or repository@sha256:…`, `drop the tag: "${(0,_image_uri__WEBPACK_IMPORTED_MODULE_1__/* .formatImageUri */ .J)({ ...reference, tag: undefined })}"`);
        return;
    }
    if (reference.digest === undefined && reference.tag === undefined) {
        findings.error('image-detail/invalid-image-uri', value.position, `ImageURI ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} has neither a tag nor a digest; ECS would pull whatever "latest" is when a task starts`, 'pin the digest the push reported: <repository>@sha256:<64 hex digits>');
        return;
    }
    if (reference.digest === undefined) {
        const moving = reference.tag === 'latest' ? ' "latest" moves with every push, so' : ' A tag can be moved, so';
        findings.warning('image-detail/not-digest-pinned', value.position, `ImageURI ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} names a tag, not a digest.${moving} tasks started later (scaling, replacements) ` +
            'may run a different image than the one deployed', 'use the digest form <repository>@sha256:<digest>, as the ECR source action writes it');
    }
}


/***/ }),

/***/ 9264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * YAML into the positioned value shape, with the `yaml` package's syntax errors turned into problems at their
 * position. YAML 1.1 by default, because CodeDeploy's appspec examples are read that way (`version: 0.0` is a number,
 * `yes` a boolean).
 */

/** Parses one YAML document; syntax errors, a second document or an empty file are problems, not exceptions. */
function parseYaml(text, { version = '1.1', allowEmpty = false } = {}) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // uniqueKeys off: duplicate keys are reported by the rules, with the position of both occurrences.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, version, uniqueKeys: false });
    const toPosition = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const problems = [];
    // One syntax error usually sets off several more after it; the first is the one to fix.
    const [firstError] = document.errors;
    if (firstError !== undefined) {
        problems.push({
            severity: 'error',
            position: toPosition(firstError.pos[0]),
            message: syntaxMessage(firstError.message),
            fix: syntaxFix(firstError.code),
        });
    }
    for (const warning of document.warnings) {
        problems.push({
            severity: 'warning',
            position: toPosition(warning.pos[0]),
            message: syntaxMessage(warning.message),
            fix: 'rewrite this part in plain YAML (mappings, lists and scalars)',
        });
    }
    if (problems.some((problem) => problem.severity === 'error'))
        return { problems };
    if (document.contents === null) {
        if (allowEmpty)
            return { value: { kind: 'null', position: { line: 1, column: 1 }, raw: '' }, problems };
        return {
            problems: [
                ...problems,
                { severity: 'error', position: { line: 1, column: 1 }, message: 'the file is empty', fix: 'write the appspec' },
            ],
        };
    }
    const converter = new YamlConverter(document, text, toPosition, problems);
    let value;
    try {
        value = converter.convert(document.contents, new Set(), { line: 1, column: 1 });
    }
    catch (error) {
        if (!(error instanceof AliasBudgetSpent))
            throw error;
        problems.push({
            severity: 'error',
            position: error.position,
            message: `the aliases expand the file to more than ${error.budget.toLocaleString('en-US')} values ` +
                `(an alias of an alias of …, in ${text.length.toLocaleString('en-US')} characters); *${error.alias} here is where it stopped`,
            fix: 'write the values out, or use aliases only for small, shared parts',
        });
        return { problems };
    }
    return problems.some((problem) => problem.severity === 'error') ? { problems } : { value, problems };
}
/**
 * How many values a text of `length` characters may expand to. Without aliases a text holds fewer
 * values than characters; each alias copies what its anchor holds, so aliases of aliases grow a
 * 600-byte file to billions (an "alias bomb" that ran 127 s and out of memory). Ten times the
 * text, and never less than 10,000, leaves room for any sane reuse of anchors.
 */
function valueBudget(length) {
    return Math.max(10_000, length * 10);
}
/** Thrown when the conversion of aliases produced more values than the budget. */
class AliasBudgetSpent extends Error {
    budget;
    alias;
    position;
    constructor(budget, alias, position) {
        super('alias budget spent');
        this.budget = budget;
        this.alias = alias;
        this.position = position;
    }
}
/** The `yaml` package's first message line, without its " at line L, column C:" (the position is reported apart). */
function syntaxMessage(message) {
    const firstLine = message.split('\n')[0] ?? message;
    return firstLine.replace(/ at line \d+, column \d+:?$/, '');
}
function syntaxFix(code) {
    switch (code) {
        case 'TAB_AS_INDENT':
            return 'indent with spaces; YAML does not allow tabs for indentation';
        case 'MULTIPLE_DOCS':
            return 'keep one document in the file: remove the --- separator and what follows it';
        case 'BAD_INDENT':
        case 'MISSING_CHAR':
            return 'check the indentation and the closing quotes and brackets on this line and the one above';
        default:
            return 'fix the YAML syntax at this place (indentation, a missing colon or quote is the usual cause)';
    }
}
class YamlConverter {
    document;
    text;
    toPosition;
    problems;
    /** Values left to produce (see `valueBudget`). */
    #remaining;
    constructor(document, text, toPosition, problems) {
        this.document = document;
        this.text = text;
        this.toPosition = toPosition;
        this.problems = problems;
        this.#remaining = valueBudget(text.length);
    }
    /** The outermost alias being expanded, for the finding when the budget runs out. */
    #alias;
    /**
     * @param resolving aliases being expanded on the current path, to stop at one that contains itself
     * @param fallback where an absent value (`key:` with nothing after it) is reported
     */
    convert(node, resolving, fallback) {
        const position = isNodeWithRange(node) ? this.toPosition(node.range[0]) : fallback;
        if (--this.#remaining < 0 && this.#alias !== undefined) {
            throw new AliasBudgetSpent(valueBudget(this.text.length), this.#alias.name, this.#alias.position);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = node.resolve(this.document);
            if (target === undefined || resolving.has(target)) {
                this.problems.push({
                    severity: 'error',
                    position,
                    message: `the alias *${node.source} refers to ${target === undefined ? 'no anchor before it' : 'itself'}`,
                    fix: `define &${node.source} before using it, or write the value out`,
                });
                return { kind: 'null', position, raw: '' };
            }
            const outer = this.#alias;
            this.#alias ??= { name: node.source, position };
            try {
                return this.convert(target, new Set([...resolving, target]), position);
            }
            finally {
                this.#alias = outer;
            }
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const entries = [];
            for (const pair of node.items) {
                const keyPosition = isNodeWithRange(pair.key) ? this.toPosition(pair.key.range[0]) : position;
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : undefined;
                if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
                    this.problems.push({
                        severity: 'error',
                        position: keyPosition,
                        message: 'a mapping key here is not a plain value',
                        fix: 'use plain words as keys',
                    });
                    continue;
                }
                entries.push({ key: String(key), keyPosition, value: this.convert(pair.value, resolving, keyPosition) });
            }
            return { kind: 'object', position, entries };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            return { kind: 'array', position, items: node.items.map((item) => this.convert(item, resolving, position)) };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const raw = node.range ? this.text.slice(node.range[0], node.range[1]) : String(node.value);
            const { value } = node;
            if (typeof value === 'string')
                return { kind: 'string', position, value, raw };
            if (typeof value === 'number')
                return { kind: 'number', position, value, raw };
            if (typeof value === 'boolean')
                return { kind: 'boolean', position, value, raw };
            if (value === null || value === undefined)
                return { kind: 'null', position, raw };
            // Timestamps and other YAML 1.1 types: keep what was written.
            return { kind: 'string', position, value: raw, raw };
        }
        // `key:` with nothing after it.
        return { kind: 'null', position, raw: '' };
    }
}
function isNodeWithRange(node) {
    return ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) && node.range != null;
}


/***/ }),

/***/ 4583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ memberOf),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   cm: () => (/* binding */ childPath),
/* harmony export */   dq: () => (/* binding */ toPlainValue),
/* harmony export */   ln: () => (/* binding */ findDuplicateKeys),
/* harmony export */   me: () => (/* binding */ pathLabel),
/* harmony export */   pd: () => (/* binding */ stringMemberOf),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/**
 * A parsed JSON or YAML value that remembers where each part of it was written, so that findings can point at it.
 * JSON and YAML files both parse into this one shape; the rules never see which syntax a file used.
 */

/** Turns byte offsets into 1-based lines and columns. */
class LineIndex {
    #lineStarts = [0];
    constructor(text) {
        for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) {
            this.#lineStarts.push(offset + 1);
        }
    }
    /** The 1-based line and column of a 0-based offset. */
    position(offset) {
        let low = 0;
        let high = this.#lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.#lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
    }
}
/** The value of `key` in an object; with duplicate keys the last one, as JSON parsers read it. */
function entryOf(object, key) {
    for (let index = object.entries.length - 1; index >= 0; index--) {
        const entry = object.entries[index];
        if (entry?.key === key)
            return entry;
    }
    return undefined;
}
/** The value of `key` if the node is an object that has it. */
function memberOf(node, key) {
    return node?.kind === 'object' ? entryOf(node, key)?.value : undefined;
}
/** The string at `key` of an object node, if there is one. */
function stringMemberOf(node, key) {
    const value = memberOf(node, key);
    return value?.kind === 'string' ? value.value : undefined;
}
/** The value as plain data, as `JSON.parse` would give it (last duplicate key wins). */
function toPlainValue(node) {
    switch (node.kind) {
        case 'object': {
            const object = {};
            for (const { key, value } of node.entries) {
                // defineProperty, not assignment: a key "__proto__" must stay a key.
                Object.defineProperty(object, key, {
                    value: toPlainValue(value),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return object;
        }
        case 'array':
            return node.items.map(toPlainValue);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** "a string", "a number", … for messages about a wrong type. */
function kindName(node) {
    switch (node.kind) {
        case 'object':
            return 'an object';
        case 'array':
            return 'a list';
        case 'null':
            return 'null';
        default:
            return `a ${node.kind}`;
    }
}
/** A short description of a value for messages: `the string "80"`, `the number 256`, `a list`. */
function describeValue(node) {
    switch (node.kind) {
        case 'string':
            return `the string ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(node.value)}`;
        case 'number':
        case 'boolean':
            return `the ${node.kind} ${node.raw}`;
        default:
            return kindName(node);
    }
}
/** Appends a key or an index to a path, the way a reader would write it: `containerDefinitions[0].image`. */
function childPath(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    const plainKey = /^[A-Za-z_$][\w$]*$/.test(key) ? key : (0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(key);
    if (path === '')
        return plainKey;
    return plainKey === key ? `${path}.${key}` : `${path}[${plainKey}]`;
}
/** Where a value sits, for messages: the path, or "the top level" for the root. */
function pathLabel(path) {
    return path === '' ? 'the top level' : path;
}
/** Every later occurrence of a key already present in the same object, with the position of the first. */
function findDuplicateKeys(node) {
    const duplicates = [];
    const visit = (value) => {
        if (value.kind === 'array')
            value.items.forEach(visit);
        if (value.kind !== 'object')
            return;
        const seen = new Map();
        for (const entry of value.entries) {
            const first = seen.get(entry.key);
            if (first === undefined)
                seen.set(entry.key, entry.keyPosition);
            else
                duplicates.push({ key: entry.key, position: entry.keyPosition, first });
            visit(entry.value);
        }
    };
    visit(node);
    return duplicates;
}


/***/ }),

/***/ 6747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ exampleFiles),
/* harmony export */   Ri: () => (/* binding */ sidecars),
/* harmony export */   X4: () => (/* binding */ EXAMPLE_SERVICE_DEFINITION),
/* harmony export */   de: () => (/* binding */ FIRST_CONTAINER),
/* harmony export */   jY: () => (/* binding */ EC2_TASK),
/* harmony export */   kQ: () => (/* binding */ exampleText)
/* harmony export */ });
/* unused harmony exports EXAMPLE_TASK_DEFINITION, EXAMPLE_APPSPEC, isServiceExample */
/**
 * What each task definition and service definition rule says about itself: its id, the ECS data type and field it
 * guards, the rule in words, where AWS states it, and two examples — a file it refuses and the nearest file it accepts
 * (a limit's last good value). The rule families declare these beside their checks; the README's tables, `validate --explain` and the
 * unit tables are all made from them, so the code, the documentation and the tests cannot drift apart.
 */
/**
 * The task definition every example starts from: a Fargate service container that passes every rule, with the
 * placeholder `<IMAGE1_NAME>`.
 */
const EXAMPLE_TASK_DEFINITION = {
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
};
/**
 * The service every service rule's example starts from: ECS blue/green with an ALB test listener rule and a Lambda
 * hook, in front of {@link EXAMPLE_TASK_DEFINITION}'s container "web" on port 80, passing every rule.
 */
const EXAMPLE_SERVICE_DEFINITION = {
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
                alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-green/fedcba9876543210',
                productionListenerRule: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee',
                testListenerRule: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/1a2b3c4d5e6f7a8b/0f1e2d3c4b5a6978',
                roleArn: 'arn:aws:iam::123456789012:role/ecs-infrastructure-load-balancers',
            },
        },
    ],
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'] } },
};
/** The appspec beside a `codedeploy` service example: the example task definition's container "web" on port 80. */
const EXAMPLE_APPSPEC = `version: 0.0
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
const FIRST_CONTAINER = 'containerDefinitions[0]';
/** Task members that turn the example into an EC2 task without task-level sizes (its containers then need memory). */
const EC2_TASK = { requiresCompatibilities: ['EC2'], memory: undefined, cpu: undefined };
/** The example's task definition as the 2-space JSON text of a file. */
function exampleText(example) {
    if (example.text !== undefined)
        return example.text;
    const base = structuredClone(EXAMPLE_TASK_DEFINITION);
    const task = apply(base, example.task);
    const [first, ...rest] = task['containerDefinitions'];
    task['containerDefinitions'] = [
        apply(first ?? {}, example.container),
        ...rest,
        ...(example.more ?? []).map((members) => apply({}, members)),
    ];
    return `${JSON.stringify(task, null, 2)}\n`;
}
/** Whether an example is a service definition's (then {@link exampleFiles} gives the service file too). */
function isServiceExample(example) {
    return example.service !== undefined || example.serviceText !== undefined;
}
/**
 * The files an example is checked as: the task definition, and for a service example the service definition (with
 * the appspec under `codedeploy`) — what `validate` takes, so the rule tests and `--explain` check the same thing.
 */
function exampleFiles(example) {
    const taskdef = { path: 'taskdef.json', text: exampleText(example) };
    if (!isServiceExample(example))
        return { taskdef, imagePlaceholder: 'IMAGE1_NAME' };
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
function apply(target, members) {
    for (const [key, value] of Object.entries(members ?? {})) {
        if (value === undefined)
            delete target[key];
        else
            target[key] = structuredClone(value);
    }
    return target;
}
/** `${n} containers like the example's sidecar`, for the examples of counts. */
function sidecars(count, extra = {}) {
    return Array.from({ length: count }, (_, index) => ({
        name: `sidecar-${index + 1}`,
        image: 'public.ecr.aws/docker/library/busybox:1.36',
        essential: false,
        ...extra,
    }));
}


/***/ }),

/***/ 2574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ checkWholeNumber),
/* harmony export */   Mz: () => (/* binding */ containersOf),
/* harmony export */   S3: () => (/* binding */ itemsOf),
/* harmony export */   qR: () => (/* binding */ containerLabel),
/* harmony export */   vK: () => (/* binding */ containerPath)
/* harmony export */ });
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4583);
/**
 * What the task definition rule families share: the containers of a parsed task definition, where the task runs
 * (Fargate, network mode), how findings name a field, and the check of a whole number against a documented range.
 */


/** The container definitions of a parsed task definition (those that are objects). */
function containersOf(root) {
    const definitions = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(root, 'containerDefinitions');
    if (definitions?.kind !== 'array')
        return [];
    const containers = [];
    definitions.items.forEach((node, index) => {
        if (node.kind !== 'object')
            return;
        const imageNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(node, 'image');
        const portMappings = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(node, 'portMappings');
        const containerPorts = portMappings?.kind === 'array'
            ? portMappings.items.flatMap((mapping) => {
                const port = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(mapping, 'containerPort');
                return port?.kind === 'number' ? [port.value] : [];
            })
            : [];
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .stringMemberOf */ .pd)(node, 'name');
        const image = imageNode?.kind === 'string' ? imageNode.value : undefined;
        containers.push({
            index,
            node,
            ...(name !== undefined && { name }),
            ...(image !== undefined && { image }),
            imagePosition: imageNode?.position ?? node.position,
            containerPorts,
        });
    });
    return containers;
}
/** How a container is named in messages: `containerDefinitions[0] ("web")`. */
function containerLabel(container) {
    const path = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .childPath */ .cm)('containerDefinitions', container.index);
    return container.name !== undefined ? `${path} (${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(container.name)})` : path;
}
/** The path of a field inside a container, for messages: `containerDefinitions[0].healthCheck.interval`. */
function containerPath(container, ...keys) {
    return keys.reduce((path, key) => (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .childPath */ .cm)(path, key), (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .childPath */ .cm)('containerDefinitions', container.index));
}
/** The items of a list member, or none when it is absent or not a list (the model walk reports the type). */
function itemsOf(node, key) {
    const list = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(node, key);
    return list?.kind === 'array' ? list.items : [];
}
/**
 * Reports a number outside its range (or not whole) as an error of `rule`. Values of the wrong type are left to the
 * model walk.
 * @param source where the range is documented, for the message
 * @returns the number when it is in range
 */
function checkWholeNumber(node, path, range, rule, findings, source) {
    if (node?.kind !== 'number')
        return undefined;
    const { min, max, unit = '' } = range;
    const inRange = Number.isInteger(node.value) && node.value >= min && (max === undefined || node.value <= max);
    if (inRange)
        return node.value;
    const allowed = max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
    findings.error(rule, node.position, `${path} is ${(0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(node)}; it must be ${allowed}${unit ? ` ${unit}` : ''} (${source})`, max === undefined ? `set ${path} to ${min} or more` : `set ${path} to a value from ${min} to ${max}`);
    return undefined;
}


/***/ }),

/***/ 5812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ checkTaskDefinition),
/* harmony export */   qA: () => (/* binding */ TASK_DEFINITION_RULES),
/* harmony export */   tT: () => (/* binding */ checkExecutionRole)
/* harmony export */ });
/* harmony import */ var _ecs_model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3198);
/* harmony import */ var _fargate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2955);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5327);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4583);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6747);
/* harmony import */ var _task_context__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2574);
/* harmony import */ var _taskdef_fields__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1167);
/* harmony import */ var _taskdef_limits__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9746);
/* harmony import */ var _taskdef_logging__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2593);
/* harmony import */ var _taskdef_platform__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9745);
/* harmony import */ var _taskdef_references__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7396);
/* harmony import */ var _taskdef_volumes__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4039);
/**
 * Task definition rules beyond the API model: what RegisterTaskDefinition and Fargate reject although every key and
 * type is right (names, sizes, network mode, host ports), and what a console copy-paste brings along.
 */












/** Family and container names: 1–255 letters, digits, hyphens and underscores. */
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const PRIVATE_ECR_IMAGE = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;
/**
 * Checks a parsed task definition: the API model, the Describe-only fields (warned about and removed), names,
 * images, container memory, Fargate's network mode and sizes, and awsvpc host ports.
 * @param imagePlaceholder the configured placeholder name, for the fix of an empty image
 */
function checkTaskDefinition(root, findings, imagePlaceholder) {
    (0,_ecs_model__WEBPACK_IMPORTED_MODULE_0__/* .checkAgainstModel */ .$u)(root, findings, _ecs_model__WEBPACK_IMPORTED_MODULE_0__/* .DESCRIBE_ONLY_FIELDS */ .n7);
    if (root.kind !== 'object')
        return { removedFields: [], containers: [] };
    const removedFields = removeDescribeOnlyFields(root, findings);
    const containers = (0,_task_context__WEBPACK_IMPORTED_MODULE_5__/* .containersOf */ .Mz)(root);
    checkFamily(root, findings);
    checkContainers(root, containers, findings, imagePlaceholder);
    const fargate = fargateEntry(root);
    if (fargate !== undefined)
        checkFargate(root, fargate, findings);
    else
        checkContainerMemory(root, containers, findings);
    if ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .stringMemberOf */ .pd)(root, 'networkMode') === 'awsvpc')
        checkAwsvpcHostPorts(containers, findings);
    const networkModeNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'networkMode');
    const networkMode = networkModeNode === undefined ? 'bridge' : networkModeNode.kind === 'string' ? networkModeNode.value : undefined;
    const task = {
        root,
        containers,
        findings,
        ...(fargate !== undefined && { fargate }),
        ...(networkMode !== undefined && { networkMode }),
    };
    for (const family of [_taskdef_limits__WEBPACK_IMPORTED_MODULE_7__/* .checkLimits */ .J, _taskdef_fields__WEBPACK_IMPORTED_MODULE_6__/* .checkFields */ .o, _taskdef_references__WEBPACK_IMPORTED_MODULE_10__/* .checkReferences */ .$, _taskdef_platform__WEBPACK_IMPORTED_MODULE_9__/* .checkPlatform */ .o, _taskdef_logging__WEBPACK_IMPORTED_MODULE_8__/* .checkLogging */ .o, _taskdef_volumes__WEBPACK_IMPORTED_MODULE_11__/* .checkVolumes */ .w]) {
        family(task);
    }
    const taskDefinition = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .toPlainValue */ .dq)(root);
    for (const field of removedFields)
        delete taskDefinition[field];
    const compatibilities = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'requiresCompatibilities');
    return {
        taskDefinition,
        removedFields,
        containers,
        ...(networkMode !== undefined && { networkMode }),
        ...(compatibilities?.kind === 'array' && {
            compatibilities: compatibilities.items.flatMap((item) => (item.kind === 'string' ? [item.value] : [])),
        }),
    };
}
function removeDescribeOnlyFields(root, findings) {
    const removed = [];
    for (const entry of root.entries) {
        if (!_ecs_model__WEBPACK_IMPORTED_MODULE_0__/* .DESCRIBE_ONLY_FIELDS */ .n7.includes(entry.key) || removed.includes(entry.key))
            continue;
        removed.push(entry.key);
        findings.warning('taskdef/describe-only-field', entry.keyPosition, `${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(entry.key)} is a field that DescribeTaskDefinition returns and RegisterTaskDefinition rejects ` +
            '(a copy of a registered task definition?); it is left out of the task definition that is written', `delete ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(entry.key)} from the file`);
    }
    return removed;
}
function checkFamily(root, findings) {
    const family = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'family');
    if (family?.kind !== 'string' || ECS_NAME.test(family.value))
        return;
    findings.error('taskdef/family-name', family.position, `family ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(family.value)} is not a valid name: ${nameProblem(family.value)}`, `use 1–255 letters, digits, "-" and "_", e.g. ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(suggestName(family.value))}`);
}
function nameProblem(name) {
    if (name.length === 0)
        return 'it is empty';
    if (name.length > 255)
        return `it is ${name.length} characters long, over the limit of 255`;
    const invalid = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))].map((character) => (0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(character));
    return `${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .joinWords */ .yZ)(invalid)} ${invalid.length === 1 ? 'is' : 'are'} not allowed`;
}
function suggestName(name) {
    const cleaned = name
        .trim()
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .slice(0, 255);
    return cleaned === '' ? 'my-service' : cleaned;
}
function checkContainers(root, containers, findings, imagePlaceholder) {
    const definitions = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'containerDefinitions');
    if (definitions?.kind === 'array' && definitions.items.length === 0) {
        findings.error('taskdef/no-containers', definitions.position, 'containerDefinitions is empty; a task definition needs at least one container', `add the service's container: { "name": "app", "image": "<${imagePlaceholder}>", … }`);
    }
    const firstByName = new Map();
    for (const container of containers) {
        const path = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .cm)('containerDefinitions', container.index);
        const nameNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'name');
        if (nameNode === undefined) {
            findings.error('taskdef/container-name', container.node.position, `${path} has no "name"; ECS requires one and the appspec's ContainerName refers to it`, 'add "name": "app" (letters, digits, "-" and "_")');
        }
        else if (nameNode.kind === 'string' && !ECS_NAME.test(nameNode.value)) {
            findings.error('taskdef/container-name', nameNode.position, `${path}.name ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(nameNode.value)} is not a valid container name: ${nameProblem(nameNode.value)}`, `use 1–255 letters, digits, "-" and "_", e.g. ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(suggestName(nameNode.value))}`);
        }
        if (container.name !== undefined) {
            const first = firstByName.get(container.name);
            if (first === undefined) {
                firstByName.set(container.name, container);
            }
            else {
                const firstName = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(first.node, 'name');
                findings.error('taskdef/duplicate-container-name', nameNode?.position ?? container.node.position, `${path}.name ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(container.name)} is also the name of containerDefinitions[${first.index}]` +
                    (firstName !== undefined ? ` (line ${firstName.position.line})` : ''), 'give every container its own name');
            }
        }
        checkImage(container, findings, imagePlaceholder);
    }
}
function checkImage(container, findings, imagePlaceholder) {
    const imageNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'image');
    if (imageNode !== undefined && imageNode.kind !== 'string')
        return; // a type error, reported by the model walk
    if (imageNode !== undefined && imageNode.value.trim() !== '')
        return;
    const label = (0,_task_context__WEBPACK_IMPORTED_MODULE_5__/* .containerLabel */ .qR)(container);
    findings.error('taskdef/empty-image', container.imagePosition, imageNode === undefined ? `${label} has no "image"` : `${label} has an empty "image"`, `set "image": "<${imagePlaceholder}>" for the image this pipeline builds, or a full image URI`);
}
/** The "FARGATE" entry of requiresCompatibilities, if there is one. */
function fargateEntry(root) {
    const compatibilities = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'requiresCompatibilities');
    if (compatibilities?.kind !== 'array')
        return undefined;
    return compatibilities.items.find((item) => item.kind === 'string' && item.value === 'FARGATE');
}
function checkFargate(root, fargate, findings) {
    const networkMode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'networkMode');
    if (networkMode === undefined) {
        findings.error('taskdef/fargate-network-mode', fargate.position, 'requiresCompatibilities includes "FARGATE", which needs "networkMode": "awsvpc"; networkMode is not set ' +
            '(ECS would use "bridge")', 'add "networkMode": "awsvpc"');
    }
    else if (networkMode.kind === 'string' && networkMode.value !== 'awsvpc') {
        findings.error('taskdef/fargate-network-mode', networkMode.position, `networkMode is ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(networkMode.value)}, but requiresCompatibilities includes "FARGATE", which only runs "awsvpc"`, 'set "networkMode": "awsvpc"');
    }
    const cpuNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'cpu');
    const memoryNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'memory');
    const cpu = sizeOf(cpuNode, _fargate__WEBPACK_IMPORTED_MODULE_1__/* .parseCpuUnits */ .TT);
    const memory = sizeOf(memoryNode, _fargate__WEBPACK_IMPORTED_MODULE_1__/* .parseMemoryMiB */ .lk);
    const cpuChoices = _fargate__WEBPACK_IMPORTED_MODULE_1__/* .FARGATE_CPU_UNITS */ .M3.map(String);
    if (cpuNode === undefined) {
        findings.error('taskdef/fargate-cpu-memory', fargate.position, 'requiresCompatibilities includes "FARGATE", which needs a task-level "cpu"', `add "cpu": one of ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .joinWords */ .yZ)(cpuChoices.map((value) => `${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(value)}`))} (CPU units; 1024 = 1 vCPU)`);
    }
    else if (cpu === 'unreadable') {
        findings.error('taskdef/fargate-cpu-memory', cpuNode.position, `cpu ${cpuNode.kind === 'string' ? (0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(cpuNode.value) : cpuNode.kind} is not a CPU size`, 'write CPU units ("1024") or vCPUs ("1 vCPU")');
    }
    else if (cpu !== undefined && (0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .fargateMemoryOptions */ .SW)(cpu) === undefined) {
        findings.error('taskdef/fargate-cpu-memory', cpuNode.position, `Fargate has no task size with cpu ${cpu}; it offers cpu ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .joinWords */ .yZ)(cpuChoices)} (CPU units)`, 'pick one of those cpu values');
    }
    if (memoryNode === undefined) {
        const options = typeof cpu === 'number' ? (0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .fargateMemoryOptions */ .SW)(cpu) : undefined;
        findings.error('taskdef/fargate-cpu-memory', fargate.position, 'requiresCompatibilities includes "FARGATE", which needs a task-level "memory"', options !== undefined
            ? `add "memory" in MiB; with cpu ${cpu} Fargate offers ${(0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .describeMemoryOptions */ .Xk)(options)}`
            : 'add "memory" in MiB ("2048") or GB ("2 GB")');
    }
    else if (memory === 'unreadable') {
        findings.error('taskdef/fargate-cpu-memory', memoryNode.position, `memory ${memoryNode.kind === 'string' ? (0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .A0)(memoryNode.value) : memoryNode.kind} is not a memory size`, 'write MiB ("2048") or GB ("2 GB")');
    }
    else if (typeof cpu === 'number' && typeof memory === 'number') {
        const options = (0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .fargateMemoryOptions */ .SW)(cpu);
        if (options !== undefined && !options.includes(memory)) {
            const cpusForMemory = (0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .fargateCpuOptionsFor */ .qW)(memory);
            findings.error('taskdef/fargate-cpu-memory', memoryNode.position, `Fargate has no task size with cpu ${cpu} and memory ${memory} MiB; with cpu ${cpu} the memory is ` +
                `${(0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .describeMemoryOptions */ .Xk)(options)} MiB`, cpusForMemory.length > 0
                ? `set memory to one of those, or cpu to ${(0,_findings__WEBPACK_IMPORTED_MODULE_2__/* .joinWords */ .yZ)(cpusForMemory.map(String))} for ${memory} MiB`
                : 'set memory to one of those');
        }
    }
}
/** A parsed size, undefined when absent or of the wrong type (the model walk reports that), or 'unreadable'. */
function sizeOf(node, parse) {
    if (node === undefined || (node.kind !== 'string' && node.kind !== 'number'))
        return undefined;
    return parse(node.value) ?? 'unreadable';
}
/** Without task-level memory (EC2), ECS requires every container to say how much memory it needs. */
function checkContainerMemory(root, containers, findings) {
    if ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(root, 'memory') !== undefined)
        return;
    for (const container of containers) {
        if ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'memory') !== undefined ||
            (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'memoryReservation') !== undefined) {
            continue;
        }
        findings.error('taskdef/container-memory', container.node.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_5__/* .containerLabel */ .qR)(container)} sets neither "memory" nor "memoryReservation", and the task sets no "memory"; ` +
            'RegisterTaskDefinition rejects that', 'set a task-level "memory", or the container\'s "memoryReservation" (MiB)');
    }
}
function checkAwsvpcHostPorts(containers, findings) {
    for (const container of containers) {
        const mappings = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'portMappings');
        if (mappings?.kind !== 'array')
            continue;
        mappings.items.forEach((mapping, index) => {
            const hostPort = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(mapping, 'hostPort');
            const containerPort = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(mapping, 'containerPort');
            if (hostPort?.kind !== 'number' || containerPort?.kind !== 'number')
                return;
            if (hostPort.value === containerPort.value)
                return;
            const path = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .cm)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .cm)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .childPath */ .cm)('containerDefinitions', container.index), 'portMappings'), index);
            findings.error('taskdef/awsvpc-host-port', hostPort.position, `${path}.hostPort is ${hostPort.value} but containerPort is ${containerPort.value}; with networkMode ` +
                '"awsvpc" the host port must be left out or equal the container port', `remove "hostPort" or set it to ${containerPort.value}`);
        });
    }
}
/**
 * `taskdef/execution-role`: what ECS can only do with the task execution role. Secrets (container secrets, log
 * secretOptions) and private registry credentials always need it (ECS Developer Guide, "Amazon ECS task execution IAM
 * role": required for those), and so do a private ECR image and awslogs on Fargate, where there is no instance role:
 * errors. On EC2 the container instance role can pull from ECR and write logs, so there it is a warning. One finding
 * per reason, at its first occurrence. `taskdef/credentials-parameter`: an empty repositoryCredentials secret.
 * @param imageContainers names of the containers that will run the image this tool pushes to ECR
 */
function checkExecutionRole(root, containers, imageContainers, findings) {
    if (root.kind !== 'object')
        return;
    for (const container of containers) {
        const parameter = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'repositoryCredentials'), 'credentialsParameter');
        if (parameter?.kind !== 'string' || parameter.value.trim() !== '')
            continue;
        findings.error('taskdef/credentials-parameter', parameter.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_5__/* .containerPath */ .vK)(container, 'repositoryCredentials', 'credentialsParameter')} is empty; it is the ARN of the Secrets ` +
            'Manager secret that holds the registry credentials (ECS API reference, RepositoryCredentials)', "write the secret's ARN, or remove repositoryCredentials for an image ECS can pull without them");
    }
    if ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(root, 'executionRoleArn') !== undefined)
        return;
    const fargate = fargateEntry(root) !== undefined;
    const reasons = [];
    const firstWith = (required, test, reason) => {
        for (const container of containers) {
            const position = test(container);
            if (position !== undefined) {
                reasons.push({ position, reason: reason((0,_task_context__WEBPACK_IMPORTED_MODULE_5__/* .containerLabel */ .qR)(container)), required });
                return;
            }
        }
    };
    firstWith(fargate, (container) => (container.name !== undefined && imageContainers.includes(container.name)) ||
        (container.image !== undefined && PRIVATE_ECR_IMAGE.test(container.image))
        ? container.imagePosition
        : undefined, (label) => `${label} pulls its image from a private ECR repository`);
    firstWith(fargate, (container) => {
        const logDriver = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'logConfiguration'), 'logDriver');
        return logDriver?.kind === 'string' && logDriver.value === 'awslogs' ? logDriver.position : undefined;
    }, (label) => `${label} sends its logs with the awslogs driver`);
    firstWith(true, (container) => {
        const secrets = [
            (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'secrets'),
            (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'logConfiguration'), 'secretOptions'),
            (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'repositoryCredentials'),
        ].find((node) => node !== undefined && !(node.kind === 'array' && node.items.length === 0));
        return secrets?.position;
    }, (label) => `${label} reads secrets (Secrets Manager or SSM Parameter Store, or registry credentials)`);
    for (const { position, reason, required } of reasons) {
        findings.add(required ? 'error' : 'warning', 'taskdef/execution-role', position, `${reason}, which needs a task execution role, and the task definition has no "executionRoleArn"` +
            (required
                ? ` (ECS Developer Guide, task execution IAM role${fargate ? '; on Fargate there is no instance role to fall back on' : ''})`
                : '; on EC2 the container instance role may do it, if it has the permissions'), 'add "executionRoleArn": "arn:aws:iam::<account>:role/ecsTaskExecutionRole" (a role with the ' +
            'AmazonECSTaskExecutionRolePolicy managed policy)');
    }
}
const C0 = _rule_docs__WEBPACK_IMPORTED_MODULE_4__/* .FIRST_CONTAINER */ .de;
const MODEL = 'the ECS API model (@aws-sdk/client-ecs), RegisterTaskDefinition';
/** The rules of this file and of the model walk (ecs-model.ts), with their sources and examples. */
const TASK_DEFINITION_RULES = [
    {
        id: 'taskdef/unknown-key',
        dataType: 'RegisterTaskDefinition',
        field: '(every key, nested ones too)',
        rule: 'a member of its data type in the model, with "did you mean" for a typo',
        source: MODEL,
        path: `"portMapping" in ${C0}`,
        refuses: { container: { portMapping: [{ containerPort: 80 }] } },
        accepts: { container: { portMappings: [{ containerPort: 80 }] } },
    },
    {
        id: 'taskdef/value-type',
        dataType: 'RegisterTaskDefinition',
        field: '(every value)',
        rule: 'the type the model gives it (cpu and memory are strings at the task level, numbers in a container)',
        source: MODEL,
        path: `${C0}.portMappings[0].containerPort`,
        refuses: { container: { portMappings: [{ containerPort: '80' }] } },
        accepts: { container: { portMappings: [{ containerPort: 80 }] } },
    },
    {
        id: 'taskdef/enum-value',
        dataType: 'RegisterTaskDefinition',
        field: '(every enumeration)',
        rule: 'one of the values the model lists',
        source: MODEL,
        path: 'networkMode',
        refuses: { task: { networkMode: 'AWSVPC' } },
        accepts: { task: { networkMode: 'awsvpc' } },
    },
    {
        id: 'taskdef/missing-required',
        dataType: 'RegisterTaskDefinition',
        field: '(required members)',
        rule: 'present: family and containerDefinitions, and the required members of each data type',
        source: MODEL,
        path: `${C0}.healthCheck`,
        refuses: { container: { healthCheck: { interval: 30 } } },
        accepts: { container: { healthCheck: { command: ['CMD-SHELL', 'true'], interval: 30 } } },
    },
    {
        id: 'taskdef/describe-only-field',
        dataType: 'RegisterTaskDefinition',
        field: _ecs_model__WEBPACK_IMPORTED_MODULE_0__/* .DESCRIBE_ONLY_FIELDS */ .n7.join(', '),
        rule: 'left out: only DescribeTaskDefinition returns them (removed from the written file)',
        source: 'the ECS API model: TaskDefinition members that RegisterTaskDefinition does not take',
        path: '"revision" is a field',
        severity: 'warning',
        refuses: { task: { revision: 3 } },
        accepts: {},
    },
    {
        id: 'taskdef/family-name',
        dataType: 'RegisterTaskDefinition',
        field: 'family',
        rule: 'up to 255 letters, digits, "_" and "-"',
        source: 'ECS API reference, RegisterTaskDefinition.family',
        path: 'family',
        refuses: { task: { family: 'f'.repeat(256) } },
        accepts: { task: { family: 'f'.repeat(255) } },
    },
    {
        id: 'taskdef/container-name',
        dataType: 'ContainerDefinition',
        field: 'name',
        rule: 'present; up to 255 letters, digits, "_" and "-"',
        source: 'ECS API reference, ContainerDefinition.name',
        path: `${C0}.name`,
        refuses: { container: { name: 'web app' } },
        accepts: { container: { name: 'web-app' } },
    },
    {
        id: 'taskdef/duplicate-container-name',
        dataType: 'ContainerDefinition',
        field: 'name (unique)',
        rule: 'unique in the task definition',
        source: 'ECS API reference, ContainerDefinition.name (links and dependsOn name containers)',
        path: 'containerDefinitions[1].name',
        refuses: { more: [{ name: 'web', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: false }] },
        accepts: { more: [{ name: 'web-2', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: false }] },
    },
    {
        id: 'taskdef/no-containers',
        dataType: 'RegisterTaskDefinition',
        field: 'containerDefinitions (empty)',
        rule: 'at least one container',
        source: 'ECS API reference, RegisterTaskDefinition.containerDefinitions (required)',
        path: 'containerDefinitions is empty',
        refuses: { text: '{"family": "web-app", "containerDefinitions": []}\n' },
        accepts: {},
    },
    {
        id: 'taskdef/empty-image',
        dataType: 'ContainerDefinition',
        field: 'image',
        rule: 'present and not empty',
        source: 'ECS API reference, ContainerDefinition.image',
        path: `${C0} ("web") has an empty "image"`,
        refuses: { container: { image: '' } },
        accepts: { container: { image: '<IMAGE1_NAME>' } },
    },
    {
        id: 'taskdef/fargate-network-mode',
        dataType: 'RegisterTaskDefinition',
        field: 'networkMode + requiresCompatibilities',
        rule: '"awsvpc" on Fargate',
        source: 'ECS API reference, RegisterTaskDefinition.networkMode',
        path: 'networkMode is "bridge"',
        refuses: { task: { networkMode: 'bridge' } },
        accepts: { task: { networkMode: 'awsvpc' } },
    },
    {
        id: 'taskdef/fargate-cpu-memory',
        dataType: 'RegisterTaskDefinition',
        field: 'cpu + memory',
        rule: 'on Fargate both present, as one of the task sizes Fargate offers',
        source: 'ECS API reference, RegisterTaskDefinition.memory',
        path: 'cpu 512 and memory 5120',
        refuses: { task: { cpu: '512', memory: '5120' } },
        accepts: { task: { cpu: '512', memory: '4096' } },
    },
    {
        id: 'taskdef/container-memory',
        dataType: 'ContainerDefinition',
        field: 'memory, memoryReservation',
        rule: 'one of them in every container when the task sets no memory (EC2)',
        source: 'ECS API reference, ContainerDefinition.memory',
        path: `${C0} ("web") sets neither`,
        refuses: { task: _rule_docs__WEBPACK_IMPORTED_MODULE_4__/* .EC2_TASK */ .jY },
        accepts: { task: _rule_docs__WEBPACK_IMPORTED_MODULE_4__/* .EC2_TASK */ .jY, container: { memoryReservation: 256 } },
    },
    {
        id: 'taskdef/awsvpc-host-port',
        dataType: 'PortMapping',
        field: 'hostPort + networkMode',
        rule: 'left out or equal to containerPort under "awsvpc"',
        source: 'ECS API reference, PortMapping.hostPort',
        path: `${C0}.portMappings[0].hostPort`,
        refuses: { container: { portMappings: [{ containerPort: 80, hostPort: 8080 }] } },
        accepts: { container: { portMappings: [{ containerPort: 80, hostPort: 80 }] } },
    },
    {
        id: 'taskdef/execution-role',
        dataType: 'RegisterTaskDefinition',
        field: 'executionRoleArn',
        rule: 'present for secrets and registry credentials, and on Fargate for private ECR images and awslogs (a warning on EC2)',
        source: 'ECS Developer Guide, task execution IAM role',
        path: `${C0} ("web") sends its logs with the awslogs driver`,
        refuses: { task: { executionRoleArn: undefined } },
        accepts: {},
    },
    {
        id: 'taskdef/credentials-parameter',
        dataType: 'RepositoryCredentials',
        field: 'credentialsParameter',
        rule: 'not empty: the secret that holds the registry credentials',
        source: 'ECS API reference, RepositoryCredentials',
        path: `${C0}.repositoryCredentials.credentialsParameter`,
        refuses: { container: { repositoryCredentials: { credentialsParameter: '' } } },
        accepts: {
            container: {
                repositoryCredentials: {
                    credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry',
                },
            },
        },
    },
];


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ FIELD_RULES),
/* harmony export */   o: () => (/* binding */ checkFields)
/* harmony export */ });
/* harmony import */ var _suggest__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2969);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _fargate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2955);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4583);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6747);
/* harmony import */ var _task_context__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2574);
/**
 * Field rules the ECS API reference states for the task as a whole and for container fields beyond ranges: how many
 * containers and placement constraints, the task cpu's bounds, port mappings under the "none" and "host" network
 * modes, environment files, credential specs, swap, system controls, resource requirements and the App Mesh proxy.
 */






/** ECS service quotas: "Containers per task definition: 10" (not adjustable). */
const MAX_CONTAINERS = 10;
/** RegisterTaskDefinition.placementConstraints: "a maximum of 10 constraints for each task". */
const MAX_PLACEMENT_CONSTRAINTS = 10;
/** RegisterTaskDefinition.cpu: "between 128 CPU units (0.125 vCPUs) and 196608 CPU units (192 vCPUs)". */
const TASK_CPU = { min: 128, max: 196608 };
/** ContainerDefinition.environmentFiles: "up to ten environment files … must have a .env file extension". */
const MAX_ENVIRONMENT_FILES = 10;
/** ContainerDefinition.credentialSpecs: "The maximum number of ARNs is 1", as credentialspec: or credentialspecdomainless:. */
const CREDENTIAL_SPEC = /^credentialspec(?:domainless)?:\S/;
/** SystemControl.namespace: the IPC sysctls it lists, fs.mqueue.*, and net.*. */
const IPC_SYSCTLS = [
    'kernel.msgmax',
    'kernel.msgmnb',
    'kernel.msgmni',
    'kernel.sem',
    'kernel.shmall',
    'kernel.shmmax',
    'kernel.shmmni',
    'kernel.shm_rmid_forced',
];
/**
 * ContainerDefinition.image: "up to 255 characters" with a tag; with a digest the 255 apply before the "@", and "The
 * only supported hash function is sha256 … exactly 64 characters (only letters A-F, a-f, and numbers 0-9)".
 */
const MAX_IMAGE_NAME = 255;
const IMAGE_DIGEST = /^sha256:[A-Fa-f0-9]{64}$/;
/** KernelCapabilities.add and .drop: the valid values the reference lists. */
const CAPABILITIES = [
    'ALL',
    'AUDIT_CONTROL',
    'AUDIT_WRITE',
    'BLOCK_SUSPEND',
    'CHOWN',
    'DAC_OVERRIDE',
    'DAC_READ_SEARCH',
    'FOWNER',
    'FSETID',
    'IPC_LOCK',
    'IPC_OWNER',
    'KILL',
    'LEASE',
    'LINUX_IMMUTABLE',
    'MAC_ADMIN',
    'MAC_OVERRIDE',
    'MKNOD',
    'NET_ADMIN',
    'NET_BIND_SERVICE',
    'NET_BROADCAST',
    'NET_RAW',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_ADMIN',
    'SYS_BOOT',
    'SYS_CHROOT',
    'SYS_MODULE',
    'SYS_NICE',
    'SYS_PACCT',
    'SYS_PTRACE',
    'SYS_RAWIO',
    'SYS_RESOURCE',
    'SYS_TIME',
    'SYS_TTY_CONFIG',
    'SYSLOG',
    'WAKE_ALARM',
];
/** Tmpfs.mountOptions: the valid values the reference lists. */
const TMPFS_OPTIONS = [
    'defaults',
    'ro',
    'rw',
    'suid',
    'nosuid',
    'dev',
    'nodev',
    'exec',
    'noexec',
    'sync',
    'async',
    'dirsync',
    'remount',
    'mand',
    'nomand',
    'atime',
    'noatime',
    'diratime',
    'nodiratime',
    'bind',
    'rbind',
    'unbindable',
    'runbindable',
    'private',
    'rprivate',
    'shared',
    'rshared',
    'slave',
    'rslave',
    'relatime',
    'norelatime',
    'strictatime',
    'nostrictatime',
    'mode',
    'uid',
    'gid',
    'nr_inodes',
    'nr_blocks',
    'mpol',
];
/** ContainerDefinition.dockerSecurityOptions: "no-new-privileges" | "apparmor:PROFILE" | "label:value" | "credentialspec:…". */
const SECURITY_OPTION = /^(?:no-new-privileges|apparmor:\S+|label:\S+|credentialspec:\S+)$/;
/** ProxyConfiguration.properties marked "(Required)"; IgnoredUID or IgnoredGID may stand for each other. */
const PROXY_PROPERTIES = ['AppPorts', 'ProxyIngressPort', 'ProxyEgressPort'];
/** Runs the field rules over a task definition. */
function checkFields(task) {
    checkCounts(task);
    checkTaskCpu(task);
    checkProxy(task);
    for (const container of task.containers) {
        checkImageReference(task, container);
        checkPortsForNetworkMode(task, container);
        checkKernelOptions(task, container);
        checkEnvironmentFiles(task, container);
        checkCredentialSpecs(task, container);
        checkSwap(task, container);
        checkSystemControls(task, container);
        checkResourceRequirements(task, container);
    }
}
function checkCounts(task) {
    const definitions = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(task.root, 'containerDefinitions');
    if (definitions?.kind === 'array' && definitions.items.length > MAX_CONTAINERS) {
        task.findings.error('taskdef/too-many-containers', definitions.position, `containerDefinitions has ${definitions.items.length} containers; a task definition has at most ` +
            `${MAX_CONTAINERS} (ECS service quotas: containers per task definition, not adjustable)`, 'move containers that serve another purpose into a task definition of their own');
    }
    const constraints = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(task.root, 'placementConstraints');
    if (constraints?.kind === 'array' && constraints.items.length > MAX_PLACEMENT_CONSTRAINTS) {
        task.findings.error('taskdef/placement-constraints', constraints.position, `placementConstraints has ${constraints.items.length} constraints; a task has at most ` +
            `${MAX_PLACEMENT_CONSTRAINTS}, those given at run time included (ECS API reference, RegisterTaskDefinition.placementConstraints)`, 'merge constraints into one cluster query language expression');
    }
}
function checkTaskCpu(task) {
    const cpu = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(task.root, 'cpu');
    if (cpu?.kind !== 'string' && cpu?.kind !== 'number')
        return;
    const units = (0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .parseCpuUnits */ .TT)(cpu.value);
    if (units === undefined || (units >= TASK_CPU.min && units <= TASK_CPU.max))
        return;
    task.findings.error('taskdef/task-cpu', cpu.position, `cpu is ${units} CPU units; a task has from ${TASK_CPU.min} (0.125 vCPU) to ${TASK_CPU.max} (192 vCPUs) ` +
        '(ECS API reference, RegisterTaskDefinition.cpu)', `set cpu to a value from ${TASK_CPU.min} to ${TASK_CPU.max}, or leave it out on EC2`);
}
function checkImageReference(task, container) {
    const image = container.image;
    // A placeholder is replaced before ECS sees it: its length says nothing.
    if (image === undefined || image.includes('<'))
        return;
    const at = image.indexOf('@');
    const name = at === -1 ? image : image.slice(0, at);
    const digest = at === -1 ? undefined : image.slice(at + 1);
    const problem = name.length > MAX_IMAGE_NAME
        ? `is ${name.length} characters long${at === -1 ? '' : ' before the "@"'}; ECS takes at most ${MAX_IMAGE_NAME}`
        : digest !== undefined && !IMAGE_DIGEST.test(digest)
            ? `has the digest ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(digest)}; ECS takes "sha256:" and 64 hexadecimal digits`
            : undefined;
    if (problem === undefined)
        return;
    task.findings.error('taskdef/image-reference', container.imagePosition, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'image')} ${problem} (ECS API reference, ContainerDefinition.image)`, 'write the image as repository:tag or repository@sha256:<64 hex digits>');
}
/** KernelCapabilities and Tmpfs.mountOptions: the names the reference lists; dockerSecurityOptions: its four forms. */
function checkKernelOptions(task, container) {
    const linux = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'linuxParameters');
    const lists = [
        ...['add', 'drop'].map((key) => ({
            items: (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(linux, 'capabilities'), key),
            path: (index) => (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'linuxParameters', 'capabilities', key, index),
            valid: (value) => CAPABILITIES.includes(value),
            allowed: CAPABILITIES,
            source: `KernelCapabilities.${key}`,
        })),
        ...(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(linux, 'tmpfs').map((tmpfs, tmpfsIndex) => ({
            items: (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(tmpfs, 'mountOptions'),
            path: (index) => (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'linuxParameters', 'tmpfs', tmpfsIndex, 'mountOptions', index),
            // Options with a value ("mode=1777", "uid=1000") name one of the listed ones.
            valid: (value) => TMPFS_OPTIONS.includes(value.split('=')[0] ?? ''),
            allowed: TMPFS_OPTIONS,
            source: 'Tmpfs.mountOptions',
        })),
        {
            items: (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(container.node, 'dockerSecurityOptions'),
            path: (index) => (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'dockerSecurityOptions', index),
            valid: (value) => SECURITY_OPTION.test(value),
            allowed: ['no-new-privileges', 'apparmor:PROFILE', 'label:value', 'credentialspec:CredentialSpecFilePath'],
            source: 'ContainerDefinition.dockerSecurityOptions',
        },
    ];
    for (const { items, path, valid, allowed, source } of lists) {
        items.forEach((item, index) => {
            if (item.kind !== 'string' || valid(item.value))
                return;
            const closest = (0,_suggest__WEBPACK_IMPORTED_MODULE_5__/* .closestMatch */ .h)(item.value.replace(/^CAP_/, ''), allowed);
            task.findings.error('taskdef/linux-parameters', item.position, `${path(index)} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(item.value)} is not one of the values ECS takes (ECS API reference, ${source})` +
                (closest !== undefined ? `; did you mean "${closest}"?` : ''), closest !== undefined ? `write "${closest}"` : `use one of ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(allowed.map((word) => `"${word}"`))}`);
        });
    }
}
/** PortMapping: "none … you can't specify port mappings"; "host … host ports must either be undefined or … match". */
function checkPortsForNetworkMode(task, container) {
    const source = 'ECS API reference, ContainerDefinition.portMappings';
    const mappings = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'portMappings');
    if (task.networkMode === 'none' && mappings?.kind === 'array' && mappings.items.length > 0) {
        task.findings.error('taskdef/network-mode-ports', mappings.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'portMappings')} is set, but networkMode is "none": such a task has no ports (${source})`, 'remove "portMappings", or use another network mode');
    }
    if (task.networkMode !== 'host')
        return;
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(container.node, 'portMappings').forEach((mapping, index) => {
        const hostPort = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'hostPort');
        const containerPort = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'containerPort');
        if (hostPort?.kind !== 'number' || containerPort?.kind !== 'number' || hostPort.value === containerPort.value) {
            return;
        }
        task.findings.error('taskdef/network-mode-ports', hostPort.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'portMappings', index, 'hostPort')} is ${hostPort.value} but containerPort is ` +
            `${containerPort.value}; with networkMode "host" the host port is left out or equals the container port (${source})`, `remove "hostPort" or set it to ${containerPort.value}`);
    });
}
function checkEnvironmentFiles(task, container) {
    const source = 'ECS API reference, ContainerDefinition.environmentFiles';
    const files = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'environmentFiles');
    if (files?.kind !== 'array')
        return;
    if (files.items.length > MAX_ENVIRONMENT_FILES) {
        task.findings.error('taskdef/environment-files', files.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'environmentFiles')} lists ${files.items.length} files; a container has at most ` +
            `${MAX_ENVIRONMENT_FILES} (${source})`, 'merge environment files');
    }
    files.items.forEach((file, index) => {
        const value = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(file, 'value');
        if (value?.kind !== 'string' || /\.env$/.test(value.value))
            return;
        task.findings.error('taskdef/environment-files', value.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'environmentFiles', index, 'value')} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} does not end in ` +
            `".env"; an environment file must have the .env extension (${source})`, 'rename the S3 object to end in .env and point at it');
    });
}
function checkCredentialSpecs(task, container) {
    const source = 'ECS API reference, ContainerDefinition.credentialSpecs';
    const specs = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'credentialSpecs');
    if (specs?.kind !== 'array')
        return;
    const [, second] = specs.items;
    if (second !== undefined) {
        task.findings.error('taskdef/credential-specs', second.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'credentialSpecs')} lists ${specs.items.length} ARNs; the maximum is 1 (${source})`, 'keep one credential spec');
    }
    specs.items.forEach((spec, index) => {
        if (spec.kind !== 'string' || CREDENTIAL_SPEC.test(spec.value))
            return;
        task.findings.error('taskdef/credential-specs', spec.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'credentialSpecs', index)} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(spec.value)} is neither ` +
            `"credentialspec:<ARN>" nor "credentialspecdomainless:<ARN>" (${source})`, 'write "credentialspec:" or "credentialspecdomainless:" before the ARN in SSM or S3');
    });
}
/** LinuxParameters: maxSwap "0 or any positive integer"; swappiness "whole numbers between 0 and 100", ignored without maxSwap. */
function checkSwap(task, container) {
    const linux = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'linuxParameters');
    const source = 'ECS API reference, LinuxParameters';
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(linux, 'maxSwap'), (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'linuxParameters', 'maxSwap'), { min: 0, unit: 'MiB' }, 'taskdef/linux-parameters', task.findings, source);
    const swappiness = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(linux, 'swappiness');
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)(swappiness, (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'linuxParameters', 'swappiness'), { min: 0, max: 100 }, 'taskdef/linux-parameters', task.findings, source);
    if (swappiness !== undefined && (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(linux, 'maxSwap') === undefined && task.fargate === undefined) {
        task.findings.warning('taskdef/linux-parameters', swappiness.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'linuxParameters', 'swappiness')} is set without maxSwap, so it is ignored ` +
            `("If a value is not specified for maxSwap then this parameter is ignored", ${source}.swappiness)`, 'add "maxSwap" (MiB), or remove "swappiness"');
    }
}
function checkSystemControls(task, container) {
    const source = 'ECS API reference, SystemControl';
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(container.node, 'systemControls').forEach((control, index) => {
        const namespace = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(control, 'namespace');
        if (namespace?.kind !== 'string')
            return;
        const path = (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'systemControls', index, 'namespace');
        const name = namespace.value;
        const ipc = IPC_SYSCTLS.includes(name) || name.startsWith('fs.mqueue.');
        const network = name.startsWith('net.');
        const problem = !ipc && !network
            ? `is not a namespaced sysctl ECS sets: the IPC ones (${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(IPC_SYSCTLS)}, fs.mqueue.*) or net.*`
            : network && task.networkMode === 'host'
                ? 'is a network sysctl, which networkMode "host" does not support'
                : ipc && (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .stringMemberOf */ .pd)(task.root, 'ipcMode') === 'host'
                    ? 'is an IPC sysctl, which ipcMode "host" does not support'
                    : undefined;
        if (problem === undefined)
            return;
        const closest = ipc || network ? undefined : (0,_suggest__WEBPACK_IMPORTED_MODULE_5__/* .closestMatch */ .h)(name, IPC_SYSCTLS);
        task.findings.error('taskdef/system-controls', namespace.position, `${path} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name)} ${problem} (${source})${closest !== undefined ? `; did you mean "${closest}"?` : ''}`, ipc || network ? "remove it, or change the task's mode" : 'set one of the sysctls ECS lists, or remove it');
    });
}
/**
 * ResourceRequirement: "specify either value or sharingStrategy, but not both" (GPU); a value otherwise; the
 * strategy "only when the type is GPU"; NeuronDevice "must be ALL"; InferenceAccelerator names a deviceName.
 */
function checkResourceRequirements(task, container) {
    const source = 'ECS API reference, ResourceRequirement';
    const devices = (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(task.root, 'inferenceAccelerators').flatMap((accelerator) => {
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .stringMemberOf */ .pd)(accelerator, 'deviceName');
        return name !== undefined ? [name] : [];
    });
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(container.node, 'resourceRequirements').forEach((requirement, index) => {
        const type = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .stringMemberOf */ .pd)(requirement, 'type');
        const value = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(requirement, 'value');
        const strategy = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(requirement, 'sharingStrategy');
        const path = (field) => (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'resourceRequirements', index, field);
        const report = (node, message, fix) => task.findings.error('taskdef/resource-requirements', node.position, `${message} (${source})`, fix);
        if (type === 'GPU' && value !== undefined && strategy !== undefined) {
            report(strategy, `${path('sharingStrategy')} is set beside a value; a GPU takes one or the other`, 'remove one');
        }
        else if (value === undefined && !(type === 'GPU' && strategy !== undefined)) {
            report(requirement, `${path('value')} is missing; ${type ?? 'the'} requirement needs one`, 'add "value"');
        }
        if (strategy !== undefined && type !== 'GPU') {
            report(strategy, `${path('sharingStrategy')} is set on a ${type ?? 'non-GPU'} requirement; only a GPU is shared`, 'remove it');
        }
        if (value?.kind !== 'string')
            return;
        if (type === 'GPU' && !(value.value === 'ALL' || /^[1-9]\d*$/.test(value.value))) {
            report(value, `${path('value')} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} is neither a number of GPUs nor "ALL"`, 'write "1" or "ALL"');
        }
        else if (type === 'NeuronDevice' && value.value !== 'ALL') {
            report(value, `${path('value')} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} must be "ALL" for NeuronDevice`, 'write "ALL"');
        }
        else if (type === 'InferenceAccelerator' && !devices.includes(value.value)) {
            report(value, `${path('value')} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.value)} is not a deviceName of the task's inferenceAccelerators`, 'name one of inferenceAccelerators[].deviceName');
        }
    });
}
/** ProxyConfiguration: containerName is a container of the task; the required properties are there. */
function checkProxy(task) {
    const proxy = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(task.root, 'proxyConfiguration');
    if (proxy?.kind !== 'object')
        return;
    const source = 'ECS API reference, ProxyConfiguration';
    const containerName = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(proxy, 'containerName');
    const names = task.containers.flatMap((container) => (container.name !== undefined ? [container.name] : []));
    if (containerName?.kind === 'string' && !names.includes(containerName.value)) {
        const closest = (0,_suggest__WEBPACK_IMPORTED_MODULE_5__/* .closestMatch */ .h)(containerName.value, names);
        task.findings.error('taskdef/proxy-configuration', containerName.position, `proxyConfiguration.containerName ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(containerName.value)} is not a container of this task ` +
            `definition (${source}: the container that serves as the App Mesh proxy)${closest !== undefined ? `; did you mean "${closest}"?` : ''}`, 'name the Envoy container of this task definition');
    }
    const properties = (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(proxy, 'properties').flatMap((property) => {
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .stringMemberOf */ .pd)(property, 'name');
        return name !== undefined ? [name] : [];
    });
    const missing = [
        ...(properties.includes('IgnoredUID') || properties.includes('IgnoredGID') ? [] : ['IgnoredUID (or IgnoredGID)']),
        ...PROXY_PROPERTIES.filter((name) => !properties.includes(name)),
    ];
    if (missing.length === 0)
        return;
    task.findings.error('taskdef/proxy-configuration', ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(proxy, 'properties') ?? proxy).position, `proxyConfiguration.properties lacks ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(missing, 'and')}, which the App Mesh proxy requires (${source}.properties)`, `add {"name": …, "value": …} for ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(missing, 'and')}`);
}
const C0 = _rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .FIRST_CONTAINER */ .de;
const EC2 = _rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .EC2_TASK */ .jY;
const PROXY = (containerName, names) => ({
    proxyConfiguration: {
        type: 'APPMESH',
        containerName,
        properties: names.map((name) => ({ name, value: name === 'AppPorts' ? '80' : '1337' })),
    },
});
/** The rules of this file, one per field, with their sources and examples. */
const FIELD_RULES = [
    {
        id: 'taskdef/too-many-containers',
        dataType: 'RegisterTaskDefinition',
        field: 'containerDefinitions',
        rule: `at most ${MAX_CONTAINERS} containers`,
        source: 'ECS service quotas, containers per task definition (not adjustable)',
        path: 'containerDefinitions',
        refuses: { more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .sidecars */ .Ri)(MAX_CONTAINERS) },
        accepts: { more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .sidecars */ .Ri)(MAX_CONTAINERS - 1) },
    },
    {
        id: 'taskdef/placement-constraints',
        dataType: 'TaskDefinitionPlacementConstraint',
        field: '(count)',
        rule: `at most ${MAX_PLACEMENT_CONSTRAINTS} constraints, with those given at run time`,
        source: 'ECS API reference, RegisterTaskDefinition.placementConstraints',
        path: 'placementConstraints',
        refuses: {
            task: { ...EC2, placementConstraints: constraints(MAX_PLACEMENT_CONSTRAINTS + 1) },
            container: { memory: 512 },
        },
        accepts: {
            task: { ...EC2, placementConstraints: constraints(MAX_PLACEMENT_CONSTRAINTS) },
            container: { memory: 512 },
        },
    },
    {
        id: 'taskdef/task-cpu',
        dataType: 'RegisterTaskDefinition',
        field: 'cpu',
        rule: `from ${TASK_CPU.min} to ${TASK_CPU.max} CPU units (0.125 to 192 vCPUs)`,
        source: 'ECS API reference, RegisterTaskDefinition.cpu',
        path: 'cpu',
        refuses: { task: { ...EC2, cpu: String(TASK_CPU.min - 1) }, container: { memory: 512 } },
        accepts: { task: { ...EC2, cpu: String(TASK_CPU.min) }, container: { memory: 512 } },
    },
    {
        id: 'taskdef/network-mode-ports',
        dataType: 'ContainerDefinition',
        field: 'portMappings + networkMode',
        rule: 'none under networkMode "none"; under "host" the hostPort is left out or equals the containerPort',
        source: 'ECS API reference, ContainerDefinition.portMappings',
        path: `${C0}.portMappings[0].hostPort`,
        refuses: {
            task: { ...EC2, networkMode: 'host' },
            container: { memory: 512, portMappings: [{ containerPort: 80, hostPort: 8080 }] },
        },
        accepts: {
            task: { ...EC2, networkMode: 'host' },
            container: { memory: 512, portMappings: [{ containerPort: 80, hostPort: 80 }] },
        },
    },
    {
        id: 'taskdef/environment-files',
        dataType: 'ContainerDefinition',
        field: 'environmentFiles',
        rule: `at most ${MAX_ENVIRONMENT_FILES} files, each named *.env`,
        source: 'ECS API reference, ContainerDefinition.environmentFiles',
        path: `${C0}.environmentFiles`,
        refuses: { container: { environmentFiles: envFiles(MAX_ENVIRONMENT_FILES + 1) } },
        accepts: { container: { environmentFiles: envFiles(MAX_ENVIRONMENT_FILES) } },
    },
    {
        id: 'taskdef/credential-specs',
        dataType: 'ContainerDefinition',
        field: 'credentialSpecs',
        rule: 'at most 1, written "credentialspec:<ARN>" or "credentialspecdomainless:<ARN>"',
        source: 'ECS API reference, ContainerDefinition.credentialSpecs',
        path: `${C0}.credentialSpecs`,
        refuses: {
            container: {
                credentialSpecs: ['credentialspec:arn:aws:s3:::a/one.json', 'credentialspec:arn:aws:s3:::a/two.json'],
            },
        },
        accepts: { container: { credentialSpecs: ['credentialspec:arn:aws:s3:::a/one.json'] } },
    },
    {
        id: 'taskdef/linux-parameters',
        dataType: 'LinuxParameters',
        field: 'swappiness',
        rule: 'a whole number from 0 to 100; maxSwap 0 or more',
        source: 'ECS API reference, LinuxParameters.swappiness and .maxSwap',
        path: `${C0}.linuxParameters.swappiness`,
        refuses: { task: EC2, container: { memory: 512, linuxParameters: { maxSwap: 0, swappiness: 101 } } },
        accepts: { task: EC2, container: { memory: 512, linuxParameters: { maxSwap: 0, swappiness: 100 } } },
    },
    {
        id: 'taskdef/image-reference',
        dataType: 'ContainerDefinition',
        field: 'image',
        rule: `at most ${MAX_IMAGE_NAME} characters (before the "@" of a digest); a digest is "sha256:" and 64 hex digits`,
        source: 'ECS API reference, ContainerDefinition.image',
        path: 'containerDefinitions[1].image',
        refuses: { more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .sidecars */ .Ri)(1, { image: imageOfLength(MAX_IMAGE_NAME + 1) }) },
        accepts: { more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .sidecars */ .Ri)(1, { image: imageOfLength(MAX_IMAGE_NAME) }) },
    },
    {
        id: 'taskdef/linux-parameters',
        dataType: 'LinuxParameters',
        field: 'capabilities, tmpfs.mountOptions; dockerSecurityOptions',
        rule: 'the capability names and tmpfs options the reference lists; security options as no-new-privileges, apparmor:, label: or credentialspec:',
        source: 'ECS API reference, KernelCapabilities, Tmpfs and ContainerDefinition.dockerSecurityOptions',
        path: `${C0}.linuxParameters.capabilities.drop[0]`,
        refuses: { container: { linuxParameters: { capabilities: { drop: ['CAP_NET_RAW'] } } } },
        accepts: { container: { linuxParameters: { capabilities: { drop: ['NET_RAW'] } } } },
    },
    {
        id: 'taskdef/linux-parameters',
        dataType: 'LinuxParameters',
        field: 'swappiness + maxSwap',
        rule: 'swappiness without maxSwap is ignored (warning)',
        source: 'ECS API reference, LinuxParameters.swappiness',
        path: `${C0}.linuxParameters.swappiness`,
        severity: 'warning',
        refuses: { task: EC2, container: { memory: 512, linuxParameters: { swappiness: 10 } } },
        accepts: { task: EC2, container: { memory: 512, linuxParameters: { maxSwap: 512, swappiness: 10 } } },
    },
    {
        id: 'taskdef/system-controls',
        dataType: 'SystemControl',
        field: 'namespace',
        rule: 'an IPC sysctl (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*) or net.*; no net.* under networkMode "host", no IPC one under ipcMode "host"',
        source: 'ECS API reference, SystemControl',
        path: `${C0}.systemControls[0].namespace`,
        refuses: { container: { systemControls: [{ namespace: 'vm.swappiness', value: '10' }] } },
        accepts: { container: { systemControls: [{ namespace: 'net.ipv4.tcp_keepalive_time', value: '500' }] } },
    },
    {
        id: 'taskdef/resource-requirements',
        dataType: 'ResourceRequirement',
        field: 'value + sharingStrategy',
        rule: 'a GPU takes a value (a count or "ALL") or a sharingStrategy, not both; other types take a value (NeuronDevice "ALL", InferenceAccelerator a deviceName)',
        source: 'ECS API reference, ResourceRequirement',
        path: `${C0}.resourceRequirements[0].value`,
        refuses: { task: EC2, container: { memory: 512, resourceRequirements: [{ type: 'GPU', value: '0' }] } },
        accepts: { task: EC2, container: { memory: 512, resourceRequirements: [{ type: 'GPU', value: '1' }] } },
    },
    {
        id: 'taskdef/proxy-configuration',
        dataType: 'ProxyConfiguration',
        field: 'containerName',
        rule: 'a container of the task',
        source: 'ECS API reference, ProxyConfiguration.containerName',
        path: 'proxyConfiguration.containerName',
        refuses: { task: PROXY('envoy', ['IgnoredUID', ...PROXY_PROPERTIES]) },
        accepts: { task: PROXY('web', ['IgnoredUID', ...PROXY_PROPERTIES]) },
    },
    {
        id: 'taskdef/proxy-configuration',
        dataType: 'ProxyConfiguration',
        field: 'properties',
        rule: 'IgnoredUID or IgnoredGID, AppPorts, ProxyIngressPort and ProxyEgressPort',
        source: 'ECS API reference, ProxyConfiguration.properties',
        path: 'proxyConfiguration.properties',
        refuses: { task: PROXY('web', ['AppPorts', 'ProxyIngressPort', 'ProxyEgressPort']) },
        accepts: { task: PROXY('web', ['IgnoredGID', 'AppPorts', 'ProxyIngressPort', 'ProxyEgressPort']) },
    },
];
function constraints(count) {
    return Array.from({ length: count }, (_, index) => ({
        type: 'memberOf',
        expression: `attribute:zone${index} exists`,
    }));
}
function envFiles(count) {
    return Array.from({ length: count }, (_, index) => ({ value: `arn:aws:s3:::bucket/${index}.env`, type: 's3' }));
}
/** A public image reference `length` characters long. */
function imageOfLength(length) {
    const registry = 'public.ecr.aws/';
    return `${registry}${'r'.repeat(length - registry.length - 2)}:1`;
}


/***/ }),

/***/ 9746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ LIMIT_RULES),
/* harmony export */   J: () => (/* binding */ checkLimits)
/* harmony export */ });
/* harmony import */ var _fargate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2955);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5327);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4583);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6747);
/* harmony import */ var _task_context__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2574);
/**
 * Ranges and sizes RegisterTaskDefinition enforces (or the task fails on at start): health check timings, ephemeral
 * storage, ports and port ranges, container memory and cpu against each other and the task, ulimits, stop and start
 * timeouts, tags. Each limit cites the ECS API reference page it comes from.
 */





const HEALTH_CHECK_API = 'ECS API reference, HealthCheck';
/**
 * HealthCheck: "You may specify between 5 and 300 seconds" (interval), "between 2 and 60 seconds" (timeout),
 * "between 1 and 10 retries", "between 0 and 300 seconds" (startPeriod).
 */
const HEALTH_CHECK_RANGES = [
    ['interval', { min: 5, max: 300, unit: 'seconds' }],
    ['timeout', { min: 2, max: 60, unit: 'seconds' }],
    ['retries', { min: 1, max: 10 }],
    ['startPeriod', { min: 0, max: 300, unit: 'seconds' }],
];
/** EphemeralStorage.sizeInGiB: "The minimum supported value is 21 GiB and the maximum supported value is 200 GiB". */
const EPHEMERAL_STORAGE = { min: 21, max: 200, unit: 'GiB' };
/** Docker 20.10 and later reserve 6 MiB per container (ContainerDefinition.memory: "don't specify less than 6 MiB"). */
const MIN_CONTAINER_MEMORY = 6;
/** ContainerDefinition.startTimeout and .stopTimeout: "The valid values for Fargate are 2-120 seconds". */
const FARGATE_TIMEOUT = { min: 2, max: 120, unit: 'seconds on Fargate' };
/**
 * ContainerRestartPolicy: "a maximum of 50 container exit codes"; restartAttemptPeriod "a minimum … of 60 seconds and
 * a maximum … of 1800 seconds".
 */
const MAX_IGNORED_EXIT_CODES = 50;
const RESTART_ATTEMPT_PERIOD = { min: 60, max: 1800, unit: 'seconds' };
/** PortMapping.containerPortRange: "You can specify a maximum of 100 port ranges per container". */
const MAX_PORT_RANGES = 100;
/** PortMapping.name: "up to 64 characters … lowercase letters, numbers, underscores (_), and hyphens (-) … can't start with a hyphen". */
const PORT_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
/** Tag: at most 50 per resource, key 1–128 characters, value 0–256, and the `aws:` prefix is reserved. */
const MAX_TAGS = 50;
const PORT = { min: 1, max: 65535 };
const PORT_RANGE = /^(\d+)-(\d+)$/;
/** Runs the range and size rules over a task definition. */
function checkLimits(task) {
    const ephemeral = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(task.root, 'ephemeralStorage');
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(ephemeral, 'sizeInGiB'), 'ephemeralStorage.sizeInGiB', EPHEMERAL_STORAGE, 'taskdef/ephemeral-storage', task.findings, 'ECS API reference, EphemeralStorage');
    for (const container of task.containers) {
        checkHealthCheck(task, container);
        checkPorts(task, container);
        checkMemory(task, container);
        checkUlimits(task, container);
        checkTimeouts(task, container);
        checkRestartPolicy(task, container);
    }
    checkTaskTotals(task);
    checkTags(task);
}
function checkHealthCheck(task, container) {
    const healthCheck = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'healthCheck');
    if (healthCheck?.kind !== 'object')
        return;
    for (const [field, range] of HEALTH_CHECK_RANGES) {
        (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(healthCheck, field), (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'healthCheck', field), range, 'taskdef/health-check', task.findings, HEALTH_CHECK_API);
    }
    const command = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(healthCheck, 'command');
    const first = command?.kind === 'array' ? command.items[0] : undefined;
    if (command?.kind === 'array' && !(first?.kind === 'string' && ['CMD', 'CMD-SHELL', 'NONE'].includes(first.value))) {
        task.findings.error('taskdef/health-check', first?.position ?? command.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'healthCheck', 'command')} must start with "CMD" or "CMD-SHELL" (${HEALTH_CHECK_API}); ` +
            `it starts with ${first === undefined ? 'nothing' : (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(first)}`, 'write ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] or ["CMD", "/bin/check", "arg"]');
    }
}
function checkPorts(task, container) {
    const ranges = [];
    const mappings = (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(container.node, 'portMappings');
    mappings.forEach((mapping, index) => {
        const path = (field) => (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'portMappings', index, field);
        (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'containerPort'), path('containerPort'), PORT, 'taskdef/port-range', task.findings, 'ECS API reference, PortMapping: a TCP or UDP port');
        // hostPort 0 asks for a dynamic host port (PortMapping.hostPort).
        (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'hostPort'), path('hostPort'), { min: 0, max: 65535 }, 'taskdef/port-range', task.findings, 'ECS API reference, PortMapping: 0 for a dynamic port, else a TCP or UDP port');
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'name');
        if (name?.kind === 'string' && !PORT_NAME.test(name.value)) {
            task.findings.error('taskdef/port-name', name.position, `${path('name')} ${(0,_findings__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .A0)(name.value)} is not a port mapping name: up to 64 lowercase letters, ` +
                'digits, "_" and "-", not starting with "-" (ECS API reference, PortMapping.name)', `write it as ${JSON.stringify(suggestPortName(name.value))}`);
        }
        const range = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'containerPortRange');
        if (range?.kind !== 'string')
            return;
        const parsed = checkPortRange(task, range, path('containerPortRange'));
        if (parsed !== undefined)
            ranges.push({ ...parsed, path: path('containerPortRange'), node: range });
        const hostPort = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'hostPort');
        if (hostPort !== undefined) {
            task.findings.error('taskdef/port-range', hostPort.position, `${path('hostPort')} is set beside containerPortRange; with a range the host ports are chosen by ECS ` +
                '("If you specify a containerPortRange, leave this field empty", ECS API reference, PortMapping.hostPort)', 'remove "hostPort"');
        }
        if (task.networkMode !== undefined && !['bridge', 'awsvpc'].includes(task.networkMode)) {
            task.findings.error('taskdef/port-range', range.position, `${path('containerPortRange')} needs networkMode "bridge" or "awsvpc"; this task's is "${task.networkMode}" ` +
                '(ECS API reference, PortMapping.containerPortRange)', 'map single ports with containerPort, or use networkMode "awsvpc"');
        }
        if ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(mapping, 'containerPort') !== undefined) {
            // The reference describes the two as alternatives but does not say RegisterTaskDefinition refuses both.
            task.findings.warning('taskdef/port-range', range.position, `${path('containerPortRange')} is set beside containerPort; the ECS API reference describes them as ` +
                'alternatives (containerPort for one port, containerPortRange for a range), so one of them is likely unused', 'keep containerPort for one port, or containerPortRange for a range, in separate port mappings');
        }
    });
    checkRangeOverlaps(task, container, ranges);
}
/** A `first-last` range of ports, or an error naming what is wrong with it. */
function checkPortRange(task, range, path) {
    const match = PORT_RANGE.exec(range.value.trim());
    const first = Number(match?.[1]);
    const last = Number(match?.[2]);
    const problem = match === null
        ? 'is not of the form "first-last"'
        : first < 1 || last > 65535
            ? 'goes beyond the ports 1 to 65535'
            : first >= last
                ? 'does not have its first port below its last'
                : undefined;
    if (problem === undefined)
        return { first, last };
    task.findings.error('taskdef/port-range', range.position, `${path} ${(0,_findings__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .A0)(range.value)} ${problem} (ECS API reference, PortMapping.containerPortRange)`, 'write the range as "8000-8010": ports from 1 to 65535, the first below the last');
    return undefined;
}
/** "A port can only be included in one port mapping per container. You cannot specify overlapping port ranges." */
function checkRangeOverlaps(task, container, ranges) {
    const source = 'ECS API reference, PortMapping.containerPortRange';
    const [, beyond] = [ranges.slice(0, MAX_PORT_RANGES), ranges[MAX_PORT_RANGES]];
    if (beyond !== undefined) {
        task.findings.error('taskdef/port-range', beyond.node.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'portMappings')} has ${ranges.length} port ranges; a container has at most ` +
            `${MAX_PORT_RANGES} (${source})`, 'merge neighbouring ranges into one');
    }
    ranges.forEach((range, index) => {
        const single = container.containerPorts.find((port) => port >= range.first && port <= range.last);
        const earlier = ranges.slice(0, index).find((other) => other.first <= range.last && range.first <= other.last);
        if (earlier === undefined && single === undefined)
            return;
        task.findings.error('taskdef/port-range', range.node.position, `${range.path} ${range.first}-${range.last} overlaps ` +
            (earlier !== undefined ? `${earlier.path} ${earlier.first}-${earlier.last}` : `containerPort ${single}`) +
            `; a port is in one port mapping of a container (${source})`, 'make the ranges and ports of a container disjoint');
    });
}
/** A port mapping name made valid: lowercase, other characters as "-", no leading "-", 64 characters. */
function suggestPortName(name) {
    const cleaned = name
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+/, '')
        .slice(0, 64);
    return cleaned === '' ? 'http' : cleaned;
}
function checkMemory(task, container) {
    const source = 'ECS API reference, ContainerDefinition.memory: Docker 20.10 reserves 6 MiB per container';
    const memory = (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'memory'), (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'memory'), { min: MIN_CONTAINER_MEMORY, unit: 'MiB' }, 'taskdef/memory-size', task.findings, source);
    const reservationNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'memoryReservation');
    const reservation = (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)(reservationNode, (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'memoryReservation'), { min: MIN_CONTAINER_MEMORY, unit: 'MiB' }, 'taskdef/memory-size', task.findings, source);
    if (memory !== undefined && reservation !== undefined && reservation > memory && reservationNode !== undefined) {
        task.findings.error('taskdef/memory-size', reservationNode.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'memoryReservation')} is ${reservation} MiB, above the container's memory of ` +
            `${memory} MiB; the soft limit must be below the hard limit (ECS API reference, ContainerDefinition.memoryReservation)`, `lower memoryReservation below ${memory}, or raise memory`);
    }
    const taskMemory = taskSize(task, 'memory', _fargate__WEBPACK_IMPORTED_MODULE_0__/* .parseMemoryMiB */ .lk);
    const memoryNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'memory');
    if (taskMemory !== undefined && memory !== undefined && memory > taskMemory.value && memoryNode !== undefined) {
        task.findings.error('taskdef/memory-size', memoryNode.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'memory')} is ${memory} MiB, more than the task's memory of ${taskMemory.value} MiB ` +
            `(line ${taskMemory.position.line}); a container cannot exceed its task (ECS API reference, ContainerDefinition.memory)`, `lower the container's memory to ${taskMemory.value} or less, or raise the task's memory`);
    }
}
/** Containers' reserved memory and cpu against the task-level values (ContainerDefinition.memory and .cpu). */
function checkTaskTotals(task) {
    const totals = [
        {
            field: 'memory',
            unit: 'MiB',
            size: taskSize(task, 'memory', _fargate__WEBPACK_IMPORTED_MODULE_0__/* .parseMemoryMiB */ .lk),
            of: (container) => numberMember(container, 'memoryReservation') ?? numberMember(container, 'memory'),
            rule: 'taskdef/memory-size',
            what: 'memory reserved by all containers (containerDefinitions[].memoryReservation, else .memory)',
        },
        {
            field: 'cpu',
            unit: 'CPU units',
            size: taskSize(task, 'cpu', _fargate__WEBPACK_IMPORTED_MODULE_0__/* .parseCpuUnits */ .TT),
            of: (container) => numberMember(container, 'cpu'),
            rule: 'taskdef/container-cpu',
            what: 'cpu of all containers (containerDefinitions[].cpu)',
        },
    ];
    for (const { field, unit, size, of, rule, what } of totals) {
        if (size === undefined)
            continue;
        const sum = task.containers.reduce((total, container) => total + (of(container) ?? 0), 0);
        // One container over the task's size on its own is reported at that container.
        if (sum <= size.value ||
            (field === 'memory' && task.containers.some((container) => (numberMember(container, 'memory') ?? 0) > size.value)))
            continue;
        task.findings.error(rule, size.position, `the ${what} is ${sum} ${unit}, more than the task's ${field} of ${size.value} ${unit} ` +
            `(ECS API reference, ContainerDefinition.${field}: the containers' total must fit in the task)`, `raise the task's ${field} to at least ${sum}, or lower the containers' values`);
    }
}
function checkUlimits(task, container) {
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(container.node, 'ulimits').forEach((ulimit, index) => {
        const soft = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(ulimit, 'softLimit');
        const hard = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(ulimit, 'hardLimit');
        for (const [field, node] of [
            ['softLimit', soft],
            ['hardLimit', hard],
        ]) {
            (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)(node, (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'ulimits', index, field), { min: 0 }, 'taskdef/ulimit', task.findings, 'ECS API reference, Ulimit');
        }
        if (soft?.kind === 'number' && hard?.kind === 'number' && soft.value > hard.value) {
            task.findings.error('taskdef/ulimit', soft.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'ulimits', index)} has softLimit ${soft.value} above hardLimit ${hard.value}; ` +
                'Docker refuses to start the container ("soft limit must be less than or equal to hard limit")', `set softLimit to ${hard.value} or less`);
        }
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(ulimit, 'name');
        if (task.fargate !== undefined && name?.kind === 'string' && name.value !== 'nofile') {
            task.findings.warning('taskdef/ulimit', name.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'ulimits', index)} sets ${(0,_findings__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .A0)(name.value)}; on Fargate only the nofile limit can be ` +
                'changed (Fargate task definition considerations), others keep the operating system default', 'remove the ulimit, or run the task on EC2');
        }
    });
}
function checkTimeouts(task, container) {
    for (const field of ['stopTimeout', 'startTimeout']) {
        (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, field), (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, field), task.fargate !== undefined ? FARGATE_TIMEOUT : { min: 0, unit: 'seconds' }, field === 'stopTimeout' ? 'taskdef/stop-timeout' : 'taskdef/start-timeout', task.findings, `ECS API reference, ContainerDefinition.${field}`);
    }
}
function checkRestartPolicy(task, container) {
    const policy = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'restartPolicy');
    const source = 'ECS API reference, ContainerRestartPolicy';
    const codes = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(policy, 'ignoredExitCodes');
    if (codes?.kind === 'array' && codes.items.length > MAX_IGNORED_EXIT_CODES) {
        task.findings.error('taskdef/restart-policy', codes.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'restartPolicy', 'ignoredExitCodes')} lists ${codes.items.length} exit codes; ` +
            `at most ${MAX_IGNORED_EXIT_CODES} can be ignored (${source})`, `keep ${MAX_IGNORED_EXIT_CODES} exit codes or fewer`);
    }
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .checkWholeNumber */ .BV)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(policy, 'restartAttemptPeriod'), (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'restartPolicy', 'restartAttemptPeriod'), RESTART_ATTEMPT_PERIOD, 'taskdef/restart-policy', task.findings, source);
}
function checkTags(task) {
    const tags = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(task.root, 'tags');
    if (tags?.kind !== 'array')
        return;
    const source = 'ECS API reference, Tag';
    if (tags.items.length > MAX_TAGS) {
        task.findings.error('taskdef/tags', tags.position, `tags has ${tags.items.length} tags; a resource has at most ${MAX_TAGS} (${source})`, `keep ${MAX_TAGS} tags or fewer`);
    }
    const keys = new Map();
    tags.items.forEach((tag, index) => {
        const key = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(tag, 'key');
        const value = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(tag, 'value');
        if (key?.kind === 'string') {
            const first = keys.get(key.value);
            const problem = key.value.length === 0 || key.value.length > 128
                ? `is ${key.value.length} characters long; a key has 1 to 128`
                : /^aws:/i.test(key.value)
                    ? 'starts with "aws:", which AWS reserves for its own tags'
                    : first !== undefined
                        ? `is also the key of the tag at line ${first.line}; each tag key is unique`
                        : undefined;
            if (first === undefined)
                keys.set(key.value, key.position);
            if (problem !== undefined) {
                task.findings.error('taskdef/tags', key.position, `tags[${index}].key ${(0,_findings__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .A0)(key.value)} ${problem} (${source})`, 'use a unique key of 1 to 128 characters that does not start with "aws:"');
            }
        }
        if (value?.kind !== 'string')
            return;
        const problem = value.value.length > 256
            ? `is ${value.value.length} characters long; a value has at most 256`
            : /^aws:/i.test(value.value)
                ? 'starts with "aws:", which AWS reserves for keys and values of its own'
                : undefined;
        if (problem === undefined)
            return;
        task.findings.error('taskdef/tags', value.position, `tags[${index}].value ${problem} (${source})`, 'use a value of at most 256 characters that does not start with "aws:"');
    });
}
function numberMember(container, key) {
    const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, key);
    return node?.kind === 'number' ? node.value : undefined;
}
/** A task-level cpu or memory that parses, with where it is written. */
function taskSize(task, key, parse) {
    const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(task.root, key);
    if (node?.kind !== 'string' && node?.kind !== 'number')
        return undefined;
    const value = parse(node.value);
    return value === undefined ? undefined : { value, position: node.position };
}
const C0 = _rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .FIRST_CONTAINER */ .de;
const check = (fields) => ({ healthCheck: { command: ['CMD-SHELL', 'true'], ...fields } });
/** The rules of this file, one per field, with their sources and examples. */
const LIMIT_RULES = [
    ...HEALTH_CHECK_RANGES.map(([field, { min, max, unit }]) => ({
        id: 'taskdef/health-check',
        dataType: 'HealthCheck',
        field,
        rule: `a whole number from ${min} to ${max}${unit ? ` ${unit}` : ''}`,
        source: `${HEALTH_CHECK_API}.${field}`,
        path: `${C0}.healthCheck.${field}`,
        refuses: { container: check({ [field]: field === 'retries' || field === 'interval' ? min - 1 : (max ?? 0) + 1 }) },
        accepts: { container: check({ [field]: field === 'retries' || field === 'interval' ? min : (max ?? 0) }) },
    })),
    {
        id: 'taskdef/health-check',
        dataType: 'HealthCheck',
        field: 'command',
        rule: 'starts with "CMD" or "CMD-SHELL" ("NONE" turns the image\'s check off)',
        source: `${HEALTH_CHECK_API}.command`,
        path: `${C0}.healthCheck.command`,
        refuses: { container: { healthCheck: { command: ['curl -f http://localhost/'] } } },
        accepts: { container: { healthCheck: { command: ['CMD', 'curl', '-f', 'http://localhost/'] } } },
    },
    {
        id: 'taskdef/ephemeral-storage',
        dataType: 'EphemeralStorage',
        field: 'sizeInGiB',
        rule: `a whole number from ${EPHEMERAL_STORAGE.min} to ${EPHEMERAL_STORAGE.max} GiB`,
        source: 'ECS API reference, EphemeralStorage.sizeInGiB',
        path: 'ephemeralStorage.sizeInGiB',
        refuses: { task: { ephemeralStorage: { sizeInGiB: (EPHEMERAL_STORAGE.max ?? 0) + 1 } } },
        accepts: { task: { ephemeralStorage: { sizeInGiB: EPHEMERAL_STORAGE.max ?? 0 } } },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'containerPort',
        rule: 'a port from 1 to 65535',
        source: 'ECS API reference, PortMapping.containerPort',
        path: `${C0}.portMappings[0].containerPort`,
        refuses: { container: { portMappings: [{ containerPort: 65536 }] } },
        accepts: { container: { portMappings: [{ containerPort: 65535 }] } },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'hostPort',
        rule: '0 (a dynamic port) or a port up to 65535',
        source: 'ECS API reference, PortMapping.hostPort',
        path: `${C0}.portMappings[0].hostPort`,
        refuses: {
            task: { networkMode: 'bridge', requiresCompatibilities: ['EC2'] },
            container: { portMappings: [{ containerPort: 80, hostPort: -1 }] },
        },
        accepts: {
            task: { networkMode: 'bridge', requiresCompatibilities: ['EC2'] },
            container: { portMappings: [{ containerPort: 80, hostPort: 0 }] },
        },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'containerPortRange',
        rule: '"first-last" within 1–65535, the first below the last',
        source: 'ECS API reference, PortMapping.containerPortRange',
        path: `${C0}.portMappings[0].containerPortRange`,
        refuses: { container: { portMappings: [{ containerPortRange: '9000-9000' }] } },
        accepts: { container: { portMappings: [{ containerPortRange: '9000-9001' }] } },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'containerPortRange + hostPort',
        rule: 'no hostPort beside a containerPortRange (ECS picks the host ports)',
        source: 'ECS API reference, PortMapping.hostPort',
        path: `${C0}.portMappings[0].hostPort`,
        refuses: { container: { portMappings: [{ containerPortRange: '9000-9010', hostPort: 9000 }] } },
        accepts: { container: { portMappings: [{ containerPortRange: '9000-9010' }] } },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'containerPortRange + networkMode',
        rule: 'only with networkMode "bridge" or "awsvpc"',
        source: 'ECS API reference, PortMapping.containerPortRange',
        path: `${C0}.portMappings[0].containerPortRange`,
        refuses: {
            task: { networkMode: 'host', requiresCompatibilities: ['EC2'] },
            container: { portMappings: [{ containerPortRange: '9000-9010' }] },
        },
        accepts: {
            task: { networkMode: 'bridge', requiresCompatibilities: ['EC2'] },
            container: { portMappings: [{ containerPortRange: '9000-9010' }] },
        },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'containerPortRange (count)',
        rule: `at most ${MAX_PORT_RANGES} port ranges per container`,
        source: 'ECS API reference, PortMapping.containerPortRange',
        path: `${C0}.portMappings`,
        refuses: { container: { portMappings: portRanges(MAX_PORT_RANGES + 1) } },
        accepts: { container: { portMappings: portRanges(MAX_PORT_RANGES) } },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'containerPortRange (overlap)',
        rule: 'a port is in one port mapping of a container: no overlapping ranges',
        source: 'ECS API reference, PortMapping.containerPortRange',
        path: `${C0}.portMappings[1].containerPortRange`,
        refuses: {
            container: { portMappings: [{ containerPortRange: '9000-9010' }, { containerPortRange: '9010-9020' }] },
        },
        accepts: {
            container: { portMappings: [{ containerPortRange: '9000-9010' }, { containerPortRange: '9011-9020' }] },
        },
    },
    {
        id: 'taskdef/port-range',
        dataType: 'PortMapping',
        field: 'containerPortRange + containerPort',
        rule: 'one or the other in a mapping (warning: the reference calls them alternatives, not exclusive)',
        source: 'ECS API reference, PortMapping (alternatives); reports only',
        path: `${C0}.portMappings[0].containerPortRange`,
        severity: 'warning',
        refuses: { container: { portMappings: [{ containerPort: 80, containerPortRange: '9000-9010' }] } },
        accepts: { container: { portMappings: [{ containerPort: 80 }, { containerPortRange: '9000-9010' }] } },
    },
    {
        id: 'taskdef/port-name',
        dataType: 'PortMapping',
        field: 'name',
        rule: 'up to 64 lowercase letters, digits, "_" and "-", not starting with "-"',
        source: 'ECS API reference, PortMapping.name',
        path: `${C0}.portMappings[0].name`,
        refuses: { container: { portMappings: [{ containerPort: 80, name: 'a'.repeat(65) }] } },
        accepts: { container: { portMappings: [{ containerPort: 80, name: 'a'.repeat(64) }] } },
    },
    {
        id: 'taskdef/memory-size',
        dataType: 'ContainerDefinition',
        field: 'memory',
        rule: `at least ${MIN_CONTAINER_MEMORY} MiB (Docker 20.10 reserves 6 MiB)`,
        source: 'ECS API reference, ContainerDefinition.memory',
        path: `${C0}.memory`,
        refuses: { container: { memory: MIN_CONTAINER_MEMORY - 1 } },
        accepts: { container: { memory: MIN_CONTAINER_MEMORY } },
    },
    {
        id: 'taskdef/memory-size',
        dataType: 'ContainerDefinition',
        field: 'memoryReservation',
        rule: `at least ${MIN_CONTAINER_MEMORY} MiB, and not above memory`,
        source: 'ECS API reference, ContainerDefinition.memoryReservation',
        path: `${C0}.memoryReservation`,
        refuses: { container: { memory: 256, memoryReservation: 257 } },
        accepts: { container: { memory: 256, memoryReservation: 256 } },
    },
    {
        id: 'taskdef/memory-size',
        dataType: 'ContainerDefinition',
        field: 'memory + task memory',
        rule: "a container's memory within the task's memory, and all containers' reservations within it together",
        source: 'ECS API reference, ContainerDefinition.memory',
        path: `${C0}.memory`,
        refuses: { container: { memory: 513 } },
        accepts: { container: { memory: 512 } },
    },
    {
        id: 'taskdef/container-cpu',
        dataType: 'ContainerDefinition',
        field: 'cpu + task cpu',
        rule: "all containers' cpu together within the task's cpu",
        source: 'ECS API reference, ContainerDefinition.cpu',
        path: 'containerDefinitions[].cpu',
        refuses: { container: { cpu: 200 }, more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .sidecars */ .Ri)(1, { cpu: 57 }) },
        accepts: { container: { cpu: 200 }, more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_3__/* .sidecars */ .Ri)(1, { cpu: 56 }) },
    },
    {
        id: 'taskdef/ulimit',
        dataType: 'Ulimit',
        field: 'softLimit + hardLimit',
        rule: 'whole numbers from 0, the soft limit not above the hard one',
        source: 'ECS API reference, Ulimit; Docker refuses to start the container',
        path: `${C0}.ulimits[0]`,
        refuses: { container: { ulimits: [{ name: 'nofile', softLimit: 4097, hardLimit: 4096 }] } },
        accepts: { container: { ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 4096 }] } },
    },
    {
        id: 'taskdef/ulimit',
        dataType: 'Ulimit',
        field: 'name',
        rule: 'on Fargate only nofile changes (warning: others are kept at the default, not refused)',
        source: 'ECS API reference, ContainerDefinition.ulimits',
        path: `${C0}.ulimits[0]`,
        severity: 'warning',
        refuses: { container: { ulimits: [{ name: 'nproc', softLimit: 1024, hardLimit: 1024 }] } },
        accepts: { container: { ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 1024 }] } },
    },
    ...['stopTimeout', 'startTimeout'].map((field) => ({
        id: field === 'stopTimeout' ? 'taskdef/stop-timeout' : 'taskdef/start-timeout',
        dataType: 'ContainerDefinition',
        field,
        rule: `${FARGATE_TIMEOUT.min}–${FARGATE_TIMEOUT.max} seconds on Fargate, 0 or more elsewhere`,
        source: `ECS API reference, ContainerDefinition.${field}`,
        path: `${C0}.${field}`,
        refuses: { container: { [field]: (FARGATE_TIMEOUT.max ?? 0) + 1 } },
        accepts: { container: { [field]: FARGATE_TIMEOUT.min } },
    })),
    {
        id: 'taskdef/restart-policy',
        dataType: 'ContainerRestartPolicy',
        field: 'ignoredExitCodes',
        rule: `at most ${MAX_IGNORED_EXIT_CODES} exit codes`,
        source: 'ECS API reference, ContainerRestartPolicy.ignoredExitCodes',
        path: `${C0}.restartPolicy.ignoredExitCodes`,
        refuses: {
            container: { restartPolicy: { enabled: true, ignoredExitCodes: exitCodes(MAX_IGNORED_EXIT_CODES + 1) } },
        },
        accepts: { container: { restartPolicy: { enabled: true, ignoredExitCodes: exitCodes(MAX_IGNORED_EXIT_CODES) } } },
    },
    {
        id: 'taskdef/restart-policy',
        dataType: 'ContainerRestartPolicy',
        field: 'restartAttemptPeriod',
        rule: `a whole number from ${RESTART_ATTEMPT_PERIOD.min} to ${RESTART_ATTEMPT_PERIOD.max} seconds`,
        source: 'ECS API reference, ContainerRestartPolicy.restartAttemptPeriod',
        path: `${C0}.restartPolicy.restartAttemptPeriod`,
        refuses: { container: { restartPolicy: { enabled: true, restartAttemptPeriod: RESTART_ATTEMPT_PERIOD.min - 1 } } },
        accepts: { container: { restartPolicy: { enabled: true, restartAttemptPeriod: RESTART_ATTEMPT_PERIOD.min } } },
    },
    {
        id: 'taskdef/tags',
        dataType: 'RegisterTaskDefinition',
        field: 'tags',
        rule: `at most ${MAX_TAGS} tags; unique keys of 1–128 characters, values of at most 256; no "aws:" prefix on either`,
        source: 'ECS API reference, RegisterTaskDefinition.tags and Tag',
        path: 'tags[0].value',
        refuses: { task: { tags: [{ key: 'team', value: 'v'.repeat(257) }] } },
        accepts: { task: { tags: [{ key: 'team', value: 'v'.repeat(256) }] } },
    },
    {
        id: 'taskdef/tags',
        dataType: 'RegisterTaskDefinition',
        field: 'tags (count)',
        rule: `at most ${MAX_TAGS} tags`,
        source: 'ECS API reference, RegisterTaskDefinition.tags',
        path: 'tags',
        refuses: { task: { tags: tagList(MAX_TAGS + 1) } },
        accepts: { task: { tags: tagList(MAX_TAGS) } },
    },
];
function portRanges(count) {
    return Array.from({ length: count }, (_, index) => ({
        containerPortRange: `${10000 + index * 2}-${10001 + index * 2}`,
    }));
}
function exitCodes(count) {
    return Array.from({ length: count }, (_, index) => index + 1);
}
function tagList(count) {
    return Array.from({ length: count }, (_, index) => ({ key: `tag-${index}`, value: 'x' }));
}


/***/ }),

/***/ 2593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ LOGGING_RULES),
/* harmony export */   o: () => (/* binding */ checkLogging)
/* harmony export */ });
/* harmony import */ var _suggest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2969);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6747);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4583);
/* harmony import */ var _task_context__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2574);
/**
 * Log configuration: the awslogs driver's options (ECS Developer Guide, "Using the awslogs log driver"), FireLens
 * (a task that routes logs through awsfirelens needs a log router container), and secretOptions.
 */





const AWSLOGS_SOURCE = 'ECS Developer Guide, awslogs log driver options';
const AWSLOGS_OPTIONS = [
    'awslogs-group',
    'awslogs-region',
    'awslogs-stream-prefix',
    'awslogs-create-group',
    'awslogs-datetime-format',
    'awslogs-multiline-pattern',
    'mode',
    'max-buffer-size',
    'awslogs-endpoint',
    'awslogs-credentials-endpoint',
    'awslogs-format',
    'awslogs-create-stream',
    'awslogs-stream',
    'awslogs-force-flush-interval-seconds',
    'awslogs-max-buffered-events',
    'tag',
];
/**
 * awslogs-create-group: ECS refuses any other value ("awslogs-create-group should only be set to 'true', else omit
 * option", reported from RegisterTaskDefinition), although Docker's driver would read "false" or "1".
 */
const CREATE_GROUP = ['true'];
const MODES = ['blocking', 'non-blocking'];
/** Runs the log configuration rules over a task definition. */
function checkLogging(task) {
    const routers = task.containers.filter((container) => (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'firelensConfiguration') !== undefined);
    for (const container of task.containers) {
        const configuration = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'logConfiguration');
        const driver = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .stringMemberOf */ .pd)(configuration, 'logDriver');
        if (driver === 'awslogs')
            checkAwslogs(task, container);
        const driverNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(configuration, 'logDriver');
        if (driver === 'awsfirelens' && routers.length === 0 && driverNode !== undefined) {
            task.findings.error('taskdef/firelens', driverNode.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(container)} logs with "awsfirelens", but no container of the task has a firelensConfiguration; ` +
                'ECS needs the log router container (ECS Developer Guide, custom log routing with FireLens)', 'add a log router container with "firelensConfiguration": {"type": "fluentbit"} (the AWS for Fluent Bit image)');
        }
        (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(configuration, 'secretOptions').forEach((option, index) => {
            for (const key of ['name', 'valueFrom']) {
                const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(option, key);
                if (node?.kind !== 'string' || node.value.trim() !== '')
                    continue;
                task.findings.error('taskdef/secret-options', node.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'logConfiguration', 'secretOptions', index, key)} is empty; a secret option has a ` +
                    'name and the ARN (or SSM parameter name) it comes from (ECS API reference, Secret)', key === 'name' ? 'write the log driver option it sets' : 'write the Secrets Manager ARN or the SSM parameter');
            }
        });
    }
    const [, secondRouter] = routers;
    if (secondRouter !== undefined) {
        const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(secondRouter.node, 'firelensConfiguration') ?? secondRouter.node;
        task.findings.error('taskdef/firelens', node.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(secondRouter)} has a firelensConfiguration, and so does ${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(routers[0])}; ` +
            'a task has one log router (ECS Developer Guide, FireLens)', 'keep the firelensConfiguration on one container');
    }
}
function checkAwslogs(task, container) {
    const configuration = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(container.node, 'logConfiguration');
    const options = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(configuration, 'options');
    const path = (key) => (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'logConfiguration', 'options', key);
    const at = options ?? (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .memberOf */ .C5)(configuration, 'logDriver') ?? container.node;
    const required = [
        'awslogs-group',
        'awslogs-region',
        ...(task.fargate !== undefined ? ['awslogs-stream-prefix'] : []),
    ];
    const missing = required.filter((key) => options?.kind !== 'object' || (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(options, key) === undefined);
    if (missing.length > 0 && (options === undefined || options.kind === 'object')) {
        task.findings.error('taskdef/awslogs-options', at.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(container)} logs with awslogs without ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(missing.map((key) => `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(key)}`), 'and')} in its ` +
            `options (${AWSLOGS_SOURCE}: required${task.fargate !== undefined ? '; the stream prefix is required on Fargate' : ''})`, `add ${missing.map((key) => `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(key)}: ${key === 'awslogs-group' ? '"/ecs/<service>"' : key === 'awslogs-region' ? '"<region>"' : '"<service>"'}`).join(', ')} to logConfiguration.options`);
    }
    if (options?.kind !== 'object')
        return;
    for (const entry of options.entries) {
        const value = entry.value.kind === 'string' ? entry.value.value : undefined;
        if (!AWSLOGS_OPTIONS.includes(entry.key)) {
            const closest = (0,_suggest__WEBPACK_IMPORTED_MODULE_4__/* .closestMatch */ .h)(entry.key, AWSLOGS_OPTIONS);
            task.findings.warning('taskdef/awslogs-options', entry.keyPosition, `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(entry.key)} is not an awslogs option${closest !== undefined ? `; did you mean ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(closest)}?` : ''} (${AWSLOGS_SOURCE}); ` +
                'ECS passes options to Docker unchecked, and Docker refuses to start a container with an unknown log option', closest !== undefined ? `rename it to ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(closest)}` : 'remove it');
            continue;
        }
        if (value === undefined)
            continue;
        const createGroup = entry.key === 'awslogs-create-group';
        const allowed = createGroup ? CREATE_GROUP : entry.key === 'mode' ? MODES : undefined;
        if (allowed !== undefined && !allowed.includes(value)) {
            task.findings.error('taskdef/awslogs-options', entry.value.position, `${path(entry.key)} is ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value)}; it takes ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(allowed.map((word) => `"${word}"`))} (` +
                (createGroup ? `ECS refuses others: "should only be set to 'true', else omit option"` : AWSLOGS_SOURCE) +
                ')', createGroup
                ? 'write "awslogs-create-group": "true", or remove the option to use an existing log group'
                : `write "${entry.key}": "${allowed.find((word) => word === value.toLowerCase()) ?? allowed[0]}"`);
        }
        if (entry.key === 'max-buffer-size' && (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .stringMemberOf */ .pd)(options, 'mode') !== 'non-blocking') {
            task.findings.warning('taskdef/awslogs-options', entry.keyPosition, `${path('max-buffer-size')} only applies with "mode": "non-blocking" (${AWSLOGS_SOURCE})`, 'add "mode": "non-blocking", or remove max-buffer-size');
        }
    }
    if ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(options, 'awslogs-datetime-format') !== undefined &&
        (0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(options, 'awslogs-multiline-pattern') !== undefined) {
        task.findings.warning('taskdef/awslogs-options', ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(options, 'awslogs-multiline-pattern') ?? options.entries[0])?.keyPosition ?? options.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(container)} sets both awslogs-datetime-format and awslogs-multiline-pattern; the multiline ` +
            `pattern is ignored when a datetime format is set (${AWSLOGS_SOURCE})`, 'keep one of the two');
    }
}
const C0 = _rule_docs__WEBPACK_IMPORTED_MODULE_1__/* .FIRST_CONTAINER */ .de;
const awslogs = (options) => ({
    logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web', ...options },
    },
});
/** The rules of this file, with their sources and examples. */
const LOGGING_RULES = [
    {
        id: 'taskdef/awslogs-options',
        dataType: 'LogConfiguration',
        field: 'options (awslogs)',
        rule: 'awslogs-group and awslogs-region, and awslogs-stream-prefix on Fargate; mode "blocking" or "non-blocking"',
        source: `${AWSLOGS_SOURCE}; ECS API reference, LogConfiguration.options`,
        path: `${C0} ("web") logs with awslogs without "awslogs-stream-prefix"`,
        refuses: {
            container: {
                logConfiguration: {
                    logDriver: 'awslogs',
                    options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1' },
                },
            },
        },
        accepts: { container: awslogs({ mode: 'non-blocking', 'max-buffer-size': '25m' }) },
    },
    {
        id: 'taskdef/awslogs-options',
        dataType: 'LogConfiguration',
        field: 'options.awslogs-create-group',
        rule: '"true" or left out',
        source: "ECS's error (reports only): \"should only be set to 'true', else omit option\"",
        path: `${C0}.logConfiguration.options["awslogs-create-group"]`,
        refuses: { container: awslogs({ 'awslogs-create-group': 'false' }) },
        accepts: { container: awslogs({ 'awslogs-create-group': 'true' }) },
    },
    {
        id: 'taskdef/awslogs-options',
        dataType: 'LogConfiguration',
        field: 'options (names)',
        rule: 'an awslogs option name (warning: Docker refuses unknown ones when the container starts)',
        source: AWSLOGS_SOURCE,
        path: '"awslogs-stream-prefx" is not an awslogs option',
        severity: 'warning',
        refuses: {
            container: {
                logConfiguration: {
                    logDriver: 'awslogs',
                    options: {
                        'awslogs-group': '/ecs/web',
                        'awslogs-region': 'eu-west-1',
                        'awslogs-stream-prefix': 'web',
                        'awslogs-stream-prefx': 'web',
                    },
                },
            },
        },
        accepts: { container: awslogs({ 'awslogs-datetime-format': '%Y-%m-%d' }) },
    },
    {
        id: 'taskdef/firelens',
        dataType: 'FirelensConfiguration',
        field: '(the log router)',
        rule: 'one container with a firelensConfiguration when any logs with "awsfirelens", and only one',
        source: 'ECS Developer Guide, custom log routing with FireLens',
        path: `${C0} ("web") logs with "awsfirelens"`,
        refuses: { container: { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } } },
        accepts: {
            container: { logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } },
            more: [
                {
                    name: 'log-router',
                    image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
                    essential: false,
                    firelensConfiguration: { type: 'fluentbit' },
                },
            ],
        },
    },
    {
        id: 'taskdef/secret-options',
        dataType: 'Secret',
        field: 'name, valueFrom (logConfiguration.secretOptions)',
        rule: 'not empty',
        source: 'ECS API reference, Secret',
        path: `${C0}.logConfiguration.secretOptions[0].valueFrom`,
        refuses: {
            container: {
                logConfiguration: {
                    logDriver: 'splunk',
                    options: { 'splunk-url': 'https://splunk:8088' },
                    secretOptions: [{ name: 'splunk-token', valueFrom: '' }],
                },
            },
        },
        accepts: {
            container: {
                logConfiguration: {
                    logDriver: 'splunk',
                    options: { 'splunk-url': 'https://splunk:8088' },
                    secretOptions: [{ name: 'splunk-token', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/splunk' }],
                },
            },
        },
    },
];


/***/ }),

/***/ 9745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ checkPlatform),
/* harmony export */   q: () => (/* binding */ PLATFORM_RULES)
/* harmony export */ });
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _fargate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2955);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6747);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4583);
/* harmony import */ var _task_context__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2574);
/**
 * What a task on Fargate, or in the awsvpc network mode, cannot have — from the ECS Developer Guide's "task definition
 * differences for Fargate" and the ContainerDefinition reference ("not supported for ... awsvpc").
 */





const FARGATE_SOURCE = 'ECS Developer Guide, task definition differences for Fargate';
/** The log drivers Fargate offers. */
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];
/** linuxParameters members Fargate does not support. */
const FARGATE_UNSUPPORTED_LINUX = ['devices', 'sharedMemorySize', 'tmpfs', 'maxSwap', 'swappiness'];
/** Container fields the Fargate page lists as "not valid in Fargate tasks" beside those checked on their own. */
const FARGATE_UNSUPPORTED_CONTAINER = ['disableNetworking', 'dnsServers', 'dnsSearchDomains'];
/** The one capability Fargate lets a container add. */
const FARGATE_CAPABILITY = 'SYS_PTRACE';
/** Runs the Fargate and awsvpc support rules over a task definition. */
function checkPlatform(task) {
    if (task.fargate !== undefined)
        checkFargateTask(task);
    checkWindows(task);
    for (const container of task.containers) {
        if (task.fargate !== undefined)
            checkFargateContainer(task, container);
        if (task.networkMode === 'awsvpc')
            checkAwsvpcContainer(task, container);
    }
}
function unsupported(task, node, what, fix) {
    task.findings.error('taskdef/fargate-unsupported', node.position, `${what}, which Fargate does not support (${FARGATE_SOURCE}); requiresCompatibilities includes "FARGATE"`, fix);
}
function checkFargateTask(task) {
    const ipcMode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, 'ipcMode');
    if (ipcMode !== undefined)
        unsupported(task, ipcMode, 'the task sets ipcMode', 'remove "ipcMode"');
    const pidMode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, 'pidMode');
    if (pidMode?.kind === 'string' && pidMode.value === 'host') {
        unsupported(task, pidMode, 'the task sets pidMode "host"', 'remove "pidMode", or use "task" (platform version 1.4.0 and later)');
    }
    const constraints = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, 'placementConstraints');
    if (constraints?.kind === 'array' && constraints.items.length > 0) {
        unsupported(task, constraints, 'the task has placementConstraints', 'remove "placementConstraints"');
    }
    const accelerators = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, 'inferenceAccelerators');
    if (accelerators?.kind === 'array' && accelerators.items.length > 0) {
        unsupported(task, accelerators, 'the task has inferenceAccelerators', 'remove "inferenceAccelerators", or run on EC2');
    }
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(task.root, 'volumes').forEach((volume, index) => {
        const sourcePath = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(volume, 'host'), 'sourcePath');
        if (sourcePath !== undefined) {
            unsupported(task, sourcePath, `volumes[${index}].host.sourcePath is set (the host path ` +
                `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .stringMemberOf */ .pd)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(volume, 'host'), 'sourcePath') ?? '')}; HostVolumeProperties.sourcePath)`, 'remove "sourcePath" (a host volume without it is task storage), or use an EFS volume');
        }
        const docker = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(volume, 'dockerVolumeConfiguration');
        if (docker !== undefined) {
            unsupported(task, docker, `volumes[${index}] is a Docker volume (dockerVolumeConfiguration)`, 'use an EFS volume (efsVolumeConfiguration), or task storage');
        }
    });
}
function checkFargateContainer(task, container) {
    const label = (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerLabel */ .qR)(container);
    const privileged = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'privileged');
    if (privileged?.kind === 'boolean' && privileged.value) {
        unsupported(task, privileged, `${label} is privileged`, 'remove "privileged", or add the one capability it needs');
    }
    const securityOptions = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'dockerSecurityOptions');
    if (securityOptions?.kind === 'array' && securityOptions.items.length > 0) {
        unsupported(task, securityOptions, `${label} sets dockerSecurityOptions`, 'remove "dockerSecurityOptions"');
    }
    for (const key of FARGATE_UNSUPPORTED_CONTAINER) {
        const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, key);
        if (node === undefined ||
            (node.kind === 'array' && node.items.length === 0) ||
            (node.kind === 'boolean' && !node.value)) {
            continue;
        }
        unsupported(task, node, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, key)} is set`, `remove "${key}"`);
    }
    const firelensFile = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'firelensConfiguration'), 'options'), 'config-file-type');
    if (firelensFile?.kind === 'string' && firelensFile.value !== 'file') {
        unsupported(task, firelensFile, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'firelensConfiguration', 'options', 'config-file-type')} is ` +
            `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(firelensFile.value)}, a configuration Fargate cannot read (FirelensConfiguration.options: "file" only)`, 'build the configuration into the log router image and use "config-file-type": "file"');
    }
    const linux = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'linuxParameters');
    for (const key of FARGATE_UNSUPPORTED_LINUX) {
        const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(linux, key);
        if (node === undefined)
            continue;
        unsupported(task, node, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, 'linuxParameters', key)} is set`, `remove ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(key)}`);
    }
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(linux, 'capabilities'), 'add').forEach((capability) => {
        if (capability.kind !== 'string' || capability.value === FARGATE_CAPABILITY)
            return;
        unsupported(task, capability, `${label} adds the capability ${capability.value}; only ${FARGATE_CAPABILITY} can be added`, `remove ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(capability.value)} from linuxParameters.capabilities.add`);
    });
    (0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .itemsOf */ .S3)(container.node, 'resourceRequirements').forEach((requirement) => {
        const type = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(requirement, 'type');
        if (type?.kind === 'string' && type.value === 'GPU') {
            unsupported(task, type, `${label} asks for a GPU`, 'remove the GPU requirement, or run the task on EC2');
        }
    });
    const driver = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)((0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, 'logConfiguration'), 'logDriver');
    if (driver?.kind === 'string' && !FARGATE_LOG_DRIVERS.includes(driver.value)) {
        task.findings.error('taskdef/fargate-log-driver', driver.position, `${label} logs with ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(driver.value)}; Fargate offers the log drivers ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(FARGATE_LOG_DRIVERS)} (${FARGATE_SOURCE})`, 'use "awslogs" (CloudWatch Logs), or "awsfirelens" to route logs elsewhere');
    }
}
/** "not supported ... for tasks that use the awsvpc network mode" (ContainerDefinition.hostname, .extraHosts). */
function checkAwsvpcContainer(task, container) {
    for (const key of ['hostname', 'extraHosts']) {
        const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, key);
        if (node === undefined)
            continue;
        task.findings.error('taskdef/awsvpc-unsupported', node.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, key)} is set, but networkMode is "awsvpc", which does not support it ` +
            `(ECS API reference, ContainerDefinition.${key})`, key === 'hostname' ? 'remove "hostname"' : 'remove "extraHosts"; resolve the names through DNS');
    }
}
/** Container fields the ContainerDefinition reference says are "not supported for Windows containers". */
const WINDOWS_UNSUPPORTED_CONTAINER = [
    'links',
    'linuxParameters',
    'user',
    'disableNetworking',
    'privileged',
    'readonlyRootFilesystem',
    'dnsServers',
    'dnsSearchDomains',
    'extraHosts',
    'ulimits',
    'systemControls',
];
/** Task fields RegisterTaskDefinition says are "not supported for Windows containers". */
const WINDOWS_UNSUPPORTED_TASK = ['pidMode', 'ipcMode'];
/**
 * A Windows task (runtimePlatform.operatingSystemFamily WINDOWS_*): what Windows containers do not support, its
 * cpu architecture (RuntimePlatform.cpuArchitecture: ARM64 is for Linux), and on Fargate at least 1 vCPU
 * (RegisterTaskDefinition.memory: "The CPU units cannot be less than 1 vCPU when you use Windows containers on Fargate").
 */
function checkWindows(task) {
    const platform = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, 'runtimePlatform');
    const family = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .stringMemberOf */ .pd)(platform, 'operatingSystemFamily');
    if (family === undefined || !family.startsWith('WINDOWS'))
        return;
    const report = (node, what, fix) => task.findings.error('taskdef/windows-unsupported', node.position, `${what}, which Windows containers do not support (ECS API reference); runtimePlatform.operatingSystemFamily is "${family}"`, fix);
    for (const key of WINDOWS_UNSUPPORTED_TASK) {
        const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, key);
        if (node !== undefined)
            report(node, `${key} is set`, `remove "${key}"`);
    }
    const networkMode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, 'networkMode');
    if (networkMode?.kind === 'string' && networkMode.value !== 'awsvpc') {
        report(networkMode, `networkMode is "${networkMode.value}"`, 'remove "networkMode" (the default), or use "awsvpc" (RegisterTaskDefinition.networkMode: "<default> or awsvpc")');
    }
    const architecture = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(platform, 'cpuArchitecture');
    if (architecture?.kind === 'string' && architecture.value === 'ARM64') {
        report(architecture, 'runtimePlatform.cpuArchitecture is "ARM64"', 'use "X86_64" (ARM64 runs Linux tasks only)');
    }
    const cpu = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(task.root, 'cpu');
    const units = cpu?.kind === 'string' || cpu?.kind === 'number' ? (0,_fargate__WEBPACK_IMPORTED_MODULE_1__/* .parseCpuUnits */ .TT)(cpu.value) : undefined;
    if (task.fargate !== undefined && cpu !== undefined && units !== undefined && units < 1024) {
        report(cpu, `cpu is ${units} CPU units, below 1 vCPU on Fargate`, 'set "cpu": "1024" or more');
    }
    for (const container of task.containers) {
        for (const key of WINDOWS_UNSUPPORTED_CONTAINER) {
            const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(container.node, key);
            if (node !== undefined)
                report(node, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_4__/* .containerPath */ .vK)(container, key)} is set`, `remove "${key}"`);
        }
    }
}
const WINDOWS = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' } };
/** The rules of this file, with their sources and examples. */
const PLATFORM_RULES = [
    {
        id: 'taskdef/fargate-unsupported',
        dataType: 'ContainerDefinition',
        field: 'privileged, dockerSecurityOptions, disableNetworking, dnsServers, dnsSearchDomains, GPUs',
        rule: 'not on Fargate',
        source: FARGATE_SOURCE,
        path: 'containerDefinitions[0].dnsServers',
        refuses: { container: { dnsServers: ['10.0.0.2'] } },
        accepts: { container: { dnsServers: [] } },
    },
    {
        id: 'taskdef/fargate-unsupported',
        dataType: 'LinuxParameters',
        field: 'devices, sharedMemorySize, tmpfs, maxSwap, swappiness, capabilities.add',
        rule: `not on Fargate; of the capabilities only ${FARGATE_CAPABILITY} can be added`,
        source: `${FARGATE_SOURCE}; ECS API reference, KernelCapabilities.add`,
        path: 'containerDefinitions[0].linuxParameters.sharedMemorySize',
        refuses: { container: { linuxParameters: { sharedMemorySize: 64 } } },
        accepts: { container: { linuxParameters: { initProcessEnabled: true } } },
    },
    {
        id: 'taskdef/fargate-unsupported',
        dataType: 'RegisterTaskDefinition',
        field: 'ipcMode, pidMode, placementConstraints, inferenceAccelerators',
        rule: 'not on Fargate (pidMode only "task")',
        source: `${FARGATE_SOURCE}; ECS API reference, RegisterTaskDefinition.pidMode`,
        path: 'pidMode',
        refuses: { task: { pidMode: 'host' } },
        accepts: { task: { pidMode: 'task' } },
    },
    {
        id: 'taskdef/fargate-unsupported',
        dataType: 'HostVolumeProperties',
        field: 'sourcePath',
        rule: 'not on Fargate (a host volume without it is task storage); no dockerVolumeConfiguration either',
        source: 'ECS API reference, HostVolumeProperties.sourcePath and DockerVolumeConfiguration',
        path: 'volumes[0].host.sourcePath',
        refuses: { task: { volumes: [{ name: 'data', host: { sourcePath: '/data' } }] } },
        accepts: { task: { volumes: [{ name: 'data', host: {} }] } },
    },
    {
        id: 'taskdef/fargate-unsupported',
        dataType: 'FirelensConfiguration',
        field: 'options.config-file-type',
        rule: 'only "file" on Fargate',
        source: 'ECS API reference, FirelensConfiguration.options',
        path: 'containerDefinitions[1].firelensConfiguration.options["config-file-type"]',
        refuses: { more: [router({ 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::bucket/fluent.conf' })] },
        accepts: { more: [router({ 'config-file-type': 'file', 'config-file-value': '/fluent.conf' })] },
    },
    {
        id: 'taskdef/fargate-log-driver',
        dataType: 'LogConfiguration',
        field: 'logDriver',
        rule: `on Fargate one of ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(FARGATE_LOG_DRIVERS)}`,
        source: 'ECS API reference, LogConfiguration.logDriver',
        path: 'containerDefinitions[0] ("web") logs with "json-file"',
        refuses: { container: { logConfiguration: { logDriver: 'json-file' } } },
        accepts: {
            container: { logConfiguration: { logDriver: 'splunk', options: { 'splunk-url': 'https://splunk:8088' } } },
        },
    },
    {
        id: 'taskdef/awsvpc-unsupported',
        dataType: 'ContainerDefinition',
        field: 'hostname, extraHosts',
        rule: 'not with networkMode "awsvpc"',
        source: 'ECS API reference, ContainerDefinition.hostname and .extraHosts',
        path: 'containerDefinitions[0].hostname',
        refuses: { container: { hostname: 'web' } },
        accepts: { task: { ..._rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .EC2_TASK */ .jY, networkMode: 'bridge' }, container: { memory: 512, hostname: 'web' } },
    },
    {
        id: 'taskdef/windows-unsupported',
        dataType: 'ContainerDefinition',
        field: WINDOWS_UNSUPPORTED_CONTAINER.join(', '),
        rule: 'not for Windows containers',
        source: 'ECS API reference, ContainerDefinition (each field)',
        path: 'containerDefinitions[0].readonlyRootFilesystem',
        refuses: { task: { ...WINDOWS, cpu: '1024', memory: '2048' }, container: { readonlyRootFilesystem: true } },
        accepts: { task: { ...WINDOWS, cpu: '1024', memory: '2048' } },
    },
    {
        id: 'taskdef/windows-unsupported',
        dataType: 'RuntimePlatform',
        field: 'operatingSystemFamily + cpu, cpuArchitecture, networkMode, pidMode, ipcMode',
        rule: 'a Windows task has no pidMode or ipcMode, the default network mode or awsvpc, runs on X86_64, and on Fargate has at least 1 vCPU',
        source: 'ECS API reference, RegisterTaskDefinition.memory and .pidMode, RuntimePlatform.cpuArchitecture',
        path: 'cpu is 512',
        refuses: { task: { ...WINDOWS, cpu: '512', memory: '2048' } },
        accepts: { task: { ...WINDOWS, cpu: '1024', memory: '2048' } },
    },
];
function router(options) {
    return {
        name: 'log-router',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
        essential: false,
        firelensConfiguration: { type: 'fluentbit', options },
    };
}


/***/ }),

/***/ 7396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkReferences),
/* harmony export */   O: () => (/* binding */ REFERENCE_RULES)
/* harmony export */ });
/* harmony import */ var _suggest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2969);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4583);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6747);
/* harmony import */ var _task_context__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2574);
/**
 * References between the parts of a task definition, as RegisterTaskDefinition resolves them: dependsOn, links,
 * volumesFrom and mountPoints name containers and volumes of the same task; at least one container is essential.
 * And the fields that must be unique: ports in one network namespace, environment and secret names, volume names.
 */





/** Runs the reference and uniqueness rules over a task definition. */
function checkReferences(task) {
    const names = task.containers.flatMap((container) => (container.name !== undefined ? [container.name] : []));
    const volumes = volumeNames(task);
    checkEssential(task);
    for (const container of task.containers) {
        checkDependsOn(task, container, names);
        checkLinks(task, container, names);
        (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(container.node, 'volumesFrom').forEach((item, index) => {
            const source = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(item, 'sourceContainer');
            if (source?.kind !== 'string' || names.includes(source.value))
                return;
            unknownName(task, source.position, (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'volumesFrom', index, 'sourceContainer'), source.value, 'container', names, 'ECS API reference, VolumeFrom: "another container within the same task definition"');
        });
        (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(container.node, 'mountPoints').forEach((item, index) => {
            const source = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(item, 'sourceVolume');
            if (source?.kind !== 'string' || volumes.has(source.value))
                return;
            unknownName(task, source.position, (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'mountPoints', index, 'sourceVolume'), source.value, 'volume', [...volumes.keys()], 'ECS API reference, MountPoint: "Must be a volume name referenced in the name parameter of task definition volume"');
        });
        checkNames(task, container);
    }
    checkUniquePorts(task);
}
/** A name that should be one of the task's containers or volumes and is not. `path` is where it is written. */
function unknownName(task, at, path, name, kind, known, source) {
    const closest = (0,_suggest__WEBPACK_IMPORTED_MODULE_4__/* .closestMatch */ .h)(name, known);
    task.findings.error(kind === 'container' ? 'taskdef/unknown-container-reference' : 'taskdef/unknown-volume', at, `${path} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name)} is not a ${kind} of this task definition (${source}); its ${kind}s are ` +
        `${known.map((name) => `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name)}`).join(', ') || 'none'}${closest !== undefined ? `; did you mean ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(closest)}?` : ''}`, kind === 'container'
        ? `name one of the task's containers${closest !== undefined ? `: ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(closest)}` : ''}`
        : `add {"name": ...} to the task's "volumes", or name one of them${closest !== undefined ? `: ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(closest)}` : ''}`);
}
/** The task's volume names and where each is first written. */
function volumeNames(task) {
    const names = new Map();
    for (const volume of (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(task.root, 'volumes')) {
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, 'name');
        if (name?.kind !== 'string')
            continue;
        const first = names.get(name.value);
        if (first === undefined) {
            names.set(name.value, name.position);
            continue;
        }
        task.findings.error('taskdef/duplicate-volume', name.position, `volume name ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)} is also used at line ${first.line}; a task's volume names are unique ` +
            '(RegisterTaskDefinition refuses duplicates; mountPoints could not tell the two apart)', 'rename one of the volumes, or merge them');
    }
    return names;
}
/** "All tasks must have at least one essential container" (ContainerDefinition.essential). */
function checkEssential(task) {
    if (task.containers.length === 0)
        return;
    // essential defaults to true.
    if (task.containers.some((container) => booleanOf((0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(container.node, 'essential')) !== false))
        return;
    const definitions = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(task.root, 'containerDefinitions');
    task.findings.error('taskdef/no-essential-container', definitions?.position ?? task.root.position, 'every container has "essential": false; ECS requires at least one essential container in a task ' +
        '(ECS API reference, ContainerDefinition.essential)', `set "essential": true on the main container${task.containers[0]?.name ? `, e.g. ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(task.containers[0].name)}` : ''}`);
}
function booleanOf(node) {
    return node?.kind === 'boolean' ? node.value : undefined;
}
/**
 * dependsOn: the container exists, is not the container itself, and its condition fits (ContainerDependency:
 * "COMPLETE ... can't be set on an essential container"; SUCCESS likewise; HEALTHY "requires that the dependent
 * container has health checks configured").
 */
function checkDependsOn(task, container, names) {
    const source = 'ECS API reference, ContainerDependency';
    (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(container.node, 'dependsOn').forEach((dependency, index) => {
        const nameNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(dependency, 'containerName');
        const condition = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .stringMemberOf */ .pd)(dependency, 'condition');
        if (nameNode?.kind !== 'string')
            return;
        const path = (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'dependsOn', index, 'containerName');
        if (!names.includes(nameNode.value)) {
            unknownName(task, nameNode.position, path, nameNode.value, 'container', names, source);
            return;
        }
        if (nameNode.value === container.name) {
            task.findings.error('taskdef/depends-on', nameNode.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(container)} depends on itself; it could never start (${source})`, 'remove this dependency');
            return;
        }
        const target = task.containers.find((candidate) => candidate.name === nameNode.value);
        if (target === undefined)
            return;
        const conditionNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(dependency, 'condition') ?? nameNode;
        const targetEssential = booleanOf((0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(target.node, 'essential')) !== false;
        if ((condition === 'COMPLETE' || condition === 'SUCCESS') && targetEssential) {
            task.findings.error('taskdef/depends-on', conditionNode.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(container)} waits for ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(nameNode.value)} to ${condition === 'SUCCESS' ? 'exit with code 0' : 'exit'}, ` +
                `but ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(nameNode.value)} is essential, and a task stops when an essential container exits; ECS refuses ` +
                `${condition} on an essential container (${source})`, `set "essential": false on ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(nameNode.value)}, or use the condition START or HEALTHY`);
        }
        if (condition === 'HEALTHY' && (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(target.node, 'healthCheck') === undefined) {
            task.findings.error('taskdef/depends-on', conditionNode.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(container)} waits for ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(nameNode.value)} to be HEALTHY, but ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(nameNode.value)} has no ` +
                `healthCheck (${source}: HEALTHY requires one)`, `add a "healthCheck" to ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(nameNode.value)}, or use the condition START`);
        }
    });
    const cycle = dependencyCycle(task, container);
    if (cycle !== undefined) {
        const memberNode = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(container.node, 'dependsOn');
        task.findings.error('taskdef/depends-on', memberNode?.position ?? container.node.position, `the containers ${cycle.map((name) => `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name)}`).join(' → ')} depend on each other in a circle; none of them could start`, 'remove one of the dependencies in the circle');
    }
}
/** The dependency circle starting at the container, reported once: at its first container in file order. */
function dependencyCycle(task, start) {
    if (start.name === undefined)
        return undefined;
    const dependencies = (name) => {
        const container = task.containers.find((candidate) => candidate.name === name);
        return container === undefined
            ? []
            : (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(container.node, 'dependsOn').flatMap((item) => {
                const target = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .stringMemberOf */ .pd)(item, 'containerName');
                return target !== undefined && target !== name ? [target] : [];
            });
    };
    const walk = (path) => {
        for (const next of dependencies(path[path.length - 1])) {
            if (next === path[0])
                return [...path, next];
            if (path.includes(next))
                continue;
            const found = walk([...path, next]);
            if (found !== undefined)
                return found;
        }
        return undefined;
    };
    const cycle = walk([start.name]);
    if (cycle === undefined)
        return undefined;
    const firstIndex = Math.min(...cycle.map((name) => task.containers.findIndex((candidate) => candidate.name === name)));
    return task.containers[firstIndex] === start ? cycle : undefined;
}
/** links: "only supported if the network mode of a task definition is bridge" (ContainerDefinition.links). */
function checkLinks(task, container, names) {
    const links = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(container.node, 'links');
    if (links?.kind !== 'array' || links.items.length === 0)
        return;
    if (task.networkMode !== undefined && task.networkMode !== 'bridge') {
        task.findings.error('taskdef/links', links.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(container)} has links, which only work with networkMode "bridge"; this task's is ` +
            `${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(task.networkMode)} (ECS API reference, ContainerDefinition.links)`, task.networkMode === 'awsvpc'
            ? 'remove "links": containers of an awsvpc task reach each other on localhost'
            : 'remove "links", or use networkMode "bridge"');
        return;
    }
    links.items.forEach((link, index) => {
        if (link.kind !== 'string')
            return;
        const name = link.value.split(':')[0] ?? '';
        if (names.includes(name) && name !== container.name)
            return;
        unknownName(task, link.position, (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'links', index), name, 'container', names.filter((candidate) => candidate !== container.name), 'ECS API reference, ContainerDefinition.links: "name:internalName"');
    });
}
/**
 * Names in environment and secrets. Published RegisterTaskDefinition errors: "Duplicate secret names found: x. Each
 * secret name must be unique."; "The secret name must be unique and not shared with any new or existing environment
 * variables set on the container"; "Environment variable name cannot be null or blank." ECS documents nothing for a
 * duplicate environment name (Docker keeps the last), so that one is a warning.
 */
function checkNames(task, container) {
    const environment = new Map();
    (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(container.node, 'environment').forEach((item, index) => {
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(item, 'name');
        const path = (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'environment', index, 'name');
        if (name?.kind !== 'string')
            return;
        if (name.value.trim() === '') {
            task.findings.error('taskdef/environment-name', name.position, `${path} is ${name.value === '' ? 'empty' : 'blank'}; ECS refuses it ("Environment variable name cannot be null or blank.")`, 'give the variable a name, or remove it');
            return;
        }
        const first = environment.get(name.value);
        if (first === undefined) {
            environment.set(name.value, name.position);
            return;
        }
        task.findings.warning('taskdef/duplicate-environment', name.position, `${path} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)} is also set at line ${first.line}; ECS does not document which value the container ` +
            'gets (Docker keeps the last)', `keep one variable named ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)}`);
    });
    const secrets = new Map();
    (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(container.node, 'secrets').forEach((item, index) => {
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(item, 'name');
        if (name?.kind !== 'string')
            return;
        const path = (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'secrets', index, 'name');
        const first = secrets.get(name.value);
        if (first !== undefined) {
            task.findings.error('taskdef/duplicate-secret', name.position, `${path} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)} is also the name of the secret at line ${first.line}; ECS refuses it ` +
                `("Duplicate secret names found: ${name.value}. Each secret name must be unique.")`, `keep one secret named ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)}`);
            return;
        }
        secrets.set(name.value, name.position);
        const variable = environment.get(name.value);
        if (variable === undefined)
            return;
        task.findings.error('taskdef/duplicate-secret', name.position, `${path} ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)} is also an environment variable (line ${variable.line}); ECS refuses it ("The secret name ` +
            'must be unique and not shared with any new or existing environment variables set on the container")', `remove ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)} from environment or from secrets`);
    });
}
/**
 * Ports that two mappings claim: within a container always; across containers where they share a network
 * namespace (awsvpc, host) by containerPort, in bridge mode by a fixed hostPort. "You cannot expose the same container
 * port for multiple protocols" (PortMapping), and a port cannot be bound twice.
 */
function checkUniquePorts(task) {
    const shared = task.networkMode === 'awsvpc' || task.networkMode === 'host';
    const seen = new Map();
    for (const container of task.containers) {
        (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(container.node, 'portMappings').forEach((mapping, index) => {
            const containerPort = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(mapping, 'containerPort');
            const hostPort = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(mapping, 'hostPort');
            const claims = [];
            if (containerPort?.kind === 'number') {
                claims.push({
                    key: shared ? `port ${containerPort.value}` : `${container.index} port ${containerPort.value}`,
                    node: containerPort,
                    what: `containerPort ${containerPort.value}`,
                });
            }
            if (!shared && hostPort?.kind === 'number' && hostPort.value !== 0) {
                claims.push({ key: `host ${hostPort.value}`, node: hostPort, what: `hostPort ${hostPort.value}` });
            }
            for (const claim of claims) {
                const first = seen.get(claim.key);
                if (first === undefined) {
                    seen.set(claim.key, { container, position: claim.node.position });
                    continue;
                }
                const where = first.container === container ? 'this container' : (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerLabel */ .qR)(first.container);
                task.findings.error('taskdef/duplicate-port', claim.node.position, `${(0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .containerPath */ .vK)(container, 'portMappings', index)} maps ${claim.what}, which ${where} already maps at line ` +
                    `${first.position.line}; a port can be bound once${shared ? ` in a task's network namespace (networkMode ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(task.networkMode)})` : ''} ` +
                    '(ECS API reference, PortMapping)', 'map each port once; a second protocol on the same port needs its own port number');
            }
        });
    }
}
const C0 = _rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .FIRST_CONTAINER */ .de;
const BRIDGE = { ..._rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .EC2_TASK */ .jY, networkMode: 'bridge' };
/** The rules of this file, with their sources and examples. */
const REFERENCE_RULES = [
    {
        id: 'taskdef/unknown-container-reference',
        dataType: 'ContainerDependency',
        field: 'containerName (and links, volumesFrom.sourceContainer)',
        rule: 'a container of the same task definition',
        source: 'ECS API reference, ContainerDependency, VolumeFrom, ContainerDefinition.links',
        path: `${C0}.dependsOn[0].containerName`,
        refuses: { container: { dependsOn: [{ containerName: 'sidecar', condition: 'START' }] }, more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .sidecars */ .Ri)(1) },
        accepts: { container: { dependsOn: [{ containerName: 'sidecar-1', condition: 'START' }] }, more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .sidecars */ .Ri)(1) },
    },
    {
        id: 'taskdef/depends-on',
        dataType: 'ContainerDependency',
        field: 'condition',
        rule: 'not on itself or in a circle; COMPLETE and SUCCESS only of a non-essential container; HEALTHY only of one with a healthCheck',
        source: 'ECS API reference, ContainerDependency.condition',
        path: `${C0} ("web") waits for "sidecar-1" to be HEALTHY`,
        refuses: { container: { dependsOn: [{ containerName: 'sidecar-1', condition: 'HEALTHY' }] }, more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .sidecars */ .Ri)(1) },
        accepts: {
            container: { dependsOn: [{ containerName: 'sidecar-1', condition: 'HEALTHY' }] },
            more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .sidecars */ .Ri)(1, { healthCheck: { command: ['CMD-SHELL', 'true'] } }),
        },
    },
    {
        id: 'taskdef/unknown-volume',
        dataType: 'MountPoint',
        field: 'sourceVolume',
        rule: 'a volume of the task definition',
        source: 'ECS API reference, MountPoint.sourceVolume',
        path: `${C0}.mountPoints[0].sourceVolume`,
        refuses: { container: { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] } },
        accepts: {
            task: { volumes: [{ name: 'data' }] },
            container: { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] },
        },
    },
    {
        id: 'taskdef/links',
        dataType: 'ContainerDefinition',
        field: 'links',
        rule: 'only with networkMode "bridge"',
        source: 'ECS API reference, ContainerDefinition.links',
        path: `${C0} ("web") has links`,
        refuses: { container: { links: ['sidecar-1'] }, more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .sidecars */ .Ri)(1) },
        accepts: { task: BRIDGE, container: { memory: 256, links: ['sidecar-1'] }, more: (0,_rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .sidecars */ .Ri)(1, { memory: 64 }) },
    },
    {
        id: 'taskdef/no-essential-container',
        dataType: 'ContainerDefinition',
        field: 'essential',
        rule: 'at least one container is essential (the default)',
        source: 'ECS API reference, ContainerDefinition.essential',
        path: 'every container has "essential": false',
        refuses: { container: { essential: false } },
        accepts: { container: { essential: undefined } },
    },
    {
        id: 'taskdef/duplicate-port',
        dataType: 'PortMapping',
        field: 'containerPort, hostPort',
        rule: "a port once per container, and once in the task's network namespace (awsvpc, host); one protocol per port",
        source: 'ECS API reference, PortMapping',
        path: `${C0}.portMappings[1]`,
        refuses: {
            container: {
                portMappings: [
                    { containerPort: 53, protocol: 'tcp' },
                    { containerPort: 53, protocol: 'udp' },
                ],
            },
        },
        accepts: {
            container: {
                portMappings: [
                    { containerPort: 53, protocol: 'tcp' },
                    { containerPort: 54, protocol: 'udp' },
                ],
            },
        },
    },
    {
        id: 'taskdef/duplicate-secret',
        dataType: 'Secret',
        field: 'name',
        rule: "unique among the container's secrets and environment variables",
        source: 'ECS\'s error (reports only): "Duplicate secret names found"',
        path: `${C0}.secrets[1].name`,
        refuses: { container: { secrets: [secret('TOKEN'), secret('TOKEN')] } },
        accepts: { container: { secrets: [secret('TOKEN'), secret('KEY')] } },
    },
    {
        id: 'taskdef/duplicate-environment',
        dataType: 'KeyValuePair',
        field: 'name (environment)',
        rule: 'unique (warning: ECS does not say which value wins)',
        source: 'reports only: Docker keeps the last',
        path: `${C0}.environment[1].name`,
        severity: 'warning',
        refuses: {
            container: {
                environment: [
                    { name: 'MODE', value: 'a' },
                    { name: 'MODE', value: 'b' },
                ],
            },
        },
        accepts: {
            container: {
                environment: [
                    { name: 'MODE', value: 'a' },
                    { name: 'LEVEL', value: 'b' },
                ],
            },
        },
    },
    {
        id: 'taskdef/environment-name',
        dataType: 'KeyValuePair',
        field: 'name (environment)',
        rule: 'not empty or blank',
        source: 'ECS\'s error (reports only): "Environment variable name cannot be null or blank."',
        path: `${C0}.environment[0].name`,
        refuses: { container: { environment: [{ name: ' ', value: 'a' }] } },
        accepts: { container: { environment: [{ name: 'A', value: 'a' }] } },
    },
    {
        id: 'taskdef/duplicate-volume',
        dataType: 'Volume',
        field: 'name',
        rule: "unique among the task's volumes",
        source: 'ECS API reference, Volume.name and MountPoint.sourceVolume',
        path: 'volume name "data" is also used',
        refuses: { task: { volumes: [{ name: 'data' }, { name: 'data' }] } },
        accepts: { task: { volumes: [{ name: 'data' }, { name: 'cache' }] } },
    },
];
function secret(name) {
    return { name, valueFrom: `arn:aws:ssm:eu-west-1:123456789012:parameter/${name.toLowerCase()}` };
}


/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yp: () => (/* binding */ SIZE_RULES),
/* harmony export */   ez: () => (/* binding */ checkTaskDefinitionSize)
/* harmony export */ });
/* unused harmony exports TASK_DEFINITION_MAX_BYTES, registeredSize */
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6747);

/** The service quotas page's "Task definition size", the number in ECS's error. */
const TASK_DEFINITION_MAX_BYTES = 65_536;
const PLACEHOLDER = /<[A-Za-z0-9_.-]+>/g;
/** What a placeholder becomes: an ECR digest URI (account, a long region name, a 64-character repository). */
const IMAGE_STAND_IN = `123456789012.dkr.ecr.ap-southeast-2.amazonaws.com/${'r'.repeat(64)}@sha256:${'0'.repeat(64)}`;
/** The bytes of the RegisterTaskDefinition request for this task definition, placeholders substituted. */
function registeredSize(taskDefinition) {
    const containers = taskDefinition['containerDefinitions'];
    const substituted = Array.isArray(containers)
        ? {
            ...taskDefinition,
            containerDefinitions: containers.map((container) => typeof container === 'object' && container !== null && 'image' in container
                ? { ...container, image: String(container.image).replace(PLACEHOLDER, IMAGE_STAND_IN) }
                : container),
        }
        : taskDefinition;
    return Buffer.byteLength(JSON.stringify(substituted), 'utf8');
}
/**
 * `taskdef/size`: the task definition, as registered, over 64 KiB.
 * @param taskDefinition the task definition as it will be written (Describe-only fields removed)
 * @param at where to report it: the start of the file
 */
function checkTaskDefinitionSize(taskDefinition, findings, at) {
    const bytes = registeredSize(taskDefinition);
    if (bytes <= TASK_DEFINITION_MAX_BYTES)
        return;
    findings.error('taskdef/size', at, `the task definition is ${bytes} bytes as ECS measures it (the RegisterTaskDefinition request: compact JSON, ` +
        `the image URIs in place of the placeholders); ECS refuses more than ${TASK_DEFINITION_MAX_BYTES} bytes ` +
        `("Max allowed length is '${TASK_DEFINITION_MAX_BYTES}' bytes", ECS service quotas: task definition size)`, `remove ${bytes - TASK_DEFINITION_MAX_BYTES} bytes or more: move long environment values into environmentFiles ` +
        'or secrets, drop unused containers and options');
}
/** The example container's environment, padded so that the example task definition is `bytes` long as registered. */
function paddedTo(bytes) {
    const environment = (value) => ({ environment: [{ name: 'PADDING', value }] });
    const bare = JSON.parse((0,_rule_docs__WEBPACK_IMPORTED_MODULE_0__/* .exampleText */ .kQ)({ container: environment('') }));
    return environment('x'.repeat(bytes - registeredSize(bare)));
}
/** The rules of this file, with their source and examples. */
const SIZE_RULES = [
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


/***/ }),

/***/ 4039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ VOLUME_RULES),
/* harmony export */   w: () => (/* binding */ checkVolumes)
/* harmony export */ });
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _positioned_value__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4583);
/* harmony import */ var _rule_docs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6747);
/* harmony import */ var _task_context__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2574);
/**
 * EFS volumes: access points, IAM authorization and encryption in transit (ECS API reference, EFSVolumeConfiguration
 * and EFSAuthorizationConfig).
 */




const EFS_SOURCE = 'ECS API reference, EFSVolumeConfiguration';
/** Volume.name: "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed". */
const VOLUME_NAME = /^[A-Za-z0-9_-]{1,255}$/;
/** Volume: "may only specify a name and one of either configuredAtLaunch, dockerVolumeConfiguration, …, or host". */
const CONFIGURATIONS = [
    'configuredAtLaunch',
    'dockerVolumeConfiguration',
    'efsVolumeConfiguration',
    's3filesVolumeConfiguration',
    'fsxWindowsFileServerVolumeConfiguration',
    'host',
];
/** Runs the volume rules over a task definition. */
function checkVolumes(task) {
    let configuredAtLaunch;
    (0,_task_context__WEBPACK_IMPORTED_MODULE_3__/* .itemsOf */ .S3)(task.root, 'volumes').forEach((volume, index) => {
        // configuredAtLaunch: false (as DescribeTaskDefinition may return it) configures nothing.
        const configurations = CONFIGURATIONS.filter((key) => {
            const node = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, key);
            return node !== undefined && !(node.kind === 'boolean' && !node.value);
        });
        const [, second] = configurations;
        if (second !== undefined) {
            task.findings.error('taskdef/volume', ((0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, second) ?? volume).position, `volumes[${index}] has ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(configurations, 'and')}; a volume has a name and one of them (ECS API reference, Volume)`, 'split it into one volume per configuration');
        }
        const name = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, 'name');
        if (name?.kind === 'string' && !VOLUME_NAME.test(name.value)) {
            task.findings.error('taskdef/volume', name.position, `volumes[${index}].name ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name.value)} is not a volume name: up to 255 letters, digits, "_" and "-" ` +
                '(ECS API reference, Volume.name)', `write it as ${JSON.stringify(name.value.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 255) || 'data')}`);
        }
        const needsName = ['efsVolumeConfiguration', 's3filesVolumeConfiguration'].find((key) => (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, key));
        if (name === undefined && needsName !== undefined) {
            task.findings.error('taskdef/volume', volume.position, `volumes[${index}] has ${needsName} but no name, which it requires (ECS API reference, Volume.name)`, 'add "name", and mount it by that name (mountPoints[].sourceVolume)');
        }
        const docker = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, 'dockerVolumeConfiguration');
        const autoprovision = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(docker, 'autoprovision');
        if (autoprovision?.kind === 'boolean' && autoprovision.value && (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .stringMemberOf */ .pd)(docker, 'scope') !== 'shared') {
            task.findings.warning('taskdef/volume', autoprovision.position, `volumes[${index}].dockerVolumeConfiguration.autoprovision is true, but the scope is not "shared"; it is only used ` +
                'with a shared scope (ECS API reference, DockerVolumeConfiguration.autoprovision)', 'add "scope": "shared", or remove "autoprovision"');
        }
        const launch = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, 'configuredAtLaunch');
        if (launch?.kind === 'boolean' && launch.value) {
            if (configuredAtLaunch !== undefined) {
                task.findings.error('taskdef/volume', launch.position, `volumes[${index}].configuredAtLaunch is true, as is ${configuredAtLaunch}.configuredAtLaunch; a task ` +
                    'definition has at most one volume configured at launch (ECS API reference, Volume.configuredAtLaunch)', 'keep one volume configured at launch');
            }
            configuredAtLaunch ??= `volumes[${index}]`;
        }
        const efs = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(volume, 'efsVolumeConfiguration');
        if (efs?.kind === 'object')
            checkEfs(task, efs, `volumes[${index}].efsVolumeConfiguration`);
    });
}
function checkEfs(task, efs, path) {
    const authorization = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(efs, 'authorizationConfig');
    const accessPoint = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(authorization, 'accessPointId');
    const iam = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(authorization, 'iam');
    const transit = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(efs, 'transitEncryption');
    const transitEnabled = transit?.kind === 'string' && transit.value === 'ENABLED';
    const rootDirectory = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(efs, 'rootDirectory');
    const fileSystemId = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(efs, 'fileSystemId');
    if (fileSystemId?.kind === 'string' && fileSystemId.value.trim() === '') {
        task.findings.error('taskdef/efs-volume', fileSystemId.position, `${path}.fileSystemId is empty (${EFS_SOURCE})`, 'write the file system id, "fs-0123456789abcdef0"');
    }
    if (accessPoint !== undefined && rootDirectory?.kind === 'string' && !['', '/'].includes(rootDirectory.value)) {
        task.findings.error('taskdef/efs-volume', rootDirectory.position, `${path}.rootDirectory is ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(rootDirectory.value)} with an access point; with an access point the ` +
            `root directory must be left out or "/" — the access point sets the path (${EFS_SOURCE})`, 'remove "rootDirectory", or set the path on the EFS access point');
    }
    const needsTransit = [
        ...(accessPoint !== undefined ? [{ node: accessPoint, what: 'an access point (accessPointId)' }] : []),
        ...(iam?.kind === 'string' && iam.value === 'ENABLED'
            ? [{ node: iam, what: 'IAM authorization (iam: ENABLED)' }]
            : []),
    ];
    for (const { node, what } of transitEnabled ? [] : needsTransit) {
        task.findings.error('taskdef/efs-volume', node.position, `${path} uses ${what} without "transitEncryption": "ENABLED"; EFS needs encryption in transit for it ` +
            `(ECS API reference, EFSAuthorizationConfig)`, `add "transitEncryption": "ENABLED" to ${path}`);
    }
    const port = (0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(efs, 'transitEncryptionPort');
    if (port !== undefined && !transitEnabled) {
        task.findings.warning('taskdef/efs-volume', port.position, `${path}.transitEncryptionPort is set but transit encryption is ${(0,_positioned_value__WEBPACK_IMPORTED_MODULE_1__/* .stringMemberOf */ .pd)(efs, 'transitEncryption') ?? 'off (DISABLED by default)'}; ` +
            `the port is used for encrypted traffic only (${EFS_SOURCE})`, 'add "transitEncryption": "ENABLED", or remove the port');
    }
}
const efs = (members) => ({
    volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', ...members } }],
});
/** The rules of this file, with their sources and examples. */
const VOLUME_RULES = [
    {
        id: 'taskdef/efs-volume',
        dataType: 'EFSVolumeConfiguration',
        field: 'transitEncryption + authorizationConfig',
        rule: 'ENABLED with an access point or IAM authorization; rootDirectory "/" or left out with an access point; a fileSystemId',
        source: 'ECS API reference, EFSVolumeConfiguration and EFSAuthorizationConfig',
        path: 'volumes[0].efsVolumeConfiguration uses an access point',
        refuses: { task: efs({ authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }) },
        accepts: {
            task: efs({ transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }),
        },
    },
    {
        id: 'taskdef/volume',
        dataType: 'Volume',
        field: 'name',
        rule: 'up to 255 letters, digits, "_" and "-"; required with an EFS or S3 Files configuration',
        source: 'ECS API reference, Volume.name',
        path: 'volumes[0].name',
        refuses: { task: { volumes: [{ name: 'v'.repeat(256) }] } },
        accepts: { task: { volumes: [{ name: 'v'.repeat(255) }] } },
    },
    {
        id: 'taskdef/volume',
        dataType: 'DockerVolumeConfiguration',
        field: 'autoprovision + scope',
        rule: 'autoprovision only with scope "shared" (warning: otherwise it is ignored)',
        source: 'ECS API reference, DockerVolumeConfiguration.autoprovision',
        path: 'volumes[0].dockerVolumeConfiguration.autoprovision',
        severity: 'warning',
        refuses: {
            task: {
                ..._rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .EC2_TASK */ .jY,
                volumes: [{ name: 'data', dockerVolumeConfiguration: { scope: 'task', autoprovision: true } }],
            },
            container: { memory: 512 },
        },
        accepts: {
            task: {
                ..._rule_docs__WEBPACK_IMPORTED_MODULE_2__/* .EC2_TASK */ .jY,
                volumes: [{ name: 'data', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true } }],
            },
            container: { memory: 512 },
        },
    },
    {
        id: 'taskdef/volume',
        dataType: 'Volume',
        field: 'host, dockerVolumeConfiguration, efsVolumeConfiguration, … (one of)',
        rule: 'a name and at most one configuration; at most one volume configuredAtLaunch',
        source: 'ECS API reference, Volume',
        path: 'volumes[0]',
        refuses: {
            task: { volumes: [{ name: 'data', host: {}, efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }] },
        },
        accepts: {
            task: { volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }] },
        },
    },
];


/***/ })

};
