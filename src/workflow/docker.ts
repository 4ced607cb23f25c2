/** The Docker side of the model: Dockerfiles, `.dockerignore`, compose files and bake files. */
import { posix } from 'node:path';
import type {
  BakeFile,
  BakeTarget,
  ComposeFile,
  ComposeService,
  DockerInstruction,
  Dockerfile,
  Dockerignore,
  DockerignorePattern,
  ModelProblem,
  Repository,
  Step,
} from './model.ts';
import { CONTAINER_TOOLS, mayNameProgram } from './shell-prefilter.ts';
import type { Located, Range, SourceFile } from './source.ts';
import { asMap, asScalar, LMap, parseYaml, scalarString } from './yaml-tree.ts';
import type { LNode, LScalar } from './yaml-tree.ts';

/** Splits a Dockerfile into instructions, joining `\` continuations and skipping comments and parser directives. */
export function parseDockerfile(file: SourceFile): Dockerfile {
  const instructions: DockerInstruction[] = [];
  const args = new Map<string, Located<string>>();
  const { text } = file;
  const escape = /^#\s*escape\s*=\s*`/im.test(text.slice(0, 200)) ? '`' : '\\';
  let offset = 0;
  let pending: { start: number; parts: string[] } | undefined;
  let heredocEnd: string | undefined;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    if (heredocEnd !== undefined) {
      if (line.trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    const trimmed = line.trim();
    if (pending === undefined && (trimmed === '' || trimmed.startsWith('#'))) continue;
    if (pending !== undefined && trimmed.startsWith('#')) continue;
    const continues = trimmed.endsWith(escape);
    const content = continues ? trimmed.slice(0, -1) : trimmed;
    if (pending === undefined) pending = { start: lineStart + line.indexOf(trimmed), parts: [] };
    pending.parts.push(content);
    if (continues) continue;
    const joined = pending.parts.join(' ').trim();
    const match = /^(\S+)\s*(.*)$/s.exec(joined);
    if (match !== null) {
      const keyword = (match[1] ?? '').toUpperCase();
      const rest = match[2] ?? '';
      const range = { file, start: pending.start, end: lineStart + line.length };
      instructions.push({ keyword, args: rest, range });
      if (keyword === 'ARG') {
        for (const declaration of rest.split(/\s+/)) {
          const [name, ...value] = declaration.split('=');
          if (name !== undefined && name !== '' && value.length > 0) {
            args.set(name, { value: unquote(value.join('=')), range });
          }
        }
      }
      const heredoc = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(rest);
      if (heredoc !== null && (keyword === 'RUN' || keyword === 'COPY')) heredocEnd = heredoc[1];
    }
    pending = undefined;
  }
  return { file, instructions, args };
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

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

/** Joins paths of the repository, `/`-separated and normalised; `undefined` for a path outside the root. */
export function repoPath(...parts: readonly string[]): string | undefined {
  const joined = posix.normalize(posix.join(...parts)).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined === '' ? '.' : joined;
}

export function parseComposeFile(file: SourceFile, problems: ModelProblem[]): ComposeFile | undefined {
  const { root, problems: yamlProblems } = parseYaml(file);
  for (const problem of yamlProblems)
    problems.push({ ruleId: 'parse-error', message: problem.message, range: problem.range });
  if (!(root instanceof LMap)) return undefined;
  const services: ComposeService[] = [];
  const dir = posix.dirname(file.path);
  for (const { key, value } of asMap(root.get('services'))?.pairs ?? []) {
    if (!(value instanceof LMap)) continue;
    const build = value.get('build');
    const buildMap = asMap(build);
    const xBake = buildMap?.pair('x-bake');
    const { context, dockerfile } = composeBuildPaths(dir, build);
    services.push({
      name: String(key.value),
      key,
      node: value,
      build,
      image: asScalar(value.get('image')),
      xBake,
      xBakeCache: cacheKeys(asMap(xBake?.value)),
      buildCache: cacheKeys(buildMap).filter((k) => String(k.value).includes('_')),
      context,
      dockerfile,
    });
  }
  return { file, root, services };
}

const CACHE_KEYS = new Set(['cache-from', 'cache-to', 'cache_from', 'cache_to']);

function cacheKeys(map: LMap | undefined): LScalar[] {
  return (map?.pairs ?? []).filter((pair) => CACHE_KEYS.has(String(pair.key.value))).map((pair) => pair.key);
}

/** `build: ./dir` or `build: { context, dockerfile }`, resolved against the compose file's directory. */
function composeBuildPaths(
  dir: string,
  build: LNode | undefined,
): { context: string | undefined; dockerfile: string | undefined } {
  if (build === undefined) return { context: undefined, dockerfile: undefined };
  const map = asMap(build);
  const rawContext = map === undefined ? scalarString(build) : (scalarString(map.get('context')) ?? '.');
  if (rawContext === undefined || !isLiteralPath(rawContext))
    return { context: undefined, dockerfile: undefined };
  const context = repoPath(dir, rawContext);
  const rawDockerfile =
    map === undefined ? 'Dockerfile' : (scalarString(map.get('dockerfile')) ?? 'Dockerfile');
  if (context === undefined || !isLiteralPath(rawDockerfile) || map?.has('dockerfile_inline') === true) {
    return { context, dockerfile: undefined };
  }
  return { context, dockerfile: repoPath(context, rawDockerfile) };
}

/** A plain relative path: no variable, no URL (`https://…`, `git@…`), not absolute. */
/**
 * The directory a script is in after `cd TARGET` (`cd packaging && docker compose build`, grafana/k6): literal
 * directories are followed, anything else (a variable, `-`, `~`) makes it unknown.
 */
export function afterCd(cwd: string | undefined, words: readonly string[]): string | undefined {
  const target = words[1];
  return cwd === undefined || target === undefined || !isLiteralPath(target)
    ? undefined
    : repoPath(cwd, target);
}

export function isLiteralPath(path: string): boolean {
  return path !== '' && !/[$]|:\/\/|^git@|^\//.test(path);
}

/**
 * Bake files are HCL or JSON. Rules need the targets (their cache attributes, `inherits`, `context`, `dockerfile`)
 * and the groups, so this reads those blocks and attributes rather than implementing HCL: strings and comments are
 * masked first, so braces inside them never confuse the block structure.
 */
export function parseBakeFile(file: SourceFile): BakeFile {
  const { targetDefinitions, groups } = file.path.endsWith('.json') ? readBakeJson(file) : readBakeHcl(file);
  return {
    file,
    targets: [...new Set(targetDefinitions.map((target) => target.name))],
    hasCache: targetDefinitions.some((target) => target.cache.length > 0),
    targetDefinitions,
    groups,
  };
}

interface BakeDefinitions {
  readonly targetDefinitions: BakeTarget[];
  readonly groups: Map<string, readonly string[]>;
}

function readBakeHcl(file: SourceFile): BakeDefinitions {
  const { text } = file;
  const masked = maskHcl(text);
  const targetDefinitions: BakeTarget[] = [];
  const groups = new Map<string, readonly string[]>();
  const header = /(^|\n)[ \t]*(target|group)[ \t]+"/g;
  for (let match = header.exec(masked); match !== null; match = header.exec(masked)) {
    const headerStart = masked.indexOf(match[2] ?? '', match.index);
    const nameStart = match.index + match[0].length;
    const nameEnd = masked.indexOf('"', nameStart);
    const open = nameEnd === -1 ? -1 : masked.indexOf('{', nameEnd);
    if (open === -1 || masked.slice(nameEnd + 1, open).trim() !== '') continue;
    const close = matchingBrace(masked, open);
    if (close === -1) break;
    if (depthAt(masked, headerStart) !== 0) continue;
    const name = text.slice(nameStart, nameEnd);
    const attributes = hclAttributes(text, masked, open + 1, close);
    header.lastIndex = close;
    if (match[2] === 'group') {
      groups.set(name, stringsIn(attributes.get('targets')?.value ?? ''));
      continue;
    }
    const cache: Located<string>[] = [];
    for (const key of ['cache-from', 'cache-to']) {
      const attribute = attributes.get(key);
      if (attribute !== undefined)
        cache.push({
          value: key,
          range: { file, start: attribute.keyStart, end: attribute.keyStart + key.length },
        });
    }
    targetDefinitions.push({
      name,
      range: { file, start: headerStart, end: nameEnd + 1 },
      cache,
      inherits: stringsIn(attributes.get('inherits')?.value ?? ''),
      context: literalString(attributes.get('context')?.value),
      dockerfile: literalString(attributes.get('dockerfile')?.value),
    });
  }
  return { targetDefinitions, groups };
}

/** The text with comments blanked and string contents replaced by `_` (quotes kept), offsets unchanged. */
function maskHcl(text: string): string {
  const out = text.split('');
  let i = 0;
  const blank = (from: number, to: number): void => {
    for (let j = from; j < to; j++) if (out[j] !== '\n') out[j] = ' ';
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '#' || (char === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      blank(i, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      blank(i, end === -1 ? text.length : end + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (char === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      for (let k = i + 1; k < Math.min(j, text.length); k++) out[k] = '_';
      i = j + 1;
    } else i++;
  }
  return out.join('');
}

function matchingBrace(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    if (masked[i] === '{') depth++;
    else if (masked[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function depthAt(masked: string, offset: number): number {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    if (masked[i] === '{') depth++;
    else if (masked[i] === '}') depth--;
  }
  return depth;
}

interface HclAttribute {
  readonly keyStart: number;
  /** The value's source text. */
  readonly value: string;
}

/** The attributes written directly in a block body (not in nested blocks), by name. */
function hclAttributes(text: string, masked: string, from: number, to: number): Map<string, HclAttribute> {
  const attributes = new Map<string, HclAttribute>();
  // The body starts after the `{` at `from - 1`, so that `target "x" { cache-to = [...] }` on one line is read too.
  const pattern = /(^|\n|\{)[ \t]*([A-Za-z_][\w-]*)[ \t]*=(?!=)/g;
  pattern.lastIndex = from - 1;
  let depth = 0;
  let scanned = from;
  for (let match = pattern.exec(masked); match !== null && match.index < to; match = pattern.exec(masked)) {
    for (; scanned < match.index; scanned++) {
      const char = masked[scanned];
      if (char === '{' || char === '[' || char === '(') depth++;
      else if (char === '}' || char === ']' || char === ')') depth--;
    }
    if (depth !== 0 || (match[1] === '{' && match.index !== from - 1)) continue;
    const name = match[2] ?? '';
    const valueStart = match.index + match[0].length;
    attributes.set(name, {
      keyStart: masked.indexOf(name, match.index + (match[1] ?? '').length),
      value: text.slice(valueStart, endOfValue(masked, valueStart, to)),
    });
  }
  return attributes;
}

/** The end of an attribute value: the first line break outside brackets. */
function endOfValue(masked: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const char = masked[i];
    if (char === '{' || char === '[' || char === '(') depth++;
    else if (char === '}' || char === ']' || char === ')') depth--;
    else if (char === '\n' && depth <= 0) return i;
  }
  return limit;
}

function stringsIn(value: string): string[] {
  return [...value.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((match) => match[1] ?? '');
}

/** A value that is one string literal without interpolation. */
function literalString(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^\s*"((?:[^"\\\n$]|\\.)*)"\s*$/.exec(value);
  return match === null ? undefined : match[1];
}

function readBakeJson(file: SourceFile): BakeDefinitions {
  const targetDefinitions: BakeTarget[] = [];
  const groups = new Map<string, readonly string[]>();
  let json: { target?: unknown; group?: unknown };
  try {
    json = JSON.parse(file.text) as { target?: unknown; group?: unknown };
  } catch {
    return { targetDefinitions, groups };
  }
  for (const [name, group] of objectEntries(json.group)) {
    const targets = (group as { targets?: unknown }).targets;
    groups.set(name, Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : []);
  }
  for (const [name, target] of objectEntries(json.target)) {
    const record = target as Record<string, unknown>;
    const at = locateJsonKey(file, name, 0);
    const cache = ['cache-from', 'cache-to']
      .filter((key) => key in record)
      .map((key) => ({ value: key, range: locateJsonKey(file, key, at.start) }));
    const inherits = Array.isArray(record['inherits'])
      ? record['inherits'].filter((t): t is string => typeof t === 'string')
      : [];
    targetDefinitions.push({
      name,
      range: at,
      cache,
      inherits,
      context: typeof record['context'] === 'string' ? record['context'] : undefined,
      dockerfile: typeof record['dockerfile'] === 'string' ? record['dockerfile'] : undefined,
    });
  }
  return { targetDefinitions, groups };
}

function objectEntries(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).filter(([, v]) => v !== null && typeof v === 'object')
    : [];
}

/** The range of `"key"` in a JSON file, searched from `from` (JSON.parse keeps no positions). */
function locateJsonKey(
  file: SourceFile,
  key: string,
  from: number,
): { file: SourceFile; start: number; end: number } {
  const quoted = JSON.stringify(key);
  const start = file.text.indexOf(quoted, from);
  return start === -1 ? { file, start: 0, end: 0 } : { file, start, end: start + quoted.length };
}

/**
 * The targets a bake invocation builds: the named targets (default `default`), groups expanded, each with the
 * targets it inherits from. `undefined` when a name is neither a target nor a group of the given files.
 */
export function bakeTargetsBuilt(
  files: readonly BakeFile[],
  requested: readonly string[],
): BakeTarget[] | undefined {
  const definitions = files.flatMap((file) => file.targetDefinitions);
  const groups = new Map(files.flatMap((file) => [...file.groups]));
  const built: BakeTarget[] = [];
  const seen = new Set<string>();
  const visit = (name: string, depth: number): boolean => {
    if (seen.has(name) || depth > 32) return true;
    seen.add(name);
    const group = groups.get(name);
    const targets = definitions.filter((target) => target.name === name);
    if (group === undefined && targets.length === 0) return false;
    for (const member of group ?? []) if (!visit(member, depth + 1)) return false;
    for (const target of targets) {
      built.push(target);
      for (const parent of target.inherits) if (!visit(parent, depth + 1)) return false;
    }
    return true;
  };
  for (const name of requested.length === 0 ? ['default'] : requested) if (!visit(name, 0)) return undefined;
  return built;
}

// ---- shell commands of `run:` scripts (and of build instructions written in Dockerfile comments) ----

export interface ShellCommand {
  /** The command's words with quotes removed, leading `NAME=value` assignments taken off. */
  readonly words: readonly string[];
  /** `NAME=value` assignments written before the command (`COMPOSE_BAKE=true docker compose build`). */
  readonly assignments: ReadonlyMap<string, string>;
  /** The source line(s) of the command, or the whole script when they cannot be located. */
  readonly range: Range;
}

/**
 * Splits a shell script into simple commands (on `;`, `&&`, `||`, `|`, `&` and line breaks, `\` continuations
 * joined), enough to recognise `docker build …` or `export NAME=value`. Not a shell: no expansion, no control flow.
 */
export function shellCommands(script: Located<unknown> | LScalar): readonly ShellCommand[] {
  const cached = commandsByScript.get(script);
  if (cached !== undefined) return cached;
  const commands = splitScript(script);
  commandsByScript.set(script, commands);
  return commands;
}

/** Two rules split every `run:` script; the model's nodes are immutable, so each is split once per lint. */
const commandsByScript = new WeakMap<Located<unknown> | LScalar, readonly ShellCommand[]>();

function splitScript(script: Located<unknown> | LScalar): readonly ShellCommand[] {
  const { range } = script;
  const text = String(script.value ?? '');
  const commands: ShellCommand[] = [];
  let cursor = range.start;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    let logical = lines[index] ?? '';
    const first = logical.trim();
    while (logical.endsWith('\\') && index + 1 < lines.length)
      logical = `${logical.slice(0, -1)} ${lines[++index] ?? ''}`;
    if (first === '') continue;
    const at = first === '' ? -1 : range.file.text.indexOf(first, cursor);
    const located: Range =
      at === -1 || at >= range.end
        ? range
        : { file: range.file, start: at, end: Math.min(at + first.length, range.end) };
    if (at !== -1 && at < range.end) cursor = at + first.length;
    for (const words of splitCommands(logical)) {
      const assignments = new Map<string, string>();
      let start = 0;
      for (; start < words.length; start++) {
        const assignment = /^([A-Za-z_]\w*)=(.*)$/s.exec(words[start] ?? '');
        if (assignment === null) break;
        assignments.set(assignment[1] ?? '', assignment[2] ?? '');
      }
      commands.push({ words: words.slice(start), assignments, range: located });
    }
  }
  return commands;
}

const SHELL_RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  '!',
  '{',
  '}',
]);

/** The offset just past a `$( … )` (nesting and quotes respected) or a backtick substitution starting at `start`. */
function substitutionEnd(line: string, start: number): number {
  if (line[start] === '`') {
    const close = line.indexOf('`', start + 1);
    return close === -1 ? line.length : close + 1;
  }
  let depth = 0;
  let quote: string | undefined;
  for (let i = start + 1; i < line.length; i++) {
    const char = line[i];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else if (char === '\\') i++;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return line.length;
}

/** Words of each simple command of one logical line, quotes removed; a `#` that starts a word ends the line. */
function splitCommands(line: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    // `if docker build …; then`, `! grep …`, `{ cmd; }`: the reserved word is not the command.
    while (words.length > 0 && SHELL_RESERVED.has(words[0] ?? '')) words.shift();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if ((char === '$' && line[i + 1] === '(') || char === '`') {
      // A command substitution stays one word, whatever it holds.
      const end = substitutionEnd(line, i);
      word += line.slice(i, end);
      inWord = true;
      i = end - 1;
    } else if (char === "'") {
      const close = line.indexOf(char, i + 1);
      const end = close === -1 ? line.length : close;
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (char === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\') j += 2;
        else if ((line[j] === '$' && line[j + 1] === '(') || line[j] === '`') j = substitutionEnd(line, j);
        else j++;
      }
      word += line.slice(i + 1, Math.min(j, line.length));
      inWord = true;
      i = j;
    } else if (char === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (char === '#' && !inWord) {
      break;
    } else if (char === ';' || char === '&' || char === '|' || char === '(' || char === ')') {
      endCommand();
    } else if (/\s/.test(char)) {
      endWord();
    } else {
      word += char;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

/** A `docker build` / `docker buildx build` / `docker image build` / `podman build` invocation. */
export interface DockerBuildCommand {
  /** The `-f`/`--file` value as written, if any. */
  readonly file: string | undefined;
  /** The context argument as written (`.`, `./app`, a URL, `-`). */
  readonly context: string | undefined;
}

/** Options of `docker build` that take a value, so that the value is not taken for the context. */
const BUILD_OPTIONS_WITH_VALUE = new Set([
  '-t',
  '--tag',
  '-f',
  '--file',
  '--build-arg',
  '--target',
  '--platform',
  '--cache-from',
  '--cache-to',
  '--label',
  '--secret',
  '--ssh',
  '-o',
  '--output',
  '--network',
  '--progress',
  '--builder',
  '--iidfile',
  '--metadata-file',
  '--build-context',
  '--add-host',
  '--shm-size',
  '--ulimit',
  '--attest',
  '--provenance',
  '--sbom',
  '--annotation',
  '--call',
  '--allow',
  '--cgroup-parent',
  '-m',
  '--memory',
  '--memory-swap',
  '--cpu-shares',
  '--cpuset-cpus',
  '--isolation',
  '--security-opt',
  '--platforms',
  '--policy',
  '--build-args',
  '--cache',
]);

export function dockerBuildCommand(words: readonly string[]): DockerBuildCommand | undefined {
  let rest: readonly string[];
  const [tool, a, b] = words;
  if ((tool === 'docker' || tool === 'podman' || tool === 'buildah') && (a === 'build' || a === 'bud'))
    rest = words.slice(2);
  else if (tool === 'docker' && (a === 'buildx' || a === 'image') && b === 'build') rest = words.slice(3);
  else return undefined;
  let file: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    const option = /^(--?[\w-]+)(?:=(.*))?$/s.exec(word);
    if (option === null || word === '-') {
      positional.push(word);
      continue;
    }
    const [, name, inline] = option;
    const value = inline ?? (BUILD_OPTIONS_WITH_VALUE.has(name ?? '') ? rest[++i] : undefined);
    if (name === '-f' || name === '--file') file = value;
  }
  return { file, context: positional.at(-1) };
}

/** A `docker compose` / `docker-compose` invocation: its files, sub-command and that sub-command's arguments. */
export interface ComposeCommand {
  readonly files: readonly string[];
  readonly subcommand: string | undefined;
  readonly args: readonly string[];
}

const COMPOSE_OPTIONS_WITH_VALUE = new Set([
  '-f',
  '--file',
  '-p',
  '--project-name',
  '--project-directory',
  '--env-file',
  '--profile',
  '--ansi',
  '--progress',
  '--parallel',
]);

export function composeCommand(words: readonly string[]): ComposeCommand | undefined {
  let rest: readonly string[];
  if (words[0] === 'docker' && words[1] === 'compose') rest = words.slice(2);
  else if (words[0] === 'docker-compose') rest = words.slice(1);
  else return undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    const option = /^(--?[\w-]+)(?:=(.*))?$/s.exec(word);
    if (option === null) return { files, subcommand: word, args: rest.slice(i + 1) };
    const [, name, inline] = option;
    const value = inline ?? (COMPOSE_OPTIONS_WITH_VALUE.has(name ?? '') ? rest[++i] : undefined);
    if ((name === '-f' || name === '--file') && value !== undefined) files.push(value);
  }
  return { files, subcommand: undefined, args: [] };
}

/**
 * The files `docker compose` reads when no `-f` is given, in its order of preference; the override file beside the
 * chosen one is merged too (https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file).
 */
export const DEFAULT_COMPOSE_FILES = [
  ['compose.yaml', 'compose.override.yaml'],
  ['compose.yml', 'compose.override.yml'],
  ['docker-compose.yaml', 'docker-compose.override.yaml'],
  ['docker-compose.yml', 'docker-compose.override.yml'],
] as const;

/**
 * The files `docker buildx bake` reads when none is named (https://docs.docker.com/build/bake/reference/#file-format):
 * compose files and bake files together.
 */
export const DEFAULT_BAKE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
  'docker-bake.json',
  'docker-bake.hcl',
  'docker-bake.override.json',
  'docker-bake.override.hcl',
] as const;

// ---- reading Dockerfile instructions ----

export interface DockerStage {
  /** `FROM image AS name`: the name, lower-cased (Docker compares stage names case-insensitively). */
  readonly name: string | undefined;
  /** The `FROM` argument: an image or an earlier stage. */
  readonly base: string;
  readonly from: DockerInstruction;
  readonly instructions: readonly DockerInstruction[];
}

export function dockerStages(dockerfile: Dockerfile): DockerStage[] {
  const stages: {
    name: string | undefined;
    base: string;
    from: DockerInstruction;
    instructions: DockerInstruction[];
  }[] = [];
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const as = words.findIndex((word) => word.toLowerCase() === 'as');
      stages.push({
        name: as === -1 ? undefined : words[as + 1]?.toLowerCase(),
        base: (words[0] ?? '').toLowerCase(),
        from: instruction,
        instructions: [],
      });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

/** A `COPY`/`ADD` from the build context (no `--from`), its sources, and its `--exclude` patterns. */
export interface ContextCopy {
  readonly sources: readonly string[];
  readonly excludes: readonly string[];
}

export function contextCopy(instruction: DockerInstruction): ContextCopy | undefined {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return undefined;
  const excludes: string[] = [];
  let rest = instruction.args.trim();
  for (
    let flag = /^--([\w-]+)(?:=(\S*))?\s*/.exec(rest);
    flag !== null;
    flag = /^--([\w-]+)(?:=(\S*))?\s*/.exec(rest)
  ) {
    if (flag[1] === 'from') return undefined;
    if (flag[1] === 'exclude' && flag[2] !== undefined) excludes.push(unquote(flag[2]));
    rest = rest.slice(flag[0].length);
  }
  let words: string[];
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      words = Array.isArray(parsed) ? parsed.map(String) : [];
    } catch {
      return undefined;
    }
  } else words = rest.split(/\s+/).filter((word) => word !== '');
  // Heredoc sources (`COPY <<EOF /file`) carry no context files.
  if (words.length < 2 || words.some((word) => word.startsWith('<<'))) return undefined;
  return { sources: words.slice(0, -1).map(unquote), excludes };
}

/** Whether a context copy puts `path` (relative to the context root) into the image. */
export function copiesPath(copy: ContextCopy, path: string): boolean {
  if (copy.excludes.some((exclude) => dockerignoreRegExp(cleanPattern(exclude)).test(path))) return false;
  return copy.sources.some((source) => {
    const cleaned = cleanPattern(source);
    if (cleaned === '.' || cleaned === '/') return true;
    if (cleaned === path) return true;
    // `COPY .python-* ./` and the like: sources are `filepath.Match` patterns of the context.
    return /[*?[]/.test(cleaned) && dockerignoreRegExp(cleaned).test(path);
  });
}

/** The sources of `RUN --mount=type=bind` mounts from the build context (`.` when `source` is not given). */
export function contextBindMounts(instruction: DockerInstruction): string[] {
  if (instruction.keyword !== 'RUN') return [];
  const sources: string[] = [];
  for (const match of instruction.args.matchAll(/--mount=(\S+)/g)) {
    const options = new Map(
      (match[1] ?? '').split(',').map((option) => {
        const [key = '', ...value] = option.split('=');
        return [key, unquote(value.join('='))] as const;
      }),
    );
    // `type` defaults to `bind` (https://docs.docker.com/reference/dockerfile/#run---mount).
    if ((options.get('type') ?? 'bind') !== 'bind' || options.has('from')) continue;
    sources.push(cleanPattern(options.get('source') ?? options.get('src') ?? '.'));
  }
  return sources;
}

/** The simple commands of a `RUN` instruction (its `--mount`/`--network`/`--security` flags skipped). */
export function runCommands(instruction: DockerInstruction): string[][] {
  if (instruction.keyword !== 'RUN') return [];
  let rest = instruction.args.trim();
  for (
    let flag = /^--[\w-]+(?:=\S*)?\s*/.exec(rest);
    flag !== null;
    flag = /^--[\w-]+(?:=\S*)?\s*/.exec(rest)
  )
    rest = rest.slice(flag[0].length);
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      return Array.isArray(parsed) ? [parsed.map(String)] : [];
    } catch {
      return [];
    }
  }
  return splitCommands(rest);
}

// ---- which Dockerfile is built with which context ----

export interface DockerBuild {
  /** The Dockerfile, relative to the repository root. */
  readonly dockerfile: string;
  /** The build context directory, relative to the repository root (`.` for the root). */
  readonly context: string;
  /** Where the build is declared (a step, a compose service, a bake target, a comment); absent when assumed. */
  readonly at: Range | undefined;
}

/**
 * Every (Dockerfile, context) pair the repository declares: `docker build` commands in workflow and local action
 * steps, `docker/build-push-action` steps, compose services, bake targets and build commands written in a
 * Dockerfile's own comments (a common way to document a hand-run build). A Dockerfile at the root that nothing
 * names is assumed built with the root as context; one in a sub-directory is not guessed at, since both its own
 * directory and the root are common contexts.
 */
export function dockerBuilds(repo: Repository): DockerBuild[] {
  const builds: DockerBuild[] = [];
  const add = (dockerfile: string | undefined, context: string | undefined, at: Range | undefined): void => {
    if (dockerfile !== undefined && context !== undefined) builds.push({ dockerfile, context, at });
  };
  const steps = [
    ...repo.workflows.flatMap((workflow) => workflow.jobs.flatMap((job) => job.steps)),
    ...[...repo.actions.values()].flatMap((action) => action.steps),
  ];
  for (const step of steps) {
    let cwd = stepWorkingDirectory(step);
    // Only the build commands of a script matter here (its `cd`s only locate them).
    if (step.run !== undefined && mayNameProgram(String(step.run.value ?? ''), CONTAINER_TOOLS)) {
      for (const command of shellCommands(step.run)) {
        if (command.words[0] === 'cd') {
          cwd = afterCd(cwd, command.words);
          continue;
        }
        const build = dockerBuildCommand(command.words);
        if (build === undefined || cwd === undefined) continue;
        const resolved = resolveBuild(cwd, build);
        add(resolved?.dockerfile, resolved?.context, command.range);
      }
    }
    if (step.action?.name === 'docker/build-push-action' && step.uses !== undefined) {
      // Action inputs are relative to the workspace (`working-directory` applies to `run` only); without
      // `context` the action builds the repository's Git context, whose root is the repository root.
      const rawContext = scalarString(step.with?.get('context')) ?? '.';
      const context =
        gitContextSubdir(rawContext) ?? (isLiteralPath(rawContext) ? repoPath(rawContext) : undefined);
      const rawFile = scalarString(step.with?.get('file'));
      const dockerfile =
        rawFile === undefined
          ? context === undefined
            ? undefined
            : repoPath(context, 'Dockerfile')
          : isLiteralPath(rawFile)
            ? repoPath(rawFile)
            : undefined;
      add(dockerfile, context, step.uses.range);
    }
  }
  for (const compose of repo.composeFiles) {
    for (const service of compose.services) add(service.dockerfile, service.context, service.key.range);
  }
  for (const bake of repo.bakeFiles) {
    // Bake resolves paths against the directory it runs in, which is the repository root for `bake-action` and
    // for `docker buildx bake -f path/docker-bake.hcl` run from the checkout.
    const dir = '.';
    const parents = new Set(bake.targetDefinitions.flatMap((target) => target.inherits));
    const grouped = new Set([...bake.groups.values()].flat());
    for (const target of bake.targetDefinitions) {
      // A target others inherit from is a set of shared attributes, unless a group builds it.
      if (parents.has(target.name) && !grouped.has(target.name)) continue;
      const { context: rawContext, dockerfile: rawDockerfile } = inheritedPaths(bake, target);
      // Only a target that names a context or a Dockerfile (itself or through `inherits`) is taken as a build.
      if (rawContext === undefined && rawDockerfile === undefined) continue;
      const context =
        rawContext === undefined ? dir : isLiteralPath(rawContext) ? repoPath(dir, rawContext) : undefined;
      const dockerfile = rawDockerfile ?? 'Dockerfile';
      if (context !== undefined && isLiteralPath(dockerfile))
        add(repoPath(context, dockerfile), context, target.range);
    }
  }
  for (const dockerfile of repo.dockerfiles) {
    for (const command of commentedBuildCommands(dockerfile)) {
      const build = dockerBuildCommand(command.words);
      const resolved = build === undefined ? undefined : resolveBuild('.', build);
      add(resolved?.dockerfile, resolved?.context, command.range);
    }
  }
  for (const dockerfile of repo.dockerfiles) {
    const path = dockerfile.file.path;
    if (!path.includes('/') && !builds.some((build) => build.dockerfile === path)) add(path, '.', undefined);
  }
  const seen = new Set<string>();
  return builds.filter((build) => {
    const key = `${build.dockerfile}\0${build.context}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A target's `context` and `dockerfile`, its own values over those it inherits (later parents win). */
function inheritedPaths(
  bake: BakeFile,
  target: BakeTarget,
  depth = 0,
): { context: string | undefined; dockerfile: string | undefined } {
  let context: string | undefined;
  let dockerfile: string | undefined;
  if (depth < 16) {
    for (const parentName of target.inherits) {
      for (const parent of bake.targetDefinitions.filter((candidate) => candidate.name === parentName)) {
        const inherited = inheritedPaths(bake, parent, depth + 1);
        context = inherited.context ?? context;
        dockerfile = inherited.dockerfile ?? dockerfile;
      }
    }
  }
  return { context: target.context ?? context, dockerfile: target.dockerfile ?? dockerfile };
}

/** `https://github.com/o/r.git#ref:sub` or `{{defaultContext}}:sub` → `sub`; `{{defaultContext}}` → `.`. */
function gitContextSubdir(context: string): string | undefined {
  const match = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(context);
  if (match === null) return undefined;
  return match[1] === undefined || match[1] === '' ? '.' : repoPath(match[1]);
}

function resolveBuild(
  cwd: string,
  build: DockerBuildCommand,
): { dockerfile: string | undefined; context: string | undefined } | undefined {
  if (build.context === undefined || build.context === '-' || !isLiteralPath(build.context)) return undefined;
  const context = repoPath(cwd, build.context);
  if (context === undefined) return undefined;
  if (build.file === undefined) return { dockerfile: repoPath(context, 'Dockerfile'), context };
  if (build.file === '-' || !isLiteralPath(build.file)) return undefined;
  return { dockerfile: repoPath(cwd, build.file), context };
}

/** The directory a step's `run` starts in: `working-directory`, else the job's or workflow's `defaults.run`. */
export function stepWorkingDirectory(step: Step): string | undefined {
  // A local action's steps hang off a synthetic job without node or workflow.
  const { node: jobNode, workflow } = step.job as Partial<Step['job']>;
  const candidates = [
    step.node.get('working-directory'),
    asMap(asMap(asMap(jobNode?.get('defaults'))?.get('run')))?.get('working-directory'),
    asMap(asMap(asMap(workflow?.root.get('defaults'))?.get('run')))?.get('working-directory'),
  ];
  const node = candidates.find((candidate) => candidate !== undefined);
  if (node === undefined) return '.';
  const dir = scalarString(node);
  return dir === undefined || !isLiteralPath(dir) ? undefined : repoPath(dir);
}

/** Shell commands written in a Dockerfile's comments (`# docker build -f ci/Dockerfile .`), continuations joined. */
function commentedBuildCommands(dockerfile: Dockerfile): ShellCommand[] {
  const { file } = dockerfile;
  const commands: ShellCommand[] = [];
  const lines = file.text.split('\n');
  let offset = 0;
  for (let index = 0; index < lines.length; index++) {
    const start = offset;
    const line = (lines[index] ?? '').replace(/\r$/, '');
    offset += (lines[index] ?? '').length + 1;
    const comment = /^\s*#\s?(.*)$/.exec(line);
    if (comment === null || !/\b(docker|podman)\s+(buildx\s+)?build\b/.test(comment[1] ?? '')) continue;
    let text = comment[1] ?? '';
    let end = start + line.length;
    while (text.trimEnd().endsWith('\\') && index + 1 < lines.length) {
      const next = /^\s*#\s?(.*)$/.exec((lines[index + 1] ?? '').replace(/\r$/, ''));
      if (next === null) break;
      index++;
      offset += (lines[index] ?? '').length + 1;
      end = offset - 1;
      text = `${text.trimEnd().slice(0, -1)} ${next[1] ?? ''}`;
    }
    const range = { file, start: start + line.indexOf('#'), end };
    for (const words of splitCommands(text)) commands.push({ words, assignments: new Map(), range });
  }
  return commands;
}

// ---- files named by a workflow that discovery did not pick up (`-f ci/stack.yml`) ----

const onDemand = new WeakMap<Repository, Map<string, ComposeFile | BakeFile | Dockerfile | null>>();

function cachedParse<T extends ComposeFile | BakeFile | Dockerfile>(
  repo: Repository,
  key: string,
  parse: () => T | undefined,
): T | undefined {
  let cache = onDemand.get(repo);
  if (cache === undefined) onDemand.set(repo, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, parse() ?? null);
  return (cache.get(key) ?? undefined) as T | undefined;
}

/** The compose file at a path: the discovered one, or the file read and parsed now (syntax errors make it absent). */
export function composeFileAt(repo: Repository, path: string): ComposeFile | undefined {
  const found = repo.composeFiles.find((compose) => compose.file.path === path);
  if (found !== undefined) return found;
  return cachedParse(repo, `compose:${path}`, () => {
    const text = repo.readText(path);
    return text === undefined ? undefined : parseComposeFile({ path, text }, []);
  });
}

export function bakeFileAt(repo: Repository, path: string): BakeFile | undefined {
  const found = repo.bakeFiles.find((bake) => bake.file.path === path);
  if (found !== undefined) return found;
  return cachedParse(repo, `bake:${path}`, () => {
    const text = repo.readText(path);
    return text === undefined ? undefined : parseBakeFile({ path, text });
  });
}

export function dockerfileAt(repo: Repository, path: string): Dockerfile | undefined {
  const found = repo.dockerfiles.find((dockerfile) => dockerfile.file.path === path);
  if (found !== undefined) return found;
  return cachedParse(repo, `dockerfile:${path}`, () => {
    const text = repo.readText(path);
    return text === undefined ? undefined : parseDockerfile({ path, text });
  });
}
