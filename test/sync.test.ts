/**
 * `ciscope sync` end to end: the real client against the fake GitHub API (a real HTTP server on 127.0.0.1) into a
 * real DuckDB file. Every resumed, faulty or rate-limited sync must end with the same store as one clean sync, and
 * the store's figures must equal the generator's ground truth.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { ManualClock } from '../src/history/clock.ts';
import { DuckDbHistoryStore } from '../src/history/duckdb-store.ts';
import { summarizeHistory } from '../src/history/queries.ts';
import { createGitHubClient, GitHubError } from '../src/history/github-client.ts';
import type { ClientEvent } from '../src/history/github-client.ts';
import { syncRepository } from '../src/history/sync.ts';
import type { SyncSummary } from '../src/history/sync.ts';
import { generateHistory } from './fake-github/generate-history.ts';
import type { GeneratedHistory } from './fake-github/generate-history.ts';
import { seededFaults, startFakeGitHub } from './fake-github/server.ts';
import type { FakeGitHub, Fault } from './fake-github/server.ts';

const TOKEN = 'ghp_test0000000000000000000000000000000000';
const REPO = { owner: 'acme', name: 'widgets' };
const ROOT = join(import.meta.dirname, '..');

const history = generateHistory({ seed: 20250303, days: 5, pullRequestsPerDay: 4 });
const since = Date.UTC(2025, 2, 3);

let dir: string;
let reference: Dump;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-sync-'));
  const server = await startFakeGitHub({ history, token: TOKEN });
  try {
    const { store } = await syncInto(server, 'reference.duckdb');
    reference = await dump(store);
    await store.close();
  } finally {
    await server.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a cold sync', () => {
  it('stores every run, job and step of the history, with runner-minutes equal to the ground truth', async () => {
    const server = await startFakeGitHub({ history, token: TOKEN });
    const { store, summary } = await syncInto(server, 'cold.duckdb');
    try {
      expect(summary.runsWritten).toBe(history.runs.length);
      expect(reference.runs).toHaveLength(history.runs.length);
      const jobs = history.runs.flatMap((run) => run.attempts.flatMap((attempt) => attempt.jobs));
      expect(reference.jobs).toHaveLength(jobs.length);
      expect(reference.steps).toHaveLength(jobs.reduce((sum, job) => sum + job.steps.length, 0));

      const rows =
        await store.query(`SELECT w.path, sum(j.completed_at_ms - j.started_at_ms) / 60000.0 AS minutes, count(DISTINCT r.id) AS runs
        FROM jobs j JOIN runs r ON r.id = j.run_id JOIN workflows w ON w.id = r.workflow_id GROUP BY w.path`);
      const measured = Object.fromEntries(
        rows.map((row) => [String(row.path), { minutes: Number(row.minutes), runs: Number(row.runs) }]),
      );
      for (const [path, truth] of Object.entries(history.truth)) {
        if (truth.runs === 0) continue;
        expect(measured[path]?.runs, path).toBe(truth.runs);
        expect(Math.abs((measured[path]?.minutes ?? 0) - truth.runnerMinutes), path).toBeLessThan(0.01);
      }
      // The waste figures of `stats` agree with the generator's, computed from what it generated (issue: within 1%).
      const repo = { owner: history.owner, name: history.repo };
      const repoId = await store.repoId(repo);
      if (repoId === undefined) throw new Error('the synced repository is not in the store');
      const stats = await summarizeHistory(store, { repoId, repo, from: 0, to: history.end + 1 });
      const wasteOf = (kind: string, path: string): number =>
        stats.waste
          .filter((waste) => waste.kind === kind && waste.workflow === path)
          .reduce((sum, waste) => sum + waste.runnerMinutes, 0);
      let checked = 0;
      for (const [path, truth] of Object.entries(history.truth)) {
        for (const [kind, expected] of [
          ['superseded-run', truth.supersededWasteMinutes],
          ['failed-attempt', truth.failedAttemptMinutes],
        ] as const) {
          const measured = wasteOf(kind, path);
          expect(
            Math.abs(measured - expected),
            `${kind} of ${path}: ${measured} vs ${expected}`,
          ).toBeLessThanOrEqual(Math.max(0.01, expected * 0.01));
          if (expected > 0) checked++;
        }
      }
      expect(checked).toBeGreaterThan(1);
      // The history is worth testing against: re-runs, superseded and cancelled runs, a contended pool, >100 jobs.
      expect(history.truth['.github/workflows/ci.yml']?.rerunRuns).toBeGreaterThan(0);
      expect(history.truth['.github/workflows/integration.yml']?.maxQueueSeconds).toBeGreaterThan(300);
      expect(history.truth['.github/workflows/compat.yml']?.jobs).toBeGreaterThan(100);
    } finally {
      await store.close();
      await server.close();
    }
  });

  it('keeps to the request bound: workflows + ceil(runs/100) + Σ ceil(jobs/100) + 1, plus 2 per window split', async () => {
    const server = await startFakeGitHub({ history, token: TOKEN });
    const { store, summary } = await syncInto(server, 'bound.duckdb');
    await store.close();
    await server.close();
    expect(summary.requests).toBe(server.requests.length);
    expect(summary.requests).toBeLessThanOrEqual(requestBound(history, summary.windowsSplit));
  });

  it('answers a second sync with nothing new with 304s only', async () => {
    const server = await startFakeGitHub({ history, token: TOKEN });
    const first = await syncInto(server, 'warm.duckdb');
    await first.store.close();
    server.resetLog();
    const second = await syncInto(server, 'warm.duckdb');
    try {
      expect(server.requests.length).toBeGreaterThan(0);
      expect(server.requests.filter((request) => !request.conditional || request.status !== 304)).toEqual([]);
      expect(second.summary.runsWritten).toBe(0);
      expect(await dump(second.store)).toEqual(reference);
    } finally {
      await second.store.close();
      await server.close();
    }
  });
});

describe('faults', () => {
  it('ends with the same store through 5xx, resets and connections dropped mid-response', async () => {
    const faults = seededFaults(7, 0.25, [
      { kind: 'status', status: 502 },
      { kind: 'status', status: 500 },
      { kind: 'reset' },
      { kind: 'truncate' },
    ]);
    const server = await startFakeGitHub({ history, token: TOKEN, faults });
    const events: ClientEvent[] = [];
    const { store } = await syncInto(server, 'faults.duckdb', { onEvent: (event) => events.push(event) });
    try {
      const faulted = server.requests.filter((request) => request.fault !== undefined);
      expect(new Set(faulted.map((request) => request.fault))).toEqual(
        new Set(['status', 'reset', 'truncate']),
      );
      expect(events.filter((event) => event.kind === 'wait' && event.reason === 'retry')).toHaveLength(
        faulted.length,
      );
      expect(await dump(store)).toEqual(reference);
    } finally {
      await store.close();
      await server.close();
    }
  });

  it('waits out primary and secondary rate limits on the injected clock and reports each wait', async () => {
    const clock = new ManualClock(history.end);
    const secondary = seededFaults(3, 0.03, [{ kind: 'secondary-rate-limit', retryAfterSeconds: 60 }]);
    const server = await startFakeGitHub({
      history,
      token: TOKEN,
      now: () => clock.now(),
      rateLimit: { limit: 60, windowSeconds: 3600 },
      faults: secondary,
    });
    const events: ClientEvent[] = [];
    const { store } = await syncInto(server, 'rate.duckdb', {
      clock,
      onEvent: (event) => events.push(event),
    });
    try {
      const waits = events.filter((event) => event.kind === 'wait');
      const primary = waits.filter((event) => event.reason === 'rate-limit');
      // ~180 requests at 60 an hour: the sync slept through hours of rate limit without sleeping for real.
      expect(primary.length).toBeGreaterThanOrEqual(2);
      expect(primary.every((event) => event.seconds > 3000)).toBe(true);
      expect(waits.some((event) => event.reason === 'secondary-rate-limit' && event.seconds === 60)).toBe(
        true,
      );
      expect(clock.now() - history.end).toBeGreaterThan(2 * 3_500_000);
      expect(server.requests.some((request) => request.status === 403)).toBe(true);
      expect(await dump(store)).toEqual(reference);
    } finally {
      await store.close();
      await server.close();
    }
  });

  it('handles 429 as a primary rate limit too', async () => {
    const clock = new ManualClock(history.end);
    const server = await startFakeGitHub({
      history,
      token: TOKEN,
      now: () => clock.now(),
      rateLimit: { limit: 30, status: 429 },
    });
    const { store } = await syncInto(server, 'rate429.duckdb', { clock, workflowFiles: ['ci.yml'] });
    try {
      expect(server.requests.some((request) => request.status === 429)).toBe(true);
      expect((await dump(store)).runs).toEqual(
        reference.runs.filter((run) => run.workflow_id === history.workflows[0]?.id),
      );
    } finally {
      await store.close();
      await server.close();
    }
  });
});

describe('servers that hang or answer too much', () => {
  it('abandons a request with no complete answer after the request timeout, says which URL, and retries it', async () => {
    const faults = (number: number): Fault | undefined =>
      number === 3 ? { kind: 'hang' } : number === 8 ? { kind: 'stall' } : undefined;
    const server = await startFakeGitHub({ history, token: TOKEN, faults });
    const events: ClientEvent[] = [];
    const { store } = await syncInto(server, 'hang.duckdb', {
      requestTimeoutMs: 300,
      onEvent: (event) => events.push(event),
    });
    try {
      const url = (number: number): string => {
        const request = server.requests.find((logged) => logged.number === number);
        return `${server.url}${request?.path}${request?.query}`;
      };
      expect(
        server.requests.filter((request) => request.fault !== undefined).map((request) => request.fault),
      ).toEqual(['hang', 'stall']);
      expect(events.filter((event) => event.kind === 'wait')).toEqual([
        {
          kind: 'wait',
          reason: 'retry',
          seconds: 1,
          detail: `no complete answer within 0.3 s from ${url(3)}`,
        },
        {
          kind: 'wait',
          reason: 'retry',
          seconds: 1,
          detail: `no complete answer within 0.3 s from ${url(8)}`,
        },
      ]);
      expect(await dump(store)).toEqual(reference);
    } finally {
      await store.close();
      await server.close();
    }
  });

  it('gives up naming the URL when every attempt times out', async () => {
    const server = await startFakeGitHub({
      history,
      token: TOKEN,
      faults: (number) => (number >= 2 ? { kind: 'hang' } : undefined),
    });
    const error = await syncInto(server, 'hang-all.duckdb', { requestTimeoutMs: 100 }).catch(
      (thrown: unknown) => thrown,
    );
    await server.close();
    const first = server.requests[1];
    expect(server.requests).toHaveLength(6);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).kind).toBe('network');
    expect((error as GitHubError).message).toBe(
      `no complete answer within 0.1 s from ${server.url}${first?.path}${first?.query}, in 5 attempts`,
    );
  });

  it('refuses a 300 MB body at 64 MiB, whether or not its length is declared', async () => {
    for (const declareLength of [true, false]) {
      const server = await startFakeGitHub({
        history,
        token: TOKEN,
        faults: (number) =>
          number === 1 ? { kind: 'huge', bytes: 300 * 1024 * 1024, declareLength } : undefined,
      });
      const error = await syncInto(server, `huge-${declareLength}.duckdb`).catch((thrown: unknown) => thrown);
      await server.close();
      expect(error).toBeInstanceOf(GitHubError);
      expect((error as GitHubError).message).toBe(
        `${server.url}/repos/acme/widgets/actions/workflows?page=1 answered with a body over 64 MiB, larger than any GitHub API page; refused without reading it all`,
      );
      // One request: a body too large is not retried, the next answer would be the same.
      expect(server.requests).toHaveLength(1);
    }
  });

  it('stops at the size limit the caller sets, and says what a body that is not JSON is', async () => {
    const huge = await startFakeGitHub({
      history,
      token: TOKEN,
      faults: (number) =>
        number === 1 ? { kind: 'huge', bytes: 5_000_000, declareLength: false } : undefined,
    });
    await expect(syncInto(huge, 'huge-small.duckdb', { maxResponseBytes: 1_000_000 })).rejects.toThrow(
      `${huge.url}/repos/acme/widgets/actions/workflows?page=1 answered with a body over 1000000 bytes`,
    );
    await huge.close();

    const portal = await startFakeGitHub({
      history,
      token: TOKEN,
      faults: (number) =>
        number === 1
          ? {
              kind: 'body',
              contentType: 'text/html',
              text: '<html><body>Sign in to the network</body></html>',
            }
          : undefined,
    });
    await expect(syncInto(portal, 'portal.duckdb')).rejects.toThrow(
      `${portal.url}/repos/acme/widgets/actions/workflows?page=1 answered 200 with a body that is not JSON (text/html, 48 bytes, starting "<html><body>Sign in to the network</body"); is the API URL right?`,
    );
    await portal.close();
  });
});

describe('interrupted syncs', () => {
  it.each([1, 9, 75, 140])(
    'aborted after %i requests, then resumed, give exactly the store of one sync',
    async (after) => {
      const controller = new AbortController();
      const server = await startFakeGitHub({
        history,
        token: TOKEN,
        onRequest: (request) => request.number === after && controller.abort(new Error('interrupted')),
      });
      const file = `abort-${after}.duckdb`;
      await expect(syncInto(server, file, { signal: controller.signal })).rejects.toThrow('interrupted');
      const resumed = await syncInto(server, file);
      try {
        expect(await dump(resumed.store)).toEqual(reference);
      } finally {
        await resumed.store.close();
        await server.close();
      }
    },
  );

  it('killed with SIGKILL in the middle of a CLI sync, then run again, gives exactly the store of one sync', async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const db = join(dir, 'killed.duckdb');
    const server = await startFakeGitHub({ history, token: TOKEN });
    const cli = (
      onRequestKill?: number,
    ): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> =>
      new Promise((resolve) => {
        const child = spawn(
          process.execPath,
          [
            'bin/ciscope.js',
            'sync',
            '--repo',
            'acme/widgets',
            '--since',
            '2025-03-03',
            '--api-url',
            server.url,
            '--db',
            db,
          ],
          {
            cwd: ROOT,
            env: { PATH: process.env.PATH, HOME: dir, GITHUB_TOKEN: TOKEN },
          },
        );
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += String(chunk)));
        if (onRequestKill !== undefined) {
          const startCount = server.requests.length;
          const timer = setInterval(() => {
            if (server.requests.length - startCount >= onRequestKill) {
              clearInterval(timer);
              child.kill('SIGKILL');
            }
          }, 5);
          child.on('exit', () => clearInterval(timer));
        }
        child.on('exit', (code, signal) => resolve({ code, signal, stdout }));
      });
    try {
      const killed = await cli(70);
      expect(killed.signal).toBe('SIGKILL');
      const again = await cli();
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^Synced acme\/widgets: 5 workflows/);
      const store = await DuckDbHistoryStore.open(db);
      try {
        expect(await dump(store)).toEqual(reference);
      } finally {
        await store.close();
      }
    } finally {
      await server.close();
    }
  });

  it('fetches runs still in progress again on the next sync', async () => {
    let now = history.end - 3 * 3_600_000;
    const server = await startFakeGitHub({ history, token: TOKEN, now: () => now });
    const first = await syncInto(server, 'progress.duckdb', { now });
    expect(first.summary.runsIncomplete).toBeGreaterThan(0);
    await first.store.close();
    now = history.end;
    // Runs re-run after they were stored as completed would be missed (completed runs are immutable to sync), so
    // the mid-point above is chosen where no stored completed run gets another attempt later.
    const rerunAfterMidpoint = history.runs.filter(
      (run) =>
        run.attempts.length > 1 &&
        (run.attempts[0]?.completedAt ?? 0) <= history.end - 3 * 3_600_000 &&
        (run.attempts[1]?.startedAt ?? 0) > history.end - 3 * 3_600_000,
    );
    expect(rerunAfterMidpoint).toEqual([]);
    const second = await syncInto(server, 'progress.duckdb');
    try {
      expect(second.summary.runsWritten).toBe(
        first.summary.runsIncomplete +
          history.runs.filter((run) => run.createdAt > history.end - 3 * 3_600_000).length,
      );
      expect(await dump(second.store)).toEqual(reference);
    } finally {
      await second.store.close();
      await server.close();
    }
  });
});

describe('the 1000-result cap', () => {
  it('splits a window whose total_count is over 1000 and still gets every run', async () => {
    const busy = generateHistory({ seed: 99, days: 12, pullRequestsPerDay: 30 });
    const ci = busy.workflows[0];
    const truth = busy.truth['.github/workflows/ci.yml'];
    expect(truth?.runs).toBeGreaterThan(1000);
    const server = await startFakeGitHub({ history: busy, token: TOKEN });
    const { store, summary } = await syncInto(server, 'split.duckdb', {
      workflowFiles: ['ci.yml'],
      history: busy,
    });
    try {
      expect(summary.windowsSplit).toBeGreaterThan(0);
      expect(summary.windowsTruncated).toBe(0);
      const [row] = await store.query(
        'SELECT count(*) AS runs, sum(j.completed_at_ms - j.started_at_ms) / 60000.0 AS minutes FROM runs r JOIN jobs j ON j.run_id = r.id WHERE r.workflow_id = $1 GROUP BY r.workflow_id',
        [BigInt(ci?.id ?? 0)],
      );
      const [count] = await store.query('SELECT count(*) AS runs FROM runs WHERE workflow_id = $1', [
        BigInt(ci?.id ?? 0),
      ]);
      expect(Number(count?.runs)).toBe(truth?.runs);
      expect(Math.abs(Number(row?.minutes) - (truth?.runnerMinutes ?? 0))).toBeLessThan(0.01);
      // The listings never went past the cap: every page asked for lies within the first 1000 results.
      const pages = server.requests
        .filter((request) => request.path.endsWith('/runs'))
        .map((request) => Number(new URLSearchParams(request.query).get('page')));
      expect(Math.max(...pages)).toBeLessThanOrEqual(10);
      const runs = busy.runs.filter((run) => run.workflowId === ci?.id);
      const jobs = runs.reduce(
        (sum, run) =>
          sum + Math.ceil(run.attempts.reduce((count, attempt) => count + attempt.jobs.length, 0) / 100),
        0,
      );
      expect(summary.requests).toBeLessThanOrEqual(
        1 + 1 + Math.ceil(runs.length / 100) + jobs + 2 * summary.windowsSplit,
      );
    } finally {
      await store.close();
      await server.close();
    }
  }, 400_000);
});

describe('the CLI', () => {
  it('turns a rejected token into a one-line error, exit 2, with no stack trace', async () => {
    const server = await startFakeGitHub({ history, token: TOKEN });
    const io = capture({ GITHUB_TOKEN: 'ghp_wrong', HOME: dir });
    const code = await main(
      ['sync', '--repo', 'acme/widgets', '--api-url', server.url, '--db', join(dir, 'bad-token.duckdb')],
      io,
    );
    await server.close();
    expect(code).toBe(2);
    expect(io.err()).toBe(
      'ciscope: GitHub rejected the token (401: Bad credentials); the token came from GITHUB_TOKEN: check it is valid, not expired, and can read Actions\n',
    );
    expect(io.out()).toBe('');
  });

  it('asks for a token when there is none', async () => {
    const io = capture({ HOME: dir, PATH: '/nonexistent' });
    const code = await main(['sync', '--repo', 'acme/widgets', '--db', join(dir, 'no-token.duckdb')], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(
      /^ciscope: no GitHub token: set GITHUB_TOKEN or GH_TOKEN, or log in with `gh auth login`/,
    );
  });

  it.each([
    [['sync'], /needs --repo OWNER\/NAME/],
    [['sync', '--repo', 'nope'], /--repo takes OWNER\/NAME/],
    [['sync', '--repo', 'a/b', '--since', 'yesterday'], /--since takes a number of days/],
    [['sync', '--repo', 'a/b', '--api-url', 'ftp://x'], /--api-url must be http/],
    [
      ['sync', '--repo', 'a/b', '--request-timeout', '0'],
      /--request-timeout takes seconds between 0 and 3600/,
    ],
    [['sync', '--repo', 'a/b', '--request-timeout', '30m'], /--request-timeout takes seconds/],
  ])('rejects %j with exit 2', async (argv, message) => {
    const io = capture({ GITHUB_TOKEN: TOKEN, HOME: dir });
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it('takes --request-timeout, and says which URL timed out before retrying it', async () => {
    const server = await startFakeGitHub({
      history,
      token: TOKEN,
      faults: (number) => (number === 1 ? { kind: 'hang' } : undefined),
    });
    const io = capture({ GITHUB_TOKEN: TOKEN, HOME: dir });
    const code = await main(
      [
        'sync',
        '--repo',
        'acme/widgets',
        '--workflow',
        'nightly.yml',
        '--request-timeout',
        '0.3',
        '--api-url',
        server.url,
        '--db',
        join(dir, 'cli-timeout.duckdb'),
      ],
      io,
    );
    await server.close();
    expect(code).toBe(0);
    expect(io.err()).toContain(
      `request failed (no complete answer within 0.3 s from ${server.url}/repos/acme/widgets/actions/workflows?page=1): retrying in 1 s\n`,
    );
  });

  it('names the workflows when --workflow matches none', async () => {
    const server = await startFakeGitHub({ history, token: TOKEN });
    const io = capture({ GITHUB_TOKEN: TOKEN, HOME: dir });
    const code = await main(
      [
        'sync',
        '--repo',
        'acme/widgets',
        '--workflow',
        'release.yml',
        '--api-url',
        server.url,
        '--db',
        join(dir, 'unknown.duckdb'),
      ],
      io,
    );
    await server.close();
    expect(code).toBe(2);
    expect(io.err()).toBe(
      'ciscope: acme/widgets has no workflow `release.yml`; it has ci.yml, integration.yml, nightly.yml, compat.yml, docs.yml\n',
    );
  });

  it('syncs through a GitHub Enterprise Server base URL and prints a summary and plain progress lines', async () => {
    const server = await startFakeGitHub({ history, token: TOKEN, pathPrefix: '/api/v3' });
    const io = capture({ GITHUB_TOKEN: TOKEN, HOME: dir });
    const db = join(dir, 'ghes.duckdb');
    const code = await main(
      [
        'sync',
        '--repo',
        'acme/widgets',
        '--since',
        '2025-03-03',
        '--workflow',
        'nightly.yml',
        '--api-url',
        server.url,
        '--db',
        db,
      ],
      io,
    );
    await server.close();
    expect(code).toBe(0);
    expect(server.url).toMatch(/\/api\/v3$/);
    expect(io.out()).toBe(
      `Synced acme/widgets: 1 workflows, ${history.truth['.github/workflows/nightly.yml']?.runs} runs written (${history.truth['.github/workflows/nightly.yml']?.jobs} jobs), 0 already stored.\n` +
        `${server.requests.length} requests, 0 answered 304 (free of rate limit); rate limit: ${5000 - server.requests.length} left.\nDatabase: ${db}\n`,
    );
    expect(io.err()).toMatch(/^0\/1 workflows · 0 runs/);
    expect(io.err()).toMatch(/1\/1 workflows · 5 runs · 5 jobs/);
  });
});

describe('the token', () => {
  it('never appears in output, errors or the database, through faults, rate limits and a 401', async () => {
    const canary = 'ghp_CANARY7c1d9e2f0a4b6c8d0e2f4a6b8c0d2e4f6a8b';
    const clock = new ManualClock(history.end);
    const faults = seededFaults(11, 0.15, [
      { kind: 'status', status: 503 },
      { kind: 'truncate' },
      { kind: 'reset' },
      { kind: 'secondary-rate-limit', retryAfterSeconds: 30 },
    ]);
    const server = await startFakeGitHub({
      history,
      token: canary,
      now: () => clock.now(),
      faults,
      rateLimit: { limit: 80 },
    });
    const texts: string[] = [];
    const { store } = await syncInto(server, 'canary.duckdb', {
      clock,
      token: canary,
      onEvent: (event) => texts.push(JSON.stringify(event)),
    });
    await store.close();

    const io = capture({ GITHUB_TOKEN: canary, HOME: dir });
    expect(
      await main(
        [
          'sync',
          '--repo',
          'acme/widgets',
          '--api-url',
          server.url,
          '--db',
          join(dir, 'canary.duckdb'),
          '--since',
          '2025-03-03',
        ],
        io,
      ),
    ).toBe(0);
    texts.push(io.out(), io.err());

    const refusing = await startFakeGitHub({ history, token: 'another-token' });
    const refused = capture({ GH_TOKEN: canary, HOME: dir, CISCOPE_DEBUG: '1' });
    expect(
      await main(
        ['sync', '--repo', 'acme/widgets', '--api-url', refusing.url, '--db', join(dir, 'canary.duckdb')],
        refused,
      ),
    ).toBe(2);
    texts.push(refused.out(), refused.err());
    const client = createGitHubClient({ token: canary, baseUrl: refusing.url, clock });
    const error = await syncRepository({
      client,
      store: await DuckDbHistoryStore.open(join(dir, 'canary-401.duckdb')),
      repo: REPO,
      since,
      now: history.end,
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    texts.push(
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(error),
      JSON.stringify(Object.entries(error as object)),
    );
    await refusing.close();
    await server.close();

    for (const text of texts) expect(text).not.toContain(canary.slice(4));
    for (const file of readdirSync(dir).filter((name) => name.startsWith('canary'))) {
      expect(readFileSync(join(dir, file)).includes(canary.slice(4)), file).toBe(false);
    }
  });
});

interface SyncTweaks {
  readonly clock?: ManualClock;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: ClientEvent) => void;
  readonly workflowFiles?: readonly string[];
  readonly token?: string;
  readonly now?: number;
  readonly history?: GeneratedHistory;
  readonly requestTimeoutMs?: number;
  readonly maxResponseBytes?: number;
}

async function syncInto(
  server: FakeGitHub,
  file: string,
  tweaks: SyncTweaks = {},
): Promise<{ store: DuckDbHistoryStore; summary: SyncSummary }> {
  const store = await DuckDbHistoryStore.open(join(dir, file));
  const clock = tweaks.clock ?? new ManualClock(history.end);
  const client = createGitHubClient({
    token: tweaks.token ?? TOKEN,
    baseUrl: server.url,
    clock,
    ...(tweaks.onEvent === undefined ? {} : { onEvent: tweaks.onEvent }),
    ...(tweaks.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: tweaks.requestTimeoutMs }),
    ...(tweaks.maxResponseBytes === undefined ? {} : { maxResponseBytes: tweaks.maxResponseBytes }),
  });
  try {
    const summary = await syncRepository({
      client,
      store,
      repo: REPO,
      since,
      now: tweaks.now ?? (tweaks.history ?? history).end,
      ...(tweaks.signal === undefined ? {} : { signal: tweaks.signal }),
      ...(tweaks.workflowFiles === undefined ? {} : { workflowFiles: tweaks.workflowFiles }),
    });
    return { store, summary };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** The canonical content of a store: every run, job and step, sorted, without ETags or cursors. */
type Dump = {
  runs: Record<string, unknown>[];
  jobs: Record<string, unknown>[];
  steps: Record<string, unknown>[];
};

async function dump(store: DuckDbHistoryStore): Promise<Dump> {
  return {
    runs: await store.query('SELECT * EXCLUDE (repo_id) FROM runs ORDER BY id'),
    jobs: await store.query('SELECT * EXCLUDE (repo_id) FROM jobs ORDER BY id'),
    steps: await store.query('SELECT * FROM steps ORDER BY job_id, number'),
  };
}

function requestBound(generated: GeneratedHistory, splits: number): number {
  const jobPages = generated.runs.reduce(
    (sum, run) =>
      sum + Math.ceil(run.attempts.reduce((count, attempt) => count + attempt.jobs.length, 0) / 100),
    0,
  );
  return generated.workflows.length + Math.ceil(generated.runs.length / 100) + jobPages + 1 + 2 * splits;
}

function capture(env: Record<string, string>): Parameters<typeof main>[1] & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    env,
    cwd: dir,
    isTTY: false,
    out: () => out,
    err: () => err,
  };
}
