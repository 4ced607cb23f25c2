import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintDirectory } from '../engine/run-rules.ts';
import { rules } from '../rules/index.ts';
import { dedent } from '../testing/rule-tester.ts';
import { DuckDbHistoryStore } from './duckdb-store.ts';
import { loadHistoryContext } from './impact.ts';
import type { HistoryContext } from './impact.ts';
import type { JobRecord, RunRecord } from './records.ts';
import { loadRepository } from '../workflow/repository.ts';

const MIN = 60_000;
const NOW = Date.UTC(2025, 5, 29);
const T0 = NOW - 14 * 24 * 60 * MIN;
const CI = '.github/workflows/ci.yml';

let dir: string;
let context: HistoryContext;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ciscope-impact-'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(
    join(dir, CI),
    dedent`
    on: pull_request
    jobs:
      test:
        runs-on: ubuntu-latest
        strategy:
          matrix:
            shard: [1, 2]
        steps:
          - uses: actions/checkout@v4
          - run: npm test -- --shard \${{ matrix.shard }}
  `,
  );
  const store = await DuckDbHistoryStore.open(join(dir, 'h.duckdb'));
  const repo = { owner: 'o', name: 'r' };
  const repoId = await store.upsertRepo(repo);
  const run = (id: number, createdAt: number): RunRecord => ({
    id,
    workflowId: 1,
    name: 'CI',
    path: CI,
    event: 'pull_request',
    headBranch: 'feature',
    headSha: 's',
    status: 'completed',
    conclusion: 'success',
    runNumber: id,
    runAttempt: 1,
    createdAt,
    updatedAt: createdAt,
    runStartedAt: createdAt,
    pullRequests: [1],
  });
  const job = (id: number, runId: number, shard: number, start: number): JobRecord => ({
    id,
    runId,
    runAttempt: 1,
    name: `test (${shard})`,
    workflowName: 'CI',
    status: 'completed',
    conclusion: 'success',
    createdAt: start,
    startedAt: start,
    completedAt: start + 10 * MIN,
    labels: ['ubuntu-latest'],
    runnerName: null,
    runnerGroupName: null,
    steps: [
      {
        number: 1,
        name: 'Run actions/checkout@v4',
        status: 'completed',
        conclusion: 'success',
        startedAt: start,
        completedAt: start + 2 * MIN,
      },
      {
        number: 2,
        name: `Run npm test -- --shard ${shard}`,
        status: 'completed',
        conclusion: 'success',
        startedAt: start + 2 * MIN,
        completedAt: start + 10 * MIN,
      },
    ],
  });
  // Run 2 is pushed 4 minutes into run 1: each of run 1's two 10-minute shards spends 6 minutes superseded.
  await store.writeRuns(repoId, [
    { run: run(1, T0), jobs: [job(11, 1, 1, T0), job(12, 1, 2, T0)] },
    { run: run(2, T0 + 4 * MIN), jobs: [job(21, 2, 1, T0 + 4 * MIN), job(22, 2, 2, T0 + 4 * MIN)] },
  ]);
  context = await loadHistoryContext(store, { repoId, repo, model: loadRepository(dir), now: NOW, days: 28 });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (ruleId: string, line: number) => ({
  ruleId,
  messageId: 'm',
  message: 'm',
  severity: 'warning' as const,
  location: { file: CI, start: { line, column: 11 }, end: { line, column: 12 } },
  related: [],
  docsUrl: '',
});

describe('impact of findings', () => {
  it('gives missing-concurrency the superseded minutes, as waste and saving, with its basis and price', () => {
    const { findings } = lintDirectory(dir, { rules, only: ['missing-concurrency'], history: context.view });
    const [finding] = context.attachImpact(findings);
    // 12 of the 40 runner-minutes were superseded, over 28 days (4 weeks), in 2 runs; 10-minute jobs bill 10
    // minutes each at $0.008 (Linux 2-core before 2026).
    const usd = Math.round(12 * 0.008 * (30.44 / 28) * 100) / 100;
    expect(finding!.impact).toEqual({
      runnerMinutesPerRun: 6,
      runnerMinutesPerWeek: 3,
      usdPerMonth: usd,
      savingMinutesPerRun: 6,
      savingMinutesPerWeek: 3,
      savingUsdPerMonth: usd,
      runs: 2,
      basis: 'runner time that 1 of 2 runs spent after a newer run of their branch was created',
      pricing: { kind: 'hosted', sku: 'linux_2_core', usdPerMinute: 0.008 },
      overlap: { waste: `superseded:${CI}`, workflow: CI, scopeMinutesPerWeek: 10 },
    });
    expect(finding!.impactNote).toBeUndefined();
  });

  it('estimates the QEMU savings from the measured step: the whole set-up step, 4/5 of an emulated build', () => {
    // Line 9 is the checkout (2 min × 2 shards × 2 runs = 8 min); line 10 the test step (8 × 2 × 2 = 32 min).
    const [setup, build] = context.attachImpact([at('qemu-setup-unused', 9), at('qemu-emulated-build', 10)]);
    expect(setup!.impact).toMatchObject({
      runnerMinutesPerRun: 4,
      savingMinutesPerRun: 4,
      savingMinutesPerWeek: 2,
      overlap: { job: 'test', scopeMinutesPerWeek: 10 },
    });
    expect(setup!.impact?.basis).toBe('the measured time of step `Run actions/checkout@v4` in 2 runs');
    expect(build!.impact).toMatchObject({
      runnerMinutesPerRun: 12.8,
      savingMinutesPerRun: 12.8,
      savingMinutesPerWeek: 6.4,
    });
    expect(build!.impact?.basis).toContain('assuming the emulated platform builds 4× slower');
  });

  it('prints no cost for hygiene findings, and says "none measured" where the waste is absent from history', () => {
    const { findings } = lintDirectory(dir, {
      rules,
      only: ['missing-permissions', 'missing-timeout'],
      history: context.view,
    });
    const byRule = new Map(context.attachImpact(findings).map((finding) => [finding.ruleId, finding]));
    expect(byRule.get('missing-permissions')).toMatchObject({ ruleId: 'missing-permissions' });
    expect(byRule.get('missing-permissions')?.impact).toBeUndefined();
    expect(byRule.get('missing-permissions')?.impactNote).toBeUndefined();
    expect(byRule.get('missing-timeout')?.impact).toBeUndefined();
    expect(byRule.get('missing-timeout')?.impactNote).toMatch(
      /^none measured: no run of job `test` \(4 jobs\) went past the proposed \d+-minute timeout/,
    );
  });

  it('leaves findings in files without history unchanged', () => {
    const finding = {
      ruleId: 'x',
      messageId: 'm',
      message: 'm',
      severity: 'warning' as const,
      location: { file: 'Dockerfile', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      related: [],
      docsUrl: '',
    };
    expect(context.attachImpact([finding])[0]).toBe(finding);
  });

  it('gives history-aware rules the durations of successful jobs, shards merged', () => {
    expect(context.view.jobDurations(CI, 'test')).toEqual({ maxMinutes: 10, p50Minutes: 10, runs: 2 });
    expect(context.view.jobDurations(CI, 'lint')).toBeUndefined();
  });
});
