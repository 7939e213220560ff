export const id = 468;
export const ids = [468];
export const modules = {

/***/ 3468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRender: () => (/* binding */ runRender)
/* harmony export */ });
/* harmony import */ var _deploy_files_render__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7765);
/* harmony import */ var _deploy_files__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3245);


/**
 * Checks the files and fills in the images (and the task definition ARN, when given).
 * @throws FilesRejected when a finding is an error; UserError when a file cannot be read
 */
async function runRender(config, _context) {
    const files = await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .checkFiles */ .gw)(config.files);
    const target = config.files.render ?? { placeholder: config.files.imagePlaceholder };
    const { taskDefinitionArn } = config;
    return {
        check: files.report,
        taskdefPath: files.taskdef.path,
        taskDefinition: (0,_deploy_files_render__WEBPACK_IMPORTED_MODULE_1__/* .fillImages */ .OT)((0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .parsedTaskDefinition */ .IH)(files.check), config.imageUri, target, config.extraImages),
        appspecPath: files.appspec.path,
        appspec: taskDefinitionArn === undefined ? files.appspec.text : (0,_deploy_files_render__WEBPACK_IMPORTED_MODULE_1__/* .renderAppspecText */ .eQ)(files.appspec.text, taskDefinitionArn),
        ...(taskDefinitionArn !== undefined && { taskDefinitionArn }),
    };
}


/***/ })

};
