/**
 * The artifact's upload to S3 servers as users have them: an S3-compatible server reached by host
 * name (path-style addressing), and a bucket that keeps versions (moto's server), whose version
 * ids CodePipeline's S3 source follows. The runs use a prebuilt image outside ECR: no build, the
 * upload is what is tested.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { startMoto, type Moto } from '../stack/moto.mjs';
import { createBucket, getObject, runTool, sampleWorkspace, stack, unique } from './harness';

const image = (digit: string) => `images.example.com/app@sha256:${digit.repeat(64)}`;

test('an S3 endpoint named by host (localhost, as MinIO or LocalStack are): path-style, the zip uploaded byte for byte', async () => {
  const workspace = sampleWorkspace();
  const bucket = unique('localhost');
  await createBucket(bucket);
  const byName = stack.s3Endpoint.replace('127.0.0.1', 'localhost');
  expect(byName).toMatch(/^http:\/\/localhost:\d+$/);
  const run = await runTool(['--image', image('a'), '--s3-bucket', bucket, '--s3-key', 'app/deploy.zip', '--json'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: { AWS_ENDPOINT_URL_S3: byName },
  });
  expect(run.stderr).not.toContain(`${bucket}.localhost`);
  expect(run.code).toBe(0);
  const outputs = JSON.parse(run.stdout) as Record<string, string>;
  expect(outputs['s3-uri']).toBe(`s3://${bucket}/app/deploy.zip`);
  const object = await getObject(bucket, 'app/deploy.zip');
  expect(object.body).toEqual(readFileSync(join(workspace.dir, 'ecs-deploy.zip')));
});

describe("a bucket that keeps versions (moto's server)", () => {
  let moto: Moto;
  let s3: S3Client;
  beforeAll(async () => {
    moto = await startMoto({ name: 'moto-s3', region: stack.region });
    s3 = new S3Client({
      endpoint: moto.endpoint,
      region: stack.region,
      credentials: stack.credentials,
      forcePathStyle: true,
    });
  });
  afterAll(async () => {
    s3?.destroy();
    await moto?.stop();
  });

  test('s3-version-id is the version the upload made; a second upload makes a new one, and the first stays readable', async () => {
    const workspace = sampleWorkspace();
    const bucket = unique('versioned');
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const upload = async (digit: string) => {
      const run = await runTool(['--image', image(digit), '--s3-bucket', bucket, '--s3-key', 'deploy.zip', '--json'], {
        cwd: workspace.dir,
        tmp: workspace.tmp,
        env: { AWS_ENDPOINT_URL_S3: moto.endpoint },
      });
      expect(run.stderr).not.toContain('does not keep versions');
      expect(run.code).toBe(0);
      const outputs = JSON.parse(run.stdout) as Record<string, string>;
      return {
        versionId: outputs['s3-version-id'] as string,
        zip: readFileSync(join(workspace.dir, 'ecs-deploy.zip')),
      };
    };

    const first = await upload('1');
    expect(first.versionId).toEqual(expect.any(String));
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'deploy.zip' }));
    expect(head.VersionId).toBe(first.versionId);

    const second = await upload('2');
    expect(second.versionId).toEqual(expect.any(String));
    expect(second.versionId).not.toBe(first.versionId);
    expect(second.zip).not.toEqual(first.zip);

    const versions = (await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: 'deploy.zip' }))).Versions;
    expect(versions?.map((version) => [version.VersionId, version.IsLatest])).toEqual([
      [second.versionId, true],
      [first.versionId, false],
    ]);
    for (const { versionId, zip } of [first, second]) {
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'deploy.zip', VersionId: versionId }));
      expect(Buffer.from(await object.Body!.transformToByteArray())).toEqual(zip);
    }
  });
});
