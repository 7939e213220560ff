export const id = 10;
export const ids = [10];
export const modules = {

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var _deploy_files__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3245);

/**
 * Checks the files `config` names.
 * @throws FilesRejected when a finding is an error; UserError when a file cannot be read
 */
async function runValidate(config, _context) {
    const imageDetail = config.imageDetail === undefined
        ? undefined
        : await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o$)(config.imageDetail, 'image-detail', config.files.workspace);
    const pipeline = config.pipeline === undefined ? undefined : await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o$)(config.pipeline, 'pipeline', config.files.workspace);
    const { report } = await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .checkFiles */ .gw)(config.files, {
        ...(imageDetail && { imageDetail }),
        ...(pipeline && { pipeline }),
    });
    return { check: report };
}


/***/ })

};
