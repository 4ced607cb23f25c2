// The benchmark input: the shared corpus's 49 repositories (lint each directory) and the 1,203 flat 2021 workflows
// (each linted as a one-workflow repository). Every contender reads the files itself, inside the timed region.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `shared/` beside the repository (how CI lays it out), or `CISCOPE_SHARED`. */
export function corpusDir() {
  const shared = process.env.CISCOPE_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
  const corpus = join(shared, 'corpus');
  if (!existsSync(corpus)) {
    throw new Error(`${corpus} is absent: put a copy of shared/ beside the repository or set CISCOPE_SHARED`);
  }
  return corpus;
}

/** Every file below `dir`, relative, `/`-separated, sorted. */
export function listFiles(dir, prefix = '') {
  const found = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listFiles(dir, path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort();
}

export function loadCorpus() {
  const root = corpusDir();
  const repos = readdirSync(join(root, 'repos'))
    .sort()
    .map((name) => join(root, 'repos', name));
  const flatDir = join(root, 'workflows-2021');
  const flat = readdirSync(flatDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(flatDir, name));
  return { root, repos, flat };
}

export const isWorkflow = (path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
export const isYaml = (path) => /\.ya?ml$/.test(path);
