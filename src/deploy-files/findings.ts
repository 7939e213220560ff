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
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
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
 * A finding as one line `file:line:col  severity  rule  message`, then the fix on an indented second line.
 */
export function formatFinding(finding: Finding): string {
  const { file, line, column, severity, rule, message, fix } = finding;
  return `${file}:${line}:${column}  ${severity}  ${rule}  ${message}\n    fix: ${fix}`;
}

/** `a, b or c` (or `a, b and c`), for messages that list values. */
export function joinWords(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`;
}

/** `2 errors and 1 warning`, `1 warning`: how many of each severity (empty for none). */
export function countFindings(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const counts = [
    [errors, 'error'],
    [findings.length - errors, 'warning'],
  ] as const;
  return counts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`)
    .join(' and ');
}

/** Orders findings by file, line and column; findings at the same place keep their order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** Collects the findings of one file. */
export class FileFindings {
  readonly #findings: Finding[] = [];

  /** @param file the path as the user gave it */
  constructor(readonly file: string) {}

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
    this.#findings.push({ file: this.file, line: at.line, column: at.column, rule, severity, message, fix });
  }

  /** The findings recorded so far, in the order they were recorded. */
  get findings(): readonly Finding[] {
    return this.#findings;
  }
}

/** A user's value quoted for a message, clipped to `max` characters: hostile or huge input stays an excerpt. */
export function quoteExcerpt(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
