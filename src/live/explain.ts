/**
 * `validate --explain live/…`: a live rule in words — the call and field it decides on, the rule and its source — and
 * an account it refuses, with the finding `validate --live` gives it. Made from the rules' own descriptions
 * (rule-docs.ts), and the example is checked here and now, so what is printed is what `--live` does.
 */
import type { Explanation } from '../deploy-files/explain';
import { formatFinding } from '../deploy-files/findings';
import { warned } from '../deploy-files/rule-table';
import { closestMatch } from '../suggest';
import { accountFindings } from './findings';
import { checkExample, LIVE_RULES } from './rule-docs';
import { subject } from './example-account';

/** Every live rule id `--explain` knows, in README order. */
export const EXPLAINED_LIVE_RULES: readonly string[] = LIVE_RULES.map((doc) => doc.id);

/**
 * Explains a live rule id (`live/listener-rule-forward`).
 * @returns the text to print, or `unknown` with the closest id for a did-you-mean
 */
export function explainLiveRule(id: string): Explanation {
  const wanted = id.trim();
  const doc = LIVE_RULES.find((candidate) => candidate.id === wanted);
  if (doc === undefined) {
    const suggestion = closestMatch(wanted, EXPLAINED_LIVE_RULES);
    return { kind: 'unknown', id: wanted, ...(suggestion !== undefined && { suggestion }) };
  }
  const { target, says } = doc.refuses;
  const { region, cluster, service } = subject(target);
  const found = accountFindings(checkExample(doc.refuses), region)
    .filter((finding) => finding.rule === doc.id)
    .map(formatFinding);
  return {
    kind: 'rule',
    id: doc.id,
    text: [
      doc.id,
      '',
      `  ${doc.call}, ${doc.field}: ${doc.rule}${warned(doc) ? ' (a warning)' : ''}`,
      `    source: ${doc.source}`,
      '',
      `An account it refuses (deploy-target ${target}, cluster ${cluster}, service ${service}, in ${region}):`,
      '',
      `  ${says}`,
      '',
      'validate --live says:',
      '',
      ...found.flatMap((finding) => finding.split('\n').map((line) => `  ${line}`)),
      '',
    ].join('\n'),
  };
}
