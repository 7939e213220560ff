/**
 * A private Docker config directory for one run: the ECR password lands in its config.json, not
 * in the user's, and the directory is deleted when the run ends, however it ends.
 */
import { existsSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { onExit } from '../cleanup';
import { withRegistryAuths, type RegistryAuth } from './auth-config';

export interface DockerConfigDir {
  readonly path: string;
  /** Deletes the directory now (at process exit, it is deleted). */
  remove(): void;
}

/** Names of the private directories: the prefix, then the pid of the run that made it. */
const PREFIX = 'ecs-bluegreen-docker-';

/**
 * Removes the private configs that earlier runs left in `parent` when they were killed (SIGKILL,
 * a lost runner) before their exit handler ran: on a self-hosted runner the next job, perhaps
 * another repository's, would find the registry login in them. A directory whose process still
 * runs is left alone; so is one whose pid is now another process's (it goes once that ends).
 */
export async function removeStaleConfigDirs(parent: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
      if (pid === undefined || isRunning(Number(pid))) return;
      await rm(join(parent, name), { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/**
 * Where the private directory goes, and the variable that says so: `RUNNER_TEMP` (a runner's, cleaned between
 * jobs), else the system temp directory (`TMPDIR`). Preflight checks it is writable before the build starts.
 */
export function tempDirOf(env: Readonly<Record<string, string | undefined>>): {
  readonly dir: string;
  readonly variable: 'RUNNER_TEMP' | 'TMPDIR';
} {
  const runnerTemp = env['RUNNER_TEMP'];
  return runnerTemp ? { dir: runnerTemp, variable: 'RUNNER_TEMP' } : { dir: tmpdir(), variable: 'TMPDIR' };
}

/** Parts of the user's config directory that select plugins, builders and contexts. */
const SHARED = ['cli-plugins', 'buildx', 'contexts'];

/**
 * Creates the directory (mode 0700) in `RUNNER_TEMP` or the system temp directory, seeded with the
 * user's settings minus the default credential store and any helper for the logins' registries —
 * either would keep the ECR password after the run — plus the logins themselves (see
 * `withRegistryAuths`), and with the user's plugins, builders and contexts linked in, so base
 * images from other registries, buildx builders and contexts keep working.
 * @param mask receives each login's config entry before it is written
 */
export async function createDockerConfigDir(
  env: Readonly<Record<string, string | undefined>>,
  logins: readonly RegistryAuth[],
  mask: (secret: string) => void,
): Promise<DockerConfigDir> {
  const parent = tempDirOf(env).dir;
  await removeStaleConfigDirs(parent);
  const path = await mkdtemp(join(parent, `${PREFIX}${process.pid}-`));
  // Retried: a docker child just killed may still write in it (buildx's state) for a moment.
  const remove = () => rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  // The logins live in this directory's config file only (no keychain: see auth-config.ts), so a
  // run that ends early (Ctrl-C, SIGTERM) leaves nothing behind once it is deleted.
  const unregister = onExit(remove);
  try {
    const userDir = env['DOCKER_CONFIG'] || join(homedir(), '.docker');
    const registries = logins.map((login) => login.registry);
    const settings = withRegistryAuths(await readUserSettings(join(userDir, 'config.json'), registries), logins, mask);
    await writeFile(join(path, 'config.json'), `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
    await Promise.all([
      ...SHARED.map(async (name) => {
        if (existsSync(join(userDir, name))) await symlink(join(userDir, name), join(path, name));
      }),
      linkBuildNodeId(userDir, path),
    ]);
  } catch (error) {
    remove();
    unregister();
    throw error;
  }
  return {
    path,
    remove: () => {
      remove();
      unregister();
    },
  };
}

/**
 * The Docker CLI's build node id (`.buildNodeID`: random, no secret). BuildKit keys what it knows of a build context's
 * files by it and the context's path, so that a re-run sends and hashes only what changed. In a directory of its own,
 * each run would get a new id, and every build would send the whole context again: seconds for a large one (measured
 * by the bench: a 200 MB context). The user's is linked in — made first, as the CLI's first build makes it, when there
 * is none. (buildx keeps its own in its `buildx` directory, linked in with the others.) Where the user's directory
 * cannot be written, each run has a new id, as before.
 */
async function linkBuildNodeId(userDir: string, path: string): Promise<void> {
  const file = join(userDir, '.buildNodeID');
  try {
    await mkdir(userDir, { recursive: true, mode: 0o700 });
    await writeFile(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' }); // never replaces one
  } catch {
    // there is one already, or the user's directory cannot be written
  }
  if (existsSync(file)) await symlink(file, join(path, '.buildNodeID'));
}

async function readUserSettings(file: string, registries: readonly string[]): Promise<Record<string, unknown>> {
  let settings: Record<string, unknown>;
  try {
    settings = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {}; // no config, or one Docker itself could not read: start clean
  }
  const { credsStore: _store, credHelpers, ...rest } = settings;
  if (typeof credHelpers !== 'object' || credHelpers === null) return rest;
  const helpers = Object.entries(credHelpers).filter(([host]) => !registries.includes(host));
  return helpers.length > 0 ? { ...rest, credHelpers: Object.fromEntries(helpers) } : rest;
}
