/**
 * The engine of this run (EBB_ENGINE) reached as a remote engine is: over TCP with TLS (`DOCKER_HOST=tcp://…`,
 * `DOCKER_TLS_VERIFY`, `DOCKER_CERT_PATH`), on the loopback listener the stack gives every engine's daemon, with
 * certificates openssl made at the stack's start. The tool's private DOCKER_CONFIG, its secret files, the ssh agent
 * socket and the --iidfile/--metadata-file paths all live on the client's side; these tests show they still work
 * when the daemon is not on a local socket, and that CodeBuild's Docker server (a remote engine in a CodeBuild
 * build) skips the registry cache export.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addStep,
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

const tls = stack.engine.tls;
if (tls === undefined)
  throw new Error(`the stack's ${stack.engine.name} engine has no TLS listener: restart the stack`);
/** The client's side of a remote engine over TLS. */
const remote = { DOCKER_HOST: tls.host, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: tls.certPath };

/** An ssh-agent of this test's own (openssh-client's), on a socket in `dir`, holding a new key. */
async function startAgent(dir: string): Promise<{ socket: string; stop: () => void }> {
  const socket = join(dir, 'agent.sock');
  const key = join(dir, 'id_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  const agent: ChildProcess = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  execFileSync('ssh-add', ['-q', key], { env: { ...process.env, SSH_AUTH_SOCK: socket }, stdio: 'ignore' });
  return { socket, stop: () => agent.kill() };
}

test('the whole job against the engine over TCP with TLS: a build secret and an ssh mount reach RUN, the image is pushed and pinned', async () => {
  const secret = `tls-${randomBytes(12).toString('hex')}`;
  const marker = randomBytes(8).toString('hex');
  const workspace = addStep(
    sampleWorkspace(),
    'RUN --mount=type=secret,id=token --mount=type=ssh ["/bin/busybox", "sh", "-c", ' +
      `"test -S \\"$SSH_AUTH_SOCK\\" && sha256sum /run/secrets/token > /token.sha256 && echo agent-${marker} > /ssh-ok"]`,
  );
  const repository = unique('remote/tls');
  await createRepository(repository);
  const agentDir = join(workspace.tmp, '..', 'agent');
  mkdirSync(agentDir, { mode: 0o700 });
  const agent = await startAgent(agentDir);
  try {
    const run = await runTool(
      ['--repository', repository, '--secret-envs', 'token=BUILD_TOKEN', '--ssh', 'default', '--json'],
      {
        cwd: workspace.dir,
        tmp: workspace.tmp,
        env: { ...remote, SSH_AUTH_SOCK: agent.socket, BUILD_TOKEN: secret },
      },
    );
    expect(run.stderr).toContain(`the Docker engine is remote (DOCKER_HOST=${tls.host}, TLS verified)`);
    expect(run.stderr).toContain('RUN --mount=type=secret,id=token --mount=type=ssh');
    expect(run.code).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    const digest = outputs['image-digest'] as string;
    const tag = workspace.sha.slice(0, 7);
    expect(await registryDigest(repository, tag)).toBe(digest);
    expect(JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy/imageDetail.json'), 'utf8'))).toEqual({
      ImageURI: `${stack.registry}/${repository}@${digest}`,
    });
    // The step read the secret (its hash is in a layer) and reached the agent; the value is nowhere.
    const blobs = await imageBlobs(repository, digest);
    const hash = createHash('sha256').update(secret).digest('hex');
    expect(blobs.some((blob) => blob.includes(hash))).toBe(true);
    expect(blobs.some((blob) => blob.includes(`agent-${marker}`))).toBe(true);
    expect(blobs.filter((blob) => blob.includes(secret))).toEqual([]);
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
    expect(filesContaining(workspace.dir, secret)).toEqual([]);
    // The private Docker config, the secret files and the builder's metadata went with the run.
    expect(readdirSync(workspace.tmp)).toEqual([]);
    // Not in CodeBuild: a remote engine may be new for the next job, so the layer cache is exported as usual.
    expect(await registryDigest(repository, 'buildcache')).toBeDefined();
  } finally {
    agent.stop();
  }
});

test("CodeBuild's Docker server: a remote engine in a CodeBuild build keeps its layers, so the registry cache is not exported", async () => {
  const workspace = sampleWorkspace();
  const repository = unique('remote/codebuild');
  await createRepository(repository);
  const run = await runTool(['--repository', repository], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: {
      ...remote,
      CODEBUILD_BUILD_ID: 'web-build:9f2a',
      CODEBUILD_BUILD_NUMBER: '12',
      CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha,
      CODEBUILD_SRC_DIR: workspace.dir,
    },
  });
  expect(run.stderr).toContain(
    `the Docker engine is remote in a CodeBuild build (DOCKER_HOST=${tls.host}, TLS verified), taken as the project's Docker server, which keeps its layers between builds: the registry cache is read, not exported`,
  );
  expect(run.code).toBe(0);
  const tag = workspace.sha.slice(0, 7);
  const digest = await registryDigest(repository, tag);
  expect(JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy/imageDetail.json'), 'utf8'))).toEqual({
    ImageURI: `${stack.registry}/${repository}@${digest}`,
  });
  expect(await registry.tags(repository)).toEqual([tag]);
});

test('a client without the certificates is refused by the engine: exit 1 naming DOCKER_HOST, nothing pushed', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('remote/refused');
  await createRepository(repository);
  const noCerts = join(workspace.tmp, '..', 'no-certs');
  mkdirSync(noCerts);
  const run = await runTool(['--repository', repository], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: { ...remote, DOCKER_CERT_PATH: noCerts },
  });
  expect(run.stderr).toContain(`connecting to the Docker daemon at DOCKER_HOST=${tls.host}`);
  expect(run.code).toBe(1);
  expect(await registry.tags(repository)).toEqual([]);
});
