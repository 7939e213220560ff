export const id = 468;
export const ids = [468];
export const modules = {

/***/ 3468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRender: () => (/* binding */ runRender)
/* harmony export */ });
/* harmony import */ var _deploy_files_render__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7765);
/* harmony import */ var _deploy_files__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6887);


async function runRender(config, host) {
    const files = await (0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .checkFiles */ .gw)(host, config.files);
    const target = config.files.render ?? { placeholder: config.files.imagePlaceholder };
    const taskDefinition = config.extraImages.reduce((rendered, image) => (0,_deploy_files_render__WEBPACK_IMPORTED_MODULE_1__/* .renderTaskDefinition */ .P9)(rendered, image.uri, { placeholder: image.placeholder }), (0,_deploy_files_render__WEBPACK_IMPORTED_MODULE_1__/* .renderTaskDefinition */ .P9)((0,_deploy_files__WEBPACK_IMPORTED_MODULE_0__/* .parsedTaskDefinition */ .IH)(files.check), config.imageUri, target));
    // The appspec stays text: YAML's `version: 0.0` would not survive a round trip through JSON.
    const appspec = config.taskDefinitionArn === undefined ? files.appspec.text : (0,_deploy_files_render__WEBPACK_IMPORTED_MODULE_1__/* .renderAppspecText */ .eQ)(files.appspec.text, config.taskDefinitionArn);
    if (host.json) {
        host.print((0,_deploy_files_render__WEBPACK_IMPORTED_MODULE_1__/* .serializeJson */ .Lu)({ taskDefinition, appspec }));
        return;
    }
    host.info(`${files.taskdef.path}, as ECS will register it:`);
    host.print((0,_deploy_files_render__WEBPACK_IMPORTED_MODULE_1__/* .serializeJson */ .Lu)(taskDefinition));
    host.info(`${files.appspec.path}, as CodeDeploy will use it${config.taskDefinitionArn ? '' : ' (<TASK_DEFINITION> is the ARN CodeDeploy registers)'}:`);
    host.print(appspec.endsWith('\n') ? appspec : `${appspec}\n`);
}


/***/ })

};
