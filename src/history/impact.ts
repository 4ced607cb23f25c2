/**
 * Measured impact of findings: with run history for the repository, each finding gets the runner-minutes and
 * dollars of what it points at (a step, a job, or the whole workflow, found from its location in the model) and
 * the estimated saving of its fix. Also the `HistoryView` that history-aware rules read. Definitions and the
 * saving estimators are documented in docs/metrics.md ("Impact of a finding").
 */
import type { HistoryView, JobDurations } from '../engine/history-view.ts';
import type { Finding, FindingImpact } from '../findings/finding.ts';
import type { Job, Repository, Step, Workflow } from '../workflow/model.ts';
import { offsetAt } from '../workflow/source.ts';
import type { DuckDbHistoryStore } from './duckdb-store.ts';
import { DEFAULT_ASSUMPTIONS } from '../simulate/define-scenario.ts';
import { stepDisplayNames } from './match.ts';
import { scopeTotals, summarizeHistory } from './queries.ts';
import type { HistorySummary, ScopeTotals, WorkflowSummary } from './queries.ts';
import type { RepoRef } from './records.ts';

const DAY = 86_400_000;
/** The average month of the Gregorian calendar, for "per month" figures. */
const DAYS_PER_MONTH = 30.44;

export interface HistoryContext {
  readonly view: HistoryView;
  /** The figures of the window the impact rests on (for reports that show them too). */
  readonly summary: HistorySummary;
  /** The findings with `impact` set where history covers what they point at; the others unchanged. */
  attachImpact(findings: readonly Finding[]): Finding[];
}

export interface HistoryContextOptions {
  readonly repoId: number;
  readonly repo: RepoRef;
  readonly model: Repository;
  readonly now: number;
  /** Window of history the figures rest on, in days (default 30). */
  readonly days?: number;
}

export async function loadHistoryContext(
  store: DuckDbHistoryStore,
  options: HistoryContextOptions,
): Promise<HistoryContext> {
  const days = options.days ?? 30;
  const window = {
    repoId: options.repoId,
    repo: options.repo,
    from: options.now - days * DAY,
    to: options.now,
    model: options.model,
  };
  const summary = await summarizeHistory(store, window);
  const totals = await scopeTotals(store, window);
  return {
    view: historyView(totals),
    summary,
    attachImpact: (findings) =>
      findings.map((finding) => withImpact(finding, options.model, summary, totals, days)),
  };
}

export function historyView(totals: ScopeTotals): HistoryView {
  return {
    jobDurations(workflowPath: string, jobId: string): JobDurations | undefined {
      const figures = totals.jobs.get(`${workflowPath}\n${jobId}`);
      if (figures === undefined || figures.successRuns === 0) return undefined;
      return {
        maxMinutes: figures.successMaxMinutes,
        p50Minutes: figures.successP50Minutes,
        runs: figures.successRuns,
      };
    },
  };
}

function withImpact(
  finding: Finding,
  model: Repository,
  summary: HistorySummary,
  totals: ScopeTotals,
  days: number,
): Finding {
  const workflow = model.workflows.find((candidate) => candidate.file.path === finding.location.file);
  const measured =
    workflow === undefined
      ? undefined
      : summary.workflows.find((candidate) => candidate.path === workflow.file.path);
  if (workflow === undefined || measured === undefined || measured.runs === 0) return finding;
  const offset = offsetAt(workflow.file, finding.location.start.line, finding.location.start.column);
  const job = workflow.jobs.find(
    (candidate) => candidate.key.range.start <= offset && offset <= candidate.node.range.end,
  );
  const step = job?.steps.find(
    (candidate) => candidate.node.range.start <= offset && offset <= candidate.node.range.end,
  );
  const scope =
    step !== undefined && job !== undefined
      ? stepFigures(workflow, job, step, totals)
      : job !== undefined
        ? totals.jobs.get(`${workflow.file.path}\n${job.id}`)
        : { minutes: measured.runnerMinutes, runs: measured.runs };
  if (scope === undefined || scope.runs === 0) return finding;
  const saving = savingMinutes(
    finding,
    summary,
    workflow,
    job,
    step,
    step === undefined ? undefined : scope.minutes,
  );
  return { ...finding, impact: impactOf(scope.minutes, saving, measured, days) };
}

/** A step's minutes across its shards, under every name GitHub may show for it (and its post step). */
function stepFigures(
  workflow: Workflow,
  job: Job,
  step: Step,
  totals: ScopeTotals,
): { minutes: number; runs: number } {
  const names = new Set<string>();
  for (const combination of job.matrix?.combinations ?? [undefined]) {
    for (const name of stepDisplayNames(job, step, combination)) names.add(name).add(`Post ${name}`);
  }
  let minutes = 0;
  let runs = 0;
  for (const name of names) {
    const figures = totals.steps.get(`${workflow.file.path}\n${job.id}\n${name}`);
    if (figures === undefined) continue;
    minutes += figures.minutes;
    runs = Math.max(runs, figures.runs);
  }
  return { minutes, runs };
}

/**
 * What the fix would save over the window, from the measured waste it removes: cancelling superseded runs for
 * `missing-concurrency`, the repeated shards of a step that every shard runs alike for a finding on that step, the
 * QEMU set-up step itself, and the emulated platform's share of a multi-platform build (the assumption `whatif`
 * states: an emulated platform builds several times slower than the native one). Other findings get 0: no estimate
 * rather than a guess.
 */
function savingMinutes(
  finding: Finding,
  summary: HistorySummary,
  workflow: Workflow,
  job: Job | undefined,
  step: Step | undefined,
  stepMinutes: number | undefined,
): number {
  const path = workflow.file.path;
  if (finding.ruleId === 'qemu-setup-unused' && stepMinutes !== undefined) return stepMinutes;
  if (finding.ruleId === 'qemu-emulated-build' && stepMinutes !== undefined) {
    const slowdown = DEFAULT_ASSUMPTIONS.emulationSlowdown;
    return stepMinutes * (slowdown / (1 + slowdown));
  }
  if (finding.ruleId === 'missing-concurrency') {
    return summary.waste
      .filter((waste) => waste.kind === 'superseded-run' && waste.workflow === path)
      .reduce((sum, waste) => sum + waste.runnerMinutes, 0);
  }
  if (job !== undefined && step !== undefined) {
    const names = new Set(
      (job.matrix?.combinations ?? [undefined]).flatMap((combination) =>
        stepDisplayNames(job, step, combination),
      ),
    );
    return summary.waste
      .filter(
        (waste) =>
          waste.kind === 'redundant-shard-step' &&
          waste.workflow === path &&
          waste.job === job.id &&
          waste.step !== undefined &&
          names.has(waste.step),
      )
      .reduce((sum, waste) => sum + waste.runnerMinutes, 0);
  }
  return 0;
}

function impactOf(minutes: number, saving: number, workflow: WorkflowSummary, days: number): FindingImpact {
  // Dollars per runner-minute of this workflow (its runners' mix of prices), applied to the part measured.
  const usdPerMinute = workflow.runnerMinutes > 0 ? workflow.costUsd / workflow.runnerMinutes : 0;
  const perWeek = 7 / days;
  const perMonth = DAYS_PER_MONTH / days;
  return {
    runnerMinutesPerRun: round(minutes / workflow.runs),
    runnerMinutesPerWeek: round(minutes * perWeek),
    usdPerMonth: round(minutes * usdPerMinute * perMonth),
    savingMinutesPerRun: round(saving / workflow.runs),
    savingMinutesPerWeek: round(saving * perWeek),
    savingUsdPerMonth: round(saving * usdPerMinute * perMonth),
    runs: workflow.runs,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
