/**
 * Issue 14, item 5: every problem with the history database itself is bad input (exit 2, one line naming the file
 * and the cause), never "a bug in ciscope" (exit 3). Each case is a real file: damaged, truncated, empty, text,
 * someone else's DuckDB database, a newer schema, a read-only file, a directory that cannot be written, a database
 * locked by a running `ciscope sync`, and a full disk (a small tmpfs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { DuckDbHistoryStore, StoreError, storeErrorOf } from '../src/history/duckdb-store.ts';
import type { JobRecord, RunRecord } from '../src/history/records.ts';
import { generateHistory } from './fake-github/generate-history.ts';
import { startFakeGitHub } from './fake-github/server.ts';

const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'ghp_test0000000000000000000000000000000000';
const T0 = Date.UTC(2025, 2, 3);
/** Root ignores file permissions: the permission cases then run the CLI as `nobody`. */
const AS_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

let dir: string;
let good: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-store-errors-'));
  chmodSync(dir, 0o755);
  good = join(dir, 'good.duckdb');
  const store = await DuckDbHistoryStore.open(good);
  const repoId = await store.upsertRepo({ owner: 'acme', name: 'widgets' });
  await store.writeRuns(
    repoId,
    Array.from({ length: 200 }, (_, index) => ({ run: run(index + 1), jobs: [job(index + 1)] })),
  );
  await store.close();
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file that is not a usable history database', () => {
  it.each([
    ['empty', () => writeFileSync(file('empty'), ''), /is an empty file \(0 bytes\), not a DuckDB database/],
    [
      'text',
      () => writeFileSync(file('text'), 'run_id,minutes\n1,3.5\n'.repeat(50)),
      /is a text file, not a DuckDB database/,
    ],
    [
      'truncated',
      () => {
        copyFileSync(good, file('truncated'));
        truncateSync(file('truncated'), 5000);
      },
      /is damaged and cannot be read \(Could not read enough bytes from file/,
    ],
    [
      'corrupt',
      () => {
        const bytes = readFileSync(good);
        for (let at = 8192; at < bytes.length; at += 61) bytes[at] = (bytes[at]! + 1) & 0xff;
        writeFileSync(file('corrupt'), bytes);
      },
      /is damaged and cannot be read \(Corrupt database file: computed checksum/,
    ],
    [
      'header',
      () => {
        const bytes = readFileSync(good);
        bytes.fill(0, 0, 4096);
        writeFileSync(file('header'), bytes);
      },
      /is not a DuckDB database \(its header is not DuckDB's\)/,
    ],
    ['directory', () => mkdirSync(file('directory')), /is a directory, not a database file/],
  ])(
    '%s: stats, sync and import exit 2 naming the file, and leave it as it was',
    async (name, make, message) => {
      make();
      const path = file(name);
      const before = fingerprint(path);
      for (const argv of [
        ['stats', '--repo', 'acme/widgets', '--db', path],
        ['import', join(ROOT, 'package.json'), '--repo', 'acme/widgets', '--db', path],
        ['sync', '--repo', 'acme/widgets', '--api-url', 'http://127.0.0.1:9', '--db', path],
      ]) {
        const result = await run_(argv);
        expect(result.code, `${argv[0]}: ${result.err}`).toBe(2);
        expect(result.err).toMatch(new RegExp(`^ciscope: ${escape(path)} ${message.source}`));
        expect(result.err.split('\n')).toHaveLength(2);
        expect(fingerprint(path)).toBe(before);
      }
    },
  );

  it("refuses a DuckDB database that is not ciscope's, and never writes to it", async () => {
    const path = file('other');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run('CREATE TABLE invoices (id INTEGER, amount DECIMAL(10, 2))');
    await connection.run('INSERT INTO invoices VALUES (1, 9.99)');
    connection.closeSync();
    instance.closeSync();
    const before = fingerprint(path);
    for (const argv of [
      ['stats', '--repo', 'acme/widgets', '--db', path],
      ['import', join(ROOT, 'package.json'), '--repo', 'acme/widgets', '--db', path],
      ['sync', '--repo', 'acme/widgets', '--api-url', 'http://127.0.0.1:9', '--db', path],
    ]) {
      const result = await run_(argv);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `ciscope: ${path} is a DuckDB database, but not a ciscope history database (it holds invoices); ciscope leaves it untouched: use another file for the history\n`,
      );
    }
    expect(fingerprint(path)).toBe(before);
  });

  it('refuses a database written by a newer ciscope, and one written by a newer DuckDB', async () => {
    const path = file('newer');
    copyFileSync(good, path);
    const store = await DuckDbHistoryStore.open(path);
    await store.query("INSERT INTO schema_migrations VALUES (99, 'from-the-future', now()::TIMESTAMP)");
    await store.close();
    for (const argv of [
      ['stats', '--repo', 'acme/widgets', '--db', path],
      ['sync', '--repo', 'acme/widgets', '--api-url', 'http://127.0.0.1:9', '--db', path],
    ]) {
      const result = await run_(argv);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `ciscope: ${path} has history schema version 99, newer than this ciscope knows (1): it was written by a newer ciscope; upgrade ciscope to read it\n`,
      );
    }
    // A storage version from a newer DuckDB cannot be forged (the header is checksummed): DuckDB's own text.
    const error = storeErrorOf(
      path,
      new Error(
        'IO Error: Trying to read a database file with version number 99, but we can only read versions between 64 and 67.',
      ),
      true,
    );
    expect(error?.message).toBe(
      `${path} was written by a newer DuckDB than the one in this ciscope; upgrade ciscope to read it`,
    );
  });

  it('reads an empty DuckDB database as "no history yet" without initialising it', async () => {
    const path = file('blank');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    (await DuckDBInstance.create(path)).closeSync();
    const before = fingerprint(path);
    const result = await run_(['stats', '--repo', 'acme/widgets', '--db', path]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `ciscope: ${path} is an empty DuckDB database with no history yet; \`ciscope sync\` or \`ciscope import\` fills it\n`,
    );
    expect(fingerprint(path)).toBe(before);
  });
});

describe('permissions', () => {
  it('reads a read-only database (stats opens it read-only) and refuses to write it with exit 2', () => {
    const path = file('readonly');
    copyFileSync(good, path);
    chmodSync(path, 0o444);
    const before = fingerprint(path);
    const stats = cli(['stats', '--repo', 'acme/widgets', '--since', '2025-03-01', '--db', path], AS_USER);
    expect(stats.stderr).toBe('');
    expect(stats.status).toBe(0);
    expect(stats.stdout).toMatch(/\.github\/workflows\/ci\.yml/);
    const imported = cli(
      ['import', join(ROOT, 'package.json'), '--repo', 'acme/widgets', '--db', path],
      AS_USER,
    );
    expect(imported.status).toBe(2);
    expect(imported.stderr).toBe(
      `ciscope: cannot write ${path}: permission denied (Cannot open file "${path}": Permission denied); commands that only read history (stats, lint, whatif, compare) still work on a read-only file\n`,
    );
    expect(fingerprint(path)).toBe(before);
  });

  it('says so when the directory of the database cannot be written', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const inside = cli(
      ['import', join(ROOT, 'package.json'), '--repo', 'a/b', '--db', join(locked, 'h.duckdb')],
      AS_USER,
    );
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(
      new RegExp(`^ciscope: cannot write ${escape(join(locked, 'h.duckdb'))}: permission denied`),
    );
    const below = join(locked, 'cache', 'h.duckdb');
    const nested = cli(['import', join(ROOT, 'package.json'), '--repo', 'a/b', '--db', below], AS_USER);
    expect(nested.status).toBe(2);
    expect(nested.stderr).toBe(
      `ciscope: cannot create the directory of the history database ${below}: permission denied, mkdir '${join(locked, 'cache')}'\n`,
    );
  });
});

describe('a database locked by a running sync', () => {
  it('names the sync that holds it, after waiting briefly', async () => {
    const history = generateHistory({ seed: 3, days: 1, pullRequestsPerDay: 1 });
    let answered = false;
    const server = await startFakeGitHub({
      history,
      token: TOKEN,
      faults: () => ({ kind: 'hang' }),
      onRequest: () => (answered = true),
    });
    const path = file('locked');
    const child = spawn(
      process.execPath,
      ['bin/ciscope.js', 'sync', '--repo', 'acme/widgets', '--api-url', server.url, '--db', path],
      { cwd: ROOT, env: { PATH: process.env.PATH, HOME: dir, GITHUB_TOKEN: TOKEN }, stdio: 'ignore' },
    );
    try {
      // The sync opens the database before its first request; once that request arrives, it holds the lock.
      while (!answered && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(child.exitCode).toBe(null);
      const started = Date.now();
      const result = await run_(['stats', '--repo', 'acme/widgets', '--db', path]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `ciscope: ${path} is in use by a running \`ciscope sync\` (PID ${child.pid}), which holds its lock; wait for it to finish, or pass another --db\n`,
      );
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      await server.close();
    }
  });
});

describe('a full disk', () => {
  // A 256 KiB tmpfs (DuckDB's files are sparse: a fresh store takes less), mounted in a user namespace, where
  // unprivileged mounts are allowed.
  const mountable =
    spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true'], { encoding: 'utf8' }).status === 0;
  it('reports the full disk, not "cannot rollback", with exit 2, and keeps what was written before', async ({
    skip,
  }) => {
    skip(
      !mountable,
      'mounting a small tmpfs needs a user namespace (`unshare --user --mount`), not allowed here',
    );
    const history = generateHistory({ seed: 20250303, days: 5, pullRequestsPerDay: 4 });
    const server = await startFakeGitHub({ history, token: TOKEN });
    const mount = join(dir, 'small');
    mkdirSync(mount);
    const db = join(mount, 'h.duckdb');
    const script = [
      `mount -t tmpfs -o size=256k tmpfs '${mount}' || exit 97`,
      `'${process.execPath}' bin/ciscope.js sync --repo acme/widgets --since 2025-03-03 --api-url '${server.url}' --db '${db}'`,
      'code=$?',
      // What survived, read in the same namespace before the tmpfs goes away with it.
      `'${process.execPath}' bin/ciscope.js stats --repo acme/widgets --since 2025-03-01 --db '${db}' --format json > '${join(dir, 'small-stats.json')}'`,
      'exit $code',
    ].join('\n');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: dir, GITHUB_TOKEN: TOKEN },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += String(chunk)));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    await server.close();
    expect(result.stderr).not.toMatch(/cannot rollback|bug in ciscope/);
    expect(result.stderr).toMatch(
      new RegExp(
        `\\nciscope: cannot write ${escape(db)}: the disk is full \\(.*No space left on device\\); nothing of the failed write was kept: free some space and run the command again\\n$`,
      ),
    );
    expect(result.code).toBe(2);
    // Every run written before the disk filled up is readable.
    const stats = JSON.parse(readFileSync(join(dir, 'small-stats.json'), 'utf8')) as {
      workflows: { runs: number }[];
    };
    expect(stats.workflows.reduce((sum, workflow) => sum + workflow.runs, 0)).toBeGreaterThan(0);
  });
});

describe('the mapping of DuckDB errors', () => {
  it('leaves errors that are not about the file alone: a broken query is a bug', () => {
    expect(storeErrorOf('/h.duckdb', new Error('Binder Error: Referenced column "x" not found'), false)).toBe(
      undefined,
    );
    expect(storeErrorOf('/h.duckdb', new Error('IO Error: No space left on device'), false)).toBeInstanceOf(
      StoreError,
    );
  });
});

function file(name: string): string {
  return join(dir, `${name}.duckdb`);
}

function fingerprint(path: string): string {
  const stat = statSync(path);
  if (stat.isDirectory()) return 'directory';
  return `${stat.size}:${stat.mtimeMs}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function run_(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    env: { HOME: dir, GITHUB_TOKEN: TOKEN },
    cwd: dir,
    isTTY: false,
  });
  return { code, out, err };
}

function cli(argv: string[], user: { uid?: number; gid?: number }) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/ciscope.js'), ...argv], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir },
    encoding: 'utf8',
    ...user,
  });
}

function run(id: number): RunRecord {
  return {
    id,
    workflowId: 10,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    event: 'push',
    headBranch: 'main',
    headSha: 'abc',
    status: 'completed',
    conclusion: 'success',
    runNumber: id,
    runAttempt: 1,
    createdAt: T0 + id * 60_000,
    updatedAt: T0 + id * 60_000 + 120_000,
    runStartedAt: T0 + id * 60_000,
    pullRequests: [],
  };
}

function job(runId: number): JobRecord {
  const start = T0 + runId * 60_000 + 1000;
  return {
    id: runId * 10,
    runId,
    runAttempt: 1,
    name: 'test',
    workflowName: 'CI',
    status: 'completed',
    conclusion: 'success',
    createdAt: start - 1000,
    startedAt: start,
    completedAt: start + 100_000,
    labels: ['ubuntu-latest'],
    runnerName: 'GitHub Actions 1',
    runnerGroupName: 'GitHub Actions',
    steps: [
      {
        number: 1,
        name: 'Run npm test',
        status: 'completed',
        conclusion: 'success',
        startedAt: start,
        completedAt: start + 90_000,
      },
    ],
  };
}
