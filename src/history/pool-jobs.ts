/**
 * Every job of a repository that held a runner in a window, with its labels, times and runner, and the workflow it
 * belongs to: what `whatif` sizes a self-hosted pool from and which other workflows load it.
 */
import type { PoolJob } from '../simulate/pools.ts';
import type { DuckDbHistoryStore } from './duckdb-store.ts';

export interface WorkflowPoolJob extends PoolJob {
  readonly path: string;
}

export async function poolJobs(
  store: DuckDbHistoryStore,
  options: { readonly repoId: number; readonly from: number; readonly to: number },
): Promise<WorkflowPoolJob[]> {
  const rows = await store.query(
    `SELECT j.labels, coalesce(r.path, w.path, '') AS path, j.created_at_ms, j.started_at_ms, j.completed_at_ms, j.runner_name
     FROM jobs j JOIN runs r ON r.id = j.run_id
       LEFT JOIN workflows w ON w.repo_id = r.repo_id AND w.id = r.workflow_id
     WHERE r.repo_id = $1 AND coalesce(r.created_at_ms, r.run_started_at_ms) >= $2
       AND coalesce(r.created_at_ms, r.run_started_at_ms) < $3
       AND j.started_at_ms IS NOT NULL AND j.completed_at_ms > j.started_at_ms
     ORDER BY j.started_at_ms, j.id`,
    [options.repoId, BigInt(options.from), BigInt(options.to)],
  );
  return rows.map((row) => ({
    labels: String(row.labels),
    path: String(row.path),
    created: row.created_at_ms === null ? null : Number(row.created_at_ms),
    start: Number(row.started_at_ms),
    end: Number(row.completed_at_ms),
    runner: row.runner_name === null ? null : String(row.runner_name),
  }));
}
