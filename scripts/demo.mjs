// @ts-check
/**
 * `npm run demo`: the whole Build stage on the sample service, against the local offline stack
 * (Docker, a registry behind an ECR endpoint, S3 — no AWS account), then shows the artifact.
 * Starts the stack if none is up and stops it again at the end.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, GetObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startStack, stackEnv, stopStack } from '../test/stack/index.mjs';
import { stageSampleService } from './sample-service.mjs';

// The demo's own S3 client: the SDK's notice that its future releases need Node 22 is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const root = fileURLToPath(new URL('..', import.meta.url));
const service = join(root, '.demo/sample-service');
const bucket = 'demo-artifacts';
const repository = 'demo/sample-service';

/** Headings in bold on a terminal, plain in a log file or with NO_COLOR. */
const bold = process.stdout.isTTY && !process.env.NO_COLOR;
/** @param {string} text */
const say = (text) => console.log(bold ? `\n\x1b[1m${text}\x1b[0m` : `\n${text}`);

say('Starting the local offline stack (Docker, registry + ECR endpoint, S3)');
const { stack, started } = await startStack({ log: (line) => console.log(`  ${line}`) });
let code = 1;
try {
  // busybox-static is installed by the stack on a fresh machine: stage the service after it.
  stageSampleService(service);
  const s3 = new S3Client({
    region: stack.region,
    endpoint: stack.s3Endpoint,
    credentials: stack.credentials,
    forcePathStyle: true,
  });
  await s3
    .send(new HeadBucketCommand({ Bucket: bucket }))
    .catch(() => s3.send(new CreateBucketCommand({ Bucket: bucket })));

  const args = [
    'build',
    '--repository',
    repository,
    '--create-repository',
    '--tags',
    '{short_sha},latest',
    '--s3-bucket',
    bucket,
  ];
  say(`$ cd .demo/sample-service && ecs-bluegreen-build ${args.join(' ')}`);
  const run = spawnSync(process.execPath, [join(root, 'dist/index.js'), ...args], {
    cwd: service,
    env: stackEnv(stack),
    stdio: 'inherit',
  });
  code = run.status ?? 1;
  if (code === 0) {
    const dir = join(service, 'ecs-deploy');
    say('The artifact (.demo/sample-service/ecs-deploy/, zipped as ecs-deploy.zip and uploaded to S3):');
    for (const name of readdirSync(dir).sort()) {
      console.log(`\n--- ${name}`);
      process.stdout.write(readFileSync(join(dir, name), 'utf8'));
    }
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'ecs-deploy.zip' }));
    const same = Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(
      readFileSync(join(service, 'ecs-deploy.zip')),
    );
    say(`s3://${bucket}/ecs-deploy.zip ${same ? 'holds exactly the zip' : 'DIFFERS from the zip'}.`);
    if (!same) code = 1;
  }
  s3.destroy();
} finally {
  if (started) {
    say('Stopping the stack (run `npm run stack:up` first to keep one up between runs)');
    await stopStack();
  }
}
process.exitCode = code;
