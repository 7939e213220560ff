// @ts-check
/** The Docker side of the stack: a client that can build with BuildKit, and a daemon (an existing one, or our own). */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { paths } from './layout.mjs';
import { findCommand, run, spawnDaemon, waitUntilReady } from './processes.mjs';

/** The DOCKER_HOST of the daemon the stack starts when none is running. */
export const ownDockerHost = `unix://${paths.dockerSocket}`;

/**
 * The first `docker` on PATH (ignoring our own bin dir), or Debian's `/usr/bin/docker`, that can run a BuildKit build.
 * Clients from Docker 23 on delegate BuildKit builds to the buildx plugin and fail without it
 * ("BuildKit is enabled but the buildx component is missing"); 20.10 clients (Debian's) drive BuildKit themselves.
 * @returns {Promise<string | undefined>}
 */
export async function findBuildKitClient() {
  for (const client of new Set([findCommand('docker', paths.bin), '/usr/bin/docker'])) {
    if (client && existsSync(client) && (await canBuildWithBuildKit(client))) return client;
  }
  return undefined;
}

/** @param {string} client */
async function canBuildWithBuildKit(client) {
  const version = await run(client, ['--version']).catch(() => '');
  const major = Number(/version (\d+)\./.exec(version)?.[1]);
  if (major > 0 && major < 23) return true;
  return run(client, ['buildx', 'version']).then(() => true, () => false);
}

/**
 * Puts `bin/docker` → `client`, for callers to put first on PATH.
 * @param {string} client
 */
export function linkClient(client) {
  rmSync(paths.bin, { recursive: true, force: true });
  mkdirSync(paths.bin, { recursive: true });
  symlinkSync(client, join(paths.bin, 'docker'));
}

/**
 * True when a Docker daemon answers at `dockerHost`.
 * @param {string} client
 * @param {string} dockerHost
 */
export function daemonAnswers(client, dockerHost) {
  return run(client, ['info', '--format', '{{.ServerVersion}}'], { env: { ...process.env, DOCKER_HOST: dockerHost }, timeoutMs: 10_000 })
    .then(() => true, () => false);
}

/**
 * Starts Debian's dockerd with its own data root, exec root, socket and pidfile, so it shares nothing with
 * another daemon on the machine except the default docker0 bridge (BuildKit RUN steps need a bridge).
 * @param {string} client
 * @param {(proc: import('./processes.mjs').StartedProcess) => void} track called as soon as the process exists
 */
export async function startDockerd(client, track) {
  mkdirSync(paths.runDir, { recursive: true, mode: 0o700 });
  // Our own config file keeps /etc/docker/daemon.json out; BuildKit on by default serves plain `docker build` too.
  writeFileSync(paths.dockerConfig, JSON.stringify({ features: { buildkit: true } }));
  const dockerd = spawnDaemon('dockerd', findCommand('dockerd') ?? 'dockerd', [
    '--config-file', paths.dockerConfig,
    '--data-root', paths.dockerData,
    '--exec-root', paths.dockerExecRoot,
    '--pidfile', paths.dockerPidFile,
    '-H', ownDockerHost,
  ], { log: join(paths.logs, 'dockerd.log'), marker: paths.dockerData });
  track(dockerd);
  await waitUntilReady(dockerd, () => daemonAnswers(client, ownDockerHost), 60_000);
}

/**
 * Detaches what a stopped dockerd left mounted under its exec root and data root. A daemon that is slow to
 * stop (or is killed) can leave a build container's network namespace bind-mounted under `exec/netns`, and
 * removing the exec root then fails with EBUSY. Deepest mounts first; lazy, so a busy one still goes.
 */
export async function unmountDockerLeftovers() {
  if (!existsSync('/proc/self/mounts')) return;
  const roots = [paths.runDir, paths.dockerData];
  const leftovers = readFileSync('/proc/self/mounts', 'utf8').split('\n')
    .flatMap((line) => line.split(' ').slice(1, 2))
    .map((point) => point.replace(/\\(\d{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8))))
    .filter((point) => roots.some((root) => point === root || point.startsWith(root + sep)))
    .sort((a, b) => b.length - a.length);
  for (const point of leftovers) await run('umount', ['-l', point]).catch(() => undefined);
}
