// @ts-check
/** What the bench's figures share: medians and formats, interleaved timing, a workspace of the sample service per engine. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageSampleService } from '../scripts/sample-service.mjs';
import { stackEnv } from '../test/stack/index.mjs';

/** @param {number[]} values */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
export const seconds = (/** @type {number} */ value) => `${(value / 1000).toFixed(2)} s`;

/**
 * Median wall times of commands, measured in interleaved rounds (each round runs each command
 * once) so that the machine's drift touches them all alike; one warm-up round first.
 * @param {{ args: string[], cwd?: string, env?: NodeJS.ProcessEnv }[]} commands
 * @param {number} runs rounds after the warm-up
 */
export function timeInterleaved(commands, runs) {
  /** @type {number[][]} */
  const times = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    commands.forEach(({ args, cwd, env }, i) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
      if (round > 0) times[i]?.push(elapsed);
    });
  }
  return times.map(median);
}

/**
 * Wall time covered by possibly overlapping intervals (pushes run side by side).
 * @param {number[][]} intervals [start, end] pairs
 */
export function coveredTime(intervals) {
  let covered = 0;
  let reach = -Infinity;
  for (const [start = 0, end = 0] of [...intervals].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
    if (end > reach) {
      covered += end - Math.max(start, reach);
      reach = end;
    }
  }
  return covered;
}

/**
 * A bench workspace for one engine: the sample service with `step` added to its Dockerfile, committed; a HOME whose
 * `.docker` has the engine's plugins (as a runner's has), shared by the tool and the recipe; a `docker` shim first on
 * PATH that records how long each docker command takes.
 * @param {import('../test/stack/index.mjs').Stack} stack
 * @param {string} step
 */
export function benchWorkspace(stack, step) {
  const work = mkdtempSync(join(tmpdir(), 'ebb-bench-'));
  const service = join(work, 'service');
  stageSampleService(service);
  const dockerfile = join(service, 'Dockerfile');
  writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').replace(/^COPY site\//m, `${step}\nCOPY site/`));
  commitAll(service, 'a slow step');
  const home = join(work, 'home');
  mkdirSync(join(home, '.docker'), { recursive: true });
  if (stack.engine.buildx)
    symlinkSync(join(stack.engine.home, '.docker/cli-plugins'), join(home, '.docker/cli-plugins'));
  const shimDir = join(work, 'bin');
  const times = join(work, 'docker-times');
  mkdirSync(shimDir);
  writeFileSync(
    join(shimDir, 'docker'),
    `#!/bin/sh
start=$(date +%s%N)
"${join(stack.binDir, 'docker')}" "$@"
code=$?
echo "$1 $start $(date +%s%N)" >> "${times}"
exit $code
`,
  );
  chmodSync(join(shimDir, 'docker'), 0o755);
  /** @param {import('../test/stack/index.mjs').Stack} on */
  const env = (on) => ({ ...stackEnv(on), HOME: home, PATH: `${shimDir}:${stackEnv(on).PATH}` });
  return { work, service, env, times, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * @param {string} dir
 * @param {string} message
 */
export function commitAll(dir, message) {
  spawnSync('git', ['-C', dir, 'add', '-A'], { stdio: 'ignore' });
  spawnSync(
    'git',
    ['-C', dir, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', message],
    { stdio: 'ignore' },
  );
}

/**
 * Runs a command to completion; its wall time, its output, and the wall time docker's build and push took in it.
 * @param {ReturnType<typeof benchWorkspace>} bench
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
export function timed(bench, command, args, env) {
  writeFileSync(bench.times, '');
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: bench.service, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  const intervals = readFileSync(bench.times, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([name]) => name === 'build' || name === 'push' || name === 'buildx')
    .map(([, from, to]) => [Number(from) / 1e6, Number(to) / 1e6]);
  return { total, docker: coveredTime(intervals), output: `${result.stdout}${result.stderr}` };
}
