export const id = 10;
export const ids = [10,54];
export const modules = {

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

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var _deploy_files__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3245);

/**
 * Checks the files `config` names.
 * @throws FilesRejected when a finding is an error (of the files or, with --live, of the account); UserError when a
 *   file cannot be read
 */
async function runValidate(config, _context) {
    const imageDetail = config.imageDetail === undefined
        ? undefined
        : await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .readDeployFile */ .e_)(config.imageDetail, 'image-detail', config.files.workspace);
    const pipeline = config.pipeline === undefined
        ? undefined
        : await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .readDeployFile */ .e_)(config.pipeline, 'pipeline', config.files.workspace);
    const { report, check } = await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .checkFiles */ .gw)(config.files, {
        ...(imageDetail && { imageDetail }),
        ...(pipeline && { pipeline }),
    });
    if (config.live === undefined)
        return { check: report };
    const { checkAccount } = await Promise.all(/* import() */[__webpack_require__.e(121), __webpack_require__.e(712), __webpack_require__.e(637)]).then(__webpack_require__.bind(__webpack_require__, 3637)); // the AWS SDK clients load only with --live
    return { check: await checkAccount(config.live, check, [], report) };
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


/***/ })

};
