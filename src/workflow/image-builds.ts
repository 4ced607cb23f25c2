/**
 * The image builds of a job: `docker/build-push-action` and `docker/bake-action` steps and `docker … build` /
 * `bake` commands in `run:` scripts (also inside local composite actions), with their inputs, the runner's
 * architecture, the platforms a build targets per trigger, and whether the build varies across matrix shards.
 */
import { findBuildCommands, simpleCommands } from './build-commands.ts';
import type { BuildCommand, CommandTool } from './build-commands.ts';
import { combinationsOf, contextsFor, evaluateNode } from './contexts.ts';
import {
  coerceString,
  contextsUsed,
  evaluateExpression,
  evaluateTemplate,
  templateParts,
  truthy,
  UNKNOWN,
} from './expressions.ts';
import type { Contexts, Unknown, Value } from './expressions.ts';
import type {
  EnvBlock,
  Job,
  LocalAction,
  Repository,
  Step,
  Trigger,
  Workflow,
  WorkflowInput,
} from './model.ts';
import type { Range } from './source.ts';
import { asMap, LSeq, toPlain } from './yaml-tree.ts';
import type { LNode } from './yaml-tree.ts';

export type BuildTool = 'docker/build-push-action' | 'docker/bake-action' | CommandTool;

export interface BuildInput {
  /** As written: a `with:` value (may hold `${{ }}`) or one shell word. */
  readonly text: string;
  /** The `with:` value node of an action input; undefined for shell words. */
  readonly node: LNode | undefined;
}

export interface ImageBuild {
  readonly tool: BuildTool;
  /** The step that builds: a step of the job, or a step of a local composite action the job uses. */
  readonly step: Step;
  /** The job's own step: `step` itself, or the `uses: ./path` step that runs the composite action. */
  readonly jobStep: Step;
  /** The local composite action that holds `step`, when there is one. */
  readonly action: LocalAction | undefined;
  /** Where to report: the `uses:` value, or the command's first word inside the `run:` script. */
  readonly at: { readonly range: Range };
  /** Inputs by build-push-action name (`context`, `file`, `platforms`, `tags` …); flags map onto the same names. */
  readonly inputs: ReadonlyMap<string, readonly BuildInput[]>;
  /** How many build commands the same `run:` script holds (1 for action steps). */
  readonly commandsInScript: number;
  /** The offset of a build command's first word in its `run:` script; undefined for action steps. */
  readonly commandOffset: number | undefined;
}

export type Architecture = 'amd64' | 'arm64' | 'unknown';

/** The inputs that decide which image a build produces (the ones a matrix would vary for different images). */
export const IMAGE_DEFINING_INPUTS = [
  'context',
  'file',
  'target',
  'build-args',
  'platforms',
  'tags',
  'build-contexts',
  'targets',
  'files',
  'set',
  'source',
  'services',
  'project-directory',
  'env-files',
  'profiles',
] as const;

const ACTION_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'docker/build-push-action': [
    'context',
    'file',
    'target',
    'build-args',
    'build-contexts',
    'platforms',
    'tags',
    'outputs',
    'cache-from',
    'cache-to',
    'push',
    'load',
    'no-cache',
    'call',
  ],
  'docker/bake-action': ['targets', 'files', 'set', 'source', 'push', 'load', 'no-cache', 'workdir', 'call'],
};

/** Every image build of a job, in step order, including those inside local composite actions. */
export function imageBuildsOfJob(job: Job, repo: Repository): readonly ImageBuild[] {
  const cached = buildsByJob.get(job);
  if (cached !== undefined && cached.repo === repo) return cached.builds;
  const builds = findImageBuilds(job, repo);
  buildsByJob.set(job, { repo, builds });
  return builds;
}

/**
 * Four rules ask for the builds of every job; tokenising each `run:` script once per lint instead of once per rule
 * was a sixth of the rule pack's time on the corpus. The model is immutable, so the result is shared (read-only).
 */
const buildsByJob = new WeakMap<Job, { readonly repo: Repository; readonly builds: readonly ImageBuild[] }>();

function findImageBuilds(job: Job, repo: Repository): readonly ImageBuild[] {
  const builds: ImageBuild[] = [];
  for (const step of job.steps) {
    builds.push(...buildsOfStep(step, step, undefined));
    const action = localAction(step, repo);
    if (action?.using === 'composite') {
      for (const inner of action.steps) builds.push(...buildsOfStep(inner, step, action));
    }
  }
  return builds;
}

/** The local action a step runs, when it is one the repository holds. */
export function localAction(step: Step, repo: Repository): LocalAction | undefined {
  if (step.action?.local !== true) return undefined;
  return repo.actions.get(step.action.name.replace(/^\.\//, '').replace(/\/$/, ''));
}

function buildsOfStep(step: Step, jobStep: Step, action: LocalAction | undefined): ImageBuild[] {
  const name = step.action?.name;
  if (name !== undefined && step.uses !== undefined && Object.hasOwn(ACTION_INPUTS, name)) {
    const inputs = new Map<string, BuildInput[]>();
    for (const input of ACTION_INPUTS[name] ?? []) {
      const node = step.with?.get(input);
      if (node !== undefined) inputs.set(input, [{ text: nodeText(node), node }]);
    }
    const call = inputs.get('call')?.[0]?.text.trim();
    if (call !== undefined && call !== '' && call !== 'build') return [];
    return [
      {
        tool: name as BuildTool,
        step,
        jobStep,
        action,
        at: step.uses,
        inputs,
        commandsInScript: 1,
        commandOffset: undefined,
      },
    ];
  }
  const run = step.run;
  if (run === undefined || typeof run.value !== 'string') return [];
  const commands = findBuildCommands(run.value);
  const locate = commandLocator(run.range, run.value);
  return commands.map((command) => ({
    tool: command.tool,
    step,
    jobStep,
    action,
    at: { range: locate(command) },
    inputs: shellInputs(command),
    commandsInScript: commands.length,
    commandOffset: command.offset,
  }));
}

function shellInputs(command: BuildCommand): ReadonlyMap<string, readonly BuildInput[]> {
  const inputs = new Map<string, BuildInput[]>();
  for (const [name, values] of command.inputs)
    inputs.set(
      name,
      values.map((text) => ({ text, node: undefined })),
    );
  return inputs;
}

function nodeText(node: LNode): string {
  if (node.kind === 'scalar') return node.value === null ? '' : String(node.value);
  if (node instanceof LSeq) return node.items.map(nodeText).join('\n');
  return JSON.stringify(toPlain(node));
}

/**
 * Maps a command's offset in the script value to the source: the value of a block scalar drops indentation, so the
 * command's line is searched for in the scalar's source text, after the previous command found.
 */
function commandLocator(scalar: Range, script: string): (command: BuildCommand) => Range {
  const source = scalar.file.text.slice(scalar.start, scalar.end);
  let cursor = 0;
  return (command) => {
    const lineStart = script.lastIndexOf('\n', command.offset - 1) + 1;
    const lineEnd = script.indexOf('\n', command.offset);
    const fromCommand = script.slice(command.offset, lineEnd === -1 ? script.length : lineEnd).trimEnd();
    const found = fromCommand === '' ? -1 : source.indexOf(fromCommand, cursor);
    if (found === -1 || command.offset < lineStart) return scalar;
    // Past the command's first word only: a later command of the same line (`a && b`) is searched from there.
    cursor = found + 1;
    return { file: scalar.file, start: scalar.start + found, end: scalar.start + found + fromCommand.length };
  };
}

// ---- runners and platforms ----

/**
 * The CPU architecture of the machine a job runs on, from `runs-on` evaluated in `contexts` (a matrix
 * combination may choose the runner). Labels naming arm64 win; a self-hosted runner without an architecture
 * label, a runner group or an expression we cannot evaluate is unknown.
 */
export function runnerArchitecture(job: Job, contexts?: Contexts): Architecture {
  const node = job.runsOn;
  if (node === undefined) return 'unknown';
  const map = asMap(node);
  const labels = labelsOf(evaluateNode(map === undefined ? node : map.get('labels'), contexts ?? {}));
  if (labels === undefined || labels.length === 0) return 'unknown';
  const architectures = labels.map(labelArchitecture);
  if (architectures.includes('arm64')) return 'arm64';
  if (architectures.includes('amd64')) return 'amd64';
  return 'unknown';
}

/** https://docs.github.com/en/actions/reference/runners/github-hosted-runners (macOS 14+ and `-xlarge` are Apple silicon). */
export function labelArchitecture(label: string): Architecture {
  const lower = label.toLowerCase();
  if (/(^|[-_ ])(arm64|aarch64|arm)($|[-_ ])/.test(lower)) return 'arm64';
  if (/(^|[-_ ])(x64|x86_64|amd64|intel)($|[-_ ])/.test(lower)) return 'amd64';
  const mac = /^macos-(\d+|latest)(?:-(large|xlarge))?$/.exec(lower);
  if (mac !== null) {
    const [, version = '', size] = mac;
    if (size === 'xlarge') return 'arm64';
    if (size === 'large') return 'amd64';
    return version === 'latest' || Number(version) >= 14 ? 'arm64' : 'amd64';
  }
  if (/^(ubuntu|windows)-(latest|\d[\d.]*)(-.*)?$/.test(lower)) return 'amd64';
  return 'unknown';
}

function labelsOf(value: Value): readonly string[] | undefined {
  if (value === UNKNOWN || value === null) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    if (value.some((item) => typeof item !== 'string')) return undefined;
    return value as readonly string[];
  }
  return undefined;
}

/**
 * `linux/arm64/v8` → `arm64`; `linux/arm/v7` → `arm`; `amd64` alone → `amd64`. The aliases Docker accepts
 * (containerd `platforms.Normalize`: `x86_64`, `aarch64`, `i386`, `armhf` …) map onto the canonical names.
 */
export function platformArchitecture(platform: string): string {
  const parts = platform.trim().toLowerCase().split('/');
  const arch = (parts.length >= 2 ? parts[1] : parts[0]) ?? '';
  if (arch === 'x86_64' || arch === 'x86-64' || arch === 'x64') return 'amd64';
  if (arch === 'aarch64' || arch === 'arm64v8') return 'arm64';
  if (arch === 'i386' || arch === 'i686' || arch === 'x86') return '386';
  if (arch === 'armhf' || arch === 'armel' || /^arm(32)?v[5-7]$/.test(arch)) return 'arm';
  return arch;
}

/**
 * Whether a runner executes a platform's binaries without QEMU. An x86-64 kernel runs 386 code natively, and
 * arm64 hosts may run 32-bit arm code; buildkit uses no emulator for them.
 */
export function runsNatively(platform: string, runner: Exclude<Architecture, 'unknown'>): boolean {
  const arch = platformArchitecture(platform);
  return runner === 'amd64' ? arch === 'amd64' || arch === '386' : arch === 'arm64' || arch === 'arm';
}

/** Architectures buildkit emulates through QEMU (tonistiigi/binfmt); anything else is not an emulation we can name. */
const EMULATED_ARCHITECTURES = new Set([
  'amd64',
  'arm64',
  'arm',
  '386',
  's390x',
  'ppc64le',
  'riscv64',
  'mips64le',
  'mips64',
  'loong64',
]);

/** Whether the runner builds a platform under QEMU: a Linux architecture QEMU emulates that the runner lacks. */
export function isEmulated(platform: string, runner: Exclude<Architecture, 'unknown'>): boolean {
  const os = platform.trim().toLowerCase().split('/');
  if (os.length >= 2 && os[0] !== 'linux') return false;
  return EMULATED_ARCHITECTURES.has(platformArchitecture(platform)) && !runsNatively(platform, runner);
}

/**
 * The contexts a build step sees for one trigger and matrix combination. Inside a composite action `inputs` are
 * the action's inputs (the caller's `with:` over the declared defaults) and the action step's `env` applies.
 */
export function buildContexts(
  build: ImageBuild,
  job: Job,
  trigger: Trigger | undefined,
  combination: Readonly<Record<string, Value>> | undefined,
): Contexts {
  const base = contextsFor({ workflow: job.workflow, trigger, job, combination, step: build.jobStep });
  if (build.action === undefined) return base;
  const inputs: Record<string, Value> = {};
  for (const { key, value } of asMap(build.action.root.get('inputs'))?.pairs ?? []) {
    const declared = asMap(value)?.get('default');
    inputs[String(key.value)] = declared === undefined ? '' : evaluateNode(declared, base);
  }
  for (const { key, value } of build.jobStep.with?.pairs ?? [])
    inputs[String(key.value)] = evaluateNode(value, base);
  const withInputs = { ...base, inputs };
  const env: Record<string, Value> = { ...(base.env as Record<string, Value>) };
  for (const [name, variable] of build.step.env.vars)
    env[name] = evaluateNode(variable.value, { ...withInputs, env });
  return { ...withInputs, env };
}

/**
 * The platforms a build targets in `contexts`: a list, `undefined` when none is named (the runner's own), or
 * `UNKNOWN` when they depend on something we cannot see (a bake or compose file, a secret, a shell variable).
 */
export function buildPlatforms(
  build: ImageBuild,
  contexts: Contexts,
): readonly string[] | undefined | Unknown {
  if (build.tool === 'docker/bake-action' || build.tool === 'docker buildx bake')
    return bakePlatforms(build, contexts);
  // A compose file may set `platforms:` per service; ciscope does not map services to files.
  if (build.tool === 'docker compose build' || build.tool === 'docker-compose build') return UNKNOWN;
  const inputs = build.inputs.get('platforms');
  if (inputs === undefined) return undefined;
  const platforms: string[] = [];
  for (const input of inputs) {
    const value =
      input.node === undefined ? expandShellWord(input.text, contexts) : evaluateNode(input.node, contexts);
    const list = platformList(value);
    if (list === UNKNOWN) return UNKNOWN;
    platforms.push(...list);
  }
  return platforms.length === 0 ? undefined : platforms;
}

function bakePlatforms(build: ImageBuild, contexts: Contexts): readonly string[] | Unknown {
  // Without `--set *.platform=…` the platforms are in the bake file, which ciscope does not evaluate.
  const platforms: string[] = [];
  for (const input of build.inputs.get('set') ?? []) {
    const value =
      input.node === undefined ? expandShellWord(input.text, contexts) : evaluateNode(input.node, contexts);
    if (value === UNKNOWN) return UNKNOWN;
    for (const line of coerceString(Array.isArray(value) ? value.join('\n') : value).split('\n')) {
      const match = /^\s*[^=\s]+\.platform\s*=\s*(.+)$/.exec(line);
      if (match !== null)
        platforms.push(
          ...(match[1] ?? '')
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p !== ''),
        );
    }
  }
  return platforms.length === 0 ? UNKNOWN : platforms;
}

function platformList(value: Value): readonly string[] | Unknown {
  if (value === UNKNOWN) return UNKNOWN;
  if (value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const list: string[] = [];
  for (const item of items) {
    if (item === UNKNOWN || (typeof item === 'object' && item !== null)) return UNKNOWN;
    list.push(
      ...coerceString(item)
        .split(/[,\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    );
  }
  return list;
}

/**
 * A shell word after GitHub's template expansion and the shell's `$NAME` / `${NAME}` expansion from `env`.
 * Anything else the shell computes (`$(…)`, variables set earlier in the script or via `$GITHUB_ENV`) is unknown.
 */
export function expandShellWord(word: string, contexts: Contexts): Value {
  const templated = evaluateTemplate(word, contexts);
  if (templated === UNKNOWN || typeof templated !== 'string') return templated;
  if (/\$\(|`/.test(templated)) return UNKNOWN;
  const env = contexts.env;
  let unknown = false;
  const expanded = templated.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_, braced?: string, bare?: string) => {
      const name = braced ?? bare ?? '';
      const value =
        env !== null && typeof env === 'object' && !Array.isArray(env)
          ? (env as Record<string, Value>)[name]
          : undefined;
      if (value === undefined || value === UNKNOWN || (typeof value === 'object' && value !== null)) {
        unknown = true;
        return '';
      }
      return coerceString(value);
    },
  );
  return unknown ? UNKNOWN : expanded;
}

export interface PlatformEvaluation {
  readonly trigger: Trigger;
  readonly combination: Readonly<Record<string, Value>> | undefined;
  readonly runner: Architecture;
  readonly platforms: readonly string[] | undefined | Unknown;
  readonly contexts: Contexts;
}

/**
 * The build's platforms and runner for every trigger the job runs on (`runTriggers`) and every known matrix
 * combination. A job with a matrix we cannot expand yields one evaluation per trigger without a combination.
 */
export function evaluatePlatforms(
  build: ImageBuild,
  job: Job,
  repo: Repository,
): readonly PlatformEvaluation[] {
  const combinations = combinationsOf(job);
  const evaluations: PlatformEvaluation[] = [];
  for (const trigger of runTriggers(job.workflow, repo)) {
    for (const combination of combinations.length === 0 ? [undefined] : combinations) {
      const contexts = buildContexts(build, job, trigger, combination);
      evaluations.push({
        trigger,
        combination,
        runner: runnerArchitecture(job, contexts),
        platforms: buildPlatforms(build, contexts),
        contexts,
      });
    }
  }
  return evaluations;
}

// ---- reusable workflows: the triggers of their callers ----

/**
 * The triggers a workflow's runs start from. A reusable workflow's `workflow_call` stands for the jobs of this
 * repository that call it (`uses: ./.github/workflows/x.yml`, or `OWNER/NAME/.github/workflows/x.yml@ref` when
 * OWNER/NAME is the repository itself): each of their triggers (and matrix combinations) becomes a trigger of the
 * callee, with the caller's event and path filters and, as `inputs`, the values the caller passes. A
 * `workflow_call` that nobody here calls stays as it is.
 */
export function runTriggers(workflow: Workflow, repo: Repository, depth = 0): readonly Trigger[] {
  const call = workflow.triggers.find((trigger) => trigger.event === 'workflow_call');
  if (call === undefined || depth > 4) return workflow.triggers;
  const callers = callersOf(workflow, repo);
  if (callers.length === 0) return workflow.triggers;
  let cache = triggersByCall.get(call);
  if (cache === undefined || cache.repo !== repo) {
    const triggers: Trigger[] = [];
    for (const caller of callers) {
      for (const callerTrigger of runTriggers(caller.workflow, repo, depth + 1)) {
        for (const combination of combinationsOf(caller)) {
          const contexts = contextsFor({
            workflow: caller.workflow,
            trigger: callerTrigger,
            job: caller,
            combination,
          });
          // A caller whose `if:` may skip the call (a release gate on `needs` outputs) is not followed.
          if (conditionAllows(caller.if, contexts) !== true) continue;
          const inputs = call.inputs.map((input): WorkflowInput => {
            const passed = caller.with?.get(input.name);
            return passed === undefined ? input : { ...input, default: evaluateNode(passed, contexts) };
          });
          triggers.push({ ...callerTrigger, inputs, calledFrom: caller });
        }
      }
    }
    cache = { repo, triggers: [...workflow.triggers.filter((trigger) => trigger !== call), ...triggers] };
    triggersByCall.set(call, cache);
  }
  return cache.triggers;
}

/** The synthetic triggers are keys of the contexts cache, so each is built once per lint. */
const triggersByCall = new WeakMap<
  Trigger,
  { readonly repo: Repository; readonly triggers: readonly Trigger[] }
>();

/** The jobs of the repository that call `workflow` as a reusable workflow. */
export function callersOf(workflow: Workflow, repo: Repository): readonly Job[] {
  const slug = repo.slug?.toLowerCase();
  const callers: Job[] = [];
  for (const other of repo.workflows) {
    for (const job of other.jobs) {
      const uses = job.uses?.value;
      if (typeof uses !== 'string') continue;
      const local = /^\.\/(.+)$/.exec(uses.trim())?.[1];
      const remote = /^([^/\s]+\/[^/\s]+)\/(\.github\/workflows\/[^@\s]+)@\S+$/.exec(uses.trim());
      const path = local ?? (remote !== null && remote[1]?.toLowerCase() === slug ? remote[2] : undefined);
      if (path !== undefined && path === workflow.file.path) callers.push(job);
    }
  }
  return callers;
}

/**
 * `pull_request` that touches `Dockerfile` or `docker/**`: a trigger as the message names it, with its path
 * filters, so that a reader sees when the cost is paid.
 */
export function describeTrigger(trigger: Trigger): string {
  const paths = (trigger.paths ?? []).filter((path) => !path.startsWith('!'));
  const ignored = trigger.config?.get('paths-ignore');
  const ignoredPaths =
    ignored !== undefined && ignored instanceof LSeq
      ? ignored.items.map((item) => String(item.kind === 'scalar' ? item.value : '')).filter((p) => p !== '')
      : [];
  const name = `\`${trigger.event}\``;
  if (paths.length > 0) return `${name} that touches ${quotedList(paths)}`;
  if (ignoredPaths.length > 0) return `${name} that touches more than ${quotedList(ignoredPaths)}`;
  return name;
}

/** ` (through job `docker` of `.github/workflows/ci.yml`, which calls this workflow)`, or nothing. */
export function describeCallers(callers: readonly Job[]): string {
  if (callers.length === 0) return '';
  const named = callers.map((caller) => `job \`${caller.id}\` of \`${caller.workflow.file.path}\``);
  return ` (through ${named.join(', ')}, which call${callers.length === 1 ? 's' : ''} this workflow)`;
}

function quotedList(items: readonly string[]): string {
  const quoted = items.slice(0, 4).map((item) => `\`${item}\``);
  if (items.length > 4) quoted.push(`${items.length - 4} more`);
  return quoted.length === 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

// ---- dependence on the matrix ----

/** Contexts whose value differs between the shards of one matrix job. */
const SHARD_CONTEXTS = ['matrix', 'strategy'];

/**
 * Whether any of the named inputs (default: those that define the image) can differ between matrix shards:
 * it reads `matrix.*`/`strategy.*` directly, or through an `env` variable (step, composite step or job level) or
 * a composite action input whose value does. Shell words also see `$NAME` variables from `env`.
 */
export function buildDependsOnMatrix(
  build: ImageBuild,
  job: Job,
  names: readonly string[] = IMAGE_DEFINING_INPUTS,
): boolean {
  const shell = isCommand(build);
  const lookup = lookupFor(build, job);
  for (const name of names) {
    for (const input of build.inputs.get(name) ?? []) if (lookup.text(input.text, shell)) return true;
  }
  // `--build-arg NAME` without a value passes the variable of that name from the environment.
  for (const input of build.inputs.get('build-args') ?? []) {
    if (
      input.node === undefined &&
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(input.text) &&
      lookup.variable(input.text)
    )
      return true;
  }
  // Compose and bake files read variables from the environment, so any shard-dependent variable can change them.
  if (readsEnvironmentFiles(build) && lookup.anyVariable()) return true;
  if (build.commandOffset !== undefined) {
    const before = scriptBeforeBuild(build, lookup);
    if (before === 'varies') return true;
    if (before.size > 0) {
      for (const name of names) {
        for (const input of build.inputs.get(name) ?? [])
          if ([...referencedEnv(input.text, true)].some((variable) => before.has(variable))) return true;
      }
      if ((build.inputs.get('build-args') ?? []).some((input) => before.has(input.text))) return true;
      if (readsEnvironmentFiles(build)) return true;
    }
  }
  if (build.step.run !== undefined) {
    const workingDirectory = build.step.node.get('working-directory');
    if (workingDirectory !== undefined && lookup.text(nodeText(workingDirectory), false)) return true;
  }
  return false;
}

/** Commands that only print: reading the matrix there (`echo "shard ${{ matrix.shard }}"`) changes no build. */
const PRINTING_COMMANDS = new Set(['echo', 'printf', ':', 'true']);
/** Redirections of a printing command that do not reach the build context. */
const HARMLESS_TARGET =
  /^(&?>>?|[12]>>?&?)?\s*"?(\$\{?GITHUB_(ENV|OUTPUT|STEP_SUMMARY|PATH)\}?|\/dev\/(null|stderr|stdout)|&?[12])"?$/;

/**
 * What the script before a build command does with the shard: `'varies'` when a command other than a print reads
 * the matrix (a condition choosing the Dockerfile, a `cd` into `matrix.dir`, a file written from it); otherwise
 * the variables it assigns from the matrix (`DOCKERFILE=docker/${{ matrix.distro }}.Dockerfile`), directly or
 * through `env` and earlier such variables.
 */
function scriptBeforeBuild(build: ImageBuild, lookup: DependencyLookup): ReadonlySet<string> | 'varies' {
  const script = String(build.step.run?.value ?? '');
  const offset = build.commandOffset ?? 0;
  const assigned = new Set<string>();
  const reads = (text: string): boolean =>
    lookup.text(text, true) || [...referencedEnv(text, true)].some((name) => assigned.has(name));
  for (const words of simpleCommands(script)) {
    if ((words[0]?.offset ?? offset) >= offset) break;
    const texts = words.map((word) => word.text);
    let index = 0;
    while (/^(export|declare|typeset|local|readonly|-\w+)$/.test(texts[index] ?? '')) index++;
    const assignments: [string, string][] = [];
    for (; index < texts.length; index++) {
      const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(texts[index] ?? '');
      if (assignment === null) break;
      assignments.push([assignment[1] ?? '', assignment[2] ?? '']);
    }
    for (const [name, value] of assignments) if (reads(value)) assigned.add(name);
    const rest = texts.slice(index);
    if (rest.length === 0 || !rest.some(reads)) continue;
    const printsOnly =
      PRINTING_COMMANDS.has(rest[0] ?? '') &&
      rest.every(
        (text, i) =>
          !/^[0-9&]?>/.test(text) ||
          HARMLESS_TARGET.test(`${text} ${rest[i + 1] ?? ''}`.trim()) ||
          HARMLESS_TARGET.test(text),
      );
    if (!printsOnly) return 'varies';
  }
  return assigned;
}

/** A `run:` command rather than an action step. */
export function isCommand(build: ImageBuild): boolean {
  return !build.tool.startsWith('docker/');
}

/** Compose and bake builds, whose files interpolate variables from the environment. */
export function readsEnvironmentFiles(build: ImageBuild): boolean {
  return build.tool === 'docker/bake-action' || build.tool.endsWith('bake') || build.tool.includes('compose');
}

/**
 * Whether a step other than the build reads the matrix: in its script (directly or through `$NAME` of its own or
 * the job's `env`), its `with:` values or its `env`.
 */
export function stepReadsMatrix(step: Step, job: Job): boolean {
  const lookup = new DependencyLookup([step.env, job.env], undefined);
  if (step.run !== undefined && lookup.text(String(step.run.value ?? ''), true)) return true;
  for (const { value } of step.with?.pairs ?? []) if (lookup.text(nodeText(value), false)) return true;
  return lookup.anyVariable([step.env]);
}

/** Whether a value (a `with:` input, a script) reads a shard-dependent context, directly or through `env`. */
export function textDependsOnMatrix(text: string, build: ImageBuild, job: Job, shell = false): boolean {
  return lookupFor(build, job).text(text, shell);
}

function lookupFor(build: ImageBuild, job: Job): DependencyLookup {
  // Innermost first: the building step, the composite's caller step, the job. Workflow `env` cannot read `matrix`.
  return new DependencyLookup(
    build.action === undefined ? [build.step.env, job.env] : [build.step.env, build.jobStep.env, job.env],
    build,
  );
}

class DependencyLookup {
  private readonly blocks: readonly EnvBlock[];
  private readonly build: ImageBuild | undefined;
  private readonly seen = new Set<string>();

  constructor(blocks: readonly EnvBlock[], build: ImageBuild | undefined) {
    this.blocks = blocks;
    this.build = build;
  }

  text(text: string, shell: boolean): boolean {
    const used = contextsUsed(text);
    if (SHARD_CONTEXTS.some((name) => used.has(name))) return true;
    for (const name of referencedEnv(text, shell)) if (this.variable(name)) return true;
    if (this.build?.action !== undefined && used.has('inputs')) {
      for (const name of referencedProperties(text, 'inputs')) {
        const value = this.build?.jobStep.with?.get(name);
        if (value !== undefined && this.text(nodeText(value), false)) return true;
      }
    }
    return false;
  }

  variable(name: string): boolean {
    if (this.seen.has(name)) return false;
    this.seen.add(name);
    for (const block of this.blocks) {
      const variable = block.vars.get(name);
      if (variable !== undefined) return this.text(nodeText(variable.value), false);
    }
    return false;
  }

  anyVariable(blocks: readonly EnvBlock[] = this.blocks): boolean {
    return blocks.some((block) => [...block.vars.keys()].some((name) => this.variable(name)));
  }
}

/** `env.NAME` / `env['NAME']` inside expressions, plus `$NAME` / `${NAME}` in shell words. */
function referencedEnv(text: string, shell: boolean): ReadonlySet<string> {
  const names = new Set(referencedProperties(text, 'env'));
  if (shell) for (const match of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1] ?? '');
  return names;
}

function referencedProperties(text: string, context: string): readonly string[] {
  const names: string[] = [];
  const pattern = new RegExp(
    `\\b${context}\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)|\\[\\s*'([^']+)'\\s*\\])`,
    'gi',
  );
  for (const part of templateParts(text)) {
    if (part.expression === undefined) continue;
    for (const match of part.expression.matchAll(pattern)) names.push(match[1] ?? match[2] ?? '');
  }
  return names;
}

// ---- triggers and conditions ----

/**
 * Events a person starts, or that publish a release: building extra platforms there is an explicit choice.
 * Every other event (push, pull_request, schedule, merge_group, workflow_run …) runs without anyone asking.
 */
const OPT_IN_EVENTS = new Set([
  'workflow_dispatch',
  'workflow_call',
  'repository_dispatch',
  'release',
  'create',
  'deployment',
  'registry_package',
]);

/**
 * Whether a trigger starts routine runs by itself. Not routine: a `push` filtered to tags only (a release), and a
 * `paths` filter that names only version files (`releaseVersion`, `VERSION`: a release by commit) or only files
 * under `.github/` (the run tests the workflow itself).
 */
export function isAutomaticTrigger(trigger: Trigger): boolean {
  if (OPT_IN_EVENTS.has(trigger.event)) return false;
  if (
    trigger.event === 'push' &&
    trigger.tags !== undefined &&
    trigger.branches === undefined &&
    trigger.branchesIgnore === undefined
  )
    return false;
  const paths = trigger.paths?.filter((path) => !path.startsWith('!'));
  if (
    paths !== undefined &&
    paths.length > 0 &&
    paths.every((path) => /(^|\/)[\w.-]*version[\w.-]*$/i.test(path) || path.startsWith('.github/'))
  ) {
    return false;
  }
  return true;
}

/** Contexts whose value tells triggers and refs apart; a condition on them that we cannot evaluate may be an opt-in. */
const REF_CONDITION =
  /\bgithub\s*\.\s*(ref|ref_name|ref_type|event_name|event|base_ref|head_ref)\b|\binputs\b/;

/**
 * Whether an `if:` lets its job or step run in `contexts`: `false` only when it evaluates to false; `'unknown'`
 * when it cannot be evaluated and reads the ref, the event or inputs (often a release or opt-in guard). Other
 * unknown conditions (`needs.*.outputs`, `success()`) are taken to run.
 */
export function conditionAllows(node: LNode | undefined, contexts: Contexts): boolean | 'unknown' {
  if (node === undefined) return true;
  if (node.kind !== 'scalar') return 'unknown';
  if (typeof node.value === 'boolean') return node.value;
  const text = String(node.value ?? '').trim();
  const expression = text.startsWith('${{') && text.endsWith('}}') ? text.slice(3, -2) : text;
  const value = evaluateExpression(expression, contexts);
  if (value === UNKNOWN) return REF_CONDITION.test(expression) ? 'unknown' : true;
  return truthy(value);
}
