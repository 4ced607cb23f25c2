/** `ciscope diff` end to end on a real git repository holding the seed 003 change. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';

const FIXTURES = new URL('./fixtures/diff-seed-003/', import.meta.url);
let repo: string;

function git(...args: string[]): void {
  execFileSync('git', ['-C', repo, '-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
    stdio: 'ignore',
  });
}

function commit(fixture: string, message: string): void {
  cpSync(new URL(`${fixture}.yml`, FIXTURES), join(repo, '.github/workflows/build-images.yml'));
  git('add', '-A');
  git('commit', '-qm', message);
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: repo,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'ciscope-diff-'));
  mkdirSync(join(repo, '.github/workflows'), { recursive: true });
  git('init', '-q');
  commit('base', 'base');
  commit('parallelised', 'parallelise build-app');
  commit('gate-restored', 'restore the smoke gate');
});

describe('ciscope diff', () => {
  it('reports the transitive gate that seed 003 dropped, with exit 1', async () => {
    const { code, stdout } = await run('diff', 'HEAD~2', 'HEAD~1', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: { ruleId: string; line: number; message: string }[] };
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['gate-dropped', 47],
      ['gate-dropped', 47],
      ['gate-dropped', 47],
    ]);
    expect(
      report.findings.some(
        (f) => f.message.includes('`connector-parity-smoke`') && f.message.includes('`build-worker`'),
      ),
    ).toBe(true);
  });

  it('stays silent about a gate kept through another path', async () => {
    const { stdout } = await run('diff', 'HEAD~2', 'HEAD', '--format', 'json');
    const report = JSON.parse(stdout) as { findings: { message: string }[] };
    expect(
      report.findings.some((f) => f.message.includes('no longer waits for `connector-parity-smoke`')),
    ).toBe(false);
    expect(report.findings).toHaveLength(2);
  });

  it('compares two directories too, and says when nothing changed', async () => {
    const { code, stdout } = await run('diff', '.', '.');
    expect(code).toBe(0);
    expect(stdout).toBe('No workflow job graph changed between . and ..\n');
  });

  it('prints a markdown comment with a mermaid graph', async () => {
    const { stdout } = await run('diff', 'HEAD~2', 'HEAD~1', '--format', 'markdown');
    expect(stdout).toContain('```mermaid\nflowchart LR');
    expect(stdout).toContain('3 gates dropped');
  });

  it('explains a bad revision without a stack trace (exit 2)', async () => {
    const { code, stderr } = await run('diff', 'HEAD', 'no-such-rev');
    expect(code).toBe(2);
    expect(stderr).toBe(`ciscope: \`no-such-rev\` is neither a directory nor a git revision of ${repo}\n`);
  });
});
