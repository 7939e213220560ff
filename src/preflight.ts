/**
 * Everything about the inputs and this machine that can be known without a remote call, checked
 * before the first one (the deployment files are read and checked just before, in `commands/deploy-files.ts`):
 * the temp directory, the build context and Dockerfile and its target, and that every output
 * path can be written without destroying an input or breaking the next run. Each problem is a
 * UserError naming the input: exit 2, nothing pushed, nothing written.
 */
import { constants } from 'node:fs';
import { access, mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { checkReplaceable } from './artifact/write';
import type { BuildConfig } from './config';
import { tempDirOf } from './docker/config-dir';
import { UserError } from './errors';
import { imageMessage, imageSubject, type ImageBuild, type ImageSpec } from './images';
import type { CheckedFiles } from './commands/deploy-files';
import { inputPathError, readInputFile } from './input-file';
import { dockerfileStages, findPathConflict, type InputPath } from './preflight-rules';

/** The largest Dockerfile read (to find its stages). */
const MAX_DOCKERFILE_BYTES = 1_000_000;

/**
 * Runs the local checks of `build`; returns the temp directory the run may use.
 * @throws UserError naming the input (or the variable) at fault
 */
export async function preflight(config: BuildConfig, files: CheckedFiles): Promise<void> {
  const { env } = config;
  await ensureTempDir(env);
  const inputs: InputPath[] = [
    { input: 'taskdef', path: await realInput(files.taskdef.path) },
    ...(files.appspec !== undefined ? [{ input: 'appspec', path: await realInput(files.appspec.path) }] : []),
  ];
  // SSH sources are the run's, checked once.
  await Promise.all(config.build.ssh.map((entry) => checkSshSource(entry, env)));
  for (const spec of config.images) {
    if (spec.kind !== 'build') continue;
    const { build } = spec;
    await checkBuildInputs(spec, build, config.files.workspace);
    inputs.push(
      { input: spec.extra === undefined ? 'context' : 'extra-images', path: await realInput(build.context) },
      { input: spec.extra === undefined ? 'dockerfile' : 'extra-images', path: await realInput(build.dockerfile) },
    );
  }
  const envFile = await writablePath(config.envFile, 'outputs-env-file', 'file');
  const artifacts = [
    { dir: config.outputDir, zip: config.artifact },
    ...config.images.flatMap((spec) => (spec.extra === undefined ? [] : [spec.extra])),
  ];
  for (const artifact of artifacts) {
    const outputs = {
      outputDir: await writablePath(artifact.dir, 'output-dir', 'directory'),
      artifact: await writablePath(artifact.zip, 'artifact', 'file'),
      envFile,
    };
    const conflict = findPathConflict(outputs, inputs);
    if (conflict !== undefined) throw new UserError(conflict.message, { input: conflict.input }, conflict.fix);
    await checkReplaceable(artifact.dir, 'output-dir');
  }
}

/**
 * `RUNNER_TEMP` is created when missing (a runner cleans it between jobs; a wrapper script may
 * point it at a fresh path); the system temp directory (`TMPDIR`) must exist.
 */
async function ensureTempDir(env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const { dir, variable } = tempDirOf(env);
  try {
    if (variable === 'RUNNER_TEMP') await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(
      `the temp directory '${dir}' (${variable}) is not a writable directory (${code})`,
      undefined,
      `create it, or set ${variable} to a writable directory: the private Docker config of the run goes there`,
    );
  }
}

async function checkBuildInputs(spec: ImageSpec, build: ImageBuild, workspace: string): Promise<void> {
  const input = (name: string) => imageSubject(spec, name).input;
  const context = await stat(build.context).catch((error: unknown) =>
    inputPathError(error, build.context, input('context')),
  );
  if (!context.isDirectory()) {
    throw new UserError(
      imageMessage(spec, `${build.context} is not a directory`),
      imageSubject(spec, 'context'),
      'pass the directory docker builds from (usually the one holding the Dockerfile)',
    );
  }
  await access(build.context, constants.R_OK | constants.X_OK).catch((error: unknown) =>
    inputPathError(error, build.context, input('context')),
  );
  const dockerfile = await readInputFile(build.dockerfile, {
    input: input('dockerfile'),
    maxBytes: MAX_DOCKERFILE_BYTES,
    workspace,
    strict: false,
  });
  if (build.target === undefined) return;
  const stages = dockerfileStages(dockerfile);
  if (!stages.includes(build.target.toLowerCase())) {
    throw new UserError(
      imageMessage(
        spec,
        `'${build.target}' is not a stage of ${build.dockerfile}${stages.length > 0 ? ` (its stages: ${stages.join(', ')})` : ', which names no stage'}`,
      ),
      imageSubject(spec, 'target'),
      'name a stage declared with FROM … AS <name>, or remove target to build the last stage',
    );
  }
}

/**
 * An `ssh` entry's agent or keys must be there: `default` needs SSH_AUTH_SOCK, `id=path` a
 * readable path (a key file or an agent socket), or buildx fails in the middle of the build.
 */
async function checkSshSource(entry: string, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const [id = '', path] = entry.split('=');
  if (path === undefined) {
    if (env['SSH_AUTH_SOCK']) return;
    throw new UserError(
      `ssh '${id}' is the SSH agent of SSH_AUTH_SOCK, which is not set`,
      { input: 'ssh' },
      'start an agent (ssh-agent, or webfactory/ssh-agent in a workflow) so that SSH_AUTH_SOCK is set, or give a key as id=path',
    );
  }
  await access(path, constants.R_OK).catch((error: unknown) => inputPathError(error, path, 'ssh'));
}

/** An input path, absolute and with links resolved (it exists: the checks before read it). */
async function realInput(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * Checks that `path` can be written as a `kind` — what exists there is of that kind, the nearest
 * existing parent is a writable directory — and returns it absolute, links resolved.
 */
async function writablePath(path: string, input: string, kind: 'file' | 'directory'): Promise<string> {
  const absolute = resolve(path);
  const target = await stat(absolute).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined; // ENOTDIR: found below, with the file named
    return inputPathError(error, path, input);
  });
  if (target !== undefined && (kind === 'file' ? !target.isFile() : !target.isDirectory())) {
    throw new UserError(
      `'${path}' is ${target.isDirectory() ? 'a directory' : kind === 'file' ? 'not a regular file' : 'a file'}, not a ${kind}`,
      { input },
      `pass the path of a ${kind} to write`,
    );
  }
  // The nearest part of the path that exists must be a directory this user may write in.
  let parent = dirname(absolute);
  const missing = [basename(absolute)];
  for (;;) {
    const found = await stat(parent).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      if (code === 'ENOTDIR') return 'under-file' as const;
      return inputPathError(error, parent, input);
    });
    if (found === undefined || found === 'under-file') {
      missing.unshift(basename(parent));
      parent = dirname(parent);
      continue;
    }
    if (!found.isDirectory()) {
      throw new UserError(
        `'${path}' cannot be written: '${parent}' is a file`,
        { input },
        'choose a path whose folders are folders',
      );
    }
    await access(parent, constants.W_OK | constants.X_OK).catch(() => {
      throw new UserError(
        `'${path}' cannot be written: this user may not write in '${parent}'`,
        { input },
        'choose a path in a writable directory',
      );
    });
    return join(await realpath(parent), ...missing);
  }
}
