// @ts-check
/**
 * `npm run demo`: the whole Build stage on the sample service, against the local offline stack
 * (Docker, a registry behind an ECR endpoint, S3 — no AWS account), then shows what the tool made.
 * Starts the stack if none is up and stops it again at the end; a stack already up (`npm run stack:up`,
 * or the end-to-end suite's) is used and left up.
 *
 * Everything it shows after the build — the image, the artifact directory and zip, the S3 object — comes
 * from the tool's own `--json` outputs, never from a copy of the tool's defaults. A failure ends the demo
 * with the step that failed and its cause, exit 1 (a stack trace only with ECS_BLUEGREEN_BUILD_DEBUG=1).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, GetObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startStack, stackEnv, stopStack } from '../test/stack/index.mjs';
import { stageSampleService } from './sample-service.mjs';

// The demo's own S3 client: the SDK's notice that its future releases need Node 22 is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const root = fileURLToPath(new URL('..', import.meta.url));
const service = join(root, '.demo/sample-service');
const bucket = 'demo-artifacts';
const args = ['build', '--repository', 'demo/sample-service', '--create-repository', '--tags', '{short_sha},latest'];
const debug = process.env.ECS_BLUEGREEN_BUILD_DEBUG === '1';

/** Headings in bold on a terminal, plain in a log file or with NO_COLOR. */
const bold = process.stdout.isTTY && !process.env.NO_COLOR;
/** @param {string} text */
const say = (text) => console.log(bold ? `\n\x1b[1m${text}\x1b[0m` : `\n${text}`);

/** A step of the demo that failed: its name and the cause, for the closing line. */
class StepFailed extends Error {
  /** @param {string} step @param {unknown} cause */
  constructor(step, cause) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.step = step;
  }
}

/**
 * Runs one step of the demo; a failure is rethrown as the step's own.
 * @template T
 * @param {string} name what the step does, as the failure names it
 * @param {() => Promise<T> | T} act
 * @returns {Promise<T>}
 */
async function step(name, act) {
  try {
    return await act();
  } catch (error) {
    throw error instanceof StepFailed ? error : new StepFailed(name, error);
  }
}

/**
 * Runs the bundle with `--json`: its log goes straight to the terminal, its JSON document is returned.
 * @param {import('../test/stack/index.mjs').Stack} stack
 * @returns {Record<string, string>} the outputs, by name
 */
function runTool(stack) {
  console.log(
    `$ cd ${relative(root, service)} && ecs-bluegreen-build ${[...args, '--s3-bucket', bucket, '--json'].join(' ')}`,
  );
  const run = spawnSync(process.execPath, [join(root, 'dist/index.js'), ...args, '--s3-bucket', bucket, '--json'], {
    cwd: service,
    env: stackEnv(stack),
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  /** @type {{ ok?: boolean, error?: { message?: string } } & Record<string, unknown>} */
  let document;
  try {
    document = JSON.parse(run.stdout);
  } catch {
    throw new Error(`ecs-bluegreen-build exited ${run.status ?? run.signal} without its JSON document on stdout`);
  }
  if (run.status !== 0) {
    throw new Error(`ecs-bluegreen-build exited ${run.status}: ${document.error?.message ?? 'see its error above'}`);
  }
  return /** @type {Record<string, string>} */ (document);
}

/**
 * `s3://bucket/key` as its parts.
 * @param {string} uri
 */
function s3Location(uri) {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) throw new Error(`the s3-uri output is '${uri}', not s3://bucket/key`);
  return { Bucket: /** @type {string} */ (match[1]), Key: /** @type {string} */ (match[2]) };
}

/**
 * The artifact files in `dir`, as the manifest the tool keeps there lists them.
 * @param {string} dir
 * @returns {string[]}
 */
function artifactFiles(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, '.ecs-bluegreen-build.json'), 'utf8'));
  return /** @type {string[]} */ (manifest.files);
}

let stopAtEnd = false;
try {
  say('Starting the local offline stack (Docker, registry + ECR endpoint, S3)');
  const { stack, started } = await step('starting the offline stack', () =>
    startStack({ log: (line) => console.log(`  ${line}`) }),
  );
  stopAtEnd = started;
  if (!started) console.log('  a stack is already up: using it, and leaving it up');

  // busybox-static is installed by the stack on a fresh machine: stage the service after it.
  await step('staging the sample service', () => stageSampleService(service));
  const s3 = new S3Client({
    region: stack.region,
    endpoint: stack.s3Endpoint,
    credentials: stack.credentials,
    forcePathStyle: true,
  });
  try {
    await step(`creating the bucket ${bucket}`, () =>
      s3
        .send(new HeadBucketCommand({ Bucket: bucket }))
        .catch(() => s3.send(new CreateBucketCommand({ Bucket: bucket }))),
    );

    say('Building examples/sample-service: ECR login, build, push, imageDetail.json, taskdef + appspec, zip, upload');
    const outputs = await step('running ecs-bluegreen-build build', () => runTool(stack));

    const dir = outputs['artifact-dir'] ?? '';
    say(`The artifact files (${relative(root, dir)}/, zipped as ${relative(root, outputs['artifact-zip'] ?? '')}):`);
    // The files the tool wrote, as its own record in the directory lists them (the zip holds exactly these).
    const files = await step('reading the artifact files', () => artifactFiles(dir));
    for (const name of files) {
      console.log(`\n--- ${name}`);
      process.stdout.write(readFileSync(join(dir, name), 'utf8'));
    }

    const uri = outputs['s3-uri'] ?? '';
    const same = await step(`reading ${uri} back`, async () => {
      const object = await s3.send(new GetObjectCommand(s3Location(uri)));
      const bytes = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
      return bytes.equals(readFileSync(outputs['artifact-zip'] ?? ''));
    });
    if (!same) throw new StepFailed(`reading ${uri} back`, new Error('the object differs from the zip'));

    say('What the demo did:');
    console.log(`  pushed      ${outputs['image-uri']} (tags ${outputs['image-tags']})`);
    console.log(`  wrote       ${files.join(', ')} in ${relative(root, dir)}/`);
    console.log(
      `  zipped      ${relative(root, outputs['artifact-zip'] ?? '')} (sha256 ${outputs['artifact-sha256']})`,
    );
    console.log(`  uploaded    ${uri}, which holds exactly the zip`);
  } finally {
    s3.destroy();
  }
} catch (error) {
  const failed = error instanceof StepFailed ? error : new StepFailed('running the demo', error);
  console.error(`\ndemo failed while ${failed.step}: ${failed.message}`);
  if (debug) console.error(failed.cause);
  process.exitCode = 1;
} finally {
  if (stopAtEnd) {
    say('Stopping the stack (run `npm run stack:up` first to keep one up between runs)');
    await stopStack().catch((/** @type {unknown} */ error) => {
      console.error(`demo failed while stopping the offline stack: ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    });
  }
}
