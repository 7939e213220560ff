export const id = 715;
export const ids = [715];
export const modules = {

/***/ 8715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseExtraImages: () => (/* binding */ parseExtraImages)
/* harmony export */ });
/* unused harmony export MAX_EXTRA_IMAGES */
/* harmony import */ var _deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/* harmony import */ var _deploy_files_parse_yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9264);
/* harmony import */ var _deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4583);
/* harmony import */ var _deploy_files_render_files__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7835);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _images__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4525);
/* harmony import */ var _interface__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6160);
/* harmony import */ var _image_keys__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2848);
/* harmony import */ var _suggest__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2969);
/* harmony import */ var _lists__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5979);
/**
 * The `extra-images` input: a YAML list of the images a run builds (or takes) besides Image1, one entry per
 * placeholder the pipeline's CodeDeployToECS action fills from another artifact (Image2ContainerName …). Pure: the
 * caller reads an `@path` file and resolves the entries against the top-level inputs; this only reads the text and
 * refuses every mistake in it, naming the entry and the key.
 */











/** Image1 is the top-level inputs; CodeDeployToECS fills at most four images. */
const MAX_EXTRA_IMAGES = _deploy_files_render_files__WEBPACK_IMPORTED_MODULE_7__/* .MAX_IMAGES */ .mC - 1;
const INPUT = 'extra-images';
const KEYS = _image_keys__WEBPACK_IMPORTED_MODULE_6__/* .IMAGE_KEYS */ .jw.map((row) => row.key);
/** Names people reach for that edit distance does not find. */
const ALIASES = new Map(_image_keys__WEBPACK_IMPORTED_MODULE_6__/* .IMAGE_KEYS */ .jw.flatMap((row) => row.aliases.map((alias) => [alias, row.key])));
/**
 * The form of a placeholder name. CodeDeploy matches any `<NAME>` without spaces (placeholders.ts); the name also
 * becomes the suffix of the image's artifact directory, zip and S3 key, so it keeps to characters safe in all three
 * (and, starting with a letter or digit, never leaves an empty suffix once `_NAME` is dropped).
 */
const PLACEHOLDER_FORM = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
 * Reads the `extra-images` YAML: a list of at most three mappings. Empty text (or comments only) is no extra image.
 * Scalars read as YAML 1.2; a number or boolean is taken as written where text is meant anyway (a tag, a build
 * argument's value), and refused elsewhere (`target: 2`, `image: true` are mistakes, not names).
 * @param file the file the text was read from (the input was `@path`): messages then name it and the line
 * @throws UserError about the `extra-images` input, naming the entry and the key, for any mistake in the text
 */
function parseExtraImages(text, file) {
    if (text.trim() === '')
        return [];
    // Typed, so that TypeScript knows `fail` ends the function.
    const reader = new EntryReader(file);
    const outcome = (0,_deploy_files_parse_yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(text, { version: '1.2', allowEmpty: true });
    // A warning (an unknown !tag) is refused too: a value read otherwise than it was meant builds the wrong image.
    const [problem] = outcome.problems;
    if (problem !== undefined || outcome.value === undefined) {
        const at = problem?.position ?? { line: 1, column: 1 };
        reader.fail(at, `is not valid YAML: ${problem?.message ?? 'it cannot be read'}${file === undefined ? ` (line ${at.line}, column ${at.column})` : ''}`, problem?.fix ?? 'write a YAML list of images: - placeholder: IMAGE2_NAME');
    }
    const root = outcome.value;
    if (root.kind === 'null')
        return [];
    if (root.kind === 'object') {
        reader.fail(root.position, 'is one mapping, not a list of images', 'write it as a list of one: `- placeholder: …` (a dash before the first key, the other keys indented under it)');
    }
    if (root.kind !== 'array')
        reader.fail(root.position, `is ${(0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(root)}, not a YAML list of images`, rootFix(root));
    if (root.items.length > MAX_EXTRA_IMAGES) {
        reader.fail(root.items[MAX_EXTRA_IMAGES]?.position ?? root.position, `lists ${root.items.length} images; CodeDeployToECS fills at most four images: Image1 (the top-level inputs) and three here`, `keep at most ${MAX_EXTRA_IMAGES} entries; deploy the other containers' images with a pipeline of their own`);
    }
    const entries = root.items.map((item, index) => reader.entry(item, index + 1));
    checkDistinct(entries, root.items, reader);
    return entries;
}
function rootFix(root) {
    if (root.kind === 'string' && /^[^\s:]+\.ya?ml$/i.test(root.value)) {
        return `to read the list from a file, write @${root.value}`;
    }
    return 'write a YAML list of images, e.g. `- placeholder: IMAGE2_NAME` with `repository: team/sidecar` under it, or @path to a file holding one';
}
/** Two entries may not fill the same placeholder, nor write the same artifact directory. */
function checkDistinct(entries, items, reader) {
    entries.forEach((entry, index) => {
        const position = items[index]?.position ?? { line: 1, column: 1 };
        const earlier = entries.slice(0, index);
        const same = earlier.find((other) => other.placeholder === entry.placeholder);
        if (same !== undefined) {
            reader.fail(position, `${entry.label}: placeholder ${entry.placeholder} is also ${same.label}'s`, 'give each image its own placeholder (IMAGE2_NAME, IMAGE3_NAME …): one per container image the pipeline fills');
        }
        const slug = (0,_images__WEBPACK_IMPORTED_MODULE_4__/* .extraImageSlug */ .fv)(entry.placeholder);
        const clash = earlier.find((other) => (0,_images__WEBPACK_IMPORTED_MODULE_4__/* .extraImageSlug */ .fv)(other.placeholder) === slug);
        if (clash !== undefined) {
            reader.fail(position, `${entry.label}: placeholders ${clash.placeholder} (${clash.label}) and ${entry.placeholder} both name the artifact <output-dir>-${slug}`, 'give the images placeholders that differ by more than case or a trailing _NAME');
        }
    });
}
/** Reads entries, throwing the first mistake; knows the file for the messages. */
class EntryReader {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(position, message, fix) {
        const at = this.file === undefined ? '' : `${this.file}:${position.line}:${position.column}: `;
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${at}${message}`, { input: INPUT }, fix);
    }
    entry(node, number) {
        const example = `IMAGE${number + 1}_NAME`;
        if (node.kind !== 'object') {
            this.fail(node.position, `entry ${number} is ${node.kind === 'null' ? 'empty' : (0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(node)}, not a mapping`, `write its keys under the dash: \`- placeholder: ${example}\`, then \`repository: …\` (or \`image: …\`) indented under it`);
        }
        // Named by its placeholder as written, so that even a message about a malformed placeholder says which entry.
        const written = node.entries.find((entry) => entry.key === 'placeholder')?.value;
        const label = written?.kind === 'string' && written.value.trim() !== ''
            ? `entry ${number} (${written.value.trim()})`
            : `entry ${number}`;
        const given = this.keys(node, label);
        const placeholderEntry = given.get('placeholder');
        if (placeholderEntry === undefined) {
            this.fail(node.position, `${label}: placeholder is missing`, `add placeholder: ${example}, the name the pipeline's Image${number + 1}ContainerName holds (taskdef.json has "image": "<${example}>")`);
        }
        const placeholder = this.placeholder(placeholderEntry, label);
        const image = given.get('image');
        if (image !== undefined) {
            const conflicting = _image_keys__WEBPACK_IMPORTED_MODULE_6__/* .BUILT_KEYS */ .U7.filter((key) => given.has(key));
            if (conflicting.length > 0) {
                this.fail(image.keyPosition, `${label}: image cannot be combined with ${conflicting.join(', ')}: a prebuilt image is not built or pushed here`, `remove ${conflicting.join(', ')}, or remove image to build this image`);
            }
        }
        else if (!given.has('repository')) {
            this.fail(node.position, `${label}: needs repository (the ECR repository to build and push to) or image (a prebuilt image URI)`, 'add repository: team/sidecar (its name or ECR URI), or image: <registry>/<repository>@sha256:… for an image built elsewhere');
        }
        const values = {};
        for (const row of _image_keys__WEBPACK_IMPORTED_MODULE_6__/* .IMAGE_KEYS */ .jw) {
            const entry = given.get(row.key);
            if (row.key === 'placeholder' || entry === undefined)
                continue;
            values[(0,_image_keys__WEBPACK_IMPORTED_MODULE_6__/* .fieldOf */ ._F)(row.key)] =
                row.kind === 'pairs'
                    ? this.pairs(entry, label)
                    : row.kind === 'list'
                        ? this.list(entry, label)
                        : this.text(entry, label);
        }
        // Each field was read as its row's kind, which ImageValues maps to its type.
        return { placeholder, ...values, label };
    }
    /** The entry's keys by name; refuses unknown and repeated keys. */
    keys(node, label) {
        const given = new Map();
        for (const entry of node.entries) {
            const key = entry.key;
            if (!isKey(key)) {
                this.fail(entry.keyPosition, `${label}: ${unknownKeyMessage(key)}`, unknownKeyFix(key));
            }
            const first = given.get(key);
            if (first !== undefined) {
                this.fail(entry.keyPosition, `${label}: ${key} is given twice (lines ${first.keyPosition.line} and ${entry.keyPosition.line})`, `keep one ${key}`);
            }
            given.set(key, entry);
        }
        return given;
    }
    placeholder(entry, label) {
        const name = this.text(entry, label);
        const inner = /^<(.+)>$/.exec(name)?.[1];
        if (inner !== undefined) {
            this.fail(entry.value.position, `${label}: placeholder ${name} has angle brackets; the pipeline's Image<N>ContainerName holds the bare name`, `write placeholder: ${inner}; the brackets belong in taskdef.json only: "image": "<${inner}>"`);
        }
        if (name === _deploy_files_render_files__WEBPACK_IMPORTED_MODULE_7__/* .TASK_DEFINITION_PLACEHOLDER */ .Uo.slice(1, -1)) {
            this.fail(entry.value.position, `${label}: placeholder ${name} is the appspec's placeholder for the new task definition`, 'name the image placeholder after the image, e.g. IMAGE2_NAME');
        }
        if (!PLACEHOLDER_FORM.test(name)) {
            this.fail(entry.value.position, `${label}: placeholder ${(0,_deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(name)} is not a placeholder name: letters, digits, _, . and -, starting with a letter or digit ` +
                "(it also names the image's artifact directory and zip)", 'use a name such as IMAGE2_NAME or SIDECAR_IMAGE');
        }
        return name;
    }
    /** A key whose value is one piece of text. */
    text(entry, label) {
        const { key, value } = entry;
        if (value.kind !== 'string') {
            const quoted = value.kind === 'number' || value.kind === 'boolean'
                ? `; quote it if it is meant as text: ${key}: ${(0,_deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(value.raw)}`
                : '';
            this.fail(value.position, `${label}: ${key} is ${value.kind === 'null' ? 'given without a value' : (0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(value)}, not text`, quoted !== '' ? `write ${key} as text${quoted}` : `give ${key} one value, or remove it`);
        }
        const trimmed = value.value.trim();
        if (trimmed === '')
            this.fail(value.position, `${label}: ${key} is empty`, `give ${key} a value, or remove it`);
        return trimmed;
    }
    /** `build-args`: a mapping `{KEY: value}` or a list of `KEY=VALUE`. */
    pairs(entry, label) {
        const { value } = entry;
        const pairs = [];
        if (value.kind === 'object') {
            for (const item of value.entries) {
                const argument = scalarText(item.value);
                if (argument === undefined) {
                    this.fail(item.value.position, `${label}: build-args ${item.key} is ${item.value.kind === 'null' ? 'given without a value' : (0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(item.value)}`, `write ${item.key}: value (${item.key}: "" for an empty value)`);
                }
                pairs.push([item.key, argument, item.keyPosition]);
            }
        }
        else if (value.kind === 'array') {
            value.items.forEach((item, index) => {
                const line = item.kind === 'string' ? item.value : undefined;
                const pair = line === undefined ? undefined : (0,_lists__WEBPACK_IMPORTED_MODULE_8__/* .splitPair */ .T6)(line);
                if (line === undefined || pair === undefined) {
                    const shown = line !== undefined ? (0,_deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(line) : (0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(item);
                    const fix = item.kind === 'object'
                        ? 'write each item as KEY=VALUE, or make build-args a mapping (KEY: value, without dashes)'
                        : `write each item as KEY=VALUE${line !== undefined ? `, e.g. ${line.trim() || 'KEY'}=value` : ''}`;
                    this.fail(item.position, `${label}: build-args item ${index + 1} is ${shown}, not KEY=VALUE`, fix);
                }
                pairs.push([...pair, item.position]);
            });
        }
        else {
            this.fail(value.position, `${label}: build-args is ${value.kind === 'null' ? 'given without a value' : (0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(value)}`, 'write a mapping (KEY: value on lines indented under build-args) or a list of KEY=VALUE');
        }
        if (pairs.length === 0)
            this.fail(value.position, `${label}: build-args is empty`, 'give at least one build argument, or remove build-args');
        const seen = new Map();
        for (const [key, , position] of pairs) {
            if (key === '' || /[=\s]/.test(key)) {
                this.fail(position, `${label}: build-args has the name ${(0,_deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(key)}, which is no build argument name`, "name each argument as the Dockerfile's ARG does: a word without spaces or =");
            }
            const first = seen.get(key);
            if (first !== undefined) {
                this.fail(position, `${label}: build-args sets ${key} twice (lines ${first.line} and ${position.line})`, `keep one ${key}`);
            }
            seen.set(key, position);
        }
        return pairs.map(([key, argument]) => [key, argument]);
    }
    /** `tags`: a list, or one comma-separated string, of tag templates. */
    list(entry, label) {
        const { value } = entry;
        const braces = (node) => node.kind === 'object' && node.entries.length === 1 && node.entries[0]?.value.kind === 'null'
            ? `{${node.entries[0].key}}`
            : undefined;
        let tags;
        if (value.kind === 'array') {
            tags = value.items.map((item, index) => {
                const tag = scalarText(item)?.trim();
                if (tag === undefined) {
                    const template = braces(item);
                    this.fail(item.position, `${label}: tags item ${index + 1} is ${template !== undefined ? `${template} read as a YAML mapping` : (0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(item)}`, template !== undefined
                        ? `quote the template: - ${(0,_deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(template)}`
                        : 'write each tag as text, e.g. - "{short_sha}"');
                }
                if (tag === '')
                    this.fail(item.position, `${label}: tags item ${index + 1} is empty`, 'remove the empty item');
                return tag;
            });
        }
        else {
            const text = scalarText(value);
            if (text === undefined) {
                const template = braces(value);
                this.fail(value.position, `${label}: tags is ${template !== undefined ? `${template} read as a YAML mapping` : value.kind === 'null' ? 'given without a value' : (0,_deploy_files_positioned_value__WEBPACK_IMPORTED_MODULE_2__/* .describeValue */ .bp)(value)}`, template !== undefined
                    ? `quote the template: tags: ${(0,_deploy_files_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(template)}`
                    : 'write a list of tags, or one string of tags separated by commas');
            }
            tags = (0,_lists__WEBPACK_IMPORTED_MODULE_8__/* .splitList */ .ry)(text);
        }
        if (tags.length === 0) {
            this.fail(value.position, `${label}: tags is empty`, 'give at least one tag, or remove tags to take the top-level tags');
        }
        return tags;
    }
}
function isKey(key) {
    return KEYS.includes(key);
}
/** `buildArgs`, `build_args`, `Build-Args` → `build-args`. */
function kebab(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replaceAll('_', '-')
        .toLowerCase();
}
/** The entry key a misspelt one most likely means. */
function intendedKey(key) {
    const normal = kebab(key);
    if (isKey(normal))
        return normal;
    return ALIASES.get(normal) ?? (0,_suggest__WEBPACK_IMPORTED_MODULE_9__/* .closestMatch */ .h)(normal, KEYS);
}
/** A top-level input that applies to every image, given inside an entry. */
function sharedInput(key) {
    const normal = kebab(key);
    return _interface__WEBPACK_IMPORTED_MODULE_5__/* .INPUTS */ .mc.some((spec) => spec.name === normal) && !isKey(normal) ? normal : undefined;
}
function unknownKeyMessage(key) {
    const shared = sharedInput(key);
    if (shared !== undefined)
        return `${key} is not a key of an extra image: ${shared} is set once, at the top level, for every image`;
    const intended = intendedKey(key);
    return `unknown key ${key}${intended !== undefined ? `; did you mean ${intended}?` : ''}`;
}
function unknownKeyFix(key) {
    const shared = sharedInput(key);
    if (shared !== undefined)
        return `remove it here and set the input ${shared}, which Image1 and the extra images share`;
    const intended = intendedKey(key);
    return intended !== undefined ? `write ${intended}` : `use only the keys ${KEYS.join(', ')}`;
}
/** A scalar as text: strings as they are, numbers and booleans as written (`1.10` stays `1.10`). */
function scalarText(node) {
    switch (node.kind) {
        case 'string':
            return node.value;
        case 'number':
        case 'boolean':
            return node.raw;
        default:
            return undefined;
    }
}


/***/ }),

/***/ 9264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * YAML into the positioned value shape, with the `yaml` package's syntax errors turned into problems at their
 * position. YAML 1.1 by default, because CodeDeploy's appspec examples are read that way (`version: 0.0` is a number,
 * `yes` a boolean).
 */

/** Parses one YAML document; syntax errors, a second document or an empty file are problems, not exceptions. */
function parseYaml(text, { version = '1.1', allowEmpty = false } = {}) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // uniqueKeys off: duplicate keys are reported by the rules, with the position of both occurrences.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, version, uniqueKeys: false });
    const toPosition = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const problems = [];
    // One syntax error usually sets off several more after it; the first is the one to fix.
    const [firstError] = document.errors;
    if (firstError !== undefined) {
        problems.push({
            severity: 'error',
            position: toPosition(firstError.pos[0]),
            message: syntaxMessage(firstError.message),
            fix: syntaxFix(firstError.code),
        });
    }
    for (const warning of document.warnings) {
        problems.push({
            severity: 'warning',
            position: toPosition(warning.pos[0]),
            message: syntaxMessage(warning.message),
            fix: 'rewrite this part in plain YAML (mappings, lists and scalars)',
        });
    }
    if (problems.some((problem) => problem.severity === 'error'))
        return { problems };
    if (document.contents === null) {
        if (allowEmpty)
            return { value: { kind: 'null', position: { line: 1, column: 1 }, raw: '' }, problems };
        return {
            problems: [
                ...problems,
                { severity: 'error', position: { line: 1, column: 1 }, message: 'the file is empty', fix: 'write the appspec' },
            ],
        };
    }
    const converter = new YamlConverter(document, text, toPosition, problems);
    let value;
    try {
        value = converter.convert(document.contents, new Set(), { line: 1, column: 1 });
    }
    catch (error) {
        if (!(error instanceof AliasBudgetSpent))
            throw error;
        problems.push({
            severity: 'error',
            position: error.position,
            message: `the aliases expand the file to more than ${error.budget.toLocaleString('en-US')} values ` +
                `(an alias of an alias of …, in ${text.length.toLocaleString('en-US')} characters); *${error.alias} here is where it stopped`,
            fix: 'write the values out, or use aliases only for small, shared parts',
        });
        return { problems };
    }
    return problems.some((problem) => problem.severity === 'error') ? { problems } : { value, problems };
}
/**
 * How many values a text of `length` characters may expand to. Without aliases a text holds fewer
 * values than characters; each alias copies what its anchor holds, so aliases of aliases grow a
 * 600-byte file to billions (an "alias bomb" that ran 127 s and out of memory). Ten times the
 * text, and never less than 10,000, leaves room for any sane reuse of anchors.
 */
function valueBudget(length) {
    return Math.max(10_000, length * 10);
}
/** Thrown when the conversion of aliases produced more values than the budget. */
class AliasBudgetSpent extends Error {
    budget;
    alias;
    position;
    constructor(budget, alias, position) {
        super('alias budget spent');
        this.budget = budget;
        this.alias = alias;
        this.position = position;
    }
}
/** The `yaml` package's first message line, without its " at line L, column C:" (the position is reported apart). */
function syntaxMessage(message) {
    const firstLine = message.split('\n')[0] ?? message;
    return firstLine.replace(/ at line \d+, column \d+:?$/, '');
}
function syntaxFix(code) {
    switch (code) {
        case 'TAB_AS_INDENT':
            return 'indent with spaces; YAML does not allow tabs for indentation';
        case 'MULTIPLE_DOCS':
            return 'keep one document in the file: remove the --- separator and what follows it';
        case 'BAD_INDENT':
        case 'MISSING_CHAR':
            return 'check the indentation and the closing quotes and brackets on this line and the one above';
        default:
            return 'fix the YAML syntax at this place (indentation, a missing colon or quote is the usual cause)';
    }
}
class YamlConverter {
    document;
    text;
    toPosition;
    problems;
    /** Values left to produce (see `valueBudget`). */
    #remaining;
    constructor(document, text, toPosition, problems) {
        this.document = document;
        this.text = text;
        this.toPosition = toPosition;
        this.problems = problems;
        this.#remaining = valueBudget(text.length);
    }
    /** The outermost alias being expanded, for the finding when the budget runs out. */
    #alias;
    /**
     * @param resolving aliases being expanded on the current path, to stop at one that contains itself
     * @param fallback where an absent value (`key:` with nothing after it) is reported
     */
    convert(node, resolving, fallback) {
        const position = isNodeWithRange(node) ? this.toPosition(node.range[0]) : fallback;
        if (--this.#remaining < 0 && this.#alias !== undefined) {
            throw new AliasBudgetSpent(valueBudget(this.text.length), this.#alias.name, this.#alias.position);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = node.resolve(this.document);
            if (target === undefined || resolving.has(target)) {
                this.problems.push({
                    severity: 'error',
                    position,
                    message: `the alias *${node.source} refers to ${target === undefined ? 'no anchor before it' : 'itself'}`,
                    fix: `define &${node.source} before using it, or write the value out`,
                });
                return { kind: 'null', position, raw: '' };
            }
            const outer = this.#alias;
            this.#alias ??= { name: node.source, position };
            try {
                return this.convert(target, new Set([...resolving, target]), position);
            }
            finally {
                this.#alias = outer;
            }
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const entries = [];
            for (const pair of node.items) {
                const keyPosition = isNodeWithRange(pair.key) ? this.toPosition(pair.key.range[0]) : position;
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : undefined;
                if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
                    this.problems.push({
                        severity: 'error',
                        position: keyPosition,
                        message: 'a mapping key here is not a plain value',
                        fix: 'use plain words as keys',
                    });
                    continue;
                }
                entries.push({ key: String(key), keyPosition, value: this.convert(pair.value, resolving, keyPosition) });
            }
            return { kind: 'object', position, entries };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            return { kind: 'array', position, items: node.items.map((item) => this.convert(item, resolving, position)) };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const raw = node.range ? this.text.slice(node.range[0], node.range[1]) : String(node.value);
            const { value } = node;
            if (typeof value === 'string')
                return { kind: 'string', position, value, raw };
            if (typeof value === 'number')
                return { kind: 'number', position, value, raw };
            if (typeof value === 'boolean')
                return { kind: 'boolean', position, value, raw };
            if (value === null || value === undefined)
                return { kind: 'null', position, raw };
            // Timestamps and other YAML 1.1 types: keep what was written.
            return { kind: 'string', position, value: raw, raw };
        }
        // `key:` with nothing after it.
        return { kind: 'null', position, raw: '' };
    }
}
function isNodeWithRange(node) {
    return ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) && node.range != null;
}


/***/ }),

/***/ 4583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ memberOf),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   cm: () => (/* binding */ childPath),
/* harmony export */   dq: () => (/* binding */ toPlainValue),
/* harmony export */   ln: () => (/* binding */ findDuplicateKeys),
/* harmony export */   me: () => (/* binding */ pathLabel),
/* harmony export */   pd: () => (/* binding */ stringMemberOf),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5327);
/**
 * A parsed JSON or YAML value that remembers where each part of it was written, so that findings can point at it.
 * JSON and YAML files both parse into this one shape; the rules never see which syntax a file used.
 */

/** Turns byte offsets into 1-based lines and columns. */
class LineIndex {
    #lineStarts = [0];
    constructor(text) {
        for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) {
            this.#lineStarts.push(offset + 1);
        }
    }
    /** The 1-based line and column of a 0-based offset. */
    position(offset) {
        let low = 0;
        let high = this.#lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.#lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
    }
}
/** The value of `key` in an object; with duplicate keys the last one, as JSON parsers read it. */
function entryOf(object, key) {
    for (let index = object.entries.length - 1; index >= 0; index--) {
        const entry = object.entries[index];
        if (entry?.key === key)
            return entry;
    }
    return undefined;
}
/** The value of `key` if the node is an object that has it. */
function memberOf(node, key) {
    return node?.kind === 'object' ? entryOf(node, key)?.value : undefined;
}
/** The string at `key` of an object node, if there is one. */
function stringMemberOf(node, key) {
    const value = memberOf(node, key);
    return value?.kind === 'string' ? value.value : undefined;
}
/** The value as plain data, as `JSON.parse` would give it (last duplicate key wins). */
function toPlainValue(node) {
    switch (node.kind) {
        case 'object': {
            const object = {};
            for (const { key, value } of node.entries) {
                // defineProperty, not assignment: a key "__proto__" must stay a key.
                Object.defineProperty(object, key, {
                    value: toPlainValue(value),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return object;
        }
        case 'array':
            return node.items.map(toPlainValue);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** "a string", "a number", … for messages about a wrong type. */
function kindName(node) {
    switch (node.kind) {
        case 'object':
            return 'an object';
        case 'array':
            return 'a list';
        case 'null':
            return 'null';
        default:
            return `a ${node.kind}`;
    }
}
/** A short description of a value for messages: `the string "80"`, `the number 256`, `a list`. */
function describeValue(node) {
    switch (node.kind) {
        case 'string':
            return `the string ${(0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(node.value)}`;
        case 'number':
        case 'boolean':
            return `the ${node.kind} ${node.raw}`;
        default:
            return kindName(node);
    }
}
/** Appends a key or an index to a path, the way a reader would write it: `containerDefinitions[0].image`. */
function childPath(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    const plainKey = /^[A-Za-z_$][\w$]*$/.test(key) ? key : (0,_findings__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .A0)(key);
    if (path === '')
        return plainKey;
    return plainKey === key ? `${path}.${key}` : `${path}[${plainKey}]`;
}
/** Where a value sits, for messages: the path, or "the top level" for the root. */
function pathLabel(path) {
    return path === '' ? 'the top level' : path;
}
/** Every later occurrence of a key already present in the same object, with the position of the first. */
function findDuplicateKeys(node) {
    const duplicates = [];
    const visit = (value) => {
        if (value.kind === 'array')
            value.items.forEach(visit);
        if (value.kind !== 'object')
            return;
        const seen = new Map();
        for (const entry of value.entries) {
            const first = seen.get(entry.key);
            if (first === undefined)
                seen.set(entry.key, entry.keyPosition);
            else
                duplicates.push({ key: entry.key, position: entry.keyPosition, first });
            visit(entry.value);
        }
    };
    visit(node);
    return duplicates;
}


/***/ })

};
