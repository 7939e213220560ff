/**
 * Atomic writes: a reader (or a crashed run) sees the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/**
 * The mark of a directory this tool wrote: the names of the files it put there. Only a directory
 * that is absent, empty, or holds exactly the files its manifest lists (and the manifest) is
 * replaced, so a mistyped `output-dir` (the workflows folder, the task definition's own folder)
 * cannot lose a file.
 */
export const MANIFEST = '.ecs-bluegreen-build.json';

/**
 * Throws a UserError unless `dir` is absent, empty, or was written by this tool and holds nothing
 * else since. Returns whether it exists.
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
  if (entries.length === 0) return true;
  const written = await readManifest(join(dir, MANIFEST));
  const foreign = entries.filter(
    (entry) => entry.name !== MANIFEST && !(entry.isFile() && written?.includes(entry.name)),
  );
  if (written === undefined || foreign.length > 0) {
    const names = (foreign.length > 0 ? foreign : entries).map((entry) => entry.name);
    throw new UserError(
      `'${dir}' already holds ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}, which this tool did not write; the artifact directory is replaced on every run`,
      { input },
      'choose an empty or new directory, e.g. ecs-deploy (a directory this tool wrote holds its own list of files, ' +
        MANIFEST +
        ')',
    );
  }
  return true;
}

async function readManifest(path: string): Promise<string[] | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { files?: unknown };
    const files = manifest.files;
    return Array.isArray(files) && files.every((name) => typeof name === 'string') ? files : undefined;
  } catch {
    return undefined; // no manifest, or not ours
  }
}

/**
 * Replaces directory `dir` with one holding exactly `files` and their manifest: they are written
 * to a sibling temporary directory first, which then takes `dir`'s place (see `checkReplaceable`).
 * One writer at a time: the caller holds the directory's lock (`withDirectoryLocks`).
 */
export async function replaceDirectory(dir: string, files: readonly ArtifactFile[], input: string): Promise<void> {
  const exists = await checkReplaceable(dir, input);
  await mkdir(dirname(dir), { recursive: true });
  const fresh = await mkdtemp(join(dirname(dir), `.${basename(dir)}.new-`));
  let old: string | undefined;
  try {
    for (const file of files) await writeFile(join(fresh, file.name), file.data, { mode: 0o644 });
    const manifest = { tool: 'ecs-bluegreen-build', files: files.map((file) => file.name) };
    await writeFile(join(fresh, MANIFEST), `${JSON.stringify(manifest)}\n`, { mode: 0o644 });
    if (!exists) {
      await rename(fresh, dir);
      return;
    }
    old = fresh.replace(/\.new-/, '.old-');
    await rename(dir, old);
    await rename(fresh, dir);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    // The previous directory goes back where it was, rather than beside it under another name.
    if (old !== undefined) await rename(old, dir).catch(() => undefined);
    throw error;
  }
}
