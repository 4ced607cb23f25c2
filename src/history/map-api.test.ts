import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MappingError, mapGhRunView, mapJob, mapRun, mapWorkflow, stripRef, timestamp } from './map-api.ts';

const RECORDINGS = '/work/shared/data/github-api-recordings';

describe('timestamp', () => {
  it('resolves local offsets to UTC', () => {
    expect(timestamp('2023-08-26T00:57:58.000+09:00', 't')).toBe(Date.UTC(2023, 7, 25, 15, 57, 58));
    expect(timestamp('2021-02-18T14:59:13.000+08:00', 't')).toBe(timestamp('2021-02-18T06:59:13Z', 't'));
  });
  it('reads every form GitHub sends like Date.parse does', () => {
    for (const text of [
      '2023-08-25T15:57:52Z',
      '2023-08-26T00:57:58.000+09:00',
      '2021-02-18T14:59:13.123-08:00',
      '2024-02-29T23:59:59.999Z',
      '2026-07-31T21:54:41+00:00',
    ]) {
      expect(timestamp(text, 't')).toBe(Date.parse(text));
    }
  });
  it('reads null, empty and gh zero time as not happened', () => {
    expect(timestamp(null, 't')).toBeNull();
    expect(timestamp('', 't')).toBeNull();
    expect(timestamp('0001-01-01T00:00:00Z', 't')).toBeNull();
  });
  it('refuses a time without an offset and names where', () => {
    expect(() => timestamp('2023-08-26T00:57:58', 'jobs[0].started_at')).toThrow(
      'jobs[0].started_at: time without a UTC offset',
    );
    expect(() => timestamp(12, 'x')).toThrow(MappingError);
  });
});

describe('mapRun', () => {
  it('maps a real run object', () => {
    const json = JSON.parse(readFileSync(`${RECORDINGS}/actions-timeline-fixtures/workflow.json`, 'utf8'));
    const run = mapRun(json);
    expect(run).toMatchObject({
      id: 5977929222,
      workflowId: 66989622,
      name: 'POC',
      path: '.github/workflows/poc.yml',
      event: 'push',
      headBranch: 'main',
      status: 'completed',
      conclusion: 'success',
      runNumber: 5,
      runAttempt: 1,
    });
    expect(run.createdAt).toBe(Date.parse(json.created_at));
    expect(run.runStartedAt).toBe(Date.parse(json.run_started_at));
  });
  it('lower-cases conclusions, drops the ref of the path and keeps pull request numbers', () => {
    const run = mapRun({
      id: 1,
      workflow_id: 2,
      path: '.github/workflows/ci.yml@refs/heads/main',
      conclusion: 'STARTUP_FAILURE',
      status: '',
      pull_requests: [{ number: 7 }],
    });
    expect(run).toMatchObject({
      path: '.github/workflows/ci.yml',
      conclusion: 'startup_failure',
      status: null,
      pullRequests: [7],
      runAttempt: 1,
    });
  });
  it('names the field of a malformed payload', () => {
    expect(() => mapRun({ id: '1', workflow_id: 2 })).toThrow('run.id: expected an integer id, got "1"');
  });
});

describe('mapJob', () => {
  it('maps a job with offset step times and non-contiguous step numbers', () => {
    const [json] = JSON.parse(
      readFileSync(`${RECORDINGS}/actions-timeline-fixtures/workflow_job.json`, 'utf8'),
    );
    const job = mapJob(json);
    expect(job).toMatchObject({
      id: 16218974194,
      runId: 5977929222,
      runAttempt: 1,
      name: 'run_self',
      workflowName: 'POC',
    });
    expect(job.steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 9, 10, 11]);
    // Step times carry +09:00, the job's Z: both must land inside the job's span.
    for (const step of job.steps) {
      expect(step.startedAt).toBeGreaterThanOrEqual(job.startedAt! - 1000);
      expect(step.completedAt).toBeLessThanOrEqual(job.completedAt! + 1000);
    }
  });
  it('keeps a job without created_at and labels', () => {
    const job = mapJob({
      id: 1,
      run_id: 2,
      name: 'deployubuntu',
      started_at: '2021-02-18T06:59:13Z',
      steps: [],
    });
    expect(job).toMatchObject({ createdAt: null, labels: [], steps: [], runAttempt: 1 });
  });
  it('takes the run id from the caller when the payload lacks it', () => {
    expect(mapJob({ id: 1, name: 'x' }, 'job', 99).runId).toBe(99);
    expect(() => mapJob({ id: 1, name: 'x' })).toThrow('job.run_id: missing');
  });
  it('names the step of a malformed step', () => {
    expect(() => mapJob({ id: 1, run_id: 2, steps: [{ number: 1 }, { name: 'x' }] })).toThrow(
      'job.steps[1].number: missing',
    );
  });
});

describe('mapGhRunView', () => {
  it('maps gh camelCase output with upper-case conclusions', () => {
    const { run, jobs } = mapGhRunView({
      databaseId: 31964847354,
      attempt: 2,
      event: 'push',
      headBranch: 'main',
      headSha: 'abc',
      status: 'completed',
      conclusion: 'SUCCESS',
      createdAt: '2025-01-01T00:00:00Z',
      startedAt: '2025-01-01T00:00:05Z',
      updatedAt: '2025-01-01T00:40:00Z',
      number: 12,
      workflowName: 'Build',
      workflowDatabaseId: 5,
      jobs: [
        {
          databaseId: 9,
          name: 'build',
          status: 'completed',
          conclusion: 'success',
          startedAt: '2025-01-01T00:00:10Z',
          completedAt: '2025-01-01T00:36:00Z',
          steps: [
            {
              name: 'Reclaim disk space',
              number: 3,
              status: 'completed',
              conclusion: 'success',
              startedAt: '2025-01-01T00:01:00Z',
              completedAt: '0001-01-01T00:00:00Z',
            },
          ],
        },
      ],
    });
    expect(run).toMatchObject({
      id: 31964847354,
      workflowId: 5,
      name: 'Build',
      conclusion: 'success',
      runAttempt: 2,
      runNumber: 12,
    });
    expect(jobs[0]).toMatchObject({ id: 9, runId: 31964847354, runAttempt: 2, createdAt: null });
    expect(jobs[0]!.steps[0]).toMatchObject({ number: 3, completedAt: null });
  });
});

describe('mapWorkflow and stripRef', () => {
  it('maps a workflow listing item', () => {
    expect(mapWorkflow({ id: 3, name: 'CI', path: '.github/workflows/ci.yml', state: 'active' })).toEqual({
      id: 3,
      name: 'CI',
      path: '.github/workflows/ci.yml',
      state: 'active',
    });
    expect(stripRef('.github/workflows/a.yml@v1')).toBe('.github/workflows/a.yml');
  });
});
