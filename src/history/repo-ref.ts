/**
 * Which repository a history command is about: `--repo OWNER/NAME`, else the `origin` remote of the checkout,
 * read from its git config file (no `git` process: the CLI must work where git is not installed).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RepoRef } from './records.ts';

/** `owner/name`; undefined when the text is not of that form. */
export function parseRepoRef(text: string): RepoRef | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  return match === null ? undefined : { owner: match[1]!, name: match[2]!.replace(/\.git$/, '') };
}

/** `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@host/o/r` → `{o, r}`. */
export function repoOfRemoteUrl(url: string): RepoRef | undefined {
  const match =
    /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^:/]+(?::\d+)?[:/](?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return match === null ? undefined : { owner: match[1]!, name: match[2]! };
}

/** The `origin` remote of the checkout at `dir` (or above it), from `.git/config`. */
export function originOf(dir: string): RepoRef | undefined {
  const config = gitConfigPath(dir);
  if (config === undefined) return undefined;
  let section = '';
  for (const raw of readFileSync(config, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header !== null) {
      section = header[1]!.replace(/\s+"/, ' "');
      continue;
    }
    const entry = /^url\s*=\s*(.+)$/i.exec(line);
    if (section === 'remote "origin"' && entry !== null)
      return repoOfRemoteUrl(entry[1]!.replace(/^"(.*)"$/, '$1'));
  }
  return undefined;
}

function gitConfigPath(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      let gitDir = dotGit;
      // A worktree or submodule has a `.git` file pointing at its git dir; a worktree's config is in `commondir`.
      if (statSync(dotGit).isFile()) {
        const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        if (pointer === null) return undefined;
        gitDir = resolve(dir, pointer[1]!.trim());
        const common = join(gitDir, 'commondir');
        if (existsSync(common)) gitDir = resolve(gitDir, readFileSync(common, 'utf8').trim());
      }
      const config = join(gitDir, 'config');
      return existsSync(config) ? config : undefined;
    }
    const parent = resolve(dir, '..');
    if (parent === dir) return undefined;
    dir = parent;
  }
}
