/**
 * The artifact zip to S3 through `@aws-sdk/client-s3` (loaded on first use). The body is a
 * Buffer with its length: some S3-compatible servers store a streamed body with its aws-chunked
 * framing, a Buffer is sent as is.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { awsServiceError, quietSdkNodeWarning } from '../aws';
import { proxyAgents } from '../proxy';

/** Creates a client for `region`; a bucket in another region is followed, not an error. */
export async function createS3Client(region: string): Promise<S3Client> {
  const { S3Client } = await import('@aws-sdk/client-s3');
  quietSdkNodeWarning();
  return new S3Client({ region, followRegionRedirects: true, requestHandler: proxyAgents() });
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
    const result = await client.send(new PutObjectCommand({
      Bucket: upload.bucket,
      Key: upload.key,
      Body: upload.body,
      ContentLength: upload.body.length,
      ContentType: 'application/zip',
      Metadata: { 'codepipeline-artifact-revision-summary': upload.revisionSummary },
    }));
    return { uri, ...(result.VersionId && result.VersionId !== 'null' && { versionId: result.VersionId }) };
  } catch (error) {
    throw awsServiceError(`S3 PutObject ${uri}`, error, 's3:PutObject');
  }
}
