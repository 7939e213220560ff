// @ts-check
/**
 * `npm run bench [-- --engine=NAME[,NAME…]]`: the figures we report — bundle size, cold start of `--help` and
 * `validate`, and per engine of the local offline stack (every engine by default):
 * - a cold build (a fresh daemon, a new repository: no cache anywhere) against a rebuild of the unchanged commit on
 *   another fresh daemon, which has only the registry's cache (the ratio's goal: ≤ 0.2);
 * - a warm full job of the tool against the hand-written recipe's commands on the same daemon (`aws ecr
 *   get-login-password | docker login`, `docker build`, `docker push`, `printf` of imageDetail.json): the tool's
 *   overhead over the recipe (goal: ≤ 0.2);
 * - the tool's own share of a warm run (everything but docker's build and push);
 * - two images (the sample service and a sidecar), each with a step of bounded CPU work that no cache can serve,
 *   built by one run with `extra-images` against the same two built by two runs one after the other (the ratio's
 *   goal on two cores: ≤ 0.7).
 * - the warm re-run against its floor (one cached docker build + push, the CLI logged in) and the tool's trace
 *   (bench/warm.mjs; goal ≤ 2.0);
 * - how the cost grows: validate by input size, a 200 MB context, four images in one run (bench/scaling.mjs).
 * - what `validate --live` adds to `validate` against moto on loopback, per deploy target, with the calls' trace
 *   (bench/live.mjs; goal ≤ 1 s). No engine: it runs before the stack starts, and alone does not start it.
 * The staged sample service gets a slow RUN step (a 15 s stand-in for installing dependencies or compiling), the
 * step a cache must skip. Also the lines of `src/`. `--only=startup,cold,warm,two-images,scaling,live` picks sections
 * (the sizes always print); `--bundle=PATH` measures another build (main's dist/, for figures before a change).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { engineName, ENGINE_NAMES } from '../test/stack/engines.mjs';
import { findCommand } from '../test/stack/processes.mjs';
import { readStack, startFreshDaemon, startStack, stopStack } from '../test/stack/index.mjs';
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true'; // the bench's own S3 client
import { liveFigures } from './live.mjs';
import { bigContext, fourImages, validateScaling } from './scaling.mjs';
import { warmFigures } from './warm.mjs';
import { benchWorkspace, commitAll, median, ms, seconds, timed, timeInterleaved } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundleOption = process.argv.find((arg) => arg.startsWith('--bundle='));
// Another build's bundle (a copy of main's dist/, say), for figures before and after a change.
// Absolute: the runs' working directories are the workspaces, not this one.
const bundle = bundleOption ? resolve(bundleOption.slice('--bundle='.length)) : join(root, 'dist/index.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 15);
const floorRounds = Number(process.env['BENCH_FLOOR_RUNS'] ?? 10);
const scalingRounds = Number(process.env['BENCH_SCALING_RUNS'] ?? 3);
const warmRuns = Number(process.env['BENCH_WARM_RUNS'] ?? 5);
const liveRounds = Number(process.env['BENCH_LIVE_RUNS'] ?? 9);
const SLOW_STEP = 'RUN ["/bin/busybox", "sh", "-c", "sleep 15; echo compiled > /compiled"]';
const twoImageRuns = Number(process.env['BENCH_TWO_IMAGE_RUNS'] ?? 3);
// CPU work, not a sleep: one run building both images is only faster if the two builds share the cores well. A
// shell loop keeps one core busy and no more (a `dd | sha256sum` pipe takes more than one), so two builds could at
// best take the time of one. BENCH_RUN (a new value per run) keeps every cache, local and registry, from serving it.
const CPU_ITERATIONS = Number(process.env['BENCH_CPU_ITERATIONS'] ?? 3_000_000);
const CPU_STEP = `ARG BENCH_RUN\nRUN echo "$BENCH_RUN" > /run-id && i=0 && while [ $i -lt ${CPU_ITERATIONS} ]; do i=$((i+1)); done && echo $i > /work`;

/**
 * Lines of the TypeScript sources, `src/**` + `.ts`, counted as `wc -l` does.
 * @param {string} [dir]
 * @returns {number}
 */
function sourceLines(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sum + sourceLines(path);
    return entry.name.endsWith('.ts') ? sum + readFileSync(path, 'utf8').split('\n').length - 1 : sum;
  }, 0);
}

function bundleSize() {
  const files = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'));
  const bytes = (/** @type {string} */ name) => statSync(join(root, 'dist', name)).size;
  const gzip = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(root, 'dist', name))).length, 0);
  return {
    entry: bytes('index.js'),
    total: files.reduce((sum, name) => sum + bytes(name), 0),
    gzip,
    files: files.length,
  };
}

/**
 * The figures of one engine.
 * @param {import('../test/stack/engines.mjs').EngineName} name
 */
async function engineFigures(name) {
  const stack = readStack(name);
  console.log(`\n${name}: ${stack.engine.title}`);
  if (wanted('cold')) await singleImageFigures(name, stack);
  if (wanted('warm')) await warmFigures(name, stack, { bundle, rounds: floorRounds });
  if (wanted('scaling')) {
    fourImages(name, stack, { bundle, rounds: scalingRounds });
    // Once: the context's cost is the tool's own, the same on every engine.
    if (name === engines[0]) await bigContext(name, stack, { bundle, rounds: scalingRounds });
  }
  if (wanted('two-images')) twoImageFigures(name, stack);
}

/**
 * Cold against rebuild, the tool against the recipe, the tool's own share.
 * @param {import('../test/stack/engines.mjs').EngineName} name
 * @param {import('../test/stack/index.mjs').Stack} stack
 */
async function singleImageFigures(name, stack) {
  const bench = benchWorkspace(stack, SLOW_STEP);
  const repository = `bench/${name}-${Date.now().toString(36)}`;
  const tool = (/** @type {string[]} */ extra = []) => [
    bundle,
    'build',
    '--repository',
    repository,
    '--create-repository',
    '--tags',
    '{short_sha}',
    ...extra,
  ];
  try {
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
    console.log(
      `  cold build (fresh daemon, no cache):        ${seconds(cold.total)} (docker build + push ${seconds(cold.docker)})`,
    );
    console.log(
      `  rebuild, fresh daemon, registry cache:      ${seconds(rebuild.total)} (docker build + push ${seconds(rebuild.docker)}); the slow step ${slowCached ? 'CACHED' : 'RAN AGAIN'}`,
    );
    console.log(
      `  ratio rebuild / cold:                       ${(rebuild.total / cold.total).toFixed(2)} (goal ≤ 0.2; docker's part alone ${(rebuild.docker / cold.docker).toFixed(2)})`,
    );

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
    console.log(
      `  warm full job, the tool:                    ${seconds(toolTotal)} (median of ${warmRuns}; docker build + push ${seconds(toolDocker)})`,
    );
    if (hasAws) {
      const recipeTotal = median(warm.recipe.map((r) => r.total));
      console.log(
        `  warm, the hand-written recipe:              ${seconds(recipeTotal)} (median of ${warmRuns}; docker build + push ${seconds(median(warm.recipe.map((r) => r.docker)))})`,
      );
      console.log(
        `  the tool's overhead over the recipe:        ${((toolTotal - recipeTotal) / recipeTotal).toFixed(2)} (goal ≤ 0.2)`,
      );
    } else {
      console.log(
        '  the hand-written recipe:                    not measured: it needs the aws CLI (apt-get install awscli)',
      );
    }
    console.log(
      `  the tool's own share of a warm run:         ${ms(own)} of ${seconds(toolTotal)} (${((own / toolTotal) * 100).toFixed(0)} %)`,
    );
  } finally {
    bench.remove();
  }
}

/**
 * How much two CPU-bound processes gain from running at once on this machine, right now: the median time of one
 * busybox shell loop, and of two started together. 1.0 × means a second core is free, 2.0 × that it is not (the
 * cores are shared, or another's work has them); the two-image ratio cannot beat what this allows.
 */
function parallelCapacity() {
  const loop = `i=0; while [ $i -lt ${CPU_ITERATIONS / 3} ]; do i=$((i+1)); done`;
  const time = (/** @type {string} */ script) => {
    const start = process.hrtime.bigint();
    spawnSync('/bin/busybox', ['sh', '-c', script], { stdio: 'ignore' });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  /** @type {{ one: number[], two: number[] }} */
  const times = { one: [], two: [] };
  for (let round = 0; round < 3; round++) {
    times.one.push(time(loop));
    times.two.push(time(`(${loop}) & (${loop}) & wait`));
  }
  return { one: median(times.one), two: median(times.two) };
}

/**
 * Two images in one run against the same two in two runs, one after the other: the sample service (Image1) and a
 * sidecar from a folder of the same repository (Image2, in a repository of its own), each with the CPU step.
 * Every run gives each build a BENCH_RUN of its own: the two Dockerfiles' steps up to the CPU step are the same, so
 * with one value BuildKit would run the step once and take it from its cache (or, at once, share it) for the other.
 * Both ways build the same work; the registry cache is off in both.
 * @param {import('../test/stack/engines.mjs').EngineName} name
 * @param {import('../test/stack/index.mjs').Stack} stack
 */
function twoImageFigures(name, stack) {
  const bench = benchWorkspace(stack, CPU_STEP);
  const sidecar = join(bench.service, 'sidecar');
  mkdirSync(sidecar);
  copyFileSync('/bin/busybox', join(sidecar, 'busybox'));
  writeFileSync(
    join(sidecar, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
      CPU_STEP,
      'CMD ["sleep", "3600"]',
      '',
    ].join('\n'),
  );
  const taskdefPath = join(bench.service, 'taskdef.json');
  const taskdef = JSON.parse(readFileSync(taskdefPath, 'utf8'));
  taskdef.containerDefinitions.push({ name: 'sidecar', image: '<IMAGE2_NAME>', essential: false });
  writeFileSync(taskdefPath, `${JSON.stringify(taskdef, null, 2)}\n`);
  commitAll(bench.service, 'a sidecar');

  const suffix = `${name}-${Date.now().toString(36)}`;
  const app = `bench/two-app-${suffix}`;
  const proxy = `bench/two-sidecar-${suffix}`;
  const common = [bundle, 'build', '--create-repository', '--cache=false', '--tags', '{short_sha}'];
  const env = bench.env(stack);
  let run = 0;
  const together = () => {
    const id = `${suffix}-${run++}`;
    const extra = [
      {
        placeholder: 'IMAGE2_NAME',
        repository: proxy,
        context: 'sidecar',
        'build-args': { BENCH_RUN: `${id}-sidecar` },
      },
    ];
    return timed(
      bench,
      process.execPath,
      [...common, '--repository', app, '--build-args', `BENCH_RUN=${id}-app`, '--extra-images', JSON.stringify(extra)],
      env,
    );
  };
  const oneAfterTheOther = () => {
    const id = `${suffix}-${run++}`;
    const first = timed(
      bench,
      process.execPath,
      [...common, '--repository', app, '--build-args', `BENCH_RUN=${id}-app`, '--other-placeholders', 'IMAGE2_NAME'],
      env,
    );
    const second = timed(
      bench,
      process.execPath,
      [
        ...common,
        '--repository',
        proxy,
        '--context',
        'sidecar',
        '--build-args',
        `BENCH_RUN=${id}-sidecar`,
        '--image-placeholder',
        'IMAGE2_NAME',
        '--other-placeholders',
        'IMAGE1_NAME',
        '--output-dir',
        'ecs-deploy-sidecar',
      ],
      env,
    );
    return { total: first.total + second.total, docker: first.docker + second.docker };
  };
  try {
    /** @type {{ together: ReturnType<typeof together>[], sequential: ReturnType<typeof oneAfterTheOther>[], load: number[] }} */
    const times = { together: [], sequential: [], load: [] };
    // A warm-up round (it creates the repositories), then interleaved rounds.
    for (let round = 0; round <= twoImageRuns; round++) {
      const one = together();
      const two = oneAfterTheOther();
      if (round === 0) continue;
      times.together.push(one);
      times.sequential.push(two);
      times.load.push(loadavg()[0] ?? NaN);
    }
    const machine = parallelCapacity();
    const one = median(times.together.map((r) => r.total));
    const two = median(times.sequential.map((r) => r.total));
    console.log(
      `  two images, one run (extra-images):         ${seconds(one)} (median of ${twoImageRuns}; docker build + push ${seconds(median(times.together.map((r) => r.docker)))}; each image counts to ${CPU_ITERATIONS} in a shell loop)`,
    );
    console.log(
      `  the same two, two runs one after the other: ${seconds(two)} (docker build + push ${seconds(median(times.sequential.map((r) => r.docker)))})`,
    );
    console.log(
      `  ratio one run / two runs:                   ${(one / two).toFixed(2)} (goal ≤ 0.7 on two cores; ${cpus().length} cores here, load average ${median(times.load).toFixed(1)} at the rounds' ends)`,
    );
    console.log(
      `  this machine, two CPU loops at once:        ${(machine.two / machine.one).toFixed(2)} × the time of one (${ms(machine.two)} against ${ms(machine.one)}; 1.0 with two free cores)`,
    );
  } finally {
    bench.remove();
  }
}

const engineOption = process.argv.find((arg) => arg.startsWith('--engine='));
const onlyOption = process.argv.find((arg) => arg.startsWith('--only='));
const only = new Set(onlyOption ? onlyOption.slice('--only='.length).split(',') : []);
/** @param {'startup' | 'cold' | 'warm' | 'two-images' | 'scaling' | 'live'} section */
const wanted = (section) => only.size === 0 || only.has(section);
const engines = engineOption
  ? engineOption
      .slice('--engine='.length)
      .split(',')
      .map((name) => engineName(name, '--engine'))
  : ENGINE_NAMES;

// The Node.js every command of the bench runs on, the tool's included: this one (see DEVELOPERS.md, Bench).
console.log(`node ${process.version} (${process.execPath})`);
console.log(`lines of src/ (*.ts): ${sourceLines()}`);
const size = bundleSize();
console.log(
  `bundle: dist/index.js ${(size.entry / 1024).toFixed(0)} KiB; all ${size.files} files ${(size.total / 1024 / 1024).toFixed(2)} MiB (${(size.gzip / 1024 / 1024).toFixed(2)} MiB gzipped)`,
);
if (wanted('startup')) {
  const [node = NaN, help = NaN, validate = NaN] = timeInterleaved(
    [
      { args: ['-e', '0'] },
      { args: [bundle, '--help'] },
      { args: [bundle, 'validate'], cwd: join(root, 'examples/sample-service') },
    ],
    runs,
  );
  console.log(`node -e 0:                      ${ms(node)} (median of ${runs} interleaved rounds)`);
  console.log(`node dist/index.js --help:      ${ms(help)} (${ms(help - node)} over node)`);
  console.log(`node dist/index.js validate:    ${ms(validate)} (${ms(validate - node)} over node)`);
}

if (wanted('scaling')) validateScaling(bundle, runs);
if (wanted('live')) await liveFigures({ bundle, rounds: liveRounds });

if (['cold', 'warm', 'scaling', 'two-images'].some((section) => wanted(/** @type {'cold'} */ (section)))) {
  const { started } = await startStack({ engines });
  try {
    for (const name of engines) await engineFigures(name);
  } finally {
    if (started) await stopStack();
  }
}
