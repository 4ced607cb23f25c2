/**
 * Finding image builds in steps and scripts: `run:` scripts split into simple commands, `docker build` and
 * `docker compose` command lines read, and every (Dockerfile, context) pair the repository builds.
 */
import { inheritedPaths } from './compose-bake.ts';
import type { Dockerfile, Repository, Step } from './model.ts';
import { isLiteralPath, repoPath } from './repo-path.ts';
import { CONTAINER_TOOLS, mayNameProgram } from './shell-prefilter.ts';
import type { Located, Range } from './source.ts';
import { asMap, scalarString } from './yaml-tree.ts';
import type { LScalar } from './yaml-tree.ts';

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
export function splitCommands(line: string): string[][] {
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
