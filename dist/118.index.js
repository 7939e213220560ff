export const id = 118;
export const ids = [118];
export const modules = {

/***/ 3118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubHost: () => (/* binding */ GitHubHost)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/config.ts + 1 modules
var config = __webpack_require__(9010);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(1243);
// EXTERNAL MODULE: ./src/outputs.ts
var src_outputs = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/command.ts
var command = __webpack_require__(1274);
// EXTERNAL MODULE: ./src/hosts/timing.ts
var timing = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/hosts/workflow-commands.ts
var workflow_commands = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/hosts/summary.ts



const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com\/([^@:]+)@(sha256:[0-9a-f]{64})$/;
/** The image's page in the ECR console, for an image URI in an ECR registry of the commercial partition. */
function ecrConsoleUrl(imageUri) {
    const match = ECR_IMAGE.exec(imageUri);
    if (match === null)
        return undefined;
    const [, account, region, repository, digest] = match;
    return `https://${region}.console.aws.amazon.com/ecr/repositories/private/${account}/${repository}/_/image/${digest}/details?region=${region}`;
}
/** The summary of one run; `findings` are those the run reported. */
function summaryMarkdown(report, workspace) {
    const local = (text) => (workspace ? text.split(`${workspace.replace(/\/+$/, '')}/`).join('').split(workspace).join('.') : text);
    const ok = report.exitCode === 0;
    const lines = [`### ecs-bluegreen-build ${report.command ?? ''}: ${ok ? 'done' : 'failed'}`, ''];
    if (report.failure !== undefined) {
        lines.push(`**What failed:** ${cell(local(report.failure.message))}`, '');
        if (report.failure.fix)
            lines.push(`**Fix:** ${cell(local(report.failure.fix))}`, '');
    }
    if (report.outputs !== undefined) {
        lines.push('| output | value |', '| --- | --- |');
        for (const [name, value] of (0,src_outputs/* outputEntries */.SK)(report.outputs)) {
            if (value === '')
                continue;
            const shown = name === 'artifact-dir' || name === 'artifact-zip' ? (0,workflow_commands/* workspacePath */.X)(value, workspace) : value;
            lines.push(`| \`${name}\` | \`${cell(shown)}\` |`);
        }
        lines.push('');
        const console = report.outputs['image-uri'] && ecrConsoleUrl(report.outputs['image-uri']);
        if (console)
            lines.push(`[The image in the ECR console](${console})`, '');
        if (report.files?.length)
            lines.push(`Artifact files: ${report.files.map((file) => `\`${file}\``).join(', ')}`, '');
    }
    if (report.findings.length > 0) {
        lines.push('| file | line | severity | rule | finding | fix |', '| --- | --- | --- | --- | --- | --- |');
        for (const finding of report.findings) {
            lines.push(`| \`${cell((0,workflow_commands/* workspacePath */.X)(finding.file, workspace))}\` | ${finding.line} | ${finding.severity} | \`${finding.rule}\` | ${cell(local(finding.message))} | ${cell(local(finding.fix))} |`);
        }
        lines.push('');
    }
    lines.push(`Took ${(0,timing/* formatSeconds */.X)(report.seconds)}.`, '');
    return lines.join('\n');
}
/** Text that stays inside one Markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./src/hosts/github.ts
/**
 * The GitHub Actions host: inputs from `INPUT_*`, outputs to `$GITHUB_OUTPUT`, `::add-mask::`,
 * log groups per step, findings as annotations, a job summary.
 */








class GitHubHost {
    env;
    name = 'github';
    debugEnabled;
    json = false;
    /** Debug asked for by the tool's own variable: shown as plain lines, without the runner's step debug. */
    debugAsInfo;
    timer = new timing/* StepTimer */.s();
    /** Every finding reported, for the job summary. */
    reported = [];
    constructor(env) {
        this.env = env;
        this.debugAsInfo = env['ECS_BLUEGREEN_BUILD_DEBUG'] === '1';
        this.debugEnabled = core/* isDebug */._o() || this.debugAsInfo;
    }
    invocation() {
        // core.getInput reads INPUT_<NAME> (upper case, hyphens kept); the runner sets every input
        // action.yml declares, with its default.
        const inputs = Object.fromEntries(config/* INPUTS */.mc.map((spec) => [spec.name, core/* getInput */.V4(spec.name)]));
        return { kind: 'run', command: (0,config/* parseCommand */.RM)(inputs['command']), inputs };
    }
    async source() {
        const env = this.env;
        // A pull request builds GITHUB_SHA (the merge commit) of GITHUB_HEAD_REF (its branch).
        const branch = env['GITHUB_HEAD_REF'] || (env['GITHUB_REF_TYPE'] === 'branch' ? env['GITHUB_REF_NAME'] : undefined);
        const url = env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY'] ? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}` : undefined;
        const ci = {
            ...(env['GITHUB_SHA'] && { sha: env['GITHUB_SHA'] }),
            ...(env['GITHUB_RUN_NUMBER'] && { buildNumber: env['GITHUB_RUN_NUMBER'] }),
            ...(branch && { branch }),
            ...(url && { url }),
        };
        return (0,git/* withGitFallback */.NS)(ci, await (0,git/* readGitSource */.O7)(command/* runCommand */.w, env['GITHUB_WORKSPACE'] ?? '.'));
    }
    info(message) {
        core/* info */.pq(message);
    }
    warning(message) {
        core/* warning */.$e(message);
    }
    debug(message) {
        if (this.debugAsInfo)
            core/* info */.pq(`debug: ${message}`);
        else
            core/* debug */.Yz(message);
    }
    group(title, step, kind = 'own') {
        // The duration goes after the group, where it shows with the group folded.
        return this.timer.time(kind, () => core/* group */.Os(title, step), (seconds) => core/* info */.pq(`${title}: ${(0,timing/* formatSeconds */.X)(seconds)}`));
    }
    mask(secret) {
        core/* setSecret */.Pq(secret);
    }
    findings(findings) {
        this.reported.push(...findings);
        for (const finding of findings) {
            const annotate = finding.severity === 'error' ? core/* error */.z3 : core/* warning */.$e;
            annotate(`${finding.message}\n${finding.fix}`, {
                title: finding.rule,
                // The runner resolves annotation paths against the workspace, not the step's directory.
                file: (0,workflow_commands/* workspacePath */.X)(finding.file, this.env['GITHUB_WORKSPACE']),
                startLine: finding.line,
                startColumn: finding.column,
            });
        }
    }
    async outputs(outputs) {
        for (const [name, value] of (0,src_outputs/* outputEntries */.SK)(outputs))
            core/* setOutput */.uH(name, value);
    }
    print(text) {
        core/* info */.pq(text.replace(/\n$/, ''));
    }
    failure(message, fix) {
        core/* error */.z3(`${message}${fix ? `\n  fix: ${fix}` : ''}`);
    }
    /** The closing timing line, and the job summary: for every command, failures included. */
    async finish(report) {
        if (report.command === undefined)
            return;
        core/* info */.pq(this.timer.closingLine(report.command, report.exitCode === 0, report.seconds));
        if (!this.env['GITHUB_STEP_SUMMARY'])
            return;
        await core/* summary */.z.addRaw(summaryMarkdown({ ...report, findings: this.reported }, this.env['GITHUB_WORKSPACE'])).write();
    }
    subject(subject) {
        return 'input' in subject ? `input '${subject.input}'` : subject.file;
    }
}


/***/ })

};
