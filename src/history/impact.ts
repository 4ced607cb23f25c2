/**
 * Measured impact of findings (issue 9): with run history for the repository, a finding of a waste rule gets the
 * runner-minutes and dollars of the waste it is about, the saving of its fix, the runs they rest on and a `basis`
 * that says what was measured. Each rule has its own estimator below; a waste rule without one, or without the
 * evidence, gets an `impactNote` ("not measured: …") instead of a 0. Findings about safety or hygiene get neither.
 * Also the `HistoryView` that history-aware rules read. Definitions: docs/metrics.md ("Impact of a finding").
 */
import type { HistoryView, JobDurations } from '../engine/history-view.ts';
import type { Finding, FindingImpact, ImpactPricing } from '../findings/finding.ts';
import { rules } from '../rules/index.ts';
import { DEFAULT_ASSUMPTIONS } from '../simulate/define-scenario.ts';
import { locate } from '../simulate/locate.ts';
import type { Job, Repository, Step, Workflow } from '../workflow/model.ts';
import { cacheWaste, installSteps } from './cache-waste.ts';
import type { CacheSample } from './cache-waste.ts';
import type { DuckDbHistoryStore } from './duckdb-store.ts';
import { stepDisplayNames } from './match.ts';
import type { PriceOverride } from './prices.ts';
import { scopeTotals, stepTimings, summarizeHistory } from './queries.ts';
import type { HistorySummary, ScopePrice, ScopeTotals, StepTiming, WorkflowSummary } from './queries.ts';
import type { RepoRef } from './records.ts';

const DAY = 86_400_000;
/** The average month of the Gregorian calendar, for "per month" figures. */
const DAYS_PER_MONTH = 30.44;
/** GitHub's default `timeout-minutes`: what a hung job holds its runner for. */
const DEFAULT_TIMEOUT_MINUTES = 360;

export interface HistoryContext {
  readonly view: HistoryView;
  /** The figures of the window the impact rests on (for reports that show them too). */
  readonly summary: HistorySummary;
  /** The findings with `impact` (or `impactNote`) set where their rule's waste is measured; the others unchanged. */
  attachImpact(findings: readonly Finding[]): Finding[];
}

export interface HistoryContextOptions {
  readonly repoId: number;
  readonly repo: RepoRef;
  readonly model: Repository;
  readonly now: number;
  /** Window of history the figures rest on, in days (default 30). */
  readonly days?: number;
  /** The user's prices (`--price`, `prices:` in .ciscope.yml), before GitHub's list prices. */
  readonly prices?: readonly PriceOverride[];
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
    ...(options.prices === undefined ? {} : { prices: options.prices }),
  };
  const summary = await summarizeHistory(store, window);
  const totals = await scopeTotals(store, window);
  const timings = await stepTimings(store, window, cacheStepNames(options.model));
  const measured: Measured = { summary, totals, timings, days };
  return {
    view: historyView(totals),
    summary,
    attachImpact: (findings) => findings.map((finding) => withImpact(finding, options.model, measured)),
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

interface Measured {
  readonly summary: HistorySummary;
  readonly totals: ScopeTotals;
  readonly timings: readonly StepTiming[];
  readonly days: number;
}

/** What a finding points at, with the figures of its workflow. */
interface Target {
  readonly finding: Finding;
  readonly workflow: Workflow;
  readonly measured: WorkflowSummary;
  readonly job: Job | undefined;
  readonly step: Step | undefined;
}

/** A rule's measured waste over the window: minutes, what the fix saves of them, and where (for totals). */
interface Estimate {
  readonly wasteMinutes: number;
  readonly savingMinutes: number;
  readonly basis: string;
  /** The job the saving falls in; undefined for the whole workflow. */
  readonly job: Job | undefined;
  /** Identifies the waste: two findings on one waste are one saving in the totals. */
  readonly waste: string;
}

type Estimator = (target: Target, measured: Measured) => Estimate | { readonly note: string };

const CACHE_NOT_READ =
  'not measured: step durations do not show whether a build hit its layer cache (job logs do), nor how long a warm build would take; seed 001 found cache export and import can cost more than they save';

/** One estimator per waste rule, named by rule id (docs/metrics.md lists what each measures). */
const ESTIMATORS: Readonly<Record<string, Estimator>> = {
  'missing-concurrency': supersededRuns,
  'matrix-rebuilds-image': repeatedShards,
  'qemu-setup-unused': wholeStep,
  'qemu-emulated-build': emulatedShare,
  'missing-timeout': pastTimeout,
  'shared-cache-key': cacheMisses,
  'unpinned-tool-version': cacheMisses,
  'compose-bake-drops-cache': () => ({ note: CACHE_NOT_READ }),
  'bake-git-context-cache-miss': () => ({ note: CACHE_NOT_READ }),
  'sequential-image-builds': () => ({
    note: 'not measured: what one parallel bake pass would take is a prediction the history cannot show',
  }),
};

const CATEGORY = new Map(rules.map((rule) => [rule.id, rule.meta.category]));

function withImpact(finding: Finding, model: Repository, measured: Measured): Finding {
  // Safety and hygiene findings save no runner time: no cost line at all.
  if (CATEGORY.get(finding.ruleId) !== 'waste' && ESTIMATORS[finding.ruleId] === undefined) return finding;
  const workflow = model.workflows.find((candidate) => candidate.file.path === finding.location.file);
  if (workflow === undefined) return finding;
  const summary = measured.summary.workflows.find((candidate) => candidate.path === workflow.file.path);
  if (summary === undefined || summary.runs === 0) return finding;
  const { job, step } = locate(workflow, finding);
  const estimator =
    ESTIMATORS[finding.ruleId] ??
    ((): { note: string } => ({ note: 'not measured: ciscope has no estimate of this waste yet' }));
  const estimate = estimator({ finding, workflow, measured: summary, job, step }, measured);
  if ('note' in estimate) return { ...finding, impactNote: estimate.note };
  return { ...finding, impact: impactOf(estimate, workflow, summary, measured) };
}

function impactOf(
  estimate: Estimate,
  workflow: Workflow,
  summary: WorkflowSummary,
  measured: Measured,
): FindingImpact {
  const path = workflow.file.path;
  const jobFigures =
    estimate.job === undefined ? undefined : measured.totals.jobs.get(`${path}\n${estimate.job.id}`);
  const price: ScopePrice = jobFigures?.price ??
    measured.totals.workflowPrices.get(path) ?? {
      usdPerBilledMinute: undefined,
      pricedShare: 0,
      pricing: { kind: 'unknown' },
    };
  const scopeMinutes = jobFigures?.minutes ?? summary.runnerMinutes;
  const perWeek = 7 / measured.days;
  const perMonth = DAYS_PER_MONTH / measured.days;
  const rate =
    price.usdPerBilledMinute === undefined ? undefined : price.usdPerBilledMinute * price.pricedShare;
  const dollars = (minutes: number): { usd?: number } =>
    rate === undefined ? {} : { usd: round(minutes * rate * perMonth) };
  const waste = dollars(estimate.wasteMinutes);
  const saving = dollars(estimate.savingMinutes);
  return {
    runnerMinutesPerRun: round(estimate.wasteMinutes / summary.runs),
    runnerMinutesPerWeek: round(estimate.wasteMinutes * perWeek),
    ...(waste.usd === undefined ? {} : { usdPerMonth: waste.usd }),
    savingMinutesPerRun: round(estimate.savingMinutes / summary.runs),
    savingMinutesPerWeek: round(estimate.savingMinutes * perWeek),
    ...(saving.usd === undefined ? {} : { savingUsdPerMonth: saving.usd }),
    runs: summary.runs,
    basis: estimate.basis,
    pricing: impactPricing(price),
    overlap: {
      waste: estimate.waste,
      workflow: path,
      ...(estimate.job === undefined ? {} : { job: estimate.job.id }),
      scopeMinutesPerWeek: round(scopeMinutes * perWeek),
    },
  };
}

function impactPricing(price: ScopePrice): ImpactPricing {
  const { pricing } = price;
  if (price.usdPerBilledMinute === undefined)
    return pricing.kind === 'self-hosted' ? { kind: 'self-hosted' } : { kind: 'unknown' };
  if (pricing.kind === 'hosted')
    return { kind: 'hosted', sku: pricing.sku, usdPerMinute: round4(price.usdPerBilledMinute) };
  if (pricing.kind === 'custom')
    return { kind: 'custom', labels: pricing.labels, usdPerMinute: round4(price.usdPerBilledMinute) };
  return pricing.kind === 'self-hosted' ? { kind: 'self-hosted' } : { kind: 'unknown' };
}

// ---------------------------------------------------------------------------------------------------------------
// Estimators

/**
 * `cancel-in-progress` saves the minutes superseded runs kept running after a newer run of the same branch was
 * created. Where the workflow also runs on other events, the fix cancels pull request runs only, so only their
 * part counts.
 */
function supersededRuns(target: Target, measured: Measured): Estimate | { note: string } {
  const path = target.workflow.file.path;
  const pullRequestsOnly = target.workflow.triggers.some(
    (trigger) => trigger.event !== 'pull_request' && trigger.event !== 'pull_request_target',
  );
  // A group that falls back to `github.run_id` leaves every run but the superseded kinds alone.
  const fixCancelsAll = target.finding.fix?.edits.some(
    (edit) => /cancel-in-progress: true\b/.test(edit.text) && !/github\.run_id/.test(edit.text),
  );
  const events = [...(measured.totals.superseded.get(path) ?? new Map())].filter(
    ([event]) => !pullRequestsOnly || fixCancelsAll === true || event.startsWith('pull_request'),
  );
  const minutes = events.reduce((sum, [, figures]) => sum + figures.minutes, 0);
  const runs = events.reduce((sum, [, figures]) => sum + figures.runs, 0);
  const which = pullRequestsOnly && fixCancelsAll !== true ? 'pull request runs' : 'runs';
  if (minutes <= 0)
    return {
      note: `none measured: no ${which === 'runs' ? '' : 'pull request '}run of ${target.measured.runs} was still running when a newer run of its branch was created`,
    };
  return {
    wasteMinutes: minutes,
    savingMinutes: minutes,
    basis: `runner time that ${runs} of ${target.measured.runs} runs spent after a newer run of their branch was created${which === 'runs' ? '' : ' (pull request runs only: the fix cancels those)'}`,
    job: undefined,
    waste: `superseded:${path}`,
  };
}

/** All shards but one repeat a step that reads no `matrix`: building once saves (shards − 1) × the median shard. */
function repeatedShards(target: Target, measured: Measured): Estimate | { note: string } {
  const { job, step } = target;
  if (job === undefined || step === undefined) return { note: 'not measured: the finding is on no step' };
  const names = stepNamesOf(job, step);
  const wastes = measured.summary.waste.filter(
    (waste) =>
      waste.kind === 'redundant-shard-step' &&
      waste.workflow === target.workflow.file.path &&
      waste.job === job.id &&
      waste.step !== undefined &&
      names.has(waste.step),
  );
  const minutes = wastes.reduce((sum, waste) => sum + waste.runnerMinutes, 0);
  const runs = Math.max(0, ...wastes.map((waste) => waste.runs ?? 0));
  if (minutes <= 0)
    return { note: `not measured: no run of ${target.measured.runs} timed the step in more than one shard` };
  return {
    wasteMinutes: minutes,
    savingMinutes: minutes,
    basis: `(shards − 1) × the median shard's time of step \`${[...names][0]}\` in ${runs} runs with more than one shard (the time each shard then spends loading the built image is not subtracted)`,
    job,
    waste: `shard-step:${target.workflow.file.path}:${job.id}:${step.index}`,
  };
}

/** A step that does nothing useful: all its minutes (and its post step's). */
function wholeStep(target: Target, measured: Measured): Estimate | { note: string } {
  const { job, step } = target;
  if (job === undefined || step === undefined) return { note: 'not measured: the finding is on no step' };
  const figures = stepFigures(target.workflow, job, step, measured.totals);
  if (figures.runs === 0) return { note: 'not measured: no run timed this step' };
  return {
    wasteMinutes: figures.minutes,
    savingMinutes: figures.minutes,
    basis: `the measured time of step \`${[...stepNamesOf(job, step)][0]}\` in ${figures.runs} runs`,
    job,
    waste: `step:${target.workflow.file.path}:${job.id}:${step.index}`,
  };
}

/**
 * The emulated platform's share of a multi-platform build, under `whatif`'s stated assumption that emulation is
 * several times slower than a native build: a prediction from the measured step, said so in the basis.
 */
function emulatedShare(target: Target, measured: Measured): Estimate | { note: string } {
  const { job, step } = target;
  if (job === undefined || step === undefined) return { note: 'not measured: the finding is on no step' };
  const figures = stepFigures(target.workflow, job, step, measured.totals);
  if (figures.runs === 0) return { note: 'not measured: no run timed this step' };
  const slowdown = DEFAULT_ASSUMPTIONS.emulationSlowdown;
  const share = slowdown / (1 + slowdown);
  return {
    wasteMinutes: figures.minutes * share,
    savingMinutes: figures.minutes * share,
    basis: `${Math.round(share * 100)}% of step \`${[...stepNamesOf(job, step)][0]}\`'s measured time in ${figures.runs} runs, assuming the emulated platform builds ${slowdown}× slower than the native one`,
    job,
    waste: `emulated:${target.workflow.file.path}:${job.id}:${step.index}`,
  };
}

/** A timeout saves what jobs ran past it: Σ max(0, duration − timeout) over every run of the job. */
function pastTimeout(target: Target, measured: Measured): Estimate | { note: string } {
  const { job } = target;
  if (job === undefined) return { note: 'not measured: the finding is on no job' };
  const figures = measured.totals.jobs.get(`${target.workflow.file.path}\n${job.id}`);
  const proposed = Number(
    /timeout-minutes:\s*(\d+)/.exec(
      target.finding.fix?.edits.map((edit) => edit.text).join('\n') ?? '',
    )?.[1] ?? Number.NaN,
  );
  if (figures === undefined || figures.durations.length === 0)
    return { note: `not measured: no run of job \`${job.id}\` in the window` };
  if (!Number.isFinite(proposed))
    return { note: 'not measured: the finding proposes no timeout to measure against' };
  const past = figures.durations.filter((minutes) => minutes > proposed);
  const minutes = past.reduce((sum, value) => sum + (value - proposed), 0);
  if (minutes <= 0)
    return {
      note: `none measured: no run of job \`${job.id}\` (${figures.durations.length} jobs) went past the proposed ${proposed}-minute timeout; it guards against a hung run holding its runner for up to ${DEFAULT_TIMEOUT_MINUTES} minutes`,
    };
  return {
    wasteMinutes: minutes,
    savingMinutes: minutes,
    basis: `runner time that ${past.length} of ${figures.durations.length} jobs of \`${job.id}\` spent past the proposed ${proposed}-minute timeout`,
    job,
    waste: `timeout:${target.workflow.file.path}:${job.id}`,
  };
}

/** The install time cache misses cost, run by run (cache-waste.ts); the fix that keeps the cache whole saves it. */
function cacheMisses(target: Target, measured: Measured): Estimate | { note: string } {
  const { job, step } = target;
  if (job === undefined || step === undefined) return { note: 'not measured: the finding is on no step' };
  const installs = installSteps(job, step);
  if (installs.length === 0)
    return { note: 'not measured: no install step after the cache step to measure (`uv sync`, `npm ci` …)' };
  const samples = cacheSamples(target.workflow, job, step, installs, measured.timings);
  const result = cacheWaste(samples);
  if ('note' in result) return result;
  const installNames = installs.map((install) => `\`${[...stepNamesOf(job, install)][0]}\``).join(', ');
  return {
    wasteMinutes: result.wasteMinutes,
    savingMinutes: result.wasteMinutes,
    basis:
      `${installNames} took ${fmt(result.warmInstallMinutes)} min on a warm cache; the ${result.misses} of ${result.samples} runs that took much longer (cache misses, from ${result.method}) spent the rest downloading` +
      `; restore ${fmt(result.restoreMinutes)} min and save ${fmt(result.saveMinutes)} min a run`,
    job,
    waste: `cache:${target.workflow.file.path}:${job.id}:${step.index}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** The cache steps of the model and the steps around them whose per-run timings cache waste needs. */
function cacheStepNames(model: Repository): { path: string; jobKey: string; step: string }[] {
  const out: { path: string; jobKey: string; step: string }[] = [];
  for (const workflow of model.workflows) {
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        if (!isCacheStep(step)) continue;
        for (const related of [step, ...installSteps(job, step)]) {
          for (const name of stepNamesOf(job, related)) {
            out.push({ path: workflow.file.path, jobKey: job.id, step: name });
            if (related === step)
              out.push({ path: workflow.file.path, jobKey: job.id, step: `Post ${name}` });
          }
        }
      }
    }
  }
  return out;
}

function isCacheStep(step: Step): boolean {
  const name = step.action?.name;
  return (
    name === 'actions/cache' ||
    name === 'actions/cache/restore' ||
    name === 'astral-sh/setup-uv' ||
    (name !== undefined && /^actions\/setup-(python|node|go|java|dotnet)$/.test(name))
  );
}

/** One sample per job run whose installs all completed: restore, save and install minutes. */
function cacheSamples(
  workflow: Workflow,
  job: Job,
  cacheStep: Step,
  installs: readonly Step[],
  timings: readonly StepTiming[],
): CacheSample[] {
  const restoreNames = stepNamesOf(job, cacheStep);
  const saveNames = new Set([...restoreNames].map((name) => `Post ${name}`));
  const installNames = installs.map((install) => stepNamesOf(job, install));
  const byJob = new Map<number, StepTiming[]>();
  for (const timing of timings) {
    if (timing.path !== workflow.file.path || timing.jobKey !== job.id) continue;
    byJob.set(timing.jobId, [...(byJob.get(timing.jobId) ?? []), timing]);
  }
  const samples: CacheSample[] = [];
  for (const steps of byJob.values()) {
    const installed = installNames.map((names) => steps.find((timing) => names.has(timing.step)));
    if (installed.some((timing) => timing === undefined || timing.conclusion !== 'success')) continue;
    const sum = (predicate: (timing: StepTiming) => boolean): number =>
      steps.filter(predicate).reduce((total, timing) => total + timing.minutes, 0);
    samples.push({
      runId: steps[0]?.runId ?? 0,
      restoreMinutes: sum((timing) => restoreNames.has(timing.step)),
      saveMinutes: sum((timing) => saveNames.has(timing.step)),
      installMinutes: installed.reduce((total, timing) => total + (timing?.minutes ?? 0), 0),
    });
  }
  return samples;
}

/** Every name GitHub may show for a step, over the shards of its job. */
function stepNamesOf(job: Job, step: Step): Set<string> {
  const names = new Set<string>();
  for (const combination of job.matrix?.combinations ?? [undefined])
    for (const name of stepDisplayNames(job, step, combination)) names.add(name);
  return names;
}

/** A step's minutes across its shards, under every name GitHub may show for it (and its post step). */
function stepFigures(
  workflow: Workflow,
  job: Job,
  step: Step,
  totals: ScopeTotals,
): { minutes: number; runs: number } {
  let minutes = 0;
  let runs = 0;
  for (const name of stepNamesOf(job, step)) {
    for (const shown of [name, `Post ${name}`]) {
      const figures = totals.steps.get(`${workflow.file.path}\n${job.id}\n${shown}`);
      if (figures === undefined) continue;
      minutes += figures.minutes;
      runs = Math.max(runs, figures.runs);
    }
  }
  return { minutes, runs };
}

function fmt(minutes: number): string {
  return minutes.toFixed(1);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
