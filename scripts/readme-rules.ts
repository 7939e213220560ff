/**
 * Writes the task definition rule tables into README.md, between the markers, from the rules' own descriptions
 * (src/deploy-files/taskdef-rules.ts). Run by `npm run readme:rules`; test/unit/deploy-files/rule-ids.test.ts fails
 * when the README differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTableMarkdown, withRuleTables } from '../src/deploy-files/rule-table';
import { TASKDEF_RULES } from '../src/deploy-files/taskdef-rules';

const readmePath = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withRuleTables(before, ruleTableMarkdown(TASKDEF_RULES));
if (after !== before) writeFileSync(readmePath, after);
process.stdout.write(
  `README.md: ${TASKDEF_RULES.length} task definition rules ${after === before ? 'already current' : 'written'}\n`,
);
