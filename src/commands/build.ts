/**
 * The build job, step by step, over the modules that reach the outside. Validation comes first
 * and touches nothing remote; nothing is pushed while a check can still fail; nothing is written
 * until every image is in the registry.
 */
import type { BuildConfig } from '../config';
import { createEcrClient } from '../ecr/ecr';
import type { Host } from '../hosts/host';
import type { Outputs } from '../outputs';
import { preflight } from '../preflight';
import { checkBucket, createS3Client } from '../s3/upload';
import { composeArtifacts, placeholderImage, writeArtifacts } from './build-artifacts';
import { pinImages } from './build-images';
import { checkFiles } from './deploy-files';

/** `build`: the whole Build stage. Returns the outputs and the main artifact's file names. */
export async function runBuild(config: BuildConfig, host: Host): Promise<{ outputs: Outputs; files: readonly string[] }> {
  const client = createEcrClient(config.region, config.limits); // loads the SDK while the files are checked
  const files = await host.group('Check the deployment files', async () => {
    const checked = await checkFiles(host, config.files, { requirePlaceholder: true });
    await preflight(config, checked);
    // Would the artifacts fit? The digests are not known yet, but their length is.
    await composeArtifacts(config, checked, config.images.map((spec) => placeholderImage(spec, config.region)), host);
    return checked;
  }).catch(async (error: unknown) => {
    (await client).destroy();
    throw error;
  });
  const ecr = await client;
  const s3 = config.s3 === undefined ? undefined : await createS3Client(config.region, config.limits);
  try {
    if (s3 !== undefined && config.s3 !== undefined) {
      const bucket = config.s3.bucket;
      await host.group(`Check bucket ${bucket}`, () => checkBucket(s3, bucket, host));
    }
    const images = await pinImages(config, host, ecr);
    return await host.group(config.images.length > 1 ? 'Write the artifacts' : 'Write the artifact', async () =>
      writeArtifacts(config, await composeArtifacts(config, files, images, host), host, s3));
  } finally {
    ecr.destroy();
    s3?.destroy();
  }
}
