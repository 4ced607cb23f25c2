/**
 * The GitHub Action end to end: a pull request that drops a gate, in a real git checkout, with the comment API
 * served by a local server that behaves like GitHub's (pagination, auth, status codes).
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DUCKDB_PACKAGE } from '../src/action/duckdb-at-run-time.ts';
import { COMMENT_MARKER, runAction } from '../src/action/run-action.ts';
import { generateHistory } from './fake-github/generate-history.ts';
import { startFakeGitHub } from './fake-github/server.ts';

const ROOT = new URL('..', import.meta.url);

const TOKEN = 'ghs_canaryTOKEN0123456789';
const FIXTURES = new URL('./fixtures/diff-seed-003/', import.meta.url);

interface Comment {
  id: number;
  issue: number;
  body: string;
}

let server: Server;
let apiUrl: string;
const comments: Comment[] = [];
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (request.headers.authorization !== `token ${TOKEN}`) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}');
      return;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const json = (status: number, value: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      };
      const issue = /^\/repos\/acme\/app\/issues\/(\d+)\/comments$/.exec(url.pathname)?.[1];
      if (request.method === 'GET' && issue !== undefined) {
        // One unrelated comment on page 1 so that the marker has to be found on page 2.
        const page = Number(url.searchParams.get('page') ?? '1');
        const all = [{ id: 1, body: 'LGTM' }, ...comments.filter((c) => c.issue === Number(issue))];
        const slice = page === 1 ? all.slice(0, 1) : all.slice(1);
        if (page === 1 && all.length > 1) {
          response.setHeader(
            'link',
            `<${apiUrl}/repos/acme/app/issues/${issue}/comments?per_page=100&page=2>; rel="next"`,
          );
        }
        json(200, slice);
      } else if (request.method === 'POST' && issue !== undefined) {
        const comment = {
          id: 100 + comments.length,
          issue: Number(issue),
          body: (JSON.parse(body) as { body: string }).body,
        };
        comments.push(comment);
        json(201, comment);
      } else if (request.method === 'PATCH' && url.pathname.startsWith('/repos/acme/app/issues/comments/')) {
        const comment = comments.find((c) => c.id === Number(url.pathname.split('/').pop()));
        if (comment === undefined) return json(404, { message: 'Not Found' });
        comment.body = (JSON.parse(body) as { body: string }).body;
        json(200, comment);
      } else json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

async function runNode(
  script: string,
  options: { cwd: string; env: Record<string, string> },
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script], options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

function gitIn(dir: string): (...args: string[]) => string {
  return (...args) =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
      encoding: 'utf8',
    }).trim();
}

function checkout(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ciscope-action-'));
  const git = gitIn(dir);
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  git('init', '-q');
  cpSync(new URL('base.yml', FIXTURES), join(dir, '.github/workflows/build-images.yml'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  cpSync(new URL('parallelised.yml', FIXTURES), join(dir, '.github/workflows/build-images.yml'));
  git('commit', '-qam', 'parallelise');
  return { dir, base, head: git('rev-parse', 'HEAD') };
}

async function run(
  dir: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; summary: string; outputs: string }> {
  const summaryPath = join(dir, '..', `${Date.now()}-summary.md`);
  const outputPath = join(dir, '..', `${Date.now()}-output.txt`);
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  let stdout = '';
  const code = await runAction({
    env: { GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summaryPath, GITHUB_OUTPUT: outputPath, ...env },
    stdout: (text) => (stdout += text),
    installDuckDb: () => {
      throw new Error('DuckDB resolves from the checkout; the test must not install it');
    },
  });
  return {
    code,
    stdout,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: readFileSync(outputPath, 'utf8'),
  };
}

describe('the GitHub Action', () => {
  it('annotates, summarises, writes SARIF and outputs, and comments once on a pull request', async () => {
    const { dir, base, head } = checkout();
    const event = join(dir, '..', 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }),
    );
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: apiUrl,
      INPUT_TOKEN: TOKEN,
      INPUT_SARIF: 'ciscope.sarif',
      INPUT_FAIL_ON: 'error',
    };
    const first = await run(dir, env);
    expect(first.code).toBe(1); // three gates dropped, severity error
    expect(first.stdout).toMatch(
      /^::error file=\.github\/workflows\/build-images\.yml,line=47,endLine=47,col=5,endColumn=10,title=ciscope gate-dropped::/m,
    );
    expect(first.summary).toContain('```mermaid');
    expect(first.outputs).toMatch(/^gates-dropped=3$/m);
    expect(JSON.parse(readFileSync(join(dir, 'ciscope.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);

    const second = await run(dir, env);
    expect(second.code).toBe(1);
    expect(comments).toHaveLength(1); // found again, not duplicated; the same report is not rewritten
    expect(requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(0);

    // The pull request restores the gates and the rules have nothing left: the comment says so, in place.
    const git = gitIn(dir);
    git('checkout', '-q', base, '--', '.github/workflows/build-images.yml');
    git('commit', '-qam', 'restore the gates');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { number: 7, base: { sha: base }, head: { sha: git('rev-parse', 'HEAD') } },
      }),
    );
    const third = await run(dir, { ...env, INPUT_RULES: 'needs-cycle' });
    expect(third.code).toBe(0);
    expect(comments).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
    expect(comments[0]?.body).toMatch(new RegExp(`^${COMMENT_MARKER}\n### ciscope: all clear\n`));
    for (const output of [first, second, third]) expect(output.stdout + output.summary).not.toContain(TOKEN);
  });

  it('creates no comment when a pull request has nothing to report', async () => {
    const { dir, head } = checkout();
    const event = join(dir, '..', 'event.json');
    // Base and head are the same commit: no job-graph change, and no rule of `rules` fires.
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 8, base: { sha: head }, head: { sha: head } } }),
    );
    const before = requests.length;
    const result = await run(dir, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: apiUrl,
      INPUT_TOKEN: TOKEN,
      INPUT_RULES: 'needs-cycle',
    });
    expect(result.code).toBe(0);
    expect(requests.slice(before).filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  it('keeps the report in the summary when the token cannot comment', async () => {
    const { dir, base, head } = checkout();
    const event = join(dir, '..', 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }),
    );
    const result = await run(dir, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: apiUrl,
      INPUT_TOKEN: 'ghs_wrong',
      INPUT_FAIL_ON: 'none',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::warning title=ciscope::Could not comment on the pull request (HTTP 401)',
    );
    expect(result.summary).toContain('gate');
  });

  it('lints a push without diff or comment, and rejects a bad fail-on', async () => {
    const { dir } = checkout();
    const push = await run(dir, { GITHUB_EVENT_NAME: 'push', INPUT_FAIL_ON: 'none' });
    expect(push.code).toBe(0);
    expect(push.summary).not.toContain('```mermaid');
    expect((await run(dir, { INPUT_FAIL_ON: 'sometimes' })).code).toBe(2);
  });

  it('runs from its committed bundle alone, with the inputs named as the runner names them', async () => {
    const { dir, base, head } = checkout();
    // A directory with no node_modules anywhere above it: the bundle must need nothing installed.
    const alone = mkdtempSync(join(tmpdir(), 'ciscope-bundle-'));
    copyFileSync(new URL('dist-action/main.js', ROOT), join(alone, 'main.js'));
    const event = join(dir, '..', 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 9, base: { sha: base }, head: { sha: head } } }),
    );
    const summary = join(alone, 'summary.md');
    const output = join(alone, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const before = comments.length;
    // Asynchronously: the comment API answers from this process.
    const result = await runNode(join(alone, 'main.js'), {
      cwd: alone,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: dir,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_API_URL: apiUrl,
        // https://github.com/actions/runner/blob/main/src/Runner.Worker/Handlers/NodeScriptActionHandler.cs: `INPUT_` + the
        // name upper-cased with spaces as `_`; hyphens stay.
        'INPUT_FAIL-ON': 'error',
        INPUT_TOKEN: TOKEN,
        INPUT_SARIF: 'out.sarif',
        INPUT_COMMENT: 'true',
      },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=\.github\/workflows\/build-images\.yml,line=47,.*title=ciscope gate-dropped::/m,
    );
    expect(readFileSync(output, 'utf8')).toMatch(/^gates-dropped=3$/m);
    expect(readFileSync(summary, 'utf8')).toContain('```mermaid');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(comments.length).toBe(before + 1);
    expect(comments.at(-1)).toMatchObject({ issue: 9, body: expect.stringMatching(`^${COMMENT_MARKER}\n`) });
  });

  it('is a node24 Action whose committed bundle is the build of src/', () => {
    const action = parseYaml(readFileSync(new URL('action.yml', ROOT), 'utf8')) as {
      runs: Record<string, unknown>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist-action/main.js' });
    const check = spawnSync(process.execPath, ['scripts/build.mjs', '--check-action'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(DUCKDB_PACKAGE).toBe(`@duckdb/node-api@${pkg.dependencies['@duckdb/node-api']}`);
  });
});

describe('the GitHub Action in history mode', () => {
  it('syncs the run history with the workflow token and reports the measured cost of findings', async () => {
    const now = Date.now();
    const history = generateHistory({
      seed: 10,
      owner: 'acme',
      repo: 'app',
      start: Math.floor(now / 86_400_000) * 86_400_000 - 4 * 86_400_000,
      days: 1,
      pullRequestsPerDay: 2,
    });
    const fake = await startFakeGitHub({ history, token: TOKEN });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'ciscope-action-history-'));
      mkdirSync(join(dir, '.github/workflows'), { recursive: true });
      writeFileSync(
        join(dir, '.github/workflows/ci.yml'),
        'on: pull_request\npermissions: {}\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    steps:\n      - run: npm run lint\n',
      );
      const db = join(mkdtempSync(join(tmpdir(), 'ciscope-action-cache-')), 'history.duckdb');
      const env = {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_API_URL: fake.url,
        INPUT_TOKEN: TOKEN,
        INPUT_HISTORY: 'true',
        INPUT_HISTORY_DB: db,
        INPUT_FAIL_ON: 'none',
      };
      const first = await run(dir, env);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^ciscope: synced acme\/app: [1-9]\d* new runs, 0 already stored/m);
      expect(first.summary).toMatch(
        /^\| `missing-concurrency` \| `\.github\/workflows\/ci\.yml:1` \| \d+ \| \$\d+\.\d\d \| \d+ \| [1-9]\d* \|$/m,
      );
      // The database restored by actions/cache: the second sync lists what is new and fetches nothing twice.
      fake.resetLog();
      const second = await run(dir, env);
      expect(second.stdout).toMatch(/^ciscope: synced acme\/app: 0 new runs, .* \((\d+) answered 304\)$/m);
      expect(fake.requests.filter((request) => /\/jobs$/.test(request.path))).toEqual([]);
      expect(second.summary).toContain('#### Measured cost');
    } finally {
      await fake.close();
    }
  });
});
