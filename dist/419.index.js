export const id = 419;
export const ids = [419,54,365];
export const modules = {

/***/ 2365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ replaceDirectory),
/* harmony export */   X7: () => (/* binding */ checkReplaceable),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export MANIFEST */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * Atomic writes: a reader (or a crashed run) sees the old file or the new one, never half of one.
 */




/** Writes `data` to a temporary file beside `path`, then renames it over `path`. */
async function writeFileAtomic(path, data, mode = 0o644) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, data, { mode });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
}
/**
 * The mark of a directory this tool wrote: the names of the files it put there. Only a directory
 * that is absent, empty, or holds exactly the files its manifest lists (and the manifest) is
 * replaced, so a mistyped `output-dir` (the workflows folder, the task definition's own folder)
 * cannot lose a file.
 */
const MANIFEST = '.ecs-bluegreen-build.json';
/**
 * Throws a UserError unless `dir` is absent, empty, or was written by this tool and holds nothing
 * else since. Returns whether it exists.
 * @param input the input that named the directory, for the error message
 */
async function checkReplaceable(dir, input) {
    let entries;
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir)).isDirectory()) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${dir}' is a file, not a directory`, { input }, 'choose a directory path');
        }
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
    if (entries.length === 0)
        return true;
    const written = await readManifest((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, MANIFEST));
    const foreign = entries.filter((entry) => entry.name !== MANIFEST && !(entry.isFile() && written?.includes(entry.name)));
    if (written === undefined || foreign.length > 0) {
        const names = (foreign.length > 0 ? foreign : entries).map((entry) => entry.name);
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${dir}' already holds ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}, which this tool did not write; the artifact directory is replaced on every run`, { input }, 'choose an empty or new directory, e.g. ecs-deploy (a directory this tool wrote holds its own list of files, ' +
            MANIFEST +
            ')');
    }
    return true;
}
async function readManifest(path) {
    try {
        const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
        const files = manifest.files;
        return Array.isArray(files) && files.every((name) => typeof name === 'string') ? files : undefined;
    }
    catch {
        return undefined; // no manifest, or not ours
    }
}
/**
 * Replaces directory `dir` with one holding exactly `files` and their manifest: they are written
 * to a sibling temporary directory first, which then takes `dir`'s place (see `checkReplaceable`).
 * One writer at a time: the caller holds the directory's lock (`withDirectoryLocks`).
 */
async function replaceDirectory(dir, files, input) {
    const exists = await checkReplaceable(dir, input);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), { recursive: true });
    const fresh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(dir)}.new-`));
    let old;
    try {
        for (const file of files)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(fresh, file.name), file.data, { mode: 0o644 });
        const manifest = { tool: 'ecs-bluegreen-build', files: files.map((file) => file.name) };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(fresh, MANIFEST), `${JSON.stringify(manifest)}\n`, { mode: 0o644 });
        if (!exists) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(fresh, dir);
            return;
        }
        old = fresh.replace(/\.new-/, '.old-');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(dir, old);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(fresh, dir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(fresh, { recursive: true, force: true });
        // The previous directory goes back where it was, rather than beside it under another name.
        if (old !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(old, dir).catch(() => undefined);
        throw error;
    }
}


/***/ }),

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

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: ./src/aws.ts
var aws = __webpack_require__(4258);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/proxy.ts + 1 modules
var proxy = __webpack_require__(2128);
// EXTERNAL MODULE: ./src/trace.ts
var trace = __webpack_require__(3606);
;// CONCATENATED MODULE: ./src/ecr/ecr.ts




/**
 * Creates a client for `region` whose calls are bounded by `limits`, loading the SDK now. `variant` picks ECR's FIPS or
 * dual-stack endpoint (a registry host of that form was given); without it the SDK's own settings apply
 * (`AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`, the shared config file). An endpoint the environment sets for
 * ECR (`AWS_ENDPOINT_URL_ECR`: a VPC endpoint, a test stack) is where the user chose the calls go: the variant is left
 * out beside it, which the SDK would refuse ("FIPS and custom endpoint are not supported").
 */
async function createEcrClient(region, limits, variant, env = process.env) {
    const { ECRClient } = await (0,trace/* traced */.mn)('load', '@aws-sdk/client-ecr', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)));
    (0,aws/* quietSdkNodeWarning */.RT)();
    const chosen = (0,aws/* configuredEndpoint */.iw)(env, 'ECR') !== undefined;
    return (0,aws/* boundCalls */.uw)(new ECRClient({
        region,
        ...(variant?.fips && !chosen && { useFipsEndpoint: true }),
        ...(variant?.dualStack && !chosen && { useDualstackEndpoint: true }),
        ...(0,aws/* boundedClientOptions */.Ji)(limits, (0,proxy/* proxyAgents */.H)()),
    }), limits);
}
async function sdk() {
    return Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
}
/**
 * Gets registry logins from GetAuthorizationToken: for the credentials' own registry, or for each
 * of `registryIds` (other accounts' registries, which must allow this caller to pull or push).
 * `mask` receives each token and password the moment they exist, before anything can log them.
 */
async function getRegistryLogins(client, mask, registryIds) {
    const { GetAuthorizationTokenCommand } = await sdk();
    const operation = `ECR GetAuthorizationToken${registryIds ? ` for ${registryIds.join(', ')}` : ''}`;
    let data;
    try {
        data =
            (await client.send(new GetAuthorizationTokenCommand(registryIds ? { registryIds: [...registryIds] } : {})))
                .authorizationData ?? [];
    }
    catch (error) {
        throw (0,aws/* awsServiceError */.Xh)(operation, error, 'ecr:GetAuthorizationToken');
    }
    if (data.length === 0 || data.length !== (registryIds?.length ?? 1))
        throw new errors/* ServiceError */._7(operation, `the response has ${data.length} authorizations`);
    return data.map((entry) => {
        const token = entry.authorizationToken;
        if (token === undefined || entry.proxyEndpoint === undefined) {
            throw new errors/* ServiceError */._7(operation, 'the response has no authorization token or proxy endpoint');
        }
        return { registry: new URL(entry.proxyEndpoint).host, ...decodeAuthorizationToken(token, operation, mask) };
    });
}
/**
 * The user and password in an authorization token (base64 of `user:password`), ECR's or ECR Public's; `mask` gets
 * the token and the password before anything else can see them.
 */
function decodeAuthorizationToken(token, operation, mask) {
    mask(token);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const password = decoded.slice(colon + 1);
    mask(password);
    if (colon <= 0 || password === '')
        throw new errors/* ServiceError */._7(operation, 'the token is not user:password');
    return { username: decoded.slice(0, colon), password };
}
/** Looks the repository up (in another account's registry with `registryId`); undefined when it does not exist. */
async function findRepository(client, name, registryId) {
    const { DescribeRepositoriesCommand } = await sdk();
    try {
        const found = (await client.send(new DescribeRepositoriesCommand({ repositoryNames: [name], ...(registryId && { registryId }) }))).repositories?.[0];
        return found && toRepository(found);
    }
    catch (error) {
        if ((0,aws/* awsErrorName */.ZH)(error) === 'RepositoryNotFoundException')
            return undefined;
        throw (0,aws/* awsServiceError */.Xh)(`ECR DescribeRepositories for ${name}`, error, 'ecr:DescribeRepositories');
    }
}
/**
 * Creates the repository with ECR's defaults (mutable tags, AES256 encryption), in `registryId`'s
 * registry if given. One that exists already is used as it is: another first build created it at
 * the same time, or this call's own first attempt did and its reply was lost before the SDK retried.
 * A call answered by silence is not retried (see `boundCalls`) but may have created the
 * repository: it is looked up before the call counts as failed.
 */
async function createRepository(client, name, registryId) {
    const { CreateRepositoryCommand } = await sdk();
    try {
        const created = (await client.send(new CreateRepositoryCommand({ repositoryName: name, ...(registryId && { registryId }) }))).repository;
        if (created === undefined)
            throw new errors/* ServiceError */._7(`ECR CreateRepository ${name}`, 'the response has no repository');
        return toRepository(created);
    }
    catch (error) {
        if (error instanceof errors/* ServiceError */._7)
            throw error;
        if ((0,aws/* awsErrorName */.ZH)(error) === 'RepositoryAlreadyExistsException') {
            const found = await findRepository(client, name, registryId);
            if (found !== undefined)
                return found;
        }
        if ((0,aws/* awsErrorName */.ZH)(error) === 'EndpointSilent') {
            // The lookup's own failure says less than the silence that led to it.
            const found = await findRepository(client, name, registryId).catch(() => undefined);
            if (found !== undefined)
                return found;
        }
        throw (0,aws/* awsServiceError */.Xh)(`ECR CreateRepository ${name}`, error, 'ecr:CreateRepository');
    }
}
function toRepository(repository) {
    const { repositoryName, repositoryUri, registryId } = repository;
    if (!repositoryName || !repositoryUri || !registryId) {
        throw new errors/* ServiceError */._7('ECR DescribeRepositories', 'the repository has no name, URI or registry id');
    }
    return {
        name: repositoryName,
        uri: repositoryUri,
        registryId,
        tagMutability: repository.imageTagMutability ?? 'MUTABLE',
        exclusionFilters: repository.imageTagMutabilityExclusionFilters ?? [],
    };
}
/**
 * Whether pushing `tag` again would be refused: IMMUTABLE repositories refuse every existing tag,
 * `IMMUTABLE_WITH_EXCLUSION` all but the excluded ones, `MUTABLE_WITH_EXCLUSION` only the
 * excluded ones.
 */
function isTagImmutable(repository, tag) {
    const excluded = repository.exclusionFilters.some((filter) => filter.filter !== undefined && wildcard(filter.filter).test(tag));
    switch (repository.tagMutability) {
        case 'IMMUTABLE':
            return true;
        case 'IMMUTABLE_WITH_EXCLUSION':
            return !excluded;
        case 'MUTABLE_WITH_EXCLUSION':
            return excluded;
        default:
            return false;
    }
}
function wildcard(pattern) {
    return new RegExp(`^${pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
}
const MANIFEST_TYPES = [
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.index.v1+json',
];
/**
 * The images `tags` point at, in one BatchGetImage (which reports misses in `failures`): tags
 * that do not exist are absent from the map, and so are all of a repository that does not exist
 * (the lookup runs beside the repository's own, which says so or creates it). `registryId`
 * undefined is the credentials' own registry.
 */
async function findImagesByTag(client, repository, tags) {
    const found = new Map();
    if (tags.length === 0)
        return found;
    const { BatchGetImageCommand } = await sdk();
    const operation = `ECR BatchGetImage ${repository.name}:${tags.join(',')}`;
    let response;
    try {
        response = await client.send(new BatchGetImageCommand({
            registryId: repository.registryId,
            repositoryName: repository.name,
            imageIds: tags.map((imageTag) => ({ imageTag })),
            acceptedMediaTypes: MANIFEST_TYPES,
        }));
    }
    catch (error) {
        if ((0,aws/* awsErrorName */.ZH)(error) === 'RepositoryNotFoundException')
            return found;
        throw (0,aws/* awsServiceError */.Xh)(operation, error, 'ecr:BatchGetImage');
    }
    const failure = response.failures?.find((f) => f.failureCode !== 'ImageNotFound' && f.failureCode !== 'ImageTagDoesNotMatchDigest');
    if (failure !== undefined)
        throw new errors/* ServiceError */._7(operation, `${failure.failureCode}: ${failure.failureReason}`);
    for (const image of response.images ?? []) {
        const { imageTag, imageDigest } = image.imageId ?? {};
        if (imageTag === undefined || imageDigest === undefined)
            continue;
        found.set(imageTag, { digest: imageDigest, ...manifestParts(image.imageManifest), tags: [imageTag] });
    }
    return found;
}
/** The config digest and layers of a single image manifest; nothing of an index. */
function manifestParts(manifest) {
    try {
        const parsed = JSON.parse(manifest ?? '');
        const digest = parsed.config?.digest;
        if (typeof digest !== 'string')
            return {};
        const layers = Array.isArray(parsed.layers) ? parsed.layers.map((layer) => layer.digest) : undefined;
        return {
            configDigest: digest,
            ...(layers?.every((layer) => typeof layer === 'string') && { layers }),
        };
    }
    catch {
        return {};
    }
}
/**
 * The image with `digest` and all its tags (DescribeImages). A miss is a ServiceError, or, when
 * the digest came from the user, a UserError about `subject`.
 */
async function describeImage(client, repository, digest, subject) {
    const { DescribeImagesCommand } = await sdk();
    const operation = `ECR DescribeImages ${repository.name}@${digest}`;
    try {
        const details = (await client.send(new DescribeImagesCommand({
            registryId: repository.registryId,
            repositoryName: repository.name,
            imageIds: [{ imageDigest: digest }],
        }))).imageDetails?.[0];
        if (details?.imageDigest === undefined)
            throw new errors/* ServiceError */._7(operation, 'no image in the response');
        return { digest: details.imageDigest, tags: details.imageTags ?? [] };
    }
    catch (error) {
        if (error instanceof errors/* ServiceError */._7)
            throw error;
        if (subject !== undefined && (0,aws/* awsErrorName */.ZH)(error) === 'ImageNotFoundException') {
            throw new errors/* UserError */.yo(`${repository.name} holds no image ${digest}`, subject, 'push the image first, or fix the digest');
        }
        throw (0,aws/* awsServiceError */.Xh)(operation, error, 'ecr:DescribeImages');
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/command.ts
var src_command = __webpack_require__(1274);
;// CONCATENATED MODULE: ./src/docker/plan.ts
/**
 * The build's decisions, as pure functions of what was detected and looked up: where the layer
 * cache lives, who pushes, what the builder's metadata says the image is, and whether a tag an
 * immutable repository already holds is this very image. Table-tested; no I/O.
 */
/** The cache mode of `builder` (see `CacheMode`). */
function cacheMode(builder) {
    if (builder.kind === 'legacy')
        return 'none';
    if (builder.kind === 'buildkit')
        return 'inline';
    return builder.driver !== 'docker' || builder.imageStore === 'containerd' ? 'registry' : 'inline';
}
/**
 * Who pushes the image. `docker`: `docker push` of the image the build loaded into the daemon the
 * tool talks to. `builder`: buildx pushes it itself — a named builder or a driver other than
 * `docker` keeps the image where it built it (another daemon, a BuildKit container or cluster).
 */
function pushedBy(builder) {
    return builder.kind === 'buildx' && (builder.name !== undefined || builder.driver !== 'docker')
        ? 'builder'
        : 'docker';
}
/**
 * The cache plan, or undefined when there is no cache (off, or the legacy builder). An inline
 * cache is never exported by the build of the deployed image: BuildKit's inline metadata differs
 * from build to build when a registry cache was imported (it lists the layers it did not take
 * from the import), which would make every re-run a new image. It goes in a second, fully cached
 * build of its own under the cache tag instead.
 */
function planCache(builder, options) {
    const mode = cacheMode(builder);
    if (options.ref === undefined || mode === 'none')
        return undefined;
    return {
        mode,
        ref: options.ref,
        import: options.exists && !options.noCache,
        export: !options.immutable && options.engineKeepsLayers !== true,
    };
}
/**
 * The tags to look up before building, in one call: the cache, and every tag — immutable ones this build may not
 * overwrite, and the others to tell whether the cache already holds an unchanged build (see `cacheHoldsBuild`). All of
 * them, whatever the repository's mutability: the lookup runs beside the repository's, before its answer.
 */
function tagsToLookUp(tags, cacheTag) {
    return [...new Set([...(cacheTag === undefined ? [] : [cacheTag]), ...tags])];
}
/** The plan of one image on `builder` (see `ImagePlan`). */
function planImage(builder, input) {
    const { cacheTag } = input;
    const by = pushedBy(builder);
    const cache = planCache(builder, {
        ref: cacheTag === undefined ? undefined : `${input.repositoryUri}:${cacheTag}`,
        exists: cacheTag !== undefined && input.stored.has(cacheTag),
        immutable: cacheTag !== undefined && input.immutable(cacheTag),
        noCache: input.noCache,
        ...(input.engineKeepsLayers !== undefined && { engineKeepsLayers: input.engineKeepsLayers }),
    });
    const cacheImmutable = cacheTag !== undefined && input.immutable(cacheTag);
    const compareFirst = input.tags.some((tag) => input.immutable(tag) && input.stored.has(tag));
    return {
        refs: input.tags.map((tag) => `${input.repositoryUri}:${tag}`),
        output: by === 'docker' ? 'load' : compareFirst ? 'store' : 'push',
        ...(cache && { cache }),
        cacheFrozen: cache !== undefined && cacheImmutable,
        ...(cache?.mode === 'inline' &&
            cache.export && { cacheImage: by === 'docker' ? 'load' : 'push' }),
    };
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * Reads buildx's `--metadata-file`. On the classic store `containerimage.digest` is the config
 * digest (the store has no manifest until `docker push`); on the containerd store and for a
 * builder that pushed, `containerimage.descriptor` (or a digest that is not the config's) is the
 * manifest or index. Undefined when the file holds no image digest.
 */
function parseBuildMetadata(text) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const config = metadata['containerimage.config.digest'];
    const digest = metadata['containerimage.digest'];
    const descriptor = metadata['containerimage.descriptor']?.digest;
    const configDigest = typeof config === 'string' && DIGEST.test(config) ? config : undefined;
    const manifest = typeof descriptor === 'string' ? descriptor : digest !== config ? digest : undefined;
    if (typeof manifest === 'string' && DIGEST.test(manifest))
        return { manifestDigest: manifest, ...(configDigest && { configDigest }) };
    return configDigest === undefined ? undefined : { configDigest };
}
/**
 * Whether the inline cache image under `cacheTag` already serves this very build, so that building and pushing it
 * again would only rewrite what the registry holds: one of `tags` already points at the built image (an unchanged
 * re-run), and the cache tag at an image of exactly its layers. The cache image is a fully cached build of the same
 * steps: same layers, cache metadata in its config.
 */
function cacheHoldsBuild(built, tags, stored, cacheTag) {
    const cache = stored.get(cacheTag)?.layers;
    if (cache === undefined)
        return false;
    return tags.some((tag) => {
        const image = tag === cacheTag ? undefined : stored.get(tag);
        const layers = image?.layers;
        return (image !== undefined &&
            layers !== undefined &&
            isSameImage(built, image) &&
            layers.length === cache.length &&
            layers.every((layer, i) => layer === cache[i]));
    });
}
/**
 * Whether a stored image is the built one, compared like for like: manifest digest with manifest
 * digest when the builder knows its manifest, else config digest with the stored manifest's
 * config (an index has none: it is not the single image the classic store built).
 */
function isSameImage(built, stored) {
    return built.manifestDigest !== undefined
        ? stored.digest === built.manifestDigest
        : stored.configDigest === built.configDigest;
}
/** Both sides of a mismatch in the same terms, for the message. */
function describeMismatch(built, stored) {
    if (built.manifestDigest !== undefined)
        return `${stored.digest}; this build is ${built.manifestDigest}`;
    const config = stored.configDigest === undefined ? 'an image index, not one image' : `config ${stored.configDigest}`;
    return `${stored.digest}, ${config}; this build is the image with config ${built.configDigest}`;
}
/**
 * The push plan for `tags`: every tag is pushed unless it is immutable and already exists; an
 * existing immutable tag must point at this very image, or the plan is a conflict (decided for all
 * tags before any push).
 */
function planPush(tags, immutable, stored, built) {
    const inPlace = new Map();
    const push = [];
    for (const tag of tags) {
        const image = immutable(tag) ? stored.get(tag) : undefined;
        if (image === undefined) {
            push.push(tag);
        }
        else if (isSameImage(built, image)) {
            inPlace.set(tag, image.digest);
        }
        else {
            return { push: [], inPlace: new Map(), conflict: { tag, detail: describeMismatch(built, image) } };
        }
    }
    return { push, inPlace };
}

;// CONCATENATED MODULE: ./src/docker/args.ts


/**
 * Refuses inputs the builder cannot honour, naming the input: secrets and SSH need BuildKit,
 * `builder` and attestations need buildx, and attestations on immutable tags need a builder that
 * pushes itself.
 * @param immutableTags whether any tag to push is immutable in the repository
 */
function checkBuilderSupports(build, builder, immutableTags) {
    const fix = 'install the docker-buildx plugin (Docker 23 and later build with it)';
    if (builder.kind === 'legacy') {
        const needsBuildKit = [build.secrets.length > 0 && 'secrets', build.ssh.length > 0 && 'ssh'].filter(Boolean);
        if (needsBuildKit.length > 0)
            throw new errors/* UserError */.yo('needs BuildKit, and this docker client has no buildx plugin', { input: needsBuildKit[0] }, fix);
    }
    if (builder.kind !== 'buildx') {
        if (build.builder !== undefined)
            throw new errors/* UserError */.yo(`'${build.builder}' is a buildx builder, and this docker client has no buildx plugin`, { input: 'builder' }, fix);
        if (build.provenance !== 'false')
            throw new errors/* UserError */.yo('attestations need buildx, and this docker client has no buildx plugin', { input: 'provenance' }, `${fix}, or set provenance to false`);
    }
    if (build.provenance !== 'false' &&
        builder.kind === 'buildx' &&
        builder.driver === 'docker' &&
        builder.imageStore === 'classic') {
        throw new errors/* UserError */.yo('the docker driver on the classic image store cannot make attestations (buildx refuses them)', { input: 'provenance' }, 'turn on the containerd image store, build with another builder, or set provenance to false');
    }
    // With attestations the containerd store holds an index; `docker push` of an index puts its
    // manifests under the tag before the index itself, and an immutable tag refuses the second write.
    if (immutableTags &&
        build.provenance !== 'false' &&
        builder.kind === 'buildx' &&
        builder.imageStore === 'containerd' &&
        pushedBy(builder) === 'docker') {
        throw new errors/* UserError */.yo('attestations make the image an index, which docker push cannot put under an immutable tag (it writes the tag twice)', { input: 'provenance' }, 'set provenance to false, or build with a builder that pushes itself (builder: a docker-container or remote builder)');
    }
}
/**
 * Said whenever attestations are on (and the builder can make them): the tag then holds an OCI image index, and ECR's
 * basic scanning refuses an index ("An artifact with media type 'application/vnd.oci.image.index.v1+json' cannot be
 * scanned"), so scan on push stops without a word from ECR.
 */
const PROVENANCE_INDEX_WARNING = "provenance: the attestations make each tag an OCI image index, and ECR's basic scanning cannot scan an index: scan on push finds nothing for this image. Set provenance to false to keep a single, scannable image manifest.";
/** The build command for `build` on `builder`. */
function buildCommand(image, build, builder, plan) {
    const buildx = builder.kind === 'buildx';
    const args = buildx ? [...contextArgs(builder), 'buildx', 'build'] : ['build'];
    if (buildx) {
        if (builder.name !== undefined && builder.driver !== 'docker')
            args.push('--builder', builder.name);
        args.push(...outputArgs(plan.output), '--provenance', build.provenance, '--metadata-file', plan.metadataFile);
    }
    else {
        args.push('--iidfile', plan.iidFile);
    }
    if (builder.kind !== 'legacy')
        args.push('--progress=plain');
    args.push('--file', image.dockerfile);
    for (const ref of plan.refs)
        args.push('--tag', ref);
    for (const [key, value] of image.buildArgs)
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of build.labels)
        args.push('--label', `${key}=${value}`);
    if (image.target !== undefined)
        args.push('--target', image.target);
    if (build.platform !== undefined)
        args.push('--platform', build.platform);
    for (const [id, file] of plan.secretFiles)
        args.push('--secret', `id=${id},src=${file}`);
    for (const ssh of build.ssh)
        args.push('--ssh', ssh);
    if (!plan.inlineCacheImage) {
        if (build.noCache)
            args.push('--no-cache');
        if (build.pull)
            args.push('--pull');
    }
    if (plan.cache !== undefined)
        args.push(...cacheArgs(builder, plan.cache, plan.inlineCacheImage === true));
    args.push(image.context);
    return { args, env: buildx ? {} : { DOCKER_BUILDKIT: builder.kind === 'buildkit' ? '1' : '0' } };
}
/**
 * A `docker` driver builder is a Docker context: buildx refuses `--builder` for it ("use docker
 * --context=… buildx") and wants the context selected instead.
 */
function contextArgs(builder) {
    return builder.kind === 'buildx' && builder.name !== undefined && builder.driver === 'docker'
        ? ['--context', builder.name]
        : [];
}
function outputArgs(output) {
    return output === 'load' ? ['--load'] : ['--output', `type=image,push=${output === 'push'}`];
}
function cacheArgs(builder, cache, inlineCacheImage) {
    const buildx = builder.kind === 'buildx';
    if (inlineCacheImage)
        return buildx ? ['--cache-to', 'type=inline'] : ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'];
    const args = cache.import ? ['--cache-from', buildx ? `type=registry,ref=${cache.ref}` : cache.ref] : [];
    if (cache.mode === 'registry' && cache.export) {
        args.push('--cache-to', `type=registry,ref=${cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`);
    }
    return args;
}
/**
 * The manifest digest `docker push` reports: its last line reads `<tag>: digest: sha256:… size: N`
 * (the same words since Docker 1.10).
 */
function parsePushDigest(output) {
    const matches = [...output.matchAll(/digest: (sha256:[0-9a-f]{64}) size: \d+/g)];
    return matches.at(-1)?.[1];
}
/**
 * The builder for this machine, from `docker version`, the driver of the buildx builder (when
 * `docker buildx inspect` answered) and the image store of the daemon a `docker` driver uses.
 */
function chooseBuilder(clientVersion, buildx) {
    if (buildx !== undefined)
        return { kind: 'buildx', ...buildx };
    const major = Number.parseInt(clientVersion, 10);
    return Number.isNaN(major) || major >= 23 ? { kind: 'legacy' } : { kind: 'buildkit' };
}
/** The image store `docker info`'s `{{json .DriverStatus}}` shows: the containerd snapshotter, or the classic store. */
function parseImageStore(driverStatus) {
    return driverStatus.includes('io.containerd.snapshotter') ? 'containerd' : 'classic';
}

;// CONCATENATED MODULE: ./src/docker/push-progress.ts
/**
 * Progress of a `docker push` from its plain output, where a long upload prints nothing between
 * "Pushing" and "Pushed": the layers by state, for a line every so often and a summary at the end.
 * Pure.
 */
/** `<12 hex>: <status>`, as docker prints layer states without a terminal. */
const LAYER_LINE = /^([0-9a-f]{12}): (Preparing|Waiting|Pushing|Pushed|Layer already exists|Mounted from \S+|Retrying in .+)$/;
/** How often a push in progress is reported: often enough to show it is alive, seldom enough not to flood. */
const PUSH_PROGRESS_INTERVAL_MS = 10_000;
class PushProgress {
    layers = new Map();
    /** Takes one line of docker push's output; lines that are no layer state are ignored. */
    update(line) {
        const match = LAYER_LINE.exec(line.trim());
        if (match === null)
            return;
        const [, layer = '', status = ''] = match;
        this.layers.set(layer, stateOf(status));
    }
    /** `3 layers: 1 pushed, 2 already in the registry` (states with no layer are left out). */
    summary() {
        const count = (state) => [...this.layers.values()].filter((s) => s === state).length;
        const parts = [
            [count('pushed'), 'pushed'],
            [count('present'), 'already in the registry'],
            [count('uploading'), 'uploading'],
            [count('waiting'), 'waiting'],
        ]
            .filter(([n]) => n !== 0)
            .map(([n, what]) => `${n} ${what}`);
        const total = this.layers.size;
        return `${total} layer${total === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
    }
}
function stateOf(status) {
    if (status === 'Pushed')
        return 'pushed';
    if (status === 'Layer already exists' || status.startsWith('Mounted from'))
        return 'present';
    if (status === 'Pushing' || status.startsWith('Retrying'))
        return 'uploading';
    return 'waiting';
}

;// CONCATENATED MODULE: ./src/docker/docker.ts
/**
 * Docker through its CLI: builder detection, build, push (the logins are in the private config:
 * auth-config.ts). Every function takes the session (runner, private Docker config, logger) as a
 * parameter.
 */






const DAEMON_FIX = "start Docker or set DOCKER_HOST; in CodeBuild, turn on privileged mode in the project's environment";
/**
 * Checks the daemon answers within the response timeout and picks the builder (see `Builder`):
 * `name`, the `builder` input, or the current one. Runs with the user's own Docker config, before
 * the private one exists: the builder selection is the same in both. Logs nothing: a build starts
 * it before the files are checked, and `reportBuilder` says what it found where the run uses it.
 * @param dockerHost the daemon docker talks to (`DOCKER_HOST`), for the message when it is silent
 * @param signal stops the programs when the run no longer needs their answer
 */
async function detectBuilder(run, limits, dockerHost, name, signal) {
    const options = { timeoutMs: limits.responseTimeoutMs, ...(signal && { signal }) };
    const info = (endpoint) => run('docker', [...(endpoint ? ['--context', endpoint] : []), 'info', '--format', '{{json .DriverStatus}}'], options);
    // The current builder's daemon is the one docker talks to: its image store is asked beside the other two, at once
    // (a docker process each); unused when there is no buildx.
    const early = name === undefined ? info() : undefined;
    early?.catch(() => undefined); // its failure is the version check's to report
    const [version, buildx] = await Promise.all([
        run('docker', ['version', '--format', '{{.Client.Version}} {{.Server.Version}}'], options),
        run('docker', ['buildx', 'inspect', ...(name === undefined ? [] : [name])], options),
    ]);
    const daemon = dockerHost ? `DOCKER_HOST=${dockerHost}` : 'the default socket (DOCKER_HOST is not set)';
    (0,src_command/* checkExit */.dB)(version, `connecting to the Docker daemon at ${daemon}`, version.stopped
        ? `the daemon accepts connections but does not answer: restart it, or point DOCKER_HOST at one that works; on a slow machine raise response-timeout`
        : DAEMON_FIX);
    const [client = '', server = ''] = version.stdout.trim().split(' ');
    if (buildx.exitCode !== 0 && name !== undefined && /no builder|not found/i.test(buildx.stderr)) {
        throw new errors/* UserError */.yo(`there is no buildx builder '${name}': ${buildx.stderr.trim().split('\n').at(-1)}`, { input: 'builder' }, 'create it (docker buildx create), or pick one docker buildx ls lists');
    }
    const driver = buildx.exitCode === 0 && buildx.stopped === undefined
        ? (/^Driver:\s+(\S+)/m.exec(buildx.stdout)?.[1] ?? 'docker')
        : undefined;
    // A docker driver builds into a daemon's image store: the one of its endpoint (a context).
    const endpoint = name === undefined ? undefined : /^\s*Endpoint:\s+(\S+)/m.exec(buildx.stdout)?.[1];
    const imageStore = driver === 'docker' ? parseImageStore((await (early ?? info(endpoint))).stdout) : 'classic';
    const builder = chooseBuilder(client, driver === undefined ? undefined : { driver, imageStore, ...(name !== undefined && { name }) });
    return {
        builder,
        client,
        description: `docker client ${client}, engine ${server}, builder ${builder.kind}${driver ? ` (${name ?? 'current'}: ${driver} driver, ${imageStore} image store)` : ''}`,
    };
}
/** Says what `detectBuilder` found (the legacy builder is a warning) and returns the builder. */
function reportBuilder(detected, log) {
    log.debug(detected.description);
    if (detected.builder.kind === 'legacy') {
        log.warning(`docker ${detected.client} has no buildx plugin: building with the legacy builder, without BuildKit or the layer cache. Install docker-buildx.`);
    }
    return detected.builder;
}
/** A line of BuildKit's plain progress once the build pushes to the registry. */
const BUILDKIT_PUSHING = /^#\d+ (pushing|exporting cache)/;
/** BuildKit's line when a registry answered a request with a server error (it retries for some 8 s). */
const BUILDKIT_REGISTRY_FAILED = /error: unexpected status from \w+ request to https?:\/\/([^/\s]+)\/\S*: (5\d\d\b.*)$/;
/**
 * Runs a build command, streaming its log (at `level`), and returns what the builder says it
 * built: buildx's metadata file, or the image id the engine's BuildKit writes (the config digest).
 * Bounded like `docker push` wherever the build writes to the registry (a push by the builder,
 * `pushes`, or a registry cache export): a server error from the registry stops it at once, and
 * so does the push timeout without a line from the first push or cache export line on (the
 * steps before may rightly be silent longer). BuildKit's push lines are its progress.
 */
async function buildImage(session, command, written, options = {}) {
    const { run, env, log } = session;
    const level = options.level ?? 'info';
    log.debug(`docker ${command.args.join(' ')}`);
    let registry;
    const result = await run('docker', command.args, {
        env: { ...env, ...command.env },
        onLine: (line) => log[level](line),
        idleTimeoutMs: session.limits.pushTimeoutMs,
        idleFrom: (line) => BUILDKIT_PUSHING.test(line),
        stopOn: (line) => {
            const failed = BUILDKIT_REGISTRY_FAILED.exec(line);
            if (failed === null)
                return undefined;
            registry = failed[1];
            return `the registry ${registry} failed a request (${failed[2]})`;
        },
    });
    // Stopped by this tool: the registry failed, or the push went silent.
    (0,src_command/* checkExit */.dB)(result, options.pushes === true ? 'docker build and push' : 'docker build', result.stopped !== undefined
        ? `check that the registry${registry === undefined ? '' : ` ${registry}`} is up and reachable (network, proxy); on a slow network raise push-timeout`
        : refused.test(result.stderr) || refused.test(result.stdout)
            ? refusedFix(/request to https?:\/\/([^/\s]+)\/\S*: 40[13]\b/.exec(`${result.stdout}${result.stderr}`)?.[1])
            : 'read the build log above; the failing step is the last one printed');
    const file = written.metadataFile ?? written.iidFile ?? '';
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
    const built = written.metadataFile !== undefined
        ? parseBuildMetadata(text)
        : /^sha256:[0-9a-f]{64}$/.test(text.trim())
            ? { configDigest: text.trim() }
            : undefined;
    if (built === undefined)
        throw new errors/* ServiceError */._7('docker build', `wrote no image digest to ${file}`);
    return built;
}
/**
 * What docker prints when the registry refused the credentials (the login is first checked at the push: see
 * auth-config.ts) or the push itself (ECR's IAM: `denied: User … is not authorized to perform ecr:…`).
 */
const refused = /\bunauthorized\b|authentication required|\bdenied:/i;
function refusedFix(registry) {
    return `the registry${registry === undefined ? '' : ` ${registry}`} refused this run's login or push: allow ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage on the repository for the role this runs as, and check that the registry is the one ECR named`;
}
/** The daemon's line when a registry request failed and it will try again (after 5, 10, 15 … s). */
const RETRYING = /Retrying in \d+ seconds?/;
/**
 * Pushes one reference and returns the manifest digest the registry stored. A long push logs its
 * layers' progress every PUSH_PROGRESS_INTERVAL_MS; the end, what was uploaded. A push with no
 * progress for the push timeout is stopped, and so is one the daemon starts retrying: a registry
 * that failed a request once fails the next ones too, and the daemon's five retries would take
 * some 50 s to say so.
 */
async function pushImage(session, ref) {
    const { run, env, log } = session;
    const registry = ref.split('/')[0];
    const progress = new PushProgress();
    const started = Date.now();
    const timer = setInterval(() => log.info(`pushing ${ref}: ${progress.summary()}, ${Math.round((Date.now() - started) / 1000)} s`), PUSH_PROGRESS_INTERVAL_MS);
    let result;
    let output = '';
    try {
        result = (0,src_command/* checkExit */.dB)(await run('docker', ['push', ref], {
            env,
            onLine: (line) => {
                output += `${line}\n`;
                progress.update(line);
                log.debug(line);
            },
            idleTimeoutMs: session.limits.pushTimeoutMs,
            stopOn: (line) => RETRYING.test(line)
                ? `the registry ${registry} failed a request (docker was ${line.replace(/^.*?(Retrying)/, 'retrying').toLowerCase()})`
                : undefined,
        }), `docker push ${ref}`, refused.test(output)
            ? refusedFix(registry)
            : `check that the registry ${registry} is up and reachable (network, proxy); on a slow network raise push-timeout`);
    }
    finally {
        clearInterval(timer);
    }
    const digest = parsePushDigest(result.stdout);
    if (digest === undefined)
        throw new errors/* ServiceError */._7(`docker push ${ref}`, 'reported no digest');
    log.info(`pushed ${ref} (${digest}): ${progress.summary()}`);
    return digest;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/artifact/write.ts
var write = __webpack_require__(2365);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/cleanup.ts
var cleanup = __webpack_require__(2691);
;// CONCATENATED MODULE: ./src/docker/auth-config.ts
/**
 * The registry logins in the private Docker config, written the way `docker login` stores them in a config file:
 * `auths[host].auth` is base64 of `user:password`. Written directly, there is no `docker login` process and no
 * round trip before the build; the registry still checks the password, at the first pull or push that needs it.
 *
 * With an `auths` entry in the file, the Docker CLI (and buildx, which reads the same file) keeps to the file: it
 * looks for the platform's keychain helper only when the config holds no credentials at all (`ContainsAuth` in
 * docker/cli's config loader). So no password reaches a keychain, and deleting the private directory removes it.
 */
/**
 * `settings` (the user's Docker settings, without credential stores) with an `auths` entry for each login, replacing
 * any the user's file had for the same host. `mask` receives each entry's value first.
 */
function withRegistryAuths(settings, logins, mask) {
    const existing = settings['auths'];
    const auths = typeof existing === 'object' && existing !== null ? { ...existing } : {};
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
        mask(auth);
        auths[login.registry] = { auth };
    }
    return { ...settings, auths };
}

;// CONCATENATED MODULE: ./src/docker/config-dir.ts
/**
 * A private Docker config directory for one run: the ECR password lands in its config.json, not
 * in the user's, and the directory is deleted when the run ends, however it ends.
 */







/** Names of the private directories: the prefix, then the pid of the run that made it. */
const PREFIX = 'ecs-bluegreen-docker-';
/**
 * Removes the private configs that earlier runs left in `parent` when they were killed (SIGKILL,
 * a lost runner) before their exit handler ran: on a self-hosted runner the next job, perhaps
 * another repository's, would find the registry login in them. A directory whose process still
 * runs is left alone; so is one whose pid is now another process's (it goes once that ends).
 */
async function removeStaleConfigDirs(parent) {
    const names = await (0,promises_.readdir)(parent).catch(() => []);
    await Promise.all(names.map(async (name) => {
        const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
        if (pid === undefined || isRunning(Number(pid)))
            return;
        await (0,promises_.rm)((0,external_node_path_.join)(parent, name), { recursive: true, force: true }).catch(() => undefined);
    }));
}
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM'; // alive, another user's
    }
}
/**
 * Where the private directory goes, and the variable that says so: `RUNNER_TEMP` (a runner's, cleaned between
 * jobs), else the system temp directory (`TMPDIR`). Preflight checks it is writable before the build starts.
 */
function tempDirOf(env) {
    const runnerTemp = env['RUNNER_TEMP'];
    return runnerTemp ? { dir: runnerTemp, variable: 'RUNNER_TEMP' } : { dir: (0,external_node_os_.tmpdir)(), variable: 'TMPDIR' };
}
/** Parts of the user's config directory that select plugins, builders and contexts. */
const SHARED = ['cli-plugins', 'buildx', 'contexts'];
/**
 * Creates the directory (mode 0700) in `RUNNER_TEMP` or the system temp directory, seeded with the
 * user's settings minus the default credential store and any helper for the logins' registries —
 * either would keep the ECR password after the run — plus the logins themselves (see
 * `withRegistryAuths`), and with the user's plugins, builders and contexts linked in, so base
 * images from other registries, buildx builders and contexts keep working.
 * @param mask receives each login's config entry before it is written
 */
async function createDockerConfigDir(env, logins, mask) {
    const parent = tempDirOf(env).dir;
    await removeStaleConfigDirs(parent);
    const path = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, `${PREFIX}${process.pid}-`));
    // Retried: a docker child just killed may still write in it (buildx's state) for a moment.
    const remove = () => (0,external_node_fs_.rmSync)(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    // The logins live in this directory's config file only (no keychain: see auth-config.ts), so a
    // run that ends early (Ctrl-C, SIGTERM) leaves nothing behind once it is deleted.
    const unregister = (0,cleanup/* onExit */.c)(remove);
    try {
        const userDir = env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
        const registries = logins.map((login) => login.registry);
        const settings = withRegistryAuths(await readUserSettings((0,external_node_path_.join)(userDir, 'config.json'), registries), logins, mask);
        await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'config.json'), `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
        await Promise.all([
            ...SHARED.map(async (name) => {
                if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(userDir, name)))
                    await (0,promises_.symlink)((0,external_node_path_.join)(userDir, name), (0,external_node_path_.join)(path, name));
            }),
            linkBuildNodeId(userDir, path),
        ]);
    }
    catch (error) {
        remove();
        unregister();
        throw error;
    }
    return {
        path,
        remove: () => {
            remove();
            unregister();
        },
    };
}
/**
 * The Docker CLI's build node id (`.buildNodeID`: random, no secret). BuildKit keys what it knows of a build context's
 * files by it and the context's path, so that a re-run sends and hashes only what changed. In a directory of its own,
 * each run would get a new id, and every build would send the whole context again: seconds for a large one (measured
 * by the bench: a 200 MB context). The user's is linked in — made first, as the CLI's first build makes it, when there
 * is none. (buildx keeps its own in its `buildx` directory, linked in with the others.) Where the user's directory
 * cannot be written, each run has a new id, as before.
 */
async function linkBuildNodeId(userDir, path) {
    const file = (0,external_node_path_.join)(userDir, '.buildNodeID');
    try {
        await (0,promises_.mkdir)(userDir, { recursive: true, mode: 0o700 });
        await (0,promises_.writeFile)(file, (0,external_node_crypto_.randomBytes)(32).toString('hex'), { mode: 0o600, flag: 'wx' }); // never replaces one
    }
    catch {
        // there is one already, or the user's directory cannot be written
    }
    if ((0,external_node_fs_.existsSync)(file))
        await (0,promises_.symlink)(file, (0,external_node_path_.join)(path, '.buildNodeID'));
}
async function readUserSettings(file, registries) {
    let settings;
    try {
        settings = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return {}; // no config, or one Docker itself could not read: start clean
    }
    const { credsStore: _store, credHelpers, ...rest } = settings;
    if (typeof credHelpers !== 'object' || credHelpers === null)
        return rest;
    const helpers = Object.entries(credHelpers).filter(([host]) => !registries.includes(host));
    return helpers.length > 0 ? { ...rest, credHelpers: Object.fromEntries(helpers) } : rest;
}

// EXTERNAL MODULE: ./src/images.ts
var src_images = __webpack_require__(4525);
// EXTERNAL MODULE: ./src/input-file.ts
var input_file = __webpack_require__(1054);
;// CONCATENATED MODULE: ./src/preflight-rules.ts
/**
 * The pure decisions of the pre-flight checks (see `preflight.ts`): which output paths collide
 * with the inputs or with each other, and which stages a Dockerfile declares.
 */
/**
 * The first way the outputs would destroy an input or break the next run, if any: an output file
 * over an input, `output-dir` (replaced as a whole) holding an input or another output, two
 * outputs on one path.
 */
function findPathConflict(outputs, inputs) {
    const files = [
        { input: 'artifact', path: outputs.artifact },
        { input: 'outputs-env-file', path: outputs.envFile },
    ];
    for (const file of files) {
        // Inside a directory input is fine (the zip beside the sources); on an input file is not.
        const input = inputs.find((candidate) => candidate.path === file.path);
        if (input !== undefined) {
            return {
                input: file.input,
                message: `'${file.path}' is the ${input.input} input; writing it would destroy what the build reads`,
                fix: `write the ${file.input} elsewhere, e.g. beside the output directory`,
            };
        }
    }
    const [artifact, envFile] = files;
    if (artifact.path === envFile.path) {
        return {
            input: 'outputs-env-file',
            message: `'${envFile.path}' is also the artifact zip`,
            fix: 'give the outputs env file a name of its own, e.g. ecs-bluegreen-build.env',
        };
    }
    for (const input of inputs) {
        if (input.path === outputs.outputDir || isInside(outputs.outputDir, input.path)) {
            return {
                input: 'output-dir',
                message: `'${outputs.outputDir}' ${input.path === outputs.outputDir ? 'is' : 'holds'} the ${input.input} input ('${input.path}'); the artifact directory is replaced on every run`,
                fix: 'use a directory of its own for the artifact, e.g. ecs-deploy',
            };
        }
    }
    for (const file of files) {
        if (file.path === outputs.outputDir || isInside(outputs.outputDir, file.path)) {
            return {
                input: file.input,
                message: `'${file.path}' is ${file.path === outputs.outputDir ? '' : 'inside '}the output directory '${outputs.outputDir}', which is replaced on every run`,
                fix: `put the ${file.input} beside the directory, e.g. ${outputs.outputDir.replace(/\/+$/, '')}.${file.input === 'artifact' ? 'zip' : 'env'}`,
            };
        }
    }
    return undefined;
}
/** Whether `path` lies strictly inside directory `dir` (both absolute and normalised). */
function isInside(dir, path) {
    return path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}
/**
 * The stage names a Dockerfile declares (`FROM image AS name`), lower-cased as Docker compares
 * them; line continuations, comments and the `escape` parser directive are honoured.
 */
function dockerfileStages(text) {
    const escape = /^#\s*escape\s*=\s*`/im.test(text
        .split(/\r?\n/)
        .slice(0, 5)
        .filter((line) => line.startsWith('#'))
        .join('\n'))
        ? '`'
        : '\\';
    const stages = [];
    let instruction = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trimStart();
        if (line.startsWith('#'))
            continue; // comments, directives, and comment lines inside a continuation
        if (line.trimEnd().endsWith(escape)) {
            instruction += `${line.trimEnd().slice(0, -1)} `;
            continue;
        }
        instruction += line;
        const match = /^FROM\s+(?:--\S+\s+)*\S+\s+AS\s+(\S+)\s*$/i.exec(instruction.trim());
        if (match)
            stages.push(match[1].toLowerCase());
        instruction = '';
    }
    return stages;
}

;// CONCATENATED MODULE: ./src/preflight.ts
/**
 * Everything about the inputs and this machine that can be known without a remote call, checked
 * before the first one (the deployment files are read and checked just before, in `commands/deploy-files.ts`):
 * the temp directory, the build context and Dockerfile and its target, and that every output
 * path can be written without destroying an input or breaking the next run. Each problem is a
 * UserError naming the input: exit 2, nothing pushed, nothing written.
 */









/** The largest Dockerfile read (to find its stages). */
const MAX_DOCKERFILE_BYTES = 1_000_000;
/**
 * Runs the local checks of `build`; returns the temp directory the run may use.
 * @throws UserError naming the input (or the variable) at fault
 */
async function preflight(config, files) {
    const { env } = config;
    await ensureTempDir(env);
    const inputs = [
        { input: 'taskdef', path: await realInput(files.taskdef.path) },
        ...(files.appspec !== undefined ? [{ input: 'appspec', path: await realInput(files.appspec.path) }] : []),
    ];
    // SSH sources are the run's, checked once.
    await Promise.all(config.build.ssh.map((entry) => checkSshSource(entry, env)));
    for (const spec of config.images) {
        if (spec.kind !== 'build')
            continue;
        const { build } = spec;
        await checkBuildInputs(spec, build, config.files.workspace);
        inputs.push({ input: spec.extra === undefined ? 'context' : 'extra-images', path: await realInput(build.context) }, { input: spec.extra === undefined ? 'dockerfile' : 'extra-images', path: await realInput(build.dockerfile) });
    }
    const envFile = await writablePath(config.envFile, 'outputs-env-file', 'file');
    const artifacts = [
        { dir: config.outputDir, zip: config.artifact },
        ...config.images.flatMap((spec) => (spec.extra === undefined ? [] : [spec.extra])),
    ];
    for (const artifact of artifacts) {
        const outputs = {
            outputDir: await writablePath(artifact.dir, 'output-dir', 'directory'),
            artifact: await writablePath(artifact.zip, 'artifact', 'file'),
            envFile,
        };
        const conflict = findPathConflict(outputs, inputs);
        if (conflict !== undefined)
            throw new errors/* UserError */.yo(conflict.message, { input: conflict.input }, conflict.fix);
        await (0,write/* checkReplaceable */.X7)(artifact.dir, 'output-dir');
    }
}
/**
 * `RUNNER_TEMP` is created when missing (a runner cleans it between jobs; a wrapper script may
 * point it at a fresh path); the system temp directory (`TMPDIR`) must exist.
 */
async function ensureTempDir(env) {
    const { dir, variable } = tempDirOf(env);
    try {
        if (variable === 'RUNNER_TEMP')
            await (0,promises_.mkdir)(dir, { recursive: true });
        if (!(await (0,promises_.stat)(dir)).isDirectory())
            throw Object.assign(new Error(), { code: 'ENOTDIR' });
        await (0,promises_.access)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new errors/* UserError */.yo(`the temp directory '${dir}' (${variable}) is not a writable directory (${code})`, undefined, `create it, or set ${variable} to a writable directory: the private Docker config of the run goes there`);
    }
}
async function checkBuildInputs(spec, build, workspace) {
    const input = (name) => (0,src_images/* imageSubject */.m1)(spec, name).input;
    const context = await (0,promises_.stat)(build.context).catch((error) => (0,input_file/* inputPathError */.y)(error, build.context, input('context')));
    if (!context.isDirectory()) {
        throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(spec, `${build.context} is not a directory`), (0,src_images/* imageSubject */.m1)(spec, 'context'), 'pass the directory docker builds from (usually the one holding the Dockerfile)');
    }
    await (0,promises_.access)(build.context, external_node_fs_.constants.R_OK | external_node_fs_.constants.X_OK).catch((error) => (0,input_file/* inputPathError */.y)(error, build.context, input('context')));
    const dockerfile = await (0,input_file.readInputFile)(build.dockerfile, {
        input: input('dockerfile'),
        maxBytes: MAX_DOCKERFILE_BYTES,
        workspace,
        strict: false,
    });
    if (build.target === undefined)
        return;
    const stages = dockerfileStages(dockerfile);
    if (!stages.includes(build.target.toLowerCase())) {
        throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(spec, `'${build.target}' is not a stage of ${build.dockerfile}${stages.length > 0 ? ` (its stages: ${stages.join(', ')})` : ', which names no stage'}`), (0,src_images/* imageSubject */.m1)(spec, 'target'), 'name a stage declared with FROM … AS <name>, or remove target to build the last stage');
    }
}
/**
 * An `ssh` entry's agent or keys must be there: `default` needs SSH_AUTH_SOCK, `id=path` a
 * readable path (a key file or an agent socket), or buildx fails in the middle of the build.
 */
async function checkSshSource(entry, env) {
    const [id = '', path] = entry.split('=');
    if (path === undefined) {
        if (env['SSH_AUTH_SOCK'])
            return;
        throw new errors/* UserError */.yo(`ssh '${id}' is the SSH agent of SSH_AUTH_SOCK, which is not set`, { input: 'ssh' }, 'start an agent (ssh-agent, or webfactory/ssh-agent in a workflow) so that SSH_AUTH_SOCK is set, or give a key as id=path');
    }
    await (0,promises_.access)(path, external_node_fs_.constants.R_OK).catch((error) => (0,input_file/* inputPathError */.y)(error, path, 'ssh'));
}
/** An input path, absolute and with links resolved (it exists: the checks before read it). */
async function realInput(path) {
    return (0,promises_.realpath)(path).catch(() => (0,external_node_path_.resolve)(path));
}
/**
 * Checks that `path` can be written as a `kind` — what exists there is of that kind, the nearest
 * existing parent is a writable directory — and returns it absolute, links resolved.
 */
async function writablePath(path, input, kind) {
    const absolute = (0,external_node_path_.resolve)(path);
    const target = await (0,promises_.stat)(absolute).catch((error) => {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined; // ENOTDIR: found below, with the file named
        return (0,input_file/* inputPathError */.y)(error, path, input);
    });
    if (target !== undefined && (kind === 'file' ? !target.isFile() : !target.isDirectory())) {
        throw new errors/* UserError */.yo(`'${path}' is ${target.isDirectory() ? 'a directory' : kind === 'file' ? 'not a regular file' : 'a file'}, not a ${kind}`, { input }, `pass the path of a ${kind} to write`);
    }
    // The nearest part of the path that exists must be a directory this user may write in.
    let parent = (0,external_node_path_.dirname)(absolute);
    const missing = [(0,external_node_path_.basename)(absolute)];
    for (;;) {
        const found = await (0,promises_.stat)(parent).catch((error) => {
            const code = error.code;
            if (code === 'ENOENT')
                return undefined;
            if (code === 'ENOTDIR')
                return 'under-file';
            return (0,input_file/* inputPathError */.y)(error, parent, input);
        });
        if (found === undefined || found === 'under-file') {
            missing.unshift((0,external_node_path_.basename)(parent));
            parent = (0,external_node_path_.dirname)(parent);
            continue;
        }
        if (!found.isDirectory()) {
            throw new errors/* UserError */.yo(`'${path}' cannot be written: '${parent}' is a file`, { input }, 'choose a path whose folders are folders');
        }
        await (0,promises_.access)(parent, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK).catch(() => {
            throw new errors/* UserError */.yo(`'${path}' cannot be written: this user may not write in '${parent}'`, { input }, 'choose a path in a writable directory');
        });
        return (0,external_node_path_.join)(await (0,promises_.realpath)(parent), ...missing);
    }
}

;// CONCATENATED MODULE: ./src/s3/upload.ts




/**
 * Creates a client for `region` with bounded calls; a bucket in another region is followed, not an
 * error. Path-style addressing where the endpoint is not AWS's (see `needsPathStyle`).
 */
async function createS3Client(region, limits) {
    const { S3Client } = await (0,trace/* traced */.mn)('load', '@aws-sdk/client-s3', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)));
    (0,aws/* quietSdkNodeWarning */.RT)();
    return (0,aws/* boundCalls */.uw)(new S3Client({
        region,
        followRegionRedirects: true,
        forcePathStyle: needsPathStyle(process.env),
        ...(0,aws/* boundedClientOptions */.Ji)(limits, (0,proxy/* proxyAgents */.H)()),
    }), limits);
}
/** The domains of AWS's S3 endpoints (commercial, China, dual-stack, the isolated regions). */
const AWS_DOMAIN = /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;
/**
 * Whether S3 must be addressed path-style (`http://host/bucket/key`): when the endpoint set in the
 * environment (`AWS_ENDPOINT_URL_S3`, else `AWS_ENDPOINT_URL`, as the SDK reads them) is not
 * AWS's. MinIO, LocalStack, Ceph and S3 gateways answer on one host name: the SDK's default,
 * `bucket.host`, does not resolve there (`ENOTFOUND bucket.localhost`). AWS's own endpoints keep
 * virtual-hosted addressing, which AWS requires for buckets made since 2020.
 */
function needsPathStyle(env) {
    const endpoint = (0,aws/* configuredEndpoint */.iw)(env, 'S3');
    if (!endpoint)
        return false;
    try {
        return !AWS_DOMAIN.test(new URL(endpoint).hostname.toLowerCase());
    }
    catch {
        return false; // the SDK reports a malformed endpoint itself
    }
}
/**
 * Before anything is pushed: the bucket exists and this role may use it (HeadBucket, which needs
 * s3:ListBucket), and keeps versions (a CodePipeline S3 source needs them: a warning, since a
 * role may lack s3:GetBucketVersioning, and some S3-compatible servers do not answer it).
 */
async function checkBucket(client, bucket, log) {
    const { GetBucketVersioningCommand, HeadBucketCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    // Both at once; the versioning's answer counts only once the bucket is known to exist.
    const versioning = client.send(new GetBucketVersioningCommand({ Bucket: bucket }));
    versioning.catch(() => undefined); // read below, after HeadBucket's answer
    try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }));
    }
    catch (error) {
        const status = error.$metadata?.httpStatusCode;
        if (status === 404 || (0,aws/* awsErrorName */.ZH)(error) === 'NotFound' || (0,aws/* awsErrorName */.ZH)(error) === 'NoSuchBucket') {
            throw new errors/* UserError */.yo(`bucket '${bucket}' does not exist (or is in another account)`, { input: 's3-bucket' }, 'create the bucket (with versioning, for a CodePipeline S3 source), or fix the name');
        }
        // HeadBucket answers 403 with no body, so the SDK's error has no useful name or message.
        if (status === 403) {
            throw new errors/* ServiceError */._7(`S3 HeadBucket ${bucket}`, 'access denied', "allow s3:ListBucket and s3:PutObject on the bucket for the role or user this runs as (or fix the bucket name: it may be another account's)");
        }
        throw (0,aws/* awsServiceError */.Xh)(`S3 HeadBucket ${bucket}`, error, 's3:ListBucket');
    }
    let status;
    try {
        status = (await versioning).Status;
    }
    catch (error) {
        if ((0,aws/* awsErrorName */.ZH)(error) === 'EndpointSilent')
            throw (0,aws/* awsServiceError */.Xh)(`S3 GetBucketVersioning ${bucket}`, error);
        log.warning(`cannot tell whether bucket '${bucket}' keeps versions (${(0,aws/* awsErrorName */.ZH)(error)}); a CodePipeline S3 source needs versioning. Allow s3:GetBucketVersioning to have it checked.`);
        return;
    }
    if (status !== 'Enabled') {
        log.warning(`bucket '${bucket}' does not keep versions: a CodePipeline S3 source needs versioning on (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled)`);
    }
}
/** Puts the zip and returns where it went. */
async function uploadArtifact(client, upload) {
    const { PutObjectCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const uri = `s3://${upload.bucket}/${upload.key}`;
    try {
        const result = await client.send(new PutObjectCommand({
            Bucket: upload.bucket,
            Key: upload.key,
            Body: upload.body,
            ContentLength: upload.body.length,
            ContentType: 'application/zip',
            Metadata: { 'codepipeline-artifact-revision-summary': upload.revisionSummary },
        }));
        return { uri, ...(result.VersionId && result.VersionId !== 'null' && { versionId: result.VersionId }) };
    }
    catch (error) {
        throw (0,aws/* awsServiceError */.Xh)(`S3 PutObject ${uri}`, error, 's3:PutObject');
    }
}

;// CONCATENATED MODULE: ./src/artifact/lock.ts
/**
 * One writer at a time for an artifact directory: runs that share an `output-dir` (a matrix of
 * jobs on one self-hosted runner, a re-run beside a run) would otherwise swap the directory under
 * each other (see `replaceDirectory`). The lock is a file beside the directory, created
 * exclusively and holding its owner's pid and host; a lock whose process is gone (a run killed
 * with SIGKILL) is taken over. Node has no flock(2): an exclusive create is what works everywhere.
 */







/** How long a run waits for another to finish writing the same directory (a write takes milliseconds). */
const LOCK_WAIT_MS = 30_000;
const POLL_MS = 50;
/** The lock file of artifact directory `dir`: hidden, beside it. */
function lockPath(dir) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(dir), `.${(0,external_node_path_.basename)(dir)}.lock`);
}
/**
 * Runs `step` while holding the lock of each of `dirs` (taken in one order, so that two runs
 * sharing several directories cannot wait on each other). Waits up to `waitMs` for another run
 * holding one; past that, a UserError naming the directory and `input`. Leftovers of killed runs
 * beside a locked directory (its `.new-`/`.old-` copies) are removed once the lock is held.
 */
async function withDirectoryLocks(dirs, input, step, waitMs = LOCK_WAIT_MS) {
    const held = [];
    const releaseAll = () => {
        for (const lock of held.splice(0).reverse())
            releaseSync(lock.path, lock.token);
    };
    const unregister = (0,cleanup/* onExit */.c)(releaseAll); // a run ended by a signal leaves no lock behind
    try {
        for (const dir of [...new Set(dirs)].sort()) {
            held.push(await acquire(dir, input, waitMs));
            await removeLeftovers(dir);
        }
        return await step();
    }
    finally {
        await Promise.all(held.splice(0).map((lock) => release(lock.path, lock.token)));
        unregister();
    }
}
async function acquire(dir, input, waitMs) {
    const path = lockPath(dir);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const owner = { pid: process.pid, host: (0,external_node_os_.hostname)(), token: (0,external_node_crypto_.randomBytes)(8).toString('hex') };
    const deadline = performance.now() + waitMs;
    for (;;) {
        try {
            const file = await (0,promises_.open)(path, 'wx', 0o644);
            try {
                await file.writeFile(`${JSON.stringify(owner)}\n`);
            }
            finally {
                await file.close();
            }
            return { path, token: owner.token };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const holder = await readOwner(path);
        if (holder !== undefined && isGone(holder)) {
            // Read again right before removing: a waiter that took over first has its own lock there now.
            if ((await readOwner(path))?.token === holder.token)
                await (0,promises_.unlink)(path).catch(() => undefined);
            continue;
        }
        if (performance.now() >= deadline) {
            const who = holder === undefined ? 'another run' : `another run (pid ${holder.pid} on ${holder.host})`;
            throw new errors/* UserError */.yo(`'${dir}' is being written by ${who}: waited ${Number((waitMs / 1000).toFixed(1))} s for it`, { input }, `give each job its own ${input}; if no run is writing there, delete ${path}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}
/** The lock's owner; undefined while its owner is still writing it, or when it is not one of ours. */
async function readOwner(path) {
    try {
        const owner = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string'
            ? owner
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether the lock's process has ended: only knowable on this host. */
function isGone(owner) {
    if (owner.host !== (0,external_node_os_.hostname)())
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
async function release(path, token) {
    if ((await readOwner(path))?.token === token)
        await (0,promises_.unlink)(path).catch(() => undefined);
}
function releaseSync(path, token) {
    try {
        if (JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')).token === token)
            (0,external_node_fs_.rmSync)(path, { force: true });
    }
    catch {
        // gone already, or not ours
    }
}
/** `.name.new-*` and `.name.old-*` beside `dir`: what `replaceDirectory` leaves when its run is killed mid-swap. */
async function removeLeftovers(dir) {
    const prefix = `.${(0,external_node_path_.basename)(dir)}.`;
    const names = await (0,promises_.readdir)((0,external_node_path_.dirname)(dir)).catch(() => []);
    await Promise.all(names
        .filter((name) => name.startsWith(`${prefix}new-`) || name.startsWith(`${prefix}old-`))
        .map((name) => (0,promises_.rm)((0,external_node_path_.join)((0,external_node_path_.dirname)(dir), name), { recursive: true, force: true })));
}

;// CONCATENATED MODULE: ./src/artifact/zip.ts
/**
 * The artifact zip, deterministic: the same files give the same bytes (sorted entries, a fixed
 * timestamp and mode), so its sha256 identifies the artifact and a re-run changes nothing.
 */

/** DOS time has no time zone and starts in 1980; archiver writes it in UTC. */
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));
/** Zips `files` at the root of the archive, in name order. */
async function zipFiles(files) {
    // archiver is loaded only by the commands that zip, so `validate` and `--help` start fast.
    const { ZipArchive } = await __webpack_require__.e(/* import() */ 79).then(__webpack_require__.bind(__webpack_require__, 79));
    const archive = new ZipArchive({ zlib: { level: 9 } });
    const chunks = [];
    archive.on('data', (chunk) => chunks.push(chunk));
    const done = new Promise((resolve, reject) => {
        archive.on('end', resolve);
        archive.on('error', reject);
        archive.on('warning', reject);
    });
    for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        archive.append(file.data, { name: file.name, date: FIXED_TIME, mode: 0o644 });
    }
    await archive.finalize();
    await done;
    return Buffer.concat(chunks);
}
/** Hex SHA-256 of `data`. */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}

// EXTERNAL MODULE: ./src/deploy-files/findings.ts
var deploy_files_findings = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/deploy-files/image-detail.ts
var image_detail = __webpack_require__(3484);
;// CONCATENATED MODULE: ./src/deploy-files/artifact-size.ts
/**
 * CodePipeline's size limits on what the Build stage hands over: the CodeDeployToECS input artifact zip (3 MB) and
 * imagedefinitions.json for the standard ECS deploy action (100 KB).
 */


/**
 * 3 MB. Whether AWS means 3,000,000 bytes or 3 MiB is unverified; the smaller number is the safe one.
 */
const CODEDEPLOY_ARTIFACT_LIMIT_BYTES = 3_000_000;
/** 100 KB, counted the same safe way. */
const IMAGE_DEFINITIONS_LIMIT_BYTES = 100_000;
/**
 * Checks the artifact against CodePipeline's limits: `artifact/zip-too-large` for a zip over 3 MB and
 * `artifact/imagedefinitions-too-large` for an imagedefinitions.json over 100 KB, with the sizes in the message.
 * @param zipBytes the zip's size
 * @param entries the files in it, uncompressed
 * @param zipPath the zip's path, for the findings
 */
function checkArtifactSize(zipBytes, entries, zipPath = 'artifact.zip') {
    const findings = [];
    if (zipBytes > CODEDEPLOY_ARTIFACT_LIMIT_BYTES) {
        const largest = [...entries]
            .sort((a, b) => b.bytes - a.bytes)
            .slice(0, 3)
            .map((entry) => `${entry.name} (${formatBytes(entry.bytes)})`);
        findings.push({
            file: zipPath,
            ...deploy_files_findings/* START_OF_FILE */.ag,
            rule: 'artifact/zip-too-large',
            severity: 'error',
            message: `the artifact zip is ${formatBytes(zipBytes)}; CodeDeployToECS reads an input artifact of at most 3 MB ` +
                `(${formatBytes(CODEDEPLOY_ARTIFACT_LIMIT_BYTES)}, the smaller reading of "3 MB") and otherwise fails with ` +
                `"Exception while trying to read the task definition artifact file"` +
                (largest.length > 0 ? `; the largest files are ${largest.join(', ')}` : ''),
            fix: 'shrink the largest files (comments, unused containers or volumes); the artifact must hold nothing but the deployment files',
        });
    }
    for (const entry of entries) {
        const isImageDefinitions = entry.name.split('/').pop() === image_detail/* IMAGE_DEFINITIONS_FILE */.mh;
        if (!isImageDefinitions || entry.bytes <= IMAGE_DEFINITIONS_LIMIT_BYTES)
            continue;
        findings.push({
            file: entry.name,
            ...deploy_files_findings/* START_OF_FILE */.ag,
            rule: 'artifact/imagedefinitions-too-large',
            severity: 'error',
            message: `${image_detail/* IMAGE_DEFINITIONS_FILE */.mh} is ${formatBytes(entry.bytes)}; the ECS deploy action reads at most 100 KB ` +
                `(${formatBytes(IMAGE_DEFINITIONS_LIMIT_BYTES)})`,
            fix: 'list only the containers whose image changes, one {"name", "imageUri"} entry each',
        });
    }
    return findings;
}
/** `3,145,728 bytes (3.1 MB)`: exact for the reader who compares, rounded for the one who skims. */
function formatBytes(bytes) {
    const exact = `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;
    if (bytes < 1000)
        return exact;
    const rounded = bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} KB`;
    return `${exact} (${rounded})`;
}

// EXTERNAL MODULE: ./src/deploy-files/image-uri.ts
var image_uri = __webpack_require__(4775);
// EXTERNAL MODULE: ./src/deploy-files/render-files.ts
var render_files = __webpack_require__(7835);
// EXTERNAL MODULE: ./src/commands/deploy-files.ts
var deploy_files = __webpack_require__(3245);
;// CONCATENATED MODULE: ./src/commands/build-artifacts.ts












/**
 * An image URI of the length the pushed one will have, for the size check before the build.
 */
function placeholderImage(spec, region) {
    const digest = `sha256:${'0'.repeat(64)}`;
    const uri = spec.kind === 'prebuilt'
        ? (0,image_uri/* formatImageUri */.J)({ ...spec.image, tag: undefined, digest })
        : `${'0'.repeat(12)}.dkr.ecr.${region}.amazonaws.com/${spec.repository}@${digest}`;
    return { spec, uri, digest: '', tags: [] };
}
/** Every artifact of the run for `images` (in `config.images` order), checked against CodePipeline's size limits. */
async function composeArtifacts(config, files, images, log) {
    const [image1, ...extras] = images;
    const main = await composeMain(config, files, image1, images, log);
    const others = await Promise.all(extras.map(async (image) => {
        const extra = image.spec.extra;
        if (extra === undefined)
            throw new Error('an extra image without its artifact');
        const artifactFiles = [{ name: image_detail/* IMAGE_DETAIL_FILE */.pe, data: Buffer.from((0,image_detail/* imageDetailJson */.ZC)(image.uri)) }];
        const zip = await zipFiles(artifactFiles);
        return {
            image,
            dir: extra.dir,
            zipPath: extra.zip,
            files: artifactFiles,
            zip,
            sha256: sha256Hex(zip),
            ...(config.s3 && { s3Key: (0,src_images/* withSlug */.AE)(config.s3.key, extra.slug) }),
        };
    }));
    return [main, ...others];
}
async function composeMain(config, files, image1, images, log) {
    const taskDefinition = (0,deploy_files/* parsedTaskDefinition */.IH)(files.check);
    const render = config.files.render;
    const taskdefText = render !== undefined
        ? (0,render_files/* serializeJson */.Lu)((0,render_files/* fillImages */.OT)(taskDefinition, image1.uri, render, images.slice(1).map((image) => ({ placeholder: image.spec.placeholder, uri: image.uri }))))
        : files.check.removedFields.length > 0
            ? (0,render_files/* serializeJson */.Lu)(taskDefinition)
            : files.taskdef.text;
    const artifact = [
        { name: (0,external_node_path_.basename)(files.taskdef.path), data: Buffer.from(taskdefText) },
        ...(files.appspec !== undefined
            ? [{ name: (0,external_node_path_.basename)(files.appspec.path), data: Buffer.from(files.appspec.text) }]
            : []),
        { name: image_detail/* IMAGE_DETAIL_FILE */.pe, data: Buffer.from((0,image_detail/* imageDetailJson */.ZC)(image1.uri)) },
        { name: 'imagedefinitions.json', data: Buffer.from((0,image_detail/* imageDefinitionsJson */.uN)(imageDefinitions(files, images))) },
    ];
    const names = artifact.map((file) => file.name);
    const clash = names.find((name, i) => names.indexOf(name) !== i);
    if (clash !== undefined) {
        throw new errors/* UserError */.yo(`two artifact files would be named ${clash}`, { file: clash }, 'rename the task definition or appspec file');
    }
    const zip = await zipFiles(artifact);
    const size = checkArtifactSize(zip.length, artifact.map((file) => ({ name: file.name, bytes: file.data.length })), config.artifact);
    for (const finding of size.filter((f) => f.severity === 'warning'))
        log.warning(finding.message);
    const error = size.find((finding) => finding.severity === 'error');
    if (error !== undefined)
        throw new errors/* UserError */.yo(error.message, { input: 'artifact' }, error.fix);
    return {
        image: image1,
        dir: config.outputDir,
        zipPath: config.artifact,
        ...(config.s3 && { s3Key: config.s3.key }),
        files: artifact,
        zip,
        sha256: sha256Hex(zip),
    };
}
/** Every container that gets an image of this run, with that image (Image1's first, then by placeholder). */
function imageDefinitions(files, images) {
    return files.check.containersPerImage.flatMap((target) => {
        const image = 
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc reads images[0] as possibly undefined
        images.find((candidate) => candidate.spec.placeholder === target.placeholder) ?? images[0];
        return target.containers.map((name) => ({ name, imageUri: image.uri }));
    });
}
/**
 * Writes every artifact (directories first, then the zips), then uploads the zips; returns the
 * outputs, Image1's and the main artifact's, and `images` for all.
 */
async function writeArtifacts(config, artifacts, log, s3) {
    // Another run writing the same directories waits for this one: each run's directory and zip stay a pair.
    await withDirectoryLocks(artifacts.map((artifact) => artifact.dir), 'output-dir', async () => {
        for (const artifact of artifacts)
            await (0,write/* replaceDirectory */.QY)(artifact.dir, artifact.files, 'output-dir');
        for (const artifact of artifacts)
            await (0,write.writeFileAtomic)(artifact.zipPath, artifact.zip);
    });
    for (const artifact of artifacts) {
        log.info(`${artifact.dir}/: ${artifact.files.map((file) => file.name).join(', ')}`);
        log.info(`${artifact.zipPath}: ${artifact.zip.length} bytes, sha256 ${artifact.sha256}`);
    }
    const uploads = await Promise.all(artifacts.map(async (artifact) => {
        if (config.s3 === undefined || s3 === undefined || artifact.s3Key === undefined)
            return undefined;
        const revision = `${artifact.image.uri}${config.commit.sha ? ` (commit ${config.commit.sha.slice(0, 7)})` : ''}`;
        const uploaded = await uploadArtifact(s3, {
            bucket: config.s3.bucket,
            key: artifact.s3Key,
            body: artifact.zip,
            revisionSummary: revision,
        });
        log.info(`uploaded to ${uploaded.uri}${uploaded.versionId ? ` (version ${uploaded.versionId})` : ''}`);
        return uploaded;
    }));
    const images = Object.fromEntries(artifacts.map((artifact, i) => {
        const uploaded = uploads[i];
        return [
            artifact.image.spec.placeholder,
            {
                uri: artifact.image.uri,
                digest: artifact.image.digest,
                tags: artifact.image.tags,
                'artifact-dir': (0,external_node_path_.resolve)(artifact.dir),
                'artifact-zip': (0,external_node_path_.resolve)(artifact.zipPath),
                'artifact-sha256': artifact.sha256,
                ...(uploaded && { 's3-uri': uploaded.uri }),
                ...(uploaded?.versionId && { 's3-version-id': uploaded.versionId }),
            },
        ];
    }));
    const main = artifacts[0];
    const uploaded = uploads[0];
    return {
        outputs: {
            'image-uri': main.image.uri,
            'image-digest': main.image.digest,
            'image-tags': main.image.tags.join(','),
            'artifact-dir': (0,external_node_path_.resolve)(main.dir),
            'artifact-zip': (0,external_node_path_.resolve)(main.zipPath),
            'artifact-sha256': main.sha256,
            ...(uploaded && { 's3-uri': uploaded.uri }),
            ...(uploaded?.versionId && { 's3-version-id': uploaded.versionId }),
            images: JSON.stringify(images),
        },
        files: main.files.map((file) => file.name),
    };
}

;// CONCATENATED MODULE: ./src/docker/engine-remote.ts
/**
 * Where the Docker engine runs, from the environment the Docker client reads: on this machine, or remote (a build
 * host over TCP with TLS, over SSH, CodeBuild's Docker server), and whether it keeps its layers from build to build.
 * Pure; table-tested in engine-remote.test.ts.
 *
 * What is read: `DOCKER_HOST` (`unix://` and `npipe://` are this machine; `tcp://` and `ssh://` are remote),
 * `DOCKER_TLS_VERIFY` (said in the log), and `CODEBUILD_BUILD_ID` (a CodeBuild build). AWS documents CodeBuild's
 * Docker server as a dedicated, persistent build server that stores the project's image layers (stopped between
 * builds, recycled after up to a month; the CodeBuild user guide's "Docker image build server sample") and taking
 * connections on port 9876 (DockerServer, CodeBuild API reference). How the build container is pointed at it is not
 * in the documentation we found: a remote `DOCKER_HOST` in a CodeBuild build is taken as that server, so the registry
 * cache, which would only repeat what the server holds, is read and not exported; the log says it is an inference.
 * Were the server reached another way, the engine counts as local and the cache export stays (time lost, nothing
 * wrong). A remote engine elsewhere may be fresh for every job (a `docker:dind` service is): its cache export stays.
 * A Docker context (`DOCKER_CONTEXT`, `docker context use`) is not read: such an engine counts as local.
 */
const REMOTE = /^(?:tcp|ssh):\/\//i;
/** Where the engine is (see the module's comment for what is read and why). */
function locateDockerEngine(env) {
    const host = env['DOCKER_HOST']?.trim() ?? '';
    if (!REMOTE.test(host)) {
        return { remote: false, keepsLayers: false, description: 'the Docker engine is on this machine' };
    }
    const shown = `DOCKER_HOST=${clip(host.replace(/\/\/[^@/]*@/, '//'))}`;
    const tls = host.toLowerCase().startsWith('tcp://')
        ? nonEmpty(env['DOCKER_TLS_VERIFY'])
            ? ', TLS verified'
            : ', without TLS verification (DOCKER_TLS_VERIFY is not set)'
        : '';
    if (nonEmpty(env['CODEBUILD_BUILD_ID'])) {
        return {
            remote: true,
            keepsLayers: true,
            description: `the Docker engine is remote in a CodeBuild build (${shown}${tls}), taken as the project's Docker server, which keeps its layers between builds: the registry cache is read, not exported`,
        };
    }
    return {
        remote: true,
        keepsLayers: false,
        description: `the Docker engine is remote (${shown}${tls}); the registry cache is exported as on a local engine, since a remote engine may be new for every job`,
    };
}
/** Set, as the Docker client reads it: any value but the empty one (`DOCKER_TLS_VERIFY=0` verifies too). */
function nonEmpty(value) {
    return value !== undefined && value !== '';
}
function clip(text) {
    return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

// EXTERNAL MODULE: ./src/ecr/registry-hosts.ts
var registry_hosts = __webpack_require__(409);
;// CONCATENATED MODULE: ./src/ecr/ecr-public.ts







/** Creates an ECR Public client (us-east-1, whatever the run's region) whose calls are bounded by `limits`. */
async function createEcrPublicClient(limits) {
    const { ECRPUBLICClient } = await (0,trace/* traced */.mn)('load', '@aws-sdk/client-ecr-public', () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19)));
    (0,aws/* quietSdkNodeWarning */.RT)();
    return (0,aws/* boundCalls */.uw)(new ECRPUBLICClient({ region: registry_hosts/* ECR_PUBLIC_REGION */.ug, ...(0,aws/* boundedClientOptions */.Ji)(limits, (0,proxy/* proxyAgents */.H)()) }), limits);
}
/** The login to `public.ecr.aws`; `mask` receives the token and password the moment they exist. */
async function getPublicRegistryLogin(client, mask) {
    const { GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19));
    const operation = 'ECR Public GetAuthorizationToken';
    let token;
    try {
        token = (await client.send(new GetAuthorizationTokenCommand({}))).authorizationData?.authorizationToken;
    }
    catch (error) {
        throw (0,aws/* awsServiceError */.Xh)(operation, error, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
    }
    if (token === undefined)
        throw new errors/* ServiceError */._7(operation, 'the response has no authorization token');
    return { registry: registry_hosts/* ECR_PUBLIC_HOST */.qR, ...decodeAuthorizationToken(token, operation, mask) };
}
/** Runs `step` with an ECR Public client of its own, destroyed after it. */
async function withEcrPublicClient(limits, step) {
    const client = await createEcrPublicClient(limits);
    try {
        return await step(client);
    }
    finally {
        client.destroy();
    }
}
/** `public.ecr.aws/<alias>/<name>`: the repository's URI, the name its images go by. */
function publicRepositoryUri(alias, name) {
    return `${registry_hosts/* ECR_PUBLIC_HOST */.qR}/${alias}/${name}`;
}
/**
 * The account of the caller's public registry whose active aliases include `alias` (DescribeRegistries, every page),
 * or the active aliases there are when none is `alias`: a URI naming another account's alias would push nowhere the
 * caller owns.
 */
async function findPublicRegistry(client, alias) {
    const { DescribeRegistriesCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19));
    const aliases = [];
    let nextToken;
    do {
        let page;
        try {
            page = await client.send(new DescribeRegistriesCommand({ ...(nextToken && { nextToken }) }));
        }
        catch (error) {
            throw (0,aws/* awsServiceError */.Xh)('ECR Public DescribeRegistries', error, 'ecr-public:DescribeRegistries');
        }
        for (const registry of page.registries ?? []) {
            const active = (registry.aliases ?? []).filter((entry) => entry.status === 'ACTIVE').map((entry) => entry.name);
            if (registry.registryId !== undefined && active.includes(alias))
                return { registryId: registry.registryId };
            aliases.push(...active.filter((name) => name !== undefined));
        }
        nextToken = page.nextToken;
    } while (nextToken);
    return { aliases };
}
/**
 * The public repository of `spec`, in the registry of `alias` (`spec.publicAlias`), created when missing and `create`
 * allows it: `create` is what must pass first (nothing is written to the account while a check can still fail). Its
 * `uri` is `public.ecr.aws/<alias>/<name>` under the alias the user gave (any active alias of the registry pulls it),
 * and its tags are mutable: ECR Public has no tag immutability. A missing alias or repository is the user's to fix
 * (exit 2).
 */
async function ensurePublicRepository(client, spec, alias, create, log) {
    const name = spec.repository;
    const uri = publicRepositoryUri(alias, name);
    const registry = await findPublicRegistry(client, alias);
    if ('aliases' in registry) {
        throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(spec, `'${alias}' is not an active alias of this account's ECR Public registry (${registry.aliases.length === 0 ? 'it has none: no public repository was ever created' : `its aliases: ${registry.aliases.join(', ')}`})`), (0,src_images/* imageSubject */.m1)(spec, 'repository'), "use your registry's alias (aws ecr-public describe-registries), or run with the credentials of the account that owns the alias");
    }
    const toRepository = (found) => {
        if (found.repositoryName !== name)
            throw new errors/* ServiceError */._7(`ECR Public DescribeRepositories ${name}`, 'the response names another repository');
        return { name, uri, registryId: registry.registryId, tagMutability: 'MUTABLE', exclusionFilters: [] };
    };
    const found = await findPublicRepository(client, registry.registryId, name);
    if (found !== undefined) {
        log.info(`${uri} (ECR Public: tags mutable)`);
        return toRepository(found);
    }
    if (create === false) {
        throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(spec, `'${name}' does not exist in the ECR Public registry ${alias}`), (0,src_images/* imageSubject */.m1)(spec, 'repository'), 'create it (aws ecr-public create-repository --region us-east-1, or your infrastructure code), or set create-repository to true');
    }
    await create;
    const { CreateRepositoryCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19));
    const operation = `ECR Public CreateRepository ${name}`;
    try {
        const created = (await client.send(new CreateRepositoryCommand({ repositoryName: name }))).repository;
        if (created === undefined)
            throw new errors/* ServiceError */._7(operation, 'the response has no repository');
        log.info(`created ${uri} (public: listed in the ECR Public Gallery)`);
        return toRepository(created);
    }
    catch (error) {
        if (error instanceof errors/* ServiceError */._7)
            throw error;
        // Another first build created it at the same time, or this call's own first attempt did (see ecr.ts).
        if ((0,aws/* awsErrorName */.ZH)(error) === 'RepositoryAlreadyExistsException' || (0,aws/* awsErrorName */.ZH)(error) === 'EndpointSilent') {
            const again = await findPublicRepository(client, registry.registryId, name).catch(() => undefined);
            if (again !== undefined)
                return toRepository(again);
        }
        throw (0,aws/* awsServiceError */.Xh)(operation, error, 'ecr-public:CreateRepository');
    }
}
/** The public repository `name` in `registryId`'s registry (DescribeRepositories); undefined when it does not exist. */
async function findPublicRepository(client, registryId, name) {
    const { DescribeRepositoriesCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19));
    try {
        return (await client.send(new DescribeRepositoriesCommand({ registryId, repositoryNames: [name] })))
            .repositories?.[0];
    }
    catch (error) {
        if ((0,aws/* awsErrorName */.ZH)(error) === 'RepositoryNotFoundException')
            return undefined;
        throw (0,aws/* awsServiceError */.Xh)(`ECR Public DescribeRepositories ${name}`, error, 'ecr-public:DescribeRepositories');
    }
}
/** The image with `digest` in a public repository, with all its tags (DescribeImages). */
async function describePublicImage(client, repository, digest) {
    const { DescribeImagesCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19));
    const operation = `ECR Public DescribeImages ${repository.name}@${digest}`;
    let details;
    try {
        details = (await client.send(new DescribeImagesCommand({
            registryId: repository.registryId,
            repositoryName: repository.name,
            imageIds: [{ imageDigest: digest }],
        }))).imageDetails?.[0];
    }
    catch (error) {
        throw (0,aws/* awsServiceError */.Xh)(operation, error, 'ecr-public:DescribeImages');
    }
    if (details?.imageDigest === undefined)
        throw new errors/* ServiceError */._7(operation, 'no image in the response');
    return { digest: details.imageDigest, tags: details.imageTags ?? [] };
}

;// CONCATENATED MODULE: ./src/commands/build-images.ts














/** Pins every image of the run (see `PinnedImages`). */
async function pinImages(config, context, ecr, early) {
    const { log } = context;
    const several = config.images.length > 1;
    const prebuilt = config.images.filter((spec) => spec.kind === 'prebuilt');
    const built = config.images.filter((spec) => spec.kind === 'build');
    const resolved = prebuilt.length === 0
        ? []
        : await log.group(several ? `Resolve ${prebuilt.map((spec) => spec.placeholder).join(', ')}` : 'Resolve the image', () => Promise.all(prebuilt.map((spec) => forImage(spec, several, () => resolveImage(spec, config, ecr)))));
    const pushed = built.length === 0 || early.docker === undefined
        ? { images: [], confirmed: early.beforePush }
        : await buildAndPush(config, built, context, ecr, { docker: early.docker, beforePush: early.beforePush });
    return {
        images: config.images.map((spec) => [...resolved, ...pushed.images].find((image) => image.spec === spec)),
        confirmed: pushed.confirmed,
    };
}
async function buildAndPush(config, specs, context, ecr, early) {
    const { log, run } = context;
    const several = config.images.length > 1;
    const shared = config.build;
    for (const [, value] of shared.secrets)
        log.mask(value);
    // Independent lookups, at once: each repository and the tags it holds that matter (the cache,
    // and immutable ones a build may not overwrite), the registry logins; beside them, what this
    // Docker can do (asked since the run began) and the checks that must pass before a push.
    const bucket = config.s3 === undefined ? '' : `, check bucket ${config.s3.bucket}`;
    const [targets, logins, builder] = await log.group(`${several ? 'Find the repositories and Docker' : 'Find the repository and Docker'}${bucket}`, () => Promise.all([
        Promise.all(specs.map((spec, i) => forImage(spec, several, async () => {
            const { build } = spec;
            // ECR Public: no cache tag, no immutable tag, so nothing to look up (and no BatchGetImage to ask).
            const [repository, stored] = spec.publicAlias === undefined
                ? await privateTarget(ecr, config, spec, log, early.beforePush)
                : [
                    await publicRepository(config, spec, spec.publicAlias, log, early.beforePush),
                    new Map(),
                ];
            return {
                spec,
                build,
                repository,
                stored,
                log: several ? imageLog(log, spec.placeholder) : log,
                key: several ? `-${i + 1}` : '',
            };
        }))),
        registryLogins(config, specs, ecr, log),
        early.docker.then((detected) => reportBuilder(detected, log)),
        early.beforePush,
    ]));
    for (const target of targets) {
        forImage(target.spec, several, () => checkBuilderSupports(shared, builder, target.spec.tags.some((tag) => isTagImmutable(target.repository, tag))));
    }
    const engine = locateDockerEngine(config.env);
    if (engine.remote)
        log.info(engine.description);
    if (shared.provenance !== 'false')
        log.warning(PROVENANCE_INDEX_WARNING);
    const registries = logins.map((login) => login.registry);
    // The logins go straight into the private config (no docker login: see docker/auth-config.ts).
    const [dockerConfig, secretFiles] = await log.group(`Log in to ${registries.join(', ')}`, async () => {
        const created = await createDockerConfigDir(config.env, logins, (secret) => log.mask(secret));
        try {
            return [created, await writeSecretFiles(created.path, shared.secrets)];
        }
        catch (error) {
            created.remove();
            throw error;
        }
    });
    const session = { run, env: { DOCKER_CONFIG: dockerConfig.path }, log, limits: config.limits };
    try {
        const jobs = targets.map((target) => {
            const plan = planImage(builder, {
                repositoryUri: target.repository.uri,
                tags: target.spec.tags,
                noCache: shared.noCache,
                stored: target.stored,
                immutable: (tag) => isTagImmutable(target.repository, tag),
                ...(target.build.cacheTag !== undefined && { cacheTag: target.build.cacheTag }),
                engineKeepsLayers: engine.keepsLayers,
            });
            if (plan.cacheFrozen) {
                target.log.warning(`the cache tag '${target.build.cacheTag}' is immutable in ${target.repository.name}: the layer cache is read but not updated. Exclude it from immutability (IMMUTABLE_WITH_EXCLUSION) or set cache-tag.`);
            }
            const build = {
                refs: plan.refs,
                output: plan.output,
                secretFiles,
                ...(plan.cache && { cache: plan.cache }),
                metadataFile: (0,external_node_path_.join)(dockerConfig.path, `build${target.key}.json`),
                iidFile: (0,external_node_path_.join)(dockerConfig.path, `image-id${target.key}`),
            };
            return { target, plan, build, docker: { ...session, log: target.log } };
        });
        const title = several
            ? `Build ${targets.map((target) => target.spec.placeholder).join(', ')}`
            : `Build ${jobs[0]?.plan.refs.join(', ')}`;
        const builtImages = await log.group(title, () => eachAtOnce(jobs, (0,external_node_os_.availableParallelism)(), (job) => forImage(job.target.spec, several, async () => {
            const written = builder.kind === 'buildx' ? { metadataFile: job.build.metadataFile } : { iidFile: job.build.iidFile };
            const built = await buildImage(job.docker, buildCommand(job.target.build, shared, builder, job.build), written, {
                pushes: job.build.output === 'push',
            });
            job.target.log.info(`built ${[built.manifestDigest, built.configDigest && `config ${built.configDigest}`].filter(Boolean).join(', ')}`);
            return built;
        })));
        // Every image is compared with the immutable tags it would take before any is pushed.
        const pushes = jobs.map((job, i) => {
            const { target } = job;
            const built = builtImages[i];
            const tags = planPush(target.spec.tags, (tag) => isTagImmutable(target.repository, tag), target.stored, built);
            if (tags.conflict !== undefined) {
                throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(target.spec, `tag '${tags.conflict.tag}' already exists in ${target.repository.name}, whose tags are immutable, and points at another image (${tags.conflict.detail})`), (0,src_images/* imageSubject */.m1)(target.spec, 'tags'), 'use a tag that is new for each build, such as {sha}; or deploy the pushed image with image set to its URI');
            }
            return { ...job, built, tags };
        });
        const digests = await log.group('Push', () => eachAtOnce(pushes, pushes.length, (job) => forImage(job.target.spec, several, async () => {
            const { target, plan, build, docker, built, tags } = job;
            for (const tag of tags.inPlace.keys())
                target.log.info(`${target.repository.uri}:${tag} already points at this image (immutable tag): not pushed again`);
            const toPush = tags.push.map((tag) => `${target.repository.uri}:${tag}`);
            // The inline cache image: a second build, fully cached (its log goes to debug), under the cache tag.
            // Not when the cache tag already holds this unchanged build's layers: it would push what is there.
            const cacheCurrent = plan.cache !== undefined &&
                cacheHoldsBuild(built, target.spec.tags, target.stored, target.build.cacheTag);
            if (plan.cacheImage !== undefined && cacheCurrent)
                target.log.info(`${plan.cache?.ref} already holds the layers of this image: the cache is up to date`);
            const cacheBuild = plan.cacheImage === undefined || plan.cache === undefined || cacheCurrent
                ? undefined
                : {
                    ...build,
                    refs: [plan.cache.ref],
                    output: plan.cacheImage,
                    metadataFile: (0,external_node_path_.join)(dockerConfig.path, `cache${target.key}.json`),
                    inlineCacheImage: true,
                };
            const buildCacheImage = (cache) => buildImage(docker, buildCommand(target.build, shared, builder, cache), builder.kind === 'buildx' ? { metadataFile: cache.metadataFile } : { iidFile: build.iidFile }, { level: 'debug', pushes: cache.output === 'push' });
            let pushed;
            if (pushedBy(builder) === 'docker') {
                // The cache image builds in the daemon while the image's layers go up; it is pushed with the other tags.
                pushed = await dockerPushAll(docker, toPush, cacheBuild && buildCacheImage(cacheBuild).then(() => cacheBuild.refs[0]));
            }
            else {
                pushed = await builderPush(docker, target.build, shared, builder, build, toPush, built);
                if (cacheBuild)
                    await updateCache(target.log, cacheBuild.refs[0], buildCacheImage(cacheBuild));
            }
            const all = new Set([
                ...tags.inPlace.values(),
                ...pushed,
                ...(built.manifestDigest ? [built.manifestDigest] : []),
            ]);
            if (all.size !== 1)
                throw new errors/* ServiceError */._7('docker push', `the tags were pushed with different digests: ${[...all].join(', ')}`);
            return [...all][0];
        })));
        dockerConfig.remove(); // before ECR confirms the images: Docker is done
        const confirmed = Promise.all(targets.map((target, i) => forImage(target.spec, several, () => confirmImage(config, ecr, target, digests[i]))));
        confirmed.catch(() => undefined); // awaited before the artifacts are written; composed meanwhile
        return {
            images: targets.map(({ spec, repository }, i) => ({
                spec,
                uri: `${namedUri(spec, repository)}@${digests[i]}`,
                digest: digests[i],
                tags: spec.tags,
            })),
            confirmed,
        };
    }
    finally {
        dockerConfig.remove();
    }
}
/**
 * Runs `step` for one image. With several images in the run, what fails names the image: the
 * message leads with its placeholder and repository.
 */
function forImage(spec, several, step) {
    const name = (error) => {
        if (!several)
            throw error;
        const lead = (0,src_images/* imageName */.tO)(spec);
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(error.message.startsWith(spec.extra?.entry ?? lead) ? error.message : `${lead}: ${error.message}`, error.subject, error.fix);
        if (error instanceof errors/* ServiceError */._7) {
            throw new errors/* ServiceError */._7(`${lead}: ${error.operation}`, error.detail, error.fix, { cause: error.cause });
        }
        throw error;
    };
    try {
        const result = step();
        return (result instanceof Promise ? result.catch(name) : result);
    }
    catch (error) {
        return name(error);
    }
}
/**
 * `step` for each item, at most `limit` at a time, results in the items' order. Every started step
 * settles before the first failure goes up: a build still running writes in the private
 * directory, which goes once this returns.
 */
async function eachAtOnce(items, limit, step) {
    const results = [];
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !failed) {
            const index = next++;
            results[index] = await step(items[index]).then((value) => ({ status: 'fulfilled', value }), (reason) => {
                failed = true;
                return { status: 'rejected', reason };
            });
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    const failure = results.find((result) => result?.status === 'rejected');
    if (failure !== undefined)
        throw failure.reason;
    return results.map((result) => result.value);
}
/** `log`, its lines led by `[placeholder]`; a group inside is a line, as groups cannot overlap. */
function imageLog(log, placeholder) {
    const lead = (message) => message
        .split('\n')
        .map((line) => `[${placeholder}] ${line}`)
        .join('\n');
    return {
        info: (message) => log.info(lead(message)),
        warning: (message) => log.warning(lead(message)),
        debug: (message) => log.debug(lead(message)),
        group: (title, step) => {
            log.info(lead(title));
            return step();
        },
        mask: (secret) => log.mask(secret),
    };
}
/**
 * Logins for the registry of each repository (Image1's first) and each of `login-registries`:
 * one GetAuthorizationToken per region and endpoint variant, with a client of its own for another;
 * ECR Public's through its own API. A FIPS or dual-stack host takes its account's login under its own name.
 */
async function registryLogins(config, specs, ecr, log) {
    const mask = (secret) => log.mask(secret);
    // The repositories' registries: the credentials' own (no registry id) and the accounts named.
    const ids = [...new Set(specs.filter((spec) => spec.publicAlias === undefined).map((spec) => spec.registryId))];
    const named = ids.filter((id) => id !== undefined);
    const extra = config.loginRegistries.filter((entry) => !(entry.region === config.region && entry.host === undefined && named.includes(entry.registryId)));
    const endpointOf = (entry) => `${entry.region} ${entry.host?.fips ?? false} ${entry.host?.dualStack ?? false}`;
    const groups = [...new Set(extra.map(endpointOf))];
    const byEndpoint = await Promise.all(groups.map(async (group) => {
        const entries = extra.filter((entry) => endpointOf(entry) === group);
        const [first] = entries;
        const ids = [...new Set(entries.map((entry) => entry.registryId))];
        const client = first.region === config.region && first.host === undefined
            ? ecr
            : await createEcrClient(first.region, config.limits, first.host);
        try {
            const logins = await getRegistryLogins(client, mask, ids);
            return [...logins, ...hostLogins(entries, ids, logins, config.env)];
        }
        finally {
            if (client !== ecr)
                client.destroy();
        }
    }));
    const [own, ofNamed, ecrPublic] = await Promise.all([
        ids.includes(undefined) ? getRegistryLogins(ecr, mask) : [],
        named.length > 0 ? getRegistryLogins(ecr, mask, named) : [],
        config.loginPublic || specs.some((spec) => spec.publicAlias !== undefined) ? publicRegistryLogin(config, mask) : [],
    ]);
    const repositoryHosts = specs.flatMap((spec) => spec.registryHost === undefined || spec.registryId === undefined
        ? []
        : [{ registryId: spec.registryId, host: spec.registryHost }]);
    const logins = [
        ...own,
        ...ofNamed,
        ...hostLogins(repositoryHosts.map(({ registryId, host }) => ({ registryId, host: { host } })), named, ofNamed, config.env),
        ...byEndpoint.flat(),
        ...ecrPublic,
    ];
    return logins.filter((login, i) => logins.findIndex((other) => other.registry === login.registry) === i);
}
/** The login of each entry given as a FIPS or dual-stack host, under that host: `logins` are those of `ids`, in order. */
function hostLogins(entries, ids, logins, env) {
    return entries.flatMap((entry) => {
        const login = logins[ids.indexOf(entry.registryId)];
        return entry.host === undefined || login === undefined
            ? []
            : [{ ...login, registry: loginAddress(entry.host.host, env) }];
    });
}
/** Where Docker logs in for `host` (the test override, see `registryAddress`). */
function loginAddress(host, env) {
    const address = (0,registry_hosts/* registryAddress */.MA)(host, env);
    if (typeof address === 'string')
        return address;
    // An environment variable, not an input: named the way a file is (no input has its name).
    throw new errors/* UserError */.yo(address.problem, { file: `the environment variable ${registry_hosts/* REGISTRY_ADDRESSES_VARIABLE */.aP}` }, 'write host=address pairs separated by commas (public.ecr.aws=127.0.0.1:5000), or unset it: it is meant for tests');
}
/** The login to ECR Public, through a client of its own (us-east-1). */
async function publicRegistryLogin(config, mask) {
    const login = await withEcrPublicClient(config.limits, (client) => getPublicRegistryLogin(client, mask));
    return [{ ...login, registry: loginAddress(login.registry, config.env) }];
}
/** An ECR Public repository, pushed to where Docker logged in to `public.ecr.aws` (the test override moves it). */
async function publicRepository(config, spec, alias, log, beforePush) {
    const repository = await withEcrPublicClient(config.limits, (client) => ensurePublicRepository(client, spec, alias, config.createRepository && beforePush, log));
    return { ...repository, uri: `${loginAddress(registry_hosts/* ECR_PUBLIC_HOST */.qR, config.env)}/${alias}/${repository.name}` };
}
/**
 * The repository as pushed to: under the FIPS or dual-stack host its URI gave (where the test override sends it), else
 * as ECR names it.
 */
function atRegistryHost(repository, spec, env) {
    return spec.registryHost === undefined
        ? repository
        : { ...repository, uri: `${loginAddress(spec.registryHost, env)}/${repository.name}` };
}
/** The URI the pushed images are named by: under the host the user wrote, wherever the test override pushed them. */
function namedUri(spec, repository) {
    if (spec.publicAlias !== undefined)
        return publicRepositoryUri(spec.publicAlias, repository.name);
    return spec.registryHost === undefined ? repository.uri : `${spec.registryHost}/${repository.name}`;
}
/**
 * `docker push` of each reference, and of the inline cache image once it is built; returns the
 * image's digests.
 */
async function dockerPushAll(session, refs, cacheRef) {
    const [first, ...others] = refs;
    // The first push uploads the layers; the others, at once, only add names. Concurrent pushes
    // that upload the same layers race: one may put its manifest before another's blob is in.
    // Both settle before either's failure goes up: the cache build writes in the private config
    // directory, which goes once this returns.
    const [pushed, cache] = await Promise.allSettled([
        first === undefined ? [] : pushImage(session, first).then((digest) => [digest]),
        cacheRef,
    ]);
    if (pushed.status === 'rejected')
        throw pushed.reason;
    if (cache.status === 'rejected')
        throw cache.reason;
    const cacheRefValue = cache.value;
    const [rest] = await Promise.all([
        Promise.all(others.map((ref) => pushImage(session, ref))),
        cacheRefValue && updateCache(session.log, cacheRefValue, pushImage(session, cacheRefValue)),
    ]);
    return [...pushed.value, ...rest];
}
/**
 * The cache tag's update, which does not fail the build: parallel runs of one repository (a
 * monorepo's jobs, a re-run beside a run) push the same cache tag at once, and the registry may
 * refuse all but one. The image is pushed either way; the next build reads whichever cache won.
 */
async function updateCache(log, ref, update) {
    try {
        await update;
    }
    catch (error) {
        const reason = error instanceof errors/* ServiceError */._7 ? error.detail.split('\n').at(-1) : String(error);
        log.warning(`the layer cache ${ref} was not updated (${reason}); the image is pushed. Another run pushing the same cache tag at once is the usual cause; the next build updates it.`);
    }
}
/**
 * The digests of a push by the builder: done by the build itself (`push` output), or by a second
 * build of the same plan, fully cached, naming only the tags still to push — which must give the
 * image the first build gave (checked by the caller, with the tags already in place).
 */
async function builderPush(session, image, settings, builder, plan, refs, built) {
    if (refs.length === 0)
        return [];
    const { cache: _cache, ...rest } = plan;
    // A docker driver on the classic store knows its manifest only once it pushed.
    const pushed = plan.output === 'push'
        ? built
        : await buildImage(session, buildCommand(image, settings, builder, { ...rest, refs, output: 'push' }), { metadataFile: plan.metadataFile }, { pushes: true });
    if (pushed.manifestDigest === undefined)
        throw new errors/* ServiceError */._7('docker buildx build', `pushed ${refs.join(', ')} but reported no manifest digest`);
    session.log.info(`pushed ${refs.join(', ')} (${pushed.manifestDigest})`);
    return [pushed.manifestDigest];
}
/** Writes each build secret to a file of its own (0600) in the private directory, deleted with it. */
async function writeSecretFiles(dir, secrets) {
    if (secrets.length === 0)
        return [];
    const secretDir = (0,external_node_path_.join)(dir, 'secrets');
    await (0,promises_.mkdir)(secretDir, { mode: 0o700 });
    return Promise.all(secrets.map(async ([id, value]) => {
        const file = (0,external_node_path_.join)(secretDir, id);
        await (0,promises_.writeFile)(file, value, { mode: 0o600 });
        return [id, file];
    }));
}
/**
 * A private repository and the tags it holds that matter (`tagsToLookUp`), looked up at once: the tags' lookup needs
 * nothing from the repository's answer. A missing repository is reported before a failed lookup.
 */
async function privateTarget(ecr, config, spec, log, beforePush) {
    const [found, stored] = await Promise.allSettled([
        ensureRepository(ecr, config, spec, log, beforePush),
        findImagesByTag(ecr, { name: spec.repository, registryId: spec.registryId }, tagsToLookUp(spec.tags, spec.build.cacheTag)),
    ]);
    if (found.status === 'rejected')
        throw found.reason;
    if (stored.status === 'rejected')
        throw stored.reason;
    return [atRegistryHost(found.value, spec, config.env), stored.value];
}
async function ensureRepository(ecr, config, spec, log, beforePush) {
    const name = spec.repository;
    const found = await findRepository(ecr, name, spec.registryId);
    if (found !== undefined) {
        log.info(`${found.uri} (tags ${found.tagMutability.toLowerCase().replace(/_/g, ' ')})`);
        return found;
    }
    const where = `${spec.registryId ? `the registry of account ${spec.registryId} in ` : ''}${config.region}`;
    if (!config.createRepository) {
        throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(spec, `'${name}' does not exist in ${where}`), (0,src_images/* imageSubject */.m1)(spec, 'repository'), 'create it (aws ecr create-repository, or your infrastructure code), check the region and registry-id, or set create-repository to true');
    }
    await beforePush; // nothing is written to the account while a check before the push can still fail
    const created = await createRepository(ecr, name, spec.registryId);
    log.info(`created ${created.uri}`);
    return created;
}
/**
 * Confirms through ECR (ECR Public's API for a public repository) that `digest` is stored with every tag of the
 * target.
 */
async function confirmImage(config, ecr, target, digest) {
    const { repository, spec } = target;
    const alias = spec.publicAlias;
    const stored = alias === undefined
        ? await describeImage(ecr, repository, digest)
        : await withEcrPublicClient(config.limits, (client) => describePublicImage(client, repository, digest));
    const missing = spec.tags.filter((tag) => !stored.tags.includes(tag));
    if (stored.digest !== digest || missing.length > 0) {
        const service = alias === undefined ? 'ECR' : 'ECR Public';
        throw new errors/* ServiceError */._7(`${service} DescribeImages ${repository.name}@${digest}`, `${service} does not list ${missing.join(', ') || 'the pushed digest'} on this image (it lists ${stored.tags.join(', ') || 'no tags'})`);
    }
}
/**
 * A prebuilt image, pinned to its digest. In an ECR repository of this account, the digest (or
 * the tag) is looked up, so the artifact never points at an image ECR does not hold; elsewhere a
 * pinned image is taken as is.
 */
async function resolveImage(spec, config, ecr) {
    const { image } = spec;
    const subject = (0,src_images/* imageSubject */.m1)(spec, 'image');
    const repository = await findRepository(ecr, image.repository);
    const registry = repository && new URL(`https://${repository.uri}`).host;
    const ours = repository !== undefined && registry === image.registry ? repository : undefined;
    if (image.digest !== undefined) {
        if (ours !== undefined)
            await describeImage(ecr, ours, image.digest, subject);
        return {
            spec,
            uri: (0,image_uri/* formatImageUri */.J)({ ...image, tag: undefined }),
            digest: image.digest,
            tags: image.tag ? [image.tag] : [],
        };
    }
    const tag = image.tag ?? 'latest';
    if (ours === undefined) {
        throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(spec, `${(0,image_uri/* formatImageUri */.J)(image)} is not in an ECR repository of this account in ${config.region}, so its tag cannot be resolved to a digest`), subject, 'pass the image pinned to its digest: registry/repository@sha256:…');
    }
    const stored = (await findImagesByTag(ecr, ours, [tag])).get(tag);
    if (stored === undefined) {
        throw new errors/* UserError */.yo((0,src_images/* imageMessage */.Ph)(spec, `tag '${tag}' does not exist in ${ours.name}`), subject, 'push the image first, or fix the tag');
    }
    return { spec, uri: `${ours.uri}@${stored.digest}`, digest: stored.digest, tags: [tag] };
}

// EXTERNAL MODULE: ./src/commands/files-check.ts
var files_check = __webpack_require__(3896);
;// CONCATENATED MODULE: ./src/commands/build.ts









/**
 * `build`: the whole Build stage. What does not depend on each other runs at once: Docker's detection from the start
 * (its programs run beside the checks, which keep this process busy); after the checks, the repositories' lookups,
 * the bucket's check and the artifacts' size check; ECR's confirmation of the pushed images beside the composing of
 * the artifacts. Nothing is built while a check can fail, nor written before ECR has confirmed.
 */
async function runBuild(config, context) {
    const { log } = context;
    const detection = new AbortController(); // stops the detection of a run that ends before it needs the answer
    const docker = config.images.some((spec) => spec.kind === 'build')
        ? detectBuilder(context.run, config.limits, config.env['DOCKER_HOST'], config.build.builder, detection.signal)
        : undefined;
    docker?.catch(() => undefined); // its failure is reported where the build awaits it
    const client = createEcrClient(config.region, config.limits, config.ecrEndpoint); // loads the SDK while the files are checked
    try {
        const files = await log
            .group('Check the deployment files', async () => {
            const checked = await (0,deploy_files/* checkFiles */.gw)(config.files, { requirePlaceholder: true });
            try {
                await preflight(config, checked);
            }
            catch (error) {
                throw new files_check/* FailedAfterCheck */.g(error, checked.report); // the check's warnings are still reported
            }
            return checked;
        })
            .then((checked) => config.live === undefined ? checked : log.group('Check the account (live)', () => checkLive(config, checked)))
            .catch(async (error) => {
            (await client).destroy();
            throw error;
        });
        const ecr = await client;
        try {
            const written = await pinAndWrite(config, context, ecr, files, docker);
            return { ...written, envFile: config.envFile, check: files.report };
        }
        catch (error) {
            throw new files_check/* FailedAfterCheck */.g(error, files.report); // the check's warnings are still reported
        }
        finally {
            ecr.destroy();
        }
    }
    finally {
        detection.abort();
    }
}
/** `--live`, before anything is pushed: the account against the checked files and the images' platforms. */
async function checkLive(config, checked) {
    if (config.live === undefined)
        return checked;
    const { checkAccount } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(18)]).then(__webpack_require__.bind(__webpack_require__, 3637)); // the AWS SDK clients load only with --live
    // The images this run builds are for `platform` (one for the run); a prebuilt image's platform is not read here.
    const platforms = config.build.platform?.split(',').map((platform) => platform.trim()) ?? [];
    const images = platforms.length === 0
        ? []
        : config.images.flatMap((spec) => (spec.kind === 'build' ? [{ name: (0,src_images/* imageName */.tO)(spec), platforms }] : []));
    try {
        return {
            ...checked,
            report: await checkAccount(config.live, checked.check, images, checked.report),
        };
    }
    catch (error) {
        if (error instanceof files_check/* FilesRejected */.A)
            throw error; // it holds the files' findings and the account's
        throw new files_check/* FailedAfterCheck */.g(error, checked.report); // the files' warnings are still reported
    }
}
async function pinAndWrite(config, context, ecr, files, docker) {
    const { log } = context;
    const bucket = config.s3?.bucket;
    const s3 = bucket === undefined ? undefined : createS3Client(config.region, config.limits);
    s3?.catch(() => undefined); // awaited below
    try {
        // What must hold before the first push, checked while the repositories are looked up: the bucket, and whether the
        // artifacts would fit (the digests are not known yet, but their length is).
        const beforePush = Promise.all([
            s3?.then((client) => checkBucket(client, bucket, log)),
            composeArtifacts(config, files, config.images.map((spec) => placeholderImage(spec, config.region)), log),
        ]);
        beforePush.catch(() => undefined); // awaited by pinImages before anything is pushed, and below
        const { images, confirmed } = await pinImages(config, context, ecr, { docker, beforePush });
        await beforePush; // a run that pushed nothing has not waited for it yet
        return await log.group(config.images.length > 1 ? 'Write the artifacts' : 'Write the artifact', async () => {
            const artifacts = await composeArtifacts(config, files, images, log);
            await confirmed;
            return writeArtifacts(config, artifacts, log, await s3);
        });
    }
    finally {
        (await s3?.catch(() => undefined))?.destroy();
    }
}


/***/ }),

/***/ 3245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ parsedTaskDefinition),
/* harmony export */   e_: () => (/* binding */ readDeployFile),
/* harmony export */   gw: () => (/* binding */ checkFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _deploy_files_check__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9984);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _files_check__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3896);
/* harmony import */ var _input_file__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1054);
/**
 * The deployment files from disk: read and checked — the first step of every command, and all of
 * `validate` and `render`. Nothing here reaches AWS or Docker, so those commands load none of the
 * modules that do; nothing here reports either: the check goes into the command's result (or its
 * failure), and the host reports it.
 */





/**
 * Reads the task definition, the appspec (the first appspec candidate that exists; none with deploy-target ecs) and
 * the service definition when given, and checks them, with the image detail and pipeline definition in `extra` when
 * given.
 * @throws FilesRejected when a finding is an error
 */
async function checkFiles(files, extra = {}) {
    const taskdef = await readDeployFile(files.taskdef, 'taskdef', files.workspace);
    const appspec = files.appspec.length > 0 ? await readFirstDeployFile(files.appspec, 'appspec', files.workspace) : undefined;
    const serviceDefinition = files.serviceDefinition !== undefined
        ? await readDeployFile(files.serviceDefinition, 'service-definition', files.workspace)
        : undefined;
    const check = (0,_deploy_files_check__WEBPACK_IMPORTED_MODULE_1__/* .checkDeployFiles */ .X)({
        taskdef,
        ...(appspec && { appspec }),
        ...(serviceDefinition && { serviceDefinition }),
        deployTarget: files.deployTarget,
        imagePlaceholder: files.imagePlaceholder,
        otherPlaceholders: files.otherPlaceholders,
        extraPlaceholders: files.extraPlaceholders,
        ...(files.render && { render: files.render }),
        ...extra,
    });
    const sources = [
        taskdef,
        ...(appspec ? [appspec] : []),
        ...(serviceDefinition ? [serviceDefinition] : []),
        ...(extra.imageDetail ? [extra.imageDetail] : []),
        ...(extra.pipeline ? [extra.pipeline] : []),
    ];
    const { findings, placeholders, imageContainers } = check;
    const report = { files: sources.map((source) => source.path), findings, placeholders, imageContainers };
    if (findings.some((finding) => finding.severity === 'error'))
        throw new _files_check__WEBPACK_IMPORTED_MODULE_3__/* .FilesRejected */ .A(report);
    return { taskdef, ...(appspec && { appspec }), check, report };
}
/**
 * The largest deployment file read: far above what ECS (a task definition of 64 KiB) and
 * CodeDeploy (an artifact of 3 MB, zipped) accept, so the checks can still say what is wrong
 * with a file that is merely large, while a 20 MB mistake is refused before it is parsed.
 */
const MAX_FILE_BYTES = 10_000_000;
/**
 * Reads a deployment file; `input` names the input that gave its path, for the message when it cannot be read.
 * @param workspace the run's checkout (`FilesConfig.workspace`)
 */
async function readDeployFile(path, input, workspace) {
    return { path, text: await (0,_input_file__WEBPACK_IMPORTED_MODULE_4__.readInputFile)(path, { input, maxBytes: MAX_FILE_BYTES, workspace }) };
}
async function readFirstDeployFile(candidates, input, workspace) {
    if (candidates.length === 1)
        return readDeployFile(candidates[0], input, workspace);
    for (const path of candidates) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
        }
        return readDeployFile(path, input, workspace);
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`none of ${candidates.join(', ')} exists (in ${process.cwd()})`, { input }, `create one, or pass the appspec's path as ${input}`);
}
/** The parsed, cleaned task definition of files that passed the checks. */
function parsedTaskDefinition(check) {
    if (check.taskDefinition === undefined)
        throw new Error('checked files without a parsed task definition');
    return check.taskDefinition;
}


/***/ }),

/***/ 1054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readInputFile: () => (/* binding */ readInputFile),
/* harmony export */   y: () => (/* binding */ inputPathError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * A file the user named, read as text the safe way: checked to be a regular file before it is
 * opened (a FIFO would block the read, and with it the process, forever), bounded in size, and
 * decoded as strict UTF-8 (a replaced byte would silently change what is deployed).
 */




/** What a user file is, for a message: "a directory", "a FIFO". */
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Throws the UserError that says why `path` cannot be read, for an error of `stat` or `open`;
 * rethrows anything else.
 */
function inputPathError(error, path, input) {
    const code = error.code;
    const at = `(in ${process.cwd()})`;
    switch (code) {
        case 'ENOENT':
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} does not exist ${at}`, { input }, `create it, or pass its path as ${input}`);
        case 'ENOTDIR':
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} does not exist: a part of the path is a file ${at}`, { input }, `pass the path of the file as ${input}`);
        case 'ELOOP':
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is a loop of symbolic links`, { input }, 'point the link at the file itself');
        case 'EACCES':
        case 'EPERM':
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} cannot be read by this user (${code})`, { input }, 'make it readable (chmod), or run as its owner');
        default:
            throw error;
    }
}
/** `path` is `root` or below it. */
function isWithin(path, root) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? root : `${root}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
}
/**
 * The real path of `path`, refused when `path` is named inside the workspace but a symbolic link
 * takes it out. A checkout is content the workflow may not trust (a pull request's): a link to
 * `/proc/self/environ`, `/etc/shadow` or a runner's credentials file would be read and quoted in
 * findings. A path named outside the workspace was the workflow's own choice, and is read.
 */
async function realPathWithin(path, input, workspace) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path).catch((error) => inputPathError(error, path, input));
    const realWorkspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace).catch(() => workspace);
    const named = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    if (![workspace, realWorkspace].some((root) => isWithin(named, root)) || isWithin(real, realWorkspace))
        return real;
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is a symbolic link to ${real}, outside the workspace ${workspace}; a file outside it is not read ` +
        'through a link (a link in a checkout to /proc/self/environ or a credentials file would print them)', { input }, `copy the file into the workspace, or pass its own path (${real}) as ${input}`);
}
/**
 * Reads `path` as UTF-8 text of at most `maxBytes`: a regular file on disk, inside the workspace
 * when it is named there.
 * @throws UserError when it is missing, a link out of the workspace, not a regular file (a FIFO, a
 *   device, a directory, a /proc or /sys file), too large or (strict) not valid UTF-8
 */
async function readInputFile(path, options) {
    const { input, maxBytes, workspace, strict = true } = options;
    const real = await realPathWithin(path, input, workspace);
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real).catch((error) => inputPathError(error, path, input));
    if (!stats.isFile())
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is ${kindOf(stats)}`, { input }, 'pass the path of a regular file');
    const tooLarge = (size) => new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is ${size.toLocaleString('en-US')} bytes; at most ${maxBytes.toLocaleString('en-US')} are read`, { input }, 'pass the file itself, not a bundle or a log; CodeDeploy reads an artifact of at most 3 MB');
    if (stats.size > maxBytes)
        throw tooLarge(stats.size);
    // Non-blocking, and checked again once open: a FIFO swapped in after the check cannot block the
    // open or the read; O_NOFOLLOW: nor can a link swapped in for the file checked above.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW).catch((error) => inputPathError(error, path, input));
    let bytes;
    try {
        const opened = await handle.stat();
        if (!opened.isFile())
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is ${kindOf(opened)}`, { input }, 'pass the path of a regular file');
        if (opened.size > maxBytes)
            throw tooLarge(opened.size);
        // One byte more than the file system says the file holds: /proc and /sys files say 0 or
        // 4,096 and hold something else (the environment, a key), computed as they are read.
        bytes = Buffer.alloc(opened.size + 1);
        let length = 0;
        for (let read = -1; read !== 0 && length < bytes.length; length += read) {
            ({ bytesRead: read } = await handle.read(bytes, length, bytes.length - length, length));
        }
        if (length !== opened.size) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is not a file on disk: it holds other than the ${opened.size.toLocaleString('en-US')} bytes its ` +
                'file system reports (a /proc or /sys file, or a file being written)', { input }, 'pass the path of a regular file that nothing writes to during the run');
        }
        bytes = bytes.subarray(0, length);
    }
    finally {
        await handle.close();
    }
    try {
        return new TextDecoder('utf-8', { fatal: strict }).decode(bytes);
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} is not valid UTF-8 (byte ${offset.toLocaleString('en-US')}${lineOf(bytes, offset)})`, { input }, 'save the file as UTF-8; ECS and CodeDeploy read it as UTF-8');
    }
}
function lineOf(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a)
            line++;
    return `, line ${line}`;
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        const length = lead < 0x80
            ? 1
            : lead >= 0xc2 && lead <= 0xdf
                ? 2
                : lead >= 0xe0 && lead <= 0xef
                    ? 3
                    : lead >= 0xf0 && lead <= 0xf4
                        ? 4
                        : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        try {
            decoder.decode(bytes.subarray(i, i + length)); // overlong forms and surrogates fail here
        }
        catch {
            return i;
        }
        i += length;
    }
    return i;
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
