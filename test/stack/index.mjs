// @ts-check
/**
 * The local offline stack for the end-to-end tests and the demo: a Docker daemon, a real registry behind an
 * emulation of ECR (API and data plane), and s3rver. State in `<repo>/.stack/`; one stack per clone.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { daemonAnswers, findBuildKitClient, linkClient, ownDockerHost, startDockerd, unmountDockerLeftovers } from './docker-daemon.mjs';
import { paths, persistentPaths, stateDir } from './layout.mjs';
import { installPackages, missingPackages } from './packages.mjs';
import { answersHttp, freePort, isOurs, spawnDaemon, stopProcess, waitUntilReady } from './processes.mjs';
import { startRegistry } from './registry.mjs';
import { readState, readStateIfAny, writeEnvFile, writeState } from './state.mjs';

/** @typedef {import('./state.mjs').Stack} Stack */

const ACCOUNT_ID = '123456789012';
// s3rver accepts this pair only; one pair for the whole stack keeps the demo simple.
const DEFAULT_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const SERVICES_SCRIPT = fileURLToPath(new URL('./aws-services.mjs', import.meta.url));

/**
 * Starts the stack, or reuses the one that is up and healthy. A start that fails stops what it started and
 * throws with the reason and the failing component's log tail.
 * @param {object} [options] region and credentials apply to a stack that starts; a running stack is reused
 *   whatever they are, unless they are given and differ
 * @param {string} [options.region] default us-east-1
 * @param {{ accessKeyId: string, secretAccessKey: string }} [options.credentials] default S3RVER/S3RVER
 * @param {(line: string) => void} [options.log] progress lines
 * @returns {Promise<{ stack: Stack, started: boolean }>} started: false when a running stack was reused
 */
export async function startStack({ region, credentials, log = () => {} } = {}) {
  return withLock(async () => {
    const previous = readStateIfAny();
    if (previous && (await isHealthy(previous))) {
      const { stack } = previous;
      const differs = (region && region !== stack.region)
        || (credentials && (credentials.accessKeyId !== stack.credentials.accessKeyId || credentials.secretAccessKey !== stack.credentials.secretAccessKey));
      if (differs) {
        throw new Error(`A stack is already up with region ${stack.region} and key ${stack.credentials.accessKeyId}; stop it first (npm run stack:down).`);
      }
      return { stack, started: false };
    }
    if (previous) {
      log('the recorded stack is not healthy: stopping what is left of it');
      await stopRecorded(previous);
    }
    return { stack: await startFresh(region ?? 'us-east-1', credentials ?? DEFAULT_CREDENTIALS, log), started: true };
  });
}

/**
 * Stops what the stack started and removes its temporary state. Data that makes the next start warm (Docker's
 * image cache, pushed images, repositories, buckets) is kept unless `purge`.
 * @param {{ purge?: boolean }} [options]
 */
export async function stopStack({ purge = false } = {}) {
  await withLock(async () => {
    const state = readStateIfAny();
    if (state) await stopRecorded(state);
    if (purge) for (const path of persistentPaths) rmSync(path, { recursive: true, force: true });
  });
}

/**
 * The running stack, as `startStack()` recorded it; throws when none is up.
 * @returns {Stack}
 */
export function readStack() {
  return readState().stack;
}

/**
 * An environment for child processes that use the stack: `base` plus the stack's variables and its bin dir first on PATH.
 * @param {Stack} stack
 * @param {NodeJS.ProcessEnv} [base]
 */
export function stackEnv(stack, base = process.env) {
  return { ...base, ...stack.env, PATH: [stack.binDir, base.PATH].filter(Boolean).join(':') };
}

/**
 * @param {string} region
 * @param {{ accessKeyId: string, secretAccessKey: string }} credentials
 * @param {(line: string) => void} log
 * @returns {Promise<Stack>}
 */
async function startFresh(region, credentials, log) {
  mkdirSync(paths.logs, { recursive: true });
  const existingHost = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
  let client = await findBuildKitClient();
  let daemonRunning = client !== undefined && (await daemonAnswers(client, existingHost));
  const missing = missingPackages({ client, daemonRunning });
  if (missing.length > 0) {
    installPackages(missing, log);
    client = await findBuildKitClient();
    daemonRunning = client !== undefined && (await daemonAnswers(client, existingHost));
  }
  if (!client) throw new Error('No docker client that can run BuildKit builds was found, even after installing docker.io.');
  linkClient(client);

  const ports = new Set();
  while (ports.size < 4) ports.add(await freePort());
  const [rawRegistryPort, frontPort, ecrPort, s3Port] = /** @type {[number, number, number, number]} */ ([...ports]);
  const dockerHost = daemonRunning ? existingHost : ownDockerHost;
  const ecrEndpoint = `http://127.0.0.1:${ecrPort}`;
  const s3Endpoint = `http://127.0.0.1:${s3Port}`;
  /** @type {Stack} */
  const stack = {
    region,
    accountId: ACCOUNT_ID,
    credentials,
    ecrEndpoint,
    s3Endpoint,
    registry: `127.0.0.1:${frontPort}`,
    registryPassword: randomBytes(24).toString('base64url'),
    rawRegistryPort,
    dockerHost,
    ownDaemon: !daemonRunning,
    binDir: paths.bin,
    env: {
      DOCKER_HOST: dockerHost,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_ENDPOINT_URL_ECR: ecrEndpoint,
      AWS_ENDPOINT_URL_S3: s3Endpoint,
    },
  };
  /** @type {import('./state.mjs').State} */
  const state = { stack, processes: [], ready: false };
  writeState(state);
  /** @param {import('./processes.mjs').StartedProcess} proc */
  const track = ({ name, pid, marker, log: logFile }) => {
    state.processes.push({ name, pid, marker, log: logFile });
    writeState(state);
  };
  try {
    if (stack.ownDaemon) {
      log('starting dockerd');
      await startDockerd(client, track);
    }
    log('starting the registry');
    await startRegistry({ port: rawRegistryPort, password: stack.registryPassword }, track);
    log('starting the ECR API, the registry front and S3');
    const services = spawnDaemon('aws-services', process.execPath, [SERVICES_SCRIPT], { log: join(paths.logs, 'aws-services.log'), marker: SERVICES_SCRIPT });
    track(services);
    await waitUntilReady(services, () => allAnswer([stack.ecrEndpoint, `http://${stack.registry}/v2/`, stack.s3Endpoint]), 20_000);
    writeEnvFile(stack);
    writeState({ ...state, ready: true });
    return stack;
  } catch (error) {
    await stopRecorded(state);
    throw error;
  }
}

/** @param {import('./state.mjs').State} state */
async function isHealthy({ stack, processes, ready }) {
  return ready
    && processes.every(isOurs)
    && (await daemonAnswers(join(stack.binDir, 'docker'), stack.dockerHost))
    && (await allAnswer([`http://127.0.0.1:${stack.rawRegistryPort}/v2/`, stack.ecrEndpoint, `http://${stack.registry}/v2/`, stack.s3Endpoint]));
}

/** @param {string[]} urls */
async function allAnswer(urls) {
  return (await Promise.all(urls.map(answersHttp))).every(Boolean);
}

/**
 * Stops the recorded processes, last started first, detaches what dockerd left mounted, then removes the
 * temporary state (secrets included).
 * @param {import('./state.mjs').State} state
 */
async function stopRecorded(state) {
  for (const proc of [...state.processes].reverse()) await stopProcess(proc);
  await unmountDockerLeftovers();
  for (const path of [paths.state, paths.env, paths.bin, paths.htpasswd, paths.registryConfig, paths.dockerConfig, paths.runDir]) {
    rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Serialises `up` and `down` of this clone's stack: a second caller waits, then finds the first one's stack.
 * @template T
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withLock(fn) {
  mkdirSync(stateDir, { recursive: true });
  // The pid is written first and linked into place, so a lock file always names its holder.
  const mine = `${paths.lock}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  const deadline = Date.now() + 10 * 60_000;
  try {
    for (;;) {
      try {
        linkSync(mine, paths.lock);
        break;
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder();
      if (!isAlive(holder)) rmSync(paths.lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`${paths.lock} is held by pid ${holder} (another stack:up or stack:down)`);
      else await sleep(200);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  try {
    return await fn();
  } finally {
    rmSync(paths.lock, { force: true });
  }
}

/** The pid in the lock file; 0 when it was released meanwhile. */
function lockHolder() {
  try {
    return Number(readFileSync(paths.lock, 'utf8'));
  } catch {
    return 0;
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return pid > 0;
  } catch {
    return false;
  }
}
