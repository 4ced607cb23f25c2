/**
 * The measured runs of one workflow, read from the store in the shape the simulator replays (`MeasuredRun`): the
 * latest attempt of each run (a re-run replaces what the user waited for), its jobs with their runner labels and
 * times, and their steps in order, each job matched to the model's job and each step to the model's step.
 *
 * Jobs that never held a runner (skipped, or cancelled while queued: GitHub reports them with `started_at` equal
 * to `completed_at` and no runner) are left out, since the replay would queue them for a runner they never took.
 * A job the model does not know keeps its own id (`unmatched:<name>`), so its runner time is still replayed;
 * the count is returned so the command can say so.
 */
import type { MeasuredJob, MeasuredRun, MeasuredStep } from '../simulate/measured.ts';
import type { Job, Workflow } from '../workflow/model.ts';
import type { Value } from '../workflow/expressions.ts';
import type { DuckDbHistoryStore, Row } from './duckdb-store.ts';
import { matchStep, WorkflowMatcher } from './match.ts';

export interface MeasuredRunsOptions {
  readonly repoId: number;
  readonly workflow: Workflow;
  /** Runs created in [from, to) (ms); all when absent. */
  readonly from?: number;
  readonly to?: number;
}

export interface MeasuredHistory {
  readonly runs: readonly MeasuredRun[];
  /** Jobs (of the runs above) whose name matches no job of the model; replayed under an id of their own. */
  readonly unmatchedJobs: number;
  /** Their distinct names, sorted. */
  readonly unmatchedNames: readonly string[];
}

const MINUTE = 60_000;
/** A prefix no job id can carry (ids are `[A-Za-z_][A-Za-z0-9_-]*`), so an unmatched job never takes a model job's `needs`. */
export const UNMATCHED_PREFIX = 'unmatched:';

export async function measuredRuns(
  store: DuckDbHistoryStore,
  options: MeasuredRunsOptions,
): Promise<MeasuredHistory> {
  const { workflow } = options;
  await store.query(
    `CREATE OR REPLACE TEMP TABLE measured_run_ids AS
     WITH attempts AS (SELECT run_id, max(run_attempt) AS attempt FROM jobs GROUP BY run_id)
     SELECT r.id, r.event, r.head_branch,
       coalesce(r.created_at_ms, r.run_started_at_ms) AS created_ms,
       greatest(coalesce(r.run_attempt, 1), coalesce(a.attempt, 1)) AS last_attempt
     FROM runs r
       LEFT JOIN attempts a ON a.run_id = r.id
       LEFT JOIN workflows w ON w.repo_id = r.repo_id AND w.id = r.workflow_id
     WHERE r.repo_id = $1 AND NOT r.placeholder AND coalesce(r.path, w.path) = $2
       AND coalesce(r.created_at_ms, r.run_started_at_ms) >= $3 AND coalesce(r.created_at_ms, r.run_started_at_ms) < $4`,
    [
      options.repoId,
      workflow.file.path,
      BigInt(options.from ?? 0),
      BigInt(options.to ?? Number.MAX_SAFE_INTEGER),
    ],
  );
  const runRows = await store.query('SELECT * FROM measured_run_ids ORDER BY created_ms, id');
  const jobRows = await store.query(
    `SELECT j.id, j.run_id, j.name, j.labels, j.created_at_ms, j.started_at_ms, j.completed_at_ms FROM jobs j
     JOIN measured_run_ids m ON m.id = j.run_id AND j.run_attempt = m.last_attempt
     WHERE j.started_at_ms IS NOT NULL AND j.completed_at_ms >= j.started_at_ms
       AND NOT (j.completed_at_ms = j.started_at_ms AND (j.conclusion IN ('skipped', 'cancelled') OR j.runner_name IS NULL))
     ORDER BY j.run_id, j.started_at_ms, j.id`,
  );
  const stepRows = await store.query(
    `SELECT s.job_id, s.name, s.started_at_ms, s.completed_at_ms FROM steps s
     JOIN jobs j ON j.id = s.job_id JOIN measured_run_ids m ON m.id = j.run_id AND j.run_attempt = m.last_attempt
     ORDER BY s.job_id, s.number`,
  );
  await store.query('DROP TABLE measured_run_ids');

  const stepsOf = groupBy(stepRows, (row) => Number(row.job_id));
  const jobsOf = groupBy(jobRows, (row) => Number(row.run_id));
  const matcher = new WorkflowMatcher(workflow);
  const unmatchedNames = new Set<string>();
  let unmatchedJobs = 0;
  const runs: MeasuredRun[] = [];
  for (const run of runRows) {
    const jobs = (jobsOf.get(Number(run.id)) ?? []).map((row): MeasuredJob => {
      const name = String(row.name);
      const match = matcher.matchJob(name);
      if (match === undefined) {
        unmatchedJobs++;
        unmatchedNames.add(name);
      }
      const combination =
        match?.combination === undefined ? undefined : match.job.matrix?.combinations?.[match.combination];
      const started = Number(row.started_at_ms);
      return {
        jobId: match === undefined ? `${UNMATCHED_PREFIX}${name.replace(/ \(.*\)$/, '')}` : match.job.id,
        name,
        pool: String(row.labels),
        minutes: (Number(row.completed_at_ms) - started) / MINUTE,
        queueMinutes:
          row.created_at_ms === null ? undefined : Math.max(0, started - Number(row.created_at_ms)) / MINUTE,
        createdAt: row.created_at_ms === null ? undefined : Number(row.created_at_ms),
        startedAt: started,
        steps: measuredSteps(stepsOf.get(Number(row.id)) ?? [], match?.job, combination),
      };
    });
    // A run none of whose jobs took a runner (skipped by `if:`, cancelled while queued) has nothing to replay.
    if (jobs.length === 0) continue;
    runs.push({
      id: Number(run.id),
      createdAt: Number(run.created_ms),
      event: String(run.event ?? ''),
      branch: run.head_branch === null ? null : String(run.head_branch),
      jobs,
    });
  }
  return { runs, unmatchedJobs, unmatchedNames: [...unmatchedNames].sort() };
}

/** The steps in order, each marked `parallel` when it started before the step before it had ended. */
function measuredSteps(
  rows: readonly Row[],
  job: Job | undefined,
  combination: Readonly<Record<string, Value>> | undefined,
): MeasuredStep[] {
  let previousEnd: number | undefined;
  return rows.map((row) => {
    const step = measuredStep(row, job, combination);
    if (row.started_at_ms === null || row.completed_at_ms === null) return step;
    const start = Number(row.started_at_ms);
    const end = Number(row.completed_at_ms);
    const parallel = previousEnd !== undefined && start < previousEnd;
    previousEnd = parallel ? Math.max(previousEnd ?? end, end) : end;
    return parallel ? { ...step, parallel } : step;
  });
}

function measuredStep(
  row: Row,
  job: Job | undefined,
  combination: Readonly<Record<string, Value>> | undefined,
): MeasuredStep {
  const name = String(row.name);
  const minutes =
    row.started_at_ms === null || row.completed_at_ms === null
      ? 0
      : Math.max(0, Number(row.completed_at_ms) - Number(row.started_at_ms)) / MINUTE;
  const match = job === undefined ? undefined : matchStep(job, name, combination);
  // A post step (`Post Run actions/cache@v4`) is not the step itself: a scenario that times a build by its step
  // must not average in the post step's seconds.
  const modelIndex = match === undefined || match === 'runner' || match.post ? undefined : match.step.index;
  return { name, minutes, modelIndex };
}

function groupBy<K>(rows: readonly Row[], key: (row: Row) => K): Map<K, Row[]> {
  const out = new Map<K, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list === undefined) out.set(k, [row]);
    else list.push(row);
  }
  return out;
}
