/**
 * Every file of the real recordings is imported without losing a record. Expected counts are computed here, with
 * JSON.parse and a separate decoding of replay records, never from ciscope's own output.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbHistoryStore } from './duckdb-store.ts';
import { importFiles, parseCsv, recordsOfFile } from './import.ts';

const RECORDINGS = '/work/shared/data/github-api-recordings';

interface Payloads {
  runs: Record<string, unknown>[];
  jobs: { runId: number; job: Record<string, unknown> }[];
}

/** Independent decoding of each recording into raw run and job payloads. */
function payloadsOf(file: string): Payloads {
  const text = readFileSync(join(RECORDINGS, file), 'utf8');
  const out: Payloads = { runs: [], jobs: [] };
  const addJobs = (jobs: Record<string, unknown>[], runId?: number): void => {
    for (const job of jobs) out.jobs.push({ runId: (job.run_id as number | undefined) ?? runId!, job });
  };
  if (file.includes('.rec@')) {
    const lines = text.trim().split('\n');
    const width = lines[0] === 'GET' ? 5 : 4;
    for (let i = 0; i < lines.length; i += width) {
      const url = lines[i + width - 3]!;
      if (lines[i + width - 2] !== '200') continue; // a recorded 404 (run 111) is not a run
      const body = JSON.parse(Buffer.from(lines[i + width - 1]!, 'base64').toString('utf8'));
      if (/\/actions\/runs\/\d+$/.test(url)) out.runs.push(body);
      if (/\/actions\/runs\/\d+\/jobs/.test(url)) addJobs(body.jobs);
    }
    return out;
  }
  if (file.endsWith('.csv')) {
    // The README says the CSV and the JSON dump beside it hold the same rows.
    return payloadsOf(file.replace(/_raw_github_api_(runs|jobs)\.csv$/, '$1.json'));
  }
  const json = JSON.parse(text);
  if (file.endsWith('runs_with_jobs.json')) {
    for (const entry of json) {
      out.runs.push(entry.run);
      addJobs(entry.jobs.jobs, entry.run.id);
    }
  } else if (file.startsWith('devlake')) {
    for (const row of json)
      (file.endsWith('runs.json') ? out.runs : out.jobs).push(
        file.endsWith('runs.json') ? row.data : { runId: row.data.run_id, job: row.data },
      );
  } else if (file.endsWith('workflow.json')) out.runs.push(json);
  else if (file.endsWith('workflow_job.json')) addJobs(json);
  else if (file.includes('parallel_')) addJobs(json.jobs, json.workflow.id);
  return out;
}

const files = readdirSync(RECORDINGS, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(RECORDINGS, join(entry.parentPath, entry.name)))
  .sort();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('recordsOfFile on the real recordings', () => {
  it.each(files.filter((file) => !/README|steps_count/.test(file)))('%s: every run, job and step', (file) => {
    const expected = payloadsOf(file);
    const records = recordsOfFile(file, readFileSync(join(RECORDINGS, file), 'utf8'));
    expect(records.runs.map((run) => run.id)).toEqual(expected.runs.map((run) => run.id));
    expect(records.jobs.map((job) => [job.id, job.runId, job.steps.length])).toEqual(
      expected.jobs.map(({ runId, job }) => [job.id, runId, (job.steps as unknown[]).length]),
    );
  });

  it('matches the README figures', () => {
    const count = (file: string): number[] => {
      const records = recordsOfFile(file, readFileSync(join(RECORDINGS, file), 'utf8'));
      return [
        records.runs.length,
        records.jobs.length,
        records.jobs.reduce((sum, job) => sum + job.steps.length, 0),
      ];
    };
    expect(count('otel-cicd-action-recordings/runs_with_jobs.json')).toEqual([8, 23, 176]);
    expect(count('devlake-panjf2000-ants/_raw_github_api_runs.csv')).toEqual([35, 0, 0]);
    expect(count('devlake-panjf2000-ants/_raw_github_api_jobs.csv')).toEqual([0, 35, 263]);
    expect(count('actions-timeline-fixtures/workflow_job.json')).toEqual([0, 1, 8]);
    expect(count('actions-timeline-fixtures/parallel_nuxt.json')).toEqual([0, 1, 6]);
  });
});

describe('importFiles', () => {
  it('imports the whole directory into the store without losing a record', async () => {
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
    const result = await importFiles(store, repoId, [RECORDINGS], { batchJobs: 7 });
    expect(result.failed).toEqual([]);
    expect(result.skipped.map((entry) => relative(RECORDINGS, entry.path))).toEqual([
      'README.md',
      'otel-cicd-action-recordings/steps_count_by_recording_commit.json',
    ]);

    // Expected store content: distinct runs (real ones plus a placeholder per unknown run id), distinct jobs, and
    // per job the steps of its last copy that had any.
    const realRuns = new Set<number>();
    const jobRuns = new Map<number, number>();
    const stepsOf = new Map<number, number>();
    for (const file of files.filter((name) => !/README|steps_count/.test(name))) {
      const payloads = payloadsOf(file);
      for (const run of payloads.runs) realRuns.add(run.id as number);
      for (const { runId, job } of payloads.jobs) {
        jobRuns.set(job.id as number, runId);
        const steps = (job.steps as unknown[]).length;
        if (steps > 0 || !stepsOf.has(job.id as number)) stepsOf.set(job.id as number, steps);
      }
    }
    const placeholders = new Set([...jobRuns.values()].filter((id) => !realRuns.has(id)));
    const [row] =
      await store.query(`SELECT (SELECT count(*) FROM runs WHERE NOT placeholder) AS runs, (SELECT count(*) FROM runs WHERE placeholder) AS placeholders,
      (SELECT count(*) FROM jobs) AS jobs, (SELECT count(*) FROM steps) AS steps, (SELECT count(*) FROM jobs WHERE run_id NOT IN (SELECT id FROM runs)) AS orphans`);
    expect(row).toEqual({
      runs: realRuns.size,
      placeholders: placeholders.size,
      jobs: jobRuns.size,
      steps: [...stepsOf.values()].reduce((a, b) => a + b, 0),
      orphans: 0,
    });
    // Importing again changes nothing.
    await importFiles(store, repoId, [RECORDINGS]);
    const [again] = await store.query(
      'SELECT (SELECT count(*) FROM runs) AS runs, (SELECT count(*) FROM jobs) AS jobs, (SELECT count(*) FROM steps) AS steps',
    );
    expect(again).toEqual({
      runs: Number(row!.runs) + Number(row!.placeholders),
      jobs: row!.jobs,
      steps: row!.steps,
    });
    await store.close();
  });

  it('reports a malformed file with its path and place, and still imports the others', async () => {
    writeFileSync(join(dir, 'a-broken.json'), '{\n  "total_count": 1,\n  "jobs": [ {"id": 1,, } ]\n}\n');
    writeFileSync(
      join(dir, 'b-bad-time.json'),
      JSON.stringify({
        total_count: 1,
        jobs: [{ id: 1, run_id: 2, name: 'x', started_at: 'yesterday', steps: [] }],
      }),
    );
    writeFileSync(
      join(dir, 'c-good.json'),
      readFileSync(join(RECORDINGS, 'actions-timeline-fixtures/workflow_job.json')),
    );
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    const repoId = await store.upsertRepo({ owner: 'o', name: 'r' });
    const result = await importFiles(store, repoId, [
      join(dir, 'a-broken.json'),
      join(dir, 'b-bad-time.json'),
      join(dir, 'c-good.json'),
    ]);
    expect(result.failed).toEqual([
      { path: join(dir, 'a-broken.json'), reason: expect.stringMatching(/^line 3, column 22: not JSON/) },
      {
        path: join(dir, 'b-bad-time.json'),
        reason: 'jobs[0].started_at: time without a UTC offset: yesterday',
      },
    ]);
    expect(result.imported.map((file) => [file.jobs, file.steps])).toEqual([[1, 8]]);
    await store.close();
  });
});

describe('gh --json shapes', () => {
  it('reads `gh run view --json jobs` output, taking the run id from each job url', () => {
    const text = JSON.stringify({
      jobs: [
        {
          databaseId: 7,
          name: 'build (windows)',
          status: 'completed',
          conclusion: 'SUCCESS',
          startedAt: '2025-03-01T10:00:00Z',
          completedAt: '2025-03-01T10:36:00Z',
          url: 'https://github.com/o/r/actions/runs/31964847354/job/7',
          steps: [
            {
              name: 'Reclaim disk space',
              number: 5,
              status: 'completed',
              conclusion: 'success',
              startedAt: '2025-03-01T10:01:00Z',
              completedAt: '2025-03-01T10:08:24Z',
            },
          ],
        },
      ],
    });
    const records = recordsOfFile('view.json', text);
    expect(records.shape).toBe('gh run view --json jobs');
    expect(records.jobs.map((job) => [job.id, job.runId, job.conclusion, job.steps.length])).toEqual([
      [7, 31964847354, 'success', 1],
    ]);
  });
  it('reads `gh run list --json` output as runs', () => {
    const text = JSON.stringify([
      {
        databaseId: 1,
        workflowName: 'CI',
        event: 'push',
        headBranch: 'main',
        headSha: 'a',
        status: 'completed',
        conclusion: 'failure',
        createdAt: '2025-03-01T10:00:00Z',
        number: 3,
      },
    ]);
    expect(recordsOfFile('list.json', text).runs.map((run) => [run.id, run.name, run.conclusion])).toEqual([
      [1, 'CI', 'failure'],
    ]);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, and knows each row line', () => {
    expect(parseCsv('a,b\n"x, ""y""","1\n2"\nz,\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', '1\n2'] },
      { line: 4, fields: ['z', ''] },
    ]);
  });
  it('names the row of a quoted field that is never closed', () => {
    expect(() => parseCsv('id,data\n1,"{\n2,x\n')).toThrow('line 2: a quoted field is never closed');
  });
});

describe('importing into one repository (issue 9)', () => {
  const iso = '2026-01-05T10:00:00Z';
  const run = (id: number, repo: string, fork?: string) => ({
    id,
    workflow_id: 1,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    event: 'pull_request',
    head_branch: 'b',
    head_sha: 's',
    run_number: id,
    created_at: iso,
    url: `https://api.github.com/repos/${repo}/actions/runs/${id}`,
    // A pull request from a fork names the fork here; the run is still the base repository's.
    ...(fork === undefined ? {} : { head_repository: { full_name: fork } }),
  });
  const job = (id: number, runId: number, repo: string) => ({
    id,
    run_id: runId,
    name: 'test',
    status: 'completed',
    conclusion: 'success',
    started_at: iso,
    completed_at: iso,
    run_url: `https://api.github.com/repos/${repo}/actions/runs/${runId}`,
    steps: [],
  });

  it('keeps the runs of --repo (by URL, case-insensitively) and names the others, with their jobs', async () => {
    const runs = join(dir, 'runs.json');
    const jobs = join(dir, 'jobs.json');
    writeFileSync(
      runs,
      JSON.stringify({
        total_count: 3,
        workflow_runs: [run(1, 'Acme/App', 'someone/app'), run(2, 'other/lib'), run(3, 'other/lib')],
      }),
    );
    writeFileSync(
      jobs,
      JSON.stringify({
        total_count: 3,
        jobs: [job(11, 1, 'acme/app'), job(21, 2, 'other/lib'), job(31, 3, 'other/lib')],
      }),
    );
    const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
    try {
      const repoId = await store.upsertRepo({ owner: 'acme', name: 'app' });
      const result = await importFiles(store, repoId, [runs, jobs], { repo: { owner: 'acme', name: 'app' } });
      expect(result.refused).toEqual([
        { path: runs, repository: 'other/lib', runIds: [2, 3], jobs: 0 },
        { path: jobs, repository: 'other/lib', runIds: [2, 3], jobs: 2 },
      ]);
      expect(result.imported.map((file) => [file.runs, file.jobs])).toEqual([
        [1, 0],
        [0, 1],
      ]);
      const [row] = await store.query(
        'SELECT (SELECT count(*) FROM runs) AS runs, (SELECT count(*) FROM jobs) AS jobs',
      );
      expect(row).toEqual({ runs: 1, jobs: 1 });
    } finally {
      await store.close();
    }
  });
});
