/**
 * A file the user named, read as text the safe way: checked to be a regular file before it is
 * opened (a FIFO would block the read, and with it the process, forever), bounded in size, and
 * decoded as strict UTF-8 (a replaced byte would silently change what is deployed).
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { UserError } from './errors';

/** What a user file is, for a message: "a directory", "a FIFO". */
function kindOf(stats: Awaited<ReturnType<typeof stat>>): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Throws the UserError that says why `path` cannot be read, for an error of `stat` or `open`;
 * rethrows anything else.
 */
export function inputPathError(error: unknown, path: string, input: string): never {
  const code = (error as NodeJS.ErrnoException).code;
  const at = `(in ${process.cwd()})`;
  switch (code) {
    case 'ENOENT':
      throw new UserError(`${path} does not exist ${at}`, { input }, `create it, or pass its path as ${input}`);
    case 'ENOTDIR':
      throw new UserError(
        `${path} does not exist: a part of the path is a file ${at}`,
        { input },
        `pass the path of the file as ${input}`,
      );
    case 'ELOOP':
      throw new UserError(`${path} is a loop of symbolic links`, { input }, 'point the link at the file itself');
    case 'EACCES':
    case 'EPERM':
      throw new UserError(
        `${path} cannot be read by this user (${code})`,
        { input },
        'make it readable (chmod), or run as its owner',
      );
    default:
      throw error;
  }
}

/** How to read a user file. */
export interface ReadOptions {
  /** The input that names the file, for the messages. */
  readonly input: string;
  readonly maxBytes: number;
  /** The run's checkout (`FilesConfig.workspace`): a path named inside it must stay inside it once its links are followed. */
  readonly workspace: string;
  /**
   * Refuse bytes that are not UTF-8 (the deployment files); else they read as U+FFFD (a
   * Dockerfile, whose comments docker does not decode, read here only for its stage names).
   */
  readonly strict?: boolean;
}

/** `path` is `root` or below it. */
function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * The real path of `path`, refused when `path` is named inside the workspace but a symbolic link
 * takes it out. A checkout is content the workflow may not trust (a pull request's): a link to
 * `/proc/self/environ`, `/etc/shadow` or a runner's credentials file would be read and quoted in
 * findings. A path named outside the workspace was the workflow's own choice, and is read.
 */
async function realPathWithin(path: string, input: string, workspace: string): Promise<string> {
  const real = await realpath(path).catch((error: unknown) => inputPathError(error, path, input));
  const realWorkspace = await realpath(workspace).catch(() => workspace);
  const named = resolve(path);
  if (![workspace, realWorkspace].some((root) => isWithin(named, root)) || isWithin(real, realWorkspace)) return real;
  throw new UserError(
    `${path} is a symbolic link to ${real}, outside the workspace ${workspace}; a file outside it is not read ` +
      'through a link (a link in a checkout to /proc/self/environ or a credentials file would print them)',
    { input },
    `copy the file into the workspace, or pass its own path (${real}) as ${input}`,
  );
}

/**
 * Reads `path` as UTF-8 text of at most `maxBytes`: a regular file on disk, inside the workspace
 * when it is named there.
 * @throws UserError when it is missing, a link out of the workspace, not a regular file (a FIFO, a
 *   device, a directory, a /proc or /sys file), too large or (strict) not valid UTF-8
 */
export async function readInputFile(path: string, options: ReadOptions): Promise<string> {
  const { input, maxBytes, workspace, strict = true } = options;
  const real = await realPathWithin(path, input, workspace);
  const stats = await stat(real).catch((error: unknown) => inputPathError(error, path, input));
  if (!stats.isFile()) throw new UserError(`${path} is ${kindOf(stats)}`, { input }, 'pass the path of a regular file');
  const tooLarge = (size: number) =>
    new UserError(
      `${path} is ${size.toLocaleString('en-US')} bytes; at most ${maxBytes.toLocaleString('en-US')} are read`,
      { input },
      'pass the file itself, not a bundle or a log; CodeDeploy reads an artifact of at most 3 MB',
    );
  if (stats.size > maxBytes) throw tooLarge(stats.size);
  // Non-blocking, and checked again once open: a FIFO swapped in after the check cannot block the
  // open or the read; O_NOFOLLOW: nor can a link swapped in for the file checked above.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch(
    (error: unknown) => inputPathError(error, path, input),
  );
  let bytes: Buffer;
  try {
    const opened = await handle.stat();
    if (!opened.isFile())
      throw new UserError(`${path} is ${kindOf(opened)}`, { input }, 'pass the path of a regular file');
    if (opened.size > maxBytes) throw tooLarge(opened.size);
    // One byte more than the file system says the file holds: /proc and /sys files say 0 or
    // 4,096 and hold something else (the environment, a key), computed as they are read.
    bytes = Buffer.alloc(opened.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) {
      ({ bytesRead: read } = await handle.read(bytes, length, bytes.length - length, length));
    }
    if (length !== opened.size) {
      throw new UserError(
        `${path} is not a file on disk: it holds other than the ${opened.size.toLocaleString('en-US')} bytes its ` +
          'file system reports (a /proc or /sys file, or a file being written)',
        { input },
        'pass the path of a regular file that nothing writes to during the run',
      );
    }
    bytes = bytes.subarray(0, length);
  } finally {
    await handle.close();
  }
  try {
    return new TextDecoder('utf-8', { fatal: strict }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new UserError(
      `${path} is not valid UTF-8 (byte ${offset.toLocaleString('en-US')}${lineOf(bytes, offset)})`,
      { input },
      'save the file as UTF-8; ECS and CodeDeploy read it as UTF-8',
    );
  }
}

function lineOf(bytes: Buffer, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return `, line ${line}`;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length)); // overlong forms and surrogates fail here
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
