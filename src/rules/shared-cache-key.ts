import { defineRule } from '../engine/define-rule.ts';
import type { Report } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import { combinationsOf, contextsFor, evaluateNode } from '../workflow/contexts.ts';
import { contextsUsed, evaluateExpression, templateParts, UNKNOWN } from '../workflow/expressions.ts';
import type { Contexts, Value } from '../workflow/expressions.ts';
import { buildContexts, expandShellWord, imageBuildsOfJob } from '../workflow/image-builds.ts';
import type { ImageBuild } from '../workflow/image-builds.ts';
import type { Job, LNode, Range, Repository, Step, Workflow } from '../workflow/model.ts';

type MessageId = 'sharedKey' | 'sharedLayerScope';

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
      'Give caches that different workflows, jobs or images fill with different content a key or scope of their own',
    category: 'waste',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      sharedKey:
        'This {{what}} cache has the same key as in {{others}}, which install{{s}} different dependencies: whichever saves first wins, and the others restore an incomplete cache and download the rest on every run.',
      sharedLayerScope:
        "This build of `{{image}}` writes its `type=gha` layer cache to scope `{{scope}}`, as does the build of {{others}}: each export replaces the scope's cache manifest, so each build finds only the layers the images share and rebuilds the rest.",
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
      const installs = new Set(group.map((use) => use.installs));
      // An unknown install set (a `make` target, a script) might be the same: stay silent.
      if (installs.size < 2 || installs.has('')) continue;
      for (const use of group) {
        // Steps of one job (a matrix's shards included) install the same things.
        const others = group.filter((other) => other.job !== use.job && other.installs !== use.installs);
        if (others.length === 0) continue;
        const names = [...new Set(others.map((other) => describeJob(other, use)))];
        report({
          messageId: 'sharedKey',
          data: { what: use.what, others: names.join(', '), s: names.length === 1 ? 's' : '' },
          at: use.step.uses ?? use.step.node,
          related: others.map((other) => ({
            at: other.step.uses ?? other.step.node,
            message: `same key, installs: ${other.installs}`,
          })),
          ...fixFor(
            use,
            others.some((other) => other.workflow === use.workflow),
            others.some((other) => other.workflow !== use.workflow),
          ),
        });
      }
    }
    reportSharedLayerScopes(repo, report);
  },
});

/** `job `lint`` in the same workflow, `` `path` (job `lint`) `` in another. */
function describeJob(other: CacheUse, use: CacheUse): string {
  return other.workflow === use.workflow
    ? `job \`${other.job.id}\``
    : `\`${other.workflow.file.path}\` (job \`${other.job.id}\`)`;
}

interface CacheUse {
  readonly workflow: Workflow;
  readonly job: Job;
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
    // `uv cache prune --ci` (on by default) keeps only wheels built from source: the downloads every workflow
    // repeats are never in the cache, so what a shared key loses cannot be told from the workflow (seed 002: a
    // pruned --all-extras cache was ~2 MB).
    if (input('prune-cache', 'true') !== 'false' || input('save-cache', 'true') === 'false') return undefined;
    what = '`astral-sh/setup-uv`';
    // setup-uv's key: arch, platform and OS version, the Python version (the input, else what `uv python find`
    // resolves), pruning, the hash of the dependency glob and the suffix (src/cache/restore-cache.ts).
    parts = [
      'uv',
      platform,
      input('python-version') || uvPython(job, step, contexts),
      input('working-directory'),
      lines(input('cache-dependency-glob')),
      input('cache-suffix'),
      input('cache-local-path'),
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
  return { workflow, job, step, what, key: parts.join('\u0000'), installs: installsOf(job) };
}

/** The step's contexts, with `github.workflow` known (it is what makes a key workflow-specific). */
function keyContexts(workflow: Workflow, job: Job, step: Step): Contexts {
  const base = contextsFor({ workflow, job, step });
  const github = {
    workflow: String(workflow.name?.value ?? workflow.file.path),
    job: job.id,
  } satisfies Record<string, Value>;
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
  // setup-uv keys by the OS version too (`getOSNameVersion`); `-latest` is the current image.
  if (hosted !== null) {
    const version = hosted[1] === 'ubuntu' && hosted[2] === 'latest' ? '24.04' : hosted[2];
    return `hosted:${hosted[1]}${hosted[3] ?? ''}:${version}`;
  }
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

type FixPart = {
  fix?: { title: string; edits: (fixer: Fixer) => TextEdit | readonly TextEdit[] };
};

/**
 * `${{ github.workflow }}` separates workflows and `${{ github.job }}` the jobs of one workflow (issue 8: a
 * `cache-suffix: ${{ github.workflow }}` leaves two jobs of one workflow on one key).
 */
function fixFor(use: CacheUse, sameWorkflow: boolean, otherWorkflow: boolean): FixPart {
  const name = use.step.action?.name;
  const parts = [
    ...(otherWorkflow ? ['${{ github.workflow }}'] : []),
    ...(sameWorkflow ? ['${{ github.job }}'] : []),
  ];
  const separate = sameWorkflow ? 'each job' : 'each workflow';
  if (name === 'astral-sh/setup-uv') {
    const node = use.step.node;
    const existing = use.step.with?.get('cache-suffix');
    if (existing === undefined) {
      const withNode = use.step.with;
      // `{` and `}` are indicators inside a flow mapping, so the expression is quoted there.
      const flow = node.flow || withNode?.flow === true;
      const value = flow ? `"${parts.join('-')}"` : parts.join('-');
      return {
        fix: {
          title: `Add \`cache-suffix: ${value}\` so that ${separate} keeps its own uv cache`,
          edits: (fixer) => fixer.addStepInput(node, 'cache-suffix', value) ?? [],
        },
      };
    }
    // The suffix already tells workflows apart; only the job is missing.
    const end = scalarContentEnd(existing);
    if (end === undefined || !sameWorkflow) return {};
    return {
      fix: {
        title: `Append \`-\${{ github.job }}\` to \`cache-suffix\` so that each job keeps its own uv cache`,
        edits: (fixer) =>
          fixer.insertBefore({ file: existing.range.file, start: end, end }, '-${{ github.job }}'),
      },
    };
  }
  const key = use.step.with?.get('key');
  if (name === 'actions/cache' && key?.kind === 'scalar' && key.style !== 'block') {
    const offset = key.style === 'plain' ? key.range.start : key.range.start + 1;
    const prefix = `${parts.join('-')}-`;
    return {
      fix: {
        title: `Prefix the cache \`key\` with \`${prefix}\` so that ${separate} keeps its own cache`,
        edits: (fixer) => fixer.insertBefore({ file: key.range.file, start: offset, end: offset }, prefix),
      },
    };
  }
  // setup-python has no suffix input: the fix is a switch to actions/cache, a choice left to the user.
  return {};
}

/** Where the text of a one-line plain or quoted scalar ends (before its closing quote). */
function scalarContentEnd(node: LNode): number | undefined {
  if (node.kind !== 'scalar' || node.style === 'block') return undefined;
  return node.style === 'plain' ? node.range.end : node.range.end - 1;
}

/**
 * The Python version setup-uv keys by when given no `python-version`: `uv python find` honours `UV_PYTHON`, then
 * finds the interpreter a preceding `actions/setup-python` put on the PATH, else the runner's own.
 */
function uvPython(job: Job, step: Step, contexts: Contexts): string | undefined {
  const env = contexts.env as Readonly<Record<string, Value>> | null | undefined;
  const uvPythonEnv = env?.UV_PYTHON;
  if (uvPythonEnv !== undefined) return typeof uvPythonEnv === 'string' ? `env:${uvPythonEnv}` : undefined;
  const setups = job.steps
    .slice(0, step.index)
    .filter((candidate) => candidate.action?.name === 'actions/setup-python');
  const setup = setups[setups.length - 1];
  if (setup === undefined) return 'runner';
  const version = setup.with?.get('python-version');
  const file = setup.with?.get('python-version-file');
  const value = evaluateNode(version ?? file, contexts);
  if (value === UNKNOWN || typeof value === 'object') return undefined;
  if (value === null) return version === undefined && file === undefined ? 'file:.python-version' : undefined;
  // Two steps that read the same file resolve the same version.
  return version !== undefined ? `python:${String(value)}` : `file:${String(value)}`;
}

// ---- Docker `type=gha` layer caches ----

interface LayerCacheWrite {
  readonly build: ImageBuild;
  readonly job: Job;
  /** The image the build makes: its Dockerfile and target. */
  readonly image: string;
  readonly dockerfile: string;
  readonly scope: string;
}

/**
 * A `type=gha` cache export writes one manifest per `scope` (default `buildkit`); the next export to the scope
 * replaces it (https://docs.docker.com/build/cache/backends/gha/#scope). Builds of different Dockerfiles that share
 * a scope therefore replace each other's manifest, and each finds only the layers they happen to share. Builds of
 * one Dockerfile may share a scope on purpose (a build job and a release job of one image), and are left alone.
 */
function reportSharedLayerScopes(repo: Repository, report: (report: Report<MessageId>) => void): void {
  const writes: LayerCacheWrite[] = [];
  for (const workflow of repo.workflows)
    for (const job of workflow.jobs)
      for (const build of imageBuildsOfJob(job, repo)) writes.push(...layerCacheWrites(build, job));
  const byScope = new Map<string, LayerCacheWrite[]>();
  for (const write of writes) byScope.set(write.scope, [...(byScope.get(write.scope) ?? []), write]);
  for (const [scope, group] of byScope) {
    if (new Set(group.map((write) => write.image)).size < 2) continue;
    const names = scopeNames(group);
    const reported = new Set<ImageBuild>();
    for (const write of group) {
      if (reported.has(write.build)) continue;
      reported.add(write.build);
      const others = group.filter((other) => other.image !== write.image);
      const images = [...new Set(others.map((other) => `\`${other.image}\``))];
      const name = names.get(write.image);
      report({
        messageId: 'sharedLayerScope',
        data: { image: write.image, scope, others: images.join(', ') },
        at: write.build.at,
        related: others.map((other) => ({
          at: other.build.at,
          message: `also writes scope \`${scope}\`: ${other.image}`,
        })),
        ...(name === undefined ? {} : scopeFix(write.build, name)),
      });
    }
  }
}

/** The scope writes of one build, one per matrix combination whose inputs can be read. */
function layerCacheWrites(build: ImageBuild, job: Job): LayerCacheWrite[] {
  if (build.tool !== 'docker/build-push-action' && build.tool !== 'docker buildx build') return [];
  const writes = new Map<string, LayerCacheWrite>();
  for (const combination of combinationsOf(job)) {
    const contexts = buildContexts(build, job, undefined, combination);
    const value = (name: string): string | undefined => {
      const inputs = build.inputs.get(name);
      if (inputs === undefined) return '';
      const values = inputs.map((input) =>
        input.node === undefined ? expandShellWord(input.text, contexts) : evaluateNode(input.node, contexts),
      );
      if (values.some((v) => v === UNKNOWN || (typeof v === 'object' && v !== null))) return undefined;
      return values.map((v) => String(v ?? '')).join('\n');
    };
    const cacheTo = value('cache-to');
    const file = value('file');
    const context = value('context');
    const target = value('target');
    if (cacheTo === undefined || file === undefined || context === undefined || target === undefined)
      continue;
    // A `docker buildx build` context is a positional word ciscope does not map: only `-f` names its Dockerfile.
    if (build.tool === 'docker buildx build' && file === '') continue;
    const dockerfile = normalisePath(file === '' ? `${context === '' ? '.' : context}/Dockerfile` : file);
    if (dockerfile === undefined) continue;
    const image = target === '' ? dockerfile : `${dockerfile} (target ${target})`;
    for (const entry of cacheTo.split(/\n|(?=\btype=)/)) {
      const fields = entry.trim().replace(/,$/, '').split(',');
      if (!fields.includes('type=gha')) continue;
      const scope = fields.find((field) => field.startsWith('scope='))?.slice('scope='.length) ?? 'buildkit';
      writes.set(`${image}\0${scope}`, { build, job, image, dockerfile, scope });
    }
  }
  return [...writes.values()];
}

function normalisePath(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.trim().split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return undefined;
    } else parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.join('/');
}

/**
 * A scope per image, named after its Dockerfile (`worker/Dockerfile` → `worker`, `Dockerfile.test` → `test`,
 * `docker/api.Dockerfile` → `api`) and target; the full path where two names would clash.
 */
function scopeNames(group: readonly LayerCacheWrite[]): ReadonlyMap<string, string> {
  const short = (write: LayerCacheWrite): string => {
    const parts = write.dockerfile.split('/');
    const base = parts[parts.length - 1] ?? '';
    const stem =
      /^Dockerfile\.(.+)$/.exec(base)?.[1] ??
      /^(.+)\.Dockerfile$/.exec(base)?.[1] ??
      (parts.length > 1 ? parts[parts.length - 2] : undefined) ??
      'image';
    const target = /\(target (.+)\)$/.exec(write.image)?.[1];
    return slug(target === undefined ? stem : `${stem}-${target}`);
  };
  const names = new Map<string, string>();
  const images = [...new Map(group.map((write) => [write.image, write])).values()];
  for (const write of images) {
    const clash = images.some((other) => other.image !== write.image && short(other) === short(write));
    names.set(write.image, clash ? slug(write.image) : short(write));
  }
  return names;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Adds `scope=<name>` to every scope-less `type=gha` entry of the step's `cache-to` and `cache-from`, so that the
 * build reads back what it writes. Only literal `with:` values of a `docker/build-push-action` step are edited.
 */
function scopeFix(build: ImageBuild, name: string): FixPart {
  if (build.tool !== 'docker/build-push-action') return {};
  // A Dockerfile chosen per matrix shard needs a scope per shard, which one literal cannot give.
  if (['file', 'context', 'target'].some((input) => build.inputs.get(input)?.[0]?.text.includes('${{')))
    return {};
  const nodes = ['cache-to', 'cache-from']
    .map((input) => build.step.with?.get(input))
    .filter((node): node is LNode => node !== undefined);
  const inserts: { range: Range; offset: number }[] = [];
  for (const node of nodes) {
    if (node.kind !== 'scalar' || typeof node.value !== 'string' || node.value.includes('${{')) return {};
    const source = node.range.file.text.slice(node.range.start, node.range.end);
    for (const match of source.matchAll(/type=gha[^\n"']*/g)) {
      const entry = match[0].replace(/\s+$/, '');
      if (/(^|,)\s*scope=/.test(entry)) continue;
      const offset = node.range.start + (match.index ?? 0) + entry.length;
      inserts.push({ range: node.range, offset });
    }
  }
  if (inserts.length === 0) return {};
  return {
    fix: {
      title: `Add \`scope=${name}\` to the step's \`type=gha\` cache entries so that this image keeps its own layer cache`,
      edits: (fixer) =>
        inserts.map(({ range, offset }) =>
          fixer.insertBefore({ file: range.file, start: offset, end: offset }, `,scope=${name}`),
        ),
    },
  };
}
