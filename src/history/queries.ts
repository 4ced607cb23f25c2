/**
 * The figures of `ciscope stats` (and of finding impact), computed in DuckDB: every aggregate over jobs and steps
 * is SQL; JavaScript only joins the small per-workflow results, prices them and matches names to the model.
 * Definitions are in docs/metrics.md. Percentiles use linear interpolation between closest ranks
 * (`quantile_cont`, numpy's default).
 */
import type { Repository, Workflow } from '../workflow/model.ts';
import type { DuckDbHistoryStore, Row } from './duckdb-store.ts';
import { matchStep, stepIgnoresMatrix, WorkflowMatcher } from './match.ts';
import { pricingOf } from './prices.ts';
import type { PriceOverride, Pricing } from './prices.ts';
import type { RepoRef } from './records.ts';

export interface Percentiles {
  readonly p50: number;
  readonly p90: number;
}

export interface WorkflowSummary {
  readonly path: string;
  readonly name: string;
  readonly runs: number;
  readonly jobs: number;
  readonly runnerMinutes: number;
  readonly billableMinutes: number;
  readonly runnerMinutesPerRun: Percentiles;
  readonly wallClockMinutes: Percentiles;
  readonly queueMinutes: Percentiles;
  /** Jobs left out of queue time because their payload has no `created_at` (before 2022). */
  readonly jobsWithoutCreatedAt: number;
  /** Priced jobs only; `unpricedMinutes` says how much could not be priced. */
  readonly costUsd: number;
  readonly unpricedMinutes: number;
  /** Runner-minutes on self-hosted runners without a user price: not billed by GitHub, so not in `costUsd`. */
  readonly selfHostedMinutes: number;
}

export type WasteKind = 'redundant-shard-step' | 'superseded-run' | 'failed-attempt' | 'cancelled';

export interface Waste {
  readonly kind: WasteKind;
  readonly workflow: string;
  readonly job?: string;
  readonly step?: string;
  readonly runnerMinutes: number;
  readonly runnerMinutesPerRun?: number;
  readonly runs?: number;
}

export interface Hotspot {
  readonly workflow: string;
  readonly job: string;
  readonly step: string;
  readonly runnerMinutes: number;
  /** Runs of the job the step belongs to. */
  readonly runs: number;
  /** Mean over those runs (all shards of the job together). */
  readonly minutesPerRun: number;
}

export interface Unmatched {
  readonly kind: 'workflow' | 'job' | 'run-without-workflow';
  readonly workflow: string;
  readonly job?: string;
  readonly runs: number;
  readonly runnerMinutes: number;
}

export interface UnknownLabels {
  readonly labels: string;
  readonly jobs: number;
  readonly runnerMinutes: number;
}

export interface HistorySummary {
  readonly repo: RepoRef;
  readonly window: { readonly from: number; readonly to: number };
  readonly workflows: readonly WorkflowSummary[];
  readonly waste: readonly Waste[];
  readonly hotspots: readonly Hotspot[];
  readonly unmatched: readonly Unmatched[];
  readonly unknownLabels: readonly UnknownLabels[];
  /** Whether job and step names were matched to workflow files (a checkout was given). */
  readonly matchedToModel: boolean;
}

export interface SummaryOptions {
  readonly repoId: number;
  readonly repo: RepoRef;
  readonly from: number;
  readonly to: number;
  /** Workflow files to keep (`ci.yml` or `.github/workflows/ci.yml`); all when empty. */
  readonly workflows?: readonly string[];
  /** The checkout: names are matched to it, and redundant shard steps need it. */
  readonly model?: Repository;
  readonly hotspotLimit?: number;
  /** The user's prices (`--price`, `prices:`), before the list prices. */
  readonly prices?: readonly PriceOverride[];
}

const NO_PERCENTILES: Percentiles = { p50: 0, p90: 0 };
/** The strings of each `key_id` of `job_keys`. */
const KEY_NAMES = 'SELECT DISTINCT key_id, path, job_key FROM job_keys';

export async function summarizeHistory(
  store: DuckDbHistoryStore,
  options: SummaryOptions,
): Promise<HistorySummary> {
  const models = new Map((options.model?.workflows ?? []).map((workflow) => [workflow.file.path, workflow]));
  const { q, jobKeys } = await materializeWindow(store, options, models);

  const [runRows, jobRows, perRunRows, wallRows, queueRows, priceRows] = await Promise.all([
    q(`SELECT path, mode(name) AS name, count(*) AS runs FROM rb WHERE NOT placeholder GROUP BY path`),
    q(`SELECT path, count(*) AS jobs, sum(minutes) AS minutes, sum(ceil(minutes)) AS billable,
         count(*) FILTER (WHERE created_at_ms IS NULL) AS without_created FROM jb WHERE NOT placeholder GROUP BY path`),
    q(`SELECT path, quantile_cont(m, 0.5) AS p50, quantile_cont(m, 0.9) AS p90 FROM
         (SELECT path, run_id, sum(minutes) AS m FROM jb WHERE NOT placeholder GROUP BY path, run_id) GROUP BY path`),
    q(`SELECT rb.path, quantile_cont(w, 0.5) AS p50, quantile_cont(w, 0.9) AS p90 FROM
         (SELECT rb.path, (a.last_completed_at_ms - a.first_started_at_ms) / 60000.0 AS w FROM rb
            JOIN run_attempts a ON a.run_id = rb.id AND a.attempt = rb.last_attempt
          WHERE NOT rb.placeholder AND a.last_completed_at_ms >= a.first_started_at_ms) AS rb GROUP BY rb.path`),
    q(`SELECT path, quantile_cont(q, 0.5) AS p50, quantile_cont(q, 0.9) AS p90 FROM
         (SELECT path, greatest(0, started_at_ms - created_at_ms) / 60000.0 AS q FROM jb WHERE NOT placeholder AND created_at_ms IS NOT NULL) GROUP BY path`),
    // Priced per label set and day, since prices change on a date (prices.ts).
    q(`SELECT path, labels, started_at_ms // 86400000 AS day, sum(ceil(minutes)) AS billable, sum(minutes) AS minutes, count(*) AS jobs
         FROM jb WHERE NOT placeholder GROUP BY ALL`),
  ]);

  const byPath = <T>(rows: Row[], map: (row: Row) => T): Map<string, T> =>
    new Map(rows.map((row) => [String(row.path), map(row)]));
  const jobsOf = byPath(jobRows, (row) => row);
  const perRun = byPath(perRunRows, percentiles);
  const wall = byPath(wallRows, percentiles);
  const queue = byPath(queueRows, percentiles);
  const cost = new Map<string, { usd: number; unpriced: number; selfHosted: number }>();
  const unknown = new Map<string, { jobs: number; minutes: number }>();
  for (const row of priceRows) {
    const labels = String(row.labels);
    const entry = cost.get(String(row.path)) ?? { usd: 0, unpriced: 0, selfHosted: 0 };
    const pricing = pricingOf(
      labels === '' ? [] : labels.split(','),
      Number(row.day) * 86_400_000,
      options.prices,
    );
    // Self-hosted runners are not billed by GitHub: they cost 0 here, and are not "unknown" either.
    const usd =
      pricing.kind === 'hosted' || pricing.kind === 'custom'
        ? pricing.usdPerMinute * Number(row.billable)
        : pricing.kind === 'self-hosted'
          ? 0
          : undefined;
    if (pricing.kind === 'self-hosted') entry.selfHosted += Number(row.minutes);
    if (usd === undefined) {
      entry.unpriced += Number(row.minutes);
      const seen = unknown.get(labels) ?? { jobs: 0, minutes: 0 };
      unknown.set(labels, {
        jobs: seen.jobs + Number(row.jobs),
        minutes: seen.minutes + Number(row.minutes),
      });
    } else entry.usd += usd;
    cost.set(String(row.path), entry);
  }

  const workflows: WorkflowSummary[] = runRows
    .map((row) => {
      const path = String(row.path);
      const jobs = jobsOf.get(path);
      return {
        path,
        name: String(row.name ?? ''),
        runs: Number(row.runs),
        jobs: Number(jobs?.jobs ?? 0),
        runnerMinutes: Number(jobs?.minutes ?? 0),
        billableMinutes: Number(jobs?.billable ?? 0),
        runnerMinutesPerRun: perRun.get(path) ?? NO_PERCENTILES,
        wallClockMinutes: wall.get(path) ?? NO_PERCENTILES,
        queueMinutes: queue.get(path) ?? NO_PERCENTILES,
        jobsWithoutCreatedAt: Number(jobs?.without_created ?? 0),
        costUsd: cost.get(path)?.usd ?? 0,
        unpricedMinutes: cost.get(path)?.unpriced ?? 0,
        selfHostedMinutes: cost.get(path)?.selfHosted ?? 0,
      };
    })
    .sort((a, b) => b.runnerMinutes - a.runnerMinutes || compare(a.path, b.path));

  const waste = [
    ...(await redundantShardSteps(q, models)),
    ...(await supersededRuns(q)),
    ...(await simpleWaste(q, 'failed-attempt', 'jb.run_attempt < rb.last_attempt')),
    ...(await simpleWaste(
      q,
      'cancelled',
      "jb.run_attempt = rb.last_attempt AND jb.conclusion = 'cancelled'",
    )),
  ];

  // Sums only over the steps (the costly join of millions of steps); runs come from the jobs of the same key. Grouped
  // by the integer key of (path, job key), whose strings are joined to the few groups after: grouping ten million
  // steps by two strings more took more than twice as long.
  const hotspotRows = await q(`SELECT k.path, k.job_key, t.step, t.minutes FROM (
      SELECT jb.key_id, s.name AS step, sum(s.minutes) AS minutes
      FROM (SELECT job_id, name, (completed_at_ms - started_at_ms) / 60000.0 AS minutes FROM steps WHERE completed_at_ms >= started_at_ms) AS s
      JOIN jb ON jb.id = s.job_id
      WHERE NOT jb.placeholder GROUP BY ALL) AS t JOIN (${KEY_NAMES}) AS k ON k.key_id = t.key_id
    ORDER BY t.minutes DESC, k.path, k.job_key, t.step LIMIT ${options.hotspotLimit ?? 20}`);
  const jobRuns = new Map(
    (
      await q(`SELECT jb.path, jb.job_key, count(DISTINCT jb.run_id) AS runs FROM jb
      WHERE NOT jb.placeholder GROUP BY ALL`)
    ).map((row) => [`${String(row.path)}\n${String(row.job_key)}`, Number(row.runs)]),
  );
  const hotspots: Hotspot[] = hotspotRows.map((row) => {
    const runs = jobRuns.get(`${String(row.path)}\n${String(row.job_key)}`) ?? 0;
    return {
      workflow: String(row.path),
      job: String(row.job_key),
      step: String(row.step),
      runnerMinutes: Number(row.minutes),
      runs,
      minutesPerRun: runs === 0 ? 0 : Number(row.minutes) / runs,
    };
  });

  const unmatched = await unmatchedHistory(q, models, jobKeys);
  const unknownLabels = [...unknown]
    .map(([labels, value]) => ({ labels, jobs: value.jobs, runnerMinutes: value.minutes }))
    .sort((a, b) => b.runnerMinutes - a.runnerMinutes || compare(a.labels, b.labels));

  return {
    repo: options.repo,
    window: { from: options.from, to: options.to },
    workflows,
    waste,
    hotspots,
    unmatched,
    unknownLabels,
    matchedToModel: options.model !== undefined,
  };
}

/**
 * Runs in the window (`rb`) and their timed jobs (`jb`), materialised once as temp tables that every query reads:
 * a million jobs are joined to their runs once, not once per figure.
 */
async function materializeWindow(
  store: DuckDbHistoryStore,
  options: SummaryOptions,
  models: ReadonlyMap<string, Workflow>,
): Promise<{ q: (sql: string) => Promise<Row[]>; jobKeys: JobKey[] }> {
  const filters = (options.workflows ?? []).map((file) => {
    const literal = sqlString(file.replace(/^\.\//, ''));
    return `path = ${literal} OR path LIKE '%/' || ${literal}`;
  });
  await store.query(
    `CREATE OR REPLACE TEMP TABLE rb AS
WITH att AS (SELECT run_id, min(first_started_at_ms) AS first_ms, max(attempt) AS last_attempt FROM run_attempts GROUP BY run_id)
  SELECT r.id, r.placeholder, coalesce(r.path, '') AS path, coalesce(r.name, '') AS name, r.event, r.head_branch, r.created_at_ms,
    greatest(coalesce(r.run_attempt, 1), coalesce(att.last_attempt, 1)) AS last_attempt
  FROM runs r LEFT JOIN att ON att.run_id = r.id
  WHERE r.repo_id = $1 AND coalesce(r.created_at_ms, r.run_started_at_ms, att.first_ms) >= $2
    AND coalesce(r.created_at_ms, r.run_started_at_ms, att.first_ms) < $3
    ${filters.length === 0 ? '' : `AND (${filters.join(' OR ')})`}`,
    [options.repoId, BigInt(options.from), BigInt(options.to)],
  );
  const q = (sql: string): Promise<Row[]> => store.query(sql);
  const jobKeys = await loadJobKeys(store, q, models);
  // `minutes` is computed by a view rather than stored: compressing a million doubles into the temp table took longer
  // than computing them again in each query.
  await store.query(`CREATE OR REPLACE TEMP TABLE jb_stored AS
  SELECT j.id, j.run_id, j.run_attempt, j.name, j.conclusion, j.labels, j.created_at_ms, j.started_at_ms, j.completed_at_ms,
    rb.path, rb.placeholder, k.job_key, k.key_id, coalesce(k.matched, false) AS matched
  FROM jobs j JOIN rb ON rb.id = j.run_id LEFT JOIN job_keys k ON k.path = rb.path AND k.job_name = j.name
  WHERE j.started_at_ms IS NOT NULL AND j.completed_at_ms >= j.started_at_ms`);
  await store.query(`CREATE OR REPLACE TEMP VIEW jb AS
  SELECT id, run_id, run_attempt, name, conclusion, labels, created_at_ms, started_at_ms, completed_at_ms,
    path, placeholder, (completed_at_ms - started_at_ms) / 60000.0 AS minutes, job_key, key_id, matched FROM jb_stored`);
  return { q, jobKeys };
}

interface JobKey {
  readonly path: string;
  readonly jobName: string;
  /** The model job id, or for unmatched names the name without matrix values. */
  readonly key: string;
  /** One integer per distinct (path, key): what the large step queries group by. */
  readonly keyId: number;
  readonly matched: boolean;
  readonly workflow: Workflow | undefined;
}

/**
 * Distinct job names per workflow (a few hundred), matched to model jobs in JavaScript, then given to DuckDB as
 * the temp table `job_keys` so that shard figures are grouped per model job in SQL.
 */
async function loadJobKeys(
  store: DuckDbHistoryStore,
  q: (sql: string) => Promise<Row[]>,
  models: ReadonlyMap<string, Workflow>,
): Promise<JobKey[]> {
  const rows = await q(
    'SELECT DISTINCT rb.path, j.name FROM jobs j JOIN rb ON rb.id = j.run_id WHERE NOT rb.placeholder ORDER BY rb.path, j.name',
  );
  const matchers = new Map<string, WorkflowMatcher>();
  const keyIds = new Map<string, number>();
  const keyIdOf = (path: string, key: string): number => {
    const id = keyIds.get(`${path}\n${key}`) ?? keyIds.size;
    keyIds.set(`${path}\n${key}`, id);
    return id;
  };
  const keys = rows.map((row): JobKey => {
    const path = String(row.path);
    const jobName = String(row.name);
    const workflow = models.get(path);
    if (workflow === undefined) {
      const key = jobName.replace(/ \(.*\)$/, '');
      return { path, jobName, key, keyId: keyIdOf(path, key), matched: false, workflow };
    }
    let matcher = matchers.get(path);
    if (matcher === undefined) matchers.set(path, (matcher = new WorkflowMatcher(workflow)));
    const match = matcher.matchJob(jobName);
    const key = match === undefined ? jobName.replace(/ \(.*\)$/, '') : match.job.id;
    return { path, jobName, key, keyId: keyIdOf(path, key), matched: match !== undefined, workflow };
  });
  await store.query(
    'CREATE OR REPLACE TEMP TABLE job_keys (path VARCHAR, job_name VARCHAR, job_key VARCHAR, key_id INTEGER, matched BOOLEAN)',
  );
  for (let index = 0; index < keys.length; index += 500) {
    const chunk = keys.slice(index, index + 500);
    await store.query(
      `INSERT INTO job_keys VALUES ${chunk.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`).join(', ')}`,
      chunk.flatMap((key) => [key.path, key.jobName, key.key, key.keyId, key.matched]),
    );
  }
  return keys;
}

/**
 * A step that every shard of a matrix job runs with the same inputs (the model confirms nothing in it reads
 * `matrix`): per run, all shards but one repeat it; the waste is (shards − 1) × the median shard duration.
 */
async function redundantShardSteps(
  q: (sql: string) => Promise<Row[]>,
  models: ReadonlyMap<string, Workflow>,
): Promise<Waste[]> {
  if (models.size === 0) return [];
  // Grouped by the integer key of (path, job key) and joined to its strings after, as the hotspots are; the median
  // is taken of whole milliseconds (a third faster than of the minutes as doubles) and converted after.
  const rows = await q(`SELECT k.path, k.job_key, t.step, t.waste, t.runs FROM (
      SELECT key_id, step, sum((shards - 1) * med) AS waste, count(*) AS runs FROM (
        SELECT jb.key_id, s.name AS step, jb.run_id, jb.run_attempt, count(*) AS shards, median(s.ms) / 60000.0 AS med
        FROM (SELECT job_id, name, completed_at_ms - started_at_ms AS ms FROM steps WHERE completed_at_ms >= started_at_ms) AS s
        JOIN jb ON jb.id = s.job_id
        WHERE jb.matched AND NOT jb.placeholder GROUP BY ALL HAVING count(*) > 1)
      GROUP BY ALL HAVING sum((shards - 1) * med) > 0) AS t JOIN (${KEY_NAMES}) AS k ON k.key_id = t.key_id
    ORDER BY t.waste DESC, k.path, k.job_key, t.step`);
  const out: Waste[] = [];
  for (const row of rows) {
    const workflow = models.get(String(row.path));
    const job = workflow?.jobsById.get(String(row.job_key));
    if (job === undefined || (job.matrix?.size ?? 0) < 2) continue;
    const stepName = String(row.step);
    const step = matchStep(job, stepName, job.matrix?.combinations?.[0]);
    if (step === undefined || step === 'runner' || !stepIgnoresMatrix(step.step)) continue;
    const minutes = Number(row.waste);
    out.push({
      kind: 'redundant-shard-step',
      workflow: String(row.path),
      job: job.id,
      step: stepName,
      runnerMinutes: minutes,
      runnerMinutesPerRun: minutes / Number(row.runs),
      runs: Number(row.runs),
    });
  }
  return out;
}

/**
 * A run superseded by a newer run of the same workflow, event and branch created while it was still in progress:
 * the minutes its jobs spent after that moment (what `concurrency: cancel-in-progress` would have saved).
 */
async function supersededRuns(q: (sql: string) => Promise<Row[]>): Promise<Waste[]> {
  const rows = await q(`WITH ends AS (SELECT run_id, max(completed_at_ms) AS end_ms FROM jb GROUP BY run_id),
    ordered AS (
      SELECT rb.id, rb.path, ends.end_ms,
        lead(rb.created_at_ms) OVER (PARTITION BY rb.path, rb.event, rb.head_branch ORDER BY rb.created_at_ms, rb.id) AS next_created
      FROM rb JOIN ends ON ends.run_id = rb.id
      WHERE NOT rb.placeholder AND rb.head_branch IS NOT NULL AND rb.created_at_ms IS NOT NULL)
    SELECT o.path, sum(greatest(0, jb.completed_at_ms - greatest(jb.started_at_ms, o.next_created))) / 60000.0 AS minutes, count(DISTINCT o.id) AS runs
    FROM ordered o JOIN jb ON jb.run_id = o.id
    WHERE o.next_created IS NOT NULL AND o.next_created < o.end_ms
    GROUP BY o.path HAVING minutes > 0 ORDER BY minutes DESC, o.path`);
  return rows.map((row) => ({
    kind: 'superseded-run' as const,
    workflow: String(row.path),
    runnerMinutes: Number(row.minutes),
    runnerMinutesPerRun: Number(row.minutes) / Number(row.runs),
    runs: Number(row.runs),
  }));
}

async function simpleWaste(
  q: (sql: string) => Promise<Row[]>,
  kind: 'failed-attempt' | 'cancelled',
  where: string,
): Promise<Waste[]> {
  const rows =
    await q(`SELECT jb.path, sum(jb.minutes) AS minutes, count(DISTINCT jb.run_id) AS runs FROM jb JOIN rb ON rb.id = jb.run_id
    WHERE NOT jb.placeholder AND ${where} GROUP BY jb.path HAVING sum(jb.minutes) > 0 ORDER BY minutes DESC, jb.path`);
  return rows.map((row) => ({
    kind,
    workflow: String(row.path),
    runnerMinutes: Number(row.minutes),
    runnerMinutesPerRun: Number(row.minutes) / Number(row.runs),
    runs: Number(row.runs),
  }));
}

async function unmatchedHistory(
  q: (sql: string) => Promise<Row[]>,
  models: ReadonlyMap<string, Workflow>,
  keys: readonly JobKey[],
): Promise<Unmatched[]> {
  const out: Unmatched[] = [];
  const placeholders =
    await q(`SELECT mode(rb.name) AS name, count(DISTINCT rb.id) AS runs, sum(jb.minutes) AS minutes FROM rb JOIN jb ON jb.run_id = rb.id
    WHERE rb.placeholder GROUP BY rb.name ORDER BY minutes DESC`);
  for (const row of placeholders) {
    out.push({
      kind: 'run-without-workflow',
      workflow: String(row.name ?? ''),
      runs: Number(row.runs),
      runnerMinutes: Number(row.minutes ?? 0),
    });
  }
  if (models.size === 0) return out;
  const unmatchedJobs = keys.filter((key) => !key.matched && models.has(key.path));
  if (unmatchedJobs.length > 0) {
    const rows =
      await q(`SELECT jb.path, jb.name, count(DISTINCT jb.run_id) AS runs, sum(jb.minutes) AS minutes FROM jb
      WHERE NOT jb.matched AND NOT jb.placeholder GROUP BY ALL ORDER BY jb.path, jb.name`);
    for (const row of rows) {
      if (!models.has(String(row.path))) continue;
      out.push({
        kind: 'job',
        workflow: String(row.path),
        job: String(row.name),
        runs: Number(row.runs),
        runnerMinutes: Number(row.minutes),
      });
    }
  }
  const perWorkflow = await q(
    'SELECT path, count(DISTINCT run_id) AS runs, sum(minutes) AS minutes FROM jb WHERE NOT placeholder GROUP BY path ORDER BY path',
  );
  for (const row of perWorkflow) {
    if (models.has(String(row.path))) continue;
    out.push({
      kind: 'workflow',
      workflow: String(row.path),
      runs: Number(row.runs),
      runnerMinutes: Number(row.minutes),
    });
  }
  return out;
}

function percentiles(row: Row): Percentiles {
  return { p50: Number(row.p50 ?? 0), p90: Number(row.p90 ?? 0) };
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ScopeFigures {
  /** Runner-minutes over the window and runs that had the scope. */
  readonly minutes: number;
  readonly runs: number;
}

export interface JobFigures extends ScopeFigures {
  /** Successful jobs only: the longest and the median duration, and in how many runs. */
  readonly successMaxMinutes: number;
  readonly successP50Minutes: number;
  readonly successRuns: number;
  /** Every timed job's minutes (shards and attempts), for waste past a threshold (a proposed timeout). */
  readonly durations: readonly number[];
  /** How its minutes are priced (docs/metrics.md, "Prices"). */
  readonly price: ScopePrice;
}

/**
 * The price of a scope's minutes: the dollars of its priced jobs per billed minute (GitHub rounds each job up), the
 * share of its runner-minutes that has a price, and what the rest runs on.
 */
export interface ScopePrice {
  readonly usdPerBilledMinute: number | undefined;
  readonly pricedShare: number;
  /** The SKU or user price of most of its priced minutes, for the basis. */
  readonly pricing: Pricing;
}

export interface ScopeTotals {
  /** Keyed `path\njobId` (model job ids, shards merged). */
  readonly jobs: ReadonlyMap<string, JobFigures>;
  /** Keyed `path\njobId\nstep name` as GitHub shows it. */
  readonly steps: ReadonlyMap<string, ScopeFigures>;
  /** The price of each workflow's minutes, keyed by path. */
  readonly workflowPrices: ReadonlyMap<string, ScopePrice>;
  /**
   * `superseded-run` waste (docs/metrics.md) by workflow path and event: `cancel-in-progress` limited to pull
   * requests saves only their part.
   */
  readonly superseded: ReadonlyMap<string, ReadonlyMap<string, ScopeFigures>>;
}

/** Per model job and per step: minutes and runs, and the success durations history-aware rules read. */
export async function scopeTotals(store: DuckDbHistoryStore, options: SummaryOptions): Promise<ScopeTotals> {
  const models = new Map((options.model?.workflows ?? []).map((workflow) => [workflow.file.path, workflow]));
  const { q } = await materializeWindow(store, options, models);
  const jobRows =
    await q(`SELECT jb.path, jb.job_key, sum(jb.minutes) AS minutes, count(DISTINCT jb.run_id) AS runs,
      max(jb.minutes) FILTER (WHERE jb.conclusion = 'success') AS success_max,
      quantile_cont(jb.minutes, 0.5) FILTER (WHERE jb.conclusion = 'success') AS success_p50,
      count(DISTINCT jb.run_id) FILTER (WHERE jb.conclusion = 'success') AS success_runs,
      string_agg(CAST(jb.minutes AS VARCHAR), ',') AS durations
    FROM jb WHERE jb.matched GROUP BY ALL`);
  const stepRows =
    await q(`SELECT jb.path, jb.job_key, s.name AS step, sum(s.minutes) AS minutes, count(DISTINCT jb.run_id) AS runs
    FROM (SELECT job_id, name, (completed_at_ms - started_at_ms) / 60000.0 AS minutes FROM steps WHERE completed_at_ms >= started_at_ms) AS s
    JOIN jb ON jb.id = s.job_id WHERE jb.matched GROUP BY ALL`);
  const priceRows =
    await q(`SELECT path, coalesce(job_key, '') AS job_key, labels, started_at_ms // 86400000 AS day,
      sum(ceil(minutes)) AS billable, sum(minutes) AS minutes FROM jb WHERE NOT placeholder GROUP BY ALL`);
  const supersededRows =
    await q(`WITH ends AS (SELECT run_id, max(completed_at_ms) AS end_ms FROM jb GROUP BY run_id),
    ordered AS (
      SELECT rb.id, rb.path, rb.event, ends.end_ms,
        lead(rb.created_at_ms) OVER (PARTITION BY rb.path, rb.event, rb.head_branch ORDER BY rb.created_at_ms, rb.id) AS next_created
      FROM rb JOIN ends ON ends.run_id = rb.id
      WHERE NOT rb.placeholder AND rb.head_branch IS NOT NULL AND rb.created_at_ms IS NOT NULL)
    SELECT o.path, o.event, sum(greatest(0, jb.completed_at_ms - greatest(jb.started_at_ms, o.next_created))) / 60000.0 AS minutes,
      count(DISTINCT o.id) AS runs
    FROM ordered o JOIN jb ON jb.run_id = o.id
    WHERE o.next_created IS NOT NULL AND o.next_created < o.end_ms GROUP BY ALL`);

  const prices = new Map<string, PriceAccumulator>();
  const add = (key: string, labels: string, row: Row): void => {
    const accumulator = prices.get(key) ?? new PriceAccumulator();
    accumulator.add(
      pricingOf(labels === '' ? [] : labels.split(','), Number(row.day) * 86_400_000, options.prices),
      Number(row.minutes),
      Number(row.billable),
    );
    prices.set(key, accumulator);
  };
  for (const row of priceRows) {
    const labels = String(row.labels ?? '');
    add(`${String(row.path)}\n${String(row.job_key)}`, labels, row);
    add(String(row.path), labels, row);
  }
  const priceOf = (key: string): ScopePrice =>
    prices.get(key)?.result() ?? {
      usdPerBilledMinute: undefined,
      pricedShare: 0,
      pricing: { kind: 'unknown' },
    };
  const superseded = new Map<string, Map<string, ScopeFigures>>();
  for (const row of supersededRows) {
    const byEvent = superseded.get(String(row.path)) ?? new Map<string, ScopeFigures>();
    byEvent.set(String(row.event ?? ''), { minutes: Number(row.minutes), runs: Number(row.runs) });
    superseded.set(String(row.path), byEvent);
  }
  return {
    jobs: new Map(
      jobRows.map((row) => {
        const key = `${String(row.path)}\n${String(row.job_key)}`;
        return [
          key,
          {
            minutes: Number(row.minutes),
            runs: Number(row.runs),
            successMaxMinutes: Number(row.success_max ?? 0),
            successP50Minutes: Number(row.success_p50 ?? 0),
            successRuns: Number(row.success_runs ?? 0),
            durations: listOfNumbers(row.durations),
            price: priceOf(key),
          },
        ];
      }),
    ),
    steps: new Map(
      stepRows.map((row) => [
        `${String(row.path)}\n${String(row.job_key)}\n${String(row.step)}`,
        { minutes: Number(row.minutes), runs: Number(row.runs) },
      ]),
    ),
    workflowPrices: new Map(
      [...prices.keys()].filter((key) => !key.includes('\n')).map((key) => [key, priceOf(key)]),
    ),
    superseded,
  };
}

class PriceAccumulator {
  private usd = 0;
  private billable = 0;
  private priced = 0;
  private total = 0;
  private readonly byPricing = new Map<string, { pricing: Pricing; minutes: number }>();

  add(pricing: Pricing, minutes: number, billable: number): void {
    this.total += minutes;
    const id =
      pricing.kind === 'hosted'
        ? pricing.sku
        : pricing.kind === 'custom'
          ? `=${pricing.labels}`
          : pricing.kind;
    const seen = this.byPricing.get(id) ?? { pricing, minutes: 0 };
    seen.minutes += minutes;
    this.byPricing.set(id, seen);
    if (pricing.kind !== 'hosted' && pricing.kind !== 'custom') return;
    this.usd += pricing.usdPerMinute * billable;
    this.billable += billable;
    this.priced += minutes;
  }

  result(): ScopePrice {
    const main = [...this.byPricing.values()].sort((a, b) => b.minutes - a.minutes)[0];
    return {
      usdPerBilledMinute: this.billable > 0 ? this.usd / this.billable : undefined,
      pricedShare: this.total > 0 ? this.priced / this.total : 0,
      pricing: main?.pricing ?? { kind: 'unknown' },
    };
  }
}

function listOfNumbers(value: unknown): number[] {
  return typeof value === 'string' && value !== '' ? value.split(',').map(Number) : [];
}

/** One timed step of one job run, for figures taken run by run (cache waste). */
export interface StepTiming {
  readonly path: string;
  readonly jobKey: string;
  readonly jobId: number;
  readonly runId: number;
  readonly step: string;
  readonly minutes: number;
  readonly conclusion: string;
}

/** The timings of the named steps of the given jobs, in every run of the window (latest and earlier attempts). */
export async function stepTimings(
  store: DuckDbHistoryStore,
  options: SummaryOptions,
  wanted: readonly { readonly path: string; readonly jobKey: string; readonly step: string }[],
): Promise<StepTiming[]> {
  if (wanted.length === 0) return [];
  const models = new Map((options.model?.workflows ?? []).map((workflow) => [workflow.file.path, workflow]));
  const { q } = await materializeWindow(store, options, models);
  await store.query(
    'CREATE OR REPLACE TEMP TABLE wanted_steps (path VARCHAR, job_key VARCHAR, step VARCHAR)',
  );
  for (let index = 0; index < wanted.length; index += 300) {
    const chunk = wanted.slice(index, index + 300);
    await store.query(
      `INSERT INTO wanted_steps VALUES ${chunk.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ')}`,
      chunk.flatMap((item) => [item.path, item.jobKey, item.step]),
    );
  }
  const rows = await q(`SELECT jb.path, jb.job_key, jb.id AS job_id, jb.run_id, s.name AS step,
      (s.completed_at_ms - s.started_at_ms) / 60000.0 AS minutes, coalesce(s.conclusion, '') AS conclusion
    FROM steps s JOIN jb ON jb.id = s.job_id
    JOIN wanted_steps w ON w.path = jb.path AND w.job_key = jb.job_key AND w.step = s.name
    WHERE jb.matched AND NOT jb.placeholder AND s.completed_at_ms >= s.started_at_ms
    ORDER BY jb.run_id, jb.id, s.name`);
  return rows.map((row) => ({
    path: String(row.path),
    jobKey: String(row.job_key),
    jobId: Number(row.job_id),
    runId: Number(row.run_id),
    step: String(row.step),
    minutes: Number(row.minutes),
    conclusion: String(row.conclusion),
  }));
}
