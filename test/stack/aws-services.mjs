// @ts-check
/**
 * The stack's one Node process: the ECR API endpoint, the registry front (ECR's data plane) and s3rver.
 * Started detached by `startStack()`; it reads its ports and secrets from the state file, never from argv.
 */
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import s3rverAccount from 's3rver/lib/models/account.js';
import { createEcrEndpoint } from './ecr-endpoint.mjs';
import { paths } from './layout.mjs';
import { createRegistryClient } from './registry-client.mjs';
import { createRegistryFront } from './registry-front.mjs';
import { RepositoryStore } from './repositories.mjs';
import { readState } from './state.mjs';

const { stack } = readState();
/** @param {string} line */
const log = (line) => console.log(`${new Date().toISOString()} ${line}`);
const repositories = new RepositoryStore(paths.repositories);
const registry = createRegistryClient({ port: stack.rawRegistryPort, password: stack.registryPassword });

const ecr = createEcrEndpoint({
  region: stack.region,
  accountId: stack.accountId,
  credentials: stack.credentials,
  registryHost: stack.registry,
  password: stack.registryPassword,
  repositories,
  registry,
  log,
});
const front = createRegistryFront({
  registryPort: stack.rawRegistryPort,
  password: stack.registryPassword,
  accountId: stack.accountId,
  repositories,
  registry,
  log,
});
// s3rver knows one key pair, S3RVER/S3RVER; a stack configured with another pair registers it on the same account.
s3rverAccount.DUMMY_ACCOUNT.createKeyPair(stack.credentials.accessKeyId, stack.credentials.secretAccessKey);
mkdirSync(paths.s3, { recursive: true });
// silent: s3rver's request log is ANSI-coloured whatever the output; its errors reach the S3 client anyway.
const s3 = new S3rver({
  address: '127.0.0.1',
  port: Number(new URL(stack.s3Endpoint).port),
  directory: paths.s3,
  vhostBuckets: false,
  silent: true,
});

/**
 * @param {import('node:http').Server} server
 * @param {string} url
 */
const listen = (server, url) =>
  new Promise((resolve, reject) => {
    server.once('error', reject).listen(Number(new URL(url).port), '127.0.0.1', () => resolve(undefined));
  });
await Promise.all([listen(ecr, stack.ecrEndpoint), listen(front, `http://${stack.registry}`), s3.run()]);
log(`ECR API on ${stack.ecrEndpoint}, registry front on ${stack.registry}, S3 on ${stack.s3Endpoint}`);
process.on('SIGTERM', () => process.exit(0));
