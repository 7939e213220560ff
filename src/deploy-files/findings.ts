/**
 * A finding is one thing wrong (error) or probably wrong (warning) in a deployment file, with where it is, what it
 * is and how to fix it. Findings are plain data so that hosts can print them, annotate them or emit them as JSON.
 */

/** `error`: CodeDeploy or ECS would reject the files (exit 2). `warning`: works, but is usually a mistake. */
export type Severity = 'error' | 'warning';

/** A 1-based place in a text file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** One problem in a deployment file. JSON-friendly as it is. */
export interface Finding {
  /** The path as the user gave it (for display only). */
  readonly file: string;
  /** 1-based; 0 for a finding at no place in a file (`--live`'s, about the account: `file` is `aws:<region>`). */
  readonly line: number;
  /** 1-based, in UTF-16 code units (0 with line 0). */
  readonly column: number;
  /** Stable, kebab-case, grouped by file kind: `taskdef/unknown-key`, `appspec/container-port-type`, … */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong, with the offending value. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** The position used for findings about a file as a whole (or about configuration that has no place in one). */
export const START_OF_FILE: Position = { line: 1, column: 1 };

/**
 * A finding as one line `file:line:col  severity  rule  message` (`file` alone at line 0), then the fix on an indented
 * second line.
 */
export function formatFinding(finding: Finding): string {
  const { file, line, column, severity, rule, message, fix } = finding;
  const where = line > 0 ? `${file}:${line}:${column}` : file;
  return `${where}  ${severity}  ${rule}  ${message}\n    fix: ${fix}`;
}

/** Values longer than this are clipped when a message quotes them. */
const QUOTE_LIMIT = 100;
/** What a message shows of a value that is clipped. */
const QUOTE_EXCERPT = 60;

/**
 * A value as a message quotes it: in double quotes, with JSON's escapes (a control character
 * shows as `\n`, not as a line break), and when long only its first characters and its length.
 * Every value from a file or an input goes through here, so that no message, annotation or job
 * summary repeats a whole file (a megabyte key, a file that is not what it seems).
 * @param limit the longest value shown whole: an identifier useless clipped may be allowed more (an ARN)
 */
export function quote(value: string, limit = QUOTE_LIMIT): string {
  if (value.length <= limit) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTE_EXCERPT))}… (${value.length.toLocaleString('en-US')} characters)`;
}

/** `a, b or c` (or `a, b and c`), for messages that list values. */
export function joinWords(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`;
}

/** `2 errors and 1 warning`, `1 warning`: how many of each severity (empty for none). */
export function countFindings(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return severityCounts(errors, findings.length - errors);
}

function severityCounts(errors: number, warnings: number): string {
  const counts = [
    [errors, 'error'],
    [warnings, 'warning'],
  ] as const;
  return counts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`)
    .join(' and ');
}

/** Orders findings by file, line and column; findings at the same place keep their order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/**
 * How many findings of one file are listed. A file of thousands of mistakes is the wrong file (a
 * generated one, a file of another kind): listing them all filled 13 MB of log and a job summary
 * thirteen times GitHub's limit, and at some 120,000 the run crashed.
 */
export const MAX_FINDINGS_PER_FILE = 100;

/** Collects the findings of one file: the first `MAX_FINDINGS_PER_FILE`, and a count of the rest. */
export class FileFindings {
  readonly #findings: Finding[] = [];
  /** The findings past the limit: how many of each severity, and the first of them. */
  #more: { errors: number; warnings: number; first: Finding } | undefined;

  /**
   * @param file the path as the user gave it
   * @param group the file's kind, as rule ids begin: `taskdef`, `appspec`, …
   */
  constructor(
    readonly file: string,
    readonly group: string,
  ) {}

  /**
   * True once the file has as many findings as are listed: later ones are only counted, so a rule
   * in a loop may skip what only their message needs (a "did you mean", a search of the model).
   */
  get counting(): boolean {
    return this.#findings.length >= MAX_FINDINGS_PER_FILE;
  }

  /** Records an error: CodeDeploy or ECS would reject the file. */
  error(rule: string, at: Position, message: string, fix: string): void {
    this.add('error', rule, at, message, fix);
  }

  /** Records a warning: the file works but is probably not what its author meant. */
  warning(rule: string, at: Position, message: string, fix: string): void {
    this.add('warning', rule, at, message, fix);
  }

  /** Records a finding whose severity depends on the caller's mode. */
  add(severity: Severity, rule: string, at: Position, message: string, fix: string): void {
    const finding = { file: this.file, line: at.line, column: at.column, rule, severity, message, fix };
    if (this.#findings.length < MAX_FINDINGS_PER_FILE) {
      this.#findings.push(finding);
      return;
    }
    this.#more ??= { errors: 0, warnings: 0, first: finding };
    if (severity === 'error') this.#more.errors++;
    else this.#more.warnings++;
  }

  /**
   * The findings recorded so far, in the order they were recorded; past the limit, one more that
   * counts the rest (an error when any of them is one), at the first of them.
   */
  get findings(): readonly Finding[] {
    if (this.#more === undefined) return this.#findings;
    const { errors, warnings, first } = this.#more;
    return [
      ...this.#findings,
      {
        ...first,
        rule: `${this.group}/more-findings`,
        severity: errors > 0 ? 'error' : 'warning',
        message: `${severityCounts(errors, warnings)} more in this file are not listed: only the first ${MAX_FINDINGS_PER_FILE} findings of a file are`,
        fix: 'fix the findings listed and run again; a file with this many is usually not the file meant',
      },
    ];
  }
}
