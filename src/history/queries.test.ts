/**
 * The stats figures on a small history whose answers are worked out by hand (comments give the arithmetic),
 * through a real DuckDB file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { buildRepository, memorySource } from '../workflow/repository.ts';
import { DuckDbHistoryStore } from './duckdb-store.ts';
import { summarizeHistory } from './queries.ts';
import type { HistorySummary } from './queries.ts';
import type { JobRecord, RunRecord } from './records.ts';

const MIN = 60_000;
const T0 = Date.UTC(2025, 5, 2, 12); // prices before 2026: Linux 2-core $0.008/min
const CI = '.github/workflows/ci.yml';
const MODEL = buildRepository(
  '/repo',
  memorySource({
    [CI]: dedent`
    on: push
    jobs:
      build:
        runs-on: ubuntu-latest
        strategy:
          matrix:
            node: [18, 20, 22]
        steps:
          - uses: actions/checkout@v4
          - run: npm test
            env:
              NODE: \${{ matrix.node }}
  `,
  }),
);

function run(id: number, createdAt: number, overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    workflowId: 1,
    name: 'CI',
    path: CI,
    event: 'push',
    headBranch: 'main',
    headSha: 's',
    status: 'completed',
    conclusion: 'success',
    runNumber: id,
    runAttempt: 1,
    createdAt,
    updatedAt: createdAt,
    runStartedAt: createdAt,
    pullRequests: [],
    ...overrides,
  };
}
function job(
  id: number,
  runId: number,
  name: string,
  start: number,
  minutes: number,
  overrides: Partial<JobRecord> = {},
): JobRecord {
  return {
    id,
    runId,
    runAttempt: 1,
    name,
    workflowName: 'CI',
    status: 'completed',
    conclusion: 'success',
    createdAt: start,
    startedAt: start,
    completedAt: start + minutes * MIN,
    labels: ['ubuntu-latest'],
    runnerName: null,
    runnerGroupName: null,
    steps: [],
    ...overrides,
  };
}
function step(number: number, name: string, start: number, minutes: number) {
  return {
    number,
    name,
    status: 'completed',
    conclusion: 'success',
    startedAt: start,
    completedAt: start + minutes * MIN,
  };
}

let dir: string;
let summary: HistorySummary;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-queries-'));
  const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
  const repo = { owner: 'o', name: 'r' };
  const repoId = await store.upsertRepo(repo);
  // Run 1: three shards of 10 minutes, queued 1 minute each; checkout takes 1, 2 and 3 minutes (median 2).
  const shard = (id: number, node: number, checkout: number): JobRecord =>
    job(id, 1, `build (${node})`, T0 + MIN, 10, {
      createdAt: T0,
      steps: [
        step(1, 'Set up job', T0 + MIN, 0.5),
        step(2, 'Run actions/checkout@v4', T0 + 2 * MIN, checkout),
        step(3, 'Run npm test', T0 + 5 * MIN, 5),
      ],
    });
  await store.writeRuns(repoId, [
    { run: run(1, T0), jobs: [shard(11, 18, 1), shard(12, 20, 2), shard(13, 22, 3)] },
    // Run 2, created at T0+5 while run 1 runs until T0+11: run 1 is superseded. Attempt 1 failed after 2 minutes
    // (queued 1 minute); attempt 2 took 4 minutes and has no created_at.
    {
      run: run(2, T0 + 5 * MIN, { runAttempt: 2 }),
      jobs: [
        job(21, 2, 'build (18)', T0 + 6 * MIN, 2, { createdAt: T0 + 5 * MIN, conclusion: 'failure' }),
        job(22, 2, 'build (18)', T0 + 20 * MIN, 4, { runAttempt: 2, createdAt: null }),
      ],
    },
    // Run 3 on another branch: a cancelled shard on a self-hosted runner and a job the model does not have, on an
    // unknown third-party runner.
    {
      run: run(3, T0 + 60 * MIN, { headBranch: 'feature' }),
      jobs: [
        job(31, 3, 'build (20)', T0 + 60 * MIN, 3, {
          conclusion: 'cancelled',
          labels: ['self-hosted', 'linux'],
        }),
        job(32, 3, 'deploy', T0 + 60 * MIN, 1, { labels: ['depot-x'] }),
      ],
    },
    {
      run: run(4, T0, { path: '.github/workflows/old.yml', workflowId: 2 }),
      jobs: [job(41, 4, 'old', T0, 5)],
    },
  ]);
  summary = await summarizeHistory(store, {
    repoId,
    repo,
    from: T0 - 1,
    to: T0 + 7 * 24 * 60 * MIN,
    model: MODEL,
  });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('summarizeHistory', () => {
  it('computes the workflow figures', () => {
    const ci = summary.workflows.find((workflow) => workflow.path === CI)!;
    expect(ci).toMatchObject({ runs: 3, jobs: 7, jobsWithoutCreatedAt: 1 });
    // 30 + 2 + 4 + 3 + 1 minutes over all attempts.
    expect(ci.runnerMinutes).toBeCloseTo(40);
    // Per run: 30, 6, 4 → p50 6; p90 at rank 1.8: 6 + 0.8 × (30 − 6) = 25.2.
    expect(ci.runnerMinutesPerRun.p50).toBeCloseTo(6);
    expect(ci.runnerMinutesPerRun.p90).toBeCloseTo(25.2);
    // Latest attempts: 10, 4 and 3 minutes of wall clock.
    expect(ci.wallClockMinutes.p50).toBeCloseTo(4);
    // Queue: 1, 1, 1, 1, 0, 0 (the job without created_at is left out).
    expect(ci.queueMinutes.p50).toBeCloseTo(1);
    // ubuntu-latest: 30 + 2 + 4 billable minutes at $0.008; self-hosted is free; depot-x is not priced.
    expect(ci.costUsd).toBeCloseTo(0.288);
    expect(ci.unpricedMinutes).toBeCloseTo(1);
    expect(summary.unknownLabels).toEqual([{ labels: 'depot-x', jobs: 1, runnerMinutes: 1 }]);
  });

  it('finds each kind of waste', () => {
    const byKind = (kind: string) => summary.waste.filter((waste) => waste.kind === kind);
    // Checkout reads nothing of the matrix: (3 − 1) × 2 minutes in run 1. `npm test` reads matrix.node: not waste.
    expect(byKind('redundant-shard-step')).toEqual([
      {
        kind: 'redundant-shard-step',
        workflow: CI,
        job: 'build',
        step: 'Run actions/checkout@v4',
        runnerMinutes: 4,
        runnerMinutesPerRun: 4,
        runs: 1,
      },
    ]);
    // Run 1's three shards each ran 6 minutes after run 2 was created.
    expect(byKind('superseded-run')).toEqual([
      { kind: 'superseded-run', workflow: CI, runnerMinutes: 18, runnerMinutesPerRun: 18, runs: 1 },
    ]);
    expect(byKind('failed-attempt')).toEqual([
      { kind: 'failed-attempt', workflow: CI, runnerMinutes: 2, runnerMinutesPerRun: 2, runs: 1 },
    ]);
    expect(byKind('cancelled')).toEqual([
      { kind: 'cancelled', workflow: CI, runnerMinutes: 3, runnerMinutesPerRun: 3, runs: 1 },
    ]);
  });

  it('ranks step hotspots across matrix shards', () => {
    // `build` ran in runs 1, 2 and 3: 15 minutes of `npm test` is 5 per run.
    expect(summary.hotspots[0]).toMatchObject({
      workflow: CI,
      job: 'build',
      step: 'Run npm test',
      runnerMinutes: 15,
      runs: 3,
      minutesPerRun: 5,
    });
    expect(summary.hotspots[1]).toMatchObject({
      job: 'build',
      step: 'Run actions/checkout@v4',
      runnerMinutes: 6,
      runs: 3,
      minutesPerRun: 2,
    });
  });

  it('reports history the model does not have', () => {
    expect(summary.unmatched).toEqual([
      { kind: 'job', workflow: CI, job: 'deploy', runs: 1, runnerMinutes: 1 },
      { kind: 'workflow', workflow: '.github/workflows/old.yml', runs: 1, runnerMinutes: 5 },
    ]);
  });
});
