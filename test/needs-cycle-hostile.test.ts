/**
 * Issue 14: a `needs` cycle hung `report`, `diff` and the Action forever (the critical-path back-walk looped on a
 * cyclic predecessor map). GitHub rejects such a workflow and `lint` reports `needs-cycle`; every other command
 * must finish too. A regression here hangs the test rather than failing it: the loop is synchronous.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../src/action/run-action.ts';
import { main } from '../src/cli/main.ts';
import { criticalPath } from '../src/simulate/critical-path.ts';
import type { GraphNode } from '../src/simulate/critical-path.ts';

const SELF = 'on: push\njobs: {a: {runs-on: x, needs: a, steps: [{run: echo}]}}\n';
const THREE = `on: push
jobs:
  a: {runs-on: x, needs: c, steps: [{run: echo}]}
  b: {runs-on: x, needs: a, steps: [{run: echo}]}
  c: {runs-on: x, needs: b, steps: [{run: echo}]}
  d: {runs-on: x, needs: [a], steps: [{run: echo}]}
`;
const ACYCLIC = `on: push
jobs:
  a: {runs-on: x, steps: [{run: echo}]}
  b: {runs-on: x, needs: a, steps: [{run: echo}]}
`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ciscope-cycle-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkout(name: string, workflow: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, '.github/workflows/ci.yml'), workflow);
  return dir;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { HOME: work },
    cwd: work,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const node = (id: string, needs: string[]): GraphNode => ({ id, needs, shards: 1, timing: undefined });

describe('criticalPath on a cyclic graph', () => {
  it('ends on a job that needs itself', () => {
    expect(criticalPath([node('a', ['a'])]).jobs).toEqual(['a']);
  });

  it('ends on a longer cycle, leaving out the back edge', () => {
    // The order buildJobGraph gives THREE: b, c, a, d (a → c → b → a is the cycle).
    const path = criticalPath([node('b', ['a']), node('c', ['b']), node('a', ['c']), node('d', ['a'])]);
    expect(path.jobs).toEqual(['b', 'c', 'a', 'd']);
  });

  it('ends on two cycles sharing a job, with timings', () => {
    const timed = (id: string, needs: string[], p50: number): GraphNode => ({
      id,
      needs,
      shards: 1,
      timing: { p50, p90: p50 * 2 },
    });
    const path = criticalPath([timed('x', ['y', 'z'], 1), timed('y', ['x'], 2), timed('z', ['x', 'z'], 3)]);
    expect(path.jobs).toEqual(['x', 'z']);
    expect(path.minutes).toEqual({ p50: 4, p90: 8 });
  });
});

describe.each([
  ['a job that needs itself', SELF],
  ['a three-job cycle', THREE],
])('%s', (name, workflow) => {
  it('report --html finishes, with the needs-cycle finding', async () => {
    const dir = checkout(`report-${name}`, workflow);
    const result = await run(['report', dir, '--html', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('needs-cycle');
    expect(result.stdout).toContain('Critical path:');
  });

  it('diff finishes in both directions', async () => {
    const cyclic = checkout(`diff-${name}`, workflow);
    const acyclic = checkout(`diff-ok-${name}`, ACYCLIC);
    for (const [base, head] of [
      [acyclic, cyclic],
      [cyclic, acyclic],
      [cyclic, cyclic],
    ] as const) {
      const result = await run(['diff', base, head, '--format', 'json']);
      expect(result.stderr).toBe('');
      expect([0, 1]).toContain(result.code);
      expect(JSON.parse(result.stdout).version).toBe(1);
    }
  });

  it('the Action on a pull request that introduces the cycle finishes', async () => {
    const dir = checkout(`action-${name}`, ACYCLIC);
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', dir, '-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, '.github/workflows/ci.yml'), workflow);
    git('commit', '-qam', 'cycle');
    const head = git('rev-parse', 'HEAD');
    const event = join(work, `event-${name}.json`);
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }),
    );
    const summary = join(work, `summary-${name}.md`);
    writeFileSync(summary, '');
    let stdout = '';
    const code = await runAction({
      env: {
        GITHUB_WORKSPACE: dir,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        INPUT_FAIL_ON: 'error',
      },
      stdout: (text) => (stdout += text),
    });
    expect(code).toBe(1); // needs-cycle is an error
    expect(stdout).toMatch(/title=ciscope needs-cycle::/);
    expect(readFileSync(summary, 'utf8')).toContain('critical path');
  });
});
