// @ts-check
/**
 * `npm run bench [-- --engine=NAME[,NAME…]]`: the figures we report — bundle size, cold start of `--help` and
 * `validate`, and per engine of the local offline stack (every engine by default):
 * - a cold build (a fresh daemon, a new repository: no cache anywhere) against a rebuild of the unchanged commit on
 *   another fresh daemon, which has only the registry's cache (the ratio's goal: ≤ 0.2);
 * - a warm full job of the tool against the hand-written recipe's commands on the same daemon (`aws ecr
 *   get-login-password | docker login`, `docker build`, `docker push`, `printf` of imageDetail.json): the tool's
 *   overhead over the recipe (goal: ≤ 0.2);
 * - the tool's own share of a warm run (everything but docker's build and push).
 * The staged sample service gets a slow RUN step (a 15 s stand-in for installing dependencies or compiling), the
 * step a cache must skip.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { stageSampleService } from '../scripts/sample-service.mjs';
import { engineName, ENGINE_NAMES } from '../test/stack/engines.mjs';
import { findCommand } from '../test/stack/processes.mjs';
import { readStack, stackEnv, startFreshDaemon, startStack, stopStack } from '../test/stack/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/index.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 15);
const warmRuns = Number(process.env['BENCH_WARM_RUNS'] ?? 5);
const SLOW_STEP = 'RUN ["/bin/busybox", "sh", "-c", "sleep 15; echo compiled > /compiled"]';

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
const seconds = (/** @type {number} */ value) => `${(value / 1000).toFixed(2)} s`;

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
 * A bench workspace for one engine: the sample service with its slow step, committed; a HOME whose `.docker` has the
 * engine's plugins (as a runner's has), shared by the tool and the recipe; a `docker` shim first on PATH that records
 * how long each docker command takes.
 * @param {import('../test/stack/index.mjs').Stack} stack
 */
function benchWorkspace(stack) {
  const work = mkdtempSync(join(tmpdir(), 'ebb-bench-'));
  const service = join(work, 'service');
  stageSampleService(service);
  const dockerfile = join(service, 'Dockerfile');
  writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').replace(/^COPY site\//m, `${SLOW_STEP}\nCOPY site/`));
  spawnSync('git', ['-C', service, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-am', 'a slow step'], { stdio: 'ignore' });
  const home = join(work, 'home');
  mkdirSync(join(home, '.docker'), { recursive: true });
  if (stack.engine.buildx) symlinkSync(join(stack.engine.home, '.docker/cli-plugins'), join(home, '.docker/cli-plugins'));
  const shimDir = join(work, 'bin');
  const times = join(work, 'docker-times');
  mkdirSync(shimDir);
  writeFileSync(join(shimDir, 'docker'), `#!/bin/sh
start=$(date +%s%N)
"${join(stack.binDir, 'docker')}" "$@"
code=$?
echo "$1 $start $(date +%s%N)" >> "${times}"
exit $code
`);
  chmodSync(join(shimDir, 'docker'), 0o755);
  /** @param {import('../test/stack/index.mjs').Stack} on */
  const env = (on) => ({ ...stackEnv(on), HOME: home, PATH: `${shimDir}:${stackEnv(on).PATH}` });
  return { work, service, env, times, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * Runs a command to completion; its wall time, its output, and the wall time docker's build and push took in it.
 * @param {ReturnType<typeof benchWorkspace>} bench
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function timed(bench, command, args, env) {
  writeFileSync(bench.times, '');
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: bench.service, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  const intervals = readFileSync(bench.times, 'utf8').trim().split('\n')
    .map((line) => line.split(' '))
    .filter(([name]) => name === 'build' || name === 'push' || name === 'buildx')
    .map(([, from, to]) => [Number(from) / 1e6, Number(to) / 1e6]);
  return { total, docker: coveredTime(intervals), output: `${result.stdout}${result.stderr}` };
}

/**
 * The figures of one engine.
 * @param {import('../test/stack/engines.mjs').EngineName} name
 */
async function engineFigures(name) {
  const stack = readStack(name);
  const bench = benchWorkspace(stack);
  const repository = `bench/${name}-${Date.now().toString(36)}`;
  const tool = (/** @type {string[]} */ extra = []) => [bundle, 'build', '--repository', repository, '--create-repository', '--tags', '{short_sha}', ...extra];
  try {
    console.log(`\n${name}: ${stack.engine.title}`);

    // Cold, then a rebuild of the same commit: each on a fresh daemon, so that only the registry holds a cache.
    /** @type {ReturnType<typeof timed>[]} */
    const fresh = [];
    for (let i = 0; i < 2; i++) {
      const daemon = await startFreshDaemon(name);
      try {
        fresh.push(timed(bench, process.execPath, tool(), bench.env(daemon.stack)));
      } finally {
        await daemon.stop();
      }
    }
    const [cold, rebuild] = /** @type {[ReturnType<typeof timed>, ReturnType<typeof timed>]} */ (fresh);
    // BuildKit's plain progress: `#7 [3/5] RUN … sleep 15 …`, then `#7 CACHED` when the cache served it.
    const slowStep = /^(#\d+) \[[^\]\n]*\] RUN [^\n]*sleep 15/m.exec(rebuild.output)?.[1];
    const slowCached = slowStep !== undefined && rebuild.output.includes(`${slowStep} CACHED\n`);
    console.log(`  cold build (fresh daemon, no cache):        ${seconds(cold.total)} (docker build + push ${seconds(cold.docker)})`);
    console.log(`  rebuild, fresh daemon, registry cache:      ${seconds(rebuild.total)} (docker build + push ${seconds(rebuild.docker)}); the slow step ${slowCached ? 'CACHED' : 'RAN AGAIN'}`);
    console.log(`  ratio rebuild / cold:                       ${(rebuild.total / cold.total).toFixed(2)} (goal ≤ 0.2; docker's part alone ${(rebuild.docker / cold.docker).toFixed(2)})`);

    // Warm: the engine's own daemon, one warm-up run each, then interleaved rounds.
    const env = bench.env(stack);
    const image = `${stack.registry}/${repository}`;
    const recipe = [
      'set -e',
      `tag=$(git rev-parse --short=7 HEAD)`,
      `aws ecr get-login-password --region "$AWS_REGION" --endpoint-url "$AWS_ENDPOINT_URL_ECR" | docker login --username AWS --password-stdin ${stack.registry}`,
      `docker build -t ${image}:recipe-$tag .`,
      `docker push ${image}:recipe-$tag`,
      `printf '{"ImageURI":"%s"}' ${image}:recipe-$tag > imageDetail.json`,
    ].join('\n');
    const hasAws = findCommand('aws') !== undefined;
    /** @type {{ tool: ReturnType<typeof timed>[], recipe: ReturnType<typeof timed>[] }} */
    const warm = { tool: [], recipe: [] };
    for (let round = 0; round <= warmRuns; round++) {
      const toolRun = timed(bench, process.execPath, tool(), env);
      const recipeRun = hasAws ? timed(bench, 'sh', ['-c', recipe], env) : undefined;
      if (round === 0) continue;
      warm.tool.push(toolRun);
      if (recipeRun) warm.recipe.push(recipeRun);
    }
    const toolTotal = median(warm.tool.map((r) => r.total));
    const toolDocker = median(warm.tool.map((r) => r.docker));
    const own = median(warm.tool.map((r) => r.total - r.docker));
    console.log(`  warm full job, the tool:                    ${seconds(toolTotal)} (median of ${warmRuns}; docker build + push ${seconds(toolDocker)})`);
    if (hasAws) {
      const recipeTotal = median(warm.recipe.map((r) => r.total));
      console.log(`  warm, the hand-written recipe:              ${seconds(recipeTotal)} (median of ${warmRuns}; docker build + push ${seconds(median(warm.recipe.map((r) => r.docker)))})`);
      console.log(`  the tool's overhead over the recipe:        ${((toolTotal - recipeTotal) / recipeTotal).toFixed(2)} (goal ≤ 0.2)`);
    } else {
      console.log('  the hand-written recipe:                    not measured: it needs the aws CLI (apt-get install awscli)');
    }
    console.log(`  the tool's own share of a warm run:         ${ms(own)} of ${seconds(toolTotal)} (${((own / toolTotal) * 100).toFixed(0)} %)`);
  } finally {
    bench.remove();
  }
}

const engineOption = process.argv.find((arg) => arg.startsWith('--engine='));
const engines = engineOption ? engineOption.slice('--engine='.length).split(',').map((name) => engineName(name, '--engine')) : ENGINE_NAMES;

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

const { started } = await startStack({ engines });
try {
  for (const name of engines) await engineFigures(name);
} finally {
  if (started) await stopStack();
}
