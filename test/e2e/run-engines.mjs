// @ts-check
/**
 * `npm run test:e2e [-- --engine=NAME[,NAME…]] [jest arguments]`: the e2e project once per engine of the stack
 * (every engine by default), one jest run each with `EBB_ENGINE` set, one after the other: they share the machine's
 * two cores and the stack's registry. Every engine runs even after one fails; the summary says which failed, and the
 * exit code is 1 if any did. The stack is started with all the engines first, and stopped at the end if this started it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { engineName, ENGINE_NAMES, ENGINES } from '../stack/engines.mjs';
import { startStack, stopStack } from '../stack/index.mjs';

const jest = fileURLToPath(new URL('../../node_modules/jest/bin/jest.js', import.meta.url));
const engineOption = process.argv.find((arg) => arg.startsWith('--engine='));
const engines = engineOption
  ? engineOption
      .slice('--engine='.length)
      .split(',')
      .map((name) => engineName(name, '--engine'))
  : ENGINE_NAMES;
const jestArgs = process.argv.slice(2).filter((arg) => arg !== engineOption);
const minutes = (/** @type {number} */ ms) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

const began = Date.now();
const { started } = await startStack({ engines, log: (line) => console.log(`stack: ${line}`) });
/** @type {{ engine: string, ok: boolean, ms: number }[]} */
const results = [];
try {
  for (const engine of engines) {
    console.log(`\n==> e2e on ${engine}: ${ENGINES[engine].title}\n`);
    const start = Date.now();
    const run = spawnSync(
      process.execPath,
      ['--experimental-vm-modules', jest, '--selectProjects', 'e2e', ...jestArgs],
      {
        stdio: 'inherit',
        env: { ...process.env, EBB_ENGINE: engine },
      },
    );
    results.push({ engine, ok: run.status === 0, ms: Date.now() - start });
  }
} finally {
  if (started) await stopStack();
}
console.log('\n==> e2e per engine');
for (const { engine, ok, ms } of results)
  console.log(
    `  ${ok ? 'passed' : 'FAILED'}  ${engine.padEnd(20)} ${minutes(ms)}  ${ENGINES[/** @type {import('../stack/engines.mjs').EngineName} */ (engine)].title}`,
  );
console.log(`  total ${minutes(Date.now() - began)}`);
if (results.some((result) => !result.ok)) process.exitCode = 1;
