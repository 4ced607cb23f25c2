import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbHistoryStore } from './duckdb-store.ts';
import type { JobRecord, RunRecord } from './records.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.UTC(2025, 0, 1);
function run(id: number, overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    workflowId: 10,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    event: 'push',
    headBranch: 'main',
    headSha: 'abc',
    status: 'completed',
    conclusion: 'success',
    runNumber: id,
    runAttempt: 1,
    createdAt: T0,
    updatedAt: T0 + 60_000,
    runStartedAt: T0,
    pullRequests: [],
    ...overrides,
  };
}
function job(id: number, runId: number, steps = 2, overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    id,
    runId,
    runAttempt: 1,
    name: `job ${id}`,
    workflowName: 'CI',
    status: 'completed',
    conclusion: 'success',
    createdAt: T0,
    startedAt: T0 + 1000,
    completedAt: T0 + 61_000,
    labels: ['ubuntu-latest'],
    runnerName: 'GitHub Actions 1',
    runnerGroupName: 'GitHub Actions',
    steps: Array.from({ length: steps }, (_, index) => ({
      number: index + 1,
      name: `step ${index + 1}`,
      status: 'completed',
      conclusion: 'success',
      startedAt: T0 + 1000,
      completedAt: T0 + 2000,
    })),
    ...overrides,
  };
}

async function counts(store: DuckDbHistoryStore): Promise<Record<string, number>> {
  const [row] =
    await store.query(`SELECT (SELECT count(*) FROM runs) AS runs, (SELECT count(*) FROM jobs) AS jobs, (SELECT count(*) FROM steps) AS steps,
    (SELECT count(*) FROM job_labels) AS labels, (SELECT count(*) FROM run_attempts) AS attempts`);
  return row as Record<string, number>;
}

describe('DuckDbHistoryStore', () => {
  it('applies the migrations once and records them', async () => {
    const path = join(dir, 'nested', 'h.duckdb');
    let store = await DuckDbHistoryStore.open(path);
    expect(await store.appliedMigrations()).toEqual([1]);
    await store.close();
    store = await DuckDbHistoryStore.open(path);
    expect(await store.appliedMigrations()).toEqual([1]);
    await store.close();
  });

  it('writes runs with jobs, steps and labels, and replaces a run written again', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
    expect(await store.upsertRepo({ owner: 'o', name: 'r' })).toBe(repoId);
    expect(await store.upsertRepo({ owner: 'O', name: 'R' })).toBe(repoId);
    expect(await store.upsertRepo({ owner: 'o', name: 'other' })).not.toBe(repoId);
    await store.writeRuns(repoId, [
      { run: run(1, { status: 'in_progress' }), jobs: [job(11, 1), job(12, 1, 3)] },
    ]);
    expect(await counts(store)).toEqual({ runs: 1, jobs: 2, steps: 5, labels: 2, attempts: 1 });
    expect(await store.completedRunIds(repoId, 10)).toEqual(new Set());
    // Fetched again once completed, with a re-run attempt: the old copy is gone, not duplicated.
    await store.writeRuns(repoId, [
      { run: run(1, { runAttempt: 2 }), jobs: [job(11, 1), job(13, 1, 4, { runAttempt: 2 })] },
    ]);
    expect(await counts(store)).toEqual({ runs: 1, jobs: 2, steps: 6, labels: 2, attempts: 2 });
    expect(await store.completedRunIds(repoId, 10)).toEqual(new Set([1]));
    const [times] = await store.query(
      'SELECT started_at_ms, started_at FROM jobs_v JOIN jobs USING (id) WHERE id = 11',
    );
    expect(times!.started_at_ms).toBe(T0 + 1000);
    await store.close();
  });

  it('keeps jobs of an unknown run under a placeholder run, replaced when the run arrives', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
    await store.write(repoId, { runs: [], replaceJobsOf: [], jobs: [job(21, 2)] });
    expect(await store.query('SELECT id, placeholder, name FROM runs')).toEqual([
      { id: 2, placeholder: true, name: 'CI' },
    ]);
    await store.write(repoId, { runs: [run(2)], replaceJobsOf: [], jobs: [] });
    expect(await store.query('SELECT id, placeholder FROM runs')).toEqual([{ id: 2, placeholder: false }]);
    expect(await counts(store)).toMatchObject({ runs: 1, jobs: 1, steps: 2 });
    await store.close();
  });

  it('leaves nothing behind when a write fails inside the transaction', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
    await store.writeRuns(repoId, [{ run: run(1), jobs: [job(11, 1)] }]);
    // Sabotage the last table the transaction writes: labels no longer fit, after runs/jobs/steps were replaced.
    await store.query('ALTER TABLE job_labels ALTER label SET DATA TYPE INTEGER USING 0');
    await expect(store.writeRuns(repoId, [{ run: run(1), jobs: [job(12, 1, 5)] }])).rejects.toThrow();
    expect(await store.query('SELECT id FROM jobs')).toEqual([{ id: 11 }]);
    expect(await counts(store)).toMatchObject({ runs: 1, jobs: 1, steps: 2 });
    await store.close();
  });

  it('keeps sync cursors and etags', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
    await store.upsertWorkflows(repoId, [
      { id: 10, name: 'CI', path: '.github/workflows/ci.yml', state: 'active' },
    ]);
    expect(await store.getCursor(repoId, 10)).toBeUndefined();
    await store.setCursor(repoId, 10, { completeBefore: T0 });
    await store.setCursor(repoId, 10, { completeBefore: T0 + 5 });
    expect(await store.getCursor(repoId, 10)).toEqual({ completeBefore: T0 + 5 });
    await store.setEtag('https://api/x', 'W/"1"');
    expect(await store.getEtag('https://api/x')).toBe('W/"1"');
    expect(await store.getEtag('https://api/y')).toBeUndefined();
    await store.close();
  });
});

describe('steps of a job fetched again without steps', () => {
  it('keeps the stored steps, and drops the steps of a job that vanished from a replaced run', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
    await store.writeRuns(repoId, [{ run: run(1), jobs: [job(11, 1, 3), job(12, 1, 2)] }]);
    await store.writeRuns(repoId, [{ run: run(1), jobs: [job(11, 1, 0)] }]);
    expect(await store.query('SELECT job_id, count(*) AS n FROM steps GROUP BY job_id')).toEqual([
      { job_id: 11, n: 3 },
    ]);
    await store.close();
  });
});
