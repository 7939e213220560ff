/** Valid deployment files to derive failing cases from, and a way to say where a finding must point. */
import { checkDeployFiles, type CheckInput, type CheckResult } from '../../../src/deploy-files/check';
import type { Finding, Position } from '../../../src/deploy-files/findings';
import { EXAMPLE_APPSPEC, EXAMPLE_TASK_DEFINITION } from '../../../src/deploy-files/rule-docs';

/** A Fargate task definition that passes every rule (with the placeholder IMAGE1_NAME): the rules' own example. */
export const VALID_TASKDEF = EXAMPLE_TASK_DEFINITION;

/** An appspec that passes every rule and matches VALID_TASKDEF: the rules' own example. */
export const VALID_APPSPEC = EXAMPLE_APPSPEC;

// Test cases reach deep into the copy to break one thing; `any` keeps that short.
type Mutable = Record<string, any>;

/** VALID_TASKDEF changed by `change`, as 2-space JSON text. */
export function taskdefText(change: (taskdef: Mutable) => void = () => undefined): string {
  const taskdef = structuredClone(VALID_TASKDEF) as Mutable;
  change(taskdef);
  return JSON.stringify(taskdef, null, 2);
}

/** The first container of a task definition being changed. */
export function firstContainer(taskdef: Mutable): Mutable {
  return (taskdef['containerDefinitions'] as Mutable[])[0] as Mutable;
}

/** The 1-based position of the `occurrence`-th `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): Position {
  let offset = -1;
  for (let found = 0; found < occurrence; found++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} times in:\n${text}`);
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The position just after the `occurrence`-th `needle`: where the value of `"key": ` starts. */
export function positionAfter(text: string, needle: string, occurrence = 1): Position {
  const { line, column } = positionOf(text, needle, occurrence);
  return { line, column: column + needle.length };
}

/** Checks a task definition (and optionally an appspec) with the usual configuration. */
export function checkTaskdef(text: string, input: Partial<CheckInput> = {}): CheckResult {
  return checkDeployFiles({ imagePlaceholder: 'IMAGE1_NAME', taskdef: { path: 'taskdef.json', text }, ...input });
}

/** Checks an appspec alone. */
export function checkAppspecText(text: string, path = 'appspec.yaml', input: Partial<CheckInput> = {}): CheckResult {
  return checkDeployFiles({ imagePlaceholder: 'IMAGE1_NAME', appspec: { path, text }, ...input });
}

/** The findings of one rule. */
export function withRule(result: CheckResult, rule: string): Finding[] {
  return result.findings.filter((finding) => finding.rule === rule);
}

/** What a failing case expects: the rule, where it points, and words of its message. */
export interface ExpectedFinding {
  readonly rule: string;
  readonly severity?: 'error' | 'warning';
  readonly at: Position;
  readonly message: string;
}

/** Asserts that exactly one finding of the rule is at the position, with the severity and message text. */
export function expectFinding(result: CheckResult, expected: ExpectedFinding): Finding {
  const matching = withRule(result, expected.rule);
  expect(matching).toEqual([
    expect.objectContaining({
      rule: expected.rule,
      severity: expected.severity ?? 'error',
      line: expected.at.line,
      column: expected.at.column,
      message: expect.stringContaining(expected.message),
    }),
  ]);
  return matching[0] as Finding;
}
