/**
 * The README lists every rule id the source can report, and no id the source no longer has; every task definition rule
 * describes itself, and the README's tables per data type are exactly what those descriptions make.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  RULE_TABLE_END,
  RULE_TABLE_START,
  ruleTableMarkdown,
  withRuleTables,
} from '../../../src/deploy-files/rule-table';
import type { RuleDoc } from '../../../src/deploy-files/rule-docs';
import { TASKDEF_RULES } from '../../../src/deploy-files/taskdef-rules';
import { LIVE_RULES, LIVE_TABLE_END, LIVE_TABLE_START, liveRuleTableMarkdown } from '../../../src/live/rule-docs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RULE = /\b((?:taskdef|appspec|placeholder|pipeline|image-detail|artifact|service)\/[a-z]+(?:-[a-z]+)*)\b/g;
const PARSED_GROUPS = ['taskdef', 'appspec', 'image-detail', 'pipeline', 'service'];
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Rule ids are written as string literals: 'taskdef/port-range'. */
const FILE_RULE_LITERAL = /'((?:taskdef|appspec|placeholder|pipeline|image-detail|artifact|service)\/[a-z-]+)'/g;

function sourceRules(literal = FILE_RULE_LITERAL): Set<string> {
  const rules = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (path.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(literal)) {
          rules.add(match[1] as string);
        }
      }
    }
  };
  visit(join(root, 'src'));
  if (literal !== FILE_RULE_LITERAL) return rules;
  // The parse step and the limit of findings name theirs after the file's group (check.ts, findings.ts).
  for (const group of PARSED_GROUPS)
    for (const rule of ['syntax', 'duplicate-key', 'more-findings']) rules.add(`${group}/${rule}`);
  return rules;
}

test('the README rule table names every rule of the source, and only those', () => {
  const table = readme.slice(readme.indexOf('**Rule ids.**'), readme.indexOf('**`--pipeline`.**'));
  const listed = new Set([...table.matchAll(RULE)].map((match) => match[1] as string));
  const inSource = sourceRules();
  expect([...inSource].filter((rule) => !listed.has(rule)).sort()).toEqual([]);
  expect([...listed].filter((rule) => !inSource.has(rule)).sort()).toEqual([]);
  expect(inSource.size).toBeGreaterThan(80);
});

test('every task definition rule of the source describes itself, and no description names a rule the source lacks', () => {
  const inSource = [...sourceRules()].filter((rule) => rule.startsWith('taskdef/')).sort();
  const described = [...new Set(TASKDEF_RULES.map((doc) => doc.id))].sort();
  expect(described).toEqual(inSource);
});

test('the README tables per data type are generated from the rules (npm run readme:rules rewrites them)', () => {
  expect(readme).toContain(RULE_TABLE_START);
  expect(withRuleTables(readme, ruleTableMarkdown(TASKDEF_RULES))).toBe(readme);
});

test.each([
  [1, 'markers missing', 'no markers here'],
  [2, 'markers swapped', `${RULE_TABLE_END}\n${RULE_TABLE_START}`],
])('%i. a README with its %s is refused by name', (_number, _case, text) => {
  expect(() => withRuleTables(text, '')).toThrow(/README\.md lacks the lines/);
});

test('a table escapes what Markdown would read as markup', () => {
  const doc = TASKDEF_RULES[0] as RuleDoc;
  const markdown = ruleTableMarkdown([{ ...doc, dataType: 'T', field: 'a|b', rule: '<ARN> *.env' }]);
  expect(markdown).toContain('| a\\|b | &lt;ARN&gt; \\*.env |');
});

test('every live rule of the source describes itself, and the README table of live rules is generated from them', () => {
  // The limit of findings names its rule after the group, as a file's does (live/findings.ts).
  const inSource = new Set([...sourceRules(/'(live\/[a-z-]+)'/g), 'live/more-findings']);
  expect(LIVE_RULES.map((doc) => doc.id).sort()).toEqual([...inSource].sort());
  expect(readme).toContain(LIVE_TABLE_START);
  expect(withRuleTables(readme, liveRuleTableMarkdown(LIVE_RULES), [LIVE_TABLE_START, LIVE_TABLE_END])).toBe(readme);
});
