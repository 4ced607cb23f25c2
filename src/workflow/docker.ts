/** The Docker side of the model: Dockerfiles, `.dockerignore`, compose files and bake files. */
import type {
  BakeFile,
  ComposeFile,
  ComposeService,
  DockerInstruction,
  Dockerfile,
  Dockerignore,
  DockerignorePattern,
  ModelProblem,
} from './model.ts';
import type { Located, SourceFile } from './source.ts';
import { asMap, asScalar, LMap, parseYaml } from './yaml-tree.ts';

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

export function parseDockerignore(file: SourceFile, dir: string): Dockerignore {
  const patterns: DockerignorePattern[] = [];
  let offset = 0;
  for (const rawLine of file.text.split('\n')) {
    const start = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const negated = trimmed.startsWith('!');
    const pattern = (negated ? trimmed.slice(1) : trimmed).trim();
    const column = line.indexOf(trimmed);
    patterns.push({ pattern, negated, range: { file, start: start + column, end: start + column + trimmed.length } });
  }
  return { file, dir, patterns };
}

/**
 * Whether `.dockerignore` excludes a path of the build context. Docker applies the patterns in order and the last
 * match wins; a pattern matches the path or any of its parents (Go `filepath.Match` plus `**`).
 */
export function dockerignoreExcludes(ignore: Dockerignore, path: string): DockerignorePattern | undefined {
  let decisive: DockerignorePattern | undefined;
  for (const entry of ignore.patterns) {
    if (matchesPathOrParent(entry.pattern, path)) decisive = entry;
  }
  return decisive !== undefined && !decisive.negated ? decisive : undefined;
}

function matchesPathOrParent(pattern: string, path: string): boolean {
  const cleaned = pattern.replace(/^\/+/, '').replace(/\/+$/, '').replace(/^\.\//, '');
  if (cleaned === '') return false;
  const regex = globToRegExp(cleaned);
  const parts = path.split('/');
  for (let i = parts.length; i > 0; i--) if (regex.test(parts.slice(0, i).join('/'))) return true;
  return false;
}

const globCache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let cached = globCache.get(glob);
  if (cached !== undefined) return cached;
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of directories, including none.
        source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', i);
      if (close === -1) source += '\\[';
      else {
        source += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  cached = new RegExp(`^${source}$`);
  globCache.set(glob, cached);
  return cached;
}

export function parseComposeFile(file: SourceFile, problems: ModelProblem[]): ComposeFile | undefined {
  const { root, problems: yamlProblems } = parseYaml(file);
  for (const problem of yamlProblems) problems.push({ ruleId: 'parse-error', message: problem.message, range: problem.range });
  if (!(root instanceof LMap)) return undefined;
  const services: ComposeService[] = [];
  for (const { key, value } of asMap(root.get('services'))?.pairs ?? []) {
    if (!(value instanceof LMap)) continue;
    const build = value.get('build');
    services.push({
      name: String(key.value),
      key,
      node: value,
      build,
      image: asScalar(value.get('image')),
      xBake: asMap(build)?.pair('x-bake'),
    });
  }
  return { file, root, services };
}

/**
 * Bake files are HCL or JSON. Rules only need the target names and whether a cache is declared, so this reads
 * those two facts rather than implementing HCL.
 */
export function parseBakeFile(file: SourceFile): BakeFile {
  const targets = [...file.text.matchAll(/^\s*target\s+"([^"]+)"/gm)].map((match) => match[1] ?? '');
  if (file.path.endsWith('.json')) {
    try {
      const json = JSON.parse(file.text) as { target?: Record<string, Record<string, unknown>> };
      const jsonTargets = Object.entries(json.target ?? {});
      return {
        file,
        targets: jsonTargets.map(([name]) => name),
        hasCache: jsonTargets.some(([, target]) => 'cache-from' in target || 'cache-to' in target),
      };
    } catch {
      return { file, targets, hasCache: false };
    }
  }
  const withoutComments = file.text.replace(/^\s*(#|\/\/).*$/gm, '');
  return { file, targets, hasCache: /\bcache-(from|to)\s*=/.test(withoutComments) };
}
