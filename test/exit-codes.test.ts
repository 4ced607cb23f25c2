/**
 * Issue 9, "Bad input and exit codes": mistakes in what the user gave ciscope exit 2 with a sentence that names the
 * mistake, never 3 ("a bug in ciscope") and never a silent 0.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ciscope-exit-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { HOME: work, ...env },
    cwd: work,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

function checkout(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(
    join(dir, '.github/workflows/ci.yml'),
    'on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n',
  );
  return dir;
}

describe('lint of a directory without workflows', () => {
  it.each([
    ['no .github at all', (dir: string) => mkdirSync(dir)],
    [
      'an empty .github/workflows',
      (dir: string) => mkdirSync(join(dir, '.github/workflows'), { recursive: true }),
    ],
    [
      'only a README in .github/workflows',
      (dir: string) => {
        mkdirSync(join(dir, '.github/workflows'), { recursive: true });
        writeFileSync(join(dir, '.github/workflows/README.md'), '# CI\n');
      },
    ],
  ])('%s: exit 2', async (name, make) => {
    const dir = join(work, `empty-${name.replace(/\W+/g, '-')}`);
    make(dir);
    const result = await run(['lint', dir]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `ciscope: no workflow files under ${dir}/.github/workflows\n`,
    });
  });

  it('a .yaml workflow is a workflow', async () => {
    const dir = join(work, 'yaml');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/ci.yaml'), 'on: push\njobs: {}\n');
    expect((await run(['lint', dir, '--fail-on', 'none'])).code).toBe(0);
  });
});

describe('report --html into a place that cannot be written', () => {
  it('a missing directory: exit 2, before any work', async () => {
    const dir = checkout('report-missing');
    const result = await run(['report', dir, '--html', join(work, 'no-such-dir', 'report.html')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `ciscope: --html ${join(work, 'no-such-dir', 'report.html')}: directory ${join(work, 'no-such-dir')} does not exist; create it first\n`,
    );
  });

  it('a directory as the file: exit 2', async () => {
    const dir = checkout('report-dir');
    const result = await run(['report', dir, '--html', work]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a directory; name the file to write');
  });
});

describe('sync that cannot reach the API', () => {
  it('exits 2 naming the URL and the cause', async () => {
    // A port that was just free: nothing listens on it, so every connection is refused.
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((done) => server.close(() => done()));
    const url = `http://127.0.0.1:${port}`;
    const result = await run(
      ['sync', '--repo', 'acme/app', '--api-url', url, '--db', join(work, 'sync.duckdb')],
      {
        GITHUB_TOKEN: 'ghp_test0000000000000000000000000000000000',
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`ciscope: cannot reach ${url.replace(/\./g, '\\.')} \\(.+\\)`));
    expect(result.stderr).toContain('check --api-url, the network and any proxy');
    expect(result.stderr).not.toContain('bug in ciscope');
  });
});
