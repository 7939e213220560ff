/**
 * The local stack is only worth its name if the real clients cannot tell it from AWS where our tool looks:
 * these tests drive it with the real AWS SDK clients and the real docker CLI, on loopback.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { readStack, stackEnv } from '../stack/index.mjs';

const stack = readStack();
// The stack's data outlives a run: names are unique per run.
const run = `e2e-${Date.now().toString(36)}`;
// Made in beforeAll: a file whose tests are all filtered out (-t) runs no afterAll to remove it.
let workDir = '';
let dockerEnv: NodeJS.ProcessEnv = {};
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ebb-stack-test-'));
  dockerEnv = { ...stackEnv(stack), DOCKER_CONFIG: join(workDir, 'docker-config'), DOCKER_BUILDKIT: '1' };
});

function ecr(config: Partial<ECRClientConfig> = {}): ECRClient {
  return new ECRClient({ region: stack.region, endpoint: stack.ecrEndpoint, credentials: stack.credentials, ...config });
}

function docker(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('docker', args, { env: dockerEnv, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
    child.stdin?.end(input);
  });
}

/** Builds a tiny image: Debian's static busybox on scratch, plus a RUN step (which needs the daemon's bridge network). */
async function buildImage(reference: string, mark: string): Promise<void> {
  const context = join(workDir, `context-${mark}`);
  mkdirSync(context);
  copyFileSync('/bin/busybox', join(context, 'busybox'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nARG MARK\nRUN ["/bin/busybox", "sh", "-c", "echo $MARK > /mark"]\n');
  const build = await docker(['build', '--build-arg', `MARK=${mark}`, '-t', reference, context]);
  expect(build).toMatchObject({ code: 0 });
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
      message: expect.stringMatching(/^The request signature we calculated does not match the signature you provided\. Check your AWS Secret Access Key and signing method\./),
      $metadata: { httpStatusCode: 400 },
    });
  });

  test('an unknown access key is an UnrecognizedClientException', async () => {
    const client = ecr({ credentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: stack.credentials.secretAccessKey } });
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
      message: expect.stringMatching(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/),
    });
    await expect(ecr(skewed).send(new GetAuthorizationTokenCommand({}))).resolves.toHaveProperty('authorizationData');
  });

  test('a request without a signature is a MissingAuthenticationTokenException', async () => {
    const res = await fetch(stack.ecrEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
  });

  test('an operation ECR does not have is an UnknownOperationException', async () => {
    const client = ecr();
    client.middlewareStack.add(
      (next) => (args) => {
        (args.request as { headers: Record<string, string> }).headers['x-amz-target'] = 'AmazonEC2ContainerRegistry_V20150921.LaunchRockets';
        return next(args);
      },
      { step: 'build' },
    );
    await expect(client.send(new DescribeRepositoriesCommand({}))).rejects.toMatchObject({ name: 'UnknownOperationException' });
  });
});

describe('ECR API: repositories', () => {
  const client = ecr();
  const name = `${run}/service`;

  test('create, describe, change tag mutability, delete', async () => {
    const { repository } = await client.send(new CreateRepositoryCommand({ repositoryName: name, imageTagMutability: 'IMMUTABLE' }));
    expect(repository).toMatchObject({
      repositoryName: name,
      registryId: stack.accountId,
      repositoryArn: `arn:aws:ecr:${stack.region}:${stack.accountId}:repository/${name}`,
      repositoryUri: `${stack.registry}/${name}`,
      imageTagMutability: 'IMMUTABLE',
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(repository?.createdAt).toBeInstanceOf(Date);

    await expect(client.send(new CreateRepositoryCommand({ repositoryName: name }))).rejects.toThrow(RepositoryAlreadyExistsException);

    await client.send(new PutImageTagMutabilityCommand({ repositoryName: name, imageTagMutability: 'MUTABLE' }));
    const { repositories } = await client.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    expect(repositories?.map((r) => r.imageTagMutability)).toEqual(['MUTABLE']);

    await client.send(new DeleteRepositoryCommand({ repositoryName: name }));
    await expect(client.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }))).rejects.toThrow(RepositoryNotFoundException);
  });

  test('a repository that does not exist: RepositoryNotFoundException, worded as ECR words it', async () => {
    const missing = client.send(new DescribeRepositoriesCommand({ repositoryNames: [`${run}/missing`] }));
    await expect(missing).rejects.toThrow(RepositoryNotFoundException);
    await expect(missing).rejects.toThrow(`The repository with name '${run}/missing' does not exist in the registry with id '${stack.accountId}'`);
  });

  test('a name ECR refuses: InvalidParameterException', async () => {
    const invalid = client.send(new CreateRepositoryCommand({ repositoryName: 'Team/Service' }));
    await expect(invalid).rejects.toThrow(InvalidParameterException);
    await expect(invalid).rejects.toThrow("Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression");
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
    const [user, password] = Buffer.from(data?.authorizationToken ?? '', 'base64').toString().split(':');
    expect(user).toBe('AWS');
    const login = await docker(['login', stack.registry, '--username', 'AWS', '--password-stdin'], password);
    expect(login).toMatchObject({ code: 0, stdout: expect.stringContaining('Login Succeeded') });
  });

  test('a pushed image is reported by DescribeImages and BatchGetImage', async () => {
    await buildImage(`${image}:one`, 'first');
    await docker(['tag', `${image}:one`, `${image}:two`]);
    digest = await push(`${image}:one`);
    expect(await push(`${image}:two`)).toBe(digest);

    const { imageDetails = [] } = await client.send(new DescribeImagesCommand({ repositoryName: name }));
    expect(imageDetails).toHaveLength(1);
    const [detail] = imageDetails;
    expect(detail).toMatchObject({
      registryId: stack.accountId,
      repositoryName: name,
      imageDigest: digest,
      imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    });
    expect(detail?.imageTags?.sort()).toEqual(['one', 'two']);
    expect(detail?.imageSizeInBytes).toBeGreaterThan(500_000);
    expect(Date.now() - (detail?.imagePushedAt?.getTime() ?? 0)).toBeLessThan(5 * 60_000);

    const { images = [], failures = [] } = await client.send(new BatchGetImageCommand({
      repositoryName: name,
      imageIds: [{ imageTag: 'two' }, { imageTag: 'missing' }],
    }));
    expect(images.map((i) => i.imageId)).toEqual([{ imageDigest: digest, imageTag: 'two' }]);
    expect(`sha256:${createHash('sha256').update(images[0]?.imageManifest ?? '').digest('hex')}`).toBe(digest);
    expect(failures).toEqual([{ imageId: { imageTag: 'missing' }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' }]);
  });

  test('DescribeImages of a tag that does not exist: ImageNotFoundException', async () => {
    const missing = client.send(new DescribeImagesCommand({ repositoryName: name, imageIds: [{ imageTag: 'missing' }] }));
    await expect(missing).rejects.toThrow(ImageNotFoundException);
    await expect(missing).rejects.toThrow(`The image with imageId {imageDigest:'null', imageTag:'missing'} does not exist within the repository with name '${name}' in the registry with id '${stack.accountId}'`);
  });

  test('an immutable repository refuses to overwrite a tag, even with the same image, with ECR\'s message', async () => {
    const immutable = `${run}/immutable`;
    await client.send(new CreateRepositoryCommand({ repositoryName: immutable, imageTagMutability: 'IMMUTABLE' }));
    await docker(['tag', `${image}:one`, `${stack.registry}/${immutable}:v1`]);
    await push(`${stack.registry}/${immutable}:v1`);
    const refusal = `tag invalid: The image tag 'v1' already exists in the '${immutable}' repository and cannot be overwritten because the repository is immutable.`;

    expect(await docker(['push', `${stack.registry}/${immutable}:v1`])).toMatchObject({ code: 1, stderr: expect.stringContaining(refusal) });
    await buildImage(`${stack.registry}/${immutable}:v1`, 'second');
    expect(await docker(['push', `${stack.registry}/${immutable}:v1`])).toMatchObject({ code: 1, stderr: expect.stringContaining(refusal) });
    await client.send(new DeleteRepositoryCommand({ repositoryName: immutable, force: true }));
  });

  test('IMMUTABLE_WITH_EXCLUSION: tags matching a filter stay mutable, the others do not', async () => {
    const mixed = `${run}/mixed`;
    await client.send(new CreateRepositoryCommand({
      repositoryName: mixed,
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest*' }],
    }));
    for (const tag of ['latest-main', 'v1']) await docker(['tag', `${image}:one`, `${stack.registry}/${mixed}:${tag}`]);
    await push(`${stack.registry}/${mixed}:latest-main`);
    await push(`${stack.registry}/${mixed}:v1`);

    await push(`${stack.registry}/${mixed}:latest-main`);
    expect(await docker(['push', `${stack.registry}/${mixed}:v1`])).toMatchObject({ code: 1, stderr: expect.stringContaining("tag invalid: The image tag 'v1' already exists") });
    await client.send(new DeleteRepositoryCommand({ repositoryName: mixed, force: true }));
  });

  test('a push to a repository that was never created fails as on ECR', async () => {
    const never = `${run}/never-created`;
    await docker(['tag', `${image}:one`, `${stack.registry}/${never}:v1`]);
    expect(await docker(['push', `${stack.registry}/${never}:v1`])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`name unknown: The repository with name '${never}' does not exist in the registry with id '${stack.accountId}'`),
    });
  });

  test('DeleteRepository needs force while images remain, and force removes them from the registry', async () => {
    await expect(client.send(new DeleteRepositoryCommand({ repositoryName: name }))).rejects.toThrow(RepositoryNotEmptyException);
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
