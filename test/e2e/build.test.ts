/**
 * The build on the engine this run uses (EBB_ENGINE): the layer cache on a fresh daemon, build
 * secrets that leave no trace, and a buildx builder that is not the current one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFreshDaemon, startSecondBuilder, stackEnv } from '../stack/index.mjs';
import {
  addStep,
  bundle,
  createRepository,
  filesContaining,
  imageBlobs,
  registry,
  registryDigest,
  runTool,
  sampleWorkspace,
  stack,
  unique,
} from './harness';

/** The log lines BuildKit printed for the first step whose header contains `marker` (numbers repeat across builds). */
function stepLines(log: string, marker: string): string[] {
  const lines = log.split('\n');
  const start = lines.findIndex((line) => /^#\d+ \[[^\]]+\] /.test(line) && line.includes(marker));
  if (start < 0) return [];
  const step = (lines[start] as string).split(' ')[0] as string;
  const rest = lines.slice(start + 1).filter((line) => line.startsWith(`${step} `));
  const end = rest.findIndex((line) => line.startsWith(`${step} [`));
  return [lines[start] as string, ...(end < 0 ? rest : rest.slice(0, end))];
}

test('a fresh daemon rebuilding the same commit takes every step from the registry cache: the slow step is CACHED, the image the same', async () => {
  // A slow step of this test's own, so that the first build runs it whatever the daemon built before.
  const workspace = addStep(
    sampleWorkspace(),
    `RUN ["/bin/busybox", "sh", "-c", "sleep 3 && echo ${randomBytes(8).toString('hex')} > /slow"]`,
  );
  const repository = unique('build/fresh');
  await createRepository(repository);
  const first = await runTool(['--repository', repository, '--json'], { cwd: workspace.dir, tmp: workspace.tmp });
  expect(first.code).toBe(0);
  expect(stepLines(first.stderr, 'sleep 3')).not.toContainEqual(expect.stringMatching(/ CACHED$/));
  const zip = readFileSync(join(workspace.dir, 'ecs-deploy.zip'));
  const imageDetail = readFileSync(join(workspace.dir, 'ecs-deploy/imageDetail.json'), 'utf8');

  const fresh = await startFreshDaemon();
  try {
    const rebuilt = await runTool(['--repository', repository, '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: stackEnv(fresh.stack),
    });
    expect(rebuilt.code).toBe(0);
    expect(stepLines(rebuilt.stderr, 'sleep 3')).toContainEqual(expect.stringMatching(/ CACHED$/));
    expect(JSON.parse(rebuilt.stdout)).toEqual(JSON.parse(first.stdout));
    expect(readFileSync(join(workspace.dir, 'ecs-deploy/imageDetail.json'), 'utf8')).toBe(imageDetail);
    expect(readFileSync(join(workspace.dir, 'ecs-deploy.zip'))).toEqual(zip);
  } finally {
    await fresh.stop();
  }
});

test('three runs of one commit with the cache on: one image, one zip', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('build/again');
  await createRepository(repository);
  const outputs: unknown[] = [];
  const zips: Buffer[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await runTool(['--repository', repository, '--json'], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(run.code).toBe(0);
    outputs.push(JSON.parse(run.stdout));
    zips.push(readFileSync(join(workspace.dir, 'ecs-deploy.zip')));
  }
  expect(outputs[1]).toEqual(outputs[0]);
  expect(outputs[2]).toEqual(outputs[0]);
  expect(zips[1]).toEqual(zips[0]);
  expect(zips[2]).toEqual(zips[0]);
  // The cache lives beside the image, never in it: the deployed config has no inline cache.
  const digest = (outputs[0] as Record<string, string>)['image-digest'] as string;
  expect((await imageBlobs(repository, digest)).some((blob) => blob.includes('moby.buildkit.cache'))).toBe(false);
  expect(await registryDigest(repository, 'buildcache')).not.toBe(digest);
});

test('a build secret reaches RUN --mount=type=secret and nothing else: no output, argv, image, layer or file', async () => {
  const fromInput = `in-${randomBytes(12).toString('hex')}`;
  const fromEnv = `env-${randomBytes(12).toString('hex')}`;
  // BuildKit's cache key leaves secrets out: the step is this test's own, so that it runs with these values.
  const workspace = addStep(
    sampleWorkspace(),
    'RUN --mount=type=secret,id=token --mount=type=secret,id=npm ["/bin/busybox", "sh", "-c", ' +
      `"cat /run/secrets/token /run/secrets/npm | sha256sum > /secrets.sha256 && echo ${randomBytes(8).toString('hex')} && sleep 2"]`,
  );
  const repository = unique('build/secret');
  await createRepository(repository);
  // The Action host: `secrets` in INPUT_SECRETS, `secret-envs` naming a variable of the step.
  const outputFile = join(workspace.tmp, '..', 'github_output');
  writeFileSync(outputFile, '');
  const env = {
    ...stackEnv(stack),
    TMPDIR: workspace.tmp,
    RUNNER_TEMP: workspace.tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: 'build',
    GITHUB_OUTPUT: outputFile,
    GITHUB_SHA: workspace.sha,
    INPUT_REPOSITORY: repository,
    INPUT_SECRETS: `token=${fromInput}`,
    'INPUT_SECRET-ENVS': 'npm=NPM_TOKEN',
    NPM_TOKEN: fromEnv,
  };
  const child = spawn(process.execPath, [bundle], { cwd: workspace.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // Every process's command line, read again and again while the tool runs (docker, buildx, BuildKit's RUN).
  const seen = new Set<string>();
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`);
        if (cmdline.includes(fromInput) || cmdline.includes(fromEnv)) seen.add(cmdline.toString().replace(/\0/g, ' '));
      } catch {
        // the process ended
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(await exited).toBe(0);
  expect([...seen]).toEqual([]);
  // The Action masks both at once; nothing else prints them.
  const lines = output.split('\n').filter((line) => line.includes(fromInput) || line.includes(fromEnv));
  expect(lines).toEqual([`::add-mask::${fromInput}`, `::add-mask::${fromEnv}`]);
  expect(output).toContain('RUN --mount=type=secret,id=token');
  // The step read both: the image holds their hash, and neither value in any blob (config, history, layers), nor does the cache.
  const digest = (
    JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy/imageDetail.json'), 'utf8')) as { ImageURI: string }
  ).ImageURI.split('@')[1] as string;
  const blobs = [...(await imageBlobs(repository, digest)), ...(await imageBlobs(repository, 'buildcache'))];
  const hash = createHash('sha256').update(`${fromInput}${fromEnv}`).digest('hex');
  expect(blobs.some((blob) => blob.includes(hash))).toBe(true);
  for (const secret of [fromInput, fromEnv]) {
    expect(blobs.filter((blob) => blob.includes(secret))).toEqual([]);
    expect(filesContaining(workspace.dir, secret)).toEqual([]);
    expect(filesContaining(workspace.tmp, secret)).toEqual([]);
  }
  expect(readdirSync(workspace.tmp)).toEqual([]);
});

test('builder: the image is built and pushed by a buildx builder that is not the current one', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('build/builder');
  await createRepository(repository);
  const second = await startSecondBuilder(stack);
  try {
    const run = await runTool(['--repository', repository, '--builder', second.name, '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    if (!stack.engine.buildx) {
      expect(run.stderr).toContain(
        `error: --builder: '${second.name}' is a buildx builder, and this docker client has no buildx plugin`,
      );
      expect(run.code).toBe(2);
      expect(await registryDigest(repository, workspace.sha.slice(0, 7))).toBeUndefined();
      return;
    }
    expect(run.code).toBe(0);
    const digest = (JSON.parse(run.stdout) as Record<string, string>)['image-digest'];
    const ref = `${stack.registry}/${repository}:${workspace.sha.slice(0, 7)}`;
    expect(await registryDigest(repository, workspace.sha.slice(0, 7))).toBe(digest);
    // Built on the second daemon, not on the current one.
    const images = (env: Record<string, string | undefined>) =>
      execFileSync('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], { env, encoding: 'utf8' }).split(
        '\n',
      );
    expect(images(stackEnv(second.daemon.stack))).toContain(ref);
    expect(images(stackEnv(stack))).not.toContain(ref);

    const missing = await runTool(['--repository', repository, '--builder', 'no-such-builder'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: --builder: there is no buildx builder 'no-such-builder'");

    // Immutable tags with a builder that pushes itself: the first push in the build; on a re-run it builds,
    // compares, and pushes only the tag that is new, by a second, cached build; another image is refused.
    const immutable = unique('build/builder-immutable');
    await createRepository(immutable, 'IMMUTABLE');
    const tag = workspace.sha.slice(0, 7);
    const args = ['--repository', immutable, '--builder', second.name, '--json'];
    const pushed = await runTool([...args, '--tags', tag], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(pushed.code).toBe(0);
    const pinned = (JSON.parse(pushed.stdout) as Record<string, string>)['image-digest'];
    const again = await runTool([...args, '--tags', `${tag},run-2`], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(again.stderr).toContain(
      `${stack.registry}/${immutable}:${tag} already points at this image (immutable tag): not pushed again`,
    );
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as Record<string, string>)['image-digest']).toBe(pinned);
    expect(await registryDigest(immutable, 'run-2')).toBe(pinned);
    writeFileSync(join(workspace.dir, 'site/index.html'), 'changed but not committed\n');
    const conflict = await runTool([...args, '--tags', `${tag},run-3`], { cwd: workspace.dir, tmp: workspace.tmp });
    // Like for like: manifests where the builder's store has them, else configs (a classic store).
    expect(conflict.stderr).toMatch(
      new RegExp(
        `error: --tags: tag '${tag}' already exists in ${immutable}, whose tags are immutable, and points at another image ` +
          `\\((${pinned}; this build is sha256:[0-9a-f]{64}|${pinned}, config (sha256:[0-9a-f]{64}); this build is the image with config (?!\\2)sha256:[0-9a-f]{64})\\)`,
      ),
    );
    expect(conflict.code).toBe(2);
    expect(await registryDigest(immutable, 'run-3')).toBeUndefined();
  } finally {
    await second.remove();
  }
});

test('provenance: attestations where the builder makes them, at the price of a new image every build; refused where they cannot be pushed', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('build/provenance');
  const immutable = unique('build/provenance-immutable');
  await createRepository(repository);
  await createRepository(immutable, 'IMMUTABLE');
  const args = ['--provenance', 'mode=max', '--json'];
  const first = await runTool(['--repository', repository, ...args], { cwd: workspace.dir, tmp: workspace.tmp });
  const tag = workspace.sha.slice(0, 7);
  if (!stack.engine.buildx || stack.engine.imageStore === 'classic') {
    expect(first.stderr).toContain(
      stack.engine.buildx
        ? 'error: --provenance: the docker driver on the classic image store cannot make attestations'
        : 'error: --provenance: attestations need buildx, and this docker client has no buildx plugin',
    );
    expect(first.code).toBe(2);
    expect(await registry.tags(repository)).toEqual([]);
    return;
  }
  expect(first.code).toBe(0);
  expect(first.stderr).toContain(
    "warning: provenance: the attestations make each tag an OCI image index, and ECR's basic scanning cannot scan an index",
  );
  const manifest = await registry.manifest(repository, tag);
  // An index: the image, and an attestation manifest whose provenance holds the build's times.
  const index = JSON.parse(manifest?.text ?? '{}') as { manifests: { annotations?: Record<string, string> }[] };
  expect(manifest?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  expect(index.manifests.map((child) => child.annotations?.['vnd.docker.reference.type'])).toEqual([
    undefined,
    'attestation-manifest',
  ]);
  const again = await runTool(['--repository', repository, ...args], { cwd: workspace.dir, tmp: workspace.tmp });
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)['image-digest']).not.toBe(JSON.parse(first.stdout)['image-digest']);

  const refused = await runTool(['--repository', immutable, ...args], { cwd: workspace.dir, tmp: workspace.tmp });
  expect(refused.stderr).toContain(
    'error: --provenance: attestations make the image an index, which docker push cannot put under an immutable tag',
  );
  expect(refused.code).toBe(2);
  expect(await registry.tags(immutable)).toEqual([]);
});

test("the buildx plugin of the user's DOCKER_CONFIG is found under the tool's private config, which gets the login instead", async () => {
  const workspace = sampleWorkspace();
  const repository = unique('build/plugins');
  await createRepository(repository);
  // A user whose Docker config is elsewhere than ~/.docker, with the engine's plugins in it (none on 20.10).
  const config = join(workspace.tmp, '..', 'docker-config');
  mkdirSync(config);
  const plugins = join(stack.engine.home, '.docker', 'cli-plugins');
  if (existsSync(plugins)) symlinkSync(plugins, join(config, 'cli-plugins'));
  writeFileSync(join(config, 'config.json'), '{}\n');
  const home = join(workspace.tmp, '..', 'home');
  mkdirSync(home);
  const run = await runTool(['--repository', repository, '--debug'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: { ...stackEnv(stack), HOME: home, DOCKER_CONFIG: config },
  });
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(stack.engine.buildx ? /builder buildx \(current: docker driver/ : /builder buildkit/);
  expect(run.stderr).toContain(stack.engine.buildx ? '--metadata-file' : '--iidfile');
  expect(readFileSync(join(config, 'config.json'), 'utf8')).toBe('{}\n');
});

test('ssh: a key given as id=path reaches RUN --mount=type=ssh as an agent socket', async () => {
  // BuildKit's cache key leaves SSH out: the step is this test's own.
  const workspace = addStep(
    sampleWorkspace(),
    'RUN --mount=type=ssh,id=deploy ["/bin/busybox", "sh", "-c", ' +
      `"test -S \\"$SSH_AUTH_SOCK\\" && echo agent-${randomBytes(8).toString('hex')} > /ssh-ok"]`,
  );
  const repository = unique('build/ssh');
  await createRepository(repository);
  const key = join(workspace.tmp, '..', 'deploy_key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  const run = await runTool(['--repository', repository, '--ssh', `deploy=${key}`, '--json'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
  });
  expect(run.stderr).toMatch(/RUN --mount=type=ssh,id=deploy/);
  expect(run.code).toBe(0);
  expect(readFileSync(key, 'utf8')).toContain('PRIVATE KEY');
  const digest = (JSON.parse(run.stdout) as Record<string, string>)['image-digest'] as string;
  const blobs = await imageBlobs(repository, digest);
  expect(blobs.some((blob) => blob.includes('ssh-ok'))).toBe(true);
  expect(blobs.some((blob) => blob.includes(readFileSync(key, 'utf8').split('\n')[1] as string))).toBe(false);
});
