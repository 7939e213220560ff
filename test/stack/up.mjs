// @ts-check
/** `npm run stack:up [-- --region=R]`: start the local offline stack (or find it up) and say what it offers. */
import { relative } from 'node:path';
import { startStack } from './index.mjs';
import { paths } from './layout.mjs';

const began = Date.now();
try {
  const region = process.argv.find((arg) => arg.startsWith('--region='))?.slice('--region='.length);
  const { stack, started } = await startStack({ region, log: (line) => console.log(`stack: ${line}`) });
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  console.log(started ? `Local stack started in ${seconds} s:` : `Local stack already up (checked in ${seconds} s):`);
  console.log(`  Docker     ${stack.dockerHost}${stack.ownDaemon ? ' (own dockerd)' : ' (existing daemon, left alone by stack:down)'}`);
  console.log(`  ECR API    ${stack.ecrEndpoint}  (account ${stack.accountId}, region ${stack.region}, key ${stack.credentials.accessKeyId})`);
  console.log(`  registry   ${stack.registry}  (ECR data plane; distribution behind it on 127.0.0.1:${stack.rawRegistryPort})`);
  console.log(`  S3         ${stack.s3Endpoint}  (s3rver, path-style, no buckets pre-created)`);
  console.log(`Use it from a shell with: . ${relative(process.cwd(), paths.env) || paths.env}`);
} catch (error) {
  console.error(`stack:up failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
