/**
 * `ciscope whatif` through `main`: a checkout with seed 000's regression workflow, and a real DuckDB file holding
 * a history shaped like seed 000's (11 shards each building the image for ~234 s).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { DuckDbHistoryStore } from '../src/history/duckdb-store.ts';
import type { JobRecord, RunWithJobs, StepRecord } from '../src/history/records.ts';

const SHARDS = [
  'fast',
  'render-1',
  'render-2',
  'render-3',
  'audio',
  'video-1',
  'video-2',
  'video-3',
  'text',
  'layout',
  'misc',
];
const SECOND = 1000;
const RUNS = 12;

let dir: string;
let checkout: string;
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

/** A job whose steps run back to back from `start`; returns the job and its end. */
function job(
  id: number,
  runId: number,
  name: string,
  created: number,
  start: number,
  steps: [string, number][],
): JobRecord {
  let clock = start;
  const records: StepRecord[] = steps.map(([stepName, seconds], index) => {
    const record = {
      number: index + 1,
      name: stepName,
      status: 'completed',
      conclusion: 'success',
      startedAt: clock,
      completedAt: clock + seconds * SECOND,
    };
    clock += seconds * SECOND;
    return record;
  });
  return {
    id,
    runId,
    runAttempt: 1,
    name,
    workflowName: 'regression',
    status: 'completed',
    conclusion: 'success',
    createdAt: created,
    startedAt: start,
    completedAt: clock,
    labels: ['ubuntu-latest'],
    runnerName: 'GitHub Actions 3',
    runnerGroupName: 'GitHub Actions',
    steps: records,
  };
}

/** Seed 000's shape: `changes`, then 11 shards that each build the image (~234 s) and run their part. */
function seed000History(first: number): RunWithJobs[] {
  return Array.from({ length: RUNS }, (_, index) => {
    const id = 1000 + index;
    const created = first + index * 3 * 3_600_000;
    const changes = job(id * 100, id, 'changes', created, created + 4 * SECOND, [
      ['Set up job', 2],
      ['Run actions/checkout@v4', 5],
      ['Run dorny/paths-filter@v3', 3],
    ]);
    const shards = SHARDS.map((shard, shardIndex) =>
      job(
        id * 100 + 1 + shardIndex,
        id,
        `regression-shards (${shard})`,
        changes.completedAt!,
        changes.completedAt! + (5 + shardIndex) * SECOND,
        [
          ['Set up job', 3],
          ['Run actions/checkout@v4', 24],
          ['Run docker/setup-buildx-action@v3', 9],
          ['Run docker/build-push-action@v6', 229 + ((index * 7 + shardIndex * 3) % 11)],
          ['Run regression shard', 300 + shardIndex * 20],
          ['Complete job', 1],
        ],
      ),
    );
    return {
      run: {
        id,
        workflowId: 77,
        name: 'regression',
        path: '.github/workflows/regression.yml',
        event: 'pull_request',
        headBranch: `feature-${index}`,
        headSha: `sha${index}`,
        status: 'completed',
        conclusion: 'success',
        runNumber: index + 1,
        runAttempt: 1,
        createdAt: created,
        updatedAt: null,
        runStartedAt: created,
        pullRequests: [index + 1],
      },
      jobs: [changes, ...shards],
    };
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-whatif-'));
  checkout = join(dir, 'checkout');
  mkdirSync(join(checkout, '.github/workflows'), { recursive: true });
  copyFileSync(
    join(import.meta.dirname, 'fixtures/whatif/regression.yml'),
    join(checkout, '.github/workflows/regression.yml'),
  );
  copyFileSync(
    join(import.meta.dirname, 'fixtures/whatif/build-images.yml'),
    join(checkout, '.github/workflows/build-images.yml'),
  );
  db = join(dir, 'history.duckdb');
  const store = await DuckDbHistoryStore.open(db);
  try {
    const repoId = await store.upsertRepo({ owner: 'acme', name: 'producer' });
    await store.writeRuns(repoId, seed000History(Date.now() - 10 * 86_400_000));
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ciscope whatif', () => {
  it('prints the seed 000 before/after table for a matrix-rebuilds-image finding', async () => {
    const result = await run([
      'whatif',
      checkout,
      '--repo',
      'acme/producer',
      '--db',
      db,
      '--apply',
      'matrix-rebuilds-image',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^matrix-rebuilds-image — \.github\/workflows\/regression\.yml:\d+ \(12 runs\)$/m,
    );
    // 11 builds of ~3.9 min become one build and 11 loads: ~36 runner-minutes less per run (seed 000: ~43 → ~7).
    const row = /runner-minutes per run, p50 +([\d.]+) +([\d.]+) +-([\d.]+)/.exec(result.stdout);
    expect(row).not.toBeNull();
    expect(Number(row?.[3])).toBeGreaterThan(30);
    expect(Number(row?.[3])).toBeLessThan(40);
    expect(result.stdout).toContain(
      'assumes: one build takes the measured median of the build step, 3.9 min (from 132 shard builds)',
    );
    // The images workflow has findings with scenarios but no history: said so, not an empty table.
    expect(result.stdout).not.toContain('build-images.yml:');
  });

  it('says per workflow when there is no history, and writes the JSON contract', async () => {
    const result = await run(['whatif', checkout, '--repo', 'acme/producer', '--db', db, '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.version).toBe(1);
    expect(json.workflows).toEqual([
      { path: '.github/workflows/build-images.yml', runs: 0, unmatchedJobs: 0 },
      {
        path: '.github/workflows/regression.yml',
        runs: RUNS,
        unmatchedJobs: 0,
        replayCheck: { measured: expect.any(Object), replayed: expect.any(Object) },
      },
    ]);
    // Hosted runners only: no pool is bounded, and the replay gives back what was measured.
    expect(json.pools).toEqual([]);
    const { measured, replayed } = json.workflows[1].replayCheck;
    expect(replayed).toEqual(measured);
    expect(measured.wallClockMinutes.p50).toBeGreaterThan(10);
    expect(json.scenarios.map((scenario: { rule: string }) => scenario.rule).sort()).toEqual([
      'matrix-rebuilds-image',
      'missing-concurrency',
    ]);
    const text = await run(['whatif', checkout, '--repo', 'acme/producer', '--db', db]);
    expect(text.stdout).toContain(
      '.github/workflows/build-images.yml: no run history in the window; nothing to replay',
    );
  });

  it('replays --remove-needs and names the gate lost', async () => {
    const result = await run([
      'whatif',
      checkout,
      '--repo',
      'acme/producer',
      '--db',
      db,
      '--apply',
      'qemu-setup-unused',
      '--remove-needs',
      'regression-shards:changes',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('remove-needs — .github/workflows/regression.yml (12 runs)');
    expect(result.stdout).toContain('gate lost: `regression-shards` no longer waits for `changes`');
  });

  it.each([
    [['--runners', 'self-hosted'], '--runners takes LABELS=N'],
    [['--runners', 'self-hosted=0'], '--runners takes LABELS=N'],
    [['--apply', 'missing-timeout'], 'rule `missing-timeout` has no what-if scenario'],
    [['--apply', 'no-such-rule'], 'unknown rule `no-such-rule`'],
    [['--remove-needs', 'deploy:build'], 'no workflow has a job `deploy`'],
    [['--remove-needs', 'deploy'], '--remove-needs takes JOB:DEP'],
    [['--format', 'sarif'], 'unknown format `sarif`'],
    [['--since', 'yesterday'], '--since takes'],
  ])('exits 2 on %j', async (extra, message) => {
    const result = await run(['whatif', checkout, '--repo', 'acme/producer', '--db', db, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  // Issue 9: `--runners no-such-label=2` was accepted silently and changed nothing.
  it('exits 2 on --runners labels that no replayed job runs on, naming the labels that exist', async () => {
    const result = await run([
      'whatif',
      checkout,
      '--repo',
      'acme/producer',
      '--db',
      db,
      '--runners',
      'no-such-label=2',
    ]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ciscope: --runners no-such-label: no replayed job runs on these labels; the jobs run on `ubuntu-latest`\n',
    });
    // A pool whose labels include a job's labels serves it, in any order and case.
    const served = await run([
      'whatif',
      checkout,
      '--repo',
      'acme/producer',
      '--db',
      db,
      '--runners',
      'Ubuntu-Latest,large=40',
      '--apply',
      'missing-concurrency',
    ]);
    expect(served.code).toBe(0);
    expect(served.stdout).toContain('runner pool `Ubuntu-Latest,large`: 40 runners (--runners)');
  });

  it('exits 2 without a database or history for the repository', async () => {
    expect(
      (await run(['whatif', checkout, '--repo', 'acme/producer', '--db', join(dir, 'none.duckdb')])).stderr,
    ).toContain('no history database');
    const other = await run(['whatif', checkout, '--repo', 'acme/other', '--db', db]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('no history for acme/other');
  });
});
