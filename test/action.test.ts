/**
 * The GitHub Action end to end: a pull request that drops a gate, in a real git checkout, with the comment API
 * served by a local server that behaves like GitHub's (pagination, auth, status codes).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER, runAction } from '../src/action/run-action.ts';

const TOKEN = 'ghs_canaryTOKEN0123456789';
const FIXTURES = new URL('./fixtures/diff-seed-003/', import.meta.url);

interface Comment {
  id: number;
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
      if (request.method === 'GET' && url.pathname === '/repos/acme/app/issues/7/comments') {
        // One unrelated comment on page 1 so that the marker has to be found on page 2.
        const page = Number(url.searchParams.get('page') ?? '1');
        const all = [{ id: 1, body: 'LGTM' }, ...comments];
        const slice = page === 1 ? all.slice(0, 1) : all.slice(1);
        if (page === 1 && all.length > 1) {
          response.setHeader(
            'link',
            `<${apiUrl}/repos/acme/app/issues/7/comments?per_page=100&page=2>; rel="next"`,
          );
        }
        json(200, slice);
      } else if (request.method === 'POST' && url.pathname === '/repos/acme/app/issues/7/comments') {
        const comment = { id: 100 + comments.length, body: (JSON.parse(body) as { body: string }).body };
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

function checkout(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ciscope-action-'));
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
      encoding: 'utf8',
    }).trim();
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
    expect(comments).toHaveLength(1); // updated, not duplicated
    expect(requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
    for (const output of [first, second]) expect(output.stdout + output.summary).not.toContain(TOKEN);
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
});
