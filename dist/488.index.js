export const id = 488;
export const ids = [488];
export const modules = {

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k9: () => (/* binding */ warned)
/* harmony export */ });
/* unused harmony exports RULE_TABLE_START, RULE_TABLE_END, ruleTableMarkdown, withRuleTables, tableCell */
/** The marker lines around the generated section. */
const RULE_TABLE_START = '<!-- taskdef-rules:start — generated from src/deploy-files by `npm run readme:rules`; edit the rules, not this -->';
const RULE_TABLE_END = '<!-- taskdef-rules:end -->';
/** The data types in the order of the ECS API reference's task definition; others follow alphabetically. */
const TYPE_ORDER = (/* unused pure expression or super */ null && ([
    'RegisterTaskDefinition',
    'ContainerDefinition',
    'HealthCheck',
    'PortMapping',
    'ContainerRestartPolicy',
    'RuntimePlatform',
    'LogConfiguration',
    'FirelensConfiguration',
    'LinuxParameters',
    'Ulimit',
    'EphemeralStorage',
    'Volume',
    'HostVolumeProperties',
    'EFSVolumeConfiguration',
    'ProxyConfiguration',
    'ResourceRequirement',
    'SystemControl',
    'TaskDefinitionPlacementConstraint',
]));
/** The tables, one per data type, as Markdown (without the markers). */
function ruleTableMarkdown(docs) {
    const types = [...new Set(docs.map((doc) => doc.dataType))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return types
        .map((type) => {
        const rows = docs
            .filter((doc) => doc.dataType === type)
            .map((doc) => `| ${tableCell(doc.field)} | ${tableCell(doc.rule)}${warned(doc) ? ' (warning)' : ''} | \`${doc.id}\` | ${tableCell(doc.source)} |`);
        return [`**${type}**`, '', '| field | rule | id | source |', '| --- | --- | --- | --- |', ...rows].join('\n');
    })
        .join('\n\n');
}
/**
 * The README with a generated section replaced by `tables`: the task definition rules' unless `markers` names
 * another's (the live rules', src/live/rule-docs.ts).
 * @throws Error when the markers are missing or out of order
 */
function withRuleTables(readme, tables, [startMarker, endMarker] = [RULE_TABLE_START, RULE_TABLE_END]) {
    const start = readme.indexOf(startMarker);
    const end = readme.indexOf(endMarker);
    if (start === -1 || end < start) {
        throw new Error(`README.md lacks the lines ${startMarker} and ${endMarker}, in that order`);
    }
    return `${readme.slice(0, start + startMarker.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}
/** Whether a row needs "(warning)" after its rule: a warning whose text does not say so already. */
function warned(doc) {
    return doc.severity === 'warning' && !doc.rule.includes('warning');
}
function rank(type) {
    const index = TYPE_ORDER.indexOf(type);
    return index === -1 ? TYPE_ORDER.length : index;
}
/** A table cell: pipes, angle brackets and asterisks escaped, so Markdown shows the text as written. */
function tableCell(text) {
    return text
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\*/g, '\\*')
        .replace(/\n/g, ' ');
}


/***/ }),

/***/ 7488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPLAINED_LIVE_RULES: () => (/* binding */ EXPLAINED_LIVE_RULES),
  explainLiveRule: () => (/* binding */ explainLiveRule)
});

// EXTERNAL MODULE: ./src/deploy-files/findings.ts
var findings = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/deploy-files/rule-table.ts
var rule_table = __webpack_require__(7318);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/live/findings.ts
var live_findings = __webpack_require__(4326);
// EXTERNAL MODULE: ./src/live/check.ts + 3 modules
var check = __webpack_require__(7712);
;// CONCATENATED MODULE: ./src/live/example-account.ts
const ACCOUNT = '111122223333';
const arn = (service, resource) => `arn:aws:${service}:us-east-1:${ACCOUNT}:${resource}`;
const BLUE = arn('elasticloadbalancing', 'targetgroup/web-blue/1d2c3b4a5f6e7d8c');
const GREEN = arn('elasticloadbalancing', 'targetgroup/web-green/8c7d6e5f4a3b2c1d');
const PROD_LISTENER = arn('elasticloadbalancing', 'listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2');
const TEST_LISTENER = arn('elasticloadbalancing', 'listener/app/web/50dc6c495c0c9188/0467ef3c8400ae65');
const PROD_RULE = arn('elasticloadbalancing', 'listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee');
const TEST_RULE = arn('elasticloadbalancing', 'listener-rule/app/web/50dc6c495c0c9188/0467ef3c8400ae65/3f1a9c2e7d5b4a60');
const EXECUTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`;
const TASK_ROLE = `arn:aws:iam::${ACCOUNT}:role/web-task`;
const INFRA_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsInfrastructureRoleForLoadBalancers`;
const HOOK_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsHookInvoke`;
const HOOK_FUNCTION = arn('lambda', 'function:web-smoke-test');
const DB_SECRET = arn('secretsmanager', 'secret:web/db-AbCdEf:password::');
const API_PARAMETER = '/web/api-key';
/** An answer that found `value`. */
const found = (value) => ({ state: 'found', value });
/** An answer that found nothing, in the service's words. */
const missing = (reason) => ({ state: 'missing', reason });
/** An answer the credentials may not read. */
const denied = (action) => ({ state: 'denied', action });
/** IAM's answer: the trust policy URL-encoded, as GetRole returns it. */
function role(name, ...services) {
    const policy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }],
    };
    return found({
        RoleName: name,
        Path: '/',
        RoleId: 'AROAEXAMPLEID',
        Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
        CreateDate: new Date('2025-07-17T10:00:00Z'),
        AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(policy)),
    });
}
function targetGroup(name, targetGroupArn) {
    return found({
        TargetGroupArn: targetGroupArn,
        TargetGroupName: name,
        Protocol: 'HTTP',
        Port: 8080,
        VpcId: 'vpc-0f1e2d3c4b5a69788',
        HealthCheckProtocol: 'HTTP',
        HealthCheckPort: 'traffic-port',
        TargetType: 'ip',
        LoadBalancerArns: [arn('elasticloadbalancing', 'loadbalancer/app/web/50dc6c495c0c9188')],
    });
}
/** The deployment the example account is checked for. */
function subject(target) {
    return {
        target,
        region: 'us-east-1',
        cluster: 'prod',
        service: 'web',
        ...(target === 'codedeploy' && {
            codedeploy: { application: 'AppECS-prod-web', deploymentGroup: 'DgpECS-prod-web' },
        }),
        taskDefinition: {
            family: 'web',
            requiresCompatibilities: ['FARGATE'],
            networkMode: 'awsvpc',
            cpu: '256',
            memory: '512',
            runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
            executionRoleArn: EXECUTION_ROLE,
            taskRoleArn: TASK_ROLE,
            containerDefinitions: [
                {
                    name: 'web',
                    image: '<IMAGE1_NAME>',
                    portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
                    secrets: [
                        { name: 'DB_PASSWORD', valueFrom: DB_SECRET },
                        { name: 'API_KEY', valueFrom: API_PARAMETER },
                    ],
                    logConfiguration: {
                        logDriver: 'awslogs',
                        options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
                    },
                },
            ],
        },
        images: [{ name: 'Image1 (team/web)', platforms: ['linux/amd64'] }],
    };
}
const codeDeployService = {
    serviceArn: arn('ecs', 'service/prod/web'),
    serviceName: 'web',
    clusterArn: arn('ecs', 'cluster/prod'),
    status: 'ACTIVE',
    launchType: 'FARGATE',
    deploymentController: { type: 'CODE_DEPLOY' },
    loadBalancers: [{ targetGroupArn: BLUE, containerName: 'web', containerPort: 8080 }],
    taskSets: [
        {
            id: 'ecs-svc/9223370474617042452',
            status: 'PRIMARY',
            loadBalancers: [{ targetGroupArn: BLUE, containerName: 'web', containerPort: 8080 }],
        },
    ],
};
const nativeService = {
    serviceArn: arn('ecs', 'service/prod/web'),
    serviceName: 'web',
    clusterArn: arn('ecs', 'cluster/prod'),
    status: 'ACTIVE',
    launchType: 'FARGATE',
    deploymentController: { type: 'ECS' },
    deploymentConfiguration: {
        strategy: 'BLUE_GREEN',
        bakeTimeInMinutes: 5,
        maximumPercent: 200,
        minimumHealthyPercent: 100,
        lifecycleHooks: [
            {
                hookTargetArn: HOOK_FUNCTION,
                roleArn: HOOK_ROLE,
                lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
            },
        ],
    },
    loadBalancers: [
        {
            targetGroupArn: BLUE,
            containerName: 'web',
            containerPort: 8080,
            advancedConfiguration: {
                alternateTargetGroupArn: GREEN,
                productionListenerRule: PROD_RULE,
                testListenerRule: TEST_RULE,
                roleArn: INFRA_ROLE,
            },
        },
    ],
};
const weightedForward = [
    {
        Type: 'forward',
        Order: 1,
        ForwardConfig: {
            TargetGroups: [
                { TargetGroupArn: BLUE, Weight: 100 },
                { TargetGroupArn: GREEN, Weight: 0 },
            ],
            TargetGroupStickinessConfig: { Enabled: false },
        },
    },
];
/** Everything the checks read of a correct setup for `target`: no finding at all. */
function snapshot(target) {
    const common = {
        targetGroups: { [BLUE]: targetGroup('web-blue', BLUE), [GREEN]: targetGroup('web-green', GREEN) },
        roles: {
            [EXECUTION_ROLE]: role('ecsTaskExecutionRole', 'ecs-tasks.amazonaws.com'),
            [TASK_ROLE]: role('web-task', 'ecs-tasks.amazonaws.com'),
        },
        logGroups: { 'us-east-1 /ecs/web': found(true) },
        secrets: { [DB_SECRET]: found(true), [API_PARAMETER]: found(true) },
        functions: {},
    };
    if (target === 'codedeploy') {
        return {
            ...common,
            service: found(structuredClone(codeDeployService)),
            application: found({ applicationName: 'AppECS-prod-web', computePlatform: 'ECS' }),
            deploymentGroup: found({
                applicationName: 'AppECS-prod-web',
                deploymentGroupName: 'DgpECS-prod-web',
                deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
                serviceRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsCodeDeployRole`,
                computePlatform: 'ECS',
                deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
                autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
                ecsServices: [{ serviceName: 'web', clusterName: 'prod' }],
                loadBalancerInfo: {
                    targetGroupPairInfoList: [
                        {
                            targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }],
                            prodTrafficRoute: { listenerArns: [PROD_LISTENER] },
                            testTrafficRoute: { listenerArns: [TEST_LISTENER] },
                        },
                    ],
                },
            }),
            deploymentConfig: found({
                deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
                computePlatform: 'ECS',
                trafficRoutingConfig: { type: 'AllAtOnce' },
            }),
            targetGroups: {
                ...common.targetGroups,
                'web-blue': targetGroup('web-blue', BLUE),
                'web-green': targetGroup('web-green', GREEN),
            },
            listeners: {
                [PROD_LISTENER]: found({
                    ListenerArn: PROD_LISTENER,
                    Port: 80,
                    Protocol: 'HTTP',
                    DefaultActions: [{ Type: 'forward', TargetGroupArn: BLUE }],
                }),
                [TEST_LISTENER]: found({
                    ListenerArn: TEST_LISTENER,
                    Port: 8080,
                    Protocol: 'HTTP',
                    DefaultActions: [{ Type: 'forward', TargetGroupArn: GREEN }],
                }),
            },
            rules: {},
        };
    }
    return {
        ...common,
        service: found(structuredClone(nativeService)),
        listeners: {},
        rules: {
            [PROD_RULE]: found({
                RuleArn: PROD_RULE,
                Priority: '1',
                IsDefault: false,
                Actions: structuredClone(weightedForward),
            }),
            [TEST_RULE]: found({
                RuleArn: TEST_RULE,
                Priority: '1',
                IsDefault: false,
                Actions: structuredClone(weightedForward),
            }),
        },
        roles: {
            ...common.roles,
            [INFRA_ROLE]: role('ecsInfrastructureRoleForLoadBalancers', 'ecs.amazonaws.com'),
            [HOOK_ROLE]: role('ecsHookInvoke', 'ecs.amazonaws.com'),
        },
        functions: {
            [HOOK_FUNCTION]: found({
                FunctionName: 'web-smoke-test',
                FunctionArn: HOOK_FUNCTION,
                Runtime: 'nodejs22.x',
            }),
        },
    };
}
/** A fresh copy of the example account; nothing an example changes is seen by the next. */
function exampleAccount(target) {
    return { subject: structuredClone(subject(target)), answers: structuredClone(snapshot(target)) };
}
/**
 * The value of an answer that found it.
 * @throws Error when the example account's answer is not found (an example written against another account)
 */
function foundValue(lookup) {
    if (lookup?.state !== 'found')
        throw new Error('the example account has no such answer');
    return lookup.value;
}
/** The example account's service, to change. */
function serviceOf(account) {
    return foundValue(account.answers.service);
}

;// CONCATENATED MODULE: ./src/live/rule-docs.ts
/**
 * What each `--live` rule says about itself: its id, the read-only call and the answer's field it decides on, the
 * rule in words, where AWS states it, and two examples made from the example account (example-account.ts) — one it
 * refuses and the nearest one it accepts. The README's table, `validate --explain live/…` and a unit table are made
 * from these, as the task definition rules' are from theirs (deploy-files/rule-docs.ts).
 */




const AS_IS = 'the example account, as it is';
const rules = (account) => account.answers.rules;
const containerOf = (account) => {
    const [first] = account.subject.taskDefinition.containerDefinitions ?? [];
    if (first === undefined)
        throw new Error('the example task definition has no container');
    return first;
};
const advancedOf = (account) => {
    const advanced = serviceOf(account).loadBalancers?.[0]?.advancedConfiguration;
    if (advanced === undefined)
        throw new Error('the example service has no advancedConfiguration');
    return advanced;
};
const groupOf = (account) => foundValue(account.answers.deploymentGroup);
/** Every rule of `--live`, in the README's order: the service, CodeDeploy, ECS blue/green, the task, the reads. */
const LIVE_RULES = [
    {
        id: 'live/service-missing',
        call: 'ecs:DescribeServices',
        field: 'failures[].reason + services[].status',
        rule: 'the service is in the cluster and ACTIVE',
        source: 'ECS API reference, DescribeServices (a failure MISSING; a service DRAINING or INACTIVE takes no deployment)',
        refuses: {
            target: 'codedeploy',
            says: 'DescribeServices answers the service web with a failure MISSING',
            change: (account) => {
                account.answers.service = missing('MISSING: arn:aws:ecs:us-east-1:111122223333:service/prod/web');
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
    {
        id: 'live/deployment-controller',
        call: 'ecs:DescribeServices',
        field: 'Service.deploymentController.type',
        rule: 'CODE_DEPLOY for deploy-target codedeploy, ECS (or none) for ecs',
        source: 'CodeDeploy: "Deployment group\'s ECS service must be configured for a CODE_DEPLOY deployment controller"; ' +
            'ECS: "Unable to update task definition on services with a CODE_DEPLOY deployment controller"',
        refuses: {
            target: 'codedeploy',
            says: 'the service web has the ECS deployment controller; deploy-target is codedeploy',
            change: (account) => {
                serviceOf(account).deploymentController = { type: 'ECS' };
            },
        },
        accepts: { target: 'ecs', says: 'the service web has the ECS deployment controller; deploy-target is ecs' },
    },
    {
        id: 'live/launch-type',
        call: 'ecs:DescribeServices',
        field: 'Service.launchType + Service.capacityProviderStrategy',
        rule: "the service's launch type and capacity providers are among the task definition's requiresCompatibilities (EC2 runs Fargate task definitions too)",
        source: 'ECS API reference, CreateService.launchType and RegisterTaskDefinition.requiresCompatibilities',
        refuses: {
            target: 'ecs',
            says: 'the service web runs on the launch type EXTERNAL; the task definition requires FARGATE',
            change: (account) => {
                serviceOf(account).launchType = 'EXTERNAL';
            },
        },
        accepts: {
            target: 'ecs',
            says: 'the service web runs on an Auto Scaling group capacity provider; the task definition requires FARGATE',
            change: (account) => {
                const service = serviceOf(account);
                delete service.launchType;
                service.capacityProviderStrategy = [{ capacityProvider: 'web-asg', weight: 1, base: 0 }];
            },
        },
    },
    {
        id: 'live/load-balancer-container',
        call: 'ecs:DescribeServices',
        field: 'Service.loadBalancers[].containerName + .containerPort',
        rule: "the container and port the service's load balancer targets are a container of the task definition with that containerPort",
        source: 'ECS API reference, LoadBalancer.containerName and LoadBalancer.containerPort',
        refuses: {
            target: 'codedeploy',
            says: 'the load balancer targets web:8080; the container web maps port 80 only',
            change: (account) => {
                containerOf(account).portMappings = [{ containerPort: 80, protocol: 'tcp' }];
            },
        },
        accepts: {
            target: 'codedeploy',
            says: 'the load balancer targets web:8080; the container web maps ports 80 and 8080',
            change: (account) => {
                containerOf(account).portMappings = [
                    { containerPort: 80, protocol: 'tcp' },
                    { containerPort: 8080, protocol: 'tcp' },
                ];
            },
        },
    },
    {
        id: 'live/target-group-missing',
        call: 'elasticloadbalancing:DescribeTargetGroups',
        field: 'TargetGroups[]',
        rule: 'every target group the service or the deployment group names exists (for ecs, the alternate target group too)',
        source: 'ELB API reference, DescribeTargetGroups (TargetGroupNotFound)',
        refuses: {
            target: 'ecs',
            says: "DescribeTargetGroups does not find the service's target group web-blue",
            change: (account) => {
                account.answers.targetGroups[BLUE] = missing('TargetGroupNotFound: One or more target groups not found');
            },
        },
        accepts: { target: 'ecs', says: AS_IS },
    },
    {
        id: 'live/target-group-target-type',
        call: 'elasticloadbalancing:DescribeTargetGroups',
        field: 'TargetGroup.TargetType',
        rule: 'ip for a task in awsvpc network mode, instance otherwise',
        source: 'ECS developer guide, Use load balancing to distribute ECS service traffic (awsvpc tasks register by IP: target type ip)',
        refuses: {
            target: 'ecs',
            says: 'the target group web-blue has target type instance; the task runs in awsvpc network mode',
            change: (account) => {
                foundValue(account.answers.targetGroups[BLUE]).TargetType = 'instance';
            },
        },
        accepts: {
            target: 'ecs',
            says: 'both target groups have target type instance; an EC2 task in bridge network mode, the service on EC2',
            change: (account) => {
                Object.assign(account.subject.taskDefinition, { networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
                serviceOf(account).launchType = 'EC2';
                for (const arn of [BLUE, GREEN])
                    foundValue(account.answers.targetGroups[arn]).TargetType = 'instance';
            },
        },
    },
    {
        id: 'live/target-group-protocol',
        call: 'elasticloadbalancing:DescribeTargetGroups',
        field: 'TargetGroup.Protocol + PortMapping.protocol',
        rule: 'a UDP port mapping behind a UDP or TCP_UDP target group, a TCP one behind HTTP, HTTPS, TCP or TLS',
        source: 'ELB API reference, CreateTargetGroup.Protocol; ECS API reference, PortMapping.protocol',
        refuses: {
            target: 'codedeploy',
            says: 'the container maps 8080/udp; its target group web-blue speaks HTTP',
            change: (account) => {
                containerOf(account).portMappings = [{ containerPort: 8080, protocol: 'udp' }];
            },
        },
        accepts: {
            target: 'codedeploy',
            says: 'the container maps 8080/udp; its target group web-blue speaks UDP',
            change: (account) => {
                containerOf(account).portMappings = [{ containerPort: 8080, protocol: 'udp' }];
                foundValue(account.answers.targetGroups[BLUE]).Protocol = 'UDP';
            },
        },
    },
    {
        id: 'live/codedeploy-application',
        call: 'codedeploy:GetApplication',
        field: 'ApplicationInfo.computePlatform',
        rule: 'the application exists and its compute platform is ECS',
        source: 'CodeDeploy API reference, GetApplication (ApplicationDoesNotExistException) and ApplicationInfo.computePlatform',
        refuses: {
            target: 'codedeploy',
            says: 'GetApplication does not find AppECS-prod-web',
            change: (account) => {
                account.answers.application = missing('ApplicationDoesNotExistException: No application found for name: AppECS-prod-web');
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
    {
        id: 'live/deployment-group-missing',
        call: 'codedeploy:GetDeploymentGroup',
        field: 'deploymentGroupInfo',
        rule: 'the deployment group exists in the application',
        source: 'CodeDeploy API reference, GetDeploymentGroup (DeploymentGroupDoesNotExistException)',
        refuses: {
            target: 'codedeploy',
            says: 'GetDeploymentGroup does not find DgpECS-prod-web',
            change: (account) => {
                account.answers.deploymentGroup = missing('DeploymentGroupDoesNotExistException');
                delete account.answers.deploymentConfig;
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
    {
        id: 'live/deployment-group-service',
        call: 'codedeploy:GetDeploymentGroup',
        field: 'DeploymentGroupInfo.ecsServices',
        rule: 'the deployment group deploys this cluster and service',
        source: 'CodeDeploy API reference, DeploymentGroupInfo.ecsServices',
        refuses: {
            target: 'codedeploy',
            says: 'the deployment group DgpECS-prod-web deploys staging/web; the service is prod/web',
            change: (account) => {
                groupOf(account).ecsServices = [{ serviceName: 'web', clusterName: 'staging' }];
            },
        },
        accepts: {
            target: 'codedeploy',
            says: 'the deployment group deploys prod/web; the cluster is given as its ARN',
            change: (account) => {
                account.subject.cluster = 'arn:aws:ecs:us-east-1:111122223333:cluster/prod';
            },
        },
    },
    {
        id: 'live/deployment-group-target-groups',
        call: 'codedeploy:GetDeploymentGroup',
        field: 'TargetGroupPairInfo.targetGroups + Service.loadBalancers',
        rule: "two target groups, the service's among them",
        source: 'CodeDeploy API reference, TargetGroupPairInfo (an ECS deployment group has one pair of two target groups)',
        refuses: {
            target: 'codedeploy',
            says: 'the service sends traffic to the target group old; the deployment group names web-blue and web-green',
            change: (account) => {
                const [loadBalancer] = serviceOf(account).loadBalancers ?? [];
                if (loadBalancer)
                    loadBalancer.targetGroupArn = GREEN.replace('web-green', 'old');
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
    {
        id: 'live/listener-missing',
        call: 'elasticloadbalancing:DescribeListeners',
        field: 'TargetGroupPairInfo.prodTrafficRoute + .testTrafficRoute',
        rule: 'a production listener, and every listener of the traffic routes exists',
        source: 'CodeDeploy API reference, TrafficRoute.listenerArns; ELB API reference, DescribeListeners (ListenerNotFound)',
        refuses: {
            target: 'codedeploy',
            says: 'DescribeListeners does not find the production listener',
            change: (account) => {
                account.answers.listeners[PROD_LISTENER] = missing('ListenerNotFound');
            },
        },
        accepts: {
            target: 'codedeploy',
            says: 'the deployment group has no test listener (it is optional)',
            change: (account) => {
                const [pair] = groupOf(account).loadBalancerInfo?.targetGroupPairInfoList ?? [];
                if (pair)
                    delete pair.testTrafficRoute;
                delete account.answers.listeners[TEST_LISTENER];
            },
        },
    },
    {
        id: 'live/listener-forward',
        call: 'elasticloadbalancing:DescribeListeners',
        field: 'Listener.DefaultActions',
        rule: "the production listener forwards to the primary task set's target group, the test listener to one of the pair",
        source: 'CodeDeploy: "The ELB could not be updated … Primary taskset target group must be behind listener"',
        refuses: {
            target: 'codedeploy',
            says: 'the production listener forwards to web-green; the primary task set is on web-blue',
            change: (account) => {
                foundValue(account.answers.listeners[PROD_LISTENER]).DefaultActions = [
                    { Type: 'forward', TargetGroupArn: GREEN },
                ];
            },
        },
        accepts: {
            target: 'codedeploy',
            says: 'the production listener forwards to web-blue at weight 100 and web-green at 0',
            change: (account) => {
                foundValue(account.answers.listeners[PROD_LISTENER]).DefaultActions = [
                    {
                        Type: 'forward',
                        ForwardConfig: {
                            TargetGroups: [
                                { TargetGroupArn: BLUE, Weight: 100 },
                                { TargetGroupArn: GREEN, Weight: 0 },
                            ],
                        },
                    },
                ];
            },
        },
    },
    {
        id: 'live/deployment-config-missing',
        call: 'codedeploy:GetDeploymentConfig',
        field: 'DeploymentGroupInfo.deploymentConfigName',
        rule: "the deployment group's deployment config exists",
        source: 'CodeDeploy API reference, GetDeploymentConfig (DeploymentConfigDoesNotExistException)',
        refuses: {
            target: 'codedeploy',
            says: 'the deployment group names the deployment config web-canary, which GetDeploymentConfig does not find',
            change: (account) => {
                groupOf(account).deploymentConfigName = 'web-canary';
                account.answers.deploymentConfig = missing('DeploymentConfigDoesNotExistException');
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
    {
        id: 'live/auto-rollback',
        call: 'codedeploy:GetDeploymentGroup',
        field: 'DeploymentGroupInfo.autoRollbackConfiguration',
        rule: 'automatic rollback is on',
        source: 'CodeDeploy user guide, Redeploy and roll back a deployment with CodeDeploy (a choice, so a warning)',
        severity: 'warning',
        refuses: {
            target: 'codedeploy',
            says: 'the deployment group DgpECS-prod-web has automatic rollback off',
            change: (account) => {
                groupOf(account).autoRollbackConfiguration = { enabled: false };
            },
        },
        accepts: { target: 'codedeploy', says: 'automatic rollback on DEPLOYMENT_FAILURE (the example account)' },
    },
    {
        id: 'live/advanced-configuration',
        call: 'ecs:DescribeServices',
        field: 'DeploymentConfiguration.strategy + LoadBalancer.advancedConfiguration',
        rule: 'a BLUE_GREEN, LINEAR or CANARY service gives each load balancer an advancedConfiguration',
        source: 'ECS API reference, LoadBalancer.advancedConfiguration and DeploymentConfiguration.strategy',
        refuses: {
            target: 'ecs',
            says: 'the service web deploys BLUE_GREEN; its load balancer has no advancedConfiguration',
            change: (account) => {
                delete serviceOf(account).loadBalancers?.[0]?.advancedConfiguration;
            },
        },
        accepts: {
            target: 'ecs',
            says: 'the service web deploys ROLLING; its load balancer has no advancedConfiguration',
            change: (account) => {
                const service = serviceOf(account);
                delete service.loadBalancers?.[0]?.advancedConfiguration;
                if (service.deploymentConfiguration)
                    service.deploymentConfiguration.strategy = 'ROLLING';
            },
        },
    },
    {
        id: 'live/listener-rule-missing',
        call: 'elasticloadbalancing:DescribeRules',
        field: 'AdvancedConfiguration.productionListenerRule + .testListenerRule',
        rule: 'the production (and test) listener rule exists (for a Network Load Balancer, the listener)',
        source: 'ECS API reference, AdvancedConfiguration; ELB API reference, DescribeRules (RuleNotFound)',
        refuses: {
            target: 'ecs',
            says: 'DescribeRules does not find the production listener rule',
            change: (account) => {
                rules(account)[PROD_RULE] = missing('RuleNotFound');
            },
        },
        accepts: {
            target: 'ecs',
            says: 'the service has no test listener rule (it is optional)',
            change: (account) => {
                delete advancedOf(account).testListenerRule;
            },
        },
    },
    {
        id: 'live/listener-rule-forward',
        call: 'elasticloadbalancing:DescribeRules',
        field: 'Rule.Actions',
        rule: 'each listener rule forwards to both target groups (a weighted forward) and has no other kind of action',
        source: 'ECS: "Both targetGroup and alternateTargetGroup must be associated with the productionListenerRule or testListenerRule"; ' +
            'ECS developer guide, resources for blue/green deployments (forward actions only)',
        refuses: {
            target: 'ecs',
            says: 'the production listener rule authenticates with Cognito before it forwards',
            change: (account) => {
                foundValue(rules(account)[PROD_RULE]).Actions?.unshift({
                    Type: 'authenticate-cognito',
                    Order: 0,
                    AuthenticateCognitoConfig: {
                        UserPoolArn: 'arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_example',
                        UserPoolClientId: 'client',
                        UserPoolDomain: 'web',
                    },
                });
            },
        },
        accepts: {
            target: 'ecs',
            says: 'both rules forward to web-blue at weight 100 and web-green at 0 (the example account)',
        },
    },
    {
        id: 'live/listener-rules-same',
        call: 'ecs:DescribeServices',
        field: 'AdvancedConfiguration.productionListenerRule + .testListenerRule',
        rule: 'production and test traffic have different listener rules',
        source: 'ECS: "The following rules cannot be used as both production and test listener rules"',
        refuses: {
            target: 'ecs',
            says: 'the test listener rule is the production listener rule',
            change: (account) => {
                advancedOf(account).testListenerRule = PROD_RULE;
            },
        },
        accepts: { target: 'ecs', says: AS_IS },
    },
    {
        id: 'live/infrastructure-role',
        call: 'iam:GetRole',
        field: 'AdvancedConfiguration.roleArn',
        rule: 'the infrastructure role exists and trusts ecs.amazonaws.com',
        source: 'ECS developer guide, Amazon ECS infrastructure IAM role for load balancers',
        refuses: {
            target: 'ecs',
            says: 'the infrastructure role trusts ecs-tasks.amazonaws.com, not ecs.amazonaws.com',
            change: (account) => {
                account.answers.roles[INFRA_ROLE] = role('ecsInfrastructureRoleForLoadBalancers', 'ecs-tasks.amazonaws.com');
            },
        },
        accepts: { target: 'ecs', says: AS_IS },
    },
    {
        id: 'live/hook-function-missing',
        call: 'lambda:GetFunctionConfiguration',
        field: 'DeploymentLifecycleHook.hookTargetArn',
        rule: "each lifecycle hook's Lambda function exists",
        source: 'ECS API reference, DeploymentLifecycleHook.hookTargetArn; Lambda API reference, GetFunctionConfiguration',
        refuses: {
            target: 'ecs',
            says: 'GetFunctionConfiguration does not find the hook function web-smoke-test',
            change: (account) => {
                account.answers.functions[HOOK_FUNCTION] = missing('ResourceNotFoundException: Function not found');
            },
        },
        accepts: { target: 'ecs', says: AS_IS },
    },
    {
        id: 'live/hook-role',
        call: 'iam:GetRole',
        field: 'DeploymentLifecycleHook.roleArn',
        rule: "each lifecycle hook's role exists and trusts ecs.amazonaws.com",
        source: 'ECS API reference, DeploymentLifecycleHook.roleArn; ECS developer guide, permissions for lifecycle hooks',
        refuses: {
            target: 'ecs',
            says: 'GetRole does not find the hook role ecsHookInvoke',
            change: (account) => {
                account.answers.roles[HOOK_ROLE] = missing('NoSuchEntity: The role with name ecsHookInvoke cannot be found.');
            },
        },
        accepts: { target: 'ecs', says: AS_IS },
    },
    {
        id: 'live/execution-role',
        call: 'iam:GetRole',
        field: 'TaskDefinition.executionRoleArn',
        rule: 'the task execution role exists and trusts ecs-tasks.amazonaws.com',
        source: 'ECS developer guide, Amazon ECS task execution IAM role',
        refuses: {
            target: 'codedeploy',
            says: 'GetRole does not find the execution role ecsTaskExecutionRole',
            change: (account) => {
                account.answers.roles[EXECUTION_ROLE] = missing('NoSuchEntity');
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
    {
        id: 'live/task-role',
        call: 'iam:GetRole',
        field: 'TaskDefinition.taskRoleArn',
        rule: 'the task role exists and trusts ecs-tasks.amazonaws.com',
        source: 'ECS developer guide, Amazon ECS task IAM role',
        refuses: {
            target: 'ecs',
            says: 'the task role web-task trusts lambda.amazonaws.com only',
            change: (account) => {
                account.answers.roles[TASK_ROLE] = role('web-task', 'lambda.amazonaws.com');
            },
        },
        accepts: {
            target: 'ecs',
            says: 'the task role web-task trusts lambda.amazonaws.com and ecs-tasks.amazonaws.com',
            change: (account) => {
                account.answers.roles[TASK_ROLE] = role('web-task', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com');
            },
        },
    },
    {
        id: 'live/log-group-missing',
        call: 'logs:DescribeLogGroups',
        field: 'LogConfiguration.options.awslogs-group',
        rule: 'the awslogs log group exists in its region, unless awslogs-create-group is "true"',
        source: 'ECS developer guide, Send Amazon ECS logs to CloudWatch (awslogs-create-group)',
        refuses: {
            target: 'codedeploy',
            says: 'DescribeLogGroups does not find /ecs/web in us-east-1',
            change: (account) => {
                account.answers.logGroups['us-east-1 /ecs/web'] = missing('not found');
            },
        },
        accepts: {
            target: 'codedeploy',
            says: 'the log group /ecs/web does not exist; the container sets awslogs-create-group "true"',
            change: (account) => {
                const options = containerOf(account).logConfiguration?.options;
                if (options)
                    options['awslogs-create-group'] = 'true';
                delete account.answers.logGroups['us-east-1 /ecs/web'];
            },
        },
    },
    {
        id: 'live/secret-missing',
        call: 'secretsmanager:DescribeSecret, ssm:GetParameters',
        field: 'Secret.valueFrom',
        rule: 'every valueFrom names a Secrets Manager secret or an SSM parameter that exists (asked by name: no value is read)',
        source: 'ECS developer guide, Pass sensitive data to an Amazon ECS container',
        refuses: {
            target: 'codedeploy',
            says: 'GetParameters lists /web/api-key among its InvalidParameters',
            change: (account) => {
                account.answers.secrets[API_PARAMETER] = missing('ParameterNotFound');
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
    {
        id: 'live/image-platform',
        call: '(the run: the platform input)',
        field: 'TaskDefinition.runtimePlatform',
        rule: "an image the run builds holds the task's platform (Fargate without runtimePlatform: linux/amd64)",
        source: 'ECS developer guide, CannotPullContainer task errors ("no matching manifest for linux/amd64")',
        refuses: {
            target: 'ecs',
            says: 'the run builds Image1 for linux/arm64; the task runs on X86_64',
            change: (account) => {
                account.subject.images = [{ name: 'Image1 (team/web)', platforms: ['linux/arm64'] }];
            },
        },
        accepts: {
            target: 'ecs',
            says: 'the run builds Image1 for linux/amd64 and linux/arm64; the task runs on X86_64',
            change: (account) => {
                account.subject.images = [{ name: 'Image1 (team/web)', platforms: ['linux/amd64', 'linux/arm64'] }];
            },
        },
    },
    {
        id: 'live/access-denied',
        call: '(every call)',
        field: 'AccessDenied',
        rule: 'a call the credentials may not make names the IAM action; the checks that needed its answer are skipped',
        source: 'IAM user guide, Troubleshoot access denied error messages (a warning: the deployment may still work)',
        severity: 'warning',
        refuses: {
            target: 'ecs',
            says: 'GetRole of the task role is denied (iam:GetRole)',
            change: (account) => {
                account.answers.roles[TASK_ROLE] = denied('iam:GetRole');
            },
        },
        accepts: { target: 'ecs', says: AS_IS },
    },
    {
        id: 'live/more-findings',
        call: '(the account)',
        field: '(the findings)',
        rule: `at most ${findings/* MAX_FINDINGS_PER_FILE */.hD} findings listed, then one that counts the rest (an error when any is)`,
        source: "GitHub's 1 MiB job summary and a readable log; not an AWS limit",
        refuses: {
            target: 'codedeploy',
            says: `${findings/* MAX_FINDINGS_PER_FILE */.hD + 1} secrets of the container web, none of which exists`,
            change: (account) => {
                const names = Array.from({ length: findings/* MAX_FINDINGS_PER_FILE */.hD + 1 }, (_, index) => `/web/missing-${index + 1}`);
                containerOf(account).secrets = names.map((name, index) => ({ name: `SECRET_${index + 1}`, valueFrom: name }));
                for (const name of names)
                    account.answers.secrets[name] = missing('ParameterNotFound');
            },
        },
        accepts: { target: 'codedeploy', says: AS_IS },
    },
];
/** The marker lines around the README's generated table of live rules. */
const LIVE_TABLE_START = '<!-- live-rules:start — generated from src/live/rule-docs.ts by `npm run readme:rules`; edit the rules, not this -->';
const LIVE_TABLE_END = '<!-- live-rules:end -->';
/** The README's table of live rules (call, field, rule, id, source), as Markdown without the markers. */
function liveRuleTableMarkdown(docs) {
    const rows = docs.map((doc) => `| ${tableCell(doc.call)} | ${tableCell(doc.field)} | ${tableCell(doc.rule)}${warned(doc) ? ' (warning)' : ''} | \`${doc.id}\` | ${tableCell(doc.source)} |`);
    return ['| call | field | rule | id | source |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
/** What the live checks find in an example's account (all of it: `accountFindings` caps it as reported). */
function checkExample(example) {
    const account = exampleAccount(example.target);
    example.change?.(account);
    return (0,check/* checkLive */.r)(account.subject, account.answers);
}

;// CONCATENATED MODULE: ./src/live/explain.ts






/** Every live rule id `--explain` knows, in README order. */
const EXPLAINED_LIVE_RULES = LIVE_RULES.map((doc) => doc.id);
/**
 * Explains a live rule id (`live/listener-rule-forward`).
 * @returns the text to print, or `unknown` with the closest id for a did-you-mean
 */
function explainLiveRule(id) {
    const wanted = id.trim();
    const doc = LIVE_RULES.find((candidate) => candidate.id === wanted);
    if (doc === undefined) {
        const suggestion = (0,suggest/* closestMatch */.h)(wanted, EXPLAINED_LIVE_RULES);
        return { kind: 'unknown', id: wanted, ...(suggestion !== undefined && { suggestion }) };
    }
    const { target, says } = doc.refuses;
    const { region, cluster, service } = subject(target);
    const found = (0,live_findings/* accountFindings */.Qy)(checkExample(doc.refuses), region)
        .filter((finding) => finding.rule === doc.id)
        .map(findings/* formatFinding */.tf);
    return {
        kind: 'rule',
        id: doc.id,
        text: [
            doc.id,
            '',
            `  ${doc.call}, ${doc.field}: ${doc.rule}${(0,rule_table/* warned */.k9)(doc) ? ' (a warning)' : ''}`,
            `    source: ${doc.source}`,
            '',
            `An account it refuses (deploy-target ${target}, cluster ${cluster}, service ${service}, in ${region}):`,
            '',
            `  ${says}`,
            '',
            'validate --live says:',
            '',
            ...found.flatMap((finding) => finding.split('\n').map((line) => `  ${line}`)),
            '',
        ].join('\n'),
    };
}


/***/ })

};
