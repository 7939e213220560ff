// @ts-check
/**
 * `npm run stack:up [-- --engine=NAME[,NAME…]|all] [--region=R]`: start the local offline stack (or find it up) and
 * say what it offers. Default: every engine.
 */
import { relative } from 'node:path';
import { engineName, ENGINE_NAMES } from './engines.mjs';
import { readStack, startStack } from './index.mjs';
import { paths } from './layout.mjs';

const began = Date.now();
try {
  const option = (/** @type {string} */ name) =>
    process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const region = option('region');
  const engineList = option('engine');
  const engines =
    !engineList || engineList === 'all'
      ? ENGINE_NAMES
      : engineList.split(',').map((name) => engineName(name, '--engine'));
  const { stack, started, startedEngines } = await startStack({
    region,
    engines,
    log: (line) => console.log(`stack: ${line}`),
  });
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  console.log(
    started || startedEngines.length > 0
      ? `Local stack started in ${seconds} s:`
      : `Local stack already up (checked in ${seconds} s):`,
  );
  for (const name of engines) {
    const { engine } = readStack(name);
    console.log(`  ${name.padEnd(20)} ${engine.dockerHost}  ${engine.title}`);
  }
  console.log(
    `  ECR API              ${stack.ecrEndpoint}  (account ${stack.accountId}, region ${stack.region}, key ${stack.credentials.accessKeyId})`,
  );
  console.log(
    `  registry             ${stack.registry}  (ECR data plane; distribution behind it on 127.0.0.1:${stack.rawRegistryPort})`,
  );
  console.log(`  S3                   ${stack.s3Endpoint}  (s3rver, path-style, no buckets pre-created)`);
  const env = relative(process.cwd(), paths.env) || paths.env;
  console.log(
    `Use an engine from a shell with: . ${env}.<engine>  (. ${env}: ${readStack(engines.includes('docker20') ? 'docker20' : engines[0]).engine.name})`,
  );
} catch (error) {
  console.error(`stack:up failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
