/**
 * `ciscope compare` through `main` on a real DuckDB file holding a history shaped like seed 001's experiment:
 * baseline runs on `edge`, two cache-write runs and five cache-read runs of the PR branch, where reading the
 * cache made the E2E workflow slower (~16 min → ~21 min).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { DuckDbHistoryStore } from '../src/history/duckdb-store.ts';
import type { JobRecord, RunWithJobs } from '../src/history/records.ts';

const T0 = Date.UTC(2026, 5, 1, 9);
const MINUTE = 60_000;

let dir: string;
let db: string;

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { HOME: dir },
    cwd: dir,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** An E2E run: a 1-minute build, then two test jobs side by side; `minutes` is the longer test job. */
function e2eRun(id: number, day: number, branch: string, sha: string, minutes: number): RunWithJobs {
  const created = T0 + day * 86_400_000 + id * MINUTE;
  const job = (jobId: number, name: string, start: number, length: number): JobRecord => ({
    id: jobId,
    runId: id,
    runAttempt: 1,
    name,
    workflowName: 'E2E Tests',
    status: 'completed',
    conclusion: 'success',
    createdAt: start,
    startedAt: start,
    completedAt: start + length * MINUTE,
    labels: ['ubuntu-latest'],
    runnerName: 'GitHub Actions 1',
    runnerGroupName: 'GitHub Actions',
    steps: [],
  });
  return {
    run: {
      id,
      workflowId: 5,
      name: 'E2E Tests',
      path: '.github/workflows/e2e.yml',
      event: 'pull_request',
      headBranch: branch,
      headSha: sha,
      status: 'completed',
      conclusion: 'success',
      runNumber: id,
      runAttempt: 1,
      createdAt: created,
      updatedAt: null,
      runStartedAt: created,
      pullRequests: [],
    },
    jobs: [
      job(id * 10, 'build', created, 1),
      job(id * 10 + 1, 'e2e (1)', created + MINUTE, minutes),
      job(id * 10 + 2, 'e2e (2)', created + MINUTE, minutes - 2),
    ],
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-compare-'));
  db = join(dir, 'history.duckdb');
  const store = await DuckDbHistoryStore.open(db);
  try {
    const repoId = await store.upsertRepo({ owner: 'compdemocracy', name: 'polis' });
    const baseline = [15.2, 16.4, 15.8, 16.9, 15.5, 16.1, 15.9, 16.6].map((minutes, index) =>
      e2eRun(100 + index, index, 'edge', `ba5e${index}000`, minutes),
    );
    const write = [13.3, 14.1].map((minutes, index) =>
      e2eRun(200 + index, 9, 'jc/ci-cache', `c0ffee${index}`, minutes),
    );
    const read = [20.4, 21.5, 20.9, 22.0, 21.2].map((minutes, index) =>
      e2eRun(300 + index, 10 + index, 'jc/ci-cache', `feed${index}00`, minutes),
    );
    await store.writeRuns(repoId, [...baseline, ...write, ...read]);
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = ['compare', '--repo', 'compdemocracy/polis', '--db'];

describe('ciscope compare', () => {
  it('prints seed 001\'s table: a verdict where the runs allow one, "too few runs" where they do not', async () => {
    const result = await run([
      ...BASE,
      db,
      '--a',
      'branch=edge',
      '--b',
      'runs=200,201',
      '--c',
      'branch=jc/ci-cache since=2026-06-11',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'A: branch=edge',
      'B: runs=200,201',
      'C: branch=jc/ci-cache since=2026-06-11',
    ]);
    expect(result.stdout).toContain('.github/workflows/e2e.yml (E2E Tests)');
    // Wall clock = 1 min of build + the longer test job.
    expect(result.stdout).toMatch(/^ {2}A +8 {2}17\.0 \(16\.4–17\.7\)/m);
    expect(result.stdout).toMatch(/^ {2}B +2 {2}14\.7/m);
    expect(result.stdout).toMatch(/^ {2}C +5 {2}22\.2/m);
    expect(result.stdout).toContain(
      'wall clock, B vs A: too few runs to tell (8 and 2; at least 3 on each side are needed)',
    );
    expect(result.stdout).toMatch(
      /wall clock, C vs A: C is 5\.2 min \(31%\) slower than A \(95% interval \+[\d.]+ to \+[\d.]+ min\)/,
    );
  });

  it('writes the versioned JSON contract', async () => {
    const result = await run([
      ...BASE,
      db,
      '--a',
      'branch=edge until=2026-06-04',
      '--b',
      'sha=FEED',
      '--format',
      'json',
      '--workflow',
      'e2e.yml',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(1);
    expect(json.groups).toEqual([
      { label: 'A', filter: 'branch=edge until=2026-06-04' },
      { label: 'B', filter: 'sha=FEED' },
    ]);
    const [workflow] = json.workflows;
    expect(workflow.path).toBe('.github/workflows/e2e.yml');
    // until= includes its whole day: June 1–4 are days 0–3 of the baseline.
    expect(workflow.groups.map((group: { n: number; runIds: number[] }) => [group.n, group.runIds])).toEqual([
      [4, [100, 101, 102, 103]],
      [5, [300, 301, 302, 303, 304]],
    ]);
    expect(workflow.groups[0].wallClockMinutes).toEqual({ median: 17.1, p10: 16.38, p90: 17.75 });
    expect(workflow.differences[0]).toMatchObject({
      label: 'B',
      against: 'A',
      wallClockMinutes: { delta: 5.1 },
    });
    expect(workflow.differences[0].wallClockMinutes.verdict).toMatch(/^B is 5\.1 min \(30%\) slower than A/);
    expect(workflow.differences[0].runnerMinutesPerRun.interval).toHaveLength(2);
  });

  it.each([
    [['--a', 'branch=edge', '--b', 'brnch=main'], '--b: `brnch=main` is not a filter term'],
    [['--a', 'branch=edge', '--b', 'since=yesterday'], '--b: `since=yesterday`: a date is YYYY-MM-DD'],
    [['--a', 'runs=1,x', '--b', 'branch=edge'], '--a: `runs=1,x`: runs= takes run ids'],
    [['--a', 'sha=xyz', '--b', 'branch=edge'], '--a: `sha=xyz`'],
    [['--a', 'branch=', '--b', 'branch=edge'], '--a: `branch=` has no value'],
    [['--a', 'branch=edge'], '--b FILTER is required'],
    [['--a', '  ', '--b', 'branch=edge'], '--a: a filter needs at least one key=value term'],
  ])('exits 2 on %j', async (extra, message) => {
    const result = await run([...BASE, db, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('renders the table in Markdown for a pull request comment', async () => {
    const result = await run([
      ...BASE,
      db,
      '--a',
      'branch=edge',
      '--b',
      'runs=200,201',
      '--format',
      'markdown',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- **A**: `branch=edge`');
    expect(result.stdout).toContain('| B | 2 | 14.7 (14.4–15.0) | 26.4 (25.8–27.0) |');
    expect(result.stdout).toContain('- wall clock, B vs A: too few runs to tell');
  });

  it('says so when no run matches', async () => {
    const result = await run([...BASE, db, '--a', 'branch=nothing', '--b', 'event=schedule']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No run matches any group.');
  });
});
