export const id = 831;
export const ids = [831];
export const modules = {

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubHost: () => (/* binding */ GitHubHost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _interface__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6160);
/* harmony import */ var _outputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7729);
/* harmony import */ var _commit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(509);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4021);
/* harmony import */ var _timing__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/* harmony import */ var _job_summary_file__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5580);
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5275);
/* harmony import */ var _redaction__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1470);
/* harmony import */ var _workflow_commands__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3189);
/**
 * The GitHub Actions host: inputs from `INPUT_*`, outputs to `$GITHUB_OUTPUT`, `::add-mask::`,
 * log groups per step, findings as annotations, a job summary.
 */











/**
 * core.info writes the text as it is: every line of ours goes through here, so that user text in
 * it (a path, a tag, a title holding one) never reads as a command.
 */
function plain(text) {
    return (0,_workflow_commands__WEBPACK_IMPORTED_MODULE_9__/* .neutralizeCommands */ .Kw)(text, 'text', (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex'));
}
class GitHubHost {
    env;
    debugEnabled;
    /** Debug asked for by the tool's own variable: shown as plain lines, without the runner's step debug. */
    debugAsInfo;
    timer = new _timing__WEBPACK_IMPORTED_MODULE_6__/* .StepTimer */ .s();
    log = {
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(plain(message)),
        warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
        debug: (message) => {
            if (this.debugAsInfo)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(plain(`debug: ${message}`));
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
        },
        // The duration goes after the group, where it shows with the group folded.
        group: (title, step) => this.timer.time(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, step), (seconds) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(plain(`${title}: ${(0,_timing__WEBPACK_IMPORTED_MODULE_6__/* .formatSeconds */ .X)(seconds)}`))),
        // The runner masks line by line: a multi-line secret is masked whole and by each of its lines.
        mask: (secret) => {
            for (const part of (0,_redaction__WEBPACK_IMPORTED_MODULE_10__/* .maskedParts */ .E)(secret))
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(part);
        },
    };
    /** @param env the environment the run reads: region defaults, the workflow's variables, the build's programs */
    constructor(env) {
        this.env = env;
        this.debugAsInfo = env['ECS_BLUEGREEN_BUILD_DEBUG'] === '1';
        this.debugEnabled = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o() || this.debugAsInfo;
    }
    async read() {
        // core.getInput reads INPUT_<NAME> (upper case, hyphens kept); the runner sets every input
        // action.yml declares, with its default.
        const inputs = Object.fromEntries(_interface__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.map((spec) => [spec.name, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(spec.name)]));
        const command = (0,_interface__WEBPACK_IMPORTED_MODULE_2__/* .parseCommand */ .RM)(inputs['command']);
        return {
            kind: 'run',
            command,
            inputs,
            env: this.env,
            source: command === 'build' ? await (0,_commit__WEBPACK_IMPORTED_MODULE_4__/* .readGitHubCommit */ .BB)(this.env) : {},
        };
    }
    /** The closing timing line, and the job summary: for every command, failures included. */
    async finish(report) {
        const summary = await (0,_report__WEBPACK_IMPORTED_MODULE_5__/* .reportRun */ .G)(report, {
            json: false,
            debugEnabled: this.debugEnabled,
            info: (message) => this.log.info(message),
            debug: (message) => this.log.debug(message),
            findings: (findings) => {
                for (const finding of findings) {
                    const annotate = finding.severity === 'error' ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3 : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e;
                    annotate(`${finding.message}\n${finding.fix}`, {
                        title: finding.rule,
                        // The runner resolves annotation paths against the workspace, not the step's directory. A finding at
                        // line 0 is about no file (the account of --live): it is annotated on the run.
                        ...(finding.line > 0 && {
                            file: (0,_workflow_commands__WEBPACK_IMPORTED_MODULE_9__/* .workspacePath */ .X5)(finding.file, this.env['GITHUB_WORKSPACE']),
                            startLine: finding.line,
                            startColumn: finding.column,
                        }),
                    });
                }
            },
            print: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(plain(text.replace(/\n$/, ''))),
            outputs: async (outputs) => {
                for (const [name, value] of (0,_outputs__WEBPACK_IMPORTED_MODULE_3__/* .outputEntries */ .SK)(outputs))
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
            },
            failure: (message, fix) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${message}${fix ? `\n  fix: ${fix}` : ''}`),
            subject: (subject) => ('input' in subject ? `input '${subject.input}'` : subject.file),
        });
        if (summary.command === undefined)
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(plain(this.timer.closingLine(summary.command, summary.ok, summary.seconds)));
        const summaryFile = this.env['GITHUB_STEP_SUMMARY'];
        if (!summaryFile)
            return;
        await (0,_job_summary_file__WEBPACK_IMPORTED_MODULE_7__/* .writeJobSummary */ .j)(summaryFile, (0,_summary__WEBPACK_IMPORTED_MODULE_8__/* .summaryMarkdown */ .e)(summary, this.env['GITHUB_WORKSPACE']), (message) => this.log.warning(message));
    }
}


/***/ })

};
