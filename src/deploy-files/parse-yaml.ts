/**
 * YAML into the positioned value shape, with the `yaml` package's syntax errors turned into problems at their
 * position. YAML 1.1 by default, because CodeDeploy's appspec examples are read that way (`version: 0.0` is a number,
 * `yes` a boolean).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Position } from './findings';
import type { ParseOutcome, ParseProblem, PositionedEntry, PositionedValue } from './positioned-value';

/** How to read a YAML text; the defaults are the appspec's. */
export interface YamlOptions {
  /** `1.1` reads `yes` as a boolean and `0.0` as a number, as CodeDeploy does with an appspec. */
  readonly version?: '1.1' | '1.2';
  /** An empty document (nothing, or comments only) is the null value rather than a problem. */
  readonly allowEmpty?: boolean;
}

/** Parses one YAML document; syntax errors, a second document or an empty file are problems, not exceptions. */
export function parseYaml(text: string, { version = '1.1', allowEmpty = false }: YamlOptions = {}): ParseOutcome {
  const lineCounter = new LineCounter();
  // uniqueKeys off: duplicate keys are reported by the rules, with the position of both occurrences.
  const document = parseDocument(text, { lineCounter, version, uniqueKeys: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: ParseProblem[] = [];
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
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  if (document.contents === null) {
    if (allowEmpty) return { value: { kind: 'null', position: { line: 1, column: 1 }, raw: '' }, problems };
    return {
      problems: [
        ...problems,
        { severity: 'error', position: { line: 1, column: 1 }, message: 'the file is empty', fix: 'write the appspec' },
      ],
    };
  }
  const converter = new YamlConverter(document, text, toPosition, problems);
  let value: PositionedValue;
  try {
    value = converter.convert(document.contents, new Set(), { line: 1, column: 1 });
  } catch (error) {
    if (!(error instanceof AliasBudgetSpent)) throw error;
    problems.push({
      severity: 'error',
      position: error.position,
      message:
        `the aliases expand the file to more than ${error.budget.toLocaleString('en-US')} values ` +
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
function valueBudget(length: number): number {
  return Math.max(10_000, length * 10);
}

/** Thrown when the conversion of aliases produced more values than the budget. */
class AliasBudgetSpent extends Error {
  constructor(
    readonly budget: number,
    readonly alias: string,
    readonly position: Position,
  ) {
    super('alias budget spent');
  }
}

/** The `yaml` package's first message line, without its " at line L, column C:" (the position is reported apart). */
function syntaxMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '');
}

function syntaxFix(code: string): string {
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
  /** Values left to produce (see `valueBudget`). */
  #remaining: number;

  constructor(
    private readonly document: Document,
    private readonly text: string,
    private readonly toPosition: (offset: number) => Position,
    private readonly problems: ParseProblem[],
  ) {
    this.#remaining = valueBudget(text.length);
  }

  /** The outermost alias being expanded, for the finding when the budget runs out. */
  #alias: { readonly name: string; readonly position: Position } | undefined;

  /**
   * @param resolving aliases being expanded on the current path, to stop at one that contains itself
   * @param fallback where an absent value (`key:` with nothing after it) is reported
   */
  convert(node: unknown, resolving: ReadonlySet<Node>, fallback: Position): PositionedValue {
    const position = isNodeWithRange(node) ? this.toPosition(node.range[0]) : fallback;
    if (--this.#remaining < 0 && this.#alias !== undefined) {
      throw new AliasBudgetSpent(valueBudget(this.text.length), this.#alias.name, this.#alias.position);
    }
    if (isAlias(node)) {
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
      } finally {
        this.#alias = outer;
      }
    }
    if (isMap(node)) {
      const entries: PositionedEntry[] = [];
      for (const pair of node.items) {
        const keyPosition = isNodeWithRange(pair.key) ? this.toPosition(pair.key.range[0]) : position;
        const key = isScalar(pair.key) ? pair.key.value : undefined;
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
    if (isSeq(node)) {
      return { kind: 'array', position, items: node.items.map((item) => this.convert(item, resolving, position)) };
    }
    if (isScalar(node)) {
      const raw = node.range ? this.text.slice(node.range[0], node.range[1]) : String(node.value);
      const { value } = node;
      if (typeof value === 'string') return { kind: 'string', position, value, raw };
      if (typeof value === 'number') return { kind: 'number', position, value, raw };
      if (typeof value === 'boolean') return { kind: 'boolean', position, value, raw };
      if (value === null || value === undefined) return { kind: 'null', position, raw };
      // Timestamps and other YAML 1.1 types: keep what was written.
      return { kind: 'string', position, value: raw, raw };
    }
    // `key:` with nothing after it.
    return { kind: 'null', position, raw: '' };
  }
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) && node.range != null;
}
