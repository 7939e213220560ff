/**
 * The first of the config's two steps, and the one that is not pure: it reads what resolving needs beyond the
 * inputs' text (the `extra-images` YAML, from its file when given as `@path`). `resolveConfig` takes only what this
 * returns, so the order is the type's, not a check at run time.
 */
import { resolve } from 'node:path';
import { UserError } from '../errors';
import type { RawInputs } from '../interface';
import type { Environment } from './types';
import type { ExtraImageEntry } from './extra-images';
import { nonEmpty } from './inputs';

declare const loaded: unique symbol;

/** The raw inputs, with what `loadInputs` read of them: only `loadInputs` makes one. */
export interface LoadedInputs {
  readonly raw: RawInputs;
  readonly extraImages: readonly ExtraImageEntry[];
  readonly [loaded]: true;
}

/** The largest file `extra-images: '@path'` may name. */
const MAX_EXTRA_IMAGES_FILE_BYTES = 1_000_000;

/**
 * Reads what resolving needs beyond the inputs' text: the `extra-images` YAML, from its file when
 * given as `@path`. The parser (and the YAML package) is loaded only when the input is given, so
 * that `--help` and a run without extra images start without it.
 */
export async function loadInputs(raw: RawInputs, env: Environment): Promise<LoadedInputs> {
  return { raw, extraImages: await readExtraImages(nonEmpty(raw['extra-images']), env) } as LoadedInputs;
}

/**
 * The directory a run's files belong to: the checkout GitHub (`GITHUB_WORKSPACE`) or CodeBuild
 * (`CODEBUILD_SRC_DIR`) made, else the current directory.
 */
export function workspaceOf(env: Environment, cwd = process.cwd()): string {
  return resolve(cwd, env['GITHUB_WORKSPACE'] || env['CODEBUILD_SRC_DIR'] || '.');
}

async function readExtraImages(value: string | undefined, env: Environment): Promise<readonly ExtraImageEntry[]> {
  if (value === undefined) return [];
  const { parseExtraImages } = await import('./extra-images');
  if (!value.startsWith('@')) return parseExtraImages(value);
  const path = value.slice(1).trim();
  if (path === '')
    throw new UserError("'@' names no file", { input: 'extra-images' }, 'write @path/to/file, or the YAML itself');
  const { readInputFile } = await import('../input-file');
  const text = await readInputFile(path, {
    input: 'extra-images',
    maxBytes: MAX_EXTRA_IMAGES_FILE_BYTES,
    workspace: workspaceOf(env),
  });
  return parseExtraImages(text, path);
}
