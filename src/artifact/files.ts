/**
 * Atomic writes: a reader (or a crashed run) sees the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors';

/** Writes `data` to a temporary file beside `path`, then renames it over `path`. */
export async function writeFileAtomic(path: string, data: string | Buffer, mode = 0o644): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data, { mode });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A file to put in the artifact directory and zip. */
export interface ArtifactFile {
  readonly name: string;
  readonly data: Buffer;
}

/** What a previous run may have left in an artifact directory: deployment files, nothing else. */
const ARTIFACT_FILE = /\.(json|ya?ml)$/;

/**
 * Throws a UserError unless `dir` is absent or looks like an earlier artifact (deployment files
 * only), so a mistyped `output-dir` cannot delete a source tree. Returns whether it exists.
 * @param input the input that named the directory, for the error message
 */
export async function checkReplaceable(dir: string, input: string): Promise<boolean> {
  let entries;
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new UserError(`'${dir}' is a file, not a directory`, { input }, 'choose a directory path');
    }
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const foreign = entries.filter((entry) => !entry.isFile() || !ARTIFACT_FILE.test(entry.name));
  if (foreign.length > 0) {
    throw new UserError(`'${dir}' already holds ${foreign.map((entry) => entry.name).slice(0, 3).join(', ')}, which this tool did not write; the artifact directory is replaced on every run`,
      { input }, 'choose an empty or new directory, e.g. ecs-deploy');
  }
  return true;
}

/**
 * Replaces directory `dir` with one holding exactly `files`: they are written to a sibling
 * temporary directory first, which then takes `dir`'s place (see `checkReplaceable`).
 */
export async function replaceDirectory(dir: string, files: readonly ArtifactFile[], input: string): Promise<void> {
  const exists = await checkReplaceable(dir, input);
  await mkdir(dirname(dir), { recursive: true });
  const fresh = await mkdtemp(join(dirname(dir), `.${basename(dir)}.new-`));
  try {
    for (const file of files) await writeFile(join(fresh, file.name), file.data, { mode: 0o644 });
    if (!exists) {
      await rename(fresh, dir);
      return;
    }
    const old = fresh.replace(/\.new-/, '.old-');
    await rename(dir, old);
    await rename(fresh, dir);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
}
