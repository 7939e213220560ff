/**
 * The warm path's behaviours (issue 19), as a user sees them: the trace `--debug` prints, no `docker login` or
 * `docker logout` process (the login is written into the private config, and the registry still checks it at the
 * push), and the layer cache left alone by an unchanged re-run but updated when a layer changed. No timings are
 * asserted here: `npm run bench` prints them.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackEnv } from '../stack/index.mjs';
import {
  commitAll,
  createRepository,
  registry,
  registryDigest,
  runTool,
  sampleWorkspace,
  stack,
  unique,
} from './harness';
import { expectPublished } from './published';
import { faultProxy } from './faults';

/** The trace lines of a `--debug` run. */
function traceOf(stderr: string): { start: number; end: number; kind: string; name: string }[] {
  return [...stderr.matchAll(/^debug: trace +([\d.]+) → +([\d.]+) ms {2}(\w+) +(.*)$/gm)].map((match) => ({
    start: Number(match[1]),
    end: Number(match[2]),
    kind: match[3] as string,
    name: match[4] as string,
  }));
}

/** A `docker` first on PATH that writes each command line it is given to `log`, then runs the engine's client. */
function dockerShim(dir: string): { path: string; log: string } {
  const bin = join(dir, 'shim-bin');
  const log = join(dir, 'docker-calls');
  mkdirSync(bin, { recursive: true });
  writeFileSync(log, '');
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${join(stack.binDir, 'docker')}' "$@"\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  return { path: `${bin}:${stackEnv(stack).PATH}`, log };
}

const afterTest: (() => void)[] = [];
afterEach(() => {
  for (const task of afterTest.splice(0)) task();
});

describe('the trace', () => {
  test('--debug lists every program the tool started and every AWS call, start ≤ end; no docker login or logout is among them', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('speed/trace');
    // Outside the run's temp directory, which must be empty afterwards.
    const shimDir = mkdtempSync(join(tmpdir(), 'ebb-shim-'));
    afterTest.push(() => rmSync(shimDir, { recursive: true, force: true }));
    const shim = dockerShim(shimDir);
    const run = await runTool(['--repository', repository, '--create-repository', '--json', '--debug'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { PATH: shim.path },
    });
    expect(run.code).toBe(0);
    await expectPublished(workspace, JSON.parse(run.stdout) as Record<string, string>, run, {
      repository,
      tags: [workspace.sha.slice(0, 7)],
    });
    const spans = traceOf(run.stderr);
    for (const span of spans) expect(span.start).toBeLessThanOrEqual(span.end);
    // Every docker command the shim saw is in the trace, one span each, by its command words.
    const calls = readFileSync(shim.log, 'utf8').trim().split('\n');
    const traced = spans.filter((span) => span.kind === 'process' && span.name.startsWith('docker '));
    expect(traced).toHaveLength(calls.length);
    for (const span of traced) {
      const words = span.name.split(' ').slice(1);
      expect(
        calls.some((call) =>
          call
            .split(' ')
            .filter((word) => !word.startsWith('-'))
            .join(' ')
            .includes(words.join(' ')),
        ),
      ).toBe(true);
    }
    expect(calls.filter((call) => /(^| )(login|logout)( |$)/.test(call))).toEqual([]);
    expect(traced.map((span) => span.name)).toContain(
      `docker push ${stack.registry}/${repository}:${workspace.sha.slice(0, 7)}`,
    );
    // The git commands that read the commit, and the ECR calls of the job.
    expect(spans.filter((span) => span.kind === 'process' && span.name.startsWith('git ')).length).toBeGreaterThan(0);
    expect(spans.filter((span) => span.kind === 'aws').map((span) => span.name)).toEqual(
      expect.arrayContaining([
        'ECR GetAuthorizationToken',
        'ECR DescribeRepositories',
        'ECR CreateRepository',
        'ECR DescribeImages',
      ]),
    );
    expect(run.stderr).toMatch(/^debug: trace covered: \d+ process \d+ ms, \d+ aws \d+ ms/m);
  });
});

describe('the registry login, without docker login', () => {
  test('a password the registry refuses fails at the push, naming the push and the registry; nothing is pushed', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('speed/refused');
    await createRepository(repository);
    const wrong = Buffer.from('AWS:not-the-password').toString('base64');
    const ecr = await faultProxy(stack.ecrEndpoint, {
      rewrite: (body) => body.replace(/"authorizationToken":"[^"]*"/, `"authorizationToken":"${wrong}"`),
    });
    const run = await runTool(['--repository', repository, '--tags', 'refused'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_ECR: ecr.url },
    });
    expect(run.code).toBe(1);
    // The first write to the registry meets the refusal: the build's own cache export where the builder exports a
    // registry cache (the containerd store), else the push.
    const registryCache = stack.engine.buildx && stack.engine.imageStore === 'containerd';
    expect(run.stderr).toContain(
      registryCache
        ? 'error: docker build failed'
        : `error: docker push ${stack.registry}/${repository}:refused failed`,
    );
    expect(run.stderr).toMatch(/unauthorized|authentication required/i);
    expect(run.stderr).toContain(`the registry ${stack.registry} refused this run's login or push`);
    expect(await registry.tags(repository)).toEqual([]);
  });
});

describe('the layer cache on a re-run', () => {
  test('an unchanged re-run leaves the cache tag as it is; a changed layer updates it', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('speed/cache');
    await createRepository(repository);
    const build = () => runTool(['--repository', repository, '--json'], { cwd: workspace.dir, tmp: workspace.tmp });
    const first = await build();
    expect(first.code).toBe(0);
    const cache = await registryDigest(repository, 'buildcache');
    expect(cache).toBeDefined();

    const again = await build();
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));
    expect(await registryDigest(repository, 'buildcache')).toBe(cache);
    // The inline cache (an image of its own under the cache tag) is neither built nor pushed again.
    const inline = !(stack.engine.buildx && stack.engine.imageStore === 'containerd');
    if (inline)
      expect(again.stderr).toContain(
        `${stack.registry}/${repository}:buildcache already holds the layers of this image`,
      );

    writeFileSync(join(workspace.dir, 'site/index.html'), `<h1>changed ${Date.now()}</h1>\n`);
    commitAll(workspace, 'a changed page');
    const changed = await build();
    expect(changed.code).toBe(0);
    expect(changed.stderr).not.toContain('already holds the layers of this image');
    const updated = await registryDigest(repository, 'buildcache');
    expect(updated).toBeDefined();
    expect(updated).not.toBe(cache);
  });
});
