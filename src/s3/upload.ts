/**
 * The artifact zip to S3 through `@aws-sdk/client-s3` (loaded on first use). The body is a
 * Buffer with its length: some S3-compatible servers store a streamed body with its aws-chunked
 * framing, a Buffer is sent as is.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import {
  awsErrorName,
  awsServiceError,
  boundCalls,
  boundedClientOptions,
  configuredEndpoint,
  quietSdkNodeWarning,
  type AwsCallLimits,
} from '../aws';
import { ServiceError, UserError } from '../errors';
import type { Logger } from '../log';
import { proxyAgents } from '../proxy';
import { traced } from '../trace';

/**
 * Creates a client for `region` with bounded calls; a bucket in another region is followed, not an
 * error. Path-style addressing where the endpoint is not AWS's (see `needsPathStyle`).
 */
export async function createS3Client(region: string, limits: AwsCallLimits): Promise<S3Client> {
  const { S3Client } = await traced('load', '@aws-sdk/client-s3', () => import('@aws-sdk/client-s3'));
  quietSdkNodeWarning();
  return boundCalls(
    new S3Client({
      region,
      followRegionRedirects: true,
      forcePathStyle: needsPathStyle(process.env),
      ...boundedClientOptions(limits, proxyAgents()),
    }),
    limits,
  );
}

/** The domains of AWS's S3 endpoints (commercial, China, dual-stack, the isolated regions). */
const AWS_DOMAIN =
  /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;

/**
 * Whether S3 must be addressed path-style (`http://host/bucket/key`): when the endpoint set in the
 * environment (`AWS_ENDPOINT_URL_S3`, else `AWS_ENDPOINT_URL`, as the SDK reads them) is not
 * AWS's. MinIO, LocalStack, Ceph and S3 gateways answer on one host name: the SDK's default,
 * `bucket.host`, does not resolve there (`ENOTFOUND bucket.localhost`). AWS's own endpoints keep
 * virtual-hosted addressing, which AWS requires for buckets made since 2020.
 */
export function needsPathStyle(env: Readonly<Record<string, string | undefined>>): boolean {
  const endpoint = configuredEndpoint(env, 'S3');
  if (!endpoint) return false;
  try {
    return !AWS_DOMAIN.test(new URL(endpoint).hostname.toLowerCase());
  } catch {
    return false; // the SDK reports a malformed endpoint itself
  }
}

/**
 * Before anything is pushed: the bucket exists and this role may use it (HeadBucket, which needs
 * s3:ListBucket), and keeps versions (a CodePipeline S3 source needs them: a warning, since a
 * role may lack s3:GetBucketVersioning, and some S3-compatible servers do not answer it).
 */
export async function checkBucket(client: S3Client, bucket: string, log: Logger): Promise<void> {
  const { GetBucketVersioningCommand, HeadBucketCommand } = await import('@aws-sdk/client-s3');
  // Both at once; the versioning's answer counts only once the bucket is known to exist.
  const versioning = client.send(new GetBucketVersioningCommand({ Bucket: bucket }));
  versioning.catch(() => undefined); // read below, after HeadBucket's answer
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || awsErrorName(error) === 'NotFound' || awsErrorName(error) === 'NoSuchBucket') {
      throw new UserError(
        `bucket '${bucket}' does not exist (or is in another account)`,
        { input: 's3-bucket' },
        'create the bucket (with versioning, for a CodePipeline S3 source), or fix the name',
      );
    }
    // HeadBucket answers 403 with no body, so the SDK's error has no useful name or message.
    if (status === 403) {
      throw new ServiceError(
        `S3 HeadBucket ${bucket}`,
        'access denied',
        "allow s3:ListBucket and s3:PutObject on the bucket for the role or user this runs as (or fix the bucket name: it may be another account's)",
      );
    }
    throw awsServiceError(`S3 HeadBucket ${bucket}`, error, 's3:ListBucket');
  }
  let status: string | undefined;
  try {
    status = (await versioning).Status;
  } catch (error) {
    if (awsErrorName(error) === 'EndpointSilent') throw awsServiceError(`S3 GetBucketVersioning ${bucket}`, error);
    log.warning(
      `cannot tell whether bucket '${bucket}' keeps versions (${awsErrorName(error)}); a CodePipeline S3 source needs versioning. Allow s3:GetBucketVersioning to have it checked.`,
    );
    return;
  }
  if (status !== 'Enabled') {
    log.warning(
      `bucket '${bucket}' does not keep versions: a CodePipeline S3 source needs versioning on (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled)`,
    );
  }
}

export interface Upload {
  readonly bucket: string;
  readonly key: string;
  readonly body: Buffer;
  /** Shown by CodePipeline as the revision of an S3 source action. */
  readonly revisionSummary: string;
}

export interface Uploaded {
  readonly uri: string;
  /** Absent on an unversioned bucket. */
  readonly versionId?: string;
}

/** Puts the zip and returns where it went. */
export async function uploadArtifact(client: S3Client, upload: Upload): Promise<Uploaded> {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const uri = `s3://${upload.bucket}/${upload.key}`;
  try {
    const result = await client.send(
      new PutObjectCommand({
        Bucket: upload.bucket,
        Key: upload.key,
        Body: upload.body,
        ContentLength: upload.body.length,
        ContentType: 'application/zip',
        Metadata: { 'codepipeline-artifact-revision-summary': upload.revisionSummary },
      }),
    );
    return { uri, ...(result.VersionId && result.VersionId !== 'null' && { versionId: result.VersionId }) };
  } catch (error) {
    throw awsServiceError(`S3 PutObject ${uri}`, error, 's3:PutObject');
  }
}
