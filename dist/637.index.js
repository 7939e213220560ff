export const id = 637;
export const ids = [637,18];
export const modules = {

/***/ 4258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ boundedClientOptions),
/* harmony export */   RT: () => (/* binding */ quietSdkNodeWarning),
/* harmony export */   Xh: () => (/* binding */ awsServiceError),
/* harmony export */   ZH: () => (/* binding */ awsErrorName),
/* harmony export */   iw: () => (/* binding */ configuredEndpoint),
/* harmony export */   uw: () => (/* binding */ boundCalls),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export redactSigning */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _trace__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3606);


/** Attempts per call: one-off 5xx, throttling and reset connections are retried, boundedly. */
const MAX_ATTEMPTS = 3;
/**
 * Client options that bound every call (through `agents`, the proxy's, if any): a connection that does not open, or a response that
 * stops arriving, fails after `responseTimeoutMs`; other transient failures are retried.
 */
function boundedClientOptions(limits, agents = {}) {
    const timeout = limits.responseTimeoutMs;
    return {
        maxAttempts: MAX_ATTEMPTS,
        requestHandler: { ...agents, connectionTimeout: timeout, socketTimeout: timeout, requestTimeout: 0 },
    };
}
/** Thrown (inside the SDK) for an attempt that timed out; never retried. */
class EndpointSilent extends Error {
    name = 'EndpointSilent';
}
/** Thrown (inside the SDK) for an attempt cut short because its client was destroyed; never retried. */
class ClientDestroyed extends Error {
    name = 'ClientDestroyed';
}
/**
 * Adds, to every attempt of `client`'s calls, the endpoint to errors (for the message), and turns
 * a timeout into an error the SDK does not retry: an endpoint that went silent stays silent, and
 * three waits would triple the time to report it. A call still running when the client is
 * destroyed (the run failed elsewhere: its other calls are moot) ends there too: the SDK would
 * retry the reset connection on a new one and hold the process for another wait. Each call goes
 * in the run's trace.
 */
function boundCalls(client, limits) {
    let destroyed = false;
    const destroy = client.destroy.bind(client);
    client.destroy = () => {
        destroyed = true;
        destroy();
    };
    const middleware = (next) => async (args) => {
        if (destroyed)
            throw new ClientDestroyed('the client was destroyed');
        try {
            return await next(args);
        }
        catch (error) {
            if (destroyed)
                throw new ClientDestroyed('the client was destroyed'); // no `cause`: see EndpointSilent
            const request = args.request;
            const endpoint = request?.hostname === undefined
                ? undefined
                : `${request.protocol ?? 'https:'}//${request.hostname}${request.port ? `:${request.port}` : ''}`;
            // The SDK names a reset connection (ECONNRESET, EPIPE) TimeoutError too: that one is retried.
            const code = error.code;
            if (error instanceof Error && error.name === 'TimeoutError' && (code === undefined || code === 'ETIMEDOUT')) {
                // No `cause`: the SDK retries an error whose cause is a timeout.
                throw Object.assign(new EndpointSilent(`${endpoint ?? 'the endpoint'} did not answer within ${limits.responseTimeoutMs / 1000} s`), { $endpoint: endpoint });
            }
            if (error instanceof Error && endpoint !== undefined)
                Object.assign(error, { $endpoint: endpoint });
            throw error;
        }
    };
    client.middlewareStack.addRelativeTo(middleware, {
        relation: 'after',
        toMiddleware: 'retryMiddleware',
        name: 'ecsBluegreenBuildBounds',
    });
    (0,_trace__WEBPACK_IMPORTED_MODULE_1__/* .traceCalls */ .dr)(client.middlewareStack);
    return client;
}
/**
 * Called before creating a client. The SDK warns on Node < 22 that *its future releases* will need
 * Node 22; this tool ships one SDK release in its bundle, so the warning only alarms our users.
 */
function quietSdkNodeWarning() {
    process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
}
/** The AWS error name of anything the SDK threw. */
function awsErrorName(error) {
    return error instanceof Error ? error.name : 'Error';
}
/**
 * The endpoint the environment sets for `service`'s API, as the SDK reads it: `AWS_ENDPOINT_URL_<SERVICE>`, else
 * `AWS_ENDPOINT_URL`; none under `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`. (The shared config file's `services`
 * sections are not read here.)
 */
function configuredEndpoint(env, service) {
    if (/^true$/i.test(env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] ?? ''))
        return undefined;
    return env[`AWS_ENDPOINT_URL_${service}`] || env['AWS_ENDPOINT_URL'] || undefined;
}
/** Whether the SDK's error says the credentials may not make the call. */
function isAccessDenied(error) {
    return ACCESS_DENIED.test(awsErrorName(error));
}
const ACCESS_DENIED = /^(AccessDenied(Exception)?|UnauthorizedOperation)$/;
/**
 * Wraps an SDK failure during `operation` (e.g. "ECR DescribeImages for team/web").
 * @param action the IAM action the call needs, for access-denied hints
 */
function awsServiceError(operation, error, action) {
    const name = awsErrorName(error);
    if (error instanceof Error) {
        // The cause is what --debug prints: without the session token and signatures it may quote.
        error.message = redactSigning(error.message);
        if (error.stack !== undefined)
            error.stack = redactSigning(error.stack);
    }
    const message = error instanceof Error ? error.message : String(error);
    // Signature errors append the canonical request: the first paragraph says it; --debug shows all.
    const [summary = message, ...rest] = message.split('\n\n');
    const detail = rest.length > 0 ? `${summary} (--debug shows the service's full message)` : summary;
    const endpoint = error?.$endpoint;
    // A network failure names where it went: the endpoint is the usual suspect.
    const where = typeof endpoint === 'string' && name !== 'EndpointSilent' && NETWORK.test(`${name} ${message}`)
        ? ` (${endpoint})`
        : '';
    const text = name === 'Error' || name === 'EndpointSilent' ? detail : `${name}: ${detail}`;
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(operation, `${text}${where}`, hintFor(name, message, action), { cause: error });
}
/**
 * `text` without the secrets of a signed request: the session token (`x-amz-security-token:…`, a
 * header line of a canonical request; `X-Amz-Security-Token=…` in a query) and signatures
 * (`Signature=…`, `X-Amz-Signature=…`). AWS's signature errors quote the canonical request they
 * expected, session token included, and --debug prints the service's full message.
 */
function redactSigning(text) {
    return text
        .replace(/(x-amz-security-token\s*[:=]\s*)[^\s&'",]+/gi, '$1***')
        .replace(/((?:x-amz-)?signature\s*=\s*)[^\s&'",]+/gi, '$1***');
}
const NETWORK = /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|socket hang up/;
function hintFor(name, message, action) {
    if (name === 'EndpointSilent') {
        return 'check the network, the region and any AWS_ENDPOINT_URL_* or proxy setting; on a slow network raise response-timeout (seconds)';
    }
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return "configure AWS credentials: aws-actions/configure-aws-credentials on GitHub, the project's service role in CodeBuild, AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY on a laptop";
    }
    if (/^(UnrecognizedClientException|InvalidSignatureException|InvalidClientTokenId|SignatureDoesNotMatch|InvalidAccessKeyId)$/.test(name)) {
        return 'the AWS credentials are not valid: check the access key and secret, and the clock of this machine';
    }
    if (/^(ExpiredToken(Exception)?|RequestExpired)$/.test(name))
        return 'the AWS session has expired: get fresh credentials';
    if (ACCESS_DENIED.test(name)) {
        return action
            ? `allow ${action} for the role or user this runs as`
            : 'check the IAM permissions of the role or user this runs as';
    }
    if (/^(ThrottlingException|TooManyRequestsException|SlowDown)$/.test(name))
        return 'the service is throttling requests; retry the job later';
    if (NETWORK.test(message)) {
        return 'the AWS endpoint cannot be reached: check the region, the network, and any AWS_ENDPOINT_URL_* setting';
    }
    return undefined;
}


/***/ }),

/***/ 3637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAccount: () => (/* binding */ checkAccount)
});

// EXTERNAL MODULE: ./src/config/index.ts + 7 modules
var config = __webpack_require__(3499);
// EXTERNAL MODULE: ./src/live/check.ts + 3 modules
var live_check = __webpack_require__(7712);
// EXTERNAL MODULE: ./src/aws.ts
var aws = __webpack_require__(4258);
// EXTERNAL MODULE: ./src/proxy.ts + 1 modules
var proxy = __webpack_require__(2128);
// EXTERNAL MODULE: ./src/trace.ts
var trace = __webpack_require__(3606);
;// CONCATENATED MODULE: ./src/live/clients.ts



/**
 * Creates the clients for `region`, loading the ECS, ELB and IAM SDKs (and CodeDeploy's, for `codedeploy`) at once and
 * the others on first use: loading an SDK client is most of what `--live` adds to a run on a fast network.
 */
async function createLiveClients(region, limits, { codedeploy: withCodeDeploy }) {
    (0,aws/* quietSdkNodeWarning */.RT)();
    const options = (where) => ({
        region: where,
        ...(0,aws/* boundedClientOptions */.Ji)(limits, (0,proxy/* proxyAgents */.H)()),
    });
    const perRegion = (make) => {
        const made = new Map();
        return (where) => {
            let client = made.get(where);
            if (client === undefined) {
                client = make(options(where)).then((created) => (0,aws/* boundCalls */.uw)(created, limits));
                made.set(where, client);
            }
            return client;
        };
    };
    const [ecs, elb, codedeploy, iam] = await Promise.all([
        (0,trace/* traced */.mn)('load', '@aws-sdk/client-ecs', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19))).then(({ ECSClient }) => new ECSClient(options(region))),
        (0,trace/* traced */.mn)('load', '@aws-sdk/client-elastic-load-balancing-v2', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19))).then(({ ElasticLoadBalancingV2Client }) => new ElasticLoadBalancingV2Client(options(region))),
        withCodeDeploy
            ? (0,trace/* traced */.mn)('load', '@aws-sdk/client-codedeploy', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(507)]).then(__webpack_require__.t.bind(__webpack_require__, 7507, 19))).then(({ CodeDeployClient }) => new CodeDeployClient(options(region)))
            : undefined,
        (0,trace/* traced */.mn)('load', '@aws-sdk/client-iam', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19))).then(({ IAMClient }) => new IAMClient(options(region))),
    ]);
    return {
        ecs: (0,aws/* boundCalls */.uw)(ecs, limits),
        elb: (0,aws/* boundCalls */.uw)(elb, limits),
        ...(codedeploy && { codedeploy: (0,aws/* boundCalls */.uw)(codedeploy, limits) }),
        iam: (0,aws/* boundCalls */.uw)(iam, limits),
        lambda: perRegion(async (o) => new (await (0,trace/* traced */.mn)('load', '@aws-sdk/client-lambda', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)))).LambdaClient(o)),
        logs: perRegion(async (o) => new (await (0,trace/* traced */.mn)('load', '@aws-sdk/client-cloudwatch-logs', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19)))).CloudWatchLogsClient(o)),
        ssm: perRegion(async (o) => new (await (0,trace/* traced */.mn)('load', '@aws-sdk/client-ssm', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19)))).SSMClient(o)),
        secrets: perRegion(async (o) => new (await (0,trace/* traced */.mn)('load', '@aws-sdk/client-secrets-manager', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994)]).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19)))).SecretsManagerClient(o)),
    };
}

// EXTERNAL MODULE: ./src/live/findings.ts
var live_findings = __webpack_require__(4326);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/live/plan.ts
var plan = __webpack_require__(9947);
// EXTERNAL MODULE: ./src/live/snapshot.ts
var snapshot = __webpack_require__(612);
;// CONCATENATED MODULE: ./src/live/read.ts




/**
 * The IAM action of each of `--live`'s calls, all read-only. `lookup` takes no other: a new call adds its action here,
 * and a unit test holds the README's ready-to-copy policy to this list.
 */
const LIVE_ACTIONS = (/* unused pure expression or super */ null && ([
    'ecs:DescribeServices',
    'elasticloadbalancing:DescribeTargetGroups',
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeRules',
    'codedeploy:GetApplication',
    'codedeploy:GetDeploymentGroup',
    'codedeploy:GetDeploymentConfig',
    'iam:GetRole',
    'lambda:GetFunctionConfiguration',
    'logs:DescribeLogGroups',
    'secretsmanager:DescribeSecret',
    'ssm:GetParameters',
]));
/** Reads everything the checks of `subject` decide on: two rounds, each at once. */
async function readSnapshot(clients, subject) {
    const task = (0,plan/* taskReads */.DD)(subject);
    // The task's resources do not depend on the service: read them while the service is read.
    const taskPart = Promise.all([
        readAll(task.roles, (role) => readRole(clients.iam, role)),
        readAll(task.logGroups.map((group) => (0,snapshot/* logGroupKey */.n)(group.region, group.name)), (_key, index) => readLogGroup(clients, task.logGroups[index])),
        readSecrets(clients, task.secrets, subject.region, accountOf(subject.taskDefinition.executionRoleArn)),
    ]);
    // Awaited below; when a service read fails first, it never is, and its own failure must not end the process as an
    // unhandled rejection (a stack trace after the run's message). The await below still sees the failure.
    taskPart.catch(() => undefined);
    const names = subject.codedeploy;
    const codedeploy = names && clients.codedeploy;
    if (names !== undefined && codedeploy === undefined)
        throw new Error('bug: no CodeDeploy client for a codedeploy check');
    const [service, application, deploymentGroup] = await Promise.all([
        readService(clients.ecs, subject.cluster, subject.service),
        names && codedeploy && readApplication(codedeploy, names.application),
        names && codedeploy && readDeploymentGroup(codedeploy, names.application, names.deploymentGroup),
    ]);
    const next = (0,plan/* deploymentReads */.Z$)(subject, service.state === 'found' ? service.value : undefined, deploymentGroup?.state === 'found' ? deploymentGroup.value : undefined);
    const roles = next.roles.filter((role) => !task.roles.includes(role));
    const [[taskRoles, logGroups, secrets], targetGroups, listeners, rules, moreRoles, functions, deploymentConfig] = await Promise.all([
        taskPart,
        readAll(next.targetGroups, (targetGroup) => readTargetGroup(clients.elb, targetGroup)),
        readAll(next.listeners, (listener) => readListener(clients.elb, listener)),
        readAll(next.rules, (rule) => readRule(clients.elb, rule)),
        readAll(roles, (role) => readRole(clients.iam, role)),
        readAll(next.functions, async (fn) => readFunction(await clients.lambda(regionOf(fn, subject.region)), fn)),
        next.deploymentConfig === undefined || codedeploy === undefined
            ? undefined
            : readDeploymentConfig(codedeploy, next.deploymentConfig),
    ]);
    return {
        service,
        ...(application && { application }),
        ...(deploymentGroup && { deploymentGroup }),
        ...(deploymentConfig && { deploymentConfig }),
        targetGroups,
        listeners,
        rules,
        roles: { ...taskRoles, ...moreRoles },
        functions,
        logGroups,
        secrets,
    };
}
async function readAll(keys, read) {
    const answers = await Promise.all(keys.map(read));
    return Object.fromEntries(keys.map((key, index) => [key, answers[index]]));
}
/**
 * One read: `call`'s answer (undefined: not found), a not-found error as missing, access denied as denied.
 * @param operation "ECS DescribeServices for web", for the ServiceError of any other failure
 * @param action the IAM action the call needs
 */
async function lookup(operation, action, call, notFound) {
    try {
        const value = await call();
        return value === undefined ? { state: 'missing', reason: 'not found' } : { state: 'found', value };
    }
    catch (error) {
        if ((0,aws/* isAccessDenied */.w7)(error))
            return { state: 'denied', action };
        if (notFound.test((0,aws/* awsErrorName */.ZH)(error)))
            return { state: 'missing', reason: clip((0,errors/* messageOf */.bD)(error)) };
        throw (0,aws/* awsServiceError */.Xh)(operation, error, action);
    }
}
/** A service's words, kept to one short line in our message. */
function clip(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
/** DescribeServices: a missing service is a `failures` entry; a missing cluster an error. */
async function readService(ecs, cluster, service) {
    const { DescribeServicesCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19));
    return lookup(`ECS DescribeServices for ${service} in ${cluster}`, 'ecs:DescribeServices', async () => {
        const answer = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
        const failure = answer.failures?.[0];
        if (failure !== undefined && (answer.services ?? []).length === 0) {
            throw Object.assign(new Error(`${failure.reason ?? 'MISSING'}: ${failure.arn ?? service}`), {
                name: 'ServiceNotFoundException',
            });
        }
        return answer.services?.[0];
    }, /NotFound/);
}
async function readApplication(codedeploy, application) {
    const { GetApplicationCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(507)]).then(__webpack_require__.t.bind(__webpack_require__, 7507, 19));
    return lookup(`CodeDeploy GetApplication ${application}`, 'codedeploy:GetApplication', async () => (await codedeploy.send(new GetApplicationCommand({ applicationName: application }))).application, /DoesNotExist/);
}
/** GetDeploymentGroup (moto 5.2.1 answers BatchGetDeploymentGroups with 500; one group needs one call anyway). */
async function readDeploymentGroup(codedeploy, application, group) {
    const { GetDeploymentGroupCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(507)]).then(__webpack_require__.t.bind(__webpack_require__, 7507, 19));
    return lookup(`CodeDeploy GetDeploymentGroup ${group} of ${application}`, 'codedeploy:GetDeploymentGroup', async () => (await codedeploy.send(new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: group }))).deploymentGroupInfo, /DoesNotExist/);
}
async function readDeploymentConfig(codedeploy, name) {
    const { GetDeploymentConfigCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(507)]).then(__webpack_require__.t.bind(__webpack_require__, 7507, 19));
    return lookup(`CodeDeploy GetDeploymentConfig ${name}`, 'codedeploy:GetDeploymentConfig', async () => (await codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: name }))).deploymentConfigInfo, /DoesNotExist/);
}
/** One target group by ARN (the service's) or by name (CodeDeploy's): one call each, as a missing one fails the call. */
async function readTargetGroup(elb, arnOrName) {
    const { DescribeTargetGroupsCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19));
    const input = arnOrName.startsWith('arn:') ? { TargetGroupArns: [arnOrName] } : { Names: [arnOrName] };
    return lookup(`ELB DescribeTargetGroups for ${arnOrName}`, 'elasticloadbalancing:DescribeTargetGroups', async () => (await elb.send(new DescribeTargetGroupsCommand(input))).TargetGroups?.[0], /NotFound/);
}
async function readListener(elb, arn) {
    const { DescribeListenersCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19));
    return lookup(`ELB DescribeListeners for ${arn}`, 'elasticloadbalancing:DescribeListeners', async () => (await elb.send(new DescribeListenersCommand({ ListenerArns: [arn] }))).Listeners?.[0], /NotFound/);
}
async function readRule(elb, arn) {
    const { DescribeRulesCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19));
    return lookup(`ELB DescribeRules for ${arn}`, 'elasticloadbalancing:DescribeRules', async () => (await elb.send(new DescribeRulesCommand({ RuleArns: [arn] }))).Rules?.[0], /NotFound/);
}
/** GetRole: the role and its trust policy (moto 5.2.1 answers SimulatePrincipalPolicy with 500; the trust policy is what ECS meets). */
async function readRole(iam, arnOrName) {
    const { GetRoleCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19));
    return lookup(`IAM GetRole ${arnOrName}`, 'iam:GetRole', async () => (await iam.send(new GetRoleCommand({ RoleName: (0,snapshot/* resourceName */.I)(arnOrName) }))).Role, /NoSuchEntity/);
}
async function readFunction(lambda, arn) {
    const { GetFunctionConfigurationCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    return lookup(`Lambda GetFunctionConfiguration ${arn}`, 'lambda:GetFunctionConfiguration', async () => lambda.send(new GetFunctionConfigurationCommand({ FunctionName: arn })), /ResourceNotFound/);
}
/** DescribeLogGroups by prefix, then the exact name (moto 5.2.1 answers ListLogGroups with 500). */
async function readLogGroup(clients, group) {
    const logs = await clients.logs(group.region);
    return findLogGroup(logs, group.name);
}
async function findLogGroup(logs, name) {
    const { DescribeLogGroupsCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19));
    return lookup(`CloudWatch Logs DescribeLogGroups for ${name}`, 'logs:DescribeLogGroups', async () => {
        const answer = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }));
        // The exact name sorts first among the names it prefixes.
        return (answer.logGroups ?? []).some((found) => found.logGroupName === name) ? true : undefined;
    }, /ResourceNotFound/);
}
/** The secret a Secrets Manager `valueFrom` names: its ARN without `:json-key:version-stage:version-id`. */
function secretIdOf(valueFrom) {
    return valueFrom.split(':').slice(0, 7).join(':');
}
/**
 * The SSM parameter name GetParameters is asked for: a name as it is; an ARN of `account`'s own parameter as its name
 * (`parameter/a/b` is `/a/b`; moto 5.2.1 refuses ARNs); another account's shared parameter by its ARN, which only an
 * ARN reaches.
 */
function parameterNameOf(valueFrom, account) {
    const match = /^arn:[^:]+:ssm:[^:]*:([^:]*):parameter(\/.+)$/.exec(valueFrom);
    if (match === null)
        return valueFrom;
    const [, owner, path = ''] = match;
    if (account !== undefined && owner !== account)
        return valueFrom;
    return path.indexOf('/', 1) === -1 ? path.slice(1) : path;
}
async function readSecrets(clients, references, region, account) {
    const managed = references.filter((reference) => /^arn:[^:]+:secretsmanager:/.test(reference));
    const parameters = references.filter((reference) => !managed.includes(reference));
    const byRegion = new Map();
    for (const reference of parameters) {
        const where = regionOf(reference, region);
        byRegion.set(where, [...(byRegion.get(where) ?? []), reference]);
    }
    const [secrets, ...parameterGroups] = await Promise.all([
        readAll(managed, async (reference) => describeSecret(await clients.secrets(regionOf(reference, region)), secretIdOf(reference))),
        ...[...byRegion].map(async ([where, group]) => getParameters(await clients.ssm(where), group, account)),
    ]);
    return Object.assign({}, secrets, ...parameterGroups);
}
/** DescribeSecret: the secret's metadata, never its value. */
async function describeSecret(secrets, secretId) {
    const { DescribeSecretCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994)]).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19));
    return lookup(`Secrets Manager DescribeSecret ${secretId}`, 'secretsmanager:DescribeSecret', async () => {
        const answer = await secrets.send(new DescribeSecretCommand({ SecretId: secretId }));
        return answer.DeletedDate === undefined ? true : undefined;
    }, /ResourceNotFound/);
}
/**
 * GetParameters (WithDecryption off), ten names a call: which of `references` exist. The values in the answer are
 * dropped here, unread — only the names found and not found leave this function.
 */
async function getParameters(ssm, references, account) {
    const { GetParametersCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19));
    const batches = [];
    for (let start = 0; start < references.length; start += 10)
        batches.push(references.slice(start, start + 10));
    // The batches at once, as every other read: a task with many parameters costs one call's time, not one per ten.
    const verdicts = await Promise.all(batches.map(async (batch) => {
        const names = batch.map((reference) => parameterNameOf(reference, account));
        const answer = await lookup(`SSM GetParameters for ${names.join(', ')}`, 'ssm:GetParameters', async () => {
            const { InvalidParameters = [] } = await ssm.send(new GetParametersCommand({ Names: names, WithDecryption: false }));
            return { invalid: InvalidParameters };
        }, /$^/);
        return batch.map((reference, index) => [
            reference,
            answer.state !== 'found'
                ? answer
                : answer.value.invalid.includes(names[index])
                    ? { state: 'missing', reason: 'ParameterNotFound' }
                    : { state: 'found', value: true },
        ]);
    }));
    return Object.fromEntries(verdicts.flat());
}
/** The region an ARN names, or `fallback` for a name. */
function regionOf(arnOrName, fallback) {
    return arnOrName.startsWith('arn:') ? arnOrName.split(':')[3] || fallback : fallback;
}
/** The account an ARN names. */
function accountOf(arn) {
    return arn?.startsWith('arn:') ? arn.split(':')[4] || undefined : undefined;
}

// EXTERNAL MODULE: ./src/commands/deploy-files.ts
var deploy_files = __webpack_require__(3245);
// EXTERNAL MODULE: ./src/commands/files-check.ts
var files_check = __webpack_require__(3896);
;// CONCATENATED MODULE: ./src/commands/live.ts







/**
 * Reads the account `live` names and checks it against the files that passed the checks.
 * @param checked the task definition as parsed and, when given, the service definition (the cluster and service when
 *   the inputs name none)
 * @param images the run's images and the platforms they hold, for the runtimePlatform check
 * @returns `check` with the live findings added
 * @throws FilesRejected when a live finding is an error; UserError when no cluster or service is named; ServiceError
 *   when a call fails other than not found or denied
 */
async function checkAccount(live, checked, images, check) {
    const names = (0,config/* liveNames */.Vu)(live, checked.serviceDefinition);
    const clients = await createLiveClients(live.region, { responseTimeoutMs: live.responseTimeoutMs }, { codedeploy: live.target === 'codedeploy' });
    const subject = {
        target: live.target,
        region: live.region,
        ...names,
        // The file checks have parsed it against ECS's own model.
        taskDefinition: (0,deploy_files/* parsedTaskDefinition */.IH)(checked),
        images,
    };
    const findings = (0,live_findings/* accountFindings */.Qy)((0,live_check/* checkLive */.r)(subject, await readSnapshot(clients, subject)), live.region);
    const merged = {
        ...check,
        files: [...check.files, `aws:${live.region}`],
        findings: [...check.findings, ...findings],
    };
    if (findings.some((finding) => finding.severity === 'error'))
        throw new files_check/* FilesRejected */.A(merged);
    return merged;
}


/***/ }),

/***/ 2128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ proxyAgents)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/debug-env.ts
/**
 * The proxy agents (http-proxy-agent, https-proxy-agent, agent-base) log through the `debug`
 * package, which switches itself on from `DEBUG` when it loads and then writes to stderr directly,
 * past the host's redaction: `DEBUG=*` printed the proxy URL with its password and every request's
 * headers. Imported before the agents (proxy.ts), this module takes `DEBUG` out of the environment
 * for the time they load; proxy.ts puts it back, for the programs the run starts.
 */
/** `DEBUG` as the process was given it. */
const DEBUG = process.env['DEBUG'];
delete process.env['DEBUG'];

// EXTERNAL MODULE: ./node_modules/http-proxy-agent/dist/index.js
var dist = __webpack_require__(8947);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js + 1 modules
var https_proxy_agent_dist = __webpack_require__(1566);
// EXTERNAL MODULE: ./node_modules/proxy-from-env/index.js
var proxy_from_env = __webpack_require__(8182);
;// CONCATENATED MODULE: ./src/proxy.ts
/**
 * The proxy of the environment for every AWS call: `HTTPS_PROXY` for https endpoints, `HTTP_PROXY`
 * for http ones, `ALL_PROXY` for both, hosts in `NO_PROXY` reached directly; each in upper or lower
 * case (lower wins), as curl and the AWS CLI read them. The AWS SDK for JavaScript reads none of
 * them itself: behind a corporate proxy every call would time out.
 */


// First: the agents' `debug` must not see DEBUG as it loads (see debug-env.ts).




if (DEBUG !== undefined)
    process.env['DEBUG'] = DEBUG;
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy'];
/**
 * Agents that pick, per request, the proxy the environment names for its URL, or none: NO_PROXY
 * is a matter of the host, so one client may need both ways. The choice is made as the request is
 * added, before its head is written: a proxied http request carries the absolute URL in it.
 */
function environmentAgent(Base, secure) {
    const agents = new Map();
    const agent = new Base({ keepAlive: true });
    const direct = agent.addRequest.bind(agent);
    Object.assign(agent, {
        addRequest(request, options) {
            const port = options.port ? `:${options.port}` : '';
            // proxy-from-env reads process.env: the environment this process was given.
            const proxy = (0,proxy_from_env/* getProxyForUrl */.T)(`${secure ? 'https' : 'http'}://${request.host}${port}${request.path}`);
            if (proxy === '')
                return direct(request, options);
            let proxied = agents.get(proxy);
            if (proxied === undefined) {
                proxied = secure
                    ? new https_proxy_agent_dist/* HttpsProxyAgent */.b(proxy, { keepAlive: true })
                    : new dist/* HttpProxyAgent */.s(proxy, { keepAlive: true });
                agents.set(proxy, proxied);
            }
            return proxied.addRequest(request, options);
        },
    });
    return agent;
}
/**
 * The `requestHandler` agents for an AWS SDK client: none (the SDK's own) when the environment
 * names no proxy, else agents that honour it.
 */
function proxyAgents(env = process.env) {
    const named = PROXY_VARIABLES.some((name) => env[name] || env[name.toUpperCase()]);
    if (!named)
        return {};
    return { httpAgent: environmentAgent(external_node_http_.Agent, false), httpsAgent: environmentAgent(external_node_https_.Agent, true) };
}


/***/ })

};
