/**
 * The README's quick start is what CI runs: each command of its first `sh` block appears in .ci/run, as written and
 * in order, through the script's `quick_start` (which fails CI when the command fails).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const ci = readFileSync(join(root, '.ci/run'), 'utf8');

/** The commands of the quick start's code block, comments left out. */
function quickStartCommands(): string[] {
  const section = readme.slice(readme.indexOf('\n## Quick start\n'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

test('the quick start has its two commands: the demo and the tests', () => {
  expect(quickStartCommands()).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
});

test('.ci/run runs each quick start command exactly as the README writes it, in order', () => {
  const runs = [...ci.matchAll(/^quick_start '([^']*)'$/gm)].map((match) => match[1]);
  expect(runs).toEqual(quickStartCommands());
});
