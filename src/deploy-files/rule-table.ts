/**
 * The README's tables of task definition rules, one per ECS data type (field, rule, id, source), made from the rules'
 * own descriptions. `npm run readme:rules` writes them between the markers; a unit test fails when they differ.
 */
import type { RuleDoc } from './rule-docs';

/** The marker lines around the generated section. */
export const RULE_TABLE_START =
  '<!-- taskdef-rules:start — generated from src/deploy-files by `npm run readme:rules`; edit the rules, not this -->';
export const RULE_TABLE_END = '<!-- taskdef-rules:end -->';

/** The data types in the order of the ECS API reference's task definition; others follow alphabetically. */
const TYPE_ORDER = [
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
];

/** The tables, one per data type, as Markdown (without the markers). */
export function ruleTableMarkdown(docs: readonly RuleDoc[]): string {
  const types = [...new Set(docs.map((doc) => doc.dataType))].sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return types
    .map((type) => {
      const rows = docs
        .filter((doc) => doc.dataType === type)
        .map(
          (doc) =>
            `| ${tableCell(doc.field)} | ${tableCell(doc.rule)}${warned(doc) ? ' (warning)' : ''} | \`${doc.id}\` | ${tableCell(doc.source)} |`,
        );
      return [`**${type}**`, '', '| field | rule | id | source |', '| --- | --- | --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}

/**
 * The README with a generated section replaced by `tables`: the task definition rules' unless `markers` names
 * another's (the live rules', src/live/rule-docs.ts).
 * @throws Error when the markers are missing or out of order
 */
export function withRuleTables(
  readme: string,
  tables: string,
  [startMarker, endMarker]: readonly [string, string] = [RULE_TABLE_START, RULE_TABLE_END],
): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start === -1 || end < start) {
    throw new Error(`README.md lacks the lines ${startMarker} and ${endMarker}, in that order`);
  }
  return `${readme.slice(0, start + startMarker.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}

/** Whether a row needs "(warning)" after its rule: a warning whose text does not say so already. */
export function warned(doc: Pick<RuleDoc, 'severity' | 'rule'>): boolean {
  return doc.severity === 'warning' && !doc.rule.includes('warning');
}

function rank(type: string): number {
  const index = TYPE_ORDER.indexOf(type);
  return index === -1 ? TYPE_ORDER.length : index;
}

/** A table cell: pipes, angle brackets and asterisks escaped, so Markdown shows the text as written. */
export function tableCell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*/g, '\\*')
    .replace(/\n/g, ' ');
}
