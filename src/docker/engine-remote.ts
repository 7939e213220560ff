/**
 * Where the Docker engine runs, from the environment the Docker client reads: on this machine, or remote (a build
 * host over TCP with TLS, over SSH, CodeBuild's Docker server), and whether it keeps its layers from build to build.
 * Pure; table-tested in engine-remote.test.ts.
 *
 * What is read: `DOCKER_HOST` (`unix://` and `npipe://` are this machine; `tcp://` and `ssh://` are remote),
 * `DOCKER_TLS_VERIFY` (said in the log), and `CODEBUILD_BUILD_ID` (a CodeBuild build). AWS documents CodeBuild's
 * Docker server as a dedicated, persistent build server that stores the project's image layers (stopped between
 * builds, recycled after up to a month; the CodeBuild user guide's "Docker image build server sample") and taking
 * connections on port 9876 (DockerServer, CodeBuild API reference). How the build container is pointed at it is not
 * in the documentation we found: a remote `DOCKER_HOST` in a CodeBuild build is taken as that server, so the registry
 * cache, which would only repeat what the server holds, is read and not exported; the log says it is an inference.
 * Were the server reached another way, the engine counts as local and the cache export stays (time lost, nothing
 * wrong). A remote engine elsewhere may be fresh for every job (a `docker:dind` service is): its cache export stays.
 * A Docker context (`DOCKER_CONTEXT`, `docker context use`) is not read: such an engine counts as local.
 */

export interface DockerEngineLocation {
  /** The engine is reached over the network. */
  readonly remote: boolean;
  /** The engine keeps its layers between builds: the registry cache is read, not exported. */
  readonly keepsLayers: boolean;
  /** What the log says about it (DOCKER_HOST clipped). */
  readonly description: string;
}

const REMOTE = /^(?:tcp|ssh):\/\//i;

/** Where the engine is (see the module's comment for what is read and why). */
export function locateDockerEngine(env: Readonly<Record<string, string | undefined>>): DockerEngineLocation {
  const host = env['DOCKER_HOST']?.trim() ?? '';
  if (!REMOTE.test(host)) {
    return { remote: false, keepsLayers: false, description: 'the Docker engine is on this machine' };
  }
  const shown = `DOCKER_HOST=${clip(host.replace(/\/\/[^@/]*@/, '//'))}`;
  const tls = host.toLowerCase().startsWith('tcp://')
    ? nonEmpty(env['DOCKER_TLS_VERIFY'])
      ? ', TLS verified'
      : ', without TLS verification (DOCKER_TLS_VERIFY is not set)'
    : '';
  if (nonEmpty(env['CODEBUILD_BUILD_ID'])) {
    return {
      remote: true,
      keepsLayers: true,
      description: `the Docker engine is remote in a CodeBuild build (${shown}${tls}), taken as the project's Docker server, which keeps its layers between builds: the registry cache is read, not exported`,
    };
  }
  return {
    remote: true,
    keepsLayers: false,
    description: `the Docker engine is remote (${shown}${tls}); the registry cache is exported as on a local engine, since a remote engine may be new for every job`,
  };
}

/** Set, as the Docker client reads it: any value but the empty one (`DOCKER_TLS_VERIFY=0` verifies too). */
function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
