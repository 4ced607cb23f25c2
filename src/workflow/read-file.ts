/**
 * The one way ciscope reads an input file. A repository is untrusted input: a committed symlink can point at
 * `/dev/zero` or a FIFO, and a plain `readFileSync` would then eat memory without end or block forever. So only
 * regular files are read (symlinks are followed to see what they point at), and only up to a bound.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';

/** Far above any real workflow, Dockerfile or configuration (the largest of the corpus is under 100 KiB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadFailure {
  /** A sentence for a finding, e.g. `Not a regular file (a FIFO); not read.` */
  readonly error: string;
  /** The same as a phrase to put after a colon, e.g. `not a regular file (a FIFO)`. */
  readonly reason: string;
  /** The errno code, `ENOTREG` (not a regular file) or `EFBIG` (over the bound). */
  readonly code: string;
}

export type BoundedRead = { readonly bytes: Buffer } | ReadFailure;

/**
 * The bytes of the regular file at `path` (symlinks followed), or an error sentence that does not repeat the path
 * (callers name the file their own way). Never blocks on a FIFO and never reads more than `maxBytes` + 1 bytes.
 */
export function readBoundedFile(path: string, maxBytes: number = MAX_FILE_BYTES): BoundedRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer that never comes.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return {
        error: `Not a regular file (${kindOf(stats)}); not read.`,
        reason: `not a regular file (${kindOf(stats)})`,
        code: 'ENOTREG',
      };
    if (stats.size > maxBytes) return tooLarge(maxBytes);
    // The size may be stale (a file still growing, or a /proc-like file that reports 0): read to the bound.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return tooLarge(maxBytes);
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

/** `readBoundedFile` decoded as UTF-8, without a leading byte-order mark. */
export function readBoundedText(
  path: string,
  maxBytes: number = MAX_FILE_BYTES,
): { readonly text: string } | ReadFailure {
  const result = readBoundedFile(path, maxBytes);
  if ('error' in result) return result;
  const text = result.bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function tooLarge(maxBytes: number): ReadFailure {
  const limit = formatBytes(maxBytes);
  return { error: `File is larger than ${limit}; not read.`, reason: `larger than ${limit}`, code: 'EFBIG' };
}

function failure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return { error: `Cannot read file (${code}).`, reason: code, code };
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / 1024 / 1024} MiB`
    : bytes >= 1024 && bytes % 1024 === 0
      ? `${bytes / 1024} KiB`
      : `${bytes} bytes`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}
