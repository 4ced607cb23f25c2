/** `.dockerignore` files: reading them, matching paths as Docker does, and finding the one a build applies. */
import { posix } from 'node:path';
import type { Dockerignore, DockerignorePattern } from './model.ts';
import type { SourceFile } from './source.ts';

/**
 * Reads `.dockerignore` as Docker does (moby/patternmatcher `ignorefile.ReadAll`): a `#` in the first column starts
 * a comment, lines are trimmed, `!` negates, and each pattern is cleaned like Go's `filepath.Clean` with a leading
 * `/` dropped, so `/foo/`, `./foo` and `foo` are one pattern.
 */
export function parseDockerignore(file: SourceFile, dir: string): Dockerignore {
  const patterns: DockerignorePattern[] = [];
  let offset = 0;
  for (const rawLine of file.text.split('\n')) {
    const start = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    if (line.startsWith('#')) continue;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const negated = trimmed.startsWith('!');
    const raw = (negated ? trimmed.slice(1) : trimmed).trim();
    if (raw === '') continue;
    const column = line.indexOf(trimmed);
    patterns.push({
      pattern: cleanPattern(raw),
      negated,
      range: { file, start: start + column, end: start + column + trimmed.length },
    });
  }
  return { file, dir, patterns };
}

/** Go's `filepath.Clean` on a `/` path, then a leading `/` dropped (patterns are relative to the context root). */
export function cleanPattern(pattern: string): string {
  let cleaned = posix.normalize(pattern);
  if (cleaned.length > 1 && cleaned.endsWith('/')) cleaned = cleaned.slice(0, -1);
  if (cleaned.length > 1 && cleaned.startsWith('/')) cleaned = cleaned.slice(1);
  return cleaned;
}

/**
 * The pattern that excludes a path of the build context, if any. Docker applies every pattern in order and the last
 * one that matches wins; a pattern matches the path itself or one of its parent directories, so `build` also
 * excludes `build/out.txt` (moby/patternmatcher `MatchesOrParentMatches`).
 */
export function dockerignoreExcludes(ignore: Dockerignore, path: string): DockerignorePattern | undefined {
  const decisive = decisivePattern(ignore.patterns, path);
  return decisive !== undefined && !decisive.negated ? decisive : undefined;
}

/** The last pattern of `patterns` that matches `path` (negated or not). */
export function decisivePattern(
  patterns: readonly DockerignorePattern[],
  path: string,
): DockerignorePattern | undefined {
  const file = cleanPattern(path);
  const parts = file.split('/');
  let decisive: DockerignorePattern | undefined;
  for (const entry of patterns) {
    const regex = dockerignoreRegExp(entry.pattern);
    let matched = regex.test(file);
    for (let i = 1; !matched && i < parts.length; i++) matched = regex.test(parts.slice(0, i).join('/'));
    if (matched) decisive = entry;
  }
  return decisive;
}

const ignoreRegexCache = new Map<string, RegExp>();

/**
 * A `.dockerignore` pattern as a regular expression, following moby/patternmatcher `Pattern.compile`: `*` and `?`
 * stay within one path segment, `**` (with its `/` eaten) spans any number of directories, a trailing `**` matches
 * everything below, `[...]` is a character class and `\` escapes the next character.
 */
export function dockerignoreRegExp(pattern: string): RegExp {
  const cached = ignoreRegexCache.get(pattern);
  if (cached !== undefined) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        source += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i] as string);
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, close).replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += escapeRegExp(char);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`^${source}$`);
  } catch {
    // Docker rejects a pattern it cannot compile with an error; such a pattern excludes nothing here.
    regex = /(?!)/;
  }
  ignoreRegexCache.set(pattern, regex);
  return regex;
}

function escapeRegExp(char: string): string {
  return char.replace(/[.*?+^${}()|[\\\]]/g, '\\$&');
}

/**
 * The `.dockerignore` Docker applies to a build: `<Dockerfile>.dockerignore` beside the Dockerfile first, then
 * `.dockerignore` at the root of the context (https://docs.docker.com/build/concepts/context/#filename-and-location).
 */
export function dockerignoreFor(
  ignores: readonly Dockerignore[],
  dockerfilePath: string,
  contextDir: string,
): Dockerignore | undefined {
  const beside = `${dockerfilePath}.dockerignore`;
  const atContext = contextDir === '.' ? '.dockerignore' : `${contextDir}/.dockerignore`;
  return (
    ignores.find((ignore) => ignore.file.path === beside) ??
    ignores.find((ignore) => ignore.file.path === atContext)
  );
}
