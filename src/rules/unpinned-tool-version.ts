import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import { combinationsOf, contextsFor, evaluateNode } from '../workflow/contexts.ts';
import type { Job, PinnedTool, Repository, Step, Workflow } from '../workflow/model.ts';
import { isRunnerImage, uvRequiredVersion } from '../workflow/pinned-tools.ts';
import { asMap, scalarString } from '../workflow/yaml-tree.ts';

interface SetupAction {
  readonly action: string;
  readonly tool: string;
  readonly toolName: string;
  /** The input that takes a version, and the one that takes a file (from `fileSince` on). */
  readonly versionInput: string;
  readonly fileInput: string;
  readonly fileSince: number;
  /** Version files (by base name) the file input understands. */
  readonly readableFiles: ReadonlySet<string>;
  /** Whether the action already follows the pin by itself when given neither input. */
  readonly resolvesByItself: (step: Step, repo: Repository, pin: PinnedTool) => boolean;
  /** Whether the step's own cache key contains the tool version (so a new release starts a cold cache). */
  readonly cacheKeyHasVersion: (step: Step) => boolean;
}

const never = (): boolean => false;

/**
 * The setup actions that float when given no version. Absent on purpose, because they cannot float:
 * `actions/setup-java` (`java-version` is required), `ruby/setup-ruby` (reads `.ruby-version`/`.tool-versions` by
 * itself and fails without one), `pnpm/action-setup` (reads `packageManager` and fails without it or `version`),
 * `jdx/mise-action` (is `.tool-versions`' own reader) and rustup, which follows `rust-toolchain.toml` by itself.
 */
const SETUP_ACTIONS: readonly SetupAction[] = [
  {
    // From v5, setup-uv reads `required-version` from uv.toml / pyproject.toml (action.yml: `version` "Defaults to the
    // version in pyproject.toml or 'latest'"); a runner image or `.tool-versions` pin it does not see.
    action: 'astral-sh/setup-uv',
    tool: 'uv',
    toolName: 'uv',
    versionInput: 'version',
    fileInput: 'version-file',
    fileSince: 5,
    readableFiles: new Set(['.tool-versions', 'pyproject.toml', 'uv.toml']),
    resolvesByItself: (step, repo) => majorVersion(step) >= 5 && exactUvRequirement(step, repo) !== undefined,
    // The key holds platform, Python version, dependency hash and suffix, not the uv version (restore-cache.ts).
    cacheKeyHasVersion: never,
  },
  {
    // Since v4, setup-python reads `.python-version` at the workspace root when given neither input.
    action: 'actions/setup-python',
    tool: 'python',
    toolName: 'Python',
    versionInput: 'python-version',
    fileInput: 'python-version-file',
    fileSince: 4,
    readableFiles: new Set(['.python-version', '.tool-versions']),
    resolvesByItself: (step, _repo, pin) =>
      pin.at.range.file.path === '.python-version' && majorVersion(step) >= 4,
    // `setup-python-<os>-<arch>-python-<version>-<manager>-<hash>` (src/cache-distributions).
    cacheKeyHasVersion: (step) => (scalarString(step.with?.get('cache')) ?? '') !== '',
  },
  {
    // setup-node reads no file by default: without `node-version` it uses whatever `node` is on the PATH.
    action: 'actions/setup-node',
    tool: 'node',
    toolName: 'Node.js',
    versionInput: 'node-version',
    fileInput: 'node-version-file',
    fileSince: 3,
    readableFiles: new Set(['.nvmrc', '.node-version', '.tool-versions']),
    resolvesByItself: never,
    // `node-cache-<os>-<arch>-<manager>-<hash>`: no Node.js version.
    cacheKeyHasVersion: never,
  },
  {
    // Without `go-version`, setup-go uses the Go on the runner image's PATH.
    action: 'actions/setup-go',
    tool: 'go',
    toolName: 'Go',
    versionInput: 'go-version',
    fileInput: 'go-version-file',
    fileSince: 4,
    readableFiles: new Set(['.go-version', '.tool-versions']),
    resolvesByItself: never,
    // `setup-go-<os>-<arch>-go-<version>-<hash>`, and `cache` is on by default from v4.
    cacheKeyHasVersion: (step) =>
      majorVersion(step) >= 4 ? scalarString(step.with?.get('cache')) !== 'false' : false,
  },
  {
    // setup-bun v2 reads `packageManager` (then `engines.bun`) from package.json by itself, else installs latest.
    action: 'oven-sh/setup-bun',
    tool: 'bun',
    toolName: 'Bun',
    versionInput: 'bun-version',
    fileInput: 'bun-version-file',
    fileSince: 2,
    readableFiles: new Set(['.bun-version', '.tool-versions', 'package.json']),
    resolvesByItself: (step, repo) =>
      majorVersion(step) >= 2 &&
      repo.pinnedTools.some((pin) => pin.tool === 'bun' && pin.at.range.file.path === 'package.json'),
    cacheKeyHasVersion: never,
  },
  {
    // setup-deno installs its default release line without `deno-version`; `.dvmrc` it reads only when told.
    action: 'denoland/setup-deno',
    tool: 'deno',
    toolName: 'Deno',
    versionInput: 'deno-version',
    fileInput: 'deno-version-file',
    fileSince: 2,
    readableFiles: new Set(['.dvmrc', '.tool-versions']),
    resolvesByItself: never,
    cacheKeyHasVersion: never,
  },
];

/** Dedicated version files first, then `.tool-versions` and `package.json`, then runner images. */
const PIN_PREFERENCE = (pin: PinnedTool): number => {
  const base = baseName(pin.at.range.file.path);
  if (base === '.tool-versions' || base === 'package.json') return 1;
  if (base.startsWith('.')) return 0;
  return 2;
};

export default defineRule({
  id: 'unpinned-tool-version',
  meta: {
    description: 'Pin the version a setup action installs to the one the repository pins for CI',
    category: 'correctness',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      unpinned:
        '`{{action}}` sets no `{{input}}` and installs whatever {{tool}} version it resolves, while `{{where}}` pins {{version}}: CI tests another version than the pinned one.',
      unpinnedCache:
        '`{{action}}` sets no `{{input}}` and installs whatever {{tool}} version it resolves, while `{{where}}` pins {{version}}: CI tests another version than the pinned one, and since its cache key holds the version, every new {{tool}} release starts from a cold cache.',
      unpinnedRunnerImage:
        '`{{action}}` sets no `{{input}}` and installs whatever {{tool}} version it resolves, while the runner image `{{where}}` pins {{version}}: CI runs another version than the image was built for, and what the image installs or caches for {{version}} goes unused.',
    },
  },
  check({ repo, report }) {
    const steps = [
      ...repo.workflows.flatMap((w) => w.jobs.flatMap((job) => job.steps)),
      ...[...repo.actions.values()].flatMap((a) => a.steps),
    ];
    const pinsByTool = new Map<string, PinnedTool[]>();
    for (const pin of repo.pinnedTools.filter((candidate) => countsForCi(candidate, repo))) {
      pinsByTool.set(pin.tool, [...(pinsByTool.get(pin.tool) ?? []), pin]);
    }
    pinsByTool.set('uv', [...(pinsByTool.get('uv') ?? []), ...uvRequirements(repo)]);
    for (const step of steps) {
      const setup = SETUP_ACTIONS.find((candidate) => candidate.action === step.action?.name);
      const uses = step.uses;
      if (setup === undefined || uses === undefined) continue;
      if (hasInput(step, setup.versionInput) || hasInput(step, setup.fileInput)) continue;
      const selfHosted = runsOnSelfHosted(step, repo);
      // A runner image pins only for jobs that run on it; a version file, for every job.
      const pins = (pinsByTool.get(setup.tool) ?? []).filter((pin) => selfHosted || !isDockerfilePin(pin));
      const pin = [...pins].sort((a, b) => PIN_PREFERENCE(a) - PIN_PREFERENCE(b))[0];
      if (pin === undefined || setup.resolvesByItself(step, repo, pin)) continue;
      const disagreeing = pins.filter((other) => other.version !== pin.version);
      const file = pin.at.range.file.path;
      const viaFile =
        setup.readableFiles.has(baseName(file)) &&
        !file.includes('/') &&
        majorVersion(step) >= setup.fileSince;
      const workflow = step.job.workflow as Workflow | undefined;
      const literal = JSON.stringify(pin.version);
      const envName = `${setup.tool.toUpperCase()}_VERSION`;
      const envPlan =
        viaFile || workflow === undefined ? undefined : workflowEnvPlan(workflow, envName, literal);
      const [input, value] = viaFile
        ? [setup.fileInput, file]
        : envPlan !== undefined
          ? // `{`, `}` are indicators inside a flow mapping, so the expression is quoted there.
            [setup.versionInput, inFlow(step) ? `"\${{ env.${envName} }}"` : `\${{ env.${envName} }}`]
          : [setup.versionInput, literal];
      const fix = {
        title:
          (viaFile
            ? `Add \`${input}: ${value}\` to the \`${setup.action}\` step`
            : envPlan !== undefined
              ? `Set \`${envName}: ${literal}\` once in the workflow's \`env\` and add \`${input}: ${value}\` to the \`${setup.action}\` step`
              : `Add \`${input}: ${value}\` to the \`${setup.action}\` step`) +
          (disagreeing.length > 0
            ? ` (review: ${disagreeing.map((other) => `\`${other.at.range.file.path}\` pins ${other.version}`).join(', ')})`
            : ''),
        // Pins that disagree leave the choice to a human.
        unsafe: disagreeing.length > 0,
        edits: (fixer: Fixer): TextEdit[] => {
          const edit = fixer.addStepInput(step.node, input, value);
          if (edit === undefined) return [];
          return envPlan === undefined ? [edit] : [...envPlan(fixer), edit];
        },
      };
      const runnerImage = isDockerfilePin(pin);
      report({
        messageId: runnerImage
          ? 'unpinnedRunnerImage'
          : setup.cacheKeyHasVersion(step)
            ? 'unpinnedCache'
            : 'unpinned',
        data: {
          action: setup.action,
          input: setup.versionInput,
          tool: setup.toolName,
          where: file,
          version: pin.version,
        },
        at: uses,
        related: pins.map((other) => ({
          at: other.at,
          message: `${setup.toolName} ${other.version} pinned here`,
        })),
        // `with:` present but empty or not a mapping: an edit would have to rewrite it; report without a fix.
        ...(canAddInput(step) ? { fix } : {}),
      });
    }
  },
});

function inFlow(step: Step): boolean {
  const existing = step.node.pair('with')?.value;
  return step.node.flow || (existing?.kind === 'map' && existing.flow);
}

/** Whether `Fixer.addStepInput` can add to the step (`with:` absent or a mapping). */
function canAddInput(step: Step): boolean {
  const existing = step.node.pair('with');
  return existing === undefined || existing.value.kind === 'map';
}

/**
 * A pin CI depends on: a version file or `.tool-versions` at the root (where the setup actions look), the root
 * `package.json`, or a self-hosted runner image's Dockerfile. A product image's pin (`COPY --from=ghcr.io/astral-sh/
 * uv:X` in the app's Dockerfile) is what that image ships, not what CI runs.
 */
function countsForCi(pin: PinnedTool, repo: Repository): boolean {
  const path = pin.at.range.file.path;
  if (!isDockerfilePin(pin)) return !path.includes('/');
  const dockerfile = repo.dockerfiles.find((candidate) => candidate.file.path === path);
  return dockerfile !== undefined && isRunnerImage(dockerfile);
}

function isDockerfilePin(pin: PinnedTool): boolean {
  const base = baseName(pin.at.range.file.path);
  return !base.startsWith('.') && base !== 'package.json' && base !== 'pyproject.toml' && base !== 'uv.toml';
}

/** Exact `required-version` pins in the root uv.toml / pyproject.toml, as pins (setup-uv v5+ follows them itself). */
function uvRequirements(repo: Repository): PinnedTool[] {
  const pins: PinnedTool[] = [];
  for (const path of ['uv.toml', 'pyproject.toml']) {
    const text = repo.readText(path);
    const required = text === undefined ? undefined : uvRequiredVersion(path, text);
    const exact = required === undefined ? undefined : exactVersion(required);
    if (text === undefined || required === undefined || exact === undefined) continue;
    const start = text.indexOf(required);
    pins.push({
      tool: 'uv',
      version: exact,
      at: { value: exact, range: { file: { path, text }, start, end: start + required.length } },
    });
  }
  return pins;
}

/** The exact `required-version` that setup-uv would install for the step's working directory. */
function exactUvRequirement(step: Step, repo: Repository): string | undefined {
  const dir = workingDirectory(step);
  for (const name of ['uv.toml', 'pyproject.toml']) {
    const path = dir === '' ? name : `${dir}/${name}`;
    const text = repo.readText(path);
    const required = text === undefined ? undefined : uvRequiredVersion(path, text);
    // With a range (`>=0.11`) setup-uv installs the newest match, which still floats away from a runner image.
    if (required !== undefined) return exactVersion(required);
  }
  return undefined;
}

function exactVersion(required: string): string | undefined {
  return /^(==\s*)?(\d+(\.\d+)*)$/.exec(required.trim())?.[2];
}

/**
 * Whether the step's job runs on a self-hosted runner, where a runner image is what CI runs on. A step of a local
 * action counts when any job that uses the action does. An expression we cannot evaluate counts as hosted.
 */
function runsOnSelfHosted(step: Step, repo: Repository): boolean {
  const workflow = step.job.workflow as Workflow | undefined;
  if (workflow !== undefined) return jobSelfHosted(step.job, workflow);
  const dir = [...repo.actions.entries()].find(([, action]) => action.steps.includes(step))?.[0];
  return repo.workflows.some((w) =>
    w.jobs.some(
      (job) =>
        job.steps.some(
          (s) => s.action?.local === true && s.action.name.replace(/^\.\//, '').replace(/\/$/, '') === dir,
        ) && jobSelfHosted(job, w),
    ),
  );
}

function jobSelfHosted(job: Job, workflow: Workflow): boolean {
  const map = asMap(job.runsOn);
  // `runs-on: { group: … }` without labels: a runner group, self-hosted or a larger runner with its own image.
  if (map !== undefined && !map.has('labels')) return true;
  const node = map === undefined ? job.runsOn : map.get('labels');
  return combinationsOf(job).some((combination) => {
    const value = evaluateNode(node, contextsFor({ workflow, job, combination }));
    const labels = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    if (labels.length === 0 || labels.some((label) => typeof label !== 'string')) return false;
    return (labels as string[]).every((label) => !/^(ubuntu|windows|macos)-/i.test(label));
  });
}

/**
 * Edits that put `NAME: "x"` in the workflow's `env` (one source for every step of the workflow; identical edits
 * from several findings are applied once). Undefined when the workflow already sets NAME to something else.
 */
function workflowEnvPlan(
  workflow: Workflow,
  name: string,
  literal: string,
): ((fixer: Fixer) => TextEdit[]) | undefined {
  const existing = workflow.env.vars.get(name);
  if (existing !== undefined)
    return JSON.stringify(scalarString(existing.value)) === literal ? () => [] : undefined;
  const envNode = workflow.env.node;
  const jobsKey = workflow.jobsKey;
  if (envNode !== undefined) return (fixer) => [fixer.addToMap(envNode, name, literal)];
  if (jobsKey === undefined || workflow.root.pair('env') !== undefined) return undefined;
  return (fixer) => [fixer.insertLinesBefore(jobsKey, `env:\n  ${name}: ${literal}\n\n`)];
}

function hasInput(step: Step, name: string): boolean {
  return step.with?.has(name) === true;
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

function workingDirectory(step: Step): string {
  const text = scalarString(step.with?.get('working-directory')) ?? '';
  return text.includes('${{') ? '' : text.replace(/^\.\/?/, '').replace(/\/$/, '');
}

/** The major version of `uses: owner/repo@vN…`; a SHA or branch is taken to be current. */
function majorVersion(step: Step): number {
  const match = /^v?(\d+)/.exec(step.action?.ref ?? '');
  return match === null ? Number.POSITIVE_INFINITY : Number(match[1]);
}
