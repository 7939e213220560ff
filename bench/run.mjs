// @ts-check
/**
 * `npm run bench`: the figures we report — bundle size, cold start of `--help` and `validate`,
 * and a full build of the sample service with a warm Docker cache, split into Docker's build and
 * push and the tool's own work (everything else). Runs against the local offline stack.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startStack, stackEnv, stopStack } from '../test/stack/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/index.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 15);

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;

/**
 * Median wall time of a command, after one warm-up run.
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
function time(args, options = {}) {
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i > 0) times.push(elapsed);
  }
  return median(times);
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
  cpSync(join(root, 'examples/sample-service'), service, { recursive: true });
  copyFileSync('/bin/busybox', join(service, 'busybox'));
  const git = (/** @type {string[]} */ ...args) => execFileSync('git', ['-C', service, ...args]);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'bench');

  const shimDir = join(work, 'bin');
  const log = join(work, 'docker-times');
  execFileSync('mkdir', [shimDir]);
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
      const docker = readFileSync(log, 'utf8').trim().split('\n')
        .map((line) => line.split(' '))
        .filter(([command]) => command === 'build' || command === 'push' || command === 'buildx')
        .reduce((sum, [, start, end]) => sum + (Number(end) - Number(start)) / 1e6, 0);
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
console.log(`node -e 0:                      ${ms(time(['-e', '0']))} (median of ${runs})`);
console.log(`node dist/index.js --help:      ${ms(time([bundle, '--help']))}`);
console.log(`node dist/index.js validate:    ${ms(time([bundle, 'validate'], { cwd: join(root, 'examples/sample-service') }))}`);

const { stack, started } = await startStack();
try {
  const build = fullBuild(stack);
  console.log(`full build, warm cache:         ${ms(build.total)} (median of ${build.builds})`);
  console.log(`  docker build + push:          ${ms(build.docker)}`);
  console.log(`  the tool's own work:          ${ms(build.own)}`);
} finally {
  if (started) await stopStack();
}
