export const id = 777;
export const ids = [777];
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


/***/ })

};
