/**
 * Replay fidelity: the unchanged pipeline, replayed from the store on the measured arrivals, must give back the
 * queue and wall-clock figures that were measured. The generated history has a self-hosted pool of two runners
 * that the end-to-end shards of overlapping pull-request runs contend for; its queue times come from the
 * generator's own FIFO model (test/fake-github/generate-history.ts), not from ciscope's simulator. The measured
 * figures are computed here in SQL from the stored times, independently of the simulator.
 *
 * The same comparison on the real recordings (where no pool is bounded) gives the figures in docs/whatif.md,
 * "How close the replay gets".
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyAsRecent } from '../examples/demo-history/replay.mjs';
import { main } from '../src/cli/main.ts';
import { ManualClock } from '../src/history/clock.ts';
import { DuckDbHistoryStore } from '../src/history/duckdb-store.ts';
import { createGitHubClient } from '../src/history/github-client.ts';
import { importFiles } from '../src/history/import.ts';
import { measuredRuns } from '../src/history/measured-runs.ts';
import { syncRepository } from '../src/history/sync.ts';
import { planRuns, replay } from '../src/simulate/replay.ts';
import type { Figures } from '../src/simulate/replay.ts';
import { spread } from '../src/simulate/percentile.ts';
import type { Spread } from '../src/simulate/percentile.ts';
import { dedent } from '../src/testing/rule-tester.ts';
import { parseWorkflow } from '../src/workflow/parse-workflow.ts';
import type { Workflow } from '../src/workflow/model.ts';
import { generateHistory } from './fake-github/generate-history.ts';
import { startFakeGitHub } from './fake-github/server.ts';
import { sharedPath } from './support/shared-dir.ts';

const TOKEN = 'ghp_test0000000000000000000000000000000000';
const START = Date.UTC(2025, 2, 3);
const POOL = 'self-hosted,linux,x64';

/** The generator's Integration workflow as a file: a hosted `setup`, then four e2e shards on the self-hosted pool. */
const INTEGRATION = dedent`
  name: Integration
  on: pull_request
  jobs:
    setup:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - name: Compute matrix
          run: echo matrix
    e2e:
      needs: setup
      runs-on: [self-hosted, linux, x64]
      strategy:
        matrix:
          shard: [1, 2, 3, 4]
      steps:
        - uses: actions/checkout@v4
        - name: Start services
          run: docker compose up -d
        - name: End-to-end tests
          run: npm run e2e
`;

function workflowOf(path: string, text: string): Workflow {
  const { model } = parseWorkflow({ path, text });
  if (model === undefined) throw new Error(`${path} does not parse`);
  return model;
}

interface Measured {
  readonly queue: Spread;
  /** Queue of the jobs on the bounded pool only: the part the simulation has to reproduce. */
  readonly poolQueue: Spread;
  readonly wall: Spread;
  readonly runs: number;
}

/** Queue minutes per job and wall-clock minutes per run of the latest attempts, from the stored times alone. */
async function measuredFigures(store: DuckDbHistoryStore, path: string, pool?: string): Promise<Measured> {
  const latest = `WITH last AS (SELECT run_id, max(run_attempt) AS attempt FROM jobs GROUP BY run_id),
    ran AS (SELECT j.* FROM jobs j JOIN last ON last.run_id = j.run_id AND last.attempt = j.run_attempt JOIN runs r ON r.id = j.run_id
            WHERE r.path = '${path}' AND j.runner_name IS NOT NULL AND j.completed_at_ms >= j.started_at_ms)`;
  const queueOf = async (where: string): Promise<Spread> => {
    const [row] =
      await store.query(`${latest} SELECT quantile_cont(q, 0.5) AS p50, quantile_cont(q, 0.9) AS p90
      FROM (SELECT (started_at_ms - created_at_ms) / 60000.0 AS q FROM ran WHERE created_at_ms IS NOT NULL AND ${where})`);
    return { p50: Number(row?.p50), p90: Number(row?.p90) };
  };
  const [wall] =
    await store.query(`${latest} SELECT quantile_cont(w, 0.5) AS p50, quantile_cont(w, 0.9) AS p90, count(*) AS runs
    FROM (SELECT (max(completed_at_ms) - min(started_at_ms)) / 60000.0 AS w FROM ran GROUP BY run_id)`);
  return {
    queue: await queueOf('true'),
    poolQueue: await queueOf(pool === undefined ? 'false' : `labels = '${pool}'`),
    wall: { p50: Number(wall?.p50), p90: Number(wall?.p90) },
    runs: Number(wall?.runs),
  };
}

interface Replayed {
  readonly figures: Figures;
  readonly poolQueue: Spread | undefined;
  readonly runs: number;
}

async function replayed(
  store: DuckDbHistoryStore,
  repoId: number,
  workflow: Workflow,
  pools: Record<string, number>,
  pool?: string,
): Promise<Replayed> {
  const { runs } = await measuredRuns(store, { repoId, workflow });
  const planned = planRuns(workflow, runs);
  const { results, figures } = replay(planned, { pools });
  const poolQueue = results.flatMap((result, index) =>
    result.jobs.flatMap((job, jobIndex) =>
      planned[index]?.jobs[jobIndex]?.pool === pool && job.start !== undefined
        ? [(job.start - job.ready) / 60_000]
        : [],
    ),
  );
  return { figures, poolQueue: spread(poolQueue), runs: runs.length };
}

const relativeError = (replayedValue: number | undefined, measuredValue: number): number =>
  Math.abs((replayedValue ?? Number.NaN) - measuredValue) / measuredValue;

async function whatifJson(argv: string[]): Promise<WhatIfJson> {
  let stdout = '';
  let stderr = '';
  const code = await main(['whatif', ...argv, '--format', 'json'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { HOME: dir },
    cwd: dir,
    isTTY: false,
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as WhatIfJson;
}

interface WhatIfJson {
  pools: { labels: string; runners: number; source: string; handoverSeconds: number }[];
  workflows: {
    path: string;
    runs: number;
    replayCheck?: Record<'measured' | 'replayed', Record<'queueMinutes' | 'wallClockMinutes', Spread>>;
  }[];
}

/**
 * The replay check `whatif` prints: replayed within 10% of measured, or within 0.1 min (6 s) for figures so small
 * that the pick-up seconds decide them (a p50 queue of 5 s on a free pool).
 */
function expectReproduced(path: string, check: WhatIfJson['workflows'][number]['replayCheck']): void {
  expect(check, path).toBeDefined();
  for (const figure of ['queueMinutes', 'wallClockMinutes'] as const)
    for (const p of ['p50', 'p90'] as const) {
      const measured = check?.measured[figure][p] ?? Number.NaN;
      const replayed = check?.replayed[figure][p] ?? Number.NaN;
      expect(
        Math.abs(replayed - measured),
        `${path} ${figure} ${p}: ${measured} → ${replayed}`,
      ).toBeLessThanOrEqual(Math.max(0.1 * measured, 0.1));
    }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-replay-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replaying a generated history with a contended two-runner pool', () => {
  // Every job has `created_at` (no legacy payloads), so every job's queue time is measured.
  const history = generateHistory({ seed: 4242, days: 10, pullRequestsPerDay: 6, legacyBefore: START });
  let store: DuckDbHistoryStore;
  let repoId: number;

  beforeAll(async () => {
    const server = await startFakeGitHub({ history, token: TOKEN });
    try {
      store = await DuckDbHistoryStore.open(join(dir, 'generated.duckdb'));
      const client = createGitHubClient({
        token: TOKEN,
        baseUrl: server.url,
        clock: new ManualClock(history.end),
      });
      await syncRepository({
        client,
        store,
        repo: { owner: history.owner, name: history.repo },
        since: START,
        now: history.end,
        workflowFiles: ['integration.yml'],
      });
      repoId = (await store.repoId({ owner: history.owner, name: history.repo })) ?? Number.NaN;
    } finally {
      await server.close();
    }
  });
  afterAll(async () => store?.close());

  it('gives back the measured queue p50/p90 and wall-clock p50 within 10%', async () => {
    const path = '.github/workflows/integration.yml';
    const measured = await measuredFigures(store, path, POOL);
    const { figures, poolQueue, runs } = await replayed(
      store,
      repoId,
      workflowOf(path, INTEGRATION),
      { [POOL]: 2 },
      POOL,
    );
    // The pool is worth replaying: runs overlap and shards wait minutes for a runner.
    expect(history.truth[path]?.maxQueueSeconds).toBeGreaterThan(600);
    expect(measured.poolQueue.p90).toBeGreaterThan(5);
    expect(runs).toBe(measured.runs);
    console.info(
      `generated, measured / replayed: queue p50 ${measured.queue.p50.toFixed(2)} / ${figures.queueMinutes?.p50.toFixed(2)}, p90 ${measured.queue.p90.toFixed(2)} / ${figures.queueMinutes?.p90.toFixed(2)}; ` +
        `pool queue p50 ${measured.poolQueue.p50.toFixed(2)} / ${poolQueue?.p50.toFixed(2)}, p90 ${measured.poolQueue.p90.toFixed(2)} / ${poolQueue?.p90.toFixed(2)}; ` +
        `wall p50 ${measured.wall.p50.toFixed(2)} / ${figures.wallClockMinutes?.p50.toFixed(2)}, p90 ${measured.wall.p90.toFixed(2)} / ${figures.wallClockMinutes?.p90.toFixed(2)} (${runs} runs)`,
    );
    expect(relativeError(figures.queueMinutes?.p50, measured.queue.p50)).toBeLessThan(0.1);
    expect(relativeError(figures.queueMinutes?.p90, measured.queue.p90)).toBeLessThan(0.1);
    expect(relativeError(figures.wallClockMinutes?.p50, measured.wall.p50)).toBeLessThan(0.1);
    // The pool's own jobs, whose waits only the simulation can give (hosted jobs replay their measured pick-up).
    expect(relativeError(poolQueue?.p50, measured.poolQueue.p50)).toBeLessThan(0.1);
    expect(relativeError(poolQueue?.p90, measured.poolQueue.p90)).toBeLessThan(0.1);
  });

  it('whatif infers the two-runner pool from history and prints a replay check that holds', async () => {
    const checkout = join(dir, 'integration-checkout');
    mkdirSync(join(checkout, '.github/workflows'), { recursive: true });
    writeFileSync(join(checkout, '.github/workflows/integration.yml'), INTEGRATION);
    const json = await whatifJson([
      checkout,
      '--repo',
      `${history.owner}/${history.repo}`,
      '--db',
      join(dir, 'generated.duckdb'),
      '--since',
      '2025-03-01',
    ]);
    expect(json.pools).toEqual([
      expect.objectContaining({
        labels: POOL,
        runners: 2,
        source: 'history',
        handoverSeconds: expect.any(Number),
      }),
    ]);
    const [integration] = json.workflows;
    expect(integration?.runs).toBe(200);
    console.info(`generated, whatif replay check: ${JSON.stringify(integration?.replayCheck)}`);
    expectReproduced('integration.yml', integration?.replayCheck);
    // The pool is contended, so the check is about waiting, not pick-up seconds.
    expect(integration?.replayCheck?.measured.queueMinutes.p90).toBeGreaterThan(5);
  });

  it('the pool size drives the replayed queue: one runner more or less moves it far from what was measured', async () => {
    const path = '.github/workflows/integration.yml';
    const measured = await measuredFigures(store, path, POOL);
    const one = await replayed(store, repoId, workflowOf(path, INTEGRATION), { [POOL]: 1 }, POOL);
    const three = await replayed(store, repoId, workflowOf(path, INTEGRATION), { [POOL]: 3 }, POOL);
    expect(one.poolQueue?.p90).toBeGreaterThan(measured.poolQueue.p90 * 1.5);
    expect(three.poolQueue?.p90).toBeLessThan(measured.poolQueue.p90 * 0.5);
  });
});

/** The otel-cicd-action `Build` job graph as its recorded run shows it: `otel-cicd` waits for `build` and the test matrix. */
const OTEL_BUILD = dedent`
  name: Build
  on: push
  jobs:
    build:
      runs-on: ubuntu-latest
      steps:
        - run: npm ci
    tests:
      strategy:
        matrix:
          os: [ubuntu-latest, windows-latest, macos-latest]
      runs-on: \${{ matrix.os }}
      steps:
        - run: npm test
    otel-cicd:
      needs: [tests, build]
      runs-on: ubuntu-latest
      steps:
        - run: npm run export
`;

const recordings = sharedPath('data/github-api-recordings/otel-cicd-action-recordings/runs_with_jobs.json');
const biomeMain = sharedPath('corpus/repos/biomejs__biome/.github/workflows/main.yml');

describe.skipIf(recordings.missing !== undefined || biomeMain.missing !== undefined)(
  'replaying the real recordings',
  () => {
    let store: DuckDbHistoryStore;
    let repoId: number;
    beforeAll(async () => {
      store = await DuckDbHistoryStore.open(join(dir, 'recordings.duckdb'));
      repoId = await store.upsertRepo({ owner: 'recordings', name: 'otel-cicd-action' });
      const result = await importFiles(store, repoId, [recordings.path]);
      expect(result.failed).toEqual([]);
    });
    afterAll(async () => store?.close());

    it.each([
      // biome's main.yml of 2026 against its run of 2024-12-30: the matrix and two jobs have changed since, so some
      // jobs replay unmatched (with no needs, as every job of that workflow has none).
      {
        name: 'biome "CI on main"',
        path: '.github/workflows/main.yml',
        text: () => readFileSync(biomeMain.path, 'utf8'),
      },
      { name: 'otel-cicd-action "Build"', path: '.github/workflows/build.yml', text: () => OTEL_BUILD },
    ])('$name: wall clock within 10% of the recorded run', async ({ name, path, text }) => {
      const workflow = workflowOf(path, text());
      const measured = await measuredFigures(store, path);
      const history = await measuredRuns(store, { repoId, workflow });
      const withPickup = replay(planRuns(workflow, history.runs), { pools: {} }).figures;
      // The same runs with no pick-up latency: what the job graph and durations alone explain.
      const bare = history.runs.map((run) => ({
        ...run,
        jobs: run.jobs.map((job) => ({ ...job, queueMinutes: undefined })),
      }));
      const withoutPickup = replay(planRuns(workflow, bare), { pools: {} }).figures;
      console.info(
        `${name}: ${history.runs.length} run, ${history.runs[0]?.jobs.length} jobs (${history.unmatchedJobs} unmatched); wall clock measured ${measured.wall.p50.toFixed(2)} min, ` +
          `replayed ${withPickup.wallClockMinutes?.p50.toFixed(2)} min, without pick-up ${withoutPickup.wallClockMinutes?.p50.toFixed(2)} min; ` +
          `queue p50/p90 measured ${measured.queue.p50.toFixed(2)}/${measured.queue.p90.toFixed(2)}, replayed ${withPickup.queueMinutes?.p50.toFixed(2)}/${withPickup.queueMinutes?.p90.toFixed(2)}`,
      );
      expect(history.runs).toHaveLength(1);
      expect(relativeError(withPickup.wallClockMinutes?.p50, measured.wall.p50)).toBeLessThan(0.1);
      expect(relativeError(withPickup.queueMinutes?.p90, measured.queue.p90)).toBeLessThan(0.1);
    });
  },
);

describe('replaying the demo history (examples/demo-history)', () => {
  // Three workflows share one pool of two GPU runners, with no `concurrency`: seed 002's queue.
  it('whatif reproduces the measured queue and wall clock of every workflow, the pool inferred', async () => {
    const recording = join(dir, 'demo-history');
    copyAsRecent(recording);
    const db = join(dir, 'demo.duckdb');
    const store = await DuckDbHistoryStore.open(db);
    try {
      const repoId = await store.upsertRepo({ owner: 'flowmesh', name: 'flowmesh' });
      const imported = await importFiles(store, repoId, [recording], {
        repo: { owner: 'flowmesh', name: 'flowmesh' },
      });
      expect(imported.failed).toEqual([]);
      expect(imported.refused).toEqual([]);
    } finally {
      await store.close();
    }
    const demo = new URL('../examples/demo', import.meta.url).pathname;
    const json = await whatifJson([demo, '--repo', 'flowmesh/flowmesh', '--db', db]);
    expect(json.pools).toEqual([
      expect.objectContaining({ labels: 'self-hosted,linux,cuda', runners: 2, source: 'history' }),
    ]);
    const pooled = ['unit-tests.yml', 'lint-typecheck.yml', 'check-pr-title.yml'];
    for (const workflow of json.workflows) {
      console.info(`demo ${workflow.path}: ${JSON.stringify(workflow.replayCheck)}`);
      expectReproduced(workflow.path, workflow.replayCheck);
    }
    const title = json.workflows.find((w) => w.path.endsWith('check-pr-title.yml'));
    expect(title?.replayCheck?.measured.queueMinutes.p50).toBeGreaterThan(5);
    expect(json.workflows.filter((w) => pooled.some((name) => w.path.endsWith(name)))).toHaveLength(3);
  });
});
