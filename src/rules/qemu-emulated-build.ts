import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import { indentUnit, lineEnding } from '../engine/fixer.ts';
import { contextsFor } from '../workflow/contexts.ts';
import { evaluateExpression, UNKNOWN } from '../workflow/expressions.ts';
import type { Contexts } from '../workflow/expressions.ts';
import {
  conditionAllows,
  describeCallers,
  describeTrigger,
  evaluatePlatforms,
  IMAGE_DEFINING_INPUTS,
  imageBuildsOfJob,
  isAutomaticTrigger,
  isEmulated,
  platformArchitecture,
} from '../workflow/image-builds.ts';
import type { ImageBuild } from '../workflow/image-builds.ts';
import type { Job, LMap, LNode, Repository, Step, Workflow } from '../workflow/model.ts';
import { dockerfileAt } from '../workflow/dockerfile.ts';
import { isLiteralPath, repoPath } from '../workflow/repo-path.ts';
import { positionAt } from '../workflow/source.ts';
import { asMap } from '../workflow/yaml-tree.ts';

export default defineRule({
  id: 'qemu-emulated-build',
  meta: {
    description:
      'Build foreign-architecture images only when asked for, or on native runners, not under QEMU on every push',
    category: 'waste',
    severity: 'warning',
    fixable: 'unsafe',
    messages: {
      emulatedBuild:
        'On every {{triggers}}{{via}}, {{build}} targets `{{foreign}}` on an {{runner}} runner, so it runs under QEMU emulation, often 5-20 times slower than a native build.',
      emulatedOnPullRequests:
        'On every {{triggers}}{{via}}, {{build}} targets `{{foreign}}` on an {{runner}} runner, so it runs under QEMU emulation, often 5-20 times slower than a native build; build each platform on its own native runner instead (`{{nativeRunner}}` for `{{nativeArch}}`), one matrix job per platform, and merge the manifests.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        const reported = new Set<string>();
        for (const build of imageBuildsOfJob(job, repo)) {
          const emulated = emulatedOnAutomaticTriggers(build, job, repo);
          if (emulated === undefined || crossCompiles(build, repo)) continue;
          // The same build again (esphome pushes one image to two registries) finds every layer in the builder's
          // cache: the emulated work was done once, by the first.
          const identity = buildIdentity(build);
          if (reported.has(identity)) continue;
          reported.add(identity);
          const platformsInput = build.inputs.get('platforms')?.[0]?.node;
          // A pull request check that builds arm64 wants it built; only release-like pushes can drop it.
          const native = emulated.pullRequests ? nativeRunnerFor(emulated) : undefined;
          const fix =
            emulated.calledFrom.length > 0 || emulated.pullRequests
              ? undefined
              : optInFix(build, job, emulated.runner);
          report({
            messageId: native === undefined ? 'emulatedBuild' : 'emulatedOnPullRequests',
            data: {
              triggers: emulated.triggers.join(' and every '),
              via: describeCallers(emulated.calledFrom),
              build: buildText(build),
              foreign: emulated.foreign.join(', '),
              runner: emulated.runner,
              nativeRunner: native?.runner ?? '',
              nativeArch: native?.arch ?? '',
            },
            // A build inside a composite action is reported where the workflow calls it.
            at: build.action !== undefined ? (build.jobStep.uses ?? build.at) : (platformsInput ?? build.at),
            ...(fix === undefined ? {} : { fix }),
          });
        }
      }
    }
  },
});

interface Emulation {
  /** The triggers as the message names them, path filters included. */
  readonly triggers: readonly string[];
  readonly foreign: readonly string[];
  readonly runner: 'amd64' | 'arm64';
  /** Whether pull requests (or the merge queue) run the emulated build. */
  readonly pullRequests: boolean;
  /** The jobs that call this reusable workflow, when the emulation happens through them. */
  readonly calledFrom: readonly Job[];
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** The automatic triggers on which the build targets a platform its runner cannot execute natively. */
function emulatedOnAutomaticTriggers(build: ImageBuild, job: Job, repo: Repository): Emulation | undefined {
  const triggers = new Set<string>();
  const foreign = new Set<string>();
  const runners = new Set<'amd64' | 'arm64'>();
  const callers = new Set<Job>();
  let pullRequests = false;
  for (const evaluation of evaluatePlatforms(build, job, repo)) {
    const { trigger, runner, platforms, contexts } = evaluation;
    if (
      !isAutomaticTrigger(trigger) ||
      runner === 'unknown' ||
      platforms === undefined ||
      platforms === UNKNOWN
    )
      continue;
    const jobContexts = contextsFor({ workflow: job.workflow, trigger, job });
    if (conditionAllows(job.if, jobContexts) !== true) continue;
    // A step-level condition we cannot evaluate is usually a publish gate (`needs.x.outputs.is_release`).
    if (!stepRuns(build.jobStep, contexts) || !stepRuns(build.step, contexts)) continue;
    const emulated = platforms.filter((platform) => isEmulated(platform, runner));
    if (emulated.length === 0) continue;
    triggers.add(describeTrigger(trigger));
    if (PULL_REQUEST_EVENTS.has(trigger.event)) pullRequests = true;
    if (trigger.calledFrom !== undefined) callers.add(trigger.calledFrom);
    runners.add(runner);
    for (const platform of emulated) foreign.add(platform);
  }
  const [runner] = runners;
  if (triggers.size === 0 || runner === undefined) return undefined;
  return { triggers: [...triggers], foreign: [...foreign], runner, pullRequests, calledFrom: [...callers] };
}

/**
 * GitHub-hosted runners of the other architecture: arm64 on `ubuntu-24.04-arm`, amd64 on `ubuntu-24.04`
 * (https://docs.github.com/en/actions/reference/runners/github-hosted-runners). Other architectures (s390x,
 * ppc64le, 32-bit arm) have no hosted runner, so no native alternative is offered for them.
 */
function nativeRunnerFor(emulation: Emulation): { runner: string; arch: string } | undefined {
  const arches = new Set(emulation.foreign.map(platformArchitecture));
  if (emulation.runner === 'amd64' && arches.has('arm64'))
    return { runner: 'ubuntu-24.04-arm', arch: 'linux/arm64' };
  if (emulation.runner === 'arm64' && arches.has('amd64'))
    return { runner: 'ubuntu-24.04', arch: 'linux/amd64' };
  return undefined;
}

/**
 * A Dockerfile whose stages run on the build platform (`FROM --platform=$BUILDPLATFORM golang AS builder`, grafana/k6)
 * compiles for the target natively and emulates only what the final stages `RUN`, often an `adduser`: calling the
 * build emulated would be wrong. https://docs.docker.com/build/building/multi-platform/#cross-compilation
 */
function crossCompiles(build: ImageBuild, repo: Repository): boolean {
  const single = (name: string): string | undefined => {
    const inputs = build.inputs.get(name) ?? [];
    return inputs.length === 1 ? inputs[0]?.text.trim() : undefined;
  };
  const context = build.inputs.has('context')
    ? single('context')
    : build.tool.startsWith('docker/')
      ? '.'
      : undefined;
  const file = build.inputs.has('file') ? single('file') : 'Dockerfile';
  if (context === undefined || file === undefined || !isLiteralPath(context) || !isLiteralPath(file))
    return false;
  // build-push-action and `docker build -f` take the file relative to the working directory, not the context.
  const path = build.inputs.has('file') ? repoPath(file) : repoPath(context, file);
  const dockerfile = path === undefined ? undefined : dockerfileAt(repo, path);
  return (
    dockerfile?.instructions.some(
      (instruction) =>
        instruction.keyword === 'FROM' && /--platform=\$\{?BUILDPLATFORM\}?(\s|$)/.test(instruction.args),
    ) === true
  );
}

/** What decides the image a build produces, as written (tags, outputs and cache settings aside). */
function buildIdentity(build: ImageBuild): string {
  const inputs = IMAGE_DEFINING_INPUTS.filter((name) => name !== 'tags').map((name) =>
    (build.inputs.get(name) ?? []).map((input) => input.text).join('\n'),
  );
  // Inside a composite action the same text reads the caller's `with:`, so the caller is part of the identity.
  return JSON.stringify([build.tool, build.action === undefined ? -1 : build.jobStep.index, ...inputs]);
}

/** `this build`, or where in a composite action the build is (several builds of one action are reported apart). */
function buildText(build: ImageBuild): string {
  if (build.action === undefined) return 'this build';
  const { line } = positionAt(build.at.range.file, build.at.range.start);
  return `the build at line ${line} of \`${build.at.range.file.path}\``;
}

function stepRuns(step: Step, contexts: Contexts): boolean {
  if (step.if === undefined) return true;
  const allowed = conditionAllows(step.if, contexts);
  if (allowed !== true) return false;
  const text = step.if.kind === 'scalar' ? String(step.if.value) : '';
  const expression = text.replace(/^\s*\$\{\{|\}\}\s*$/g, '');
  return evaluateExpression(expression, contexts) !== UNKNOWN;
}

// ---- the fix: a `platforms` dispatch input that defaults to the runner's own platform (seed 003) ----

interface OptInFix {
  readonly title: string;
  readonly unsafe: true;
  readonly edits: (fixer: Fixer) => readonly TextEdit[];
}

/**
 * Offered for a `docker/build-push-action` whose platforms are a literal list (in `with:` or in an `env`
 * variable it reads as `${{ env.NAME }}`) that includes the runner's own platform, in a workflow whose `on:` is a
 * mapping and that is not reusable. Tag pushes and releases keep the original list.
 */
function optInFix(build: ImageBuild, job: Job, runner: 'amd64' | 'arm64'): OptInFix | undefined {
  const workflow = job.workflow;
  if (build.tool !== 'docker/build-push-action' || build.action !== undefined) return undefined;
  if (workflow.triggers.some((trigger) => trigger.event === 'workflow_call')) return undefined;
  const on = asMap(workflow.root.get('on'));
  if (on === undefined || on.flow) return undefined;
  const dispatch = on.pair('workflow_dispatch');
  if (dispatch !== undefined && !isEmptyValue(dispatch.value)) {
    const map = asMap(dispatch.value);
    if (map === undefined || map.flow || asMap(map.get('inputs'))?.has('platforms') === true)
      return undefined;
    const inputs = map.get('inputs');
    if (inputs !== undefined && (asMap(inputs) === undefined || asMap(inputs)?.flow === true))
      return undefined;
  }
  const source = literalPlatformsNode(build, job);
  if (source === undefined || source.kind !== 'scalar' || typeof source.value !== 'string') return undefined;
  const original = source.value
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const native = `linux/${runner}`;
  if (!original.includes(native) || original.some((p) => p.includes("'"))) return undefined;

  const releases: string[] = [];
  if (workflow.triggers.some((t) => t.event === 'push' && t.tags !== undefined))
    releases.push("startsWith(github.ref, 'refs/tags/')");
  if (workflow.triggers.some((t) => t.event === 'release')) releases.push("github.event_name == 'release'");
  const keep = releases.length === 0 ? '' : `(${releases.join(' || ')}) && '${original.join(',')}' || `;
  const value = `\${{ ${keep}github.event_name == 'workflow_dispatch' && inputs.platforms || '${native}' }}`;
  return {
    title: `Build \`${native}\` by default and the other platforms only when asked for through a \`platforms\` dispatch input`,
    // Pushes stop producing the other platforms: whoever pulls them from the branch images must now dispatch.
    unsafe: true,
    edits: (fixer) => [fixer.replace(source, value), addPlatformsInput(fixer, workflow, on, native)],
  };
}

/** The node holding the literal platform list: the `platforms:` input, or the `env` variable it reads. */
function literalPlatformsNode(build: ImageBuild, job: Job): LNode | undefined {
  const node = build.inputs.get('platforms')?.[0]?.node;
  if (node === undefined || node.kind !== 'scalar') return undefined;
  const text = String(node.value ?? '');
  if (!text.includes('${{')) return node;
  const variable = /^\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(text.trim())?.[1];
  if (variable === undefined) return undefined;
  for (const block of [build.step.env, job.env, job.workflow.env]) {
    const found = block.vars.get(variable);
    if (found !== undefined)
      return String(found.value.kind === 'scalar' ? found.value.value : '${{').includes('${{')
        ? undefined
        : found.value;
  }
  return undefined;
}

function addPlatformsInput(fixer: Fixer, workflow: Workflow, on: LMap, native: string): TextEdit {
  const input = `platforms:
  description: Platforms to build, comma-separated (add linux/arm64 for a multi-arch image, built under QEMU)
  type: string
  default: ${native}
`;
  const dispatch = on.pair('workflow_dispatch');
  if (dispatch === undefined) return fixer.addToMap(on, 'workflow_dispatch', `inputs:\n${indented(input)}`);
  const map = asMap(dispatch.value);
  const inputs = asMap(map?.get('inputs'));
  if (inputs !== undefined)
    return fixer.addToMap(inputs, 'platforms', input.slice('platforms:\n'.length).replace(/^ {2}/gm, ''));
  if (map !== undefined) return fixer.addToMap(map, 'inputs', input);
  // `workflow_dispatch:` with nothing after it.
  const file = workflow.file;
  const eol = lineEnding(file);
  const unit = indentUnit(file);
  const lineStart = file.text.lastIndexOf('\n', dispatch.key.range.start - 1) + 1;
  const indent = ' '.repeat(dispatch.key.range.start - lineStart) + unit;
  const lines = `inputs:\n${indented(input)}`
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => indent + unit.repeat((/^ */.exec(line)?.[0].length ?? 0) / 2) + line.trimStart());
  const lineEnd = file.text.indexOf('\n', dispatch.key.range.end);
  const at = lineEnd === -1 ? file.text.length : file.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return fixer.insertBefore({ file, start: at, end: at }, `${eol}${lines.join(eol)}`);
}

/** `workflow_dispatch:` with nothing after the colon. */
function isEmptyValue(node: LNode): boolean {
  return (
    node.kind === 'scalar' &&
    node.value === null &&
    node.range.file.text.slice(node.range.start, node.range.end).trim() === ''
  );
}

function indented(yaml: string): string {
  return yaml.replace(/^(?=.)/gm, '  ');
}
