/**
 * Sample runs of a workflow, one kind per way it can be triggered, with the `github` context GitHub would give them.
 * A `concurrency` block is judged by evaluating it in these runs: do two runs of one pull request share a group
 * (so the newer can cancel the older), do two pull requests not, does a push to `main` stay alone. Evaluating the
 * block, rather than matching its text, covers every way of writing a group (`github.head_ref || github.run_id`,
 * `format(...)`, a prefix from `env`).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#github-context
 */
import {
  featureBranchesOf,
  longLivedBranchOf,
  pushBranchFilter,
  pushesToFeatureBranches,
  pushRunsForTags,
} from './branch-filters.ts';
import type { LongLivedBranches } from './branch-filters.ts';
import { contextsFor, evaluateNode } from './contexts.ts';
import { completeObject, evaluateTemplate, truthiness, truthy, UNKNOWN } from './expressions.ts';
import type { Contexts, Value } from './expressions.ts';
import type { Trigger, Workflow } from './model.ts';
import type { LNode } from './yaml-tree.ts';
import { scalarList } from './yaml-tree.ts';

export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

export type RunKindId = 'pull-request' | 'feature-push' | 'long-lived-push' | 'tag-push' | 'other';

/** One way a workflow runs, with three sample runs: two commits of one unit, and a newer commit of another unit. */
export interface RunKind {
  readonly id: RunKindId;
  readonly trigger: Trigger;
  /** Whether a newer run of the same unit (pull request, feature branch) makes an older one pointless. */
  readonly supersedable: boolean;
  /** `pull_request`, `push` to feature branches … (for messages). */
  readonly label: string;
  readonly older: Contexts;
  readonly newer: Contexts;
  /** A run of another pull request or branch, started after `older`. */
  readonly otherUnit: Contexts | undefined;
}

/**
 * The kinds of runs a workflow has. A pull request trigger is supersedable when it runs for new commits (the
 * `synchronize` type, in the defaults); a `push` splits into feature branches (supersedable), long-lived lines and
 * tags (not: each is history, or a release).
 */
export function runKinds(workflow: Workflow, longLived: LongLivedBranches): readonly RunKind[] {
  const kinds: RunKind[] = [];
  const sample = new SampleFactory(workflow);
  for (const trigger of workflow.triggers) {
    if (PULL_REQUEST_EVENTS.has(trigger.event)) {
      const base = pullRequestBase(trigger, longLived);
      kinds.push({
        id: 'pull-request',
        trigger,
        supersedable: runsOnNewCommits(trigger),
        label: `\`${trigger.event}\``,
        older: sample.pullRequest(trigger, 1, base, 'a'),
        newer: sample.pullRequest(trigger, 1, base, 'b'),
        otherUnit: sample.pullRequest(trigger, 2, base, 'c'),
      });
    } else if (trigger.event === 'push') {
      const filter = pushBranchFilter(trigger);
      const features = pushesToFeatureBranches(trigger, longLived)
        ? featureBranchesOf(trigger, longLived)
        : [];
      for (const feature of features) {
        const other = [`${feature}-2`, 'topic-2', 'feature/other'].find(
          (name) => filter !== 'none' && filter(name) && !longLived.has(name),
        );
        kinds.push({
          id: 'feature-push',
          trigger,
          supersedable: true,
          label: '`push` to feature branches',
          older: sample.push(trigger, `refs/heads/${feature}`, 'a'),
          newer: sample.push(trigger, `refs/heads/${feature}`, 'b'),
          otherUnit: other === undefined ? undefined : sample.push(trigger, `refs/heads/${other}`, 'c'),
        });
      }
      const line = longLivedBranchOf(trigger, longLived);
      if (line !== undefined) {
        kinds.push({
          id: 'long-lived-push',
          trigger,
          supersedable: false,
          label: `\`push\` to \`${line}\``,
          older: sample.push(trigger, `refs/heads/${line}`, 'a'),
          newer: sample.push(trigger, `refs/heads/${line}`, 'b'),
          otherUnit: undefined,
        });
      }
      if (pushRunsForTags(trigger)) {
        kinds.push({
          id: 'tag-push',
          trigger,
          supersedable: false,
          label: '`push` of a tag',
          older: sample.push(trigger, 'refs/tags/v1.0.0', 'a'),
          newer: sample.push(trigger, 'refs/tags/v1.0.1', 'b'),
          otherUnit: undefined,
        });
      }
    } else {
      kinds.push({
        id: 'other',
        trigger,
        supersedable: false,
        label: `\`${trigger.event}\``,
        older: sample.other(trigger, 'a'),
        newer: sample.other(trigger, 'b'),
        otherUnit: undefined,
      });
    }
  }
  return kinds;
}

/**
 * A pull request trigger runs again for a new commit only with the `synchronize` activity type, which the default
 * types include. `types: [labeled]` or `[opened]` (bots, labellers, `closed` clean-ups) is never superseded by a
 * push, and cancelling a `closed` clean-up would leave its work undone.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request
 */
export function runsOnNewCommits(trigger: Trigger): boolean {
  const types = trigger.config?.get('types');
  if (types === undefined) return true;
  const values = scalarList(types).map((type) => String(type.value));
  // An expression or an unreadable list: assume the default rather than stay silent on a guess.
  return values.length === 0 || values.some((type) => type === 'synchronize' || type.includes('${{'));
}

/** The branch a pull request targets: one its filter admits, `main` by default. */
function pullRequestBase(trigger: Trigger, longLived: LongLivedBranches): string {
  const named = (trigger.branches ?? []).find((name) => !name.startsWith('!') && !/[*?+[]/.test(name));
  return named ?? longLived.named.find((name) => name === 'main' || name === 'master') ?? 'main';
}

/**
 * Whether a job or step with this `if:` may run in a sample run: false only when the condition is known to be
 * false there (`startsWith(github.ref, 'refs/tags/')` in a pull request run, or `needs.x.outputs.y && false`).
 */
export function mayRun(condition: LNode | undefined, contexts: Contexts): boolean {
  if (condition === undefined) return true;
  if (condition.kind !== 'scalar') return true;
  if (typeof condition.value === 'boolean') return condition.value;
  const text = String(condition.value ?? '').trim();
  const expression = text.startsWith('${{') && text.endsWith('}}') ? text.slice(3, -2) : text;
  return truthiness(expression, contexts) !== false;
}

/** `group` and `cancel-in-progress` as evaluated in one run; undefined where they cannot be known. */
export interface EvaluatedConcurrency {
  readonly group: string | undefined;
  readonly cancel: boolean | undefined;
}

export interface ConcurrencySource {
  /** The group: a YAML node, or the text of a template. */
  readonly group: LNode | string;
  /** `cancel-in-progress`: absent is false. */
  readonly cancel: LNode | string | boolean | undefined;
}

export function evaluateConcurrency(source: ConcurrencySource, run: Contexts): EvaluatedConcurrency {
  const contexts = withIdentity(run);
  const group = evaluateSource(source.group, contexts);
  const cancel = source.cancel === undefined ? false : evaluateSource(source.cancel, contexts);
  return {
    group:
      group === UNKNOWN || group === null || typeof group === 'object'
        ? undefined
        : // Group names are compared without regard to case.
          String(group).toLowerCase(),
    cancel: cancel === UNKNOWN ? undefined : truthy(cancel),
  };
}

/**
 * The repository and the actor, which are the same in every sample run: a group that holds `github.repository` is
 * still compared (its runs differ elsewhere), while an `if:` on them stays unknown. The actor is the same for two
 * pull requests, the worst case for a group keyed by it.
 */
function withIdentity(contexts: Contexts): Contexts {
  const github = contexts.github;
  if (github === null || typeof github !== 'object' || Array.isArray(github)) return contexts;
  return {
    ...contexts,
    github: {
      repository: 'owner/repo',
      repository_owner: 'owner',
      actor: 'contributor',
      triggering_actor: 'contributor',
      ...github,
    },
  };
}

/** A string is the text of a YAML scalar as a fix writes it: `true`, or a template. */
function evaluateSource(source: LNode | string | boolean, contexts: Contexts): Value {
  if (typeof source === 'boolean') return source;
  if (typeof source === 'string') {
    if (source === 'true' || source === 'false') return source === 'true';
    return evaluateTemplate(source, contexts);
  }
  return evaluateNode(source, contexts);
}

/**
 * Whether `newer` cancels `older`: both in one group, and `cancel-in-progress` true in the newer run (GitHub reads
 * the value of the run that arrives). Undefined when either cannot be evaluated.
 */
export function cancels(source: ConcurrencySource, older: Contexts, newer: Contexts): boolean | undefined {
  const before = evaluateConcurrency(source, older);
  const after = evaluateConcurrency(source, newer);
  if (before.group === undefined || after.group === undefined) return undefined;
  if (before.group !== after.group) return false;
  return after.cancel;
}

/** Whether two runs land in one group (so the later one waits, or cancels); undefined when unknown. */
export function shareGroup(
  source: ConcurrencySource,
  first: Contexts,
  second: Contexts,
): boolean | undefined {
  const a = evaluateConcurrency(source, first).group;
  const b = evaluateConcurrency(source, second).group;
  return a === undefined || b === undefined ? undefined : a === b;
}

/** Builds the contexts of sample runs; every run gets its own `run_id` and `sha`. */
class SampleFactory {
  private next = 1_000_001;
  private readonly workflow: Workflow;

  constructor(workflow: Workflow) {
    this.workflow = workflow;
  }

  pullRequest(trigger: Trigger, number: number, base: string, commit: string): Contexts {
    const head = `feature/pr-${number}`;
    const sha = this.sha(`pr${number}${commit}`);
    const target = trigger.event === 'pull_request_target';
    const pullRequest = {
      number,
      head: { ref: head, sha, label: `contributor:${head}` },
      base: { ref: base },
    };
    return this.contexts(trigger, {
      ref: target ? `refs/heads/${base}` : `refs/pull/${number}/merge`,
      ref_name: target ? base : `${number}/merge`,
      ref_type: 'branch',
      head_ref: head,
      base_ref: base,
      sha,
      event: completeObject({ number, action: 'synchronize', pull_request: pullRequest }),
    });
  }

  push(trigger: Trigger, ref: string, commit: string): Contexts {
    const sha = this.sha(`${ref}${commit}`);
    const tag = ref.startsWith('refs/tags/');
    return this.contexts(trigger, {
      ref,
      ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
      ref_type: tag ? 'tag' : 'branch',
      head_ref: '',
      base_ref: '',
      sha,
      event: completeObject({
        ref,
        before: this.sha(`${ref}${commit}-before`),
        after: sha,
        created: false,
        deleted: false,
        forced: false,
        base_ref: null,
        head_commit: { id: sha },
      }),
    });
  }

  other(trigger: Trigger, commit: string): Contexts {
    const base = contextsFor({ workflow: this.workflow, trigger });
    const mergeQueue = trigger.event === 'merge_group';
    const ref = mergeQueue ? `refs/heads/gh-readonly-queue/main/pr-${commit}` : 'refs/heads/main';
    const sha = this.sha(`${trigger.event}${commit}`);
    return this.contexts(trigger, {
      ref,
      ref_name: ref.replace(/^refs\/heads\//, ''),
      ref_type: 'branch',
      head_ref: '',
      base_ref: '',
      sha,
      // No pull request in this payload; any other key of it stays unknown.
      event:
        trigger.event === 'workflow_dispatch'
          ? { pull_request: null, inputs: base.inputs ?? null }
          : { pull_request: null },
    });
  }

  private contexts(trigger: Trigger, run: Record<string, Value>): Contexts {
    const base = contextsFor({ workflow: this.workflow, trigger });
    const runId = this.next++;
    const name = this.workflow.name?.value;
    const workflowName = typeof name === 'string' && name !== '' ? name : this.workflow.file.path;
    // Not complete: what is not set here (`github.repository`, `github.actor`, `github.token` …) stays unknown, so
    // that `if: github.repository == 'org/name'` is neither true nor false.
    const github = {
      event_name: trigger.event,
      workflow: workflowName,
      workflow_ref: `${this.workflow.file.path}@${String(run.ref)}`,
      run_id: runId,
      run_number: runId - 1_000_000,
      run_attempt: 1,
      server_url: 'https://github.com',
      api_url: 'https://api.github.com',
      ...run,
    };
    // Workflow-level `env` read with this run's `github` (contextsFor knew only the event name).
    const env: Record<string, Value> = {};
    for (const [name, variable] of this.workflow.env.vars)
      env[name] = evaluateNode(variable.value, { ...base, github, env });
    return { ...base, github, env };
  }

  private sha(seed: string): string {
    let hash = 0x811c9dc5;
    for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    return hash.toString(16).padStart(8, '0').repeat(5);
  }
}
