/**
 * The DuckDB implementation of `HistoryStore`, and the only module that imports the driver. DuckDB because the
 * work is analytical: aggregates over millions of steps (docs/architecture.md, "Choices and why").
 *
 * Writes use DuckDB appenders (one native call per value, no SQL text per row) inside one transaction, after
 * set-based deletes of the previous copies: an interrupted write leaves nothing, a re-written run replaces its
 * previous copy.
 *
 * Everything that can go wrong with the file itself (not DuckDB's, damaged, someone else's database, newer than
 * this ciscope, read-only, locked by a running sync, a full disk) is a `StoreError` naming the file and the cause:
 * the user's to fix, never reported as a bug. A database that is not ciscope's is never written to.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
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

export interface OpenOptions {
  /**
   * Open for reading only (`stats`, `lint`, `whatif`, `compare`): works on a read-only file, shares the file with
   * other readers, and never creates, migrates or otherwise changes it.
   */
  readonly readOnly?: boolean;
  /** How long to wait for a lock held by another process (a running `sync`) before giving up. Default 2 s. */
  readonly lockWaitMs?: number;
}

export type StoreProblem =
  | 'missing'
  | 'not-duckdb'
  | 'damaged'
  | 'newer-duckdb'
  | 'newer-schema'
  | 'older-schema'
  | 'not-ciscope'
  | 'empty'
  | 'permission'
  | 'read-only'
  | 'locked'
  | 'disk-full';

/** The history database cannot be used, for a reason outside ciscope: the message names the file and the cause. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly problem: StoreProblem;
  readonly path: string;
  constructor(problem: StoreProblem, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.problem = problem;
    this.path = path;
  }
}

const DEFAULT_LOCK_WAIT_MS = 2000;
const LOCK_POLL_MS = 100;

export class DuckDbHistoryStore implements HistoryStore {
  private staged = false;
  private readonly instance: DuckDBInstance;
  private readonly connection: DuckDBConnection;

  private readonly path: string;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection, path: string) {
    this.instance = instance;
    this.connection = connection;
    this.path = path;
  }

  /**
   * Opens the database at `path`. For writing (the default), a missing file and its directory are created and
   * pending migrations applied; an existing file is first inspected read-only, so that a database that is not
   * ciscope's is refused before anything could write to it.
   */
  static async open(path: string, options: OpenOptions = {}): Promise<DuckDbHistoryStore> {
    const readOnly = options.readOnly ?? false;
    const lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
    if (path === ':memory:') return DuckDbHistoryStore.connect(path, false, lockWaitMs, 'migrate');
    const exists = fileExists(path);
    if (readOnly) {
      if (!exists)
        throw new StoreError(
          'missing',
          path,
          `no history database at ${path}; \`ciscope sync\` or \`ciscope import\` creates it`,
        );
      const store = await DuckDbHistoryStore.connect(path, true, lockWaitMs, 'inspect');
      if ((await store.pendingMigrations()) === 0) return store;
      if (!(await store.hasSchema())) {
        await store.close();
        throw new StoreError(
          'empty',
          path,
          `${path} is an empty DuckDB database with no history yet; \`ciscope sync\` or \`ciscope import\` fills it`,
        );
      }
      // Written by an older ciscope: upgraded once, with write access, then read like any other.
      const version = Math.max(0, ...(await store.appliedMigrations()));
      await store.close();
      try {
        await (await DuckDbHistoryStore.connect(path, false, lockWaitMs, 'migrate')).close();
      } catch (error) {
        if (
          !(error instanceof StoreError) ||
          (error.problem !== 'permission' && error.problem !== 'read-only')
        )
          throw error;
        const known = Math.max(...migrations.map((migration) => migration.version));
        throw new StoreError(
          'older-schema',
          path,
          `${path} has history schema version ${version}, older than this ciscope reads (${known}), and cannot be upgraded without write access: run \`ciscope sync\` or \`ciscope import\` on it once with write access`,
          { cause: error },
        );
      }
      return DuckDbHistoryStore.connect(path, true, lockWaitMs, 'inspect');
    }
    if (exists) await (await DuckDbHistoryStore.connect(path, true, lockWaitMs, 'inspect')).close();
    else {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        throw fileSystemError(path, error, `cannot create the directory of the history database ${path}`);
      }
    }
    return DuckDbHistoryStore.connect(path, false, lockWaitMs, 'migrate');
  }

  private static async connect(
    path: string,
    readOnly: boolean,
    lockWaitMs: number,
    schema: 'inspect' | 'migrate',
  ): Promise<DuckDbHistoryStore> {
    // Loaded on first use: the native driver takes about a second to load, and `lint` without history never needs it.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const deadline = Date.now() + lockWaitMs;
    let instance: DuckDBInstance;
    for (;;) {
      try {
        instance = await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
        break;
      } catch (error) {
        const mapped = storeErrorOf(path, error, readOnly);
        // A sync holds the file for as long as it runs; a short `import` or a checkpoint lets go soon.
        if (mapped?.problem === 'locked' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
          continue;
        }
        throw mapped ?? error;
      }
    }
    let store: DuckDbHistoryStore | undefined;
    try {
      store = new DuckDbHistoryStore(instance, await instance.connect(), path);
      await store.checkSchema();
      if (schema === 'migrate') await store.migrate();
      return store;
    } catch (error) {
      if (store === undefined) instance.closeSync();
      else await store.close().catch(() => {});
      throw storeErrorOf(path, error, readOnly) ?? error;
    }
  }

  /** Versions applied, in order: what `schema_migrations` records. */
  async appliedMigrations(): Promise<number[]> {
    const rows = await this.query('SELECT version FROM schema_migrations ORDER BY version');
    return rows.map((row) => Number(row.version));
  }

  /**
   * Refuses a database that is not ciscope's (tables, but no `schema_migrations` of ciscope's shape) or was
   * written by a newer ciscope. An empty database is fine to initialise, and to read as "no history".
   */
  private async checkSchema(): Promise<void> {
    const tables = await this.query(
      "SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY table_name",
    );
    if (tables.length === 0) return;
    const columns = await this.query(
      "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = 'schema_migrations' ORDER BY ordinal_position",
    );
    const names = columns.map((column) => String(column.column_name)).join(',');
    const first =
      names === 'version,name,applied_at'
        ? await this.query('SELECT name FROM schema_migrations WHERE version = 1')
        : [];
    if (first[0]?.name !== migrations[0]?.name) {
      const listed = tables.slice(0, 5).map((table) => String(table.table_name));
      throw new StoreError(
        'not-ciscope',
        this.path,
        `${this.path} is a DuckDB database, but not a ciscope history database (it holds ${listed.join(', ')}${tables.length > 5 ? ', …' : ''}); ciscope leaves it untouched: use another file for the history`,
      );
    }
    const applied = await this.appliedMigrations();
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((migration) => migration.version));
    if (newest > known) {
      throw new StoreError(
        'newer-schema',
        this.path,
        `${this.path} has history schema version ${newest}, newer than this ciscope knows (${known}): it was written by a newer ciscope; upgrade ciscope to read it`,
      );
    }
  }

  /** Whether ciscope's schema is there at all (`checkSchema` has refused any database that is not ciscope's). */
  private async hasSchema(): Promise<boolean> {
    const [row] = await this.query(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = 'schema_migrations'",
    );
    return Number(row?.n) > 0;
  }

  /** Migrations not yet applied; a database without ciscope's schema counts every one. */
  private async pendingMigrations(): Promise<number> {
    const applied = (await this.hasSchema()) ? new Set(await this.appliedMigrations()) : new Set<number>();
    return migrations.filter((migration) => !applied.has(migration.version)).length;
  }

  private async migrate(): Promise<void> {
    if ((await this.pendingMigrations()) === 0) return;
    await this.connection.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
    );
    const applied = new Set(await this.appliedMigrations());
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
        await this.exec('INSERT OR REPLACE INTO workflows VALUES ($1, $2, $3, $4, $5)', [
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
    let failed = false;
    try {
      await this.prepareStaging();
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
    } catch (error) {
      failed = true;
      throw this.mapped(error);
    } finally {
      try {
        for (const table of STAGING_TABLES) await this.connection.run(`DELETE FROM ${table}`);
      } catch (error) {
        // After a failed write (a full disk) the cleanup fails too; the first error is the one to report.
        if (!failed) throw this.mapped(error);
      }
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
    await this.exec('INSERT OR REPLACE INTO sync_cursors VALUES ($1, $2, $3)', [
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
    await this.exec('INSERT OR REPLACE INTO etags VALUES ($1, $2)', [url, etag]);
  }

  /** Runs a read query; the queries module builds its figures with this. */
  async query(sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
    let reader;
    try {
      reader = await this.connection.runAndReadAll(sql, params);
    } catch (error) {
      throw this.mapped(error);
    }
    return reader.getRowObjectsJS().map((row) => {
      const out: Row = {};
      for (const [key, value] of Object.entries(row)) out[key] = toPlain(value);
      return out;
    });
  }

  async close(): Promise<void> {
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } catch (error) {
      throw this.mapped(error);
    }
  }

  private async exec(sql: string, params: DuckDBValue[] = []): Promise<void> {
    try {
      await this.connection.run(sql, params);
    } catch (error) {
      throw this.mapped(error);
    }
  }

  private mapped(error: unknown): unknown {
    return storeErrorOf(this.path, error, false) ?? error;
  }

  private async transaction(body: () => Promise<void>): Promise<void> {
    await this.exec('BEGIN TRANSACTION');
    try {
      await body();
      await this.exec('COMMIT');
    } catch (error) {
      // A failed COMMIT (a full disk) has already ended the transaction, and ROLLBACK then fails with "no
      // transaction is active", which would hide the real cause.
      await this.connection.run('ROLLBACK').catch(() => {});
      throw this.mapped(error);
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

function fileExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw fileSystemError(path, error, `cannot read the history database ${path}`);
  }
}

/** An error of the file system (mkdir, stat) as a `StoreError`; anything unexpected stays what it is. */
function fileSystemError(path: string, error: unknown, doing: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (error as Error).message.replace(/^[A-Z]+: /, '');
  if (code === 'EACCES' || code === 'EPERM') return new StoreError('permission', path, `${doing}: ${reason}`);
  if (code === 'EROFS') return new StoreError('read-only', path, `${doing}: ${reason}`);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new StoreError('disk-full', path, `${doing}: ${reason}`);
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return new StoreError('permission', path, `${doing}: ${reason}`);
  return error;
}

/**
 * DuckDB's error for a problem with the file, as a `StoreError` saying what it means for the user; undefined for
 * anything else (a bug in a query stays a bug). The texts are DuckDB's own (1.x), matched loosely.
 */
export function storeErrorOf(path: string, error: unknown, readOnly: boolean): StoreError | undefined {
  if (error instanceof StoreError) return error;
  if (!(error instanceof Error)) return undefined;
  const text = error.message;
  const options = { cause: error };
  const lock = /Could not set lock on file .*?: Conflicting lock is held in (.*?) \(PID (\d+)\)/s.exec(text);
  if (lock !== null || /Could not set lock on file/.test(text)) {
    const holder = lock === null ? 'another process' : describeProcess(Number(lock[2]), lock[1] ?? '');
    return new StoreError(
      'locked',
      path,
      `${path} is in use by ${holder}, which holds its lock; wait for it to finish, or pass another --db`,
      options,
    );
  }
  if (/No space left on device|Disk quota exceeded/i.test(text))
    return new StoreError(
      'disk-full',
      path,
      `cannot write ${path}: the disk is full (${ioDetail(text)}); nothing of the failed write was kept: free some space and run the command again`,
      options,
    );
  if (/Read-only file system/i.test(text))
    return new StoreError(
      'read-only',
      path,
      `cannot write ${path}: it is on a read-only file system`,
      options,
    );
  if (/Permission denied|Operation not permitted/i.test(text))
    return new StoreError(
      'permission',
      path,
      readOnly
        ? `cannot read ${path}: permission denied`
        : `cannot write ${path}: permission denied (${ioDetail(text)}); commands that only read history (stats, lint, whatif, compare) still work on a read-only file`,
      options,
    );
  if (/not a valid DuckDB database file/.test(text))
    return new StoreError('not-duckdb', path, `${path} ${describeNotDuckDb(path)}`, options);
  if (/version number \d+, but we can only read|storage version greater than/.test(text))
    return new StoreError(
      'newer-duckdb',
      path,
      `${path} was written by a newer DuckDB than the one in this ciscope; upgrade ciscope to read it`,
      options,
    );
  if (/Is a directory/.test(text))
    return new StoreError('not-duckdb', path, `${path} ${describeNotDuckDb(path)}`, options);
  if (
    /Corrupt database file|Could not read enough bytes|checksum|Failed to read WAL|database has been invalidated/i.test(
      text,
    )
  )
    return new StoreError(
      'damaged',
      path,
      `${path} is damaged and cannot be read (${ioDetail(text)}); restore it from a backup, or delete it and run \`ciscope sync\` again`,
      options,
    );
  return undefined;
}

function ioDetail(text: string): string {
  const detail = text.replace(/^[A-Za-z ]+Error: /, '').replace(/\s+/g, ' ');
  return detail.length > 200 ? `${detail.slice(0, 197)}…` : detail;
}

/** What an existing file that DuckDB refuses is: empty, text, or something else. */
function describeNotDuckDb(path: string): string {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return 'is a directory, not a database file';
    if (stat.size === 0)
      return 'is an empty file (0 bytes), not a DuckDB database; delete it and ciscope creates one';
    const head = Buffer.alloc(Math.min(512, stat.size));
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(head.toString('latin1')))
      return 'is a text file, not a DuckDB database; pass the history database, or a new file name';
  } catch {
    // Fall through to the general description.
  }
  return "is not a DuckDB database (its header is not DuckDB's); pass the history database, or a new file name";
}

/** `a running \`ciscope sync\` (PID 123)` when /proc says so, else the program DuckDB names. */
function describeProcess(pid: number, program: string): string {
  let args: string[] = [];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    // Not Linux, or the process is gone.
  }
  const bin = args.findIndex((arg) => /(^|\/)ciscope(\.js)?$/.test(arg));
  const command = bin === -1 ? undefined : args[bin + 1];
  if (command !== undefined && /^[a-z]+$/.test(command))
    return `a running \`ciscope ${command}\` (PID ${pid})`;
  const name = program.replace(/[^\w./@+-]/g, '?');
  return `process ${pid}${name === '' ? '' : ` (${name})`}`;
}
