/**
 * The store of run history. One implementation (DuckDB) owns the driver; `sync` and `import` write through this
 * interface, and the queries in `src/history/` read through it, so the embedded database stays swappable.
 */
import type { RepoRef, RunWithJobs, WorkflowRecord } from './records.ts';

export interface SyncCursor {
  /** Runs created before this time (ms) are all stored for the workflow; the next sync starts here. */
  readonly completeBefore: number;
}

export interface HistoryStore {
  /** Registers a repository (idempotent) and returns its id in the store. */
  upsertRepo(repo: RepoRef): Promise<number>;
  upsertWorkflows(repoId: number, workflows: readonly WorkflowRecord[]): Promise<void>;
  /** The workflows stored for a repository: what sync uses when the workflows listing answers 304. */
  workflows(repoId: number): Promise<readonly WorkflowRecord[]>;
  /**
   * Writes a run with the jobs of every attempt and their steps, in one transaction, replacing any copy stored
   * before (a run fetched while still in progress is fetched again later). An interrupted write leaves nothing.
   */
  writeRuns(repoId: number, runs: readonly RunWithJobs[]): Promise<void>;
  /** Ids of runs of a workflow already stored as completed: immutable, never fetched again. */
  completedRunIds(repoId: number, workflowId: number): Promise<ReadonlySet<number>>;
  getCursor(repoId: number, workflowId: number): Promise<SyncCursor | undefined>;
  setCursor(repoId: number, workflowId: number, cursor: SyncCursor): Promise<void>;
  /** ETag of a listing URL, for conditional requests (a 304 costs no rate limit). */
  getEtag(url: string): Promise<string | undefined>;
  setEtag(url: string, etag: string): Promise<void>;
  close(): Promise<void>;
}
