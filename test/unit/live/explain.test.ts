/** `validate --explain live/…` as a pure function: every live rule explains itself; an unknown id gets a did-you-mean. */
import { EXPLAINED_LIVE_RULES, explainLiveRule } from '../../../src/live/explain';
import { LIVE_RULES } from '../../../src/live/rule-docs';

test.each(LIVE_RULES.map((doc, index) => [index + 1, doc.id, doc] as const))(
  '%i. %s: the call, the field, its source, a refused account and the finding it gets',
  (_number, id, doc) => {
    const explanation = explainLiveRule(id);
    expect(explanation.kind).toBe('rule');
    const text = explanation.kind === 'rule' ? explanation.text : '';
    expect(text).toContain(`  ${doc.call}, ${doc.field}: ${doc.rule}`);
    expect(text).toContain(`    source: ${doc.source}`);
    expect(text).toContain(`  ${doc.refuses.says}\n`);
    expect(text).toMatch(new RegExp(`\\n  aws:us-east-1  ${doc.severity ?? 'error'}  ${id}  `));
  },
);

test('the listener rule explanation names the rule, the refused account and the action kind it found', () => {
  const explanation = explainLiveRule('live/listener-rule-forward');
  const text = explanation.kind === 'rule' ? explanation.text : '';
  expect(text).toContain('An account it refuses (deploy-target ecs, cluster prod, service web, in us-east-1):');
  expect(text).toContain('the production listener rule authenticates with Cognito before it forwards');
  expect(text).toMatch(
    /error {2}live\/listener-rule-forward {2}the production listener rule "arn:aws:elasticloadbalancing:us-east-1:111122223333:listener-rule\/app\/web\/[0-9a-f/]+" of the service "web" has "authenticate-cognito" actions besides forward/,
  );
});

test.each([
  [
    1,
    'live/listener-rule-foward',
    { kind: 'unknown', id: 'live/listener-rule-foward', suggestion: 'live/listener-rule-forward' },
  ],
  [2, ' live/auto-rollback ', { kind: 'rule', id: 'live/auto-rollback' }],
  [3, 'live/nothing-like-it-at-all', { kind: 'unknown', id: 'live/nothing-like-it-at-all' }],
])('%i. %s', (_number, id, expected) => {
  const explanation = explainLiveRule(id);
  expect(explanation).toMatchObject(expected);
  if (expected.kind === 'unknown') expect(explanation).toEqual(expected);
});

test('every explained id is a rule of its own', () => {
  expect(new Set(EXPLAINED_LIVE_RULES).size).toBe(EXPLAINED_LIVE_RULES.length);
});
