/**
 * What-if analysis: for each finding with a scenario (or the scenarios asked for), replay the measured runs of its
 * workflow before and after the change, and return the before/after table the seed authors wrote by hand.
 */
import type { Finding } from '../findings/finding.ts';
import type { Workflow } from '../workflow/model.ts';
import { DEFAULT_ASSUMPTIONS } from './define-scenario.ts';
import type { Assumptions, Scenario } from './define-scenario.ts';
import type { MeasuredRun } from './measured.ts';
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
  /** Runners per pool (labels joined with `,`); pools not named are unbounded. */
  readonly pools?: Readonly<Record<string, number>>;
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

export function whatIf(request: WhatIfRequest): ScenarioReport[] {
  const scenarios = request.scenarios ?? allScenarios;
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...request.assumptions };
  const planned = planRuns(request.workflow, request.runs);
  const base: ReplayOptions = { pools: request.pools ?? {} };
  const before = replay(planned, base).figures;
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
    const after = replay(outcome.runs as PlannedRun[], { ...base, ...outcome.options }).figures;
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
  return reports;
}
