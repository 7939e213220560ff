// @ts-check
/**
 * The warm re-run of an unchanged commit, the run a pipeline makes most often, against its floor: what any tool doing
 * this job must spend — one cached `docker build` and one `docker push` of layers the registry already holds, with the
 * Docker CLI already logged in. Both run on the engine's own daemon in interleaved rounds (a floor, then the tool's
 * full job with the S3 upload), after a warm-up of each; then one run with `--debug` gives the tool's trace, summed
 * by what took the time.
 *
 * Measured here in Node rather than with hyperfine: the rounds must interleave two different kinds of run against the
 * same daemon and registry, the floor is two commands whose times add up, and the trace of the tool's own run comes
 * from the tool; hyperfine (a Debian package, not on every machine) would add only its statistics.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { benchWorkspace, median, ms } from './lib.mjs';

/**
 * A bucket (with versioning where the server has it) on the stack's S3 server.
 * @param {import('../test/stack/index.mjs').Stack} stack
 * @param {string} bucket
 */
export async function createBenchBucket(stack, bucket) {
  // Loaded here, once the bench has quieted the SDK's warning about Node versions.
  const { CreateBucketCommand, PutBucketVersioningCommand, S3Client } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({
    region: stack.region,
    endpoint: stack.s3Endpoint,
    forcePathStyle: true,
    credentials: stack.credentials,
  });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  // As the e2e harness does: s3rver has no versioning (it answers BucketAlreadyExists), AWS and MinIO do.
  await s3
    .send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }))
    .catch(() => undefined);
  s3.destroy();
}

/**
 * Runs a program to completion and returns its wall time in milliseconds; throws with its output when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, input?: string }} options
 */
export function wall(command, args, options) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 64 << 20 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return { ms: elapsed, output: `${result.stdout}${result.stderr}` };
}

/**
 * The trace lines of a `--debug` run (`debug: trace  12.3 →  80.1 ms  process docker version`), as spans.
 * @param {string} output
 */
export function parseTrace(output) {
  return [...output.matchAll(/^debug: trace +([\d.]+) → +([\d.]+) ms {2}(\w+) +(.*)$/gm)].map((match) => ({
    start: Number(match[1]),
    end: Number(match[2]),
    kind: match[3] ?? '',
    name: match[4] ?? '',
  }));
}

/**
 * A trace summed by what took the time: each program (by its first two words) and each AWS call, with how often it
 * ran and its total milliseconds, longest first.
 * @param {ReturnType<typeof parseTrace>} spans
 */
export function traceBreakdown(spans) {
  /** @type {Map<string, { count: number, ms: number }>} */
  const parts = new Map();
  for (const span of spans) {
    const key =
      span.kind === 'process'
        ? span.name
            .split(' ')
            .slice(0, 3)
            .join(' ')
            .replace(/ \S*[/:]\S*$/, '')
        : span.name;
    const part = parts.get(key) ?? { count: 0, ms: 0 };
    parts.set(key, { count: part.count + 1, ms: part.ms + span.end - span.start });
  }
  return [...parts].sort((a, b) => b[1].ms - a[1].ms);
}

/**
 * The two runs the warm figures compare, in a bench workspace, both warmed up: the tool's full job with the S3 upload
 * (the first run creates the repository, the cache and the tag: every later run is a warm re-run), and the floor — a
 * cached `docker build` and a `docker push` of layers the registry holds, in a Docker config of its own logged in once
 * beforehand. `floor()` returns its milliseconds; `tool()` its run.
 * @param {import('../test/stack/index.mjs').Stack} stack
 * @param {ReturnType<typeof benchWorkspace>} bench
 * @param {{ bundle: string, repository: string, bucket: string }} options
 */
export async function floorAndTool(stack, bench, { bundle, repository, bucket }) {
  await createBenchBucket(stack, bucket);
  const env = bench.env(stack);
  const args = [bundle, 'build', '--repository', repository, '--create-repository', '--tags', '{short_sha}'];
  const tool = (/** @type {string[]} */ extra = []) =>
    wall(process.execPath, [...args, '--s3-bucket', bucket, ...extra], { cwd: bench.service, env });
  const floorConfig = join(bench.work, 'floor-docker');
  mkdirSync(floorConfig);
  if (stack.engine.buildx)
    symlinkSync(join(stack.engine.home, '.docker/cli-plugins'), join(floorConfig, 'cli-plugins'));
  const floorOptions = { cwd: bench.service, env: { ...env, DOCKER_CONFIG: floorConfig } };
  const image = `${stack.registry}/${repository}`;
  const floor = () =>
    wall('docker', ['build', '--quiet', '--tag', `${image}:floor`, '.'], floorOptions).ms +
    wall('docker', ['push', `${image}:floor`], floorOptions).ms;
  tool();
  wall('docker', ['login', '--username', 'AWS', '--password-stdin', stack.registry], {
    ...floorOptions,
    input: stack.registryPassword,
  });
  floor();
  return { tool, floor };
}

/**
 * The warm figures of one engine: the floor, the tool's warm full job with S3, their ratio, and the tool's trace.
 * @param {import('../test/stack/engines.mjs').EngineName} name
 * @param {import('../test/stack/index.mjs').Stack} stack
 * @param {{ bundle: string, rounds: number }} options
 */
export async function warmFigures(name, stack, { bundle, rounds }) {
  const bench = benchWorkspace(stack, '');
  const suffix = `${name}-${Date.now().toString(36)}`;
  const repository = `bench/warm-${suffix}`;
  const bucket = `bench-warm-${suffix}`;
  try {
    const { tool, floor } = await floorAndTool(stack, bench, { bundle, repository, bucket });
    /** @type {{ floor: number[], tool: number[] }} */
    const times = { floor: [], tool: [] };
    for (let round = 0; round < rounds; round++) {
      times.floor.push(floor());
      times.tool.push(tool().ms);
    }
    const floorMs = median(times.floor);
    const toolMs = median(times.tool);
    console.log(
      `  floor: cached docker build + push:         ${ms(floorMs)} (median of ${rounds} interleaved rounds; the CLI logged in)`,
    );
    console.log(`  the tool, warm full job with S3:            ${ms(toolMs)}`);
    console.log(`  ratio tool / floor:                         ${(toolMs / floorMs).toFixed(2)} (goal ≤ 2.0)`);
    const spans = parseTrace(tool(['--debug']).output);
    const end = Math.max(0, ...spans.map((span) => span.end));
    console.log(
      `  one warm run's trace (--debug), by total time (${spans.length} spans, the last ending at ${ms(end)}):`,
    );
    for (const [key, part] of traceBreakdown(spans))
      console.log(`    ${ms(part.ms).padStart(7)}  ${part.count} × ${key}`);
  } finally {
    bench.remove();
  }
}
