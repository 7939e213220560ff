export const id = 365;
export const ids = [365];
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


/***/ })

};
