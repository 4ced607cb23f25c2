import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import { contextsFor, evaluateNode } from '../workflow/contexts.ts';
import { contextsUsed, evaluateExpression, templateParts, UNKNOWN } from '../workflow/expressions.ts';
import type { Contexts, Value } from '../workflow/expressions.ts';
import type { Job, Step, Workflow } from '../workflow/model.ts';

/**
 * A cache entry is written once per key: the first run to save a key wins, and every later run that hits it restores
 * that content and saves nothing (actions/cache treats a hit as "nothing to save"). Two workflows that share a key but
 * install different things therefore live off whichever saved first (seed 002: a tiny `check-pr-title` cache served
 * to the `--all-extras` test workflow, which then downloaded every wheel on every run).
 *
 * `actions/cache` entries are also versioned by their `path`s (@actions/cache `getCacheVersion`), so equal keys with
 * different paths do not collide: only equal keys with equal paths are compared. `actions/setup-node` and
 * `actions/setup-go` are not checked: a lockfile install (`npm ci`, `go mod download`) fills the cache with the whole
 * lockfile whichever workflow saves it.
 */
export default defineRule({
  id: 'shared-cache-key',
  meta: {
    description:
      'Give caches that different workflows fill with different dependencies a workflow-specific key',
    category: 'waste',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      sharedKey:
        'This {{what}} cache has the same key as in {{others}}, which install{{s}} different dependencies: whichever saves first wins, and the others restore an incomplete cache and download the rest on every run.',
    },
  },
  check({ repo, report }) {
    const uses = repo.workflows.flatMap((workflow) =>
      workflow.jobs.flatMap((job) => job.steps.map((step) => cacheUse(workflow, job, step))),
    );
    const groups = new Map<string, CacheUse[]>();
    for (const use of uses) {
      if (use === undefined) continue;
      const group = groups.get(use.key) ?? [];
      group.push(use);
      groups.set(use.key, group);
    }
    for (const group of groups.values()) {
      const workflows = new Set(group.map((use) => use.workflow));
      const installs = new Set(group.map((use) => use.installs));
      // An unknown install set (a `make` target, a script) might be the same: stay silent.
      if (workflows.size < 2 || installs.size < 2 || installs.has('')) continue;
      for (const use of group) {
        const others = group.filter((other) => other.workflow !== use.workflow);
        if (others.every((other) => other.installs === use.installs)) continue;
        const names = [...new Set(others.map((other) => `\`${other.workflow.file.path}\``))];
        report({
          messageId: 'sharedKey',
          data: { what: use.what, others: names.join(', '), s: names.length === 1 ? 's' : '' },
          at: use.step.uses ?? use.step.node,
          related: others.map((other) => ({
            at: other.step.uses ?? other.step.node,
            message: `same key, installs: ${other.installs}`,
          })),
          ...fixFor(use),
        });
      }
    }
  },
});

interface CacheUse {
  readonly workflow: Workflow;
  readonly step: Step;
  readonly what: string;
  /** Everything the cache key is made of, resolved; steps with an unknown part are left out. */
  readonly key: string;
  /** What the job installs, as a normalised list of commands ('' when unknown). */
  readonly installs: string;
}

function cacheUse(workflow: Workflow, job: Job, step: Step): CacheUse | undefined {
  const name = step.action?.name;
  // Only these three have keys to compare; building contexts for every other step was most of this rule's time.
  if (name !== 'astral-sh/setup-uv' && name !== 'actions/setup-python' && name !== 'actions/cache')
    return undefined;
  const contexts = keyContexts(workflow, job, step);
  if (contexts === undefined) return undefined;
  const input = (key: string, fallback = ''): string | undefined => {
    const node = step.with?.get(key);
    if (node === undefined) return fallback;
    const value = evaluateNode(node, contexts);
    return value === UNKNOWN || typeof value === 'object'
      ? undefined
      : value === null
        ? fallback
        : String(value);
  };
  const platform = platformOf(job, contexts);
  let parts: (string | undefined)[];
  let what: string;
  if (name === 'astral-sh/setup-uv') {
    if (!uvCacheEnabled(step, input('enable-cache', 'auto'), platform)) return undefined;
    what = '`astral-sh/setup-uv`';
    // setup-uv's key: platform, arch, uv and Python versions, hash of the dependency glob, suffix (restore-cache.ts).
    parts = [
      'uv',
      platform,
      input('version'),
      input('python-version'),
      input('working-directory'),
      lines(input('cache-dependency-glob')),
      input('cache-suffix'),
      input('cache-local-path'),
      input('prune-cache', 'true'),
    ];
  } else if (name === 'actions/setup-python') {
    const type = input('cache');
    if (type === undefined || type === '') return undefined;
    what = `\`actions/setup-python\` \`${type}\``;
    parts = [
      'python',
      platform,
      input('python-version'),
      input('python-version-file'),
      type,
      lines(input('cache-dependency-path')),
    ];
  } else if (name === 'actions/cache') {
    what = '`actions/cache`';
    parts = ['cache', cacheKeyText(step, contexts), lines(input('path'))];
  } else return undefined;
  if (parts.some((part) => part === undefined)) return undefined;
  return { workflow, step, what, key: parts.join('\u0000'), installs: installsOf(job) };
}

/** The step's contexts, with `github.workflow` known (it is what makes a key workflow-specific). */
function keyContexts(workflow: Workflow, job: Job, step: Step): Contexts {
  const base = contextsFor({ workflow, job, step });
  const github = { workflow: String(workflow.name?.value ?? workflow.file.path) } satisfies Record<
    string,
    Value
  >;
  const os = runnerOs(platformOf(job, base));
  return { ...base, github, ...(os === undefined ? {} : { runner: { os } }) };
}

/** The runner the cache belongs to: hosted images by OS family, self-hosted by OS and architecture labels. */
function platformOf(job: Job, contexts: Contexts): string | undefined {
  const value = evaluateNode(job.runsOn, contexts);
  const labels = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (labels === undefined || labels.some((label) => typeof label !== 'string')) return undefined;
  const strings = (labels as string[]).map((label) => label.toLowerCase());
  const hosted =
    strings.length === 1 ? /^(ubuntu|windows|macos)-([\w.]+?)(-arm)?$/.exec(strings[0] ?? '') : null;
  if (hosted !== null)
    return `hosted:${hosted[1]}${hosted[3] ?? ''}${hosted[1] === 'macos' ? `:${hosted[2]}` : ''}`;
  // Cache keys carry the runner's OS and architecture, not its labels: `[self-hosted, linux]` and
  // `[self-hosted, linux, cuda]` share keys (seed 002). Without an OS label, the label set is all we know.
  const os = strings.find((label) => label === 'linux' || label === 'windows' || label === 'macos');
  if (strings.includes('self-hosted') && os !== undefined) {
    const arm = strings.some((label) => /^(arm64|aarch64|arm)$/.test(label));
    return `self-hosted:${os}:${arm ? 'arm64' : 'x64'}`;
  }
  return `labels:${[...strings].sort().join(',')}`;
}

/** `runner.os` for a platform, when the labels say it. */
function runnerOs(platform: string | undefined): string | undefined {
  if (platform === undefined) return undefined;
  if (/ubuntu|linux/.test(platform)) return 'Linux';
  if (/windows/.test(platform)) return 'Windows';
  if (/macos/.test(platform)) return 'macOS';
  return undefined;
}

/** setup-uv caches when asked, or (v6 and later, `enable-cache: auto`) on GitHub-hosted runners. */
function uvCacheEnabled(step: Step, enable: string | undefined, platform: string | undefined): boolean {
  if (enable === 'true') return true;
  if (enable !== 'auto') return false;
  const major = /^v?(\d+)/.exec(step.action?.ref ?? '');
  return (major === null || Number(major[1]) >= 6) && platform?.startsWith('hosted:') === true;
}

/**
 * An `actions/cache` key with its expressions resolved; `hashFiles(...)` is kept as written (same files, same hash).
 * Undefined when any part depends on something unknown (a matrix value, a step output, `github.sha` …).
 */
function cacheKeyText(step: Step, contexts: Contexts): string | undefined {
  const node = step.with?.get('key');
  if (node === undefined || node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  let text = '';
  for (const part of templateParts(node.value)) {
    if (part.literal !== undefined) {
      text += part.literal;
      continue;
    }
    const expression = part.expression ?? '';
    if (/^hashfiles\(/i.test(expression) && contextsUsed(`\${{ ${expression} }}`).size === 0) {
      text += `#${expression.replace(/\s+/g, '').replace(/"/g, "'").toLowerCase()}`;
      continue;
    }
    const value = evaluateExpression(expression, contexts);
    if (value === UNKNOWN || (typeof value === 'object' && value !== null)) return undefined;
    text += String(value ?? '');
  }
  return text;
}

function lines(text: string | undefined): string | undefined {
  return text === undefined
    ? undefined
    : text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .sort()
        .join('\n');
}

/** Package-installing commands whose arguments decide what lands in the cache. */
const INSTALL_COMMAND = /^(?:\w+=\S*\s+)*(uvx|uv|pip3?|python3?\s+-m\s+pip|poetry|pdm|pipenv)\s+(.*)$/;
const UV_SELECTING_FLAGS =
  /^--(all-extras|extra|group|all-groups|only-group|no-dev|dev|only-dev|no-default-groups|package|all-packages|with|with-requirements|python|no-group)$/;

/** The job's install commands, normalised: `uv sync --all-extras` ≠ `uv run --group docs`; argument order ignored. */
export function installsOf(job: Job): string {
  const commands = new Set<string>();
  for (const step of job.steps) {
    const script = typeof step.run?.value === 'string' ? step.run.value : '';
    for (const raw of script.replace(/\\\r?\n/g, ' ').split(/\r?\n|&&|\|\||;/)) {
      const match = INSTALL_COMMAND.exec(raw.trim().replace(/^(time|sudo)\s+/, ''));
      if (match === null) continue;
      const normalised = normaliseInstall(
        match[1]?.replace(/^python3?\s+-m\s+/, '') ?? '',
        (match[2] ?? '').split(/\s+/),
      );
      if (normalised !== undefined) commands.add(normalised);
    }
  }
  return [...commands].sort().join('; ');
}

function normaliseInstall(tool: string, args: readonly string[]): string | undefined {
  if (tool === 'uvx') return `uvx ${args.find((arg) => !arg.startsWith('-')) ?? ''}`;
  if (tool === 'uv') {
    const [sub, ...rest] = args;
    if (sub === 'sync' || sub === 'run') return `uv sync ${selectingFlags(rest).join(' ')}`.trim();
    if (sub === 'pip' && rest[0] === 'install')
      return `uv pip install ${[...rest.slice(1)].sort().join(' ')}`;
    if (sub === 'tool' && (rest[0] === 'run' || rest[0] === 'install'))
      return `uv tool ${rest.find((arg, i) => i > 0 && !arg.startsWith('-')) ?? ''}`;
    return undefined;
  }
  if (tool.startsWith('pip'))
    return args[0] === 'install' ? `pip install ${[...args.slice(1)].sort().join(' ')}` : undefined;
  // poetry, pdm, pipenv: `install` with its flags (`--with docs`, `--all-extras` …).
  return args[0] === 'install' || args[0] === 'sync'
    ? `${tool} install ${[...args.slice(1)].sort().join(' ')}`.trim()
    : undefined;
}

/** The flags of `uv sync`/`uv run` that change which packages are installed, with their values; the rest is noise. */
function selectingFlags(args: readonly string[]): string[] {
  const flags: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-')) {
      // `uv run pytest …`: what follows the command is the command's own arguments.
      if (i === 0 || !(args[i - 1] ?? '').startsWith('--')) break;
      continue;
    }
    const [flag = '', inline] = arg.split('=');
    if (!UV_SELECTING_FLAGS.test(flag)) continue;
    const takesValue = !/^--(all-extras|all-groups|no-dev|dev|only-dev|no-default-groups|all-packages)$/.test(
      flag,
    );
    flags.push(takesValue ? `${flag}=${inline ?? args[i + 1] ?? ''}` : flag);
  }
  return flags.sort();
}

function fixFor(use: CacheUse): {
  fix?: { title: string; edits: (fixer: Fixer) => TextEdit | readonly TextEdit[] };
} {
  const name = use.step.action?.name;
  if (name === 'astral-sh/setup-uv') {
    const node = use.step.node;
    return {
      fix: {
        title: 'Add `cache-suffix: ${{ github.workflow }}` so that each workflow keeps its own uv cache',
        edits: (fixer) => fixer.addStepInput(node, 'cache-suffix', '${{ github.workflow }}') ?? [],
      },
    };
  }
  const key = use.step.with?.get('key');
  if (name === 'actions/cache' && key?.kind === 'scalar' && key.style !== 'block') {
    const offset = key.style === 'plain' ? key.range.start : key.range.start + 1;
    return {
      fix: {
        title:
          'Prefix the cache `key` with `${{ github.workflow }}-` so that each workflow keeps its own cache',
        edits: (fixer) =>
          fixer.insertBefore({ file: key.range.file, start: offset, end: offset }, '${{ github.workflow }}-'),
      },
    };
  }
  // setup-python has no suffix input: the fix is a switch to actions/cache, a choice left to the user.
  return {};
}
