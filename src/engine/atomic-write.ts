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
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

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
      return readFileSync(target).equals(expected);
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

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
