/**
 * `ciscope lint --repo OWNER/NAME` without a checkout: the files come from one archive request to the local fake
 * API (a real HTTP server, a real `git archive` tarball, as GitHub builds them), and the findings equal those of
 * `ciscope lint DIR` on the same files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { generateHistory } from './fake-github/generate-history.ts';
import { startFakeGitHub } from './fake-github/server.ts';
import type { FakeGitHub } from './fake-github/server.ts';
import { sharedPath } from './support/shared-dir.ts';

const TOKEN = 'ghs_remoteTOKEN0123456789';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = ['astral-sh__uv', 'docker__compose', 'getsentry__self-hosted'];
const corpus = sharedPath('corpus/repos');

let work: string;
let fake: FakeGitHub;
const checkouts = new Map<string, string>();

/** A git repository of `from`'s files and its `git archive` tarball, with GitHub's `OWNER-NAME-SHA/` prefix. */
function archive(name: string, from: string, extra: Record<string, string> = {}): Buffer {
  const dir = join(work, name);
  cpSync(from, dir, { recursive: true });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]): Buffer =>
    execFileSync('git', ['-C', dir, '-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args]);
  git('init', '-q');
  git('add', '-A', '-f');
  git('commit', '-qm', 'snapshot');
  const sha = git('rev-parse', 'HEAD').toString().trim();
  checkouts.set(name, dir);
  return git('archive', '--format=tar.gz', `--prefix=acme-${name}-${sha.slice(0, 7)}/`, 'HEAD');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ciscope-remote-'));
  const longPath = `deploy/${'very-long-directory-name/'.repeat(5)}Dockerfile`;
  const archives: Record<string, Buffer> = {
    '': archive('app', join(ROOT, 'examples/demo'), {
      // Past ustar's 100-byte name field: `git archive` writes a pax header, as GitHub's archives do.
      [longPath]: 'FROM python:3.12-slim\nCOPY . .\n',
      // Skipped on disk, so skipped in the archive too.
      'node_modules/pkg/Dockerfile': 'FROM node:20\n',
      '.ciscope.yml': 'rules:\n  missing-concurrency: info\n',
    }),
  };
  if (corpus.missing === undefined)
    for (const name of CORPUS) archives[name] = archive(name, join(corpus.path, name));
  fake = await startFakeGitHub({
    history: generateHistory({ seed: 1, owner: 'acme', repo: 'app', days: 1, pullRequestsPerDay: 1 }),
    token: TOKEN,
    archives,
  });
});

afterAll(async () => {
  await fake.close();
  rmSync(work, { recursive: true, force: true });
});

async function ciscope(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url, HOME: work },
    cwd: work,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('ciscope lint --repo OWNER/NAME without a checkout', () => {
  it('reads the repository in one archive request and finds what a clone gives, with its .ciscope.yml', async () => {
    fake.resetLog();
    const remote = await ciscope(['lint', '--repo', 'acme/app', '--format', 'json', '--fail-on', 'none']);
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    // The API's redirect and the download: one archive, not one request per file.
    expect(fake.requests.map((request) => `${request.status} ${request.path}`)).toEqual([
      '302 /repos/acme/app/tarball',
      '200 /_codeload/legacy.tar.gz/',
    ]);
    const local = await ciscope([
      'lint',
      checkouts.get('app') ?? '',
      '--format',
      'json',
      '--fail-on',
      'none',
    ]);
    expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
    const findings = JSON.parse(remote.stdout).findings as {
      ruleId: string;
      file: string;
      severity: string;
    }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.ruleId === 'missing-concurrency').map((f) => f.severity)).toContain(
      'info',
    );
    expect(findings.some((f) => f.file.startsWith('node_modules/'))).toBe(false);
  });

  it.skipIf(corpus.missing !== undefined)(
    `gives the same findings as the clone on corpus repositories${corpus.missing === undefined ? '' : ` (skipped: ${corpus.missing})`}`,
    async () => {
      for (const name of CORPUS) {
        const remote = await ciscope(['lint', '--repo', 'acme/app', '--ref', name, '--format', 'json']);
        const local = await ciscope(['lint', checkouts.get(name) ?? '', '--format', 'json']);
        expect(remote.stderr, name).toBe('');
        expect({ name, report: JSON.parse(remote.stdout) }).toEqual({
          name,
          report: JSON.parse(local.stdout),
        });
        expect(remote.code, name).toBe(local.code);
      }
    },
  );

  it('says what is wrong, without a stack trace, when the repository or ref is missing', async () => {
    const missing = await ciscope(['lint', '--repo', 'acme/app', '--ref', 'no-such-branch']);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ciscope: cannot download acme/app@no-such-branch: not found (HTTP 404): check OWNER/NAME and the ref, and that the token can read the repository\n',
    });
    expect((await ciscope(['lint', '--repo', 'not a repo'])).code).toBe(2);
  });
});
