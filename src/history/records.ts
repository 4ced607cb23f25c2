/**
 * Normalised run history: what `sync` and `import` produce from GitHub's API responses (REST or `gh --json`), and
 * what the store keeps. Times are milliseconds since the epoch, UTC; GitHub's local offsets (`+09:00` on old step
 * times) are resolved when mapping. Conclusions and statuses are lower-cased; `''` becomes null.
 */

export interface RepoRef {
  readonly owner: string;
  readonly name: string;
}

export interface WorkflowRecord {
  readonly id: number;
  readonly name: string;
  /** `.github/workflows/ci.yml` (without GitHub's `@ref` suffix). */
  readonly path: string;
  readonly state: string;
}

export interface RunRecord {
  readonly id: number;
  readonly workflowId: number;
  readonly name: string | null;
  /** The workflow file of the run, without `@ref`; null in old payloads. */
  readonly path: string | null;
  readonly event: string;
  readonly headBranch: string | null;
  readonly headSha: string;
  readonly status: string | null;
  readonly conclusion: string | null;
  readonly runNumber: number;
  /** The latest attempt's number (1 for a run never re-run). */
  readonly runAttempt: number;
  readonly createdAt: number | null;
  readonly updatedAt: number | null;
  readonly runStartedAt: number | null;
  /** Numbers of the pull requests the run belongs to (empty for forks and pushes). */
  readonly pullRequests: readonly number[];
}

export interface JobRecord {
  readonly id: number;
  readonly runId: number;
  readonly runAttempt: number;
  readonly name: string;
  /** The workflow name as the job payload carries it (may differ from the run's for reusable workflows). */
  readonly workflowName: string | null;
  readonly status: string | null;
  readonly conclusion: string | null;
  /** When the job became runnable (after its needs); missing in payloads from before 2022. */
  readonly createdAt: number | null;
  readonly startedAt: number | null;
  readonly completedAt: number | null;
  readonly labels: readonly string[];
  readonly runnerName: string | null;
  readonly runnerGroupName: string | null;
  readonly steps: readonly StepRecord[];
}

export interface StepRecord {
  /** GitHub's step number; not contiguous (post steps jump), unique within a job. */
  readonly number: number;
  readonly name: string;
  readonly status: string | null;
  readonly conclusion: string | null;
  readonly startedAt: number | null;
  readonly completedAt: number | null;
}

/** A run and the jobs of every attempt, written to the store as one unit. */
export interface RunWithJobs {
  readonly run: RunRecord;
  readonly jobs: readonly JobRecord[];
}
