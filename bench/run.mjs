// @ts-check
/**
 * `npm run bench`: the figures we report — bundle size, cold start of `--help` and `validate`,
 * and a full build of the sample service with a warm Docker cache, split into Docker's build and
 * push and the tool's own work (everything else). Runs against the local offline stack.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { stageSampleService } from '../scripts/sample-service.mjs';
import { startStack, stackEnv, stopStack } from '../test/stack/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/index.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 15);

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;

/**
 * Median wall times of commands, measured in interleaved rounds (each round runs each command
 * once) so that the machine's drift touches them all alike; one warm-up round first.
 * @param {{ args: string[], cwd?: string }[]} commands
 */
function timeInterleaved(commands) {
  /** @type {number[][]} */
  const times = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    commands.forEach(({ args, cwd }, i) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
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
function coveredTime(intervals) {
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

function bundleSize() {
  const files = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'));
  const bytes = (/** @type {string} */ name) => statSync(join(root, 'dist', name)).size;
  const gzip = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(root, 'dist', name))).length, 0);
  return { entry: bytes('index.js'), total: files.reduce((sum, name) => sum + bytes(name), 0), gzip, files: files.length };
}

/**
 * A full build of a staged sample service, `builds` times with a warm cache. A `docker` shim
 * first on PATH records how long each `docker build` and `docker push` takes.
 * @param {import('../test/stack/index.mjs').Stack} stack
 */
function fullBuild(stack, builds = 5) {
  const work = mkdtempSync(join(tmpdir(), 'ebb-bench-'));
  const service = join(work, 'service');
  stageSampleService(service);

  const shimDir = join(work, 'bin');
  const log = join(work, 'docker-times');
  mkdirSync(shimDir);
  const shim = join(shimDir, 'docker');
  writeFileSync(shim, `#!/bin/sh
start=$(date +%s%N)
"${join(stack.binDir, 'docker')}" "$@"
code=$?
echo "$1 $start $(date +%s%N)" >> "${log}"
exit $code
`);
  chmodSync(shim, 0o755);
  const env = { ...stackEnv(stack), PATH: `${shimDir}:${stackEnv(stack).PATH}` };
  const args = [bundle, 'build', '--repository', 'bench/sample-service', '--create-repository', '--tags', '{short_sha},latest'];

  /** @type {{ total: number, docker: number }[]} */
  const samples = [];
  try {
    for (let i = 0; i <= builds; i++) {
      writeFileSync(log, '');
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd: service, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const total = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`build exited ${result.status}: ${result.stderr}`);
      const intervals = readFileSync(log, 'utf8').trim().split('\n')
        .map((line) => line.split(' '))
        .filter(([command]) => command === 'build' || command === 'push' || command === 'buildx')
        .map(([, start, end]) => [Number(start) / 1e6, Number(end) / 1e6]);
      const docker = coveredTime(intervals);
      if (i > 0) samples.push({ total, docker }); // the first run warms the cache
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return {
    total: median(samples.map((s) => s.total)),
    docker: median(samples.map((s) => s.docker)),
    own: median(samples.map((s) => s.total - s.docker)),
    builds,
  };
}

const size = bundleSize();
console.log(`bundle: dist/index.js ${(size.entry / 1024).toFixed(0)} KiB; all ${size.files} files ${(size.total / 1024 / 1024).toFixed(2)} MiB (${(size.gzip / 1024 / 1024).toFixed(2)} MiB gzipped)`);
const [node = NaN, help = NaN, validate = NaN] = timeInterleaved([
  { args: ['-e', '0'] },
  { args: [bundle, '--help'] },
  { args: [bundle, 'validate'], cwd: join(root, 'examples/sample-service') },
]);
console.log(`node -e 0:                      ${ms(node)} (median of ${runs} interleaved rounds)`);
console.log(`node dist/index.js --help:      ${ms(help)} (${ms(help - node)} over node)`);
console.log(`node dist/index.js validate:    ${ms(validate)} (${ms(validate - node)} over node)`);

const { stack, started } = await startStack();
try {
  const build = fullBuild(stack);
  console.log(`full build, warm cache:         ${ms(build.total)} (median of ${build.builds})`);
  console.log(`  docker build + push:          ${ms(build.docker)}`);
  console.log(`  the tool's own work:          ${ms(build.own)}`);
} finally {
  if (started) await stopStack();
}
