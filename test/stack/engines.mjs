// @ts-check
/**
 * The Docker engines the stack runs: what real runners have, from Debian's packages. Each engine is its own
 * daemon (data root, exec root, socket) with its own client: 20.10's client has no buildx (the tool's legacy
 * path), the 26 engines find the buildx plugin in `~/.docker/cli-plugins` of the engine's own HOME, as on a
 * runner where setup-buildx-action installed it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTrixieEngine } from './trixie.mjs';

/**
 * @typedef {'docker20' | 'docker26' | 'docker26-containerd'} EngineName
 * @typedef {object} EngineSpec
 * @property {string} title what the engine is, for logs and the test output
 * @property {'bookworm' | 'trixie'} source where its binaries come from
 * @property {'classic' | 'containerd'} imageStore
 * @property {Record<string, unknown>} daemonConfig dockerd's `--config-file` (the machine's /etc/docker/daemon.json is not read)
 */

/** @type {Record<EngineName, EngineSpec>} */
export const ENGINES = {
  docker20: {
    title: "Docker 20.10 (Debian bookworm's docker.io), no buildx, classic image store",
    source: 'bookworm',
    imageStore: 'classic',
    // BuildKit on by default serves plain `docker build` too.
    daemonConfig: { features: { buildkit: true } },
  },
  docker26: {
    title: "Docker 26.1.5 + buildx 0.13.1 (Debian trixie's), classic image store",
    source: 'trixie',
    imageStore: 'classic',
    daemonConfig: {},
  },
  'docker26-containerd': {
    title: "Docker 26.1.5 + buildx 0.13.1 (Debian trixie's), containerd image store",
    source: 'trixie',
    imageStore: 'containerd',
    daemonConfig: { features: { 'containerd-snapshotter': true } },
  },
};

/** @type {EngineName[]} */
export const ENGINE_NAMES = /** @type {EngineName[]} */ (Object.keys(ENGINES));

/** The engine when `EBB_ENGINE` is unset. */
export const DEFAULT_ENGINE = /** @type {EngineName} */ ('docker20');

/**
 * The engine named by `EBB_ENGINE` (the e2e run's engine), else the default; throws on a name that is not one.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {EngineName}
 */
export function selectedEngine(env = process.env) {
  return engineName(env['EBB_ENGINE'] || DEFAULT_ENGINE, 'EBB_ENGINE');
}

/**
 * @param {string} name
 * @param {string} source where the name came from, for the error
 * @returns {EngineName}
 */
export function engineName(name, source) {
  if (!(name in ENGINES))
    throw new Error(`${source}: '${name}' is not an engine of the stack; use one of ${ENGINE_NAMES.join(', ')}`);
  return /** @type {EngineName} */ (name);
}

/**
 * Where an engine's programs are.
 * @typedef {object} EngineBinaries
 * @property {string} client the `docker` CLI the engine's users run
 * @property {string} dockerd
 * @property {string} containerd the containerd the engine's dockerd runs on (its own process)
 * @property {string[]} pathDirs put first on dockerd's PATH: the containerd (and shims) it starts
 * @property {string | undefined} buildxPlugin the `docker-buildx` plugin, linked into the engine's `~/.docker/cli-plugins`
 * @property {Record<string, string>} versions the packages (trixie) it comes from
 */

/**
 * The engine's programs; installs trixie's into the machine's cache when an engine needs them and it has none.
 * @param {EngineName} name
 * @param {(line: string) => void} log
 * @returns {Promise<EngineBinaries>}
 */
export async function engineBinaries(name, log) {
  if (ENGINES[name].source === 'bookworm') {
    // Debian's own paths, not the first `docker` on PATH: a newer client there (as /usr/local/bin/docker here) is not 20.10.
    return {
      client: '/usr/bin/docker',
      dockerd: '/usr/sbin/dockerd',
      containerd: '/usr/bin/containerd',
      pathDirs: [],
      buildxPlugin: undefined,
      versions: {},
    };
  }
  const { prefix, versions } = await ensureTrixieEngine(log);
  return {
    client: join(prefix, 'usr/bin/docker'),
    dockerd: join(prefix, 'usr/sbin/dockerd'),
    containerd: join(prefix, 'usr/bin/containerd'),
    pathDirs: [join(prefix, 'usr/bin'), join(prefix, 'usr/sbin')],
    buildxPlugin: join(prefix, 'usr/libexec/docker/cli-plugins/docker-buildx'),
    versions,
  };
}

/** True when bookworm's docker.io (client and daemon) and its containerd are installed. */
export function bookwormDockerInstalled() {
  return ['/usr/bin/docker', '/usr/sbin/dockerd', '/usr/bin/containerd'].every((file) => existsSync(file));
}
