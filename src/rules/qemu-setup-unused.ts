import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import { combinationsOf, contextsFor } from '../workflow/contexts.ts';
import { templateParts, UNKNOWN } from '../workflow/expressions.ts';
import {
  buildContexts,
  buildPlatforms,
  conditionAllows,
  describeCallers,
  describeTrigger,
  imageBuildsOfJob,
  platformArchitecture,
  runnerArchitecture,
  runsNatively,
  runTriggers,
} from '../workflow/image-builds.ts';
import type { ImageBuild } from '../workflow/image-builds.ts';
import type { Job, Repository, Step } from '../workflow/model.ts';

/**
 * What a later step may do with emulation that ciscope cannot see: run or build for another platform, drive
 * QEMU/binfmt directly, or call a release or cross-build tool that does.
 */
const EMULATION_HINT =
  /--platform|\bplatform=|DOCKER_DEFAULT_PLATFORM|\bqemu|binfmt|\b(arm64|aarch64|armv[67]|arm\/v[5-8]|s390x|ppc64le|riscv64|386)\b|goreleaser|cibuildwheel|\bcross\s/i;
/** A script, a Makefile or a task runner: its commands are in a file the workflow does not show. */
const OPAQUE_SCRIPT =
  /(^|[\s;&|(])(make|just|task|earthly|bazel|nix|mage|tox|nox)(\s|$)|(^|[\s;&|(])(\.{0,2}\/)?[\w./-]+\.(sh|bash|py|ps1|pl|rb|mk)\b|(^|[\s;&|(])\.{1,2}\/[\w./-]+/;
/** Actions known not to run foreign binaries on their own (builds among them are evaluated separately). */
const TRANSPARENT_ACTION =
  /^(actions\/|docker\/(setup-buildx-action|login-action|metadata-action|build-push-action|setup-qemu-action)$)/;

export default defineRule({
  id: 'qemu-setup-unused',
  meta: {
    description: 'Set up QEMU only in jobs and runs that build for a foreign architecture',
    category: 'waste',
    severity: 'info',
    fixable: 'safe',
    messages: {
      neverUsed:
        "`docker/setup-qemu-action` installs emulators but no build in job `{{job}}` targets a platform other than the runner's own; the step only costs set-up time.",
      unusedOn:
        'On {{triggers}} runs{{via}}, no build in job `{{job}}` targets a foreign platform, yet `docker/setup-qemu-action` still pulls and installs the emulators.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        for (const step of job.steps) {
          if (step.action?.name !== 'docker/setup-qemu-action' || step.uses === undefined) continue;
          const usage = emulationUsage(step, job, repo);
          if (usage === undefined || usage.unusedOn.length === 0) continue;
          // Platforms from an expression can still ask for emulation (a dispatch input), so the step is not dead.
          const never = usage.usedOn.length === 0 && usage.builds.every((build) => !platformsVary(build));
          const condition = never
            ? undefined
            : foreignCondition(usage.builds, usage.foreign.size > 0 ? usage.foreign : usage.usualForeign);
          const fix =
            // Removing the step would remove its comments too (a pinned version's `# v3.2.0`); then report without a fix.
            never && step.if === undefined && !hasComment(step)
              ? {
                  title: 'Remove the `docker/setup-qemu-action` step',
                  edits: (fixer: Fixer): TextEdit => fixer.removeLines(fixer.lineSpan(step.node)),
                }
              : condition !== undefined && step.if === undefined
                ? {
                    title: `Run the QEMU set-up only when a build asks for it: \`if: ${condition}\``,
                    edits: (fixer: Fixer): TextEdit => fixer.addToMap(step.node, 'if', condition),
                  }
                : undefined;
          report({
            messageId: never ? 'neverUsed' : 'unusedOn',
            data: { job: job.id, triggers: usage.unusedOn.join(', '), via: describeCallers(usage.callers) },
            at: step.uses,
            ...(fix === undefined ? {} : { fix }),
          });
        }
      }
    }
  },
});

interface Usage {
  /** Triggers as messages name them (`describeTrigger`). */
  readonly usedOn: readonly string[];
  readonly unusedOn: readonly string[];
  /** The jobs calling this reusable workflow through which it runs unused. */
  readonly callers: readonly Job[];
  /** The builds after the QEMU step. */
  readonly builds: readonly ImageBuild[];
  /** Foreign architectures targeted on the triggers where emulation is used. */
  readonly foreign: ReadonlySet<string>;
  /** The architecture a multi-arch build usually adds on this runner: arm64 on x86-64, amd64 on arm64. */
  readonly usualForeign: ReadonlySet<string>;
}

/**
 * Per trigger (and matrix combination), whether a build after the QEMU step targets a foreign platform.
 * Undefined (stay silent) when anything is unknown: the runner, a build's platforms, a condition, or a later step
 * that may use emulation in a way we cannot see.
 */
function emulationUsage(qemu: Step, job: Job, repo: Repository): Usage | undefined {
  const later = job.steps.slice(qemu.index + 1);
  if (later.some((step) => mayUseEmulation(step, repo))) return undefined;
  const builds = imageBuildsOfJob(job, repo).filter((build) => build.jobStep.index > qemu.index);
  const combinations = combinationsOf(job);
  if (combinations.length === 0) return undefined;
  const usedOn = new Set<string>();
  const unusedOn = new Set<string>();
  const foreign = new Set<string>();
  const runners = new Set<string>();
  const callers = new Set<Job>();
  for (const trigger of runTriggers(job.workflow, repo)) {
    const name = describeTrigger(trigger);
    for (const combination of combinations) {
      const contexts = contextsFor({ workflow: job.workflow, trigger, job, combination, step: qemu });
      const runs = conditionAllows(qemu.if, contexts);
      if (runs === 'unknown') return undefined;
      if (!runs) continue;
      const runner = runnerArchitecture(job, contexts);
      if (runner === 'unknown') return undefined;
      runners.add(runner);
      let used = false;
      for (const build of builds) {
        const buildScope = buildContexts(build, job, trigger, combination);
        const allowed = conditionAllows(build.jobStep.if, buildScope);
        if (allowed === 'unknown') return undefined;
        if (!allowed) continue;
        const platforms = buildPlatforms(build, buildScope);
        if (platforms === UNKNOWN) return undefined;
        for (const platform of platforms ?? []) {
          if (runsNatively(platform, runner)) continue;
          used = true;
          foreign.add(platformArchitecture(platform));
        }
      }
      (used ? usedOn : unusedOn).add(name);
      if (!used && trigger.calledFrom !== undefined) callers.add(trigger.calledFrom);
    }
  }
  // A trigger used in one combination and not another is not "unused" for that trigger.
  for (const event of usedOn) unusedOn.delete(event);
  const usualForeign = new Set([...runners].map((runner) => (runner === 'amd64' ? 'arm64' : 'amd64')));
  return {
    usedOn: [...usedOn],
    unusedOn: [...unusedOn],
    callers: [...callers],
    builds,
    foreign,
    usualForeign,
  };
}

function platformsVary(build: ImageBuild): boolean {
  return (build.inputs.get('platforms') ?? []).some((input) => /[$`]/.test(input.text));
}

function mayUseEmulation(step: Step, repo: Repository): boolean {
  if (step.run !== undefined) {
    const script = String(step.run.value ?? '');
    // Build commands are evaluated; their own `--platform` flags are not a hint of hidden use.
    const withoutBuilds = script.replace(/docker\s+(buildx\s+)?(build|bake)\b[^\n]*(\\\r?\n[^\n]*)*/g, '');
    return EMULATION_HINT.test(withoutBuilds) || OPAQUE_SCRIPT.test(withoutBuilds);
  }
  const action = step.action;
  if (action === undefined) return false;
  if (action.local) {
    const local = repo.actions.get(action.name.replace(/^\.\//, ''));
    return local?.using !== 'composite' || local.steps.some((inner) => mayUseEmulation(inner, repo));
  }
  return !TRANSPARENT_ACTION.test(action.name);
}

/**
 * `contains(env.BUILD_PLATFORMS, 'arm64')`: true exactly when some build's platform expression names a foreign
 * architecture. Only when every build that ever emulates reads its platforms from one plain expression.
 */
function foreignCondition(builds: readonly ImageBuild[], foreign: ReadonlySet<string>): string | undefined {
  const expressions = new Set<string>();
  for (const build of builds) {
    const inputs = build.inputs.get('platforms') ?? [];
    if (inputs.length === 0) continue;
    if (inputs.length > 1) return undefined;
    const text = (inputs[0]?.text ?? '').trim();
    const parts = templateParts(text);
    const shellVariable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(text)?.[1];
    if (build.inputs.get('platforms')?.[0]?.node === undefined && shellVariable !== undefined)
      expressions.add(`env.${shellVariable}`);
    else if (parts.length === 1 && parts[0]?.expression !== undefined) expressions.add(parts[0].expression);
    else if (text.includes('$')) return undefined;
    // A literal list without a foreign platform never needs QEMU, and one with it would have been used everywhere.
  }
  if (expressions.size === 0 || foreign.size === 0) return undefined;
  const terms: string[] = [];
  for (const expression of expressions) {
    const operand = /^[\w.-]+$/.test(expression) ? expression : `(${expression})`;
    for (const arch of [...foreign].sort()) terms.push(`contains(${operand}, '${arch}')`);
  }
  return terms.join(' || ');
}

function hasComment(step: Step): boolean {
  const { text } = step.node.range.file;
  const lineStart = text.lastIndexOf('\n', step.node.range.start - 1) + 1;
  return /(^|\s)#/m.test(text.slice(lineStart, step.node.range.end));
}
