/**
 * Every task definition rule, from its own description: the file it refuses gives a finding of the rule that names
 * the field's path, and the nearest file it accepts (a limit's last good value) gives no finding at all.
 */
import { exampleText, type RuleDoc } from '../../../src/deploy-files/rule-docs';
import { TASKDEF_RULES } from '../../../src/deploy-files/taskdef-rules';
import { checkTaskdef } from './fixtures';

const rows = TASKDEF_RULES.map((doc, index) => [index + 1, `${doc.id} ${doc.dataType}.${doc.field}`, doc] as const);

test.each(rows)('%i. %s refuses its example, naming the path', (_number, _name, doc: RuleDoc) => {
  const { findings } = checkTaskdef(exampleText(doc.refuses));
  expect(findings).toContainEqual(
    expect.objectContaining({
      rule: doc.id,
      severity: doc.severity ?? 'error',
      message: expect.stringContaining(doc.path),
    }),
  );
});

test.each(rows)('%i. %s accepts the nearest valid file', (_number, _name, doc: RuleDoc) => {
  expect(checkTaskdef(exampleText(doc.accepts)).findings).toEqual([]);
});
