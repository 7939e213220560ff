export const id = 682;
export const ids = [682];
export const modules = {

/***/ 7682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPLAINED_RULES: () => (/* binding */ EXPLAINED_RULES),
  explainRule: () => (/* binding */ explainRule)
});

// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/deploy-files/check.ts + 12 modules
var check = __webpack_require__(9984);
// EXTERNAL MODULE: ./src/deploy-files/findings.ts
var deploy_files_findings = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/deploy-files/rule-docs.ts
var rule_docs = __webpack_require__(6747);
;// CONCATENATED MODULE: ./src/deploy-files/service-rule-docs.ts
/**
 * What each service definition rule (`service/…`) says about itself, with a service definition it refuses and the
 * nearest one it accepts (see rule-docs.ts): `validate --explain service/…` prints them, the README's tables are
 * made from them, and rule-docs.test.ts checks both examples.
 */


const API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference';
const CONFIGURATION = rule_docs/* EXAMPLE_SERVICE_DEFINITION */.X4.deploymentConfiguration;
const [HOOK] = CONFIGURATION.lifecycleHooks;
const [BALANCER] = rule_docs/* EXAMPLE_SERVICE_DEFINITION */.X4.loadBalancers;
/** The example's deploymentConfiguration with members set. */
function deployment(members) {
    return { deploymentConfiguration: { ...CONFIGURATION, ...members } };
}
/** The example's first lifecycle hook with members set. */
function hook(members) {
    return deployment({ lifecycleHooks: [{ ...HOOK, ...members }] });
}
/** The example's load balancer with its advancedConfiguration's members set. */
function advanced(members) {
    return {
        loadBalancers: [{ ...BALANCER, advancedConfiguration: { ...BALANCER.advancedConfiguration, ...members } }],
    };
}
/** A service on the CODE_DEPLOY controller (checked with deploy-target codedeploy and an appspec). */
const CODE_DEPLOY_SERVICE = {
    deploymentController: { type: 'CODE_DEPLOY' },
    deploymentConfiguration: undefined,
    loadBalancers: [{ targetGroupArn: BALANCER.targetGroupArn, containerName: 'web', containerPort: 80 }],
};
/** The service definition rules, in the order of the README's family table. */
const SERVICE_RULES = [
    {
        id: 'service/syntax',
        dataType: 'CreateService',
        field: '(the file)',
        rule: 'strict JSON (no comments, no trailing commas)',
        source: 'RFC 8259; --cli-input-json takes JSON',
        path: '',
        refuses: { serviceText: '{"serviceName": "web",}\n' },
        accepts: { service: {} },
    },
    {
        id: 'service/duplicate-key',
        dataType: 'CreateService',
        field: '(every object)',
        rule: 'each key once (readers disagree on which one counts)',
        source: 'RFC 8259: names "SHOULD be unique"',
        path: 'duplicate key "serviceName"',
        refuses: { serviceText: '{"serviceName": "web", "serviceName": "api"}\n' },
        accepts: { service: {} },
    },
    {
        id: 'service/more-findings',
        dataType: 'CreateService',
        field: '(the file)',
        rule: `at most ${deploy_files_findings/* MAX_FINDINGS_PER_FILE */.hD} findings listed, then one that counts the rest (an error when any is)`,
        source: "GitHub's 1 MiB job summary and a readable log; not an AWS limit",
        path: 'not listed',
        refuses: {
            service: Object.fromEntries(Array.from({ length: deploy_files_findings/* MAX_FINDINGS_PER_FILE */.hD + 1 }, (_, index) => [`unknown${index}`, 1])),
        },
        accepts: { service: {} },
    },
    {
        id: 'service/structure',
        dataType: 'CreateService',
        field: '(the file)',
        rule: 'an object, or describe-services output with a service',
        source: `${API}/API_DescribeServices.html`,
        path: 'it must be an object',
        refuses: { serviceText: '[]\n' },
        accepts: { service: {} },
    },
    {
        id: 'service/unknown-key',
        dataType: 'CreateService',
        field: '(every key, nested ones too)',
        rule: 'a member of its data type in the model, with "did you mean" for a typo',
        source: 'the ECS API model (@aws-sdk/client-ecs), CreateService and UpdateService',
        path: 'did you mean "desiredCount"',
        refuses: { service: { desiredCont: 2 } },
        accepts: { service: {} },
    },
    {
        id: 'service/value-type',
        dataType: 'CreateService',
        field: '(every value)',
        rule: 'the type the model gives it',
        source: 'the ECS API model (@aws-sdk/client-ecs), CreateService and UpdateService',
        path: 'desiredCount',
        refuses: { service: { desiredCount: 'two' } },
        accepts: { service: {} },
    },
    {
        id: 'service/enum-value',
        dataType: 'CreateService',
        field: '(every enumeration)',
        rule: 'one of the values the model lists',
        source: 'the ECS API model (@aws-sdk/client-ecs), CreateService and UpdateService',
        path: 'launchType',
        refuses: { service: { launchType: 'FARGTE' } },
        accepts: { service: {} },
    },
    {
        id: 'service/missing-required',
        dataType: 'CreateService',
        field: '(required members)',
        rule: 'present: serviceName for create-service, service for update-service, and the required members of each type',
        source: 'the ECS API model (@aws-sdk/client-ecs), CreateService and UpdateService',
        path: '"serviceName"',
        refuses: { service: { serviceName: undefined } },
        accepts: { service: {} },
    },
    {
        id: 'service/describe-only-field',
        dataType: 'CreateService',
        field: 'serviceArn, status, deployments, events, …',
        rule: 'left out: only DescribeServices returns them',
        source: `${API}/API_Service.html`,
        path: '"status" is a field',
        severity: 'warning',
        refuses: { service: { status: 'ACTIVE' } },
        accepts: { service: {} },
    },
    {
        id: 'service/deployment-controller',
        dataType: 'DeploymentController',
        field: 'type + deploy-target',
        rule: 'CODE_DEPLOY for deploy-target codedeploy; ECS or left out for ecs',
        source: `${API}/API_DeploymentController.html`,
        path: 'deploymentController.type is "CODE_DEPLOY"',
        refuses: { service: { deploymentController: { type: 'CODE_DEPLOY' } } },
        accepts: { service: { deploymentController: undefined } },
    },
    {
        id: 'service/strategy',
        dataType: 'DeploymentConfiguration',
        field: 'strategy + linearConfiguration, canaryConfiguration',
        rule: 'linearConfiguration only with LINEAR, canaryConfiguration only with CANARY (early success criteria and a strategy under another controller: warnings)',
        source: `${API}/API_DeploymentConfiguration.html`,
        path: 'deploymentConfiguration.linearConfiguration',
        refuses: { service: deployment({ linearConfiguration: { stepPercent: 10, stepBakeTimeInMinutes: 5 } }) },
        accepts: { service: deployment({ bakeTimeInMinutes: 10 }) },
    },
    {
        id: 'service/bake-time',
        dataType: 'DeploymentConfiguration',
        field: 'bakeTimeInMinutes',
        rule: 'a whole number of minutes from 0 (set with BLUE_GREEN, at most 1440: warnings, AWS states no range)',
        source: `${API}/API_DeploymentConfiguration.html`,
        path: 'deploymentConfiguration.bakeTimeInMinutes',
        refuses: { service: deployment({ bakeTimeInMinutes: -1 }) },
        accepts: { service: deployment({ bakeTimeInMinutes: 0 }) },
    },
    {
        id: 'service/linear-configuration',
        dataType: 'LinearConfiguration',
        field: 'stepPercent, stepBakeTimeInMinutes',
        rule: 'a step of 3.0–100.0 percent in steps of 0.1; a step bake time of 0–1440 minutes',
        source: `${API}/API_LinearConfiguration.html`,
        path: 'stepPercent',
        refuses: { service: deployment({ strategy: 'LINEAR', linearConfiguration: { stepPercent: 2.9 } }) },
        accepts: { service: deployment({ strategy: 'LINEAR', linearConfiguration: { stepPercent: 3 } }) },
    },
    {
        id: 'service/canary-configuration',
        dataType: 'CanaryConfiguration',
        field: 'canaryPercent, canaryBakeTimeInMinutes',
        rule: 'a canary of 0.1–100.0 percent in steps of 0.1; a canary bake time of 0–1440 minutes',
        source: `${API}/API_CanaryConfiguration.html`,
        path: 'canaryBakeTimeInMinutes',
        refuses: {
            service: deployment({
                strategy: 'CANARY',
                canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1441 },
            }),
        },
        accepts: {
            service: deployment({
                strategy: 'CANARY',
                canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1440 },
            }),
        },
    },
    {
        id: 'service/lifecycle-hook',
        dataType: 'DeploymentLifecycleHook',
        field: 'hookTargetArn, roleArn, lifecycleStages, timeoutConfiguration',
        rule: 'a Lambda function ARN and a role ARN; stages given, no PAUSE at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT; a timeout of 1–20160 minutes',
        source: `${API}/API_DeploymentLifecycleHook.html`,
        path: 'timeoutInMinutes',
        refuses: { service: hook({ timeoutConfiguration: { timeoutInMinutes: 20161 } }) },
        accepts: { service: hook({ timeoutConfiguration: { timeoutInMinutes: 20160 } }) },
    },
    {
        id: 'service/alarms',
        dataType: 'DeploymentAlarms',
        field: 'alarmNames + enable, rollback',
        rule: 'alarm names when enabled (rollback with alarms off: a warning, ECS ignores it)',
        source: `${API}/API_DeploymentAlarms.html`,
        path: 'deploymentConfiguration.alarms.enable',
        refuses: { service: deployment({ alarms: { alarmNames: [], enable: true, rollback: true } }) },
        accepts: { service: deployment({ alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true } }) },
    },
    {
        id: 'service/circuit-breaker',
        dataType: 'DeploymentCircuitBreaker',
        field: 'enable + strategy',
        rule: 'for rolling updates only (a warning otherwise: ECS does not use it)',
        source: `${API}/API_DeploymentConfiguration.html`,
        path: 'deploymentConfiguration.deploymentCircuitBreaker',
        severity: 'warning',
        refuses: { service: deployment({ deploymentCircuitBreaker: { enable: true, rollback: true } }) },
        accepts: { service: deployment({ deploymentCircuitBreaker: { enable: false, rollback: false } }) },
    },
    {
        id: 'service/deployment-percent',
        dataType: 'DeploymentConfiguration',
        field: 'maximumPercent, minimumHealthyPercent + controller',
        rule: 'no custom value on CODE_DEPLOY with EC2 (on Fargate: a warning, ECS ignores it)',
        source: `${API}/API_DeploymentConfiguration.html`,
        path: 'deploymentConfiguration.maximumPercent',
        refuses: {
            task: { requiresCompatibilities: ['EC2'] },
            service: { ...CODE_DEPLOY_SERVICE, launchType: 'EC2', deploymentConfiguration: { maximumPercent: 150 } },
            deployTarget: 'codedeploy',
        },
        accepts: {
            task: { requiresCompatibilities: ['EC2'] },
            service: { ...CODE_DEPLOY_SERVICE, launchType: 'EC2' },
            deployTarget: 'codedeploy',
        },
    },
    {
        id: 'service/load-balancer',
        dataType: 'LoadBalancer',
        field: 'containerName, containerPort',
        rule: 'a container of the task definition, and a port it maps',
        source: `${API}/API_LoadBalancer.html`,
        path: 'loadBalancers[0].containerPort is 8080',
        refuses: { service: { loadBalancers: [{ ...BALANCER, containerPort: 8080 }] } },
        accepts: { service: {} },
    },
    {
        id: 'service/appspec-mismatch',
        dataType: 'LoadBalancer',
        field: 'containerName, containerPort + appspec',
        rule: "codedeploy: the appspec's LoadBalancerInfo container and port",
        source: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html',
        path: 'appspec.yaml LoadBalancerInfo.ContainerPort is 80',
        refuses: {
            container: { portMappings: [{ containerPort: 80 }, { containerPort: 8080 }] },
            service: {
                ...CODE_DEPLOY_SERVICE,
                loadBalancers: [{ targetGroupArn: BALANCER.targetGroupArn, containerName: 'web', containerPort: 8080 }],
            },
            deployTarget: 'codedeploy',
        },
        accepts: { service: CODE_DEPLOY_SERVICE, deployTarget: 'codedeploy' },
    },
    {
        id: 'service/advanced-configuration',
        dataType: 'AdvancedConfiguration',
        field: 'alternateTargetGroupArn, productionListenerRule, testListenerRule, roleArn',
        rule: 'blue/green, linear and canary with a target group: an alternate target group, an ALB listener rule or NLB listener ARN, production ≠ test, the infrastructure role',
        source: `${API}/API_AdvancedConfiguration.html`,
        path: 'testListenerRule',
        refuses: { service: advanced({ testListenerRule: BALANCER.advancedConfiguration.productionListenerRule }) },
        accepts: { service: advanced({ testListenerRule: undefined }) },
    },
    {
        id: 'service/test-traffic',
        dataType: 'ServiceConnectTestTrafficRules',
        field: 'header.name, header.value.exact',
        rule: 'an HTTP header name and a value, with blue/green, linear or canary',
        source: `${API}/API_ServiceConnectTestTrafficHeaderMatchRules.html`,
        path: 'header.name "x test"',
        refuses: {
            service: {
                serviceConnectConfiguration: {
                    enabled: true,
                    services: [
                        { portName: 'http', clientAliases: [{ port: 80, testTrafficRules: { header: { name: 'x test' } } }] },
                    ],
                },
            },
        },
        accepts: {
            service: {
                serviceConnectConfiguration: {
                    enabled: true,
                    services: [
                        { portName: 'http', clientAliases: [{ port: 80, testTrafficRules: { header: { name: 'x-test' } } }] },
                    ],
                },
            },
        },
    },
    {
        id: 'service/network-configuration',
        dataType: 'AwsVpcConfiguration',
        field: 'subnets, securityGroups + networkMode',
        rule: 'with networkMode awsvpc and only then; at most 16 subnets and 5 security groups',
        source: `${API}/API_AwsVpcConfiguration.html`,
        path: 'securityGroups',
        refuses: {
            service: {
                networkConfiguration: {
                    awsvpcConfiguration: {
                        subnets: ['subnet-0a1b2c3d'],
                        securityGroups: ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5', 'sg-6'],
                    },
                },
            },
        },
        accepts: {
            service: {
                networkConfiguration: {
                    awsvpcConfiguration: {
                        subnets: ['subnet-0a1b2c3d'],
                        securityGroups: ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5'],
                    },
                },
            },
        },
    },
    {
        id: 'service/launch-type',
        dataType: 'CreateService',
        field: 'launchType, capacityProviderStrategy + requiresCompatibilities',
        rule: "not both; one the task definition's requiresCompatibilities allows",
        source: `${API}/API_CreateService.html`,
        path: 'launchType is "EC2"',
        refuses: { service: { launchType: 'EC2' } },
        accepts: { service: {} },
    },
];

// EXTERNAL MODULE: ./src/deploy-files/rule-table.ts
var rule_table = __webpack_require__(7318);
// EXTERNAL MODULE: ./src/deploy-files/task-definition.ts
var task_definition = __webpack_require__(5812);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-references.ts
var taskdef_references = __webpack_require__(7396);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-fields.ts
var taskdef_fields = __webpack_require__(1167);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-logging.ts
var taskdef_logging = __webpack_require__(2593);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-platform.ts
var taskdef_platform = __webpack_require__(9745);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-volumes.ts
var taskdef_volumes = __webpack_require__(4039);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-limits.ts
var taskdef_limits = __webpack_require__(9746);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-size.ts
var taskdef_size = __webpack_require__(2303);
;// CONCATENATED MODULE: ./src/deploy-files/taskdef-rules.ts
/**
 * Every task definition rule's own description (see rule-docs.ts), gathered from the rule families in the order the
 * README lists them.
 */









/** The task definition rules, field by field. */
const TASKDEF_RULES = [
    ...check/* PARSE_RULES */.e,
    ...task_definition/* TASK_DEFINITION_RULES */.qA,
    ...taskdef_size/* SIZE_RULES */.Yp,
    ...taskdef_limits/* LIMIT_RULES */.E,
    ...taskdef_fields/* FIELD_RULES */.J,
    ...taskdef_references/* REFERENCE_RULES */.O,
    ...taskdef_platform/* PLATFORM_RULES */.q,
    ...taskdef_logging/* LOGGING_RULES */.m,
    ...taskdef_volumes/* VOLUME_RULES */.h,
];
/** The rows of one rule id (empty for an id with none). */
function rulesWithId(id) {
    return TASKDEF_RULES.filter((doc) => doc.id === id);
}

;// CONCATENATED MODULE: ./src/deploy-files/explain.ts
/**
 * `validate --explain RULE`: a task definition rule in words — each field it guards, the rule and its source — and a
 * file it refuses, with the finding that file gets. Made from the rules' own descriptions, and the example is checked
 * here and now, so what is printed is what `validate` does.
 */







/** Every rule id `--explain` knows, in README order. */
const EXPLAINED_RULES = [
    ...new Set([...TASKDEF_RULES, ...SERVICE_RULES].map((doc) => doc.id)),
];
/**
 * Explains a rule id (`taskdef/health-check`, or `health-check` for short).
 * @returns the text to print, or `unknown` with the closest id for a did-you-mean
 */
function explainRule(id) {
    const wanted = id.trim();
    const fullId = wanted.includes('/') ? wanted : `taskdef/${wanted}`;
    const docs = fullId.startsWith('service/') ? SERVICE_RULES.filter((doc) => doc.id === fullId) : rulesWithId(fullId);
    const [first] = docs;
    if (first === undefined) {
        const suggestion = (0,suggest/* closestMatch */.h)(fullId, EXPLAINED_RULES) ?? (0,suggest/* closestMatch */.h)(wanted, EXPLAINED_RULES);
        return { kind: 'unknown', id: wanted, ...(suggestion !== undefined && { suggestion }) };
    }
    const fields = docs.flatMap((doc) => [
        `  ${doc.dataType}.${doc.field}: ${doc.rule}${(0,rule_table/* warned */.k9)(doc) ? ' (a warning)' : ''}`,
        `    source: ${doc.source}`,
    ]);
    const files = (0,rule_docs/* exampleFiles */.Gw)(first.refuses);
    // A service rule's example is the service definition (checked beside the example task definition).
    const { path, text } = files.serviceDefinition ?? files.taskdef;
    const { findings } = (0,check/* checkDeployFiles */.X)(files);
    const found = findings.filter((finding) => finding.rule === fullId).map(deploy_files_findings/* formatFinding */.tf);
    return {
        kind: 'rule',
        id: fullId,
        text: [
            fullId,
            '',
            ...fields,
            '',
            `A file it refuses (${path}):`,
            '',
            ...text
                .trimEnd()
                .split('\n')
                .map((line) => `  ${clipLine(line)}`),
            '',
            `validate says:`,
            '',
            ...found.flatMap((finding) => finding.split('\n').map((line) => `  ${line}`)),
            '',
        ].join('\n'),
    };
}
/** The longest example line shown whole: the size rule's example has one of 64 KiB. */
const MAX_LINE = 160;
function clipLine(line) {
    if (line.length <= MAX_LINE)
        return line;
    return `${line.slice(0, MAX_LINE - 40)}… (${line.length - (MAX_LINE - 40)} more characters)`;
}


/***/ }),

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


/***/ })

};
