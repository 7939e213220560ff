/**
 * The artifact zip, deterministic: the same files give the same bytes (sorted entries, a fixed
 * timestamp and mode), so its sha256 identifies the artifact and a re-run changes nothing.
 */
import { createHash } from 'node:crypto';
import type { ArtifactFile } from './write';

/** DOS time has no time zone and starts in 1980; archiver writes it in UTC. */
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));

/** Zips `files` at the root of the archive, in name order. */
export async function zipFiles(files: readonly ArtifactFile[]): Promise<Buffer> {
  // archiver is loaded only by the commands that zip, so `validate` and `--help` start fast.
  const { ZipArchive } = await import('archiver');
  const archive = new ZipArchive({ zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    archive.append(file.data, { name: file.name, date: FIXED_TIME, mode: 0o644 });
  }
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Hex SHA-256 of `data`. */
export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
