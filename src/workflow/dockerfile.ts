/** Dockerfiles: instructions (continuations joined, heredocs skipped), stages, context copies and `RUN` commands. */
import { cleanPattern, dockerignoreRegExp } from './dockerignore.ts';
import { splitCommands } from './docker-builds.ts';
import { cachedParse } from './repo-path.ts';
import type { DockerInstruction, Dockerfile, Repository } from './model.ts';
import type { Located, SourceFile } from './source.ts';

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

export function dockerfileAt(repo: Repository, path: string): Dockerfile | undefined {
  const found = repo.dockerfiles.find((dockerfile) => dockerfile.file.path === path);
  if (found !== undefined) return found;
  return cachedParse(repo, `dockerfile:${path}`, () => {
    const text = repo.readText(path);
    return text === undefined ? undefined : parseDockerfile({ path, text });
  });
}
