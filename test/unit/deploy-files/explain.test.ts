/** `validate --explain RULE` as a pure function: every rule explains itself; an unknown id gets a did-you-mean. */
import { EXPLAINED_RULES, explainRule } from '../../../src/deploy-files/explain';
import { SERVICE_RULES } from '../../../src/deploy-files/service-rule-docs';
import { rulesWithId } from '../../../src/deploy-files/taskdef-rules';

test.each(EXPLAINED_RULES.map((id, index) => [index + 1, id] as const))(
  '%i. %s: every field, its source, a refused file and the finding it gets',
  (_number, id) => {
    const explanation = explainRule(id);
    expect(explanation.kind).toBe('rule');
    if (explanation.kind !== 'rule') return;
    for (const doc of [...rulesWithId(id), ...SERVICE_RULES.filter((rule) => rule.id === id)]) {
      expect(explanation.text).toContain(`  ${doc.dataType}.${doc.field}: ${doc.rule}`);
      expect(explanation.text).toContain(`    source: ${doc.source}`);
    }
    // A service rule is shown on a service definition, every other on a task definition.
    const file = id.startsWith('service/') ? 'service' : 'taskdef';
    expect(explanation.text).toContain(`A file it refuses (${file}.json):`);
    expect(explanation.text).toMatch(new RegExp(`\\n  ${file}\\.json:\\d+:\\d+  (error|warning)  ${id}  `));
  },
);

test('the health check explanation gives the reference ranges and the refused value', () => {
  const explanation = explainRule('taskdef/health-check');
  expect(explanation).toMatchObject({ kind: 'rule', id: 'taskdef/health-check' });
  const text = explanation.kind === 'rule' ? explanation.text : '';
  expect(text).toContain(
    '  HealthCheck.timeout: a whole number from 2 to 60 seconds\n    source: ECS API reference, HealthCheck.timeout',
  );
  expect(text).toContain('"interval": 4');
  expect(text).toContain('error  taskdef/health-check  containerDefinitions[0].healthCheck.interval is the number 4');
});

test.each([
  [1, 'health-check', { kind: 'rule', id: 'taskdef/health-check' }],
  [2, 'taskdef/helth-check', { kind: 'unknown', id: 'taskdef/helth-check', suggestion: 'taskdef/health-check' }],
  [3, 'helth-check', { kind: 'unknown', id: 'helth-check', suggestion: 'taskdef/health-check' }],
  [4, 'appspec/version', { kind: 'unknown', id: 'appspec/version' }],
  [5, 'nothing-like-it-at-all', { kind: 'unknown', id: 'nothing-like-it-at-all' }],
])('%i. %s', (_number, id, expected) => {
  const explanation = explainRule(id);
  expect(explanation).toMatchObject(expected);
  if (expected.kind === 'unknown') expect(explanation).toEqual(expected);
});

test('a long example line is shown clipped, with how much is left out', () => {
  const explanation = explainRule('taskdef/size');
  const text = explanation.kind === 'rule' ? explanation.text : '';
  expect(text).toMatch(/"value": "x{50,}… \(\d{5} more characters\)\n/);
  expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(400);
});
