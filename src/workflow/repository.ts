/**
 * Discovers and parses everything ciscope analyses in one directory. A file that cannot be read or parsed becomes
 * a `parse-error` problem; the other files are still analysed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { parseBakeFile, parseComposeFile, parseDockerfile, parseDockerignore } from './docker.ts';
import type {
  BakeFile,
  ComposeFile,
  Dockerfile,
  Dockerignore,
  LocalAction,
  ModelProblem,
  PinnedTool,
  Repository,
  Workflow,
} from './model.ts';
import { parseLocalAction, parseWorkflow } from './parse-workflow.ts';
import { pinnedInDockerfile, pinnedInFile, TOOL_FILE_NAMES } from './pinned-tools.ts';
import type { SourceFile } from './source.ts';

/** Directories never worth walking for Docker and tool files. */
const SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  'vendor',
  'third_party',
  'dist',
  'build',
  'target',
  '.venv',
  'venv',
  '__pycache__',
]);
/** A bound on the walk so that a huge monorepo does not stall a lint; workflows are always read in full. */
const MAX_WALKED_ENTRIES = 50_000;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const DOCKERFILE = /^(Dockerfile(\..+)?|.+\.Dockerfile|Containerfile)$/;
const COMPOSE_FILE = /^(docker-)?compose([.-].+)?\.ya?ml$/;
const BAKE_FILE = /^docker-bake([.-].+)?\.(hcl|json)$/;

export interface LoadOptions {
  /** Read only these workflow files (relative paths) instead of discovering them. */
  readonly workflowPaths?: readonly string[];
}

/** Where the files come from: the disk, or memory for table tests. Paths are relative and `/`-separated. */
export interface FileSource {
  /** Every file below the root, sorted (dependency and build directories skipped). */
  list(): readonly string[];
  /** The text of a file; a problem (e.g. unreadable) is returned as an error string. */
  read(path: string): { text: string } | { error: string };
}

export function loadRepository(root: string, options: LoadOptions = {}): Repository {
  return buildRepository(root, diskSource(root), options);
}

export function memorySource(files: Readonly<Record<string, string>>): FileSource {
  const paths = Object.keys(files).sort();
  return {
    list: () => paths,
    read: (path) => {
      const text = files[path];
      return text === undefined ? { error: 'ENOENT' } : { text };
    },
  };
}

export function buildRepository(root: string, source: FileSource, options: LoadOptions = {}): Repository {
  const problems: ModelProblem[] = [];
  const files: SourceFile[] = [];
  const read = (path: string): SourceFile | undefined => {
    const result = source.read(path);
    if ('error' in result) {
      problems.push({
        ruleId: 'parse-error',
        message: result.error,
        range: { file: { path, text: '' }, start: 0, end: 0 },
      });
      return undefined;
    }
    const text = result.text.charCodeAt(0) === 0xfeff ? result.text.slice(1) : result.text;
    const file: SourceFile = { path, text };
    files.push(file);
    return file;
  };

  const walked = source.list();
  const walkedSet = new Set(walked);
  const workflows: Workflow[] = [];
  const workflowPaths =
    options.workflowPaths ?? walked.filter((path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path));
  for (const path of workflowPaths) {
    const file = read(path);
    if (file === undefined) continue;
    const { model, problems: found } = parseWorkflow(file);
    problems.push(...found);
    if (model !== undefined) workflows.push(model);
  }

  const actions = new Map<string, LocalAction>();
  const loadAction = (dir: string): void => {
    const normalized = posix.normalize(dir).replace(/^\.\//, '').replace(/\/$/, '');
    if (actions.has(normalized)) return;
    const path = ['action.yml', 'action.yaml']
      .map((name) => posix.join(normalized, name))
      .find((p) => walkedSet.has(p));
    if (path === undefined) return;
    const file = read(path);
    if (file === undefined) return;
    const { model, problems: found } = parseLocalAction(file, normalized);
    problems.push(...found);
    if (model !== undefined) actions.set(normalized, model);
  };
  for (const path of walked) {
    if (/^\.github\/actions\/.+\/action\.ya?ml$/.test(path)) loadAction(posix.dirname(path));
  }
  for (const workflow of workflows) {
    for (const job of workflow.jobs) {
      for (const step of job.steps)
        if (step.action?.local === true && !step.action.name.endsWith('.yml')) loadAction(step.action.name);
    }
  }

  const dockerfiles: Dockerfile[] = [];
  const composeFiles: ComposeFile[] = [];
  const bakeFiles: BakeFile[] = [];
  const dockerignores: Dockerignore[] = [];
  const pinnedTools: PinnedTool[] = [];
  for (const path of walked) {
    const base = posix.basename(path);
    if (DOCKERFILE.test(base) && !base.endsWith('.dockerignore')) {
      const file = read(path);
      if (file === undefined) continue;
      const dockerfile = parseDockerfile(file);
      dockerfiles.push(dockerfile);
      pinnedTools.push(...pinnedInDockerfile(dockerfile));
    } else if (COMPOSE_FILE.test(base)) {
      const file = read(path);
      const compose = file === undefined ? undefined : parseComposeFile(file, problems);
      if (compose !== undefined) composeFiles.push(compose);
    } else if (BAKE_FILE.test(base)) {
      const file = read(path);
      if (file !== undefined) bakeFiles.push(parseBakeFile(file));
    } else if (base === '.dockerignore' || base.endsWith('.dockerignore')) {
      const file = read(path);
      if (file !== undefined) dockerignores.push(parseDockerignore(file, posix.dirname(path)));
    } else if (TOOL_FILE_NAMES.has(base) || (base === 'package.json' && !path.includes('/'))) {
      const file = read(path);
      if (file !== undefined) pinnedTools.push(...pinnedInFile(file));
    }
  }

  const readText = (path: string): string | undefined => {
    const normalized = posix.normalize(path).replace(/^\.\//, '');
    if (normalized.startsWith('../') || posix.isAbsolute(normalized)) return undefined;
    const result = source.read(normalized);
    return 'text' in result ? result.text : undefined;
  };

  return {
    root,
    workflows,
    actions,
    dockerfiles,
    composeFiles,
    bakeFiles,
    dockerignores,
    pinnedTools,
    files,
    problems,
    readText,
  };
}

/** The files below `root` on disk (exported for the fix engine, which overlays fixed texts on it). */
export function diskSource(root: string): FileSource {
  let listed: string[] | undefined;
  return {
    list: () => (listed ??= walk(root)),
    read: (path) => {
      try {
        const size = statSync(join(root, path)).size;
        if (size > MAX_FILE_BYTES)
          return { error: `File is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; skipped.` };
        return { text: readFileSync(join(root, path), 'utf8') };
      } catch (error) {
        return { error: `Cannot read file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).` };
      }
    },
  };
}

/** Relative paths of the files below root, sorted, skipping dependency and build directories. */
function walk(root: string): string[] {
  const found: string[] = [];
  const stack = [''];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_WALKED_ENTRIES) {
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    // `.github` first, so that a walk cut short by the bound still sees the workflows and local actions.
    entries.sort((a, b) => Number(a.name === '.github') - Number(b.name === '.github'));
    for (const entry of entries) {
      seen++;
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push(path);
      } else if (entry.isFile()) found.push(path);
    }
  }
  return found.sort();
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

export function relativePosix(from: string, to: string): string {
  return toPosix(relative(from, to));
}
