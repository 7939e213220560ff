/**
 * Docker through its CLI: builder detection, build, push (the logins are in the private config:
 * auth-config.ts). Every function takes the session (runner, private Docker config, logger) as a
 * parameter.
 */
import { readFile } from 'node:fs/promises';
import { checkExit, type CommandRunner } from '../command';
import type { Limits } from '../config';
import { ServiceError, UserError } from '../errors';
import type { Logger } from '../log';
import { chooseBuilder, parseImageStore, parsePushDigest, type DockerCommand } from './args';
import { parseBuildMetadata, type Builder, type BuiltImage } from './plan';
import { PUSH_PROGRESS_INTERVAL_MS, PushProgress } from './push-progress';

export interface DockerSession {
  readonly run: CommandRunner;
  /** `DOCKER_CONFIG` of this run's private Docker config directory. */
  readonly env: Readonly<Record<string, string>>;
  readonly log: Logger;
  readonly limits: Limits;
}

const DAEMON_FIX =
  "start Docker or set DOCKER_HOST; in CodeBuild, turn on privileged mode in the project's environment";

/** What `detectBuilder` found: the builder, and the client's version and a line for the debug log. */
export interface DetectedBuilder {
  readonly builder: Builder;
  readonly client: string;
  readonly description: string;
}

/**
 * Checks the daemon answers within the response timeout and picks the builder (see `Builder`):
 * `name`, the `builder` input, or the current one. Runs with the user's own Docker config, before
 * the private one exists: the builder selection is the same in both. Logs nothing: a build starts
 * it before the files are checked, and `reportBuilder` says what it found where the run uses it.
 * @param dockerHost the daemon docker talks to (`DOCKER_HOST`), for the message when it is silent
 * @param signal stops the programs when the run no longer needs their answer
 */
export async function detectBuilder(
  run: CommandRunner,
  limits: Limits,
  dockerHost: string | undefined,
  name?: string,
  signal?: AbortSignal,
): Promise<DetectedBuilder> {
  const options = { timeoutMs: limits.responseTimeoutMs, ...(signal && { signal }) };
  const info = (endpoint?: string) =>
    run(
      'docker',
      [...(endpoint ? ['--context', endpoint] : []), 'info', '--format', '{{json .DriverStatus}}'],
      options,
    );
  // The current builder's daemon is the one docker talks to: its image store is asked beside the other two, at once
  // (a docker process each); unused when there is no buildx.
  const early = name === undefined ? info() : undefined;
  early?.catch(() => undefined); // its failure is the version check's to report
  const [version, buildx] = await Promise.all([
    run('docker', ['version', '--format', '{{.Client.Version}} {{.Server.Version}}'], options),
    run('docker', ['buildx', 'inspect', ...(name === undefined ? [] : [name])], options),
  ]);
  const daemon = dockerHost ? `DOCKER_HOST=${dockerHost}` : 'the default socket (DOCKER_HOST is not set)';
  checkExit(
    version,
    `connecting to the Docker daemon at ${daemon}`,
    version.stopped
      ? `the daemon accepts connections but does not answer: restart it, or point DOCKER_HOST at one that works; on a slow machine raise response-timeout`
      : DAEMON_FIX,
  );
  const [client = '', server = ''] = version.stdout.trim().split(' ');
  if (buildx.exitCode !== 0 && name !== undefined && /no builder|not found/i.test(buildx.stderr)) {
    throw new UserError(
      `there is no buildx builder '${name}': ${buildx.stderr.trim().split('\n').at(-1)}`,
      { input: 'builder' },
      'create it (docker buildx create), or pick one docker buildx ls lists',
    );
  }
  const driver =
    buildx.exitCode === 0 && buildx.stopped === undefined
      ? (/^Driver:\s+(\S+)/m.exec(buildx.stdout)?.[1] ?? 'docker')
      : undefined;
  // A docker driver builds into a daemon's image store: the one of its endpoint (a context).
  const endpoint = name === undefined ? undefined : /^\s*Endpoint:\s+(\S+)/m.exec(buildx.stdout)?.[1];
  const imageStore = driver === 'docker' ? parseImageStore((await (early ?? info(endpoint))).stdout) : 'classic';
  const builder = chooseBuilder(
    client,
    driver === undefined ? undefined : { driver, imageStore, ...(name !== undefined && { name }) },
  );
  return {
    builder,
    client,
    description: `docker client ${client}, engine ${server}, builder ${builder.kind}${driver ? ` (${name ?? 'current'}: ${driver} driver, ${imageStore} image store)` : ''}`,
  };
}

/** Says what `detectBuilder` found (the legacy builder is a warning) and returns the builder. */
export function reportBuilder(detected: DetectedBuilder, log: Logger): Builder {
  log.debug(detected.description);
  if (detected.builder.kind === 'legacy') {
    log.warning(
      `docker ${detected.client} has no buildx plugin: building with the legacy builder, without BuildKit or the layer cache. Install docker-buildx.`,
    );
  }
  return detected.builder;
}

/** A line of BuildKit's plain progress once the build pushes to the registry. */
const BUILDKIT_PUSHING = /^#\d+ (pushing|exporting cache)/;
/** BuildKit's line when a registry answered a request with a server error (it retries for some 8 s). */
const BUILDKIT_REGISTRY_FAILED = /error: unexpected status from \w+ request to https?:\/\/([^/\s]+)\/\S*: (5\d\d\b.*)$/;

/**
 * Runs a build command, streaming its log (at `level`), and returns what the builder says it
 * built: buildx's metadata file, or the image id the engine's BuildKit writes (the config digest).
 * Bounded like `docker push` wherever the build writes to the registry (a push by the builder,
 * `pushes`, or a registry cache export): a server error from the registry stops it at once, and
 * so does the push timeout without a line from the first push or cache export line on (the
 * steps before may rightly be silent longer). BuildKit's push lines are its progress.
 */
export async function buildImage(
  session: DockerSession,
  command: DockerCommand,
  written: { metadataFile?: string; iidFile?: string },
  options: { level?: 'info' | 'debug'; pushes?: boolean } = {},
): Promise<BuiltImage> {
  const { run, env, log } = session;
  const level = options.level ?? 'info';
  log.debug(`docker ${command.args.join(' ')}`);
  let registry: string | undefined;
  const result = await run('docker', command.args, {
    env: { ...env, ...command.env },
    onLine: (line) => log[level](line),
    idleTimeoutMs: session.limits.pushTimeoutMs,
    idleFrom: (line) => BUILDKIT_PUSHING.test(line),
    stopOn: (line) => {
      const failed = BUILDKIT_REGISTRY_FAILED.exec(line);
      if (failed === null) return undefined;
      registry = failed[1];
      return `the registry ${registry} failed a request (${failed[2]})`;
    },
  });
  // Stopped by this tool: the registry failed, or the push went silent.
  checkExit(
    result,
    options.pushes === true ? 'docker build and push' : 'docker build',
    result.stopped !== undefined
      ? `check that the registry${registry === undefined ? '' : ` ${registry}`} is up and reachable (network, proxy); on a slow network raise push-timeout`
      : refused.test(result.stderr) || refused.test(result.stdout)
        ? refusedFix(/request to https?:\/\/([^/\s]+)\/\S*: 40[13]\b/.exec(`${result.stdout}${result.stderr}`)?.[1])
        : 'read the build log above; the failing step is the last one printed',
  );
  const file = written.metadataFile ?? written.iidFile ?? '';
  const text = await readFile(file, 'utf8').catch(() => '');
  const built =
    written.metadataFile !== undefined
      ? parseBuildMetadata(text)
      : /^sha256:[0-9a-f]{64}$/.test(text.trim())
        ? { configDigest: text.trim() }
        : undefined;
  if (built === undefined) throw new ServiceError('docker build', `wrote no image digest to ${file}`);
  return built;
}

/**
 * What docker prints when the registry refused the credentials (the login is first checked at the push: see
 * auth-config.ts) or the push itself (ECR's IAM: `denied: User … is not authorized to perform ecr:…`).
 */
const refused = /\bunauthorized\b|authentication required|\bdenied:/i;

function refusedFix(registry: string | undefined): string {
  return `the registry${registry === undefined ? '' : ` ${registry}`} refused this run's login or push: allow ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage on the repository for the role this runs as, and check that the registry is the one ECR named`;
}

/** The daemon's line when a registry request failed and it will try again (after 5, 10, 15 … s). */
const RETRYING = /Retrying in \d+ seconds?/;

/**
 * Pushes one reference and returns the manifest digest the registry stored. A long push logs its
 * layers' progress every PUSH_PROGRESS_INTERVAL_MS; the end, what was uploaded. A push with no
 * progress for the push timeout is stopped, and so is one the daemon starts retrying: a registry
 * that failed a request once fails the next ones too, and the daemon's five retries would take
 * some 50 s to say so.
 */
export async function pushImage(session: DockerSession, ref: string): Promise<string> {
  const { run, env, log } = session;
  const registry = ref.split('/')[0] as string;
  const progress = new PushProgress();
  const started = Date.now();
  const timer = setInterval(
    () => log.info(`pushing ${ref}: ${progress.summary()}, ${Math.round((Date.now() - started) / 1000)} s`),
    PUSH_PROGRESS_INTERVAL_MS,
  );
  let result;
  let output = '';
  try {
    result = checkExit(
      await run('docker', ['push', ref], {
        env,
        onLine: (line) => {
          output += `${line}\n`;
          progress.update(line);
          log.debug(line);
        },
        idleTimeoutMs: session.limits.pushTimeoutMs,
        stopOn: (line) =>
          RETRYING.test(line)
            ? `the registry ${registry} failed a request (docker was ${line.replace(/^.*?(Retrying)/, 'retrying').toLowerCase()})`
            : undefined,
      }),
      `docker push ${ref}`,
      refused.test(output)
        ? refusedFix(registry)
        : `check that the registry ${registry} is up and reachable (network, proxy); on a slow network raise push-timeout`,
    );
  } finally {
    clearInterval(timer);
  }
  const digest = parsePushDigest(result.stdout);
  if (digest === undefined) throw new ServiceError(`docker push ${ref}`, 'reported no digest');
  log.info(`pushed ${ref} (${digest}): ${progress.summary()}`);
  return digest;
}
