/**
 * Docker through its CLI: builder detection, login, build, push, logout. Every function takes the
 * session (runner, private Docker config, logger) as a parameter.
 */
import { readFile } from 'node:fs/promises';
import { checkExit, type CommandRunner } from '../command';
import { ServiceError } from '../errors';
import type { Logger } from '../hosts/host';
import { chooseBuilder, parsePushDigest, type Builder, type DockerCommand } from './args';
import { PUSH_PROGRESS_INTERVAL_MS, PushProgress } from './push-progress';

export interface DockerSession {
  readonly run: CommandRunner;
  /** `DOCKER_CONFIG` of this run's private Docker config directory. */
  readonly env: Readonly<Record<string, string>>;
  readonly log: Logger;
}

const DAEMON_FIX = 'start Docker or set DOCKER_HOST; in CodeBuild, turn on privileged mode in the project\'s environment';

/**
 * Checks the daemon answers and picks the builder (see `Builder`). Runs with the user's own Docker
 * config, before the private one exists: the builder selection is the same in both.
 */
export async function detectBuilder(run: CommandRunner, log: Logger): Promise<Builder> {
  const [version, buildx] = await Promise.all([
    run('docker', ['version', '--format', '{{.Client.Version}} {{.Server.Version}}']),
    run('docker', ['buildx', 'inspect']),
  ]);
  checkExit(version, 'connecting to the Docker daemon', DAEMON_FIX);
  const [client = '', server = ''] = version.stdout.trim().split(' ');
  const driver = buildx.exitCode === 0 ? /^Driver:\s+(\S+)/m.exec(buildx.stdout)?.[1] ?? 'docker' : undefined;
  const builder = chooseBuilder(client, driver);
  log.debug(`docker client ${client}, engine ${server}, builder ${builder.kind}${driver ? ` (${driver} driver)` : ''}`);
  if (builder.kind === 'legacy') {
    log.warning(`docker ${client} has no buildx plugin: building with the legacy builder, without BuildKit or the layer cache. Install docker-buildx.`);
  }
  return builder;
}

/** `docker login` with the password on stdin, into the session's private config. */
export async function dockerLogin(session: DockerSession, registry: string, username: string, password: string): Promise<void> {
  const { run, env } = session;
  checkExit(
    await run('docker', ['login', '--username', username, '--password-stdin', registry], { env, input: Buffer.from(password) }),
    `docker login to ${registry}`,
  );
}

/** `docker logout`: removes the credentials from the private config before the directory goes. */
export async function dockerLogout(session: DockerSession, registry: string): Promise<void> {
  await session.run('docker', ['logout', registry], { env: session.env });
}

/** Runs a build command, streaming its log, and returns the image id the builder wrote. */
export async function buildImage(session: DockerSession, command: DockerCommand, iidFile: string): Promise<string> {
  const { run, env, log } = session;
  log.debug(`docker ${command.args.join(' ')}`);
  checkExit(
    await run('docker', command.args, { env: { ...env, ...command.env }, onLine: (line) => log.info(line) }),
    'docker build',
    'read the build log above; the failing step is the last one printed',
  );
  const imageId = (await readFile(iidFile, 'utf8')).trim();
  if (!/^sha256:[0-9a-f]{64}$/.test(imageId)) throw new ServiceError('docker build', `wrote no image id to ${iidFile}`);
  return imageId;
}

/**
 * Pushes one reference and returns the manifest digest the registry stored. A long push logs its
 * layers' progress every PUSH_PROGRESS_INTERVAL_MS; the end, what was uploaded.
 */
export async function pushImage(session: DockerSession, ref: string): Promise<string> {
  const { run, env, log } = session;
  const progress = new PushProgress();
  const started = Date.now();
  const timer = setInterval(() => log.info(`pushing ${ref}: ${progress.summary()}, ${Math.round((Date.now() - started) / 1000)} s`), PUSH_PROGRESS_INTERVAL_MS);
  let result;
  try {
    result = checkExit(
      await run('docker', ['push', ref], { env, onLine: (line) => {
        progress.update(line);
        log.debug(line);
      } }),
      `docker push ${ref}`,
    );
  } finally {
    clearInterval(timer);
  }
  const digest = parsePushDigest(result.stdout);
  if (digest === undefined) throw new ServiceError(`docker push ${ref}`, 'reported no digest');
  log.info(`pushed ${ref} (${digest}): ${progress.summary()}`);
  return digest;
}
