/**
 * `validate --explain RULE`: a task definition rule in words — each field it guards, the rule and its source — and a
 * file it refuses, with the finding that file gets. Made from the rules' own descriptions, and the example is checked
 * here and now, so what is printed is what `validate` does.
 */
import { closestMatch } from '../suggest';
import { checkDeployFiles } from './check';
import { formatFinding } from './findings';
import { exampleFiles } from './rule-docs';
import { SERVICE_RULES } from './service-rule-docs';
import { warned } from './rule-table';
import { rulesWithId, TASKDEF_RULES } from './taskdef-rules';

/** The explanation of a rule, or why there is none. */
export type Explanation =
  | { readonly kind: 'rule'; readonly id: string; readonly text: string }
  | { readonly kind: 'unknown'; readonly id: string; readonly suggestion?: string };

/** Every rule id `--explain` knows, in README order. */
export const EXPLAINED_RULES: readonly string[] = [
  ...new Set([...TASKDEF_RULES, ...SERVICE_RULES].map((doc) => doc.id)),
];

/**
 * Explains a rule id (`taskdef/health-check`, or `health-check` for short).
 * @returns the text to print, or `unknown` with the closest id for a did-you-mean
 */
export function explainRule(id: string): Explanation {
  const wanted = id.trim();
  const fullId = wanted.includes('/') ? wanted : `taskdef/${wanted}`;
  const docs = fullId.startsWith('service/') ? SERVICE_RULES.filter((doc) => doc.id === fullId) : rulesWithId(fullId);
  const [first] = docs;
  if (first === undefined) {
    const suggestion = closestMatch(fullId, EXPLAINED_RULES) ?? closestMatch(wanted, EXPLAINED_RULES);
    return { kind: 'unknown', id: wanted, ...(suggestion !== undefined && { suggestion }) };
  }
  const fields = docs.flatMap((doc) => [
    `  ${doc.dataType}.${doc.field}: ${doc.rule}${warned(doc) ? ' (a warning)' : ''}`,
    `    source: ${doc.source}`,
  ]);
  const files = exampleFiles(first.refuses);
  // A service rule's example is the service definition (checked beside the example task definition).
  const { path, text } = files.serviceDefinition ?? files.taskdef;
  const { findings } = checkDeployFiles(files);
  const found = findings.filter((finding) => finding.rule === fullId).map(formatFinding);
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

function clipLine(line: string): string {
  if (line.length <= MAX_LINE) return line;
  return `${line.slice(0, MAX_LINE - 40)}… (${line.length - (MAX_LINE - 40)} more characters)`;
}
