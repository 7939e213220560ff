export const id = 874;
export const ids = [874];
export const modules = {

/***/ 4874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPLAINED_RULES: () => (/* binding */ EXPLAINED_RULES),
  explainRule: () => (/* binding */ explainRule)
});

// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/deploy-files/check.ts + 12 modules
var check = __webpack_require__(9984);
// EXTERNAL MODULE: ./src/deploy-files/findings.ts
var deploy_files_findings = __webpack_require__(5327);
// EXTERNAL MODULE: ./src/deploy-files/rule-docs.ts
var rule_docs = __webpack_require__(6747);
// EXTERNAL MODULE: ./src/deploy-files/rule-table.ts
var rule_table = __webpack_require__(7318);
// EXTERNAL MODULE: ./src/deploy-files/task-definition.ts
var task_definition = __webpack_require__(5812);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-references.ts
var taskdef_references = __webpack_require__(7396);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-fields.ts
var taskdef_fields = __webpack_require__(1167);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-logging.ts
var taskdef_logging = __webpack_require__(2593);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-platform.ts
var taskdef_platform = __webpack_require__(9745);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-volumes.ts
var taskdef_volumes = __webpack_require__(4039);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-limits.ts
var taskdef_limits = __webpack_require__(9746);
// EXTERNAL MODULE: ./src/deploy-files/taskdef-size.ts
var taskdef_size = __webpack_require__(2303);
;// CONCATENATED MODULE: ./src/deploy-files/taskdef-rules.ts
/**
 * Every task definition rule's own description (see rule-docs.ts), gathered from the rule families in the order the
 * README lists them.
 */









/** The task definition rules, field by field. */
const TASKDEF_RULES = [
    ...check/* PARSE_RULES */.e,
    ...task_definition/* TASK_DEFINITION_RULES */.qA,
    ...taskdef_size/* SIZE_RULES */.Yp,
    ...taskdef_limits/* LIMIT_RULES */.E,
    ...taskdef_fields/* FIELD_RULES */.J,
    ...taskdef_references/* REFERENCE_RULES */.O,
    ...taskdef_platform/* PLATFORM_RULES */.q,
    ...taskdef_logging/* LOGGING_RULES */.m,
    ...taskdef_volumes/* VOLUME_RULES */.h,
];
/** The rows of one rule id (empty for an id with none). */
function rulesWithId(id) {
    return TASKDEF_RULES.filter((doc) => doc.id === id);
}

;// CONCATENATED MODULE: ./src/deploy-files/explain.ts
/**
 * `validate --explain RULE`: a task definition rule in words — each field it guards, the rule and its source — and a
 * file it refuses, with the finding that file gets. Made from the rules' own descriptions, and the example is checked
 * here and now, so what is printed is what `validate` does.
 */






/** Every rule id `--explain` knows, in README order. */
const EXPLAINED_RULES = [...new Set(TASKDEF_RULES.map((doc) => doc.id))];
/**
 * Explains a rule id (`taskdef/health-check`, or `health-check` for short).
 * @returns the text to print, or `unknown` with the closest id for a did-you-mean
 */
function explainRule(id) {
    const wanted = id.trim();
    const fullId = wanted.includes('/') ? wanted : `taskdef/${wanted}`;
    const docs = rulesWithId(fullId);
    const [first] = docs;
    if (first === undefined) {
        const suggestion = (0,suggest/* closestMatch */.h)(fullId, EXPLAINED_RULES) ?? (0,suggest/* closestMatch */.h)(wanted, EXPLAINED_RULES);
        return { kind: 'unknown', id: wanted, ...(suggestion !== undefined && { suggestion }) };
    }
    const fields = docs.flatMap((doc) => [
        `  ${doc.dataType}.${doc.field}: ${doc.rule}${(0,rule_table/* warned */.k9)(doc) ? ' (a warning)' : ''}`,
        `    source: ${doc.source}`,
    ]);
    const path = 'taskdef.json';
    const text = (0,rule_docs/* exampleText */.kQ)(first.refuses);
    const { findings } = (0,check/* checkDeployFiles */.X)({ taskdef: { path, text }, imagePlaceholder: 'IMAGE1_NAME' });
    const found = findings.filter((finding) => finding.rule === fullId).map(deploy_files_findings/* formatFinding */.tf);
    return {
        kind: 'rule',
        id: fullId,
        text: [
            fullId,
            '',
            ...fields,
            '',
            `A file it refuses (${path}):`,
            '',
            ...text
                .trimEnd()
                .split('\n')
                .map((line) => `  ${clipLine(line)}`),
            '',
            `validate says:`,
            '',
            ...found.flatMap((finding) => finding.split('\n').map((line) => `  ${line}`)),
            '',
        ].join('\n'),
    };
}
/** The longest example line shown whole: the size rule's example has one of 64 KiB. */
const MAX_LINE = 160;
function clipLine(line) {
    if (line.length <= MAX_LINE)
        return line;
    return `${line.slice(0, MAX_LINE - 40)}… (${line.length - (MAX_LINE - 40)} more characters)`;
}


/***/ }),

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k9: () => (/* binding */ warned)
/* harmony export */ });
/* unused harmony exports RULE_TABLE_START, RULE_TABLE_END, ruleTableMarkdown, withRuleTables, tableCell */
/** The marker lines around the generated section. */
const RULE_TABLE_START = '<!-- taskdef-rules:start — generated from src/deploy-files by `npm run readme:rules`; edit the rules, not this -->';
const RULE_TABLE_END = '<!-- taskdef-rules:end -->';
/** The data types in the order of the ECS API reference's task definition; others follow alphabetically. */
const TYPE_ORDER = (/* unused pure expression or super */ null && ([
    'RegisterTaskDefinition',
    'ContainerDefinition',
    'HealthCheck',
    'PortMapping',
    'ContainerRestartPolicy',
    'RuntimePlatform',
    'LogConfiguration',
    'FirelensConfiguration',
    'LinuxParameters',
    'Ulimit',
    'EphemeralStorage',
    'Volume',
    'HostVolumeProperties',
    'EFSVolumeConfiguration',
    'ProxyConfiguration',
    'ResourceRequirement',
    'SystemControl',
    'TaskDefinitionPlacementConstraint',
]));
/** The tables, one per data type, as Markdown (without the markers). */
function ruleTableMarkdown(docs) {
    const types = [...new Set(docs.map((doc) => doc.dataType))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return types
        .map((type) => {
        const rows = docs
            .filter((doc) => doc.dataType === type)
            .map((doc) => `| ${tableCell(doc.field)} | ${tableCell(doc.rule)}${warned(doc) ? ' (warning)' : ''} | \`${doc.id}\` | ${tableCell(doc.source)} |`);
        return [`**${type}**`, '', '| field | rule | id | source |', '| --- | --- | --- | --- |', ...rows].join('\n');
    })
        .join('\n\n');
}
/**
 * The README with a generated section replaced by `tables`: the task definition rules' unless `markers` names
 * another's (the live rules', src/live/rule-docs.ts).
 * @throws Error when the markers are missing or out of order
 */
function withRuleTables(readme, tables, [startMarker, endMarker] = [RULE_TABLE_START, RULE_TABLE_END]) {
    const start = readme.indexOf(startMarker);
    const end = readme.indexOf(endMarker);
    if (start === -1 || end < start) {
        throw new Error(`README.md lacks the lines ${startMarker} and ${endMarker}, in that order`);
    }
    return `${readme.slice(0, start + startMarker.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}
/** Whether a row needs "(warning)" after its rule: a warning whose text does not say so already. */
function warned(doc) {
    return doc.severity === 'warning' && !doc.rule.includes('warning');
}
function rank(type) {
    const index = TYPE_ORDER.indexOf(type);
    return index === -1 ? TYPE_ORDER.length : index;
}
/** A table cell: pipes, angle brackets and asterisks escaped, so Markdown shows the text as written. */
function tableCell(text) {
    return text
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\*/g, '\\*')
        .replace(/\n/g, ' ');
}


/***/ })

};
