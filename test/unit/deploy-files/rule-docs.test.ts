/**
 * Every task definition and service definition rule, from its own description: the file it refuses gives a finding
 * of the rule that names the field's path, and the nearest file it accepts (a limit's last good value) gives no
 * finding at all.
 */
import { checkDeployFiles } from '../../../src/deploy-files/check';
import { exampleFiles, type RuleDoc } from '../../../src/deploy-files/rule-docs';
import { SERVICE_RULES } from '../../../src/deploy-files/service-rule-docs';
import { TASKDEF_RULES } from '../../../src/deploy-files/taskdef-rules';

const rows = [...TASKDEF_RULES, ...SERVICE_RULES].map(
  (doc, index) => [index + 1, `${doc.id} ${doc.dataType}.${doc.field}`, doc] as const,
);

test.each(rows)('%i. %s refuses its example, naming the path', (_number, _name, doc: RuleDoc) => {
  const { findings } = checkDeployFiles(exampleFiles(doc.refuses));
  expect(findings).toContainEqual(
    expect.objectContaining({
      rule: doc.id,
      severity: doc.severity ?? 'error',
      message: expect.stringContaining(doc.path),
    }),
  );
});

test.each(rows)('%i. %s accepts the nearest valid file', (_number, _name, doc: RuleDoc) => {
  expect(checkDeployFiles(exampleFiles(doc.accepts)).findings).toEqual([]);
});
