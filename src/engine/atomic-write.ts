/**
 * Writes one fixed file the way an editor should: never outside the analysed directory (symlinks resolved), never
 * over a file that changed since it was read, and atomically (a temporary file in the same directory, then a
 * rename), so that a crash or a full disk leaves either the old file or the new one, never half of each.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  lstatSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, posix, sep } from 'node:path';
import { readBoundedFile } from '../workflow/read-file.ts';

export type WriteOutcome =
  | { readonly status: 'written' }
  | { readonly status: 'outside-directory' | 'changed-on-disk' | 'write-failed'; readonly reason: string };

/**
 * Replaces `root/path` with `content` if the file still holds exactly `expected` (the bytes the fixes were computed
 * from). The comparison is repeated just before the rename to keep the window for a concurrent editor small.
 */
export function writeFileAtomically(
  root: string,
  path: string,
  content: Buffer,
  expected: Buffer,
): WriteOutcome {
  let target: string;
  try {
    const realRoot = realpathSync(root);
    target = realpathSync(join(root, path));
    if (!target.startsWith(realRoot + sep)) {
      return { status: 'outside-directory', reason: `${path} resolves to ${target}, outside ${realRoot}` };
    }
  } catch (error) {
    return { status: 'changed-on-disk', reason: `${path} can no longer be resolved (${codeOf(error)})` };
  }
  const unchanged = (): boolean => {
    try {
      const current = readBoundedFile(target, expected.length);
      return 'bytes' in current && current.bytes.equals(expected);
    } catch {
      return false;
    }
  };
  if (!unchanged())
    return {
      status: 'changed-on-disk',
      reason: `${path} changed on disk after it was read; not overwritten`,
    };

  const temporary = join(
    dirname(target),
    `.${basename(target)}.ciscope-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const { mode } = statSync(target);
    // `wx`: fail rather than follow a symlink someone planted at the temporary name.
    const fd = openSync(temporary, 'wx', mode & 0o7777);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!unchanged()) {
      unlinkSync(temporary);
      return {
        status: 'changed-on-disk',
        reason: `${path} changed on disk while the fix was written; not overwritten`,
      };
    }
    renameSync(temporary, target);
    return { status: 'written' };
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was created, or it is already gone.
    }
    return { status: 'write-failed', reason: `cannot write ${path} (${codeOf(error)})` };
  }
}

/** `.NAME.ciscope-PID-RANDOM.tmp`, the name `writeFileAtomically` gives its temporary files. */
const TEMPORARY = /^\.(.+)\.ciscope-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * Deletes the temporary files that a killed `fix` (`kill -9`, a crash) left among `paths` (relative to `root`):
 * those whose process is gone. A live process's files are its own, mid-write. Returns the paths removed.
 */
export function removeStaleTemporaries(root: string, paths: readonly string[]): string[] {
  const removed: string[] = [];
  for (const path of paths) {
    const match = TEMPORARY.exec(posix.basename(path));
    if (match === null || isAlive(Number(match[2]))) continue;
    try {
      if (!lstatSync(join(root, path)).isFile()) continue;
      unlinkSync(join(root, path));
      removed.push(path);
    } catch {
      // Gone already, or not ours to delete: leave it.
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
