// @ts-check
/** Where the local stack keeps its state: one directory per clone, so two clones never share a stack. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const stateDir = join(repoRoot, '.stack');
// dockerd's exec root and socket go under /tmp because unix socket paths are limited to 107 bytes and a
// clone can live anywhere; the hash keeps clones apart.
const runDir = `/tmp/ebb-${createHash('sha256').update(stateDir).digest('hex').slice(0, 8)}`;

export const paths = {
  runDir,
  /** The stack description, secrets and the processes we started (mode 0600). */
  state: join(stateDir, 'stack.json'),
  env: join(stateDir, 'env'),
  lock: join(stateDir, 'lock'),
  bin: join(stateDir, 'bin'),
  logs: join(stateDir, 'logs'),
  dockerData: join(stateDir, 'docker'),
  dockerConfig: join(stateDir, 'dockerd.json'),
  dockerExecRoot: join(runDir, 'exec'),
  dockerSocket: join(runDir, 'docker.sock'),
  dockerPidFile: join(runDir, 'dockerd.pid'),
  registryConfig: join(stateDir, 'registry.yml'),
  htpasswd: join(stateDir, 'htpasswd'),
  registryStorage: join(stateDir, 'registry'),
  repositories: join(stateDir, 'ecr-repositories.json'),
  s3: join(stateDir, 's3'),
};

/** What only `down --purge` removes: data that makes the next `up` warm (image cache, pushed images, repositories, buckets), and the logs. */
export const persistentPaths = [paths.dockerData, paths.registryStorage, paths.repositories, paths.s3, paths.logs];
