/**
 * The local stack is only worth its name if the real clients cannot tell it from AWS where our tool looks:
 * these tests drive it with the real AWS SDK clients and the real docker CLI, on loopback.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  type ECRClientConfig,
  GetAuthorizationTokenCommand,
  ImageNotFoundException,
  InvalidParameterException,
  PutImageTagMutabilityCommand,
  RepositoryAlreadyExistsException,
  RepositoryNotEmptyException,
  RepositoryNotFoundException,
} from '@aws-sdk/client-ecr';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { readStack, stackEnv, startFreshDaemon, startSecondBuilder, type Stack } from '../stack/index.mjs';
import { createRegistryClient } from '../stack/registry-client.mjs';

const stack = readStack();
const registry = createRegistryClient({ port: stack.rawRegistryPort, password: stack.registryPassword });
// The stack's data outlives a run: names are unique per run.
const run = `e2e-${Date.now().toString(36)}`;
// Made in beforeAll: a file whose tests are all filtered out (-t) runs no afterAll to remove it.
let workDir = '';
let dockerEnv: NodeJS.ProcessEnv = {};
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ebb-stack-test-'));
  // A config directory of the test's own keeps its login out of the engine's HOME. Like a user's ~/.docker, it holds the
  // engine's plugins (buildx on the 26 engines): a client ≥ 23 looks for them under DOCKER_CONFIG only.
  const config = join(workDir, 'docker-config');
  mkdirSync(config);
  const plugins = join(stack.env['HOME'] ?? '', '.docker/cli-plugins');
  if (existsSync(plugins)) symlinkSync(plugins, join(config, 'cli-plugins'));
  dockerEnv = { ...stackEnv(stack), DOCKER_CONFIG: config };
});

function ecr(config: Partial<ECRClientConfig> = {}): ECRClient {
  return new ECRClient({
    region: stack.region,
    endpoint: stack.ecrEndpoint,
    credentials: stack.credentials,
    ...config,
  });
}

function docker(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('docker', args, { env: dockerEnv, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

/**
 * Builds a tiny image: Debian's static busybox on scratch, plus a RUN step (which needs the daemon's bridge network).
 * With buildx on the containerd image store, `docker build` makes an OCI index (the image and a provenance
 * attestation), and `docker push` of an index puts its children under the tag before the index, which an immutable
 * repository refuses from the first push on (as ECR does); `single` asks for one image manifest instead.
 */
async function buildImage(reference: string, mark: string, { single = false } = {}): Promise<void> {
  const context = join(workDir, `context-${mark}`);
  mkdirSync(context, { recursive: true });
  copyFileSync('/bin/busybox', join(context, 'busybox'));
  writeFileSync(
    join(context, 'Dockerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nARG MARK\nRUN ["/bin/busybox", "sh", "-c", "echo $MARK > /mark"]\n',
  );
  const attestations = single && stack.engine.buildx ? ['--provenance=false'] : [];
  const build = await docker(['build', ...attestations, '--build-arg', `MARK=${mark}`, '-t', reference, context]);
  expect(build).toMatchObject({ code: 0 });
}

/**
 * How `docker push` behaves on this engine. The containerd image store pushes what buildx built, an OCI index (the
 * image and a provenance attestation), and asks for the tag first (HEAD): when the tag already holds that digest it
 * puts nothing. The classic store pushes one Docker v2 manifest and puts it under the tag every time.
 */
const containerdStore = stack.engine.imageStore === 'containerd';
const pushedMediaType = containerdStore
  ? 'application/vnd.oci.image.index.v1+json'
  : 'application/vnd.docker.distribution.manifest.v2+json';

/**
 * What `docker push` prints when the registry refuses a tag of an immutable repository: the registry's message,
 * or, from the containerd store's push, only the refused request and its status.
 */
function tagRefusal(repository: string, tag: string) {
  return containerdStore
    ? expect.stringContaining(
        `PUT request to http://${stack.registry}/v2/${repository}/manifests/${tag}: 400 Bad Request`,
      )
    : expect.stringContaining(
        `tag invalid: The image tag '${tag}' already exists in the '${repository}' repository and cannot be overwritten because the repository is immutable.`,
      );
}

/** A registry request through the ECR front, as the repository's user. */
function frontRequest(
  path: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<Response> {
  const authorization = `Basic ${Buffer.from(`AWS:${stack.registryPassword}`).toString('base64')}`;
  return fetch(`http://${stack.registry}/v2/${path}`, { ...init, headers: { authorization, ...init.headers } });
}

/** Pushes and returns the digest docker reports. */
async function push(reference: string): Promise<string> {
  const result = await docker(['push', reference]);
  expect(result).toMatchObject({ code: 0 });
  return /digest: (sha256:[0-9a-f]{64})/.exec(result.stdout)?.[1] ?? '';
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('ECR API: SigV4 and AWS error shapes', () => {
  test('a wrong secret is an InvalidSignatureException worded as AWS words it', async () => {
    const client = ecr({ credentials: { ...stack.credentials, secretAccessKey: 'not-the-secret' } });
    await expect(client.send(new GetAuthorizationTokenCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(
        /^The request signature we calculated does not match the signature you provided\. Check your AWS Secret Access Key and signing method\./,
      ),
      $metadata: { httpStatusCode: 400 },
    });
  });

  test('an unknown access key is an UnrecognizedClientException', async () => {
    const client = ecr({
      credentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: stack.credentials.secretAccessKey },
    });
    await expect(client.send(new GetAuthorizationTokenCommand({}))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
  });

  test('a credential scoped to another region is refused', async () => {
    const other = stack.region === 'eu-west-1' ? 'us-east-1' : 'eu-west-1';
    await expect(ecr({ region: other }).send(new GetAuthorizationTokenCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: `Credential should be scoped to a valid region, not '${other}'. `,
    });
  });

  test('a clock 20 minutes slow: signature expired, and the SDK corrects its clock from the Date header', async () => {
    const skewed = { systemClockOffset: -20 * 60_000 };
    await expect(ecr({ ...skewed, maxAttempts: 1 }).send(new GetAuthorizationTokenCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(
        /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/,
      ),
    });
    await expect(ecr(skewed).send(new GetAuthorizationTokenCommand({}))).resolves.toHaveProperty('authorizationData');
  });

  test('a request without a signature is a MissingAuthenticationTokenException', async () => {
    const res = await fetch(stack.ecrEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories',
      },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  test('an operation ECR does not have is an UnknownOperationException', async () => {
    const client = ecr();
    client.middlewareStack.add(
      (next) => (args) => {
        (args.request as { headers: Record<string, string> }).headers['x-amz-target'] =
          'AmazonEC2ContainerRegistry_V20150921.LaunchRockets';
        return next(args);
      },
      { step: 'build' },
    );
    await expect(client.send(new DescribeRepositoriesCommand({}))).rejects.toMatchObject({
      name: 'UnknownOperationException',
    });
  });
});

describe('ECR API: repositories', () => {
  const client = ecr();
  const name = `${run}/service`;

  test('create, describe, change tag mutability, delete', async () => {
    const { repository } = await client.send(
      new CreateRepositoryCommand({ repositoryName: name, imageTagMutability: 'IMMUTABLE' }),
    );
    expect(repository).toMatchObject({
      repositoryName: name,
      registryId: stack.accountId,
      repositoryArn: `arn:aws:ecr:${stack.region}:${stack.accountId}:repository/${name}`,
      repositoryUri: `${stack.registry}/${name}`,
      imageTagMutability: 'IMMUTABLE',
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(repository?.createdAt).toBeInstanceOf(Date);

    await expect(client.send(new CreateRepositoryCommand({ repositoryName: name }))).rejects.toThrow(
      RepositoryAlreadyExistsException,
    );

    await client.send(new PutImageTagMutabilityCommand({ repositoryName: name, imageTagMutability: 'MUTABLE' }));
    const { repositories } = await client.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    expect(repositories?.map((r) => r.imageTagMutability)).toEqual(['MUTABLE']);

    await client.send(new DeleteRepositoryCommand({ repositoryName: name }));
    await expect(client.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }))).rejects.toThrow(
      RepositoryNotFoundException,
    );
  });

  test('a repository that does not exist: RepositoryNotFoundException, worded as ECR words it', async () => {
    const missing = client.send(new DescribeRepositoriesCommand({ repositoryNames: [`${run}/missing`] }));
    await expect(missing).rejects.toThrow(RepositoryNotFoundException);
    await expect(missing).rejects.toThrow(
      `The repository with name '${run}/missing' does not exist in the registry with id '${stack.accountId}'`,
    );
  });

  test('a name ECR refuses: InvalidParameterException', async () => {
    const invalid = client.send(new CreateRepositoryCommand({ repositoryName: 'Team/Service' }));
    await expect(invalid).rejects.toThrow(InvalidParameterException);
    await expect(invalid).rejects.toThrow(
      "Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression",
    );
  });
});

describe('ECR login, push through the registry front, image lookups', () => {
  const client = ecr();
  const name = `${run}/app`;
  const image = `${stack.registry}/${name}`;
  let digest = '';

  beforeAll(async () => {
    await client.send(new CreateRepositoryCommand({ repositoryName: name }));
  });

  test('GetAuthorizationToken → docker login with the token, over stdin', async () => {
    const { authorizationData = [] } = await client.send(new GetAuthorizationTokenCommand({}));
    const [data] = authorizationData;
    expect(data?.proxyEndpoint).toBe(`http://${stack.registry}`);
    expect(data?.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    const [user, password] = Buffer.from(data?.authorizationToken ?? '', 'base64')
      .toString()
      .split(':');
    expect(user).toBe('AWS');
    const login = await docker(['login', stack.registry, '--username', 'AWS', '--password-stdin'], password);
    expect(login).toMatchObject({ code: 0, stdout: expect.stringContaining('Login Succeeded') });
  });

  test('a pushed image is reported by DescribeImages and BatchGetImage', async () => {
    await buildImage(`${image}:one`, 'first');
    await docker(['tag', `${image}:one`, `${image}:two`]);
    digest = await push(`${image}:one`);
    expect(await push(`${image}:two`)).toBe(digest);

    // An index's children are images of their own to ECR, untagged.
    const { imageDetails = [] } = await client.send(new DescribeImagesCommand({ repositoryName: name }));
    const pushed = await registry.image(name, digest);
    expect(imageDetails.map((d) => d.imageDigest).sort()).toEqual(
      [digest, ...pushed!.children.map((c) => c.digest)].sort(),
    );
    const detail = imageDetails.find((d) => d.imageDigest === digest);
    expect(imageDetails.filter((d) => d !== detail).map((d) => d.imageTags ?? [])).toEqual(
      pushed!.children.map(() => []),
    );
    expect(detail).toMatchObject({
      registryId: stack.accountId,
      repositoryName: name,
      imageDigest: digest,
      imageManifestMediaType: pushedMediaType,
    });
    expect(detail?.imageTags?.sort()).toEqual(['one', 'two']);
    expect(detail?.imageSizeInBytes).toBeGreaterThan(500_000);
    expect(Date.now() - (detail?.imagePushedAt?.getTime() ?? 0)).toBeLessThan(5 * 60_000);

    const { images = [], failures = [] } = await client.send(
      new BatchGetImageCommand({
        repositoryName: name,
        imageIds: [{ imageTag: 'two' }, { imageTag: 'missing' }],
      }),
    );
    expect(images.map((i) => i.imageId)).toEqual([{ imageDigest: digest, imageTag: 'two' }]);
    expect(
      `sha256:${createHash('sha256')
        .update(images[0]?.imageManifest ?? '')
        .digest('hex')}`,
    ).toBe(digest);
    expect(failures).toEqual([
      { imageId: { imageTag: 'missing' }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' },
    ]);
  });

  test('DescribeImages of a tag that does not exist: ImageNotFoundException', async () => {
    const missing = client.send(
      new DescribeImagesCommand({ repositoryName: name, imageIds: [{ imageTag: 'missing' }] }),
    );
    await expect(missing).rejects.toThrow(ImageNotFoundException);
    await expect(missing).rejects.toThrow(
      `The image with imageId {imageDigest:'null', imageTag:'missing'} does not exist within the repository with name '${name}' in the registry with id '${stack.accountId}'`,
    );
  });

  test("an immutable repository refuses to overwrite a tag, even with the same image, with ECR's message", async () => {
    const immutable = `${run}/immutable`;
    await client.send(new CreateRepositoryCommand({ repositoryName: immutable, imageTagMutability: 'IMMUTABLE' }));
    await buildImage(`${image}:single`, 'single', { single: true });
    await docker(['tag', `${image}:single`, `${stack.registry}/${immutable}:v1`]);
    await push(`${stack.registry}/${immutable}:v1`);
    // The refusal as the registry words it, whatever docker prints of it.
    const pushed = (await registry.manifest(immutable, 'v1'))!;
    const again = await frontRequest(`${immutable}/manifests/v1`, {
      method: 'PUT',
      headers: { 'content-type': pushed.mediaType },
      body: pushed.text,
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({
      errors: [
        {
          code: 'TAG_INVALID',
          message: `The image tag 'v1' already exists in the '${immutable}' repository and cannot be overwritten because the repository is immutable.`,
        },
      ],
    });

    // The same image again: refused where docker puts the manifest again; the containerd store's push puts nothing.
    const samePush = await docker(['push', `${stack.registry}/${immutable}:v1`]);
    expect(samePush).toMatchObject(containerdStore ? { code: 0 } : { code: 1, stderr: tagRefusal(immutable, 'v1') });
    await buildImage(`${stack.registry}/${immutable}:v1`, 'second', { single: true });
    expect(await docker(['push', `${stack.registry}/${immutable}:v1`])).toMatchObject({
      code: 1,
      stderr: tagRefusal(immutable, 'v1'),
    });
    expect(await registry.manifest(immutable, 'v1')).toEqual(pushed);
    // An index, as docker pushes it: its children under the tag first, then the index over them: refused on the first push.
    await docker(['tag', `${image}:one`, `${stack.registry}/${immutable}:index`]);
    const indexPush = await docker(['push', `${stack.registry}/${immutable}:index`]);
    expect(indexPush).toMatchObject(
      containerdStore ? { code: 1, stderr: tagRefusal(immutable, 'index') } : { code: 0 },
    );
    await client.send(new DeleteRepositoryCommand({ repositoryName: immutable, force: true }));
  });

  test('IMMUTABLE_WITH_EXCLUSION: tags matching a filter stay mutable, the others do not', async () => {
    const mixed = `${run}/mixed`;
    await client.send(
      new CreateRepositoryCommand({
        repositoryName: mixed,
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest*' }],
      }),
    );
    for (const tag of ['latest-main', 'v1'])
      await docker(['tag', `${image}:single`, `${stack.registry}/${mixed}:${tag}`]);
    await push(`${stack.registry}/${mixed}:latest-main`);
    await push(`${stack.registry}/${mixed}:v1`);

    await push(`${stack.registry}/${mixed}:latest-main`);
    await buildImage(`${stack.registry}/${mixed}:v1`, 'mixed', { single: true });
    expect(await docker(['push', `${stack.registry}/${mixed}:v1`])).toMatchObject({
      code: 1,
      stderr: tagRefusal(mixed, 'v1'),
    });
    await client.send(new DeleteRepositoryCommand({ repositoryName: mixed, force: true }));
  });

  test('a push to a repository that was never created fails as on ECR', async () => {
    const never = `${run}/never-created`;
    const message = `The repository with name '${never}' does not exist in the registry with id '${stack.accountId}'`;
    await docker(['tag', `${image}:one`, `${stack.registry}/${never}:v1`]);
    // The containerd store's push reports the status of its first request (a blob mount), not the registry's message.
    expect(await docker(['push', `${stack.registry}/${never}:v1`])).toMatchObject({
      code: 1,
      stderr: containerdStore
        ? expect.stringMatching(
            new RegExp(`POST request to http://${stack.registry}/v2/${never}/blobs/uploads/.*: 404 Not Found`),
          )
        : expect.stringContaining(`name unknown: ${message}`),
    });
    const upload = await frontRequest(`${never}/blobs/uploads/`, { method: 'POST' });
    expect(upload.status).toBe(404);
    expect(await upload.json()).toMatchObject({ errors: [{ code: 'NAME_UNKNOWN', message }] });
  });

  test('DeleteRepository needs force while images remain, and force removes them from the registry', async () => {
    await expect(client.send(new DeleteRepositoryCommand({ repositoryName: name }))).rejects.toThrow(
      RepositoryNotEmptyException,
    );
    await client.send(new DeleteRepositoryCommand({ repositoryName: name, force: true }));
    const tags = await fetch(`http://127.0.0.1:${stack.rawRegistryPort}/v2/${name}/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from(`AWS:${stack.registryPassword}`).toString('base64')}` },
    });
    expect(await tags.json()).toEqual({ name, tags: null });
  });
});

describe('S3 (s3rver)', () => {
  test('an object put as a Buffer comes back byte for byte', async () => {
    const s3 = new S3Client({ region: stack.region, endpoint: stack.s3Endpoint, credentials: stack.credentials });
    const bucket = `${run}-bucket`;
    const body = randomBytes(3 << 20);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'artifact.zip', Body: body }));
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'artifact.zip' }));
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(body)).toBe(true);
  });
});

describe('daemons on demand, for the tests that need another daemon', () => {
  /** The engine's docker as its user runs it (the engine's HOME, its contexts), on the stack's daemon unless `on` says. */
  function userDocker(args: string[], on: Stack = stack): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile('docker', args, { env: stackEnv(on), timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  test('a fresh daemon of the engine: its own socket and an empty data root, which stop() removes', async () => {
    const fresh = await startFreshDaemon(stack.engine.name);
    try {
      expect(fresh.stack.engine).toMatchObject({
        name: stack.engine.name,
        imageStore: stack.engine.imageStore,
        buildx: stack.engine.buildx,
      });
      expect(fresh.stack.dockerHost).not.toBe(stack.dockerHost);
      const info = await userDocker(['info', '--format', '{{.DockerRootDir}} {{.Images}}'], fresh.stack);
      expect(info).toMatchObject({ code: 0, stdout: `${fresh.stack.engine.dataRoot} 0\n` });
      expect(await userDocker(['images', '--quiet'], fresh.stack)).toMatchObject({ code: 0, stdout: '' });
    } finally {
      await fresh.stop();
    }
    expect(existsSync(fresh.stack.engine.dataRoot)).toBe(false);
    expect((await userDocker(['version'], fresh.stack)).code).not.toBe(0);
  });

  test('a second builder: a context on a second daemon; a build there lands on that daemon only', async () => {
    const second = await startSecondBuilder(stack);
    const context = join(workDir, 'context-builder');
    mkdirSync(context);
    copyFileSync('/bin/busybox', join(context, 'busybox'));
    writeFileSync(
      join(context, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "true"]\n',
    );
    const tag = `second-${run}:v1`;
    try {
      expect(
        await userDocker(['context', 'inspect', second.name, '--format', '{{.Endpoints.docker.Host}}']),
      ).toMatchObject({ code: 0, stdout: `${second.daemon.stack.dockerHost}\n` });
      if (stack.engine.buildx) {
        // buildx lists the context as a builder of the docker driver, named after it, beside the default one. That
        // driver builds on the current context only: `--builder` alone is refused, `--context` with it is not.
        expect(await userDocker(['buildx', 'inspect', second.name])).toMatchObject({
          code: 0,
          stdout: expect.stringMatching(/^Driver:\s+docker$/m),
        });
        expect(await userDocker(['buildx', 'inspect'])).toMatchObject({
          code: 0,
          stdout: expect.stringMatching(/^Name:\s+default$/m),
        });
        expect(
          await userDocker(['buildx', 'build', '--builder', second.name, '--load', '-t', tag, context]),
        ).toMatchObject({
          code: 1,
          stderr: expect.stringContaining(`use \`docker --context=${second.name} buildx\` to switch to context`),
        });
        expect(
          await userDocker([
            '--context',
            second.name,
            'buildx',
            'build',
            '--builder',
            second.name,
            '--load',
            '-t',
            tag,
            context,
          ]),
        ).toMatchObject({ code: 0 });
      } else {
        expect(await userDocker(['--context', second.name, 'build', '-t', tag, context])).toMatchObject({ code: 0 });
      }
      expect(await userDocker(['image', 'inspect', tag], second.daemon.stack)).toMatchObject({ code: 0 });
      expect(await userDocker(['image', 'inspect', tag])).toMatchObject({ code: 1 });
    } finally {
      await second.remove();
    }
    expect((await userDocker(['context', 'inspect', second.name])).code).not.toBe(0);
    expect(existsSync(second.daemon.stack.engine.dataRoot)).toBe(false);
  });
});
