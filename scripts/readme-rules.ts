/**
 * Writes the task definition rule tables and the live rules' table into README.md, between their markers, from the
 * rules' own descriptions (src/deploy-files/taskdef-rules.ts, src/live/rule-docs.ts). Run by `npm run readme:rules`;
 * test/unit/deploy-files/rule-ids.test.ts fails when the README differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTableMarkdown, withRuleTables } from '../src/deploy-files/rule-table';
import { TASKDEF_RULES } from '../src/deploy-files/taskdef-rules';
import { LIVE_RULES, LIVE_TABLE_END, LIVE_TABLE_START, liveRuleTableMarkdown } from '../src/live/rule-docs';

const readmePath = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withRuleTables(
  withRuleTables(before, ruleTableMarkdown(TASKDEF_RULES)),
  liveRuleTableMarkdown(LIVE_RULES),
  [LIVE_TABLE_START, LIVE_TABLE_END],
);
if (after !== before) writeFileSync(readmePath, after);
process.stdout.write(
  `README.md: ${TASKDEF_RULES.length} task definition rules and ${LIVE_RULES.length} live rules ${after === before ? 'already current' : 'written'}\n`,
);
