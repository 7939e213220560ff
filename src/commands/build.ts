/**
 * The build job, step by step, over the modules that reach the outside. Validation comes first
 * and touches nothing remote; nothing is pushed while a check can still fail; nothing is written
 * until every image is in the registry.
 */
import type { BuildConfig } from '../config';
import { createEcrClient } from '../ecr/ecr';
import type { ECRClient } from '@aws-sdk/client-ecr';
import { detectBuilder, type DetectedBuilder } from '../docker/docker';
import type { Outputs } from '../outputs';
import { preflight } from '../preflight';
import { checkBucket, createS3Client } from '../s3/upload';
import { composeArtifacts, placeholderImage, writeArtifacts } from './build-artifacts';
import { pinImages } from './build-images';
import type { CommandContext } from './context';
import { checkFiles, type CheckedFiles } from './deploy-files';
import { FailedAfterCheck, FilesRejected, type FilesCheck } from './files-check';
import { imageName } from '../images';

/**
 * What a build did: its outputs, the main artifact's file names, and the check of the deployment files; and where
 * a host that writes the outputs to a file writes them (`outputs-env-file`).
 */
export interface BuildResult {
  readonly outputs: Outputs;
  readonly files: readonly string[];
  readonly envFile: string;
  readonly check: FilesCheck;
}

/**
 * `build`: the whole Build stage. What does not depend on each other runs at once: Docker's detection from the start
 * (its programs run beside the checks, which keep this process busy); after the checks, the repositories' lookups,
 * the bucket's check and the artifacts' size check; ECR's confirmation of the pushed images beside the composing of
 * the artifacts. Nothing is built while a check can fail, nor written before ECR has confirmed.
 */
export async function runBuild(config: BuildConfig, context: CommandContext): Promise<BuildResult> {
  const { log } = context;
  const detection = new AbortController(); // stops the detection of a run that ends before it needs the answer
  const docker = config.images.some((spec) => spec.kind === 'build')
    ? detectBuilder(context.run, config.limits, config.env['DOCKER_HOST'], config.build.builder, detection.signal)
    : undefined;
  docker?.catch(() => undefined); // its failure is reported where the build awaits it
  const client = createEcrClient(config.region, config.limits, config.ecrEndpoint); // loads the SDK while the files are checked
  try {
    const files = await log
      .group('Check the deployment files', async () => {
        const checked = await checkFiles(config.files, { requirePlaceholder: true });
        try {
          await preflight(config, checked);
        } catch (error) {
          throw new FailedAfterCheck(error, checked.report); // the check's warnings are still reported
        }
        return checked;
      })
      .then((checked) =>
        config.live === undefined ? checked : log.group('Check the account (live)', () => checkLive(config, checked)),
      )
      .catch(async (error: unknown) => {
        (await client).destroy();
        throw error;
      });
    const ecr = await client;
    try {
      const written = await pinAndWrite(config, context, ecr, files, docker);
      return { ...written, envFile: config.envFile, check: files.report };
    } catch (error) {
      throw new FailedAfterCheck(error, files.report); // the check's warnings are still reported
    } finally {
      ecr.destroy();
    }
  } finally {
    detection.abort();
  }
}

/** `--live`, before anything is pushed: the account against the checked files and the images' platforms. */
async function checkLive(config: BuildConfig, checked: CheckedFiles): Promise<CheckedFiles> {
  if (config.live === undefined) return checked;
  const { checkAccount } = await import('./live'); // the AWS SDK clients load only with --live
  // The images this run builds are for `platform` (one for the run); a prebuilt image's platform is not read here.
  const platforms = config.build.platform?.split(',').map((platform) => platform.trim()) ?? [];
  const images =
    platforms.length === 0
      ? []
      : config.images.flatMap((spec) => (spec.kind === 'build' ? [{ name: imageName(spec), platforms }] : []));
  try {
    return {
      ...checked,
      report: await checkAccount(config.live, checked.check, images, checked.report),
    };
  } catch (error) {
    if (error instanceof FilesRejected) throw error; // it holds the files' findings and the account's
    throw new FailedAfterCheck(error, checked.report); // the files' warnings are still reported
  }
}

async function pinAndWrite(
  config: BuildConfig,
  context: CommandContext,
  ecr: ECRClient,
  files: CheckedFiles,
  docker: Promise<DetectedBuilder> | undefined,
): Promise<Omit<BuildResult, 'check' | 'envFile'>> {
  const { log } = context;
  const bucket = config.s3?.bucket;
  const s3 = bucket === undefined ? undefined : createS3Client(config.region, config.limits);
  s3?.catch(() => undefined); // awaited below
  try {
    // What must hold before the first push, checked while the repositories are looked up: the bucket, and whether the
    // artifacts would fit (the digests are not known yet, but their length is).
    const beforePush = Promise.all([
      s3?.then((client) => checkBucket(client, bucket as string, log)),
      composeArtifacts(
        config,
        files,
        config.images.map((spec) => placeholderImage(spec, config.region)),
        log,
      ),
    ]);
    beforePush.catch(() => undefined); // awaited by pinImages before anything is pushed, and below
    const { images, confirmed } = await pinImages(config, context, ecr, { docker, beforePush });
    await beforePush; // a run that pushed nothing has not waited for it yet
    return await log.group(config.images.length > 1 ? 'Write the artifacts' : 'Write the artifact', async () => {
      const artifacts = await composeArtifacts(config, files, images, log);
      await confirmed;
      return writeArtifacts(config, artifacts, log, await s3);
    });
  } finally {
    (await s3?.catch(() => undefined))?.destroy();
  }
}
