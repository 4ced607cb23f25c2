/**
 * Superseded runs cancelled by an action instead of `concurrency`: styfle/cancel-workflow-action and its kin, run
 * in the workflow itself or in a separate workflow that names the ones it cleans up. Such a workflow is not
 * missing anything, even if `concurrency` would now be the simpler way.
 */
import type { Repository, Step, Workflow } from './model.ts';
import { scalarList, scalarString } from './yaml-tree.ts';

/** Matched on the action's `owner/name`, lower case. */
const CANCEL_ACTION =
  /^(styfle\/cancel-workflow-action|n1hility\/cancel-previous-runs|fkirc\/skip-duplicate-actions|potiuk\/cancel-workflow-runs|rokroskar\/workflow-run-cleanup-action|pierreraffa\/cancel-previous-runs-action|homebrew\/actions\/cancel-previous-runs|zencargo\/github-action-cancel-previous-runs|vishnudxb\/cancel-workflow|yellowmegaman\/cancel-workflow-action)$/;

/** Inputs through which these actions name the workflows they cancel (ids, file names, names, or `*`). */
const TARGET_INPUTS = ['workflow_id', 'workflow_names', 'workflows', 'workflowFileName', 'workflow'];

/**
 * Events on which a separate clean-up workflow runs alongside the runs it cancels. One on `merge_group` only
 * (renovate's) cleans up the merge queue, not pull request or branch runs.
 */
const CLEAN_UP_EVENTS = new Set(['pull_request', 'pull_request_target', 'push', 'workflow_run']);

/** The step of the repository that cancels superseded runs of `workflow`, if any. */
export function cancellingStep(workflow: Workflow, repo: Repository): Step | undefined {
  for (const other of repo.workflows) {
    for (const job of other.jobs) {
      for (const step of job.steps) {
        if (step.action === undefined || !CANCEL_ACTION.test(step.action.name)) continue;
        if (covers(step, other, workflow)) return step;
      }
    }
  }
  return undefined;
}

function covers(step: Step, host: Workflow, workflow: Workflow): boolean {
  const targets = TARGET_INPUTS.flatMap((input) =>
    (scalarString(step.with?.get(input)) ?? '')
      .split(/[\s,]+/)
      .map((target) => target.trim())
      .filter((target) => target !== ''),
  );
  // The clean-up workflow itself is no waste worth a finding, whatever it cancels.
  if (host === workflow) return true;
  if (!host.triggers.some((trigger) => CLEAN_UP_EVENTS.has(trigger.event))) return false;
  if (targets.length > 0) {
    // A numeric workflow id cannot be matched to a file here: assume it may be this one rather than guess.
    return targets.some((target) => target === '*' || /^\d+$/.test(target) || names(workflow).has(target));
  }
  // A clean-up workflow triggered by `workflow_run` of the workflows it cancels.
  const workflowRun = host.triggers.find((trigger) => trigger.event === 'workflow_run');
  const watched = scalarList(workflowRun?.config?.get('workflows')).map((name) => String(name.value));
  return watched.some((name) => names(workflow).has(name));
}

/** The ways another workflow can name this one: its `name`, its file name, its path. */
function names(workflow: Workflow): ReadonlySet<string> {
  const path = workflow.file.path;
  const result = new Set([path, path.split('/').pop() ?? path]);
  const name = workflow.name?.value;
  if (typeof name === 'string') result.add(name);
  return result;
}
