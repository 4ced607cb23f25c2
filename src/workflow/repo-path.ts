/**
 * Paths of the repository as Docker build inputs name them (contexts, Dockerfiles, compose and bake files), and
 * the files such a path names that discovery did not pick up.
 */
import { posix } from 'node:path';
import type { BakeFile, ComposeFile, Dockerfile, Repository } from './model.ts';

/** Joins paths of the repository, `/`-separated and normalised; `undefined` for a path outside the root. */
export function repoPath(...parts: readonly string[]): string | undefined {
  const joined = posix.normalize(posix.join(...parts)).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined === '' ? '.' : joined;
}

/** A plain relative path: no variable, no URL (`https://…`, `git@…`), not absolute. */
export function isLiteralPath(path: string): boolean {
  return path !== '' && !/[$]|:\/\/|^git@|^\//.test(path);
}

// ---- files named by a workflow that discovery did not pick up (`-f ci/stack.yml`) ----

const onDemand = new WeakMap<Repository, Map<string, ComposeFile | BakeFile | Dockerfile | null>>();

export function cachedParse<T extends ComposeFile | BakeFile | Dockerfile>(
  repo: Repository,
  key: string,
  parse: () => T | undefined,
): T | undefined {
  let cache = onDemand.get(repo);
  if (cache === undefined) onDemand.set(repo, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, parse() ?? null);
  return (cache.get(key) ?? undefined) as T | undefined;
}
