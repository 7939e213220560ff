/**
 * The tool as a hostile-but-realistic user and a flaky network would use it: dependencies that go
 * silent or fail, replies lost, parallel first builds, destructive paths, every input's mistakes,
 * and a cancelled job. Faults come from loopback proxies (`faults.ts`) in front of the stack.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { stackEnv } from '../stack/index.mjs';
import { faultProxy, silentEndpoint, silentUnixSocket, type Proxy } from './faults';
import {
  bundle,
  createRepository,
  registry,
  readZip,
  registryDigest,
  runTool,
  s3,
  sampleWorkspace,
  stack,
  unique,
  type ToolRun,
  type Workspace,
} from './harness';
import { expectNoPasswordLeft, expectPublished } from './published';

/** Every file under `dir` (`.git` included) and a hash of its bytes: what "nothing written" compares. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) files[relative(dir, path)] = `link to ${readlinkSync(path)}`;
    else if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else
      files[relative(dir, path)] = stat.isFile()
        ? createHash('sha256').update(readFileSync(path)).digest('hex')
        : 'special';
  };
  walk(dir);
  return files;
}

function json(run: ToolRun): {
  ok: boolean;
  error?: { kind: string; input?: string; file?: string; message: string; operation?: string };
} {
  return JSON.parse(run.stdout) as ReturnType<typeof json>;
}

describe('a dependency that goes silent is reported, naming it, with the fix', () => {
  test('the ECR endpoint: reported after one response-timeout, each call sent once, the process ends with the report, nothing pushed', async () => {
    const workspace = sampleWorkspace();
    const silent = await faultProxy(stack.ecrEndpoint, { answer: () => 'silent' });
    const started = performance.now();
    const run = await runTool(['--repository', unique('silent/ecr'), '--json', '--response-timeout', '10'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_ECR: silent.url },
    });
    const seconds = (performance.now() - started) / 1000;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^error: ECR \\w+ .*failed: ${silent.url} did not answer within 10 s\\n {2}fix: check the network, the region and any AWS_ENDPOINT_URL_\\* or proxy setting; on a slow network raise response-timeout`,
        'm',
      ),
    );
    expect(json(run).error).toMatchObject({ kind: 'service', operation: expect.stringMatching(/^ECR /) });
    expect(run.stderr).not.toContain('==> Build');
    // A timeout is not retried, and a call still waiting when another one's failure ends the run is
    // not sent again (it was, on a new connection, when its client was destroyed under it). The
    // tags' lookup goes beside the repository's.
    expect(silent.calls.map((call) => call.operation).sort()).toEqual([
      'BatchGetImage',
      'DescribeRepositories',
      'GetAuthorizationToken',
    ]);
    // One wait, not two: the calls wait at once, so the run takes one response-timeout and its own
    // few seconds (generous for a loaded machine); a second wait would take it past 20 s.
    expect(seconds).toBeGreaterThanOrEqual(10);
    expect(seconds).toBeLessThan(17);
    expectNoPasswordLeft(workspace, run);
  });

  test('the S3 endpoint: the bucket check fails before anything is built or pushed', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('silent/s3');
    await createRepository(repository);
    const silent = await silentEndpoint();
    const run = await runTool(['--repository', repository, '--s3-bucket', 'artifacts', '--response-timeout', '2'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_S3: silent },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: S3 HeadBucket artifacts failed: ${silent} did not answer within 2 s`);
    expect(run.stderr).not.toContain('==> Build');
    expect(await registry.tags(repository)).toEqual([]);
    expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);
  });

  test('the Docker daemon: `docker version` unanswered is an error naming DOCKER_HOST', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('silent/docker');
    await createRepository(repository);
    const socket = await silentUnixSocket();
    const run = await runTool(['--repository', repository], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { DOCKER_HOST: socket },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error: connecting to the Docker daemon at DOCKER_HOST=${socket} failed: stopped: no answer within 4 s`,
    );
    expect(run.stderr).toMatch(
      /fix: the daemon accepts connections but does not answer: restart it, or point DOCKER_HOST at one that works/,
    );
    expect(await registry.tags(repository)).toEqual([]);
    expectNoPasswordLeft(workspace, run);
  });
});

/**
 * The stack with its data plane behind `dataPlane`: an ECR proxy that hands out the proxy's
 * address as the registry (GetAuthorizationToken's proxyEndpoint, repository URIs).
 */
async function behindDataPlane(dataPlane: (front: string) => Promise<Proxy>): Promise<{ ecr: Proxy; data: Proxy }> {
  const data = await dataPlane(`http://${stack.registry}`);
  const ecr = await faultProxy(stack.ecrEndpoint, { rewrite: (body) => body.split(stack.registry).join(data.host) });
  return { ecr, data };
}

const BLOB_UPLOAD = /\/blobs\/uploads\//;

describe('a registry that fails or stalls during the push', () => {
  test('answering 500 to every blob upload: the push (or the build, where it exports the registry cache) is stopped at the first retry and reported', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('faulty/push');
    await createRepository(repository);
    const { ecr, data } = await behindDataPlane((front) =>
      faultProxy(front, { answer: (call) => (BLOB_UPLOAD.test(call.url) ? 500 : undefined) }),
    );
    const run = await runTool(['--repository', repository], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_ECR: ecr.url },
    });
    expect(run.code).toBe(1);
    // The daemon's push retries (docker push); BuildKit's cache export, in the build, retries too.
    const stopped = `failed: stopped: the registry ${data.host} failed a request \\((docker was retrying in \\d+ seconds?|500 Internal Server Error)\\)`;
    expect(run.stderr).toMatch(
      new RegExp(`^error: (docker push ${data.host}/${repository}:\\w+|docker build) ${stopped}`, 'm'),
    );
    expect(run.stderr).toContain(`fix: check that the registry ${data.host} is up and reachable`);
    expect(data.calls.some((call) => BLOB_UPLOAD.test(call.url))).toBe(true);
    expect(await registry.tags(repository)).toEqual([]);
    expectNoPasswordLeft(workspace, run);
  });

  test('never answering a blob upload: the push is stopped after push-timeout without progress', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('silent/push');
    await createRepository(repository);
    const { ecr, data } = await behindDataPlane((front) =>
      faultProxy(front, { answer: (call) => (BLOB_UPLOAD.test(call.url) ? 'silent' : undefined) }),
    );
    const run = await runTool(['--repository', repository, '--push-timeout', '3'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_ECR: ecr.url },
    });
    expect(run.code).toBe(1);
    // docker push, or the build where it exports the registry cache.
    expect(run.stderr).toMatch(
      new RegExp(
        `^error: (docker push ${data.host}/${repository}:\\w+|docker build) failed: stopped: no progress for 3 s`,
        'm',
      ),
    );
    expect(run.stderr).toMatch(/raise push-timeout/);
    expect(await registry.tags(repository)).toEqual([]);
    expectNoPasswordLeft(workspace, run);
  });
});

describe('idempotent remote steps', () => {
  test('a CreateRepository whose reply is lost: the SDK retries, the repository that now exists is used', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('lost/reply');
    let dropped = 0;
    const ecr = await faultProxy(stack.ecrEndpoint, {
      dropReply: (call) => call.operation === 'CreateRepository' && dropped++ === 0,
    });
    const run = await runTool(['--repository', repository, '--create-repository', '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_ECR: ecr.url },
    });
    expect(run.stderr).toContain(`created ${stack.registry}/${repository}`);
    expect(run.code).toBe(0);
    expect(ecr.calls.filter((call) => call.operation === 'CreateRepository')).toHaveLength(2);
    await expectPublished(workspace, JSON.parse(run.stdout) as Record<string, string>, run, {
      repository,
      tags: [workspace.sha.slice(0, 7)],
    });
  });

  test('a CreateRepository answered by silence: the repository it made is found and used, not a failure', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('silent/create');
    const ecr = await faultProxy(stack.ecrEndpoint, {
      silentReply: (call) => call.operation === 'CreateRepository',
    });
    const run = await runTool(
      ['--repository', repository, '--create-repository', '--response-timeout', '3', '--json'],
      { cwd: workspace.dir, tmp: workspace.tmp, env: { AWS_ENDPOINT_URL_ECR: ecr.url } },
    );
    expect(run.stderr).toContain(`created ${stack.registry}/${repository}`);
    expect(run.code).toBe(0);
    const operations = ecr.calls.map((call) => call.operation).filter((name) => /Repositor/.test(name ?? ''));
    expect(operations).toEqual(['DescribeRepositories', 'CreateRepository', 'DescribeRepositories']);
    await expectPublished(workspace, JSON.parse(run.stdout) as Record<string, string>, run, {
      repository,
      tags: [workspace.sha.slice(0, 7)],
    });
  });

  test('four first builds of one new repository and tag at once all succeed, with the same image (a lost race on the cache tag is a warning)', async () => {
    const workspaces = [sampleWorkspace(), sampleWorkspace(), sampleWorkspace(), sampleWorkspace()];
    const repository = unique('parallel/first');
    const args = ['--repository', repository, '--create-repository', '--json'];
    const runs = await Promise.all(
      workspaces.map((workspace) => runTool(args, { cwd: workspace.dir, tmp: workspace.tmp })),
    );
    expect(runs.map((run) => [run.code, run.code === 0 ? '' : run.stderr])).toEqual(runs.map(() => [0, '']));
    const digests = runs.map((run) => (JSON.parse(run.stdout) as Record<string, string>)['image-digest']);
    expect(new Set(digests).size).toBe(1);
    expect(await registryDigest(repository, (workspaces[0] as Workspace).sha.slice(0, 7))).toBe(digests[0]);
  });

  test('an S3 bucket that does not exist is found before anything is built or pushed; one without versions is a warning', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('s3/checked');
    await createRepository(repository);
    const missing = await runTool(['--repository', repository, '--s3-bucket', unique('absent')], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^error: --s3-bucket: bucket 'absent-[\w-]+' does not exist \(or is in another account\)$/m,
    );
    expect(missing.stderr).not.toContain('==> Build');
    expect(await registry.tags(repository)).toEqual([]);
    expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);

    const bucket = unique('unversioned');
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const unversioned = await runTool(['--repository', repository, '--s3-bucket', bucket], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(unversioned.code).toBe(0);
    expect(unversioned.stderr).toMatch(
      new RegExp(
        `^warning: bucket '${bucket}' does not keep versions: a CodePipeline S3 source needs versioning on`,
        'm',
      ),
    );
    expect(unversioned.stderr.indexOf('does not keep versions')).toBeLessThan(unversioned.stderr.indexOf('==> Build'));
  });

  test("a digest-pinned image of this account's ECR that ECR does not hold is refused", async () => {
    const workspace = sampleWorkspace();
    const repository = unique('pinned/missing');
    await createRepository(repository);
    const digest = `sha256:${'c'.repeat(64)}`;
    const run = await runTool(['--image', `${stack.registry}/${repository}@${digest}`], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: --image: ${repository} holds no image ${digest}`);
    expect(existsSync(join(workspace.dir, 'ecs-deploy'))).toBe(false);
  });
});

describe('the tool owns what it writes, and only that', () => {
  const protect = (workspace: Workspace) => {
    mkdirSync(join(workspace.dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(workspace.dir, '.github/workflows/ci.yml'), 'on: push\n');
    writeFileSync(join(workspace.dir, '.github/workflows/matrix.json'), '{"node": [20]}\n');
    mkdirSync(join(workspace.dir, 'deploy'));
    writeFileSync(join(workspace.dir, 'deploy/notes.yaml'), 'keep: me\n');
  };
  test.each<[string, string[], string, RegExp]>([
    [
      'the zip over the task definition',
      ['--artifact', 'taskdef.json'],
      'artifact',
      /is the taskdef input; writing it would destroy what the build reads/,
    ],
    [
      'output-dir on the workflows folder',
      ['--output-dir', '.github/workflows'],
      'output-dir',
      /already holds ci\.yml, matrix\.json, which this tool did not write/,
    ],
    [
      "output-dir on the task definition's own folder",
      ['--taskdef', 'deploy/taskdef.json', '--output-dir', 'deploy'],
      'output-dir',
      /holds the taskdef input/,
    ],
    [
      'the zip inside output-dir',
      ['--artifact', 'out/a.zip', '--output-dir', 'out'],
      'artifact',
      /is inside the output directory .*, which is replaced on every run/,
    ],
    [
      'the env file over the appspec',
      ['--outputs-env-file', 'appspec.yaml'],
      'outputs-env-file',
      /is the appspec input/,
    ],
  ])('%s: exit 2 before any remote call, every file byte for byte as it was', async (_name, args, input, message) => {
    const workspace = sampleWorkspace();
    protect(workspace);
    renameSync(join(workspace.dir, 'taskdef.json'), join(workspace.dir, 'deploy/taskdef.json'));
    execFileSync('cp', [join(workspace.dir, 'deploy/taskdef.json'), join(workspace.dir, 'taskdef.json')]);
    const before = snapshot(workspace.dir);
    const ecr = await faultProxy(stack.ecrEndpoint);
    const run = await runTool(['--repository', unique('own/paths'), ...args, '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_ECR: ecr.url },
    });
    expect(run.code).toBe(2);
    expect(json(run).error).toMatchObject({ kind: 'input', input, message: expect.stringMatching(message) });
    expect(ecr.calls).toEqual([]);
    expect(snapshot(workspace.dir)).toEqual(before);
  });

  test('a re-run with the same inputs works, also with the zip and the directory side by side in one folder', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('own/rerun');
    await createRepository(repository);
    const args = ['--repository', repository, '--output-dir', 'out/deploy', '--artifact', 'out/deploy.zip', '--json'];
    const first = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(first.code).toBe(0);
    const again = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(again.code).toBe(0);
    await expectPublished(workspace, JSON.parse(again.stdout) as Record<string, string>, again, {
      repository,
      tags: [workspace.sha.slice(0, 7)],
      outputDir: 'out/deploy',
      artifact: 'out/deploy.zip',
    });

    // A file the user adds to the directory afterwards is theirs: the next run refuses to replace it.
    writeFileSync(join(workspace.dir, 'out/deploy/notes.txt'), 'mine\n');
    const refused = await runTool(args, { cwd: workspace.dir, tmp: workspace.tmp });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "error: --output-dir: 'out/deploy' already holds notes.txt, which this tool did not write",
    );
    expect(readFileSync(join(workspace.dir, 'out/deploy/notes.txt'), 'utf8')).toBe('mine\n');
  });

  test('four runs at once into one output-dir and zip, five times: all succeed, each time the directory and the zip are one whole run, nothing left beside them', async () => {
    const workspace = sampleWorkspace();
    // Prebuilt images outside ECR: no build or push, so the four runs reach their writes together.
    const digests = ['1', '2', '3', '4'].map((d) => `sha256:${d.repeat(64)}`);
    const args = (digest: string) => [
      '--image',
      `images.example.com/app@${digest}`,
      '--output-dir',
      'out',
      '--artifact',
      'out.zip',
    ];
    for (let round = 0; round < 5; round++) {
      const runs = await Promise.all(
        digests.map((digest) => runTool(args(digest), { cwd: workspace.dir, tmp: workspace.tmp })),
      );
      expect(runs.map((run) => [run.code, run.code === 0 ? '' : run.stderr])).toEqual(digests.map(() => [0, '']));
      const inDir = JSON.parse(readFileSync(join(workspace.dir, 'out/imageDetail.json'), 'utf8')) as {
        ImageURI: string;
      };
      const inZip = readZip(readFileSync(join(workspace.dir, 'out.zip'))).find(
        (entry) => entry.name === 'imageDetail.json',
      );
      expect(digests.map((digest) => `images.example.com/app@${digest}`)).toContain(inDir.ImageURI);
      expect(JSON.parse(inZip?.data.toString() ?? '{}')).toEqual(inDir);
      expect(readdirSync(join(workspace.dir, 'out')).sort()).toEqual([
        '.ecs-bluegreen-build.json',
        'appspec.yaml',
        'imageDetail.json',
        'imagedefinitions.json',
        'taskdef.json',
      ]);
      // No lock, no half-swapped copy (.out.new-…, .out.old-…), no temporary zip.
      expect(readdirSync(workspace.dir).filter((name) => /^\.out\.|^out\.zip\./.test(name))).toEqual([]);
    }
  });

  test('a RUNNER_TEMP that does not exist yet is created, and the private config goes there and is removed', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('own/runnertemp');
    await createRepository(repository);
    const runnerTemp = join(workspace.tmp, 'runner/temp');
    const run = await runTool(['--repository', repository], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(run.code).toBe(0);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  test("private Docker configs left by runs that were killed are removed; a running one's is kept", async () => {
    const workspace = sampleWorkspace();
    const repository = unique('own/stale');
    await createRepository(repository);
    // A pid that is not running: beyond the kernel's default pid_max.
    const stale = join(workspace.tmp, 'ecs-bluegreen-docker-4194305-AbCdEf');
    const live = join(workspace.tmp, `ecs-bluegreen-docker-${process.pid}-GhIjKl`);
    for (const dir of [stale, live]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'config.json'), '{"auths": {"r.example": {"auth": "c2VjcmV0"}}}\n');
    }
    const run = await runTool(['--repository', repository], { cwd: workspace.dir, tmp: workspace.tmp });
    expect(run.code).toBe(0);
    expect(readdirSync(workspace.tmp)).toEqual([`ecs-bluegreen-docker-${process.pid}-GhIjKl`]);
  });
});

describe("bad input: every input's mistakes → exit 2, the input named, no remote call, nothing pushed or written", () => {
  const repository = unique('bad/input');
  let ecrProxy: Proxy;
  let s3Proxy: Proxy;
  beforeAll(async () => {
    await createRepository(repository);
    [ecrProxy, s3Proxy] = await Promise.all([faultProxy(stack.ecrEndpoint), faultProxy(stack.s3Endpoint)]);
  });
  afterAll(async () => {
    expect(await registry.tags(repository)).toEqual([]);
  });

  /** A row: what to give, what the user must read. `setup` prepares the workspace first. */
  type Row = [
    name: string,
    args: string[],
    named: string,
    message: RegExp,
    setup?: (dir: string) => Record<string, string> | void,
  ];
  const fifo = (path: string) => (dir: string) => {
    execFileSync('mkfifo', [join(dir, path)]);
  };
  const rows: Row[] = [
    ['command: not a command', ['deploy'], 'command', /'deploy' is not a command/],
    ['repository: missing', [], '--repository', /is required/],
    ['repository: upper case', ['--repository', 'Team/Web'], '--repository', /is not a valid ECR repository name/],
    [
      'repository: with a tag',
      ['--repository', 'team/web:latest'],
      '--repository',
      /is not a valid ECR repository name/,
    ],
    ['region: not a region', ['--region', 'Frankfurt'], '--region', /'Frankfurt' is not an AWS region name/],
    [
      'region: none anywhere',
      [],
      '--region',
      /neither AWS_REGION nor AWS_DEFAULT_REGION is set/,
      () => ({ AWS_REGION: '', AWS_DEFAULT_REGION: '' }),
    ],
    ['create-repository: not a boolean', ['--create-repository=yes'], '--create-repository', /'yes' is not a boolean/],
    ['context: missing', ['--context', 'app'], '--context', /app does not exist/],
    [
      'context: a file',
      ['--context', 'taskdef.json', '--dockerfile', 'Dockerfile'],
      '--context',
      /taskdef\.json is not a directory/,
    ],
    ['dockerfile: missing', ['--dockerfile', 'Dockerfile.prod'], '--dockerfile', /Dockerfile\.prod does not exist/],
    ['dockerfile: a directory', ['--dockerfile', 'site'], '--dockerfile', /site is a directory/],
    ['dockerfile: a FIFO', ['--dockerfile', 'pipe'], '--dockerfile', /pipe is a FIFO/, fifo('pipe')],
    ['build-args: no =', ['--build-args', 'A'], '--build-args', /'A' is not KEY=VALUE/],
    [
      'target: not a stage of the Dockerfile',
      ['--target', 'prod'],
      '--target',
      /'prod' is not a stage of Dockerfile, which names no stage/,
    ],
    ['platform: two', ['--platform', 'linux/amd64,linux/arm64'], '--platform', /is not one platform/],
    ['platform: no os', ['--platform', 'amd64'], '--platform', /'amd64' is not a platform/],
    ['labels: no =', ['--labels', 'team'], '--labels', /'team' is not KEY=VALUE/],
    ['tags: unknown template', ['--tags', '{commit}'], '--tags', /\{commit\} is not a known template/],
    ['tags: invalid tag', ['--tags', '-latest'], '--tags', /may only contain/],
    ['cache: not a boolean', ['--cache=maybe'], '--cache', /'maybe' is not a boolean/],
    ['cache-tag: invalid tag', ['--cache-tag', 'build cache'], '--cache-tag', /may only contain/],
    ['secrets: a line without =', ['--secrets', 'hunter2'], '--secrets', /a line is not id=value/],
    [
      'secrets: not a secret id (and nothing of the line shown: it may be the secret)',
      ['--secrets', 'my token=x'],
      '--secrets',
      /a line does not start with a secret id \(what comes before its first = is not one; not shown/,
    ],
    [
      'secret-envs: the variable is not set',
      ['--secret-envs', 'npm=NPM_TOKEN_UNSET'],
      '--secret-envs',
      /secret 'npm': the environment variable named after its = is not set or empty/,
    ],
    ['ssh: the key does not exist', ['--ssh', 'deploy=keys/id_ed25519'], '--ssh', /keys\/id_ed25519 does not exist/],
    [
      'ssh: default without an agent',
      ['--ssh', 'default'],
      '--ssh',
      /SSH_AUTH_SOCK, which is not set/,
      () => ({ SSH_AUTH_SOCK: '' }),
    ],
    ['ssh: not an agent or key', ['--ssh', 'deploy'], '--ssh', /'deploy' is not an SSH agent or key/],
    [
      'builder: not a builder name',
      ['--builder', 'my builder'],
      '--builder',
      /'my builder' is not a buildx builder name/,
    ],
    ['provenance: not a setting', ['--provenance', 'full'], '--provenance', /'full' is not a provenance setting/],
    ['no-cache: not a boolean', ['--no-cache=always'], '--no-cache', /'always' is not a boolean/],
    ['pull: not a boolean', ['--pull=yes'], '--pull', /'yes' is not a boolean/],
    ['image: malformed', ['--image', 'r.example/web@sha256:abc'], '--image', /is not an image reference/],
    [
      'image: with build inputs',
      ['--image', 'r.example/web:1', '--target', 'prod'],
      '--image',
      /cannot be combined with target/,
    ],
    ['taskdef: missing', ['--taskdef', 'deploy/taskdef.json'], '--taskdef', /deploy\/taskdef\.json does not exist/],
    ['taskdef: a directory', ['--taskdef', 'site'], '--taskdef', /site is a directory/],
    [
      'taskdef: a FIFO (never opened)',
      ['--taskdef', 'td.fifo'],
      '--taskdef',
      /td\.fifo is a FIFO \(named pipe\)/,
      fifo('td.fifo'),
    ],
    [
      'taskdef: a loop of symbolic links',
      ['--taskdef', 'loop.json'],
      '--taskdef',
      /loop\.json is a loop of symbolic links/,
      (dir) => {
        symlinkSync('loop2.json', join(dir, 'loop.json'));
        symlinkSync('loop.json', join(dir, 'loop2.json'));
      },
    ],
    [
      'taskdef: invalid UTF-8',
      [],
      '--taskdef',
      /taskdef\.json is not valid UTF-8 \(byte \d+, line 3\)/,
      (dir) => {
        const text = readFileSync(join(dir, 'taskdef.json'), 'utf8').split('\n');
        writeFileSync(
          join(dir, 'taskdef.json'),
          Buffer.concat([
            Buffer.from(`${text.slice(0, 2).join('\n')}\n`),
            Buffer.from([0xc3, 0x28]),
            Buffer.from(`\n${text.slice(2).join('\n')}`),
          ]),
        );
      },
    ],
    [
      'taskdef: 20 MB',
      [],
      '--taskdef',
      /taskdef\.json is 20,000,000 bytes; at most 10,000,000 are read/,
      (dir) => {
        writeFileSync(join(dir, 'taskdef.json'), ' '.repeat(20_000_000));
      },
    ],
    ['appspec: missing', ['--appspec', 'appspec.yml'], '--appspec', /appspec\.yml does not exist/],
    ['appspec: a FIFO', ['--appspec', 'a.fifo'], '--appspec', /a\.fifo is a FIFO/, fifo('a.fifo')],
    [
      'appspec: a string ContainerPort',
      [],
      'appspec.yaml',
      /1 error in taskdef\.json, appspec\.yaml/,
      (dir) => {
        const appspec = join(dir, 'appspec.yaml');
        writeFileSync(appspec, readFileSync(appspec, 'utf8').replace('ContainerPort: 8080', 'ContainerPort: "8080"'));
      },
    ],
    [
      'image-placeholder: not in the task definition',
      ['--image-placeholder', 'IMAGE9_NAME'],
      'taskdef.json',
      /errors? in taskdef\.json/,
    ],
    ['render-taskdef: not a boolean', ['--render-taskdef=yes'], '--render-taskdef', /'yes' is not a boolean/],
    ['container-name: no such container', ['--container-name', 'api'], 'taskdef.json', /errors? in taskdef\.json/],
    ['output-dir: the working directory', ['--output-dir', '.'], '--output-dir', /is the working directory/],
    ['output-dir: a file', ['--output-dir', 'Dockerfile'], '--output-dir', /'Dockerfile' is a file, not a directory/],
    [
      'output-dir: under a file',
      ['--output-dir', 'taskdef.json/out'],
      '--output-dir',
      /cannot be written: '.*taskdef\.json' is a file/,
    ],
    [
      "output-dir: a folder of the user's",
      ['--output-dir', 'site'],
      '--output-dir',
      /already holds index\.html, which this tool did not write/,
    ],
    [
      'output-dir: holds the context',
      ['--output-dir', 'build', '--context', 'build/app', '--dockerfile', 'build/app/Dockerfile'],
      '--output-dir',
      /holds the context input/,
      (dir) => {
        mkdirSync(join(dir, 'build/app'), { recursive: true });
        execFileSync('cp', [join(dir, 'Dockerfile'), join(dir, 'build/app/Dockerfile')]);
      },
    ],
    ['artifact: the task definition', ['--artifact', 'taskdef.json'], '--artifact', /is the taskdef input/],
    ['artifact: a directory', ['--artifact', 'site'], '--artifact', /'site' is a directory, not a file/],
    [
      'artifact: under a file',
      ['--artifact', 'appspec.yaml/a.zip'],
      '--artifact',
      /cannot be written: '.*appspec\.yaml' is a file/,
    ],
    ['artifact: inside output-dir', ['--artifact', 'ecs-deploy/a.zip'], '--artifact', /inside the output directory/],
    ['s3-bucket: a URI', ['--s3-bucket', 's3://artifacts/web'], '--s3-bucket', /is not a valid S3 bucket name/],
    [
      's3-key: a .. part',
      ['--s3-bucket', 'artifacts', '--s3-key', 'web/../a.zip'],
      '--s3-key',
      /has a \. or \.\. path part/,
    ],
    ['s3-key: without s3-bucket', ['--s3-key', 'a.zip'], '--s3-key', /is set but s3-bucket is not/],
    [
      'outputs-env-file: the appspec',
      ['--outputs-env-file', 'appspec.yaml'],
      '--outputs-env-file',
      /is the appspec input/,
    ],
    [
      'outputs-env-file: a directory',
      ['--outputs-env-file', 'site'],
      '--outputs-env-file',
      /'site' is a directory, not a file/,
    ],
    // Node 20 itself exits before the tool starts when the file does not exist; an existing one reaches the tool.
    [
      'env-file: the old name, which Node claims',
      ['--env-file', 'out.env'],
      '--env-file',
      /is now --outputs-env-file: Node 20 takes --env-file for itself/,
      (dir) => {
        writeFileSync(join(dir, 'out.env'), "export IMAGE_URI=''\n");
      },
    ],
    [
      'response-timeout: not seconds',
      ['--response-timeout', 'soon'],
      '--response-timeout',
      /'soon' is not a number of seconds/,
    ],
    ['push-timeout: zero', ['--push-timeout', '0'], '--push-timeout', /'0' is not a number of seconds/],
    [
      'image-detail: not an option of build',
      ['--image-detail', 'imageDetail.json'],
      '--image-detail',
      /is not an option of build/,
    ],
    ['pipeline: not an option of build', ['--pipeline', 'pipeline.json'], '--pipeline', /is not an option of build/],
    [
      'task-definition-arn: not an option of build',
      ['--task-definition-arn', 'arn:aws:ecs:us-east-1:1:task-definition/a:1'],
      '--task-definition-arn',
      /is not an option of build/,
    ],
    [
      'TMPDIR: missing',
      [],
      'TMPDIR',
      /the temp directory '\/nonexistent\/tmp' \(TMPDIR\) is not a writable directory/,
      () => ({ TMPDIR: '/nonexistent/tmp' }),
    ],
    [
      'RUNNER_TEMP: cannot be created',
      [],
      'RUNNER_TEMP',
      /the temp directory '.*taskdef\.json\/tmp' \(RUNNER_TEMP\) is not a writable directory/,
      (dir) => ({ RUNNER_TEMP: join(dir, 'taskdef.json/tmp') }),
    ],
  ];

  // Every row as five values: jest takes a function with more parameters than the row for a done-callback test.
  test.each(rows.map(([name, args, named, message, setup]) => [name, args, named, message, setup] as const))(
    '%s',
    async (_name, args, named, message, setup) => {
      const workspace = sampleWorkspace();
      const env = setup?.(workspace.dir) ?? {};
      const before = snapshot(workspace.dir);
      // Each row counts its own calls, so one row's failure does not fail the next.
      const [ecrCalls, s3Calls] = [ecrProxy.calls.length, s3Proxy.calls.length];
      const base =
        args[0] === 'deploy' || args.includes('--image') || /^repository: /.test(_name)
          ? []
          : ['--repository', repository];
      const run = await runTool([...base, ...args, '--json'], {
        cwd: workspace.dir,
        tmp: workspace.tmp,
        env: { AWS_ENDPOINT_URL_ECR: ecrProxy.url, AWS_ENDPOINT_URL_S3: s3Proxy.url, ...env },
      });
      expect(run.stderr).toMatch(message);
      // An input is named as the terminal names it; a file's findings name the file; a variable is named in the message.
      expect(run.stderr).toContain(/^(--|command$)/.test(named) ? `error: ${named}: ` : named);
      expect(run.stderr).not.toMatch(/unexpected error/);
      expect(run.code).toBe(2);
      expect(json(run)).toMatchObject({ ok: false, error: { kind: 'input' } });
      expect(ecrProxy.calls.slice(ecrCalls)).toEqual([]);
      expect(s3Proxy.calls.slice(s3Calls)).toEqual([]);
      expect(snapshot(workspace.dir)).toEqual(before);
      expect(readdirSync(workspace.tmp)).toEqual([]);
    },
  );
});

/** The processes on this machine, by pid: parent and process group. */
function processes(): Map<number, { state: string; ppid: number; pgid: number }> {
  const found = new Map<number, { state: string; ppid: number; pgid: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so split after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.set(Number(name), { state: state ?? '', ppid: Number(ppid), pgid: Number(pgid) });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/**
 * The processes still running in `groups` (a zombie is done: it only waits for its parent's
 * reaping), as `pid state command` for a failure's message; looked at again every 100 ms until
 * there are none or `withinMs` is up.
 */
async function aliveIn(groups: Set<number>, withinMs: number): Promise<string[]> {
  const deadline = performance.now() + withinMs;
  for (;;) {
    const alive: string[] = [];
    for (const [pid, info] of processes()) {
      if (!groups.has(info.pgid) || info.state === 'Z') continue;
      try {
        alive.push(`${pid} ${info.state} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()}`);
      } catch {
        // gone meanwhile
      }
    }
    if (alive.length === 0 || performance.now() >= deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The process groups of every descendant of `pid` but the tool's watchdog, and whether one of them
 * is a `docker … build`.
 */
function descendants(pid: number): { groups: Set<number>; building: boolean } {
  const all = processes();
  const groups = new Set<number>();
  let building = false;
  const pending = [pid];
  while (pending.length > 0) {
    const parent = pending.pop() as number;
    for (const [child, info] of all) {
      if (info.ppid !== parent) continue;
      let command: string[] = [];
      try {
        command = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0');
      } catch {
        // gone meanwhile
      }
      // The tool's watchdog is no docker process: it outlives the tool by design, until its pipe closes.
      if (command.includes('ecs-bluegreen-build-watchdog')) continue;
      groups.add(info.pgid);
      pending.push(child);
      const [file, ...args] = command;
      building ||= /docker/.test(file ?? '') && args.includes('build');
    }
  }
  return { groups, building };
}

describe('signals reach the docker processes the tool started', () => {
  test.each<[NodeJS.Signals, number]>([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ])(
    '%s during the build: the docker children and their process groups end, exit %i, no config or password left',
    async (signal, code) => {
      const workspace = sampleWorkspace();
      const repository = unique('signal/build');
      await createRepository(repository);
      const dockerfile = join(workspace.dir, 'Dockerfile');
      // A slow step of this test's own (the ENV line): never a cached step of an earlier build on
      // this daemon, which would let the build end at once and leave no docker child to signal.
      writeFileSync(
        dockerfile,
        readFileSync(dockerfile, 'utf8').replace(
          'COPY site/',
          `ENV SIGNAL_TEST=${repository}\nRUN ["/bin/busybox", "sleep", "30"]\nCOPY site/`,
        ),
      );
      const child = spawn(process.execPath, [bundle, '--repository', repository], {
        cwd: workspace.dir,
        env: { ...stackEnv(stack), TMPDIR: workspace.tmp },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stdout.resume();
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      // Signal only once the slow step runs in a docker build the tool started (bounded: 60 s of
      // looking; a tool that ended or never gets there fails the test below).
      let running = { groups: new Set<number>(), building: false };
      for (
        let look = 0;
        look < 1200 && child.exitCode === null && !(running.building && stderr.includes('sleep'));
        look++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        running = descendants(child.pid as number);
      }
      // A build that fails (its error names the step) ends the tool: that is a failure of this test, with the log.
      expect({
        building: running.building,
        sleepStarted: stderr.includes('sleep'),
        exitCode: child.exitCode,
        log: child.exitCode === null ? '' : stderr,
      }).toEqual({ building: true, sleepStarted: true, exitCode: null, log: '' });
      const { groups } = running;
      child.kill(signal);
      expect(await exited).toBe(code);
      // The tool ends its groups before it exits: none is left to wait for.
      expect(await aliveIn(groups, 0)).toEqual([]);
      expect(await registry.tags(repository)).toEqual([]);
      expectNoPasswordLeft(workspace, { code, stdout: '', stderr });
    },
  );
});

describe('a run killed outright (SIGKILL: no handler runs) takes its docker processes with it', () => {
  test('SIGKILL during the push: the watchdog ends every docker process of the run, and nothing is published after', async () => {
    const workspace = sampleWorkspace();
    const repository = unique('sigkill/push');
    await createRepository(repository);
    // Every blob upload reaches the registry 6 s late: the push is in flight when the tool dies,
    // and a push that outlived it would publish the tag some seconds later.
    const { ecr, data } = await behindDataPlane((front) =>
      faultProxy(front, { delay: (call) => (BLOB_UPLOAD.test(call.url) ? 6_000 : 0) }),
    );
    const child = spawn(process.execPath, [bundle, '--repository', repository], {
      cwd: workspace.dir,
      env: { ...stackEnv(stack), TMPDIR: workspace.tmp, AWS_ENDPOINT_URL_ECR: ecr.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('close', (_code, signal) => resolve(signal)),
    );
    // Kill once a blob upload is on its way (bounded: 120 s of looking), with the docker groups of that moment.
    let groups = new Set<number>();
    for (let look = 0; look < 2400 && child.exitCode === null; look++) {
      groups = descendants(child.pid as number).groups;
      if (data.calls.some((call) => BLOB_UPLOAD.test(call.url)) && groups.size > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect({
      uploading: data.calls.some((call) => BLOB_UPLOAD.test(call.url)),
      exitCode: child.exitCode,
      log: child.exitCode === null ? '' : stderr,
    }).toEqual({
      uploading: true,
      exitCode: null,
      log: '',
    });
    expect(groups.size).toBeGreaterThan(0);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The watchdog is a process of its own, woken by its pipe's end: on a loaded machine that takes
    // a moment, so it gets 10 s (its own sweeps stop after 10 s too).
    expect(await aliveIn(groups, 10_000)).toEqual([]);
    // Long enough for the delayed uploads to land and a surviving push to put its manifest.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    expect(await registry.tags(repository)).toEqual([]);
  });
});
