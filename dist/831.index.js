export const id = 831;
export const ids = [831];
export const modules = {

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubHost: () => (/* binding */ GitHubHost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _interface__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6160);
/* harmony import */ var _outputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7729);
/* harmony import */ var _commit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(509);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4021);
/* harmony import */ var _timing__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);
/* harmony import */ var _job_summary_file__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5580);
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5275);
/* harmony import */ var _redaction__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1470);
/* harmony import */ var _workflow_sink__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6060);
/**
 * The GitHub Actions host: inputs from `INPUT_*`, outputs to `$GITHUB_OUTPUT`, `::add-mask::`,
 * log groups per step, findings as annotations, a job summary.
 */










class GitHubHost {
    env;
    workflow;
    debugEnabled;
    /** Debug asked for by the tool's own variable: shown as plain lines, without the runner's step debug. */
    debugAsInfo;
    timer = new _timing__WEBPACK_IMPORTED_MODULE_5__/* .StepTimer */ .s();
    log = {
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(this.plain(message)),
        warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
        debug: (message) => {
            if (this.debugAsInfo)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(this.plain(`debug: ${message}`));
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
        },
        // The duration goes after the group, where it shows with the group folded.
        group: (title, step) => this.timer.time(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, step), (seconds) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(this.plain(`${title}: ${(0,_timing__WEBPACK_IMPORTED_MODULE_5__/* .formatSeconds */ .X)(seconds)}`))),
        // The runner masks line by line: a multi-line secret is masked whole and by each of its lines.
        mask: (secret) => {
            for (const part of (0,_redaction__WEBPACK_IMPORTED_MODULE_9__/* .maskedParts */ .E)(secret))
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(part);
        },
    };
    /**
     * @param env the environment the run reads: region defaults, the workflow's variables, the build's programs
     * @param workflow the workflow's part: annotations, no forged command, the job summary
     */
    constructor(env, workflow = (0,_workflow_sink__WEBPACK_IMPORTED_MODULE_8__/* .gitHubWorkflow */ .x)(env)) {
        this.env = env;
        this.workflow = workflow;
        this.debugAsInfo = env['ECS_BLUEGREEN_BUILD_DEBUG'] === '1';
        this.debugEnabled = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o() || this.debugAsInfo;
    }
    async read() {
        // core.getInput reads INPUT_<NAME> (upper case, hyphens kept); the runner sets every input
        // action.yml declares, with its default.
        const inputs = Object.fromEntries(_interface__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.map((spec) => [spec.name, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(spec.name)]));
        const command = (0,_interface__WEBPACK_IMPORTED_MODULE_1__/* .parseCommand */ .RM)(inputs['command']);
        return {
            kind: 'run',
            command,
            inputs,
            env: this.env,
            commit: command === 'build' ? await (0,_commit__WEBPACK_IMPORTED_MODULE_3__/* .readGitHubCommit */ .BB)(this.env) : {},
        };
    }
    /** The closing timing line, and the job summary: for every command, failures included. */
    async finish(report) {
        const summary = await (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .reportRun */ .G)(report, {
            json: false,
            debugEnabled: this.debugEnabled,
            info: (message) => this.log.info(message),
            debug: (message) => this.log.debug(message),
            findings: (findings) => {
                // Each finding's annotation command, as a line of the log (the runner acts on it where it reads it).
                for (const finding of findings) {
                    const annotation = this.workflow.annotation(finding);
                    if (annotation !== undefined)
                        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(annotation);
                }
            },
            print: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(this.plain(text.replace(/\n$/, ''))),
            outputs: async (outputs) => {
                for (const [name, value] of (0,_outputs__WEBPACK_IMPORTED_MODULE_2__/* .outputEntries */ .SK)(outputs))
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
            },
            failure: (message, fix) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${message}${fix ? `\n  fix: ${fix}` : ''}`),
            subject: (subject) => ('input' in subject ? `input '${subject.input}'` : subject.file),
        });
        if (summary.command === undefined)
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(this.plain(this.timer.closingLine(summary.command, summary.ok, summary.seconds)));
        const { summaryFile, workspace } = this.workflow;
        if (!summaryFile)
            return;
        await (0,_job_summary_file__WEBPACK_IMPORTED_MODULE_6__/* .writeJobSummary */ .j)(summaryFile, (0,_summary__WEBPACK_IMPORTED_MODULE_7__/* .summaryMarkdown */ .e)(summary, workspace), (message) => this.log.warning(message));
    }
    /** core.info writes the text as it is: user text in it (a path, a tag, a title) must not read as a command. */
    plain(text) {
        return this.workflow.plain(text);
    }
}


/***/ })

};
