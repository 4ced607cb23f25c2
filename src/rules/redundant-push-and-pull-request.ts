import { defineRule } from '../engine/define-rule.ts';
import type { Job, LNode, Trigger, Workflow } from '../workflow/model.ts';
import { scalarList } from '../workflow/yaml-tree.ts';

/**
 * Conditions that tell the two events apart: a job guarded by one of these runs for one of them only (the usual
 * `github.event_name == 'push' || github.event.pull_request.head.repo.fork` de-duplication).
 */
const EVENT_AWARE = /github\s*\.\s*(event_name|head_ref|event\s*\.\s*pull_request)|\bhead\s*\.\s*repo\b/;
/** Actions that skip a run whose commit was already tested by the other event. */
const DEDUPLICATING_ACTIONS = new Set(['fkirc/skip-duplicate-actions']);
/** Branch patterns that match any branch name, so a push filter with one of them filters nothing. */
const ANY_BRANCH = new Set(['**', '*', '**/*', '**/**']);

export default defineRule({
  id: 'redundant-push-and-pull-request',
  meta: {
    description:
      'Do not run a workflow on `push` to every branch and on `pull_request` too: each push to a pull request branch runs it twice',
    category: 'waste',
    // Pull requests from forks trigger only `pull_request` upstream, so how much this costs depends on how many
    // pull requests come from branches of the repository itself (maintainers, Dependabot, Renovate).
    severity: 'info',
    fixable: false,
    messages: {
      bothEvents:
        '`push` runs this workflow on every branch and `pull_request` runs it again for the same commit: each push to a pull request branch of this repository runs {{jobs}} twice.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      const push = workflow.triggers.find((trigger) => trigger.event === 'push');
      const pullRequest = workflow.triggers.find((trigger) => trigger.event === 'pull_request');
      if (push === undefined || pullRequest === undefined) continue;
      if (!pushesToEveryBranch(push) || !runsOnSynchronize(pullRequest)) continue;
      if (cancelsAcrossEvents(workflow) || usesDeduplicatingAction(workflow)) continue;
      const doubled = workflow.jobs.filter((job) => !runsForOneEventOnly(job, workflow));
      if (doubled.length === 0) continue;
      report({
        messageId: 'bothEvents',
        data: {
          jobs:
            doubled.length === workflow.jobs.length
              ? 'every job'
              : `${doubled.length} of its ${workflow.jobs.length} jobs`,
        },
        at: push.at,
        related: [{ at: pullRequest.at, message: 'the second trigger for the same commit' }],
      });
    }
  },
});

/** No branch or tag filter (or a pattern that matches any branch): pushes to feature branches run it. */
function pushesToEveryBranch(push: Trigger): boolean {
  if (push.branchesIgnore !== undefined) return false;
  // With only a tag filter, GitHub runs the workflow for tags alone.
  if (push.branches === undefined) return push.tags === undefined && push.config?.has('tags-ignore') !== true;
  return push.branches.some((pattern) => ANY_BRANCH.has(pattern));
}

/** A new commit on the pull request's branch is the `synchronize` activity, one of the default types. */
function runsOnSynchronize(trigger: Trigger): boolean {
  const types = trigger.config?.get('types');
  if (types === undefined) return true;
  return scalarList(types).some((type) => String(type.value) === 'synchronize');
}

/**
 * A group equal for both events (`github.head_ref || github.ref_name` is the branch name for either) with
 * cancellation: the second run cancels the first, so only one of them costs a full run.
 */
function cancelsAcrossEvents(workflow: Workflow): boolean {
  const concurrency = workflow.concurrency;
  if (concurrency === undefined) return false;
  const text = sourceText(concurrency.group ?? concurrency.node);
  const cancel = concurrency.cancelInProgress;
  const cancels = cancel === undefined ? false : !(cancel.kind === 'scalar' && cancel.value === false);
  return cancels && /github\s*\.\s*head_ref/.test(text) && /github\s*\.\s*ref_name/.test(text);
}

function usesDeduplicatingAction(workflow: Workflow): boolean {
  return workflow.jobs.some((job) =>
    job.steps.some((step) => step.action !== undefined && DEDUPLICATING_ACTIONS.has(step.action.name)),
  );
}

/** Whether the job, or a job it waits for, is guarded by a condition that tells the events apart. */
function runsForOneEventOnly(job: Job, workflow: Workflow): boolean {
  const seen = new Set<string>();
  const pending: Job[] = [job];
  while (pending.length > 0) {
    const current = pending.pop() as Job;
    if (seen.has(current.id)) continue;
    seen.add(current.id);
    if (current.if !== undefined && EVENT_AWARE.test(sourceText(current.if))) return true;
    for (const need of current.needs) {
      const upstream = workflow.jobsById.get(String(need.value));
      if (upstream !== undefined) pending.push(upstream);
    }
  }
  return false;
}

function sourceText(node: LNode): string {
  return node.range.file.text.slice(node.range.start, node.range.end);
}
