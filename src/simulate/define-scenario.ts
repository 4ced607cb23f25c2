/**
 * A what-if scenario: how a fix changes a workflow's runs. Same shape as a rule (STYLE convention 4): one file per
 * scenario in `scenarios/`, named by the rule whose fix it predicts (or by the option that asks for it).
 */
import type { Finding } from '../findings/finding.ts';
import type { Workflow } from '../workflow/model.ts';
import type { PlannedRun, ReplayOptions } from './replay.ts';
import type { DroppedGate } from './workflow-diff.ts';

/** Figures a scenario needs but history cannot give; each default is stated in the output. */
export interface Assumptions {
  /** Minutes to download an image tarball artifact and `docker load` it in one shard (seed 000 measured ~15 s). */
  readonly imageLoadMinutes: number;
  /** Minutes to export and upload the tarball once, in the new build job. */
  readonly imageUploadMinutes: number;
  /** How many times slower a foreign platform builds under QEMU than natively (commonly 3–10×). */
  readonly emulationSlowdown: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  imageLoadMinutes: 0.25,
  imageUploadMinutes: 0.5,
  emulationSlowdown: 4,
};

export interface ScenarioInput {
  readonly workflow: Workflow;
  readonly runs: readonly PlannedRun[];
  /** The finding whose fix is simulated; absent for option-driven scenarios (`--remove-needs`). */
  readonly finding: Finding | undefined;
  readonly assumptions: Assumptions;
  /** Scenario-specific argument (`JOB:DEP` for remove-needs). */
  readonly argument?: string;
}

export interface ScenarioOutcome {
  readonly runs: readonly PlannedRun[];
  readonly options?: Partial<ReplayOptions>;
  /** Plain sentences: what was assumed or measured to get the after figures. */
  readonly assumptions: readonly string[];
  readonly gatesLost?: readonly DroppedGate[];
}

export interface Scenario {
  /** The rule id whose fix this predicts, or the option name. */
  readonly id: string;
  readonly description: string;
  /** The changed runs, or why the scenario cannot be applied to them. */
  apply(input: ScenarioInput): ScenarioOutcome | { readonly skipped: string };
}

export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}
