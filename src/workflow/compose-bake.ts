/** Compose files and bake files (HCL or JSON): their services and targets, with the paths they build. */
import { posix } from 'node:path';
import type { BakeFile, BakeTarget, ComposeFile, ComposeService, ModelProblem, Repository } from './model.ts';
import { cachedParse, isLiteralPath, repoPath } from './repo-path.ts';
import type { Located, SourceFile } from './source.ts';
import { asMap, asScalar, LMap, parseYaml, scalarString } from './yaml-tree.ts';
import type { LNode, LScalar } from './yaml-tree.ts';

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

/** A target's `context` and `dockerfile`, its own values over those it inherits (later parents win). */
export function inheritedPaths(
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
