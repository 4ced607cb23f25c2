import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { parseWorkflow } from '../workflow/parse-workflow.ts';
import type { Workflow } from '../workflow/model.ts';
import { DuckDbHistoryStore } from './duckdb-store.ts';
import { measuredRuns } from './measured-runs.ts';
import type { JobRecord, RunRecord, StepRecord } from './records.ts';

const T0 = Date.UTC(2025, 4, 5, 10);
const SECOND = 1000;

const CI = dedent`
  on: push
  jobs:
    lint:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - run: npm run lint
    test:
      needs: lint
      runs-on: \${{ matrix.os }}
      strategy:
        matrix:
          os: [ubuntu-latest, windows-latest]
      steps:
        - uses: actions/checkout@v4
        - name: Unit tests on \${{ matrix.os }}
          run: npm test
`;

function model(): Workflow {
  const { model: workflow } = parseWorkflow({ path: '.github/workflows/ci.yml', text: CI });
  if (workflow === undefined) throw new Error('ci.yml does not parse');
  return workflow;
}

function run(id: number, overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    workflowId: 7,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    event: 'push',
    headBranch: 'main',
    headSha: 'abc',
    status: 'completed',
    conclusion: 'success',
    runNumber: id,
    runAttempt: 1,
    createdAt: T0 + id * 3_600_000,
    updatedAt: null,
    runStartedAt: null,
    pullRequests: [],
    ...overrides,
  };
}

function step(number: number, name: string, start: number, seconds: number): StepRecord {
  return {
    number,
    name,
    status: 'completed',
    conclusion: 'success',
    startedAt: start,
    completedAt: start + seconds * SECOND,
  };
}

/** A job of run `runId` created `created` s after the run, started `queue` s later, with steps of the given seconds. */
function job(
  id: number,
  runId: number,
  name: string,
  created: number,
  queue: number,
  steps: [string, number][],
  overrides: Partial<JobRecord> = {},
): JobRecord {
  const runCreated = T0 + runId * 3_600_000;
  const start = runCreated + (created + queue) * SECOND;
  let clock = start;
  const records = steps.map(([stepName, seconds], index) => {
    const record = step(
      index === steps.length - 1 && stepName.startsWith('Post') ? index + 5 : index + 1,
      stepName,
      clock,
      seconds,
    );
    clock += seconds * SECOND;
    return record;
  });
  return {
    id,
    runId,
    runAttempt: 1,
    name,
    workflowName: 'CI',
    status: 'completed',
    conclusion: 'success',
    createdAt: runCreated + created * SECOND,
    startedAt: start,
    completedAt: clock,
    labels: name.includes('windows') ? ['windows-latest'] : ['ubuntu-latest'],
    runnerName: 'GitHub Actions 2',
    runnerGroupName: 'GitHub Actions',
    steps: records,
    ...overrides,
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-measured-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('measuredRuns', () => {
  it('reads the latest attempt of each run, matched to the model, in the shape the simulator replays', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    try {
      const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
      const lint = (id: number, runId: number, attempt = 1): JobRecord =>
        job(
          id,
          runId,
          'lint',
          1,
          4,
          [
            ['Set up job', 2],
            ['Run actions/checkout@v4', 3],
            ['Run npm run lint', 40],
            ['Post Run actions/checkout@v4', 1],
          ],
          { runAttempt: attempt },
        );
      const test = (id: number, runId: number, os: string, attempt = 1): JobRecord =>
        job(
          id,
          runId,
          `test (${os})`,
          50,
          10,
          [
            ['Set up job', 2],
            ['Run actions/checkout@v4', 3],
            [`Unit tests on ${os}`, 120],
          ],
          { runAttempt: attempt },
        );
      await store.writeRuns(repoId, [
        { run: run(1), jobs: [lint(11, 1), test(12, 1, 'ubuntu-latest'), test(13, 1, 'windows-latest')] },
        // Re-run: attempt 1 failed; only attempt 2 is what the replay should see.
        {
          run: run(2, { runAttempt: 2 }),
          jobs: [
            lint(21, 2),
            test(22, 2, 'ubuntu-latest'),
            test(23, 2, 'windows-latest'),
            lint(24, 2, 2),
            test(25, 2, 'ubuntu-latest', 2),
            test(26, 2, 'windows-latest', 2),
          ],
        },
        // A job the workflow no longer has, and a job skipped by `if:` (never held a runner).
        {
          run: run(3, { event: 'pull_request', headBranch: 'feature' }),
          jobs: [
            lint(31, 3),
            job(32, 3, 'docs', 1, 2, [
              ['Set up job', 1],
              ['Build docs', 30],
            ]),
            job(33, 3, 'test (ubuntu-latest)', 45, 0, [], { conclusion: 'skipped', runnerName: null }),
          ],
        },
        // Another workflow: not read.
        { run: run(4, { path: '.github/workflows/other.yml' }), jobs: [lint(41, 4)] },
      ]);

      const history = await measuredRuns(store, { repoId, workflow: model() });
      expect(history.runs.map((r) => r.id)).toEqual([1, 2, 3]);
      expect(history.unmatchedJobs).toBe(1);
      expect(history.unmatchedNames).toEqual(['docs']);

      const [first, second, third] = history.runs;
      expect(first).toMatchObject({ id: 1, createdAt: T0 + 3_600_000, event: 'push', branch: 'main' });
      expect(first?.jobs.map((j) => [j.jobId, j.name, j.pool])).toEqual([
        ['lint', 'lint', 'ubuntu-latest'],
        ['test', 'test (ubuntu-latest)', 'ubuntu-latest'],
        ['test', 'test (windows-latest)', 'windows-latest'],
      ]);
      const firstLint = first?.jobs[0];
      expect(firstLint?.minutes).toBeCloseTo(46 / 60, 10);
      expect(firstLint?.queueMinutes).toBeCloseTo(4 / 60, 10);
      // Steps in order; model steps carry their index, runner and post steps do not.
      expect(firstLint?.steps.map((s) => [s.name, s.modelIndex])).toEqual([
        ['Set up job', undefined],
        ['Run actions/checkout@v4', 0],
        ['Run npm run lint', 1],
        ['Post Run actions/checkout@v4', undefined],
      ]);
      // The step name evaluated per matrix combination matches the shard's own step.
      expect(first?.jobs[2]?.steps.map((s) => s.modelIndex)).toEqual([undefined, 0, 1]);

      expect(second?.jobs.map((j) => j.name)).toEqual([
        'lint',
        'test (ubuntu-latest)',
        'test (windows-latest)',
      ]);
      expect(second?.jobs.every((j) => j.minutes > 0)).toBe(true);

      expect(third).toMatchObject({ event: 'pull_request', branch: 'feature' });
      // In the order the jobs started: `docs` took its runner first.
      expect(third?.jobs.map((j) => [j.jobId, j.name])).toEqual([
        ['unmatched:docs', 'docs'],
        ['lint', 'lint'],
      ]);
    } finally {
      await store.close();
    }
  });

  it('keeps to the window and leaves out runs whose jobs never ran', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    try {
      const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
      const lint = (id: number, runId: number, overrides: Partial<JobRecord> = {}): JobRecord =>
        job(id, runId, 'lint', 1, 1, [['Run npm run lint', 30]], overrides);
      await store.writeRuns(repoId, [
        { run: run(1), jobs: [lint(11, 1)] },
        { run: run(2), jobs: [lint(21, 2)] },
        {
          run: run(3, { conclusion: 'cancelled' }),
          jobs: [
            lint(31, 3, {
              conclusion: 'cancelled',
              runnerName: null,
              steps: [],
              completedAt: T0 + 3 * 3_600_000 + 2 * SECOND,
            }),
          ],
        },
      ]);
      const from = T0 + 2 * 3_600_000;
      const history = await measuredRuns(store, {
        repoId,
        workflow: model(),
        from,
        to: from + 10 * 3_600_000,
      });
      expect(history.runs.map((r) => r.id)).toEqual([2]);
    } finally {
      await store.close();
    }
  });

  it('marks a step that started before the previous one ended as parallel (issue 9)', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    try {
      const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
      const base = job(11, 1, 'lint', 1, 4, [['Set up job', 2]]);
      const start = base.startedAt as number;
      // Set up job; a type check and the tests side by side from 2 s; their group step; then a step after them.
      const steps: StepRecord[] = [
        step(1, 'Set up job', start, 2),
        step(2, 'Type check', start + 2 * SECOND, 60),
        step(3, 'Run npm run lint', start + 2 * SECOND, 90),
        step(4, 'Parallel group', start + 2 * SECOND, 90),
        step(5, 'Complete job', start + 92 * SECOND, 1),
      ];
      await store.writeRuns(repoId, [
        { run: run(1), jobs: [{ ...base, steps, completedAt: start + 93 * SECOND }] },
      ]);
      const history = await measuredRuns(store, { repoId, workflow: model() });
      expect(history.runs[0]?.jobs[0]?.steps.map((s) => [s.name, s.parallel === true])).toEqual([
        ['Set up job', false],
        ['Type check', false],
        ['Run npm run lint', true],
        ['Parallel group', true],
        ['Complete job', false],
      ]);
      expect(history.runs[0]?.jobs[0]?.startedAt).toBe(start);
      expect(history.runs[0]?.jobs[0]?.createdAt).toBe(start - 4 * SECOND);
    } finally {
      await store.close();
    }
  });
});
