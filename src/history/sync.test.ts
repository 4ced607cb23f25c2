import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../test/fake-github/generate-history.ts';
import { startFakeGitHub } from '../../test/fake-github/server.ts';
import type { FakeGitHub } from '../../test/fake-github/server.ts';
import { ManualClock } from './clock.ts';
import { createGitHubClient } from './github-client.ts';
import { MemoryHistoryStore } from './memory-store.ts';
import { createdQualifier, etagKey, syncRepository, WRITE_BATCH } from './sync.ts';

const history = generateHistory({ seed: 5, days: 2, pullRequestsPerDay: 2 });
const since = Date.UTC(2025, 2, 3);
let server: FakeGitHub;
beforeAll(async () => {
  server = await startFakeGitHub({ history, token: 't' });
});
afterAll(() => server.close());

const syncOnce = (store: MemoryHistoryStore, extra: { workflowFiles?: string[] } = {}) =>
  syncRepository({
    client: createGitHubClient({ token: 't', baseUrl: server.url, clock: new ManualClock(history.end) }),
    store,
    repo: { owner: 'acme', name: 'widgets' },
    since,
    now: history.end,
    ...extra,
  });

describe('syncRepository', () => {
  it('writes each run once, with the jobs of every attempt, in batches of at most WRITE_BATCH runs', async () => {
    const store = new MemoryHistoryStore();
    const summary = await syncOnce(store);
    expect(store.writes.reduce((sum, size) => sum + size, 0)).toBe(history.runs.length);
    expect(Math.max(...store.writes)).toBeLessThanOrEqual(WRITE_BATCH);
    expect(store.writes.length).toBeLessThan(history.runs.length / 2);
    expect(summary.runsWritten).toBe(history.runs.length);
    const rerun = history.runs.find((run) => run.attempts.length > 1) ?? history.runs[0];
    const stored = store.runs.get(rerun?.id ?? 0);
    expect(new Set(stored?.jobs.map((job) => job.runAttempt))).toEqual(
      new Set(rerun?.attempts.map((attempt) => attempt.number)),
    );
  });

  it('keeps the open window where it started, so its listing URL (and ETag) stays the same', async () => {
    const store = new MemoryHistoryStore();
    await syncOnce(store, { workflowFiles: ['nightly.yml'] });
    const nightly = history.workflows.find((workflow) => workflow.path.endsWith('nightly.yml'));
    expect(store.cursors.get(`1/${nightly?.id}`)).toEqual({ completeBefore: since });
    const page1 = etagKey(server.url, `/repos/acme/widgets/actions/workflows/${nightly?.id}/runs`, {
      created: '>=2025-03-03T00:00:00Z',
      per_page: 100,
      page: 1,
    });
    expect(store.etags.has(page1)).toBe(true);
  });

  it('writes `created` windows in whole seconds, inclusive', () => {
    expect(createdQualifier({ from: Date.UTC(2025, 2, 3), to: undefined })).toBe('>=2025-03-03T00:00:00Z');
    expect(createdQualifier({ from: Date.UTC(2025, 2, 3), to: Date.UTC(2025, 2, 4) - 1000 })).toBe(
      '2025-03-03T00:00:00Z..2025-03-03T23:59:59Z',
    );
  });
});
