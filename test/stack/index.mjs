// @ts-check
/**
 * The local offline stack for the end-to-end tests, the demo and the benchmark: Docker engines (each its own
 * daemon, see engines.mjs), a real registry behind an emulation of ECR (API and data plane), and s3rver, shared
 * by the engines. State in `<repo>/.stack/`; one stack per clone.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { daemonAnswers, startEngineDaemon, unmountDockerLeftovers } from './docker-daemon.mjs';
import { bookwormDockerInstalled, DEFAULT_ENGINE, engineBinaries, ENGINE_NAMES, selectedEngine } from './engines.mjs';
import { engineDirs, extraDaemonDirs, paths, persistentPaths, stateDir } from './layout.mjs';
import { withLock } from './lock.mjs';
import { installPackages, missingPackages } from './packages.mjs';
import { answersHttp, freePort, isOurs, run, spawnDaemon, stopProcess, waitUntilReady } from './processes.mjs';
import { startRegistry } from './registry.mjs';
import { readState, readStateIfAny, writeEnvFile, writeState } from './state.mjs';
import { makeTlsCertificates, tlsFiles } from './tls.mjs';

/**
 * @typedef {import('./state.mjs').Stack} Stack
 * @typedef {import('./state.mjs').State} State
 * @typedef {import('./engines.mjs').EngineName} EngineName
 * @typedef {import('./docker-daemon.mjs').Engine} Engine
 */

export { ENGINE_NAMES, ENGINES, selectedEngine } from './engines.mjs';

const ACCOUNT_ID = '123456789012';
// s3rver accepts this pair only; one pair for the whole stack keeps the demo simple.
const DEFAULT_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const SERVICES_SCRIPT = fileURLToPath(new URL('./aws-services.mjs', import.meta.url));
const LOCK = { what: 'another stack:up or stack:down, or a test starting a daemon' };

/**
 * Starts the stack with the given engines, or reuses what is up and healthy: the services are started once, each
 * engine's daemon when it is not up yet. A start that fails stops what it started and throws with the reason and
 * the failing component's log tail.
 * @param {object} [options] region and credentials apply to services that start; running ones are reused
 *   whatever they are, unless they are given and differ
 * @param {string} [options.region] default us-east-1
 * @param {{ accessKeyId: string, secretAccessKey: string }} [options.credentials] default S3RVER/S3RVER
 * @param {EngineName[]} [options.engines] default: the one `EBB_ENGINE` names (docker20 without it)
 * @param {(line: string) => void} [options.log] progress lines
 * @returns {Promise<{ stack: Stack, started: boolean, startedEngines: EngineName[] }>} the view of the first engine;
 *   started: false when running services were reused; startedEngines: the daemons this call started
 */
export async function startStack({ region, credentials, engines = [selectedEngine()], log = () => {} } = {}) {
  mkdirSync(stateDir, { recursive: true });
  return withLock(
    paths.lock,
    async () => {
      let state = readStateIfAny();
      let started = false;
      if (state && (await servicesHealthy(state))) {
        const { stack } = state;
        const differs =
          (region && region !== stack.region) ||
          (credentials &&
            (credentials.accessKeyId !== stack.credentials.accessKeyId ||
              credentials.secretAccessKey !== stack.credentials.secretAccessKey));
        if (differs) {
          throw new Error(
            `A stack is already up with region ${stack.region} and key ${stack.credentials.accessKeyId}; stop it first (npm run stack:down).`,
          );
        }
      } else {
        if (state) {
          log('the recorded stack is not healthy: stopping what is left of it');
          await stopRecorded(state);
        }
        state = await startServices(region ?? 'us-east-1', credentials ?? DEFAULT_CREDENTIALS, log);
        started = true;
      }
      /** @type {EngineName[]} */
      const startedEngines = [];
      try {
        for (const name of engines) {
          if (await engineHealthy(state, name)) continue;
          await stopDaemon(state, name);
          log(`starting dockerd: ${name}`);
          try {
            const binaries = await engineBinaries(name, log);
            // Every engine is also a remote engine: the same daemon on a loopback TCP port behind TLS.
            state.stack.engines[name] = await startEngineDaemon(
              name,
              binaries,
              engineDirs(name),
              name,
              tracker(state, name),
              { port: await freePort(), files: existsSync(tlsFiles().ca) ? tlsFiles() : await makeTlsCertificates() },
            );
          } catch (error) {
            await stopDaemon(state, name);
            throw error;
          }
          writeState(state);
          startedEngines.push(name);
        }
      } catch (error) {
        if (started) await stopRecorded(state);
        else for (const name of startedEngines) await stopDaemon(state, name);
        throw error;
      }
      writeEnvFiles(state);
      return { stack: engineView(state, engines[0] ?? DEFAULT_ENGINE), started, startedEngines };
    },
    LOCK,
  );
}

/**
 * Stops what the stack started and removes its temporary state. Data that makes the next start warm (the engines'
 * image caches, pushed images, repositories, buckets) is kept unless `purge`.
 * @param {{ purge?: boolean }} [options]
 */
export async function stopStack({ purge = false } = {}) {
  mkdirSync(stateDir, { recursive: true });
  await withLock(
    paths.lock,
    async () => {
      const state = readStateIfAny();
      if (state) await stopRecorded(state);
      if (purge) for (const path of persistentPaths) rmSync(path, { recursive: true, force: true });
    },
    LOCK,
  );
}

/**
 * The running stack as `engine`'s user sees it; throws when no stack is up or that engine's daemon is not.
 * @param {EngineName} [engine] default: the one `EBB_ENGINE` names (docker20 without it)
 * @returns {Stack}
 */
export function readStack(engine = selectedEngine()) {
  return engineView(readState(), engine);
}

/**
 * An environment for child processes that use the stack: `base` plus the stack's variables and its bin dir first on
 * PATH. `base`'s Docker client settings (DOCKER_CONFIG, DOCKER_CONTEXT, BUILDX_BUILDER, DOCKER_BUILDKIT) are left
 * out: the engine's client runs with the engine's own HOME and defaults, whatever the developer's shell has.
 * @param {Stack} stack
 * @param {NodeJS.ProcessEnv} [base]
 */
export function stackEnv(stack, base = process.env) {
  const {
    DOCKER_CONFIG: _config,
    DOCKER_CONTEXT: _context,
    BUILDX_BUILDER: _builder,
    DOCKER_BUILDKIT: _buildkit,
    ...rest
  } = base;
  return { ...rest, ...stack.env, PATH: [stack.binDir, base['PATH']].filter(Boolean).join(':') };
}

/**
 * A daemon started on demand, with a `stack` view of its own (pass it to `stackEnv`); `stop()` ends it and deletes
 * its data. `stack:down` stops one a crashed test left behind.
 * @typedef {object} ExtraDaemon
 * @property {string} id its directory under `.stack/daemons/`
 * @property {Stack} stack the running stack with this daemon as its engine: same services, client, HOME and
 *   buildx plugin as `engine`'s, another DOCKER_HOST
 * @property {() => Promise<void>} stop
 */

/**
 * Starts a FRESH daemon of `engine`: an empty data root (no image, no build cache), its own exec root and socket,
 * using the stack's registry, ECR and S3. For the test "a fresh daemon rebuilding unchanged source skips every
 * cached step": all it can reuse is what the registry holds.
 * @param {EngineName} [engine] default: the one `EBB_ENGINE` names
 * @returns {Promise<ExtraDaemon>}
 */
export async function startFreshDaemon(engine = selectedEngine()) {
  const id = `${engine}-${randomBytes(4).toString('hex')}`;
  const dirs = extraDaemonDirs(id);
  const view = await withLock(
    paths.lock,
    async () => {
      const state = readState();
      const base = engineView(state, engine);
      try {
        const binaries = await engineBinaries(engine, () => {});
        const daemon = await startEngineDaemon(engine, binaries, dirs, id, tracker(state, id));
        return {
          ...base,
          engine: daemon,
          dockerHost: daemon.dockerHost,
          binDir: daemon.binDir,
          env: { ...base.env, DOCKER_HOST: daemon.dockerHost, HOME: daemon.home },
        };
      } catch (error) {
        await stopDaemon(state, id);
        throw error;
      }
    },
    LOCK,
  );
  return { id, stack: view, stop: () => withLock(paths.lock, async () => stopDaemon(readState(), id), LOCK) };
}

/**
 * A SECOND builder for `builder` tests: a fresh daemon of the view's engine, and a Docker context on it, created in
 * the engine's HOME (`~/.docker/contexts`, as `docker context create` does for a user). buildx lists every context
 * as a builder of the docker driver named after it, so `name` is what a user passes as `builder`; the engine's
 * default builder stays the stack's daemon. buildx 0.13's docker driver builds on the current context only:
 * `docker buildx build --builder NAME` is refused ("use `docker --context=NAME buildx` to switch to context"),
 * `docker --context NAME buildx build --builder NAME` builds there (and `--load` loads the image into that daemon).
 * On docker20 (no buildx) only the context exists (`docker --context NAME build`).
 * @param {Stack} stack the engine view whose HOME gets the context (`readStack()`)
 * @returns {Promise<{ name: string, daemon: ExtraDaemon, remove: () => Promise<void> }>} remove: the context, then the daemon
 */
export async function startSecondBuilder(stack) {
  const daemon = await startFreshDaemon(stack.engine.name);
  const name = `ebb-second-${daemon.id.slice(-8)}`;
  const docker = (/** @type {string[]} */ args) => run(join(stack.binDir, 'docker'), args, { env: stackEnv(stack) });
  try {
    await docker([
      'context',
      'create',
      name,
      '--description',
      'a second daemon for builder tests',
      '--docker',
      `host=${daemon.stack.dockerHost}`,
    ]);
    if (stack.engine.buildx) await docker(['buildx', 'inspect', name]);
  } catch (error) {
    await docker(['context', 'rm', '--force', name]).catch(() => undefined);
    await daemon.stop();
    throw error;
  }
  return {
    name,
    daemon,
    remove: async () => {
      await docker(['context', 'rm', '--force', name]);
      await daemon.stop();
    },
  };
}

/**
 * @param {State} state
 * @param {EngineName} name
 * @returns {Stack}
 */
function engineView({ stack }, name) {
  const engine = stack.engines[name];
  if (!engine) {
    const up = Object.keys(stack.engines);
    throw new Error(
      `The local stack has no ${name} daemon up (up: ${up.join(', ') || 'none'}). Start it with: npm run stack:up -- --engine=${name}`,
    );
  }
  const env = {
    DOCKER_HOST: engine.dockerHost,
    HOME: engine.home,
    AWS_REGION: stack.region,
    AWS_DEFAULT_REGION: stack.region,
    AWS_ACCESS_KEY_ID: stack.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: stack.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_ECR: stack.ecrEndpoint,
    AWS_ENDPOINT_URL_S3: stack.s3Endpoint,
  };
  return { ...stack, engine, dockerHost: engine.dockerHost, binDir: engine.binDir, env };
}

/**
 * `.stack/env.<engine>` for each engine up, and `.stack/env` for the default engine (or the first one up).
 * @param {State} state
 */
function writeEnvFiles(state) {
  const up = /** @type {EngineName[]} */ (Object.keys(state.stack.engines));
  for (const name of up) writeEnvFile(engineView(state, name), `${paths.env}.${name}`);
  const main = up.includes(DEFAULT_ENGINE) ? DEFAULT_ENGINE : up[0];
  if (main) copyFileSync(`${paths.env}.${main}`, paths.env);
}

/**
 * Records each process in the state as soon as it exists.
 * @param {State} state
 * @param {string} [daemon] the engine or on-demand daemon it belongs to
 * @returns {(proc: import('./processes.mjs').StartedProcess) => void}
 */
function tracker(state, daemon) {
  return ({ name, pid, marker, log }) => {
    state.processes.push({ name, pid, marker, log, ...(daemon && { daemon }) });
    writeState(state);
  };
}

/**
 * @param {string} region
 * @param {{ accessKeyId: string, secretAccessKey: string }} credentials
 * @param {(line: string) => void} log
 * @returns {Promise<State>}
 */
async function startServices(region, credentials, log) {
  mkdirSync(paths.logs, { recursive: true });
  const missing = missingPackages();
  if (missing.length > 0) installPackages(missing, log);
  if (!bookwormDockerInstalled())
    throw new Error("Debian's docker.io (/usr/bin/docker, /usr/sbin/dockerd) is missing, even after installing it.");

  const ports = new Set();
  while (ports.size < 4) ports.add(await freePort());
  const [rawRegistryPort, frontPort, ecrPort, s3Port] = /** @type {[number, number, number, number]} */ ([...ports]);
  /** @type {State} */
  await makeTlsCertificates();
  const state = {
    stack: {
      region,
      accountId: ACCOUNT_ID,
      credentials,
      ecrEndpoint: `http://127.0.0.1:${ecrPort}`,
      s3Endpoint: `http://127.0.0.1:${s3Port}`,
      registry: `127.0.0.1:${frontPort}`,
      registryPassword: randomBytes(24).toString('base64url'),
      rawRegistryPort,
      engines: {},
    },
    processes: [],
    ready: false,
  };
  writeState(state);
  const track = tracker(state);
  try {
    log('starting the registry');
    await startRegistry({ port: rawRegistryPort, password: state.stack.registryPassword }, track);
    log('starting the ECR API, the registry front and S3');
    const services = spawnDaemon('aws-services', process.execPath, [SERVICES_SCRIPT], {
      log: join(paths.logs, 'aws-services.log'),
      marker: SERVICES_SCRIPT,
    });
    track(services);
    await waitUntilReady(services, () => allAnswer(serviceUrls(state)), 20_000);
    state.ready = true;
    writeState(state);
    return state;
  } catch (error) {
    await stopRecorded(state);
    throw error;
  }
}

/** @param {State} state */
function serviceUrls({ stack }) {
  return [
    `http://127.0.0.1:${stack.rawRegistryPort}/v2/`,
    stack.ecrEndpoint,
    `http://${stack.registry}/v2/`,
    stack.s3Endpoint,
  ];
}

/** @param {State} state */
async function servicesHealthy(state) {
  return (
    state.ready && state.processes.filter((proc) => !proc.daemon).every(isOurs) && (await allAnswer(serviceUrls(state)))
  );
}

/**
 * @param {State} state
 * @param {EngineName} name
 */
async function engineHealthy(state, name) {
  const engine = state.stack.engines[name];
  const procs = state.processes.filter((proc) => proc.daemon === name);
  return (
    engine !== undefined &&
    procs.length > 0 &&
    procs.every(isOurs) &&
    (await daemonAnswers(join(engine.binDir, 'docker'), engine.dockerHost)) &&
    // A daemon recorded by a stack of before the TLS listener is started again, with it.
    engine.tls !== undefined &&
    (await daemonAnswers(join(engine.binDir, 'docker'), engine.tls.host, engine.tls.certPath))
  );
}

/** @param {string[]} urls */
async function allAnswer(urls) {
  return (await Promise.all(urls.map(answersHttp))).every(Boolean);
}

/**
 * Stops one daemon (an engine's or one started on demand) and removes its temporary directories; an engine's data
 * root stays (the warm cache), an on-demand daemon's goes.
 * @param {State} state
 * @param {string} daemon
 */
async function stopDaemon(state, daemon) {
  for (const proc of state.processes.filter((p) => p.daemon === daemon).reverse()) await stopProcess(proc);
  const isEngine = /** @type {string[]} */ (ENGINE_NAMES).includes(daemon);
  const dirs = isEngine ? engineDirs(daemon) : extraDaemonDirs(daemon);
  await unmountDockerLeftovers([dirs.run, dirs.dockerData]);
  for (const path of [
    dirs.run,
    dirs.bin,
    dirs.home,
    dirs.dockerConfig,
    dirs.containerdConfig,
    ...(isEngine ? [] : [dirs.root]),
  ]) {
    rmSync(path, { recursive: true, force: true });
  }
  state.processes = state.processes.filter((p) => p.daemon !== daemon);
  if (isEngine) delete state.stack.engines[/** @type {EngineName} */ (daemon)];
  writeState(state);
}

/**
 * Stops the recorded processes, last started first, detaches what the daemons left mounted, then removes the
 * temporary state (secrets included).
 * @param {State} state
 */
async function stopRecorded(state) {
  for (const proc of [...state.processes].reverse()) await stopProcess(proc);
  await unmountDockerLeftovers([paths.runDir, paths.engines, paths.extraDaemons]);
  for (const name of ENGINE_NAMES) {
    const dirs = engineDirs(name);
    for (const path of [dirs.bin, dirs.home, dirs.dockerConfig, dirs.containerdConfig])
      rmSync(path, { recursive: true, force: true });
  }
  const envFiles = ENGINE_NAMES.map((name) => `${paths.env}.${name}`);
  for (const path of [
    paths.state,
    paths.env,
    ...envFiles,
    paths.htpasswd,
    paths.registryConfig,
    paths.extraDaemons,
    paths.runDir,
    paths.tls,
  ]) {
    rmSync(path, { recursive: true, force: true });
  }
}
