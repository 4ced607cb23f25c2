/**
 * The DuckDB implementation of `HistoryStore`, and the only module that imports the driver. DuckDB because the
 * work is analytical: aggregates over millions of steps (docs/architecture.md, "Choices and why").
 *
 * Writes use DuckDB appenders (one native call per value, no SQL text per row) inside one transaction, after
 * set-based deletes of the previous copies: an interrupted write leaves nothing, a re-written run replaces its
 * previous copy.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { migrations } from './migrations/index.ts';
import type { JobRecord, RepoRef, RunRecord, RunWithJobs, WorkflowRecord } from './records.ts';
import type { HistoryStore, SyncCursor } from './store.ts';

/** A row of a query result, with BIGINT and DECIMAL values converted to numbers. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * What one write carries: runs (with `replaceJobs`, the run's jobs of every attempt are the ones given here) and
 * jobs (each replaces its previous copy by id). Jobs whose run is neither given nor stored get a placeholder run.
 */
export interface WriteBatch {
  readonly runs: readonly RunRecord[];
  readonly replaceJobsOf: readonly number[];
  readonly jobs: readonly JobRecord[];
}

export class DuckDbHistoryStore implements HistoryStore {
  private staged = false;
  private readonly instance: DuckDBInstance;
  private readonly connection: DuckDBConnection;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection) {
    this.instance = instance;
    this.connection = connection;
  }

  /** Opens (creating it and its directory if needed) the database at `path` and applies pending migrations. */
  static async open(path: string): Promise<DuckDbHistoryStore> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    // Loaded on first use: the native driver takes about a second to load, and `lint` without history never needs it.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    const store = new DuckDbHistoryStore(instance, connection);
    await store.migrate();
    return store;
  }

  /** Versions applied, in order: what `schema_migrations` records. */
  async appliedMigrations(): Promise<number[]> {
    const rows = await this.query('SELECT version FROM schema_migrations ORDER BY version');
    return rows.map((row) => Number(row.version));
  }

  private async migrate(): Promise<void> {
    await this.connection.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
    );
    const applied = new Set(await this.appliedMigrations());
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((migration) => migration.version));
    if (newest > known) {
      throw new Error(
        `the history database has schema version ${newest}, newer than this ciscope knows (${known}); upgrade ciscope`,
      );
    }
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await this.transaction(async () => {
        await this.connection.run(migration.sql);
        await this.connection.run('INSERT INTO schema_migrations VALUES ($1, $2, now()::TIMESTAMP)', [
          migration.version,
          migration.name,
        ]);
      });
    }
  }

  async upsertRepo(repo: RepoRef): Promise<number> {
    // GitHub owner and repository names are case-insensitive: `Owner/Repo` and `owner/repo` are one repository.
    const existing = await this.repoId(repo);
    if (existing !== undefined) return existing;
    const [row] = await this.query('INSERT INTO repos (owner, name) VALUES ($1, $2) RETURNING id', [
      repo.owner,
      repo.name,
    ]);
    return Number(row!.id);
  }

  /** The store's id of a repository, or undefined when nothing was ever stored for it. */
  async repoId(repo: RepoRef): Promise<number | undefined> {
    const [row] = await this.query(
      'SELECT id FROM repos WHERE lower(owner) = lower($1) AND lower(name) = lower($2)',
      [repo.owner, repo.name],
    );
    return row === undefined ? undefined : Number(row.id);
  }

  async upsertWorkflows(repoId: number, workflows: readonly WorkflowRecord[]): Promise<void> {
    await this.transaction(async () => {
      for (const workflow of workflows) {
        await this.connection.run('INSERT OR REPLACE INTO workflows VALUES ($1, $2, $3, $4, $5)', [
          repoId,
          BigInt(workflow.id),
          workflow.name,
          workflow.path,
          workflow.state,
        ]);
      }
    });
  }

  async workflows(repoId: number): Promise<readonly WorkflowRecord[]> {
    const rows = await this.query(
      'SELECT id, name, path, state FROM workflows WHERE repo_id = $1 ORDER BY id',
      [repoId],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      name: String(row.name),
      path: String(row.path),
      state: String(row.state),
    }));
  }

  async writeRuns(repoId: number, runs: readonly RunWithJobs[]): Promise<void> {
    await this.write(repoId, {
      runs: runs.map((entry) => entry.run),
      replaceJobsOf: runs.map((entry) => entry.run.id),
      jobs: runs.flatMap((entry) => entry.jobs),
    });
  }

  /**
   * The one write path. The ids being written go to small staging tables first, so that the previous copies can
   * be found with set-based deletes; then, in the same transaction, the rows are appended straight into the real
   * tables (a DuckDB appender writes inside the connection's open transaction, so a failure rolls it all back).
   * Fresh history, the common case, skips the deletes entirely.
   */
  async write(repoId: number, batch: WriteBatch): Promise<void> {
    if (batch.runs.length === 0 && batch.jobs.length === 0) return;
    await this.prepareStaging();
    try {
      await this.stageIds(batch);
      await this.transaction(async () => {
        const run = (sql: string): Promise<unknown> => this.connection.run(sql);
        const [existing] = await this.query(`SELECT
          (SELECT count(*) FROM runs WHERE id IN (SELECT id FROM stage_run_ids)) AS runs,
          (SELECT count(*) FROM jobs WHERE id IN (SELECT id FROM stage_job_ids) OR run_id IN (SELECT id FROM stage_replace)) AS jobs`);
        if (Number(existing?.jobs) > 0) {
          // A job re-fetched months later comes back with `steps: []` (GitHub drops them; recordings README,
          // gotcha 4): its stored steps are kept. Steps go only when new ones arrive or the job itself is gone.
          await run(`DELETE FROM steps WHERE job_id IN (SELECT id FROM stage_job_ids WHERE has_steps)
            OR job_id IN (SELECT id FROM jobs WHERE run_id IN (SELECT id FROM stage_replace) AND id NOT IN (SELECT id FROM stage_job_ids))`);
          await run(
            'DELETE FROM job_labels WHERE job_id IN (SELECT id FROM jobs WHERE run_id IN (SELECT id FROM stage_replace)) OR job_id IN (SELECT id FROM stage_job_ids)',
          );
          await run(
            'DELETE FROM jobs WHERE run_id IN (SELECT id FROM stage_replace) OR id IN (SELECT id FROM stage_job_ids)',
          );
        }
        if (Number(existing?.runs) > 0)
          await run('DELETE FROM runs WHERE id IN (SELECT id FROM stage_run_ids)');
        await this.appendRows(repoId, batch);
        // Jobs whose run is unknown are kept under a placeholder run, named after the workflow the jobs carry.
        await run(`INSERT INTO runs (repo_id, id, placeholder, name)
          SELECT ${repoId}, run_id, true, any_value(workflow_name) FROM jobs
          WHERE id IN (SELECT id FROM stage_job_ids) AND run_id NOT IN (SELECT id FROM runs) GROUP BY run_id`);
        const touched =
          'SELECT run_id FROM jobs WHERE id IN (SELECT id FROM stage_job_ids) UNION SELECT id FROM stage_replace';
        await run(`DELETE FROM run_attempts WHERE run_id IN (${touched})`);
        await run(`INSERT INTO run_attempts
          SELECT run_id, run_attempt, count(*), min(started_at_ms), max(completed_at_ms) FROM jobs
          WHERE run_id IN (${touched}) GROUP BY run_id, run_attempt`);
      });
    } finally {
      for (const table of STAGING_TABLES) await this.connection.run(`DELETE FROM ${table}`);
    }
  }

  async completedRunIds(repoId: number, workflowId: number): Promise<ReadonlySet<number>> {
    const rows = await this.query(
      "SELECT id FROM runs WHERE repo_id = $1 AND workflow_id = $2 AND status = 'completed' AND NOT placeholder",
      [repoId, BigInt(workflowId)],
    );
    return new Set(rows.map((row) => Number(row.id)));
  }

  async getCursor(repoId: number, workflowId: number): Promise<SyncCursor | undefined> {
    const [row] = await this.query(
      'SELECT complete_before_ms FROM sync_cursors WHERE repo_id = $1 AND workflow_id = $2',
      [repoId, BigInt(workflowId)],
    );
    return row === undefined ? undefined : { completeBefore: Number(row.complete_before_ms) };
  }

  async setCursor(repoId: number, workflowId: number, cursor: SyncCursor): Promise<void> {
    await this.connection.run('INSERT OR REPLACE INTO sync_cursors VALUES ($1, $2, $3)', [
      repoId,
      BigInt(workflowId),
      BigInt(cursor.completeBefore),
    ]);
  }

  async getEtag(url: string): Promise<string | undefined> {
    const [row] = await this.query('SELECT etag FROM etags WHERE url = $1', [url]);
    return row === undefined ? undefined : String(row.etag);
  }

  async setEtag(url: string, etag: string): Promise<void> {
    await this.connection.run('INSERT OR REPLACE INTO etags VALUES ($1, $2)', [url, etag]);
  }

  /** Runs a read query; the queries module builds its figures with this. */
  async query(sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS().map((row) => {
      const out: Row = {};
      for (const [key, value] of Object.entries(row)) out[key] = toPlain(value);
      return out;
    });
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  private async transaction(body: () => Promise<void>): Promise<void> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      await body();
      await this.connection.run('COMMIT');
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  private async prepareStaging(): Promise<void> {
    if (this.staged) return;
    await this.connection.run('CREATE TEMP TABLE stage_run_ids (id BIGINT)');
    await this.connection.run('CREATE TEMP TABLE stage_replace (id BIGINT)');
    await this.connection.run('CREATE TEMP TABLE stage_job_ids (id BIGINT, has_steps BOOLEAN)');
    this.staged = true;
  }

  private async stageIds(batch: WriteBatch): Promise<void> {
    const runs = await this.connection.createAppender('stage_run_ids', 'main', 'temp');
    for (const run of batch.runs) {
      runs.appendBigInt(BigInt(run.id));
      runs.endRow();
    }
    runs.closeSync();
    const replace = await this.connection.createAppender('stage_replace', 'main', 'temp');
    for (const id of batch.replaceJobsOf) {
      replace.appendBigInt(BigInt(id));
      replace.endRow();
    }
    replace.closeSync();
    const jobs = await this.connection.createAppender('stage_job_ids', 'main', 'temp');
    for (const job of batch.jobs) {
      jobs.appendBigInt(BigInt(job.id));
      jobs.appendBoolean(job.steps.length > 0);
      jobs.endRow();
    }
    jobs.closeSync();
  }

  /** Appends in the tables' column order (migrations/001); a later migration adding a column extends these. */
  private async appendRows(repoId: number, batch: WriteBatch): Promise<void> {
    const runs = await this.connection.createAppender('runs');
    for (const run of batch.runs) {
      runs.appendInteger(repoId);
      runs.appendBigInt(BigInt(run.id));
      runs.appendBoolean(false);
      appendBigIntOrNull(runs, run.workflowId);
      appendVarcharOrNull(runs, run.name);
      appendVarcharOrNull(runs, run.path);
      runs.appendVarchar(run.event);
      appendVarcharOrNull(runs, run.headBranch);
      runs.appendVarchar(run.headSha);
      appendVarcharOrNull(runs, run.status);
      appendVarcharOrNull(runs, run.conclusion);
      runs.appendInteger(run.runNumber);
      runs.appendInteger(run.runAttempt);
      appendBigIntOrNull(runs, run.createdAt);
      appendBigIntOrNull(runs, run.updatedAt);
      appendBigIntOrNull(runs, run.runStartedAt);
      runs.appendVarchar(run.pullRequests.join(','));
      runs.endRow();
    }
    runs.closeSync();

    const jobs = await this.connection.createAppender('jobs');
    const steps = await this.connection.createAppender('steps');
    const labels = await this.connection.createAppender('job_labels');
    for (const job of batch.jobs) {
      const jobId = BigInt(job.id);
      jobs.appendInteger(repoId);
      jobs.appendBigInt(jobId);
      jobs.appendBigInt(BigInt(job.runId));
      jobs.appendInteger(job.runAttempt);
      jobs.appendVarchar(job.name);
      appendVarcharOrNull(jobs, job.workflowName);
      appendVarcharOrNull(jobs, job.status);
      appendVarcharOrNull(jobs, job.conclusion);
      appendBigIntOrNull(jobs, job.createdAt);
      appendBigIntOrNull(jobs, job.startedAt);
      appendBigIntOrNull(jobs, job.completedAt);
      appendVarcharOrNull(jobs, job.runnerName);
      appendVarcharOrNull(jobs, job.runnerGroupName);
      jobs.appendVarchar(job.labels.join(','));
      jobs.endRow();
      for (const step of job.steps) {
        steps.appendBigInt(jobId);
        steps.appendInteger(step.number);
        steps.appendVarchar(step.name);
        appendVarcharOrNull(steps, step.status);
        appendVarcharOrNull(steps, step.conclusion);
        appendBigIntOrNull(steps, step.startedAt);
        appendBigIntOrNull(steps, step.completedAt);
        steps.endRow();
      }
      job.labels.forEach((label, position) => {
        labels.appendBigInt(jobId);
        labels.appendInteger(position);
        labels.appendVarchar(label);
        labels.endRow();
      });
    }
    jobs.closeSync();
    steps.closeSync();
    labels.closeSync();
  }
}

const STAGING_TABLES = ['stage_run_ids', 'stage_replace', 'stage_job_ids'];

function appendVarcharOrNull(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}

function appendBigIntOrNull(appender: DuckDBAppender, value: number | null): void {
  if (value === null) appender.appendNull();
  else appender.appendBigInt(BigInt(value));
}

function toPlain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
