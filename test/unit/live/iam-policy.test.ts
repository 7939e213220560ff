/**
 * The README's ready-to-copy IAM policy for `--live` is the list of actions its readers call (LIVE_ACTIONS, the only
 * actions `lookup` takes): an action a new check calls and the policy lacks would turn that check into an
 * access-denied warning for everyone who copied the policy; one the code no longer calls asks for a permission no
 * run needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIVE_ACTIONS } from '../../../src/live/read';

const root = new URL('../../..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The policy's statements: the JSON block after the README's sentence introducing it. */
function readmePolicy(): { Effect: string; Action: string[]; Resource: string }[] {
  const section = readme.slice(readme.indexOf('The actions `--live` uses, all read-only'));
  const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README: no json block after "The actions `--live` uses, all read-only"');
  return (JSON.parse(block) as { Statement: { Effect: string; Action: string[]; Resource: string }[] }).Statement;
}

test("the README's policy allows exactly the actions --live calls, each once", () => {
  const statements = readmePolicy();
  expect(statements.map((statement) => statement.Effect)).toEqual(['Allow']);
  const actions = statements.flatMap((statement) => statement.Action);
  expect(actions).toHaveLength(new Set(actions).size);
  expect([...actions].sort()).toEqual([...LIVE_ACTIONS].sort());
});

test.each(LIVE_ACTIONS.map((action) => [action]))('%s is read-only (Describe, Get, List)', (action) => {
  expect(action).toMatch(/^[a-z0-9-]+:(Describe|Get|List)[A-Za-z]+$/);
});
