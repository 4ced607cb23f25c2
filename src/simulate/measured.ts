/**
 * Measured history of one workflow, as the simulator consumes it: each run with its jobs (every matrix shard
 * separately) matched to the model's job ids, their steps in order, and their durations. Built from the store by
 * `src/history/`, or generated in tests.
 */
export interface MeasuredStep {
  readonly name: string;
  readonly minutes: number;
  /** Index of the model step this step was matched to (`steps[i]` of the job), when matched. */
  readonly modelIndex?: number | undefined;
  /**
   * The step started before the previous one ended: they ran side by side (GitHub's parallel steps; the recordings
   * show members sharing a start, then a group step spanning the longest). Such a step starts with the previous one.
   */
  readonly parallel?: boolean | undefined;
}

export interface MeasuredJob {
  /** The model's job id (`build`), shared by every shard. */
  readonly jobId: string;
  /** The job's name as GitHub shows it (`build (ubuntu-latest, 20)`); unique within a run. */
  readonly name: string;
  /** Runner labels, joined: the pool the job runs on. */
  readonly pool: string;
  /** From `started_at` to `completed_at`. */
  readonly minutes: number;
  /** From `created_at` to `started_at`, when known. */
  readonly queueMinutes: number | undefined;
  /** `created_at` (ms since the epoch), when known: when the job became runnable. */
  readonly createdAt?: number | undefined;
  /** `started_at` (ms since the epoch), when known: what the replay check measures wall clock from. */
  readonly startedAt?: number | undefined;
  readonly steps: readonly MeasuredStep[];
}

export interface MeasuredRun {
  readonly id: number;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly event: string;
  readonly branch: string | null;
  readonly jobs: readonly MeasuredJob[];
}
