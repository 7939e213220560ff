export const id = 712;
export const ids = [712];
export const modules = {

/***/ 7712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ checkLive)
});

// EXTERNAL MODULE: ./src/live/findings.ts
var live_findings = __webpack_require__(4326);
// EXTERNAL MODULE: ./src/deploy-files/findings.ts
var deploy_files_findings = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/live/plan.ts
var plan = __webpack_require__(9947);
// EXTERNAL MODULE: ./src/live/snapshot.ts
var live_snapshot = __webpack_require__(612);
;// CONCATENATED MODULE: ./src/live/trust.ts
/** The role's trust policy as data; IAM hands it URL-encoded. Undefined when it is not a JSON policy. */
function trustPolicy(role) {
    const document = role.AssumeRolePolicyDocument;
    if (document === undefined)
        return undefined;
    for (const text of [safeDecode(document), document]) {
        try {
            const parsed = JSON.parse(text);
            if (typeof parsed === 'object' && parsed !== null)
                return parsed;
        }
        catch {
            // not this form
        }
    }
    return undefined;
}
/** Whether `role` lets `service` (`ecs-tasks.amazonaws.com`) call sts:AssumeRole. Conditions are not evaluated. */
function trustsService(role, service) {
    const statements = asList(trustPolicy(role)?.Statement);
    const allows = (statement) => statement.Effect === 'Allow' &&
        asList(statement.Action).some((action) => action === 'sts:AssumeRole' || action === 'sts:*' || action === '*') &&
        (statement.Principal === '*' ||
            asList(statement.Principal?.Service).includes(service));
    const denies = (statement) => statement.Effect === 'Deny' &&
        asList(statement.Principal?.Service).includes(service);
    return statements.some(allows) && !statements.some(denies);
}
function asList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/live/task-rules.ts





const TASKS_PRINCIPAL = 'ecs-tasks.amazonaws.com';
/** The task's roles, log groups, secrets and image platforms against the account. */
function checkTask(subject, snapshot) {
    const findings = new live_findings/* LiveFindings */.F();
    const { executionRoleArn, taskRoleArn } = subject.taskDefinition;
    checkTaskRole(findings, 'live/execution-role', 'execution role', executionRoleArn, snapshot.roles);
    checkTaskRole(findings, 'live/task-role', 'task role', taskRoleArn, snapshot.roles);
    for (const group of (0,plan/* awslogsGroups */.Zs)(subject)) {
        const lookup = snapshot.logGroups[(0,live_snapshot/* logGroupKey */.n)(group.region, group.name)];
        if (lookup?.state !== 'missing')
            continue;
        findings.error('live/log-group-missing', group.name, `the awslogs log group ${(0,live_findings/* quoteResource */.fg)(group.name)} does not exist in ${(0,live_findings/* quoteResource */.fg)(group.region)}: the task's containers cannot start`, `create the log group (aws logs create-log-group --log-group-name ${(0,live_findings/* quoteResource */.fg)(group.name)} --region ${(0,live_findings/* quoteResource */.fg)(group.region)}), ` +
            'or set the container\'s logConfiguration option awslogs-create-group to "true" and allow logs:CreateLogGroup to the execution role');
    }
    for (const reference of (0,plan/* secretReferences */.Li)(subject)) {
        const lookup = snapshot.secrets[reference];
        if (lookup?.state !== 'missing')
            continue;
        const where = reference.startsWith('arn:aws:secretsmanager:') ? 'Secrets Manager' : 'SSM Parameter Store';
        findings.error('live/secret-missing', reference, `the secret ${(0,live_findings/* quoteResource */.fg)(reference)} does not resolve in ${where} (${(0,deploy_files_findings/* quote */.A0)(lookup.reason)}): the task's containers cannot start`, `create it, or correct valueFrom (a Secrets Manager ARN, an SSM parameter name or ARN in the task's region)`);
    }
    checkImagePlatforms(findings, subject);
    return findings.findings;
}
function checkTaskRole(findings, rule, what, role, roles) {
    const problem = role === undefined ? undefined : roleProblem(roles[role], TASKS_PRINCIPAL);
    if (role === undefined || problem === undefined)
        return;
    findings.error(rule, role, `the ${what} ${(0,live_findings/* quoteResource */.fg)(role)} ${problem}: ECS cannot start the task with it`, trustFix(TASKS_PRINCIPAL));
}
/** What is wrong with a role ECS must assume as `principal`, or undefined when nothing is (or it could not be read). */
function roleProblem(lookup, principal) {
    if (lookup?.state === 'missing')
        return `does not exist (${(0,deploy_files_findings/* quote */.A0)(lookup.reason)})`;
    if (lookup?.state === 'found' && !trustsService(lookup.value, principal))
        return `does not trust ${principal}`;
    return undefined;
}
/** The fix of a role that is missing or does not trust `principal`. */
function trustFix(principal) {
    return (`create the role, or correct the ARN, with this statement in its trust policy: ` +
        `{"Effect": "Allow", "Principal": {"Service": "${principal}"}, "Action": "sts:AssumeRole"}`);
}
const ARCHITECTURES = { X86_64: 'amd64', ARM64: 'arm64' };
/** The `os/arch` a task runs on; undefined when the instance decides (EC2 without a runtimePlatform). */
function taskPlatform(subject) {
    const { runtimePlatform, requiresCompatibilities } = subject.taskDefinition;
    const architecture = runtimePlatform?.cpuArchitecture;
    if (architecture === undefined && !requiresCompatibilities?.includes('FARGATE'))
        return undefined;
    const os = runtimePlatform?.operatingSystemFamily?.startsWith('WINDOWS') ? 'windows' : 'linux';
    // Fargate runs X86_64 unless the task asks for ARM64.
    return `${os}/${ARCHITECTURES[architecture ?? 'X86_64'] ?? String(architecture).toLowerCase()}`;
}
function checkImagePlatforms(findings, subject) {
    const wanted = taskPlatform(subject);
    if (wanted === undefined)
        return;
    for (const image of subject.images) {
        if (image.platforms.length === 0)
            continue;
        if (image.platforms.some((platform) => platform === wanted || platform.startsWith(`${wanted}/`)))
            continue;
        const runtime = subject.taskDefinition.runtimePlatform;
        findings.error('live/image-platform', image.name, `the image ${(0,live_findings/* quoteResource */.fg)(image.name)} is for ${(0,deploy_files_findings/* joinWords */.yZ)(image.platforms.map(live_findings/* quoteResource */.fg), 'and')}, but the task runs on ${wanted}` +
            ` (runtimePlatform ${runtime?.operatingSystemFamily ?? 'LINUX'}/${runtime?.cpuArchitecture ?? 'X86_64'}): its containers would exit at once`, `build it for ${wanted} (the platform input), or set the task definition's runtimePlatform.cpuArchitecture to the image's`);
    }
}

;// CONCATENATED MODULE: ./src/live/service-rules.ts





const ECS_PRINCIPAL = 'ecs.amazonaws.com';
/** The service, its load balancers and the deployment's traffic against the account. */
function checkService(subject, snapshot) {
    const findings = new live_findings/* LiveFindings */.F();
    const lookup = snapshot.service;
    if (lookup.state === 'missing') {
        findings.error('live/service-missing', subject.service, `the service ${(0,live_findings/* quoteResource */.fg)(subject.service)} is not in the cluster ${(0,live_findings/* quoteResource */.fg)(subject.cluster)} (${(0,deploy_files_findings/* quote */.A0)(lookup.reason)})`, 'create the service before its first deployment, or name it with the service and cluster inputs');
    }
    const service = lookup.state === 'found' ? lookup.value : undefined;
    if (service !== undefined && service.status !== undefined && service.status !== 'ACTIVE') {
        findings.error('live/service-missing', subject.service, `the service ${(0,live_findings/* quoteResource */.fg)(subject.service)} in the cluster ${(0,live_findings/* quoteResource */.fg)(subject.cluster)} is ${(0,live_findings/* quoteResource */.fg)(service.status)}`, 'recreate the service, or name the active one with the service and cluster inputs');
    }
    if (service !== undefined) {
        checkController(findings, subject, service);
        checkLaunchType(findings, subject, service);
        for (const loadBalancer of service.loadBalancers ?? []) {
            checkLoadBalancer(findings, subject, snapshot, loadBalancer);
        }
    }
    if (subject.target === 'codedeploy')
        checkCodeDeploy(findings, subject, snapshot, service);
    if (subject.target === 'ecs' && service !== undefined)
        checkNative(findings, snapshot, service);
    return findings.findings;
}
function checkController(findings, subject, service) {
    const controller = service.deploymentController?.type ?? 'ECS';
    const wanted = subject.target === 'codedeploy' ? 'CODE_DEPLOY' : 'ECS';
    if (controller === wanted)
        return;
    const name = service.serviceName ?? subject.service;
    const why = subject.target === 'codedeploy'
        ? `CodeDeploy refuses it ("Deployment group's ECS service must be configured for a CODE_DEPLOY deployment controller")`
        : controller === 'CODE_DEPLOY'
            ? `ECS refuses the ECS deploy action's update ("Unable to update task definition on services with a CODE_DEPLOY deployment controller")`
            : 'the ECS deploy action cannot deploy it';
    findings.error('live/deployment-controller', name, `the service ${(0,live_findings/* quoteResource */.fg)(name)} has the ${(0,live_findings/* quoteResource */.fg)(controller)} deployment controller, and deploy-target is ${subject.target}: ${why}`, controller === 'CODE_DEPLOY' || wanted === 'CODE_DEPLOY'
        ? `set deploy-target to ${subject.target === 'codedeploy' ? 'ecs' : 'codedeploy'}, or change the service's deployment controller to ${wanted}`
        : `change the service's deployment controller to ${wanted}`);
}
function checkLaunchType(findings, subject, service) {
    const compatibilities = subject.taskDefinition.requiresCompatibilities;
    if (compatibilities === undefined || compatibilities.length === 0)
        return;
    const name = service.serviceName ?? subject.service;
    const needs = (service.capacityProviderStrategy ?? []).flatMap((item) => item.capacityProvider === undefined
        ? []
        : [
            {
                what: `the capacity provider ${(0,live_findings/* quoteResource */.fg)(item.capacityProvider)}`,
                compatibility: providerCompatibility(item.capacityProvider),
            },
        ]);
    if (service.launchType !== undefined)
        needs.push({ what: `the launch type ${(0,live_findings/* quoteResource */.fg)(service.launchType)}`, compatibility: service.launchType });
    for (const { what, compatibility } of needs) {
        // EC2 runs task definitions registered for Fargate (ECS adds EC2 to their compatibilities); not the converse.
        if (compatibility === 'EC2' || compatibilities.includes(compatibility))
            continue;
        findings.error('live/launch-type', name, `the service ${(0,live_findings/* quoteResource */.fg)(name)} runs on ${what}, but the task definition's requiresCompatibilities is ${(0,deploy_files_findings/* joinWords */.yZ)(compatibilities.map(live_findings/* quoteResource */.fg), 'and')}: ECS refuses the new revision`, `add ${(0,live_findings/* quoteResource */.fg)(compatibility)} to requiresCompatibilities, or change the service's launch type or capacity provider strategy`);
    }
}
function providerCompatibility(provider) {
    return provider === 'FARGATE' || provider === 'FARGATE_SPOT' ? 'FARGATE' : 'EC2';
}
/** The network mode the task runs with: Fargate knows only awsvpc, EC2 defaults to bridge. */
function networkMode(subject) {
    const { networkMode: mode, requiresCompatibilities } = subject.taskDefinition;
    return mode ?? (requiresCompatibilities?.includes('FARGATE') ? 'awsvpc' : 'bridge');
}
function checkLoadBalancer(findings, subject, snapshot, loadBalancer) {
    const { containerName, containerPort } = loadBalancer;
    const container = (0,plan/* containersOf */.Mz)(subject).find((candidate) => candidate.name === containerName);
    const mapping = container?.portMappings?.find((candidate) => candidate.containerPort === containerPort);
    if (containerName !== undefined && mapping === undefined) {
        findings.error('live/load-balancer-container', containerName, `the service's load balancer sends traffic to the container ${(0,live_findings/* quoteResource */.fg)(containerName)} on port ${containerPort}, ` +
            `which the task definition ${container === undefined ? 'has no container named so' : 'does not map'}: ECS refuses the new revision`, `give the container ${(0,live_findings/* quoteResource */.fg)(containerName)} a portMappings entry with containerPort ${containerPort}, or change the service's load balancer`);
    }
    const arns = [loadBalancer.targetGroupArn];
    if (subject.target === 'ecs')
        arns.push(loadBalancer.advancedConfiguration?.alternateTargetGroupArn);
    for (const arn of arns) {
        if (arn === undefined)
            continue;
        const targetGroup = targetGroupOf(findings, snapshot, arn, 'the service');
        if (targetGroup !== undefined)
            checkTargetGroupFit(findings, subject, targetGroup, arn, mapping?.protocol);
    }
}
/** The target group `key` (ARN or name) names, reporting it when it does not exist. */
function targetGroupOf(findings, snapshot, key, namedBy) {
    const lookup = snapshot.targetGroups[key];
    if (lookup?.state === 'missing') {
        findings.error('live/target-group-missing', key, `the target group ${(0,live_findings/* quoteResource */.fg)(key)}, named by ${namedBy}, does not exist (${(0,deploy_files_findings/* quote */.A0)(lookup.reason)})`, `create it, or point ${namedBy} at an existing target group`);
    }
    return lookup?.state === 'found' ? lookup.value : undefined;
}
function checkTargetGroupFit(findings, subject, targetGroup, key, protocol) {
    const mode = networkMode(subject);
    const wanted = mode === 'awsvpc' ? 'ip' : 'instance';
    const name = targetGroup.TargetGroupName ?? key;
    if (targetGroup.TargetType !== undefined && targetGroup.TargetType !== wanted) {
        findings.error('live/target-group-target-type', name, `the target group ${(0,live_findings/* quoteResource */.fg)(name)} has target type ${(0,live_findings/* quoteResource */.fg)(targetGroup.TargetType)}, but tasks in ${mode} network mode register as ${wanted}: ECS cannot register them`, `create the target group with target type ${wanted} and point the service at it (a target group's target type cannot change)`);
    }
    const udp = protocol === 'udp';
    const groupProtocol = targetGroup.Protocol;
    if (groupProtocol !== undefined && udp !== /UDP/.test(groupProtocol)) {
        findings.error('live/target-group-protocol', name, `the target group ${(0,live_findings/* quoteResource */.fg)(name)} speaks ${(0,live_findings/* quoteResource */.fg)(groupProtocol)}, but the container's port mapping is ${protocol ?? 'tcp'}`, `use a target group whose protocol carries ${protocol ?? 'tcp'} (${udp ? 'UDP or TCP_UDP' : 'HTTP, HTTPS, TCP or TLS'})`);
    }
}
function checkCodeDeploy(findings, subject, snapshot, service) {
    const names = subject.codedeploy;
    if (names === undefined)
        return;
    const application = snapshot.application;
    if (application?.state === 'missing') {
        findings.error('live/codedeploy-application', names.application, `the CodeDeploy application ${(0,live_findings/* quoteResource */.fg)(names.application)} does not exist (${(0,deploy_files_findings/* quote */.A0)(application.reason)})`, 'create it (compute platform ECS), or name it with the codedeploy-application input');
    }
    else if (application?.state === 'found' && (application.value.computePlatform ?? 'ECS') !== 'ECS') {
        findings.error('live/codedeploy-application', names.application, `the CodeDeploy application ${(0,live_findings/* quoteResource */.fg)(names.application)} is for ${(0,live_findings/* quoteResource */.fg)(application.value.computePlatform ?? '')}, not ECS`, 'name an application whose compute platform is ECS with the codedeploy-application input');
    }
    const lookup = snapshot.deploymentGroup;
    if (lookup?.state === 'missing') {
        findings.error('live/deployment-group-missing', names.deploymentGroup, `the deployment group ${(0,live_findings/* quoteResource */.fg)(names.deploymentGroup)} of ${(0,live_findings/* quoteResource */.fg)(names.application)} does not exist (${(0,deploy_files_findings/* quote */.A0)(lookup.reason)})`, 'create it, or name it with the codedeploy-deployment-group input');
    }
    if (lookup?.state !== 'found')
        return;
    const group = lookup.value;
    const groupName = group.deploymentGroupName ?? names.deploymentGroup;
    checkGroupService(findings, subject, group, groupName, service);
    const routes = (0,plan/* deploymentGroupRoutes */.l9)(group);
    const pair = routes.targetGroups.map((name) => targetGroupOf(findings, snapshot, name, `the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)}`));
    const pairArns = pair.flatMap((targetGroup) => (targetGroup?.TargetGroupArn ? [targetGroup.TargetGroupArn] : []));
    if (routes.targetGroups.length !== 2) {
        findings.error('live/deployment-group-target-groups', groupName, `the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)} names ${routes.targetGroups.length} target groups; blue/green needs two`, "give the deployment group's load balancer info a target group pair: the service's and a second one");
    }
    else if (pairArns.length === 2) {
        for (const arn of serviceTargetGroups(service)) {
            if (pairArns.includes(arn))
                continue;
            findings.error('live/deployment-group-target-groups', groupName, `the service's target group ${(0,live_findings/* quoteResource */.fg)(arn)} is not one of the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)}'s (${(0,deploy_files_findings/* joinWords */.yZ)(routes.targetGroups.map(live_findings/* quoteResource */.fg), 'and')})`, "make the deployment group's target group pair the service's target group and its second one");
        }
    }
    const primary = primaryTargetGroup(service);
    for (const [route, arns] of [
        ['production', routes.production],
        ['test', routes.test],
    ]) {
        if (route === 'production' && arns.length === 0) {
            findings.error('live/listener-missing', groupName, `the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)} has no production listener`, "add the production listener's ARN to the deployment group's target group pair (prodTrafficRoute)");
        }
        for (const arn of arns) {
            const listener = snapshot.listeners[arn];
            if (listener?.state === 'missing') {
                findings.error('live/listener-missing', arn, `the ${route} listener ${(0,live_findings/* quoteResource */.fg)(arn)} of the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)} does not exist (${(0,deploy_files_findings/* quote */.A0)(listener.reason)})`, "create it, or correct the listener ARN in the deployment group's target group pair");
            }
            if (listener?.state !== 'found' || pairArns.length === 0)
                continue;
            const forwards = forwardTargets(listener.value.DefaultActions ?? []);
            // The production listener must reach the primary task set: "Primary taskset target group must be behind listener".
            const wanted = route === 'production' && primary !== undefined ? [primary] : pairArns;
            if (forwards.some((target) => wanted.includes(target)))
                continue;
            findings.error('live/listener-forward', arn, `the ${route} listener ${(0,live_findings/* quoteResource */.fg)(arn)} forwards to ${forwards.length > 0 ? (0,deploy_files_findings/* joinWords */.yZ)(forwards.map(live_findings/* quoteResource */.fg), 'and') : 'no target group'}, ` +
                `not to ${route === 'production' && primary !== undefined ? `the primary task set's target group ${(0,live_findings/* quoteResource */.fg)(primary)}` : `the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)}'s target groups`}`, `make the listener's default action forward to ${route === 'production' && primary !== undefined ? (0,live_findings/* quoteResource */.fg)(primary) : (0,deploy_files_findings/* joinWords */.yZ)(routes.targetGroups.map(live_findings/* quoteResource */.fg))}`);
        }
    }
    if (snapshot.deploymentConfig?.state === 'missing') {
        findings.error('live/deployment-config-missing', group.deploymentConfigName ?? groupName, `the deployment config ${(0,live_findings/* quoteResource */.fg)(group.deploymentConfigName ?? '')} of the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)} does not exist (${(0,deploy_files_findings/* quote */.A0)(snapshot.deploymentConfig.reason)})`, 'create it, or give the deployment group an existing one (CodeDeployDefault.ECSAllAtOnce, for one)');
    }
    if (group.autoRollbackConfiguration?.enabled !== true) {
        findings.warning('live/auto-rollback', groupName, `the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)} does not roll back a failed deployment automatically`, 'turn on automatic rollback for DEPLOYMENT_FAILURE (and DEPLOYMENT_STOP_ON_ALARM with alarms) in the deployment group');
    }
}
function checkGroupService(findings, subject, group, groupName, service) {
    const cluster = (0,live_snapshot/* resourceName */.I)(service?.clusterArn ?? subject.cluster);
    const serviceName = service?.serviceName ?? (0,live_snapshot/* resourceName */.I)(subject.service);
    const named = (group.ecsServices ?? []).map((entry) => `${entry.clusterName}/${entry.serviceName}`);
    if (named.includes(`${cluster}/${serviceName}`))
        return;
    findings.error('live/deployment-group-service', groupName, `the deployment group ${(0,live_findings/* quoteResource */.fg)(groupName)} deploys ${named.length > 0 ? (0,deploy_files_findings/* joinWords */.yZ)(named.map(live_findings/* quoteResource */.fg), 'and') : 'no ECS service'}, not ${(0,live_findings/* quoteResource */.fg)(`${cluster}/${serviceName}`)}`, "name the deployment group of this service with the codedeploy-deployment-group input, or set the cluster and service inputs to the deployment group's");
}
/** The service's target groups (ARNs). */
function serviceTargetGroups(service) {
    return (service?.loadBalancers ?? []).flatMap((loadBalancer) => loadBalancer.targetGroupArn ? [loadBalancer.targetGroupArn] : []);
}
/**
 * The target group of a CODE_DEPLOY service's primary task set. ECS lists a PRIMARY task set for every CODE_DEPLOY
 * service; where an answer has none (moto 5.2.1 lists no task sets), the service's own target group, which is the
 * primary's until the first deployment.
 */
function primaryTargetGroup(service) {
    const primary = service?.taskSets?.find((taskSet) => taskSet.status === 'PRIMARY');
    return primary?.loadBalancers?.[0]?.targetGroupArn ?? serviceTargetGroups(service)[0];
}
/** The target groups a listener's or rule's forward actions reach (the plain form, or ForwardConfig's list). */
function forwardTargets(actions) {
    return actions
        .filter((action) => action.Type === 'forward')
        .flatMap((action) => [
        ...(action.TargetGroupArn ? [action.TargetGroupArn] : []),
        ...(action.ForwardConfig?.TargetGroups ?? []).flatMap((tuple) => tuple.TargetGroupArn ? [tuple.TargetGroupArn] : []),
    ])
        .filter((arn, index, all) => all.indexOf(arn) === index);
}
const BLUE_GREEN_STRATEGIES = new Set(['BLUE_GREEN', 'LINEAR', 'CANARY']);
function checkNative(findings, snapshot, service) {
    const name = service.serviceName ?? '';
    const strategy = service.deploymentConfiguration?.strategy;
    for (const loadBalancer of service.loadBalancers ?? []) {
        const advanced = loadBalancer.advancedConfiguration;
        if (advanced === undefined) {
            if (strategy !== undefined && BLUE_GREEN_STRATEGIES.has(strategy)) {
                findings.error('live/advanced-configuration', name, `the service ${(0,live_findings/* quoteResource */.fg)(name)} deploys ${(0,live_findings/* quoteResource */.fg)(strategy)} but its load balancer for ${(0,live_findings/* quoteResource */.fg)(loadBalancer.targetGroupArn ?? '')} has no advancedConfiguration`, 'give the load balancer an advancedConfiguration: alternateTargetGroupArn, productionListenerRule, testListenerRule (optional) and roleArn');
            }
            continue;
        }
        const both = [loadBalancer.targetGroupArn, advanced.alternateTargetGroupArn].filter((arn) => arn !== undefined);
        if (advanced.productionListenerRule !== undefined &&
            advanced.productionListenerRule === advanced.testListenerRule) {
            findings.error('live/listener-rules-same', advanced.productionListenerRule, `the service ${(0,live_findings/* quoteResource */.fg)(name)}'s production and test listener rule are the same, ${(0,live_findings/* quoteResource */.fg)(advanced.productionListenerRule)} ` +
                '(ECS: "The following rules cannot be used as both production and test listener rules")', 'give the test traffic a rule of its own (another listener, or a rule with its own condition), or leave testListenerRule out');
        }
        for (const [route, arn] of [
            ['production', advanced.productionListenerRule],
            ['test', advanced.testListenerRule],
        ]) {
            if (arn === undefined)
                continue;
            const lookup = (0,plan/* isListenerArn */.SQ)(arn) ? snapshot.listeners[arn] : snapshot.rules[arn];
            if (lookup?.state === 'missing') {
                findings.error('live/listener-rule-missing', arn, `the ${route} listener rule ${(0,live_findings/* quoteResource */.fg)(arn)} of the service ${(0,live_findings/* quoteResource */.fg)(name)} does not exist (${(0,deploy_files_findings/* quote */.A0)(lookup.reason)})`, "create it, or correct the service's advancedConfiguration");
            }
            if (lookup?.state !== 'found')
                continue;
            const found = lookup.value;
            const actions = found.Actions ?? found.DefaultActions ?? [];
            checkRuleActions(findings, arn, route, name, actions, both);
        }
        const role = advanced.roleArn;
        const problem = role === undefined ? 'is not set' : roleProblem(snapshot.roles[role], ECS_PRINCIPAL);
        if (problem !== undefined) {
            findings.error('live/infrastructure-role', role ?? name, `the infrastructure role ${role === undefined ? `of the service ${(0,live_findings/* quoteResource */.fg)(name)}` : (0,live_findings/* quoteResource */.fg)(role)} ${problem}: ECS cannot shift the load balancer's traffic`, `${trustFix(ECS_PRINCIPAL)}; it needs the AmazonECSInfrastructureRolePolicyForLoadBalancers permissions`);
        }
    }
    for (const hook of service.deploymentConfiguration?.lifecycleHooks ?? []) {
        if (hook.targetType === 'PAUSE')
            continue;
        const fn = hook.hookTargetArn === undefined ? undefined : snapshot.functions[hook.hookTargetArn];
        if (fn?.state === 'missing') {
            findings.error('live/hook-function-missing', hook.hookTargetArn ?? name, `the lifecycle hook function ${(0,live_findings/* quoteResource */.fg)(hook.hookTargetArn ?? '')} of the service ${(0,live_findings/* quoteResource */.fg)(name)} does not exist (${(0,deploy_files_findings/* quote */.A0)(fn.reason)}): the deployment rolls back at its stage`, "create the function, or correct hookTargetArn in the service's deployment configuration");
        }
        const problem = hook.roleArn === undefined ? 'is not set' : roleProblem(snapshot.roles[hook.roleArn], ECS_PRINCIPAL);
        if (problem !== undefined) {
            findings.error('live/hook-role', hook.roleArn ?? name, `the role${hook.roleArn === undefined ? '' : ` ${(0,live_findings/* quoteResource */.fg)(hook.roleArn)}`} of the lifecycle hook ${(0,live_findings/* quoteResource */.fg)(hook.hookTargetArn ?? '')} ${problem}: ECS cannot invoke the hook`, `${trustFix(ECS_PRINCIPAL)}; allow it lambda:InvokeFunction on the hook function`);
        }
    }
}
function checkRuleActions(findings, arn, route, service, actions, both) {
    const others = [...new Set(actions.map((action) => action.Type ?? '').filter((type) => type !== 'forward'))];
    if (others.length > 0) {
        findings.error('live/listener-rule-forward', arn, `the ${route} listener rule ${(0,live_findings/* quoteResource */.fg)(arn)} of the service ${(0,live_findings/* quoteResource */.fg)(service)} has ${(0,deploy_files_findings/* joinWords */.yZ)(others.map(live_findings/* quoteResource */.fg), 'and')} actions besides forward: ECS blue/green cannot shift its traffic`, 'give the rule a single forward action to the two target groups; put redirects and fixed responses in rules of their own');
    }
    const forwards = forwardTargets(actions);
    const absent = both.filter((target) => !forwards.includes(target));
    if (absent.length === 0)
        return;
    findings.error('live/listener-rule-forward', arn, `the ${route} listener rule ${(0,live_findings/* quoteResource */.fg)(arn)} of the service ${(0,live_findings/* quoteResource */.fg)(service)} does not forward to ${(0,deploy_files_findings/* joinWords */.yZ)(absent.map(live_findings/* quoteResource */.fg), 'and')} ` +
        '(ECS: "Both targetGroup and alternateTargetGroup must be associated with the productionListenerRule or testListenerRule")', "make its forward action a weighted forward to both target groups (the service's at 100, the alternate at 0)");
}

;// CONCATENATED MODULE: ./src/live/check.ts
/**
 * All of `--live`'s decisions over one snapshot (pure): what the credentials could not read (a warning naming the IAM
 * action: the deployment may still work, the check was not made), then the service's and the task's rules.
 */



/** The findings of the live checks of `subject` on what was read of the account. */
function checkLive(subject, snapshot) {
    return [...deniedReads(subject, snapshot), ...checkService(subject, snapshot), ...checkTask(subject, snapshot)];
}
function deniedReads(subject, snapshot) {
    const findings = new live_findings/* LiveFindings */.F();
    const single = (what, resource, lookup) => resource === undefined || lookup === undefined ? [] : [[what, resource, lookup, '']];
    const keyed = (what, lookups) => Object.entries(lookups).map(([resource, lookup]) => [what, resource, lookup, '']);
    // A log group is keyed `<region> <name>` (logGroupKey): the name is the resource, in its region.
    const logGroups = Object.entries(snapshot.logGroups).map(([key, lookup]) => {
        const [region = '', name = key] = key.split(/ (.*)/s);
        return ['the log group', name, lookup, ` in ${region}`];
    });
    const reads = [
        ...single('the service', subject.service, snapshot.service),
        ...single('the CodeDeploy application', subject.codedeploy?.application, snapshot.application),
        ...single('the deployment group', subject.codedeploy?.deploymentGroup, snapshot.deploymentGroup),
        ...single('the deployment config', deploymentConfigName(snapshot), snapshot.deploymentConfig),
        ...keyed('the target group', snapshot.targetGroups),
        ...keyed('the listener', snapshot.listeners),
        ...keyed('the listener rule', snapshot.rules),
        ...keyed('the role', snapshot.roles),
        ...keyed('the function', snapshot.functions),
        ...logGroups,
        ...keyed('the secret', snapshot.secrets),
    ];
    for (const [what, resource, lookup, where] of reads) {
        if (lookup.state !== 'denied')
            continue;
        findings.warning('live/access-denied', resource, `${what} ${(0,live_findings/* quoteResource */.fg)(resource)}${where} could not be read (access denied to ${lookup.action}): its checks were skipped`, `allow ${lookup.action} to the role or user this runs as (the README lists every read-only action --live uses)`);
    }
    return findings.findings;
}
function deploymentConfigName(snapshot) {
    return snapshot.deploymentGroup?.state === 'found' ? snapshot.deploymentGroup.value.deploymentConfigName : undefined;
}


/***/ }),

/***/ 4326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ LiveFindings),
/* harmony export */   Qy: () => (/* binding */ accountFindings),
/* harmony export */   fg: () => (/* binding */ quoteResource)
/* harmony export */ });
/* harmony import */ var _deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/** What a live check found: a rule id under `live/…`, the resource it is about, what is wrong and the fix. */

/** Collects the findings of the live checks, in the order the rules run. */
class LiveFindings {
    #findings = [];
    /** The account would reject or break the deployment. */
    error(rule, resource, message, fix) {
        this.#findings.push({ rule, severity: 'error', resource, message, fix });
    }
    /** The deployment may go wrong, or a check could not be made. */
    warning(rule, resource, message, fix) {
        this.#findings.push({ rule, severity: 'warning', resource, message, fix });
    }
    get findings() {
        return this.#findings;
    }
}
/** Where a finding about the account is: at no line of any file. */
const NO_PLACE = { line: 0, column: 0 };
/**
 * The live findings as the hosts report findings: about the account `aws:<region>`, at no line, and capped as a
 * file's are (the first hundred, then one `live/more-findings` that counts the rest) — a task of a thousand missing
 * secrets lists no more than a file of a thousand mistakes.
 */
function accountFindings(findings, region) {
    const account = new _deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .FileFindings */ .zp(`aws:${region}`, 'live');
    for (const { severity, rule, message, fix } of findings)
        account.add(severity, rule, NO_PLACE, message, fix);
    return account.findings;
}
/** The longest name or ARN of the account shown whole: a listener rule's ARN runs to some 170 characters. */
const RESOURCE_LIMIT = 256;
/**
 * A name or ARN from the account or the inputs as a finding quotes it: outside text, so quoted and clipped as a file's
 * values are (quote()), but whole up to 256 characters — a clipped ARN names no resource.
 */
function quoteResource(value) {
    return (0,_deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value, RESOURCE_LIMIT);
}


/***/ }),

/***/ 9947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ taskReads),
/* harmony export */   Li: () => (/* binding */ secretReferences),
/* harmony export */   Mz: () => (/* binding */ containersOf),
/* harmony export */   SQ: () => (/* binding */ isListenerArn),
/* harmony export */   Z$: () => (/* binding */ deploymentReads),
/* harmony export */   Zs: () => (/* binding */ awslogsGroups),
/* harmony export */   l9: () => (/* binding */ deploymentGroupRoutes)
/* harmony export */ });
/** The containers of the task definition. */
function containersOf(subject) {
    return subject.taskDefinition.containerDefinitions ?? [];
}
/** The awslogs log groups of `subject`'s containers that must exist (those not created with awslogs-create-group). */
function awslogsGroups(subject) {
    const groups = new Map();
    for (const container of containersOf(subject)) {
        const logging = container.logConfiguration;
        const options = logging?.options ?? {};
        const name = options['awslogs-group'];
        if (logging?.logDriver !== 'awslogs' || name === undefined || options['awslogs-create-group'] === 'true')
            continue;
        const region = options['awslogs-region'] ?? subject.region;
        groups.set(`${region} ${name}`, { region, name });
    }
    return [...groups.values()];
}
/** Every `valueFrom` of the task: container secrets, log driver secret options, private registry credentials. */
function secretReferences(subject) {
    const references = containersOf(subject).flatMap((container) => [
        ...(container.secrets ?? []).map((secret) => secret.valueFrom),
        ...(container.logConfiguration?.secretOptions ?? []).map((secret) => secret.valueFrom),
        container.repositoryCredentials?.credentialsParameter,
    ]);
    return unique(references);
}
/** The first round: what the task definition names. */
function taskReads(subject) {
    const { executionRoleArn, taskRoleArn } = subject.taskDefinition;
    return {
        roles: unique([executionRoleArn, taskRoleArn]),
        logGroups: awslogsGroups(subject),
        secrets: secretReferences(subject),
    };
}
/** ECS's listener "rule" fields take a listener ARN for an NLB: those are read as listeners. */
function isListenerArn(arn) {
    return /:listener\//.test(arn);
}
/** The deployment group's target group names, production listeners and test listeners (first pair: ECS has one). */
function deploymentGroupRoutes(group) {
    const pair = group.loadBalancerInfo?.targetGroupPairInfoList?.[0];
    return {
        targetGroups: unique((pair?.targetGroups ?? []).map((targetGroup) => targetGroup.name)),
        production: unique(pair?.prodTrafficRoute?.listenerArns ?? []),
        test: unique(pair?.testTrafficRoute?.listenerArns ?? []),
    };
}
/** The second round: what the service (and for `codedeploy`, the deployment group) names. */
function deploymentReads(subject, service, group) {
    const loadBalancers = service?.loadBalancers ?? [];
    const targetGroups = loadBalancers.map((loadBalancer) => loadBalancer.targetGroupArn);
    const listeners = [];
    const rules = [];
    const roles = [];
    const functions = [];
    if (subject.target === 'ecs') {
        for (const { advancedConfiguration: advanced } of loadBalancers) {
            if (advanced === undefined)
                continue;
            targetGroups.push(advanced.alternateTargetGroupArn);
            for (const arn of [advanced.productionListenerRule, advanced.testListenerRule]) {
                if (arn !== undefined)
                    (isListenerArn(arn) ? listeners : rules).push(arn);
            }
            roles.push(advanced.roleArn);
        }
        for (const hook of service?.deploymentConfiguration?.lifecycleHooks ?? []) {
            if (hook.targetType === 'PAUSE')
                continue;
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
function unique(values) {
    return [...new Set(values.filter((value) => value !== undefined && value !== ''))];
}


/***/ })

};
