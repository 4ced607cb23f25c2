/**
 * Where the shared source material (corpus, seeds, recordings) lives: `shared/` beside the repository, as CI lays it
 * out (the repository cloned into one folder, a copy of `shared/` next to it). `CISCOPE_SHARED` overrides it, for
 * checkouts that sit elsewhere (git worktrees).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDir(): string {
  return process.env.CISCOPE_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
}

/** The path of `relative` inside the shared folder, or undefined (with the reason) when it is absent. */
export function sharedPath(relative: string): { path: string; missing?: string } {
  const path = resolve(sharedDir(), relative);
  return existsSync(path)
    ? { path }
    : {
        path,
        missing: `${path} is absent: put a copy of shared/ beside the repository or set CISCOPE_SHARED`,
      };
}
