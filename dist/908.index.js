export const id = 908;
export const ids = [908,777];
export const modules = {

/***/ 3777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ replaceDirectory),
/* harmony export */   X: () => (/* binding */ checkReplaceable),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
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
/** What a previous run may have left in an artifact directory: deployment files, nothing else. */
const ARTIFACT_FILE = /\.(json|ya?ml)$/;
/**
 * Throws a UserError unless `dir` is absent or looks like an earlier artifact (deployment files
 * only), so a mistyped `output-dir` cannot delete a source tree. Returns whether it exists.
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
    const foreign = entries.filter((entry) => !entry.isFile() || !ARTIFACT_FILE.test(entry.name));
    if (foreign.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${dir}' already holds ${foreign.map((entry) => entry.name).slice(0, 3).join(', ')}, which this tool did not write; the artifact directory is replaced on every run`, { input }, 'choose an empty or new directory, e.g. ecs-deploy');
    }
    return true;
}
/**
 * Replaces directory `dir` with one holding exactly `files`: they are written to a sibling
 * temporary directory first, which then takes `dir`'s place (see `checkReplaceable`).
 */
async function replaceDirectory(dir, files, input) {
    const exists = await checkReplaceable(dir, input);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), { recursive: true });
    const fresh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(dir)}.new-`));
    try {
        for (const file of files)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(fresh, file.name), file.data, { mode: 0o644 });
        if (!exists) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(fresh, dir);
            return;
        }
        const old = fresh.replace(/\.new-/, '.old-');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(dir, old);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(fresh, dir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(fresh, { recursive: true, force: true });
        throw error;
    }
}


/***/ }),

/***/ 7908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/artifact/files.ts
var artifact_files = __webpack_require__(3777);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/command.ts
var src_command = __webpack_require__(1274);
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
// EXTERNAL MODULE: ./src/deploy-files/render.ts
var deploy_files_render = __webpack_require__(7765);
;// CONCATENATED MODULE: ./src/docker/args.ts
/**
 * Where the layer cache lives for a builder. `inline`: in the pushed cache image's own config
 * (the `docker` driver and the engine's BuildKit can do no better); `registry`: a separate cache
 * manifest that buildx exports itself, all layers included (`mode=max`), in the form ECR accepts.
 */
function cacheMode(builder) {
    if (builder.kind === 'legacy')
        return 'none';
    return builder.kind === 'buildx' && builder.driver !== 'docker' ? 'registry' : 'inline';
}
/** The `docker build` command for `build` on `builder`. */
function buildCommand(build, builder, plan) {
    const args = builder.kind === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
    if (builder.kind !== 'legacy')
        args.push('--progress=plain');
    args.push('--file', build.dockerfile, '--iidfile', plan.iidFile);
    for (const ref of plan.refs)
        args.push('--tag', ref);
    for (const [key, value] of build.buildArgs)
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of build.labels)
        args.push('--label', `${key}=${value}`);
    if (build.target !== undefined)
        args.push('--target', build.target);
    if (build.platform !== undefined)
        args.push('--platform', build.platform);
    if (plan.cacheRef !== undefined)
        args.push(...cacheArgs(builder, plan.cacheRef, plan.importCache, plan.exportCache));
    args.push(build.context);
    return { args, env: builder.kind === 'buildx' ? {} : { DOCKER_BUILDKIT: builder.kind === 'buildkit' ? '1' : '0' } };
}
function cacheArgs(builder, ref, importCache, exportCache) {
    const mode = cacheMode(builder);
    if (mode === 'none')
        return [];
    const from = builder.kind === 'buildx' ? `type=registry,ref=${ref}` : ref;
    const args = importCache ? ['--cache-from', from] : [];
    if (!exportCache)
        return args;
    if (mode === 'registry')
        return [...args, '--cache-to', `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true`];
    return [...args, ...(builder.kind === 'buildx' ? ['--cache-to', 'type=inline'] : ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'])];
}
/**
 * The manifest digest `docker push` reports: its last line reads `<tag>: digest: sha256:… size: N`
 * (the same words since Docker 1.10).
 */
function parsePushDigest(output) {
    const matches = [...output.matchAll(/digest: (sha256:[0-9a-f]{64}) size: \d+/g)];
    return matches.at(-1)?.[1];
}
/** The builder for this machine, from `docker version` and whether `docker buildx` answered. */
function chooseBuilder(clientVersion, buildxDriver) {
    if (buildxDriver !== undefined)
        return { kind: 'buildx', driver: buildxDriver };
    const major = Number.parseInt(clientVersion, 10);
    return Number.isNaN(major) || major >= 23 ? { kind: 'legacy' } : { kind: 'buildkit' };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/cleanup.ts
var cleanup = __webpack_require__(2691);
;// CONCATENATED MODULE: ./src/docker/config-dir.ts
/**
 * A private Docker config directory for one run: the ECR password lands in its config.json, not
 * in the user's, and the directory is deleted when the run ends, however it ends.
 */






/** Parts of the user's config directory that select plugins, builders and contexts. */
const SHARED = ['cli-plugins', 'buildx', 'contexts'];
/**
 * Creates the directory (mode 0700) in `RUNNER_TEMP` or the system temp directory, seeded with the
 * user's settings minus the default credential store and any helper for `registries` — either
 * would keep the ECR password after the run — and with the user's plugins, builders and contexts
 * linked in, so base images from other registries, buildx builders and contexts keep working.
 */
async function createDockerConfigDir(env, registries) {
    const path = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'ecs-bluegreen-docker-'));
    const remove = () => (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    // Where the config names no store, docker picks the platform's keychain helper when one is
    // installed (osxkeychain, secretservice, pass): only `docker logout` reaches the password there.
    // A run that ends early (Ctrl-C, SIGTERM) has not logged out; the exit handler can only block.
    const unregister = (0,cleanup/* onExit */.c)(() => {
        for (const registry of registries)
            (0,external_node_child_process_.spawnSync)('docker', ['logout', registry], { env: { ...process.env, DOCKER_CONFIG: path }, stdio: 'ignore', timeout: 10_000 });
        remove();
    });
    try {
        const userDir = env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
        const settings = await readUserSettings((0,external_node_path_.join)(userDir, 'config.json'), registries);
        await (0,promises_.writeFile)((0,external_node_path_.join)(path, 'config.json'), `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
        for (const name of SHARED) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(userDir, name)))
                await (0,promises_.symlink)((0,external_node_path_.join)(userDir, name), (0,external_node_path_.join)(path, name));
        }
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
        ].filter(([n]) => n !== 0).map(([n, what]) => `${n} ${what}`);
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
 * Docker through its CLI: builder detection, login, build, push, logout. Every function takes the
 * session (runner, private Docker config, logger) as a parameter.
 */





const DAEMON_FIX = 'start Docker or set DOCKER_HOST; in CodeBuild, turn on privileged mode in the project\'s environment';
/**
 * Checks the daemon answers and picks the builder (see `Builder`). Runs with the user's own Docker
 * config, before the private one exists: the builder selection is the same in both.
 */
async function detectBuilder(run, log) {
    const [version, buildx] = await Promise.all([
        run('docker', ['version', '--format', '{{.Client.Version}} {{.Server.Version}}']),
        run('docker', ['buildx', 'inspect']),
    ]);
    (0,src_command/* checkExit */.d)(version, 'connecting to the Docker daemon', DAEMON_FIX);
    const [client = '', server = ''] = version.stdout.trim().split(' ');
    const driver = buildx.exitCode === 0 ? /^Driver:\s+(\S+)/m.exec(buildx.stdout)?.[1] ?? 'docker' : undefined;
    const builder = chooseBuilder(client, driver);
    log.debug(`docker client ${client}, engine ${server}, builder ${builder.kind}${driver ? ` (${driver} driver)` : ''}`);
    if (builder.kind === 'legacy') {
        log.warning(`docker ${client} has no buildx plugin: building with the legacy builder, without BuildKit or the layer cache. Install docker-buildx.`);
    }
    return builder;
}
/** `docker login` with the password on stdin, into the session's private config. */
async function dockerLogin(session, registry, username, password) {
    const { run, env } = session;
    (0,src_command/* checkExit */.d)(await run('docker', ['login', '--username', username, '--password-stdin', registry], { env, input: Buffer.from(password) }), `docker login to ${registry}`);
}
/** `docker logout`: removes the credentials from the private config before the directory goes. */
async function dockerLogout(session, registry) {
    await session.run('docker', ['logout', registry], { env: session.env });
}
/** Runs a build command, streaming its log, and returns the image id the builder wrote. */
async function buildImage(session, command, iidFile) {
    const { run, env, log } = session;
    log.debug(`docker ${command.args.join(' ')}`);
    (0,src_command/* checkExit */.d)(await run('docker', command.args, { env: { ...env, ...command.env }, onLine: (line) => log.info(line) }), 'docker build', 'read the build log above; the failing step is the last one printed');
    const imageId = (await (0,promises_.readFile)(iidFile, 'utf8')).trim();
    if (!/^sha256:[0-9a-f]{64}$/.test(imageId))
        throw new errors/* ServiceError */._7('docker build', `wrote no image id to ${iidFile}`);
    return imageId;
}
/**
 * Pushes one reference and returns the manifest digest the registry stored. A long push logs its
 * layers' progress every PUSH_PROGRESS_INTERVAL_MS; the end, what was uploaded.
 */
async function pushImage(session, ref) {
    const { run, env, log } = session;
    const progress = new PushProgress();
    const started = Date.now();
    const timer = setInterval(() => log.info(`pushing ${ref}: ${progress.summary()}, ${Math.round((Date.now() - started) / 1000)} s`), PUSH_PROGRESS_INTERVAL_MS);
    let result;
    try {
        result = (0,src_command/* checkExit */.d)(await run('docker', ['push', ref], { env, onLine: (line) => {
                progress.update(line);
                log.debug(line);
            } }), `docker push ${ref}`);
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

;// CONCATENATED MODULE: ./src/aws.ts
/**
 * AWS SDK errors, turned into ServiceErrors that say what we were doing, what the service said,
 * and the usual fix (in the spirit of configure-aws-credentials' "Could not assume role: …").
 */

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
 * Wraps an SDK failure during `operation` (e.g. "ECR DescribeImages for team/web").
 * @param action the IAM action the call needs, for access-denied hints
 */
function awsServiceError(operation, error, action) {
    const name = awsErrorName(error);
    const message = error instanceof Error ? error.message : String(error);
    // Signature errors append the canonical request: the first paragraph says it; --debug shows all.
    const [summary = message, ...rest] = message.split('\n\n');
    const detail = rest.length > 0 ? `${summary} (--debug shows the service's full message)` : summary;
    return new errors/* ServiceError */._7(operation, name === 'Error' ? detail : `${name}: ${detail}`, hintFor(name, message, action), { cause: error });
}
function hintFor(name, message, action) {
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return 'configure AWS credentials: aws-actions/configure-aws-credentials on GitHub, the project\'s service role in CodeBuild, AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY on a laptop';
    }
    if (/^(UnrecognizedClientException|InvalidSignatureException|InvalidClientTokenId|SignatureDoesNotMatch|InvalidAccessKeyId)$/.test(name)) {
        return 'the AWS credentials are not valid: check the access key and secret, and the clock of this machine';
    }
    if (/^(ExpiredToken(Exception)?|RequestExpired)$/.test(name))
        return 'the AWS session has expired: get fresh credentials';
    if (/^(AccessDenied(Exception)?|UnauthorizedOperation)$/.test(name)) {
        return action ? `allow ${action} for the role or user this runs as` : 'check the IAM permissions of the role or user this runs as';
    }
    if (/^(ThrottlingException|TooManyRequestsException|SlowDown)$/.test(name))
        return 'the service is throttling requests; retry the job later';
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(message)) {
        return 'the AWS endpoint cannot be reached: check the region, the network, and any AWS_ENDPOINT_URL_* setting';
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
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
                proxied = secure ? new https_proxy_agent_dist/* HttpsProxyAgent */.b(proxy, { keepAlive: true }) : new dist/* HttpProxyAgent */.s(proxy, { keepAlive: true });
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

;// CONCATENATED MODULE: ./src/ecr/ecr.ts



/** Creates a client for `region`, loading the SDK now. */
async function createEcrClient(region) {
    const { ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    quietSdkNodeWarning();
    return new ECRClient({ region, requestHandler: proxyAgents() });
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
        data = (await client.send(new GetAuthorizationTokenCommand(registryIds ? { registryIds: [...registryIds] } : {}))).authorizationData ?? [];
    }
    catch (error) {
        throw awsServiceError(operation, error, 'ecr:GetAuthorizationToken');
    }
    if (data.length === 0 || data.length !== (registryIds?.length ?? 1))
        throw new errors/* ServiceError */._7(operation, `the response has ${data.length} authorizations`);
    return data.map((entry) => {
        const token = entry.authorizationToken;
        if (token === undefined || entry.proxyEndpoint === undefined) {
            throw new errors/* ServiceError */._7(operation, 'the response has no authorization token or proxy endpoint');
        }
        mask(token);
        const decoded = Buffer.from(token, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        const password = decoded.slice(colon + 1);
        mask(password);
        if (colon <= 0 || password === '')
            throw new errors/* ServiceError */._7(operation, 'the token is not user:password');
        return { registry: new URL(entry.proxyEndpoint).host, username: decoded.slice(0, colon), password };
    });
}
/** Looks the repository up (in another account's registry with `registryId`); undefined when it does not exist. */
async function findRepository(client, name, registryId) {
    const { DescribeRepositoriesCommand } = await sdk();
    try {
        const found = (await client.send(new DescribeRepositoriesCommand({ repositoryNames: [name], ...(registryId && { registryId }) }))).repositories?.[0];
        return found && toRepository(found);
    }
    catch (error) {
        if (awsErrorName(error) === 'RepositoryNotFoundException')
            return undefined;
        throw awsServiceError(`ECR DescribeRepositories for ${name}`, error, 'ecr:DescribeRepositories');
    }
}
/** Creates the repository with ECR's defaults (mutable tags, AES256 encryption), in `registryId`'s registry if given. */
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
        throw awsServiceError(`ECR CreateRepository ${name}`, error, 'ecr:CreateRepository');
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
    return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
const MANIFEST_TYPES = [
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.index.v1+json',
];
/**
 * The images `tags` point at, in one BatchGetImage (which reports misses in `failures`): tags
 * that do not exist are absent from the map.
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
        throw awsServiceError(operation, error, 'ecr:BatchGetImage');
    }
    const failure = response.failures?.find((f) => f.failureCode !== 'ImageNotFound' && f.failureCode !== 'ImageTagDoesNotMatchDigest');
    if (failure !== undefined)
        throw new errors/* ServiceError */._7(operation, `${failure.failureCode}: ${failure.failureReason}`);
    for (const image of response.images ?? []) {
        const { imageTag, imageDigest } = image.imageId ?? {};
        if (imageTag === undefined || imageDigest === undefined)
            continue;
        found.set(imageTag, { digest: imageDigest, ...configDigestOf(image.imageManifest), tags: [imageTag] });
    }
    return found;
}
function configDigestOf(manifest) {
    try {
        const digest = JSON.parse(manifest ?? '').config?.digest;
        return typeof digest === 'string' ? { configDigest: digest } : {};
    }
    catch {
        return {};
    }
}
/** The image with `digest` and all its tags (DescribeImages); a miss is a ServiceError. */
async function describeImage(client, repository, digest) {
    const { DescribeImagesCommand } = await sdk();
    try {
        const details = (await client.send(new DescribeImagesCommand({
            registryId: repository.registryId,
            repositoryName: repository.name,
            imageIds: [{ imageDigest: digest }],
        }))).imageDetails?.[0];
        if (details?.imageDigest === undefined)
            throw new errors/* ServiceError */._7(`ECR DescribeImages ${repository.name}@${digest}`, 'no image in the response');
        return { digest: details.imageDigest, tags: details.imageTags ?? [] };
    }
    catch (error) {
        if (error instanceof errors/* ServiceError */._7)
            throw error;
        throw awsServiceError(`ECR DescribeImages ${repository.name}@${digest}`, error, 'ecr:DescribeImages');
    }
}

// EXTERNAL MODULE: ./src/files.ts + 16 modules
var src_files = __webpack_require__(8233);
;// CONCATENATED MODULE: ./src/s3/upload.ts


/** Creates a client for `region`; a bucket in another region is followed, not an error. */
async function createS3Client(region) {
    const { S3Client } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    quietSdkNodeWarning();
    return new S3Client({ region, followRegionRedirects: true, requestHandler: proxyAgents() });
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
        throw awsServiceError(`S3 PutObject ${uri}`, error, 's3:PutObject');
    }
}

;// CONCATENATED MODULE: ./src/run.ts















/** `build`: the whole Build stage. Returns the outputs and the artifact's file names. */
async function runBuild(config, host) {
    const client = createEcrClient(config.region); // loads the SDK while the files are checked
    const files = await host.group('Check the deployment files', async () => {
        const checked = await (0,src_files.checkFiles)(host, config.files, { requirePlaceholder: true });
        await (0,artifact_files/* checkReplaceable */.X)(config.outputDir, 'output-dir');
        return checked;
    }).catch(async (error) => {
        (await client).destroy();
        throw error;
    });
    const ecr = await client;
    try {
        const image = config.image === undefined
            ? await buildAndPush(config, host, ecr, files)
            : await host.group('Resolve the image', () => resolveImage(config.image, config, ecr));
        return await host.group('Write the artifact', () => writeArtifact(config, host, files, image));
    }
    finally {
        ecr.destroy();
    }
}
async function buildAndPush(config, host, ecr, files) {
    const build = config.build;
    const name = config.repository;
    if (build === undefined || name === undefined)
        throw new Error('build without build settings');
    // Independent lookups, at once: the repository and the tags it holds that matter (the cache,
    // and immutable ones this build may not overwrite), a registry login, what this Docker can do.
    const [[repository, stored], logins, builder] = await host.group('Find the repository and Docker', () => Promise.all([
        ensureRepository(config, host, ecr, name).then(async (found) => {
            const immutable = config.tags.filter((tag) => isTagImmutable(found, tag));
            const lookups = build.cacheTag === undefined ? immutable : [build.cacheTag, ...immutable];
            return [found, await findImagesByTag(ecr, found, lookups)];
        }),
        registryLogins(config, ecr, host),
        detectBuilder(src_command/* runCommand */.w, host),
    ]));
    const registries = logins.map((login) => login.registry);
    const dockerConfig = await createDockerConfigDir(host.env, registries);
    const session = { run: src_command/* runCommand */.w, env: { DOCKER_CONFIG: dockerConfig.path }, log: host };
    let loggedOut;
    const logOut = () => (loggedOut ??= registries
        .reduce((done, registry) => done.then(() => dockerLogout(session, registry).catch(() => undefined)), Promise.resolve())
        .then(() => dockerConfig.remove()));
    try {
        await host.group(`Log in to ${registries.join(', ')}`, () => Promise.all([
            // One after another: each docker login rewrites the config file, and concurrent ones lose logins.
            logins.reduce((done, login) => done.then(() => dockerLogin(session, login.registry, login.username, login.password)), Promise.resolve()),
            // Before the build: would the artifact fit? The digest is not known yet, but its length is.
            composeArtifact(config, files, { uri: `${repository.uri}@sha256:${'0'.repeat(64)}`, digest: '', tags: [] }, host),
        ]));
        const refs = config.tags.map((tag) => `${repository.uri}:${tag}`);
        const cacheRef = build.cacheTag === undefined || cacheMode(builder) === 'none' ? undefined : `${repository.uri}:${build.cacheTag}`;
        const exportCache = cacheRef !== undefined && !isTagImmutable(repository, build.cacheTag);
        if (cacheRef !== undefined && !exportCache) {
            host.warning(`the cache tag '${build.cacheTag}' is immutable in ${repository.name}: the layer cache is read but not updated. Exclude it from immutability (IMMUTABLE_WITH_EXCLUSION) or set cache-tag.`);
        }
        // An inline cache travels in an image of its own: the cache tag is one more name of this image.
        const pushCache = cacheRef !== undefined && exportCache && cacheMode(builder) === 'inline';
        const iidFile = (0,external_node_path_.join)(dockerConfig.path, 'image-id');
        const plan = { refs: pushCache ? [...refs, cacheRef] : refs, iidFile, ...(cacheRef && { cacheRef }), importCache: build.cacheTag !== undefined && stored.has(build.cacheTag), exportCache };
        const imageId = await host.group(`Build ${refs.join(', ')}`, () => buildImage(session, buildCommand(build, builder, plan), iidFile), 'docker');
        host.info(`image id ${imageId}`);
        const digest = await host.group('Push', async () => {
            const existing = checkExistingTags(repository, stored, config.tags, imageId);
            for (const tag of existing.keys())
                host.info(`${repository.uri}:${tag} already points at this image (immutable tag): not pushed again`);
            const toPush = refs.filter((_, i) => !existing.has(config.tags[i]));
            const [first, ...others] = [...toPush, ...(pushCache ? [cacheRef] : [])];
            // The first push uploads the layers; the others, at once, only add names. Concurrent pushes
            // that upload the same layers race: one may put its manifest before another's blob is in.
            const pushed = first === undefined ? [] : [await pushImage(session, first)];
            pushed.push(...(await Promise.all(others.map((ref) => pushImage(session, ref)))));
            const digests = new Set([...existing.values(), ...pushed.slice(0, toPush.length)]);
            if (digests.size !== 1)
                throw new errors/* ServiceError */._7('docker push', `the tags were pushed with different digests: ${[...digests].join(', ')}`);
            return [...digests][0];
        }, 'docker');
        logOut(); // while ECR confirms the image
        return await confirmImage(ecr, repository, digest, config.tags);
    }
    finally {
        await logOut();
    }
}
/**
 * Logins for the repository's registry (first) and each of `login-registries`: one
 * GetAuthorizationToken per region, with a client of its own for another region.
 */
async function registryLogins(config, ecr, host) {
    const mask = (secret) => host.mask(secret);
    const own = config.registryId === undefined ? undefined : [config.registryId];
    const extra = config.loginRegistries.filter((entry) => !(entry.region === config.region && entry.registryId === config.registryId));
    const regions = [...new Set(extra.map((entry) => entry.region))];
    const byRegion = await Promise.all(regions.map(async (region) => {
        const ids = [...new Set(extra.filter((entry) => entry.region === region).map((entry) => entry.registryId))];
        if (region === config.region)
            return getRegistryLogins(ecr, mask, ids);
        const client = await createEcrClient(region);
        try {
            return await getRegistryLogins(client, mask, ids);
        }
        finally {
            client.destroy();
        }
    }));
    const logins = [...(await getRegistryLogins(ecr, mask, own)), ...byRegion.flat()];
    return logins.filter((login, i) => logins.findIndex((other) => other.registry === login.registry) === i);
}
async function ensureRepository(config, host, ecr, name) {
    const found = await findRepository(ecr, name, config.registryId);
    if (found !== undefined) {
        host.info(`${found.uri} (tags ${found.tagMutability.toLowerCase().replace(/_/g, ' ')})`);
        return found;
    }
    const where = `${config.registryId ? `the registry of account ${config.registryId} in ` : ''}${config.region}`;
    if (!config.createRepository) {
        throw new errors/* UserError */.yo(`'${name}' does not exist in ${where}`, { input: 'repository' }, 'create it (aws ecr create-repository, or your infrastructure code), check the region and registry-id, or set create-repository to true');
    }
    const created = await createRepository(ecr, name, config.registryId);
    host.info(`created ${created.uri}`);
    return created;
}
/**
 * For every tag an immutable repository already holds: the digest it points at, when that is
 * this very image (same config digest, i.e. same image id); a different image is an error that
 * names the tag — checked for all tags before any is pushed.
 */
function checkExistingTags(repository, stored, tags, imageId) {
    const existing = new Map();
    for (const tag of tags.filter((t) => isTagImmutable(repository, t))) {
        const image = stored.get(tag);
        if (image === undefined)
            continue;
        if (image.configDigest !== imageId) {
            throw new errors/* UserError */.yo(`tag '${tag}' already exists in ${repository.name}, whose tags are immutable, and points at another image (${image.digest}; this build is image ${imageId})`, { input: 'tags' }, 'use a tag that is new for each build, such as {sha}; or deploy the pushed image with image set to its URI');
        }
        existing.set(tag, image.digest);
    }
    return existing;
}
/** Confirms through ECR that `digest` is stored with every tag. */
async function confirmImage(ecr, repository, digest, tags) {
    const stored = await describeImage(ecr, repository, digest);
    const missing = tags.filter((tag) => !stored.tags.includes(tag));
    if (stored.digest !== digest || missing.length > 0) {
        throw new errors/* ServiceError */._7(`ECR DescribeImages ${repository.name}@${digest}`, `ECR does not list ${missing.join(', ') || 'the pushed digest'} on this image (it lists ${stored.tags.join(', ') || 'no tags'})`);
    }
    return { uri: `${repository.uri}@${digest}`, digest, tags };
}
/** A prebuilt image: taken as is when pinned, resolved through ECR when it names a tag. */
async function resolveImage(image, config, ecr) {
    if (image.digest !== undefined)
        return { uri: (0,image_uri/* formatImageUri */.J)({ ...image, tag: undefined }), digest: image.digest, tags: image.tag ? [image.tag] : [] };
    const tag = image.tag ?? 'latest';
    const repository = await findRepository(ecr, image.repository);
    const registry = repository && new URL(`https://${repository.uri}`).host;
    if (repository === undefined || registry !== image.registry) {
        throw new errors/* UserError */.yo(`${(0,image_uri/* formatImageUri */.J)(image)} is not in an ECR repository of this account in ${config.region}, so its tag cannot be resolved to a digest`, { input: 'image' }, 'pass the image pinned to its digest: registry/repository@sha256:…');
    }
    const stored = (await findImagesByTag(ecr, repository, [tag])).get(tag);
    if (stored === undefined) {
        throw new errors/* UserError */.yo(`tag '${tag}' does not exist in ${repository.name}`, { input: 'image' }, 'push the image first, or fix the tag');
    }
    return { uri: `${repository.uri}@${stored.digest}`, digest: stored.digest, tags: [tag] };
}
/** The artifact's files for `image`, checked against CodePipeline's size limits. */
async function composeArtifact(config, files, image, host) {
    const taskDefinition = (0,src_files.parsedTaskDefinition)(files.check);
    const render = config.files.render;
    const taskdefText = render !== undefined
        ? (0,deploy_files_render/* serializeJson */.Lu)((0,deploy_files_render/* renderTaskDefinition */.P9)(taskDefinition, image.uri, render))
        : files.check.removedFields.length > 0 ? (0,deploy_files_render/* serializeJson */.Lu)(taskDefinition) : files.taskdef.text;
    const artifact = [
        { name: (0,external_node_path_.basename)(files.taskdef.path), data: Buffer.from(taskdefText) },
        { name: (0,external_node_path_.basename)(files.appspec.path), data: Buffer.from(files.appspec.text) },
        { name: 'imageDetail.json', data: Buffer.from((0,image_detail/* imageDetailJson */.ZC)(image.uri)) },
        {
            name: 'imagedefinitions.json',
            data: Buffer.from((0,image_detail/* imageDefinitionsJson */.uN)(files.check.imageContainers.map((name) => ({ name, imageUri: image.uri })))),
        },
    ];
    const names = artifact.map((file) => file.name);
    const clash = names.find((name, i) => names.indexOf(name) !== i);
    if (clash !== undefined) {
        throw new errors/* UserError */.yo(`two artifact files would be named ${clash}`, { file: clash }, 'rename the task definition or appspec file');
    }
    const zip = await zipFiles(artifact);
    const size = checkArtifactSize(zip.length, artifact.map((file) => ({ name: file.name, bytes: file.data.length })), config.artifact);
    for (const finding of size.filter((f) => f.severity === 'warning'))
        host.warning(finding.message);
    const error = size.find((finding) => finding.severity === 'error');
    if (error !== undefined)
        throw new errors/* UserError */.yo(error.message, { input: 'artifact' }, error.fix);
    return { files: artifact, zip };
}
async function writeArtifact(config, host, files, image) {
    const artifact = await composeArtifact(config, files, image, host);
    await (0,artifact_files/* replaceDirectory */.Q)(config.outputDir, artifact.files, 'output-dir');
    await (0,artifact_files.writeFileAtomic)(config.artifact, artifact.zip);
    const sha256 = sha256Hex(artifact.zip);
    host.info(`${config.outputDir}/: ${artifact.files.map((file) => file.name).join(', ')}`);
    host.info(`${config.artifact}: ${artifact.zip.length} bytes, sha256 ${sha256}`);
    let uploaded;
    if (config.s3 !== undefined) {
        const s3 = await createS3Client(config.region);
        try {
            const revision = `${image.uri}${config.source.sha ? ` (commit ${config.source.sha.slice(0, 7)})` : ''}`;
            uploaded = await uploadArtifact(s3, { ...config.s3, body: artifact.zip, revisionSummary: revision });
            host.info(`uploaded to ${uploaded.uri}${uploaded.versionId ? ` (version ${uploaded.versionId})` : ''}`);
        }
        finally {
            s3.destroy();
        }
    }
    return {
        outputs: {
            'image-uri': image.uri,
            'image-digest': image.digest,
            'image-tags': image.tags.join(','),
            'artifact-dir': (0,external_node_path_.resolve)(config.outputDir),
            'artifact-zip': (0,external_node_path_.resolve)(config.artifact),
            'artifact-sha256': sha256,
            ...(uploaded && { 's3-uri': uploaded.uri }),
            ...(uploaded?.versionId && { 's3-version-id': uploaded.versionId }),
        },
        files: artifact.files.map((file) => file.name),
    };
}


/***/ })

};
