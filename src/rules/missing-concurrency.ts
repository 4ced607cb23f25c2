import { defineRule } from '../engine/define-rule.ts';
import { indentUnit, lineEnding } from '../engine/fixer.ts';
import type { Fixer } from '../engine/fixer.ts';
import type { Concurrency, Trigger, Workflow } from '../workflow/model.ts';
import { scalarList } from '../workflow/yaml-tree.ts';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Branch names that are, by overwhelming convention, a repository's default or release line. */
const LONG_LIVED_BRANCH =
  /^(main|master|trunk|develop|development|stable|release[-/].*|releases?\/.*|v\d.*)$/;

export default defineRule({
  id: 'missing-concurrency',
  meta: {
    description: 'Cancel superseded pull request and branch runs with a top-level `concurrency` block',
    category: 'waste',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      missingBlock:
        'Runs on `{{event}}` with no `concurrency` that cancels in progress; every new push leaves the superseded run burning runner minutes.',
      missingCancel:
        '`concurrency` has no `cancel-in-progress`; superseded `{{event}}` runs wait in the queue or keep running instead of being cancelled.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      // In a reusable workflow `github.workflow` is the caller's name, so a group there can cancel its own caller.
      if (workflow.triggers.some((t) => t.event === 'workflow_call')) continue;
      const trigger = supersedableTrigger(workflow);
      if (trigger === undefined) continue;
      const { concurrency } = workflow;
      if (concurrency === undefined) {
        if (
          workflow.jobs.length > 0 &&
          workflow.jobs.every((job) => job.concurrency?.cancelInProgress !== undefined)
        )
          continue;
        if (workflow.jobsKey === undefined) continue;
        const jobsKey = workflow.jobsKey;
        const mixed = hasNonPullRequestTrigger(workflow);
        report({
          messageId: 'missingBlock',
          data: { event: trigger.event },
          at: trigger.at,
          fix: {
            title: mixed
              ? 'Add a top-level `concurrency` block that cancels superseded pull request runs'
              : 'Add a top-level `concurrency` block with `cancel-in-progress: true`',
            // With push in the mix, a group also serialises pushes to one branch: behaviour a user may rely on.
            unsafe: mixed,
            edits: (fixer) => fixer.insertLinesBefore(jobsKey, concurrencyBlock(mixed)),
          },
        });
      } else if (concurrency.cancelInProgress === undefined) {
        // An explicit `cancel-in-progress: false`, or an expression, is a decision, not an omission.
        report({
          messageId: 'missingCancel',
          data: { event: trigger.event },
          at: concurrency.key,
          fix: {
            title: 'Add `cancel-in-progress` to the `concurrency` block',
            unsafe: hasNonPullRequestTrigger(workflow),
            edits: (fixer) => addCancel(fixer, concurrency, cancelValue(hasNonPullRequestTrigger(workflow))),
          },
        });
      }
    }
  },
});

/** The trigger whose runs can be superseded by a newer push: a pull request, or a push to feature branches. */
function supersedableTrigger(workflow: Workflow): Trigger | undefined {
  return (
    workflow.triggers.find(
      (trigger) => PULL_REQUEST_EVENTS.has(trigger.event) && runsOnNewCommits(trigger),
    ) ?? workflow.triggers.find((trigger) => trigger.event === 'push' && pushesToFeatureBranches(trigger))
  );
}

/**
 * A pull request trigger runs again for a new commit only with the `synchronize` activity type, which the default
 * types include. `types: [labeled]` or `[opened]` (bots, labellers, `closed` clean-ups) is never superseded by a push,
 * and cancelling a `closed` clean-up would leave its work undone.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request
 */
function runsOnNewCommits(trigger: Trigger): boolean {
  const types = trigger.config?.get('types');
  if (types === undefined) return true;
  const values = scalarList(types).map((type) => String(type.value));
  // An expression or an unreadable list: assume the default rather than stay silent on a guess.
  return values.length === 0 || values.some((type) => type === 'synchronize' || type.includes('${{'));
}

function pushesToFeatureBranches(trigger: Trigger): boolean {
  if (trigger.branches !== undefined)
    return trigger.branches.some((branch) => !LONG_LIVED_BRANCH.test(branch));
  // `push` with only `tags` runs for tags alone; with no filter at all it runs for every branch.
  return trigger.tags === undefined && trigger.branchesIgnore === undefined;
}

function hasNonPullRequestTrigger(workflow: Workflow): boolean {
  return workflow.triggers.some((trigger) => !PULL_REQUEST_EVENTS.has(trigger.event));
}

function cancelValue(mixed: boolean): string {
  return mixed ? "${{ github.event_name == 'pull_request' }}" : 'true';
}

function concurrencyBlock(mixed: boolean): string {
  return `concurrency:
  group: \${{ github.workflow }}-\${{ github.ref }}
  cancel-in-progress: ${cancelValue(mixed)}

`;
}

function addCancel(fixer: Fixer, concurrency: Concurrency, value: string) {
  if (concurrency.node.kind === 'map') return fixer.addToMap(concurrency.node, 'cancel-in-progress', value);
  // `concurrency: some-group` → a block with the same group.
  const { file } = concurrency.key.range;
  const group = file.text.slice(concurrency.node.range.start, concurrency.node.range.end);
  const [eol, unit] = [lineEnding(file), indentUnit(file)];
  return fixer.replace(
    { file, start: concurrency.key.range.start, end: concurrency.node.range.end },
    `concurrency:${eol}${unit}group: ${group}${eol}${unit}cancel-in-progress: ${value}`,
  );
}
