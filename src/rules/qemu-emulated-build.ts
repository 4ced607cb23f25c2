import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import { indentUnit, lineEnding } from '../engine/fixer.ts';
import { contextsFor } from '../workflow/contexts.ts';
import { evaluateExpression, UNKNOWN } from '../workflow/expressions.ts';
import type { Contexts } from '../workflow/expressions.ts';
import {
  conditionAllows,
  evaluatePlatforms,
  imageBuildsOfJob,
  isAutomaticTrigger,
  runsNatively,
} from '../workflow/image-builds.ts';
import type { ImageBuild } from '../workflow/image-builds.ts';
import type { Job, LMap, LNode, Step, Workflow } from '../workflow/model.ts';
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
        'On every `{{triggers}}` run this build targets `{{foreign}}` on an {{runner}} runner, so it runs under QEMU emulation, often 5-20 times slower than a native build.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        for (const build of imageBuildsOfJob(job, repo)) {
          const emulated = emulatedOnAutomaticTriggers(build, job);
          if (emulated === undefined) continue;
          const platformsInput = build.inputs.get('platforms')?.[0]?.node;
          const fix = optInFix(build, job, emulated.runner);
          report({
            messageId: 'emulatedBuild',
            data: {
              triggers: emulated.triggers.join('`, `'),
              foreign: emulated.foreign.join(', '),
              runner: emulated.runner,
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
  readonly triggers: readonly string[];
  readonly foreign: readonly string[];
  readonly runner: 'amd64' | 'arm64';
}

/** The automatic triggers on which the build targets a platform its runner cannot execute natively. */
function emulatedOnAutomaticTriggers(build: ImageBuild, job: Job): Emulation | undefined {
  const triggers = new Set<string>();
  const foreign = new Set<string>();
  const runners = new Set<'amd64' | 'arm64'>();
  for (const evaluation of evaluatePlatforms(build, job)) {
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
    const emulated = platforms.filter((platform) => !runsNatively(platform, runner));
    if (emulated.length === 0) continue;
    triggers.add(trigger.event);
    runners.add(runner);
    for (const platform of emulated) foreign.add(platform);
  }
  const [runner] = runners;
  if (triggers.size === 0 || runner === undefined) return undefined;
  return { triggers: [...triggers], foreign: [...foreign], runner };
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
