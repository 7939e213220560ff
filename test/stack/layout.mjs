// @ts-check
/** Where the local stack keeps its state: one directory per clone, so two clones never share a stack. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const stateDir = join(repoRoot, '.stack');
// dockerd's exec roots and sockets go under /tmp because unix socket paths are limited to 107 bytes and a
// clone can live anywhere; the hash keeps clones apart.
const runDir = `/tmp/ebb-${createHash('sha256').update(stateDir).digest('hex').slice(0, 8)}`;

export const paths = {
  runDir,
  /** The stack description, secrets and the processes we started (mode 0600). */
  state: join(stateDir, 'stack.json'),
  env: join(stateDir, 'env'),
  lock: join(stateDir, 'lock'),
  logs: join(stateDir, 'logs'),
  /** One directory per engine (see `daemonDirs`). */
  engines: join(stateDir, 'engines'),
  /** The daemons started on demand (fresh ones, second builders); gone when they stop. */
  extraDaemons: join(stateDir, 'daemons'),
  registryConfig: join(stateDir, 'registry.yml'),
  htpasswd: join(stateDir, 'htpasswd'),
  registryStorage: join(stateDir, 'registry'),
  repositories: join(stateDir, 'ecr-repositories.json'),
  s3: join(stateDir, 's3'),
  /** The engines' TLS listener certificates (CA, server, client), made anew at every start (tls.mjs). */
  tls: join(stateDir, 'tls'),
};

/**
 * A daemon's directories. `dockerData` of an engine's daemon is kept across restarts (the warm image cache);
 * the rest is made at start and removed at stop.
 * @typedef {object} DaemonDirs
 * @property {string} root the daemon's directory under `.stack/`
 * @property {string} bin its `docker` client, to put first on PATH
 * @property {string} home HOME of its users: `.docker/` (config, cli-plugins, contexts) of that engine only
 * @property {string} dockerData --data-root (also the marker that identifies the dockerd process)
 * @property {string} dockerConfig --config-file
 * @property {string} containerdConfig the config of the daemon's own containerd
 * @property {string} run the directory under /tmp holding the exec root, socket and pidfile
 * @property {string} execRoot
 * @property {string} socket
 * @property {string} containerdSocket
 * @property {string} pidFile
 * @property {string} tmp dockerd's temp dir (DOCKER_TMPDIR): BuildKit makes its ssh agent sockets there, and a unix
 *   socket path is limited to 107 bytes, which `<data root>/tmp` (the default) overruns in a deep clone
 */

/**
 * @param {string} root
 * @param {string} run
 * @returns {DaemonDirs}
 */
function daemonDirs(root, run) {
  return {
    root,
    bin: join(root, 'bin'),
    home: join(root, 'home'),
    dockerData: join(root, 'docker'),
    dockerConfig: join(root, 'dockerd.json'),
    containerdConfig: join(root, 'containerd.toml'),
    run,
    execRoot: join(run, 'exec'),
    socket: join(run, 'docker.sock'),
    containerdSocket: join(run, 'containerd.sock'),
    pidFile: join(run, 'dockerd.pid'),
    tmp: join(run, 'tmp'),
  };
}

/**
 * The directories of an engine's daemon.
 * @param {string} engine
 */
export function engineDirs(engine) {
  return daemonDirs(join(paths.engines, engine), join(runDir, engine));
}

/**
 * The directories of a daemon started on demand.
 * @param {string} id
 */
export function extraDaemonDirs(id) {
  return daemonDirs(join(paths.extraDaemons, id), join(runDir, id));
}

/**
 * What only `down --purge` removes: data that makes the next `up` warm (image caches, pushed images, repositories,
 * buckets), and the logs.
 */
export const persistentPaths = [paths.engines, paths.registryStorage, paths.repositories, paths.s3, paths.logs];
