// @ts-check
/** The Docker side of the stack: an engine's daemon, its client, its HOME. */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ENGINES } from './engines.mjs';
import { paths } from './layout.mjs';
import { run, spawnDaemon, waitUntilReady } from './processes.mjs';

/**
 * A running daemon of an engine, as the stack records it.
 * @typedef {object} Engine
 * @property {import('./engines.mjs').EngineName} name
 * @property {string} title
 * @property {'classic' | 'containerd'} imageStore
 * @property {boolean} buildx true when the engine's client has the buildx plugin
 * @property {string} dockerHost `unix://…/docker.sock` (DOCKER_HOST)
 * @property {string} binDir first on PATH: its `docker` is the engine's client
 * @property {string} home HOME of the engine's users (`.docker/cli-plugins` holds buildx on the 26 engines)
 * @property {string} dataRoot dockerd's --data-root
 * @property {Record<string, string>} versions the trixie packages it comes from (none for 20.10)
 * @property {{ host: string, certPath: string }} [tls] the same daemon over TCP with TLS, as a remote engine is reached:
 *   `tcp://127.0.0.1:PORT` (DOCKER_HOST with DOCKER_TLS_VERIFY=1) and the client certificates' directory (DOCKER_CERT_PATH)
 */

/**
 * Starts containerd and dockerd for `engine` in `dirs`: its own config file (the machine's /etc/docker/daemon.json stays out),
 * data root, exec root, socket and pidfile, the default docker0 bridge (BuildKit RUN steps need a bridge) and no
 * iptables rules (nothing here needs NAT, and the host's firewall is left alone). Its client and HOME are set up
 * first; a buildx that the 20.10 engine's client would see (a system plugin directory) is refused, since that engine
 * is the tool's path without buildx.
 * @param {import('./engines.mjs').EngineName} engine
 * @param {import('./engines.mjs').EngineBinaries} binaries
 * @param {import('./layout.mjs').DaemonDirs} dirs
 * @param {string} logName the daemon's name in its log files, `<logs>/dockerd-<logName>.log` and `containerd-…`
 * @param {(proc: import('./processes.mjs').StartedProcess) => void} track called as soon as the process exists
 * @param {{ port: number, files: import('./tls.mjs').TlsFiles }} [tls] also listen on tcp://127.0.0.1:PORT with
 *   `--tlsverify` (only clients with a certificate of the stack's CA get in); the start fails unless both answer
 * @returns {Promise<Engine>}
 */
export async function startEngineDaemon(engine, binaries, dirs, logName, track, tls) {
  const spec = ENGINES[engine];
  for (const dir of [dirs.bin, dirs.home]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirs.run, { recursive: true, mode: 0o700 });
  mkdirSync(dirs.bin, { recursive: true });
  symlinkSync(binaries.client, join(dirs.bin, 'docker'));
  mkdirSync(join(dirs.home, '.docker'), { recursive: true, mode: 0o700 });
  if (binaries.buildxPlugin) {
    mkdirSync(join(dirs.home, '.docker/cli-plugins'));
    symlinkSync(binaries.buildxPlugin, join(dirs.home, '.docker/cli-plugins/docker-buildx'));
  }
  const dockerHost = `unix://${dirs.socket}`;
  const { DOCKER_CONFIG: _, ...inherited } = process.env;
  const clientEnv = { ...inherited, DOCKER_HOST: dockerHost, HOME: dirs.home };
  const buildx = await run(binaries.client, ['buildx', 'version'], { env: clientEnv }).then(
    () => true,
    () => false,
  );
  if (buildx !== (binaries.buildxPlugin !== undefined)) {
    throw new Error(
      buildx
        ? `${engine}: ${binaries.client} finds a buildx plugin outside the engine's HOME (in /usr/libexec/docker/cli-plugins or /usr/lib/docker/cli-plugins?): this engine must run without buildx`
        : `${engine}: ${binaries.client} does not find the buildx plugin linked in ${dirs.home}/.docker/cli-plugins`,
    );
  }

  // The engine's own containerd: a dockerd without --containerd would use the system's, were one running
  // (/run/containerd/containerd.sock, as on a machine where apt started docker.io's services), shared by every engine.
  const { containerdSocket, containerdConfig } = dirs;
  writeFileSync(
    containerdConfig,
    [
      'version = 2',
      // Where dockerd's own supervisor puts them: a data root made by either holds its images in the same place.
      `root = ${JSON.stringify(join(dirs.dockerData, 'containerd/daemon'))}`,
      `state = ${JSON.stringify(join(dirs.execRoot, 'containerd/daemon'))}`,
      'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
      '[grpc]',
      `  address = ${JSON.stringify(containerdSocket)}`,
      '',
    ].join('\n'),
  );
  const daemonEnv = {
    ...process.env,
    PATH: [...binaries.pathDirs, process.env.PATH, '/usr/sbin', '/sbin'].filter(Boolean).join(':'),
  };
  const containerd = spawnDaemon(`containerd ${engine}`, binaries.containerd, ['--config', containerdConfig], {
    log: join(paths.logs, `containerd-${logName}.log`),
    marker: containerdConfig,
    env: daemonEnv,
  });
  track(containerd);
  await waitUntilReady(containerd, async () => existsSync(containerdSocket), 30_000);

  writeFileSync(dirs.dockerConfig, JSON.stringify(spec.daemonConfig));
  const dockerd = spawnDaemon(
    `dockerd ${engine}`,
    binaries.dockerd,
    [
      '--config-file',
      dirs.dockerConfig,
      '--data-root',
      dirs.dockerData,
      '--exec-root',
      dirs.execRoot,
      '--pidfile',
      dirs.pidFile,
      '-H',
      dockerHost,
      ...(tls
        ? [
            '-H',
            `tcp://127.0.0.1:${tls.port}`,
            '--tlsverify',
            '--tlscacert',
            tls.files.ca,
            '--tlscert',
            tls.files.serverCert,
            '--tlskey',
            tls.files.serverKey,
          ]
        : []),
      '--containerd',
      containerdSocket,
      '--iptables=false',
    ],
    {
      log: join(paths.logs, `dockerd-${logName}.log`),
      marker: dirs.dockerData,
      // The prefix's containerd shims (1.7 for dockerd 26) before the system's; runc is the system's (bookworm's).
      env: { ...daemonEnv, DOCKER_TMPDIR: dirs.tmp },
    },
  );
  track(dockerd);
  const tlsEndpoint = tls && { host: `tcp://127.0.0.1:${tls.port}`, certPath: tls.files.clientDir };
  await waitUntilReady(
    dockerd,
    async () =>
      (await daemonAnswers(binaries.client, dockerHost)) &&
      (!tlsEndpoint || (await daemonAnswers(binaries.client, tlsEndpoint.host, tlsEndpoint.certPath))),
    60_000,
  );
  return {
    name: engine,
    title: spec.title,
    imageStore: spec.imageStore,
    buildx,
    dockerHost,
    binDir: dirs.bin,
    home: dirs.home,
    dataRoot: dirs.dockerData,
    versions: binaries.versions,
    ...(tlsEndpoint && { tls: tlsEndpoint }),
  };
}

/**
 * True when a Docker daemon answers at `dockerHost`. `docker version`, not `docker info`: a 26 client's
 * `info --format` exits 0 when no daemon answers.
 * @param {string} client
 * @param {string} dockerHost
 * @param {string} [certPath] a `tcp://` host's client certificates: the client must verify the daemon and show its own
 */
export function daemonAnswers(client, dockerHost, certPath) {
  const { DOCKER_TLS_VERIFY: _verify, DOCKER_CERT_PATH: _certs, ...inherited } = process.env;
  return run(client, ['version', '--format', '{{.Server.Version}}'], {
    env: {
      ...inherited,
      DOCKER_HOST: dockerHost,
      ...(certPath && { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certPath }),
    },
    timeoutMs: 10_000,
  }).then(
    () => true,
    () => false,
  );
}

/**
 * Detaches what a stopped dockerd left mounted under `roots` (exec roots, data roots). A daemon that is slow to
 * stop (or is killed) can leave a build container's network namespace bind-mounted under `exec/netns`, and
 * removing the exec root then fails with EBUSY. Deepest mounts first; lazy, so a busy one still goes.
 * @param {string[]} roots
 */
export async function unmountDockerLeftovers(roots) {
  if (!existsSync('/proc/self/mounts')) return;
  const leftovers = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .flatMap((line) => line.split(' ').slice(1, 2))
    .map((point) => point.replace(/\\(\d{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8))))
    .filter((point) => roots.some((root) => point === root || point.startsWith(root + sep)))
    .sort((a, b) => b.length - a.length);
  for (const point of leftovers) await run('umount', ['-l', point]).catch(() => undefined);
}
