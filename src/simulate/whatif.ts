/**
 * What-if analysis: for each finding with a scenario (or the scenarios asked for), replay the measured runs of its
 * workflow before and after the change, and return the before/after table the seed authors wrote by hand.
 */
import type { Finding } from '../findings/finding.ts';
import type { Workflow } from '../workflow/model.ts';
import { DEFAULT_ASSUMPTIONS } from './define-scenario.ts';
import type { Assumptions, Scenario } from './define-scenario.ts';
import type { MeasuredRun } from './measured.ts';
import { spread } from './percentile.ts';
import type { Spread } from './percentile.ts';
import { poolResolver } from './pools.ts';
import { planRuns, replay } from './replay.ts';
import type { Figures, PlannedRun, ReplayOptions } from './replay.ts';
import { scenarios as allScenarios } from './scenarios/index.ts';
import type { DroppedGate } from './workflow-diff.ts';

export interface WhatIfRequest {
  readonly workflow: Workflow;
  readonly runs: readonly MeasuredRun[];
  /** Findings in this workflow's file (and the files it builds). */
  readonly findings: readonly Finding[];
  /** Rule ids to simulate; `all` for every finding that has a scenario. */
  readonly apply: 'all' | readonly string[];
  /** `JOB:DEP` pairs for the remove-needs scenario. */
  readonly removeNeeds?: readonly string[];
  /** Runners per pool (labels joined with `,`); a pool serves the jobs whose labels it all has; others are unbounded. */
  readonly pools?: Readonly<Record<string, number>>;
  /** Milliseconds a runner of a bounded pool takes to hand over to the next waiting job (`handoverOf`). */
  readonly handover?: Readonly<Record<string, number>>;
  /** Measured runs of other workflows whose jobs take runners of the bounded pools: replayed, not reported. */
  readonly background?: readonly { readonly workflow: Workflow; readonly runs: readonly MeasuredRun[] }[];
  readonly assumptions?: Partial<Assumptions>;
  readonly scenarios?: readonly Scenario[];
}

export interface ScenarioReport {
  readonly rule: string;
  readonly workflow: string;
  /** Where the finding is, when the scenario simulates a finding's fix. */
  readonly finding?: { readonly line: number; readonly message: string };
  readonly before: Figures;
  readonly after: Figures;
  readonly assumptions: readonly string[];
  readonly runs: number;
  readonly gatesLost?: readonly DroppedGate[];
  /** Why the scenario could not be simulated (then before = after). */
  readonly skipped?: string;
}

/**
 * The unchanged runs replayed against what was measured: the check that the replay reproduces the history before
 * it predicts a change. Queue minutes per job (of the jobs whose queue is known) and wall clock per run.
 */
export interface ReplayCheck {
  readonly measured: {
    readonly queueMinutes: Spread | undefined;
    readonly wallClockMinutes: Spread | undefined;
  };
  readonly replayed: {
    readonly queueMinutes: Spread | undefined;
    readonly wallClockMinutes: Spread | undefined;
  };
}

export function whatIf(request: WhatIfRequest): ScenarioReport[] {
  return whatIfWorkflow(request).scenarios;
}

export function whatIfWorkflow(request: WhatIfRequest): {
  scenarios: ScenarioReport[];
  check: ReplayCheck;
} {
  const scenarios = request.scenarios ?? allScenarios;
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...request.assumptions };
  const pools = request.pools ?? {};
  const resolve = poolResolver(pools);
  const onPools = (runs: readonly MeasuredRun[]): MeasuredRun[] =>
    runs.map((run) => ({ ...run, jobs: run.jobs.map((job) => ({ ...job, pool: resolve(job.pool) })) }));
  const planned = planRuns(request.workflow, onPools(request.runs));
  const background = (request.background ?? []).flatMap((other) =>
    planRuns(other.workflow, onPools(other.runs)),
  );
  const base: ReplayOptions = {
    pools,
    ...(request.handover === undefined ? {} : { handover: request.handover }),
  };
  const beforeReplay = replay(planned, base, background);
  const before = beforeReplay.figures;
  const check: ReplayCheck = {
    measured: measuredFigures(request.runs),
    replayed: { queueMinutes: before.queueMinutes, wallClockMinutes: before.wallClockMinutes },
  };
  const path = request.workflow.file.path;
  const reports: ScenarioReport[] = [];
  const simulateOne = (scenario: Scenario, finding: Finding | undefined, argument?: string): void => {
    const outcome = scenario.apply({
      workflow: request.workflow,
      runs: planned,
      finding,
      assumptions,
      ...(argument === undefined ? {} : { argument }),
    });
    const common = {
      rule: scenario.id,
      workflow: path,
      ...(finding === undefined
        ? {}
        : { finding: { line: finding.location.start.line, message: finding.message } }),
      before,
      runs: planned.length,
    };
    if ('skipped' in outcome) {
      reports.push({ ...common, after: before, assumptions: [], skipped: outcome.skipped });
      return;
    }
    const after = replay(outcome.runs as PlannedRun[], { ...base, ...outcome.options }, background).figures;
    reports.push({
      ...common,
      after,
      assumptions: outcome.assumptions,
      ...(outcome.gatesLost === undefined ? {} : { gatesLost: outcome.gatesLost }),
    });
  };
  for (const finding of request.findings) {
    if (finding.location.file !== path) continue;
    if (request.apply !== 'all' && !request.apply.includes(finding.ruleId)) continue;
    const scenario = scenarios.find((candidate) => candidate.id === finding.ruleId);
    if (scenario !== undefined) simulateOne(scenario, finding);
  }
  const removeNeeds = scenarios.find((candidate) => candidate.id === 'remove-needs');
  for (const pair of request.removeNeeds ?? [])
    if (removeNeeds !== undefined) simulateOne(removeNeeds, undefined, pair);
  return { scenarios: reports, check };
}

/** Queue per job and wall clock per run (first job start → last job end) as measured. */
function measuredFigures(runs: readonly MeasuredRun[]): ReplayCheck['measured'] {
  const queue: number[] = [];
  const wall: number[] = [];
  for (const run of runs) {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const job of run.jobs) {
      if (job.queueMinutes !== undefined) queue.push(job.queueMinutes);
      if (job.startedAt === undefined) continue;
      first = Math.min(first, job.startedAt);
      last = Math.max(last, job.startedAt + job.minutes * 60_000);
    }
    if (Number.isFinite(first)) wall.push((last - first) / 60_000);
  }
  return { queueMinutes: spread(queue), wallClockMinutes: spread(wall) };
}
