/** `ciscope import` and `ciscope stats` through `main`, on the real recordings and a real DuckDB file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

const RECORDINGS = '/work/shared/data/github-api-recordings';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

describe('ciscope import and stats', () => {
  it('imports the recordings and reports them in the stats JSON contract', async () => {
    const db = join(dir, 'h.duckdb');
    const imported = await run(['import', RECORDINGS, '--repo', 'biomejs/biome', '--db', db, '--quiet']);
    // The recordings hold runs of several repositories: only biome's are imported, the others are named (issue 9).
    expect(imported.code).toBe(1);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toContain(
      'otel-cicd-action-recordings/runs_with_jobs.json: not imported: 2 runs of corentinmusard/otel-cicd-action, not biomejs/biome (runs 12456168064, 12562475696); import them with --repo corentinmusard/otel-cicd-action\n',
    );
    expect(imported.stderr).toContain('not imported: 35 runs of panjf2000/ants');
    for (const line of imported.stderr.trimEnd().split('\n')) expect(line).toContain(': not imported: ');
    const stats = await run([
      'stats',
      dir,
      '--repo',
      'biomejs/biome',
      '--db',
      db,
      '--since',
      '2020-01-01',
      '--format',
      'json',
      '--workflow',
      'main.yml',
    ]);
    expect(stats.code).toBe(0);
    const json = JSON.parse(stats.stdout);
    expect(json).toMatchObject({
      version: 1,
      repo: 'biomejs/biome',
      window: { from: '2020-01-01T00:00:00.000Z' },
    });
    // biome run 12541749172: 8 jobs, 3,577 job-seconds, 63 billable minutes (recordings README).
    expect(json.workflows).toEqual([
      expect.objectContaining({
        path: '.github/workflows/main.yml',
        name: 'CI on main',
        runs: 1,
        jobs: 8,
        runnerMinutes: Math.round((3577 / 60) * 100) / 100,
        billableMinutes: 63,
      }),
    ]);
    expect(Object.keys(json.workflows[0].runnerMinutesPerRun)).toEqual(['p50', 'p90']);
  });

  it('exits 1 and names a malformed file, importing the others', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"jobs": [');
    const result = await run([
      'import',
      join(dir, 'broken.json'),
      join(RECORDINGS, 'actions-timeline-fixtures/workflow.json'),
      join(RECORDINGS, 'actions-timeline-fixtures/workflow_job.json'),
      '--repo',
      'kesin11/ACTIONS-timeline',
      '--db',
      join(dir, 'h.duckdb'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ciscope: broken\.json: line 1, column 11: not JSON/);
    expect(result.stdout).toContain(
      'Imported 1 runs, 1 jobs, 8 steps from 2 files into kesin11/ACTIONS-timeline.',
    );
  });

  it('refuses a usage mistake with exit 2', async () => {
    expect((await run(['import', RECORDINGS, '--db', join(dir, 'h.duckdb')])).code).toBe(2);
    expect((await run(['stats', dir, '--repo', 'o/r', '--db', join(dir, 'none.duckdb')])).stderr).toContain(
      'no history database',
    );
    expect(
      (await run(['stats', dir, '--repo', 'o/r', '--since', 'last week', '--db', join(dir, 'x')])).code,
    ).toBe(2);
  });
});

describe('ciscope lint --db', () => {
  it('attaches measured impact to findings of a workflow with history', async () => {
    const checkout = join(dir, 'checkout');
    mkdirSync(join(checkout, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(checkout, '.github/workflows/ci.yml'),
      'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    );
    const t0 = Date.now() - 3 * 86_400_000;
    const iso = (ms: number): string => new Date(ms).toISOString();
    const apiRun = (id: number, created: number) => ({
      id,
      workflow_id: 1,
      name: 'CI',
      path: '.github/workflows/ci.yml',
      event: 'pull_request',
      head_branch: 'feature',
      head_sha: 's',
      status: 'completed',
      conclusion: 'success',
      run_number: id,
      run_attempt: 1,
      created_at: iso(created),
    });
    const job = (id: number, runId: number, start: number) => ({
      id,
      run_id: runId,
      name: 'test',
      status: 'completed',
      conclusion: 'success',
      created_at: iso(start),
      started_at: iso(start),
      completed_at: iso(start + 10 * 60_000),
      labels: ['ubuntu-latest'],
      steps: [],
    });
    writeFileSync(
      join(dir, 'runs.json'),
      JSON.stringify({ total_count: 2, workflow_runs: [apiRun(1, t0), apiRun(2, t0 + 4 * 60_000)] }),
    );
    writeFileSync(
      join(dir, 'jobs.json'),
      JSON.stringify({ total_count: 2, jobs: [job(11, 1, t0), job(21, 2, t0 + 4 * 60_000)] }),
    );
    const db = join(dir, 'h.duckdb');
    expect(
      (
        await run([
          'import',
          join(dir, 'runs.json'),
          join(dir, 'jobs.json'),
          '--repo',
          'o/r',
          '--db',
          db,
          '--quiet',
        ])
      ).code,
    ).toBe(0);
    const lint = await run([
      'lint',
      checkout,
      '--db',
      db,
      '--repo',
      'o/r',
      '--format',
      'json',
      '--rule',
      'missing-concurrency',
    ]);
    const { findings, summary } = JSON.parse(lint.stdout);
    // Run 1 ran 6 minutes after run 2 was created: that is the waste, and what cancelling saves (2 runs, 30 days).
    expect(findings[0].impact).toMatchObject({
      runnerMinutesPerRun: 3,
      savingMinutesPerRun: 3,
      savingMinutesPerWeek: 1.4,
      runs: 2,
      basis: 'runner time that 1 of 2 runs spent after a newer run of their branch was created',
    });
    expect(summary).toMatchObject({ findings: 1, measured: 1, savingMinutesPerWeek: 1.4 });
  });
});
