import { defineRule } from '../engine/define-rule.ts';
import { indentUnit, lineEnding } from '../engine/fixer.ts';
import type { Fixer } from '../engine/fixer.ts';
import {
  concretise,
  isGlob,
  LongLivedBranches,
  pushBranchFilter,
  pushRunsForTags,
} from '../workflow/branch-filters.ts';
import { cancellingStep } from '../workflow/cancel-actions.ts';
import type { Concurrency, Repository, Trigger, Workflow } from '../workflow/model.ts';
import { publishingInJob } from '../workflow/publishing.ts';
import { cancels, evaluateConcurrency, mayRun, runKinds, shareGroup } from '../workflow/sample-runs.ts';
import type { ConcurrencySource, RunKind } from '../workflow/sample-runs.ts';

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
      cancelNeverTrue:
        '`cancel-in-progress` is false in every run this workflow can have, so superseded `{{event}}` runs are never cancelled.',
    },
  },
  check({ repo, report }) {
    const longLived = new LongLivedBranches(repo);
    for (const workflow of repo.workflows) {
      // In a reusable workflow `github.workflow` is the caller's name, so a group there can cancel its own caller.
      if (workflow.triggers.some((t) => t.event === 'workflow_call')) continue;
      const kinds = runKinds(workflow, longLived);
      // Pull requests first: on `[push, pull_request]` the finding is about the pull request runs.
      const superseded = kinds
        .filter((kind) => kind.supersedable && jobsRun(workflow, kind))
        .sort((a, b) => Number(a.id !== 'pull-request') - Number(b.id !== 'pull-request'));
      const first = superseded[0];
      if (first === undefined) continue;
      if (cancellingStep(workflow, repo) !== undefined) continue;
      // A run that may publish or deploy is not one to stop half-way for a newer push.
      if (superseded.some((kind) => workflow.jobs.some((job) => publishingInJob(job, repo, kind.newer))))
        continue;
      const data = { event: first.trigger.event };
      const { concurrency } = workflow;
      if (concurrency === undefined) {
        if (workflow.jobsKey === undefined || everyJobCancels(workflow, repo, superseded)) continue;
        const jobsKey = workflow.jobsKey;
        const block = newBlock(workflow, repo, kinds, superseded, longLived);
        report({
          messageId: 'missingBlock',
          data,
          at: first.trigger.at,
          ...(block !== undefined && {
            fix: {
              title: superseded.some((kind) => kind.id === 'feature-push')
                ? 'Add a top-level `concurrency` block that cancels superseded pull request and feature-branch runs'
                : 'Add a top-level `concurrency` block with `cancel-in-progress: true`',
              // Which branches are feature branches is a judgement: a push fix needs `--unsafe`.
              unsafe: superseded.some((kind) => kind.id === 'feature-push'),
              edits: (fixer: Fixer) => fixer.insertLinesBefore(jobsKey, block),
            },
          }),
        });
        continue;
      }
      const { cancelInProgress } = concurrency;
      const group = concurrency.group ?? (concurrency.node.kind === 'scalar' ? concurrency.node : undefined);
      if (group === undefined) continue;
      // Kinds whose group already holds one pull request or branch: cancelling there stops only its older runs.
      const targets = superseded.filter((kind) => separates({ group, cancel: undefined }, kind));
      const firstTarget = targets[0];
      if (firstTarget === undefined) continue;
      if (cancelInProgress === undefined) {
        const value = cancelValue(group, kinds, targets, longLived, workflow);
        report({
          messageId: 'missingCancel',
          data: { event: firstTarget.trigger.event },
          at: concurrency.key,
          ...(value !== undefined && {
            fix: {
              title: 'Add `cancel-in-progress` to the `concurrency` block',
              unsafe: targets.some((kind) => kind.id === 'feature-push'),
              edits: (fixer: Fixer) => addCancel(fixer, concurrency, value),
            },
          }),
        });
      } else if (neverTrue(concurrency, group, kinds)) {
        // An explicit `false` or an expression is a decision, unless the expression cannot be true for any trigger
        // of the workflow (`github.event_name == 'pull_request'` in a workflow without one): that is a slip.
        const value = cancelValue(group, kinds, targets, longLived, workflow);
        report({
          messageId: 'cancelNeverTrue',
          data: { event: firstTarget.trigger.event },
          at: cancelInProgress,
          ...(value !== undefined && {
            fix: {
              title: 'Make `cancel-in-progress` true for superseded runs',
              unsafe: targets.some((kind) => kind.id === 'feature-push'),
              edits: (fixer: Fixer) => fixer.replace(cancelInProgress, value),
            },
          }),
        });
      }
    }
  },
});

/** Whether some job runs in this kind of run: a push whose jobs are all gated on tags builds releases only. */
function jobsRun(workflow: Workflow, kind: RunKind): boolean {
  return workflow.jobs.some((job) => mayRun(job.if, kind.newer));
}

/** Every job that runs in superseded runs cancels on its own (a job-level `concurrency`, or its reusable workflow's). */
function everyJobCancels(workflow: Workflow, repo: Repository, superseded: readonly RunKind[]): boolean {
  const running = workflow.jobs.filter((job) => superseded.some((kind) => mayRun(job.if, kind.newer)));
  return (
    running.length > 0 &&
    running.every(
      (job) =>
        job.concurrency?.cancelInProgress !== undefined ||
        calledWorkflow(job.uses?.value, repo)?.concurrency?.cancelInProgress !== undefined,
    )
  );
}

function calledWorkflow(uses: unknown, repo: Repository): Workflow | undefined {
  if (typeof uses !== 'string' || !uses.startsWith('./')) return undefined;
  return repo.workflows.find((workflow) => workflow.file.path === uses.slice(2));
}

/** Two runs of one pull request (or branch) share the group, and two pull requests (or branches) do not. */
function separates(source: ConcurrencySource, kind: RunKind): boolean {
  if (shareGroup(source, kind.older, kind.newer) !== true) return false;
  return kind.otherUnit === undefined || shareGroup(source, kind.older, kind.otherUnit) === false;
}

function neverTrue(
  concurrency: Concurrency,
  group: ConcurrencySource['group'],
  kinds: readonly RunKind[],
): boolean {
  const cancel = concurrency.cancelInProgress;
  if (cancel?.kind !== 'scalar' || typeof cancel.value !== 'string' || !cancel.value.includes('${{'))
    return false;
  return kinds.every((kind) =>
    [kind.older, kind.newer].every((run) => evaluateConcurrency({ group, cancel }, run).cancel === false),
  );
}

/**
 * The top-level block for a workflow without one. Superseded kinds of runs are grouped by pull request number or
 * feature branch, and every other run (a push to `main`, a tag, a schedule) gets a group of its own through
 * `github.run_id`: it neither cancels nor waits for anything, as before. The block is checked on sample runs
 * before it is offered; undefined when it cannot be written so that it holds.
 */
function newBlock(
  workflow: Workflow,
  repo: Repository,
  kinds: readonly RunKind[],
  superseded: readonly RunKind[],
  longLived: LongLivedBranches,
): string | undefined {
  const pullRequestKinds = kinds.filter((kind) => kind.id === 'pull-request');
  const pullRequests = superseded.filter((kind) => kind.id === 'pull-request');
  const feature = superseded.find((kind) => kind.id === 'feature-push');
  const parts: string[] = [];
  if (pullRequests.length > 0) {
    parts.push(
      pullRequests.length === pullRequestKinds.length
        ? 'github.event.pull_request.number'
        : `(${eventIs(pullRequests)} && github.event.pull_request.number)`,
    );
  }
  if (feature !== undefined) {
    const condition = featureCondition(feature, kinds, longLived, true);
    if (condition === undefined) return undefined;
    parts.push(condition === '' ? 'github.ref' : `(${condition} && github.ref)`);
  }
  if (kinds.some((kind) => !superseded.includes(kind))) parts.push('github.run_id');
  // `pull_request` and `pull_request_target` runs of one pull request must not cancel each other.
  const events =
    new Set(pullRequests.map((kind) => kind.trigger.event)).size > 1 ? '${{ github.event_name }}-' : '';
  const group = `${workflowPrefix(workflow, repo)}-${events}\${{ ${parts.join(' || ')} }}`;
  const source = { group, cancel: 'true' };
  if (!holds(source, kinds, superseded, true) || deadlocks(source, workflow, repo, kinds)) return undefined;
  return `concurrency:\n  group: ${group}\n  cancel-in-progress: true\n\n`;
}

/** `${{ github.workflow }}`, unless another workflow of the repository has the same name (then they would share). */
function workflowPrefix(workflow: Workflow, repo: Repository): string {
  const name = workflow.name?.value;
  if (typeof name !== 'string' || name === '') return '${{ github.workflow }}';
  const shared = repo.workflows.some((other) => other !== workflow && other.name?.value === name);
  return shared ? (workflow.file.path.split('/').pop() ?? workflow.file.path) : '${{ github.workflow }}';
}

/**
 * The value of `cancel-in-progress` for an existing group: `true` when that holds, else an expression that is true
 * exactly in the superseded kinds of runs whose group holds one pull request or branch.
 */
function cancelValue(
  group: ConcurrencySource['group'],
  kinds: readonly RunKind[],
  targets: readonly RunKind[],
  longLived: LongLivedBranches,
  workflow: Workflow,
): string | undefined {
  if (holds({ group, cancel: 'true' }, kinds, targets, false)) return 'true';
  const terms: string[] = [];
  const pullRequests = targets.filter((kind) => kind.id === 'pull-request');
  if (pullRequests.length > 0) terms.push(eventIs(pullRequests));
  const feature = targets.find((kind) => kind.id === 'feature-push');
  if (feature !== undefined) {
    const condition = featureCondition(feature, kinds, longLived, false);
    if (condition === undefined) return undefined;
    const conditions = [
      ...(workflow.triggers.every((trigger) => trigger.event === 'push')
        ? []
        : ["github.event_name == 'push'"]),
      ...(condition === '' ? [] : [condition]),
    ];
    const term = conditions.length === 0 ? 'true' : conditions.join(' && ');
    terms.push(terms.length > 0 && conditions.length > 1 ? `(${term})` : term);
  }
  const value = `\${{ ${terms.join(' || ')} }}`;
  return holds({ group, cancel: value }, kinds, targets, false) ? value : undefined;
}

function eventIs(kinds: readonly RunKind[]): string {
  return [...new Set(kinds.map((kind) => kind.trigger.event))]
    .map((event) => `github.event_name == '${event}'`)
    .join(' || ');
}

/**
 * The condition that tells a push to a feature branch from one to a long-lived line or a tag, in the words of the
 * trigger's own filter (`github.ref_name != 'main'`); `''` when every run of the trigger is a feature push.
 * Undefined when a long-lived pattern cannot be written as a prefix or suffix.
 */
function featureCondition(
  kind: RunKind,
  kinds: readonly RunKind[],
  longLived: LongLivedBranches,
  withEvent: boolean,
): string | undefined {
  const trigger = kind.trigger;
  const terms: string[] = [];
  if (withEvent && kinds.some((other) => other.trigger.event !== 'push'))
    terms.push("github.event_name == 'push'");
  if (pushRunsForTags(trigger)) terms.push("github.ref_type == 'branch'");
  const filter = pushBranchFilter(trigger);
  if (filter === 'none') return undefined;
  const branch = onlyFeatureBranches(trigger, longLived) ?? exceptLongLived(trigger, filter, longLived);
  if (branch === undefined) return undefined;
  return [...new Set([...terms, ...branch])].join(' && ');
}

/**
 * A filter that lists its feature patterns (`branches: [main, 'feature/**']`): the condition names them, so that
 * nothing is cancelled outside the branches the rule has looked at. Undefined when one admits every name (`'**'`).
 */
function onlyFeatureBranches(trigger: Trigger, longLived: LongLivedBranches): string[] | undefined {
  if (trigger.branches === undefined) return undefined;
  const features = trigger.branches.filter(
    (raw) => !raw.startsWith('!') && !longLived.isLongLivedPattern(raw),
  );
  const tests: string[] = [];
  for (const pattern of features) {
    if (!isGlob(pattern)) {
      tests.push(`github.ref_name == ${quote(pattern)}`);
      continue;
    }
    const prefix = /^[^*?+[\]]*/.exec(pattern)?.[0] ?? '';
    if (prefix === '') return undefined;
    tests.push(`startsWith(github.ref_name, ${quote(prefix)})`);
  }
  const unique = [...new Set(tests)];
  if (unique.length === 0) return undefined;
  return [unique.length === 1 ? (unique[0] ?? '') : `(${unique.join(' || ')})`];
}

/** Every branch but the long-lived lines the trigger names, and those of the repository its patterns let in. */
function exceptLongLived(
  trigger: Trigger,
  filter: (name: string) => boolean,
  longLived: LongLivedBranches,
): string[] | undefined {
  const own = (trigger.branches ?? []).filter((raw) => !raw.startsWith('!'));
  const repository = ['main', 'master', ...longLived.named].filter(
    (pattern) => !own.includes(pattern) && filter(concretise(pattern)),
  );
  const terms: string[] = [];
  const names: string[] = [];
  for (const pattern of new Set([...own, ...repository])) {
    if (!longLived.isLongLivedPattern(pattern)) continue;
    if (!isGlob(pattern)) {
      if (filter(pattern)) names.push(pattern);
      continue;
    }
    const prefix = /^[^*?+[\]]*/.exec(pattern)?.[0] ?? '';
    const suffix = /[^*?+[\]]*$/.exec(pattern)?.[0] ?? '';
    if (prefix !== '') terms.push(`!startsWith(github.ref_name, ${quote(prefix)})`);
    else if (suffix !== '') terms.push(`!endsWith(github.ref_name, ${quote(suffix)})`);
    else return undefined;
  }
  if (names.length === 1) terms.push(`github.ref_name != ${quote(names[0] ?? '')}`);
  else if (names.length > 1) terms.push(`!contains(fromJSON('${JSON.stringify(names)}'), github.ref_name)`);
  return terms;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The promise a fix makes, checked on sample runs: a newer run cancels the older one of the same pull request or
 * feature branch (for every kind in `targets`); no run cancels another pull request's, another branch's, or one of
 * another kind; runs that nothing supersedes are never cancelled. A new block (`isolated`) also leaves every run
 * outside `targets` in a group of its own, so that nothing starts waiting that did not wait before.
 */
function holds(
  source: ConcurrencySource,
  kinds: readonly RunKind[],
  targets: readonly RunKind[],
  isolated: boolean,
): boolean {
  for (const kind of kinds) {
    const target = targets.includes(kind);
    if (target && cancels(source, kind.older, kind.newer) !== true) return false;
    if (!target && cancels(source, kind.older, kind.newer) !== false) return false;
    if (!target && isolated && shareGroup(source, kind.older, kind.newer) !== false) return false;
    if (kind.otherUnit !== undefined && cancels(source, kind.older, kind.otherUnit) !== false) return false;
    if (kind.otherUnit !== undefined && isolated && shareGroup(source, kind.older, kind.otherUnit) !== false)
      return false;
    for (const other of kinds) {
      if (other === kind) continue;
      if (cancels(source, kind.older, other.newer) !== false) return false;
      if (isolated && shareGroup(source, kind.older, other.newer) !== false) return false;
    }
  }
  return true;
}

/**
 * A called reusable workflow whose own group evaluates, in the caller's run, to the caller's group: GitHub then
 * cancels one of them as a deadlock.
 */
function deadlocks(
  source: ConcurrencySource,
  workflow: Workflow,
  repo: Repository,
  kinds: readonly RunKind[],
): boolean {
  const callees = workflow.jobs.flatMap((job) => {
    const concurrency = calledWorkflow(job.uses?.value, repo)?.concurrency;
    const group = concurrency?.group ?? (concurrency?.node.kind === 'scalar' ? concurrency.node : undefined);
    return group === undefined ? [] : [group];
  });
  return callees.some((group) => kinds.some((kind) => sameGroup(source, group, kind)));
}

/** Unknown counts as the same: a fix is offered only where it is known to hold. */
function sameGroup(source: ConcurrencySource, callee: ConcurrencySource['group'], kind: RunKind): boolean {
  const ours = evaluateConcurrency(source, kind.newer).group;
  const theirs = evaluateConcurrency({ group: callee, cancel: undefined }, kind.newer).group;
  return ours === undefined || theirs === undefined || ours === theirs;
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
