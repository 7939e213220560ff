/**
 * A file the user named, read as text the safe way: checked to be a regular file before it is
 * opened (a FIFO would block the read, and with it the process, forever), bounded in size, and
 * decoded as strict UTF-8 (a replaced byte would silently change what is deployed).
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
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

/**
 * Reads `path` as UTF-8 text of at most `maxBytes`.
 * @param input the input that names the file, for the messages
 * @param strict refuse bytes that are not UTF-8 (the deployment files); else they read as U+FFFD
 *   (a Dockerfile, whose comments docker does not decode, read here only for its stage names)
 * @throws UserError when it is missing, not a regular file, too large or (strict) not valid UTF-8
 */
export async function readInputFile(path: string, input: string, maxBytes: number, strict = true): Promise<string> {
  const stats = await stat(path).catch((error: unknown) => inputPathError(error, path, input));
  if (!stats.isFile()) throw new UserError(`${path} is ${kindOf(stats)}`, { input }, 'pass the path of a regular file');
  if (stats.size > maxBytes) {
    throw new UserError(
      `${path} is ${stats.size.toLocaleString('en-US')} bytes; at most ${maxBytes.toLocaleString('en-US')} are read`,
      { input },
      'pass the file itself, not a bundle or a log; CodeDeploy reads an artifact of at most 3 MB',
    );
  }
  // Non-blocking, and checked again once open: a FIFO swapped in after the check cannot block the open or the read.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) =>
    inputPathError(error, path, input),
  );
  let bytes: Buffer;
  try {
    const opened = await handle.stat();
    if (!opened.isFile())
      throw new UserError(`${path} is ${kindOf(opened)}`, { input }, 'pass the path of a regular file');
    bytes = await handle.readFile();
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
