/**
 * Every saving `lint` prints, held to the ground truth of a generated history (issue 9). The history comes from
 * test/fake-github/generate-history.ts, its API payloads rendered as the fake GitHub serves them and imported as
 * `ciscope import` would (`sync` stores the same payloads, more slowly); the truth is summed here from the generated
 * jobs, independently of ciscope's SQL. The checkout matches the generated job and step names: CI without
 * `concurrency` (pull requests superseded by quick fix-up pushes), and CI and Nightly sharing an
 * `astral-sh/setup-uv` cache key while installing different extras, whose misses add downloads to
 * `Install dependencies` (the generator's `cacheMissRate`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintDirectory } from '../src/engine/run-rules.ts';
import type { Finding } from '../src/findings/finding.ts';
import { DuckDbHistoryStore } from '../src/history/duckdb-store.ts';
import { loadHistoryContext } from '../src/history/impact.ts';
import { importFiles } from '../src/history/import.ts';
import { totalSavings } from '../src/report/summary.ts';
import { rules } from '../src/rules/index.ts';
import { dedent } from '../src/testing/rule-tester.ts';
import { loadRepository } from '../src/workflow/repository.ts';
import { generateHistory } from './fake-github/generate-history.ts';
import type { GeneratedHistory } from './fake-github/generate-history.ts';
import { jobsJson, runJson, visibleAttempts } from './fake-github/render.ts';

const START = Date.UTC(2025, 2, 3);
const DAYS = 14;
const CI = '.github/workflows/ci.yml';
const NIGHTLY = '.github/workflows/nightly.yml';
const INTEGRATION = '.github/workflows/integration.yml';

const FILES: Record<string, string> = {
  [CI]: dedent`
    name: CI
    on:
      pull_request:
      push:
        branches: [main]
    permissions:
      contents: read
    jobs:
      lint:
        runs-on: ubuntu-latest
        timeout-minutes: 15
        steps:
          - uses: actions/checkout@v4
          - uses: astral-sh/setup-uv@v7
            with:
              enable-cache: true
              # Unpruned, the cache holds every download: a shared key then costs reinstalls (shared-cache-key).
              prune-cache: false
          - name: Install dependencies
            run: uv sync --frozen
          - name: Lint
            run: uv run ruff check .
      test:
        needs: lint
        timeout-minutes: 30
        strategy:
          matrix:
            os: [ubuntu-latest, windows-latest, macos-latest]
        runs-on: \${{ matrix.os }}
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
          - name: Install dependencies
            run: npm ci
          - name: Unit tests
            run: npm test
      build:
        needs: test
        runs-on: ubuntu-latest
        timeout-minutes: 30
        steps:
          - uses: actions/checkout@v4
          - name: Set up Docker Buildx
            uses: docker/setup-buildx-action@v3
          - name: Build image
            run: docker build .
  `,
  [NIGHTLY]: dedent`
    name: Nightly
    on:
      schedule:
        - cron: '0 3 * * *'
    permissions:
      contents: read
    jobs:
      full-suite:
        runs-on: ubuntu-latest
        timeout-minutes: 90
        steps:
          - uses: actions/checkout@v4
          - uses: astral-sh/setup-uv@v7
            with:
              enable-cache: true
              # Unpruned, the cache holds every download: a shared key then costs reinstalls (shared-cache-key).
              prune-cache: false
          - name: Install dependencies
            run: uv sync --all-extras --frozen
          - name: Full test suite
            run: uv run pytest
  `,
  // The generator cancels superseded Integration runs, as this `concurrency` block does.
  [INTEGRATION]: dedent`
    name: Integration
    on: pull_request
    permissions:
      contents: read
    concurrency:
      group: \${{ github.workflow }}-\${{ github.ref }}
      cancel-in-progress: true
    jobs:
      setup:
        runs-on: ubuntu-latest
        timeout-minutes: 5
        steps:
          - uses: actions/checkout@v4
          - name: Compute matrix
            run: echo matrix
      e2e:
        needs: setup
        runs-on: [self-hosted, linux, x64]
        timeout-minutes: 20
        strategy:
          matrix:
            shard: [1, 2, 3, 4]
        steps:
          - uses: actions/checkout@v4
          - name: Start services
            run: docker compose up -d
          - name: End-to-end tests
            run: npm run e2e
  `,
};

/** `cancel-in-progress` for pull requests only: minutes superseded pull request runs ran after the newer push. */
function supersededPullRequestMinutes(history: GeneratedHistory, path: string): number {
  const workflowId = history.workflows.find((workflow) => workflow.path === path)?.id;
  const runs = history.runs.filter((run) => run.workflowId === workflowId && run.event === 'pull_request');
  let ms = 0;
  for (const run of runs) {
    const jobs = run.attempts.flatMap((attempt) => attempt.jobs);
    const end = Math.max(...jobs.map((job) => job.completedAt));
    const newer = runs
      .filter((other) => other.headBranch === run.headBranch && other.createdAt > run.createdAt)
      .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)[0];
    if (newer === undefined || newer.createdAt >= end) continue;
    for (const job of jobs) ms += Math.max(0, job.completedAt - Math.max(job.startedAt, newer.createdAt));
  }
  return ms / 60_000;
}

describe('every saving lint prints, on a generated history with known ground truth', () => {
  const history = generateHistory({
    seed: 20250909,
    days: DAYS,
    pullRequestsPerDay: 6,
    legacyBefore: START,
    cacheMissRate: 0.3,
  });
  let dir: string;
  let findings: Finding[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ciscope-truth-'));
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(join(dir, '.github/workflows'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    // The API's listings, as `ciscope import` reads them (what `sync` stores from the same payloads).
    const api = `https://api.github.com/repos/${history.owner}/${history.repo}`;
    const listings = join(dir, 'listings');
    mkdirSync(listings);
    const synced = history.workflows.filter((workflow) => Object.hasOwn(FILES, workflow.path));
    for (const workflow of synced) {
      const runs = history.runs.filter((run) => run.workflowId === workflow.id);
      const payloads = runs.flatMap((run) => runJson(history, run, history.end, api) ?? []);
      writeFileSync(
        join(listings, `runs-${workflow.id}.json`),
        JSON.stringify({ total_count: payloads.length, workflow_runs: payloads }),
      );
      for (const run of runs) {
        const jobs = jobsJson(history, run, visibleAttempts(run, history.end), history.end, api);
        writeFileSync(
          join(listings, `jobs-${run.id}.json`),
          JSON.stringify({ total_count: jobs.length, jobs }),
        );
      }
    }
    const store = await DuckDbHistoryStore.open(join(dir, 'history.duckdb'));
    try {
      const repo = { owner: history.owner, name: history.repo };
      const imported = await importFiles(store, await store.upsertRepo(repo), [listings]);
      expect(imported.failed).toEqual([]);
      const repoId = (await store.repoId(repo)) ?? Number.NaN;
      const model = loadRepository(dir);
      const context = await loadHistoryContext(store, {
        repoId,
        repo,
        model,
        now: history.end + 60_000,
        days: DAYS + 1,
      });
      findings = context.attachImpact(lintDirectory(dir, { rules, history: context.view }).findings);
    } finally {
      await store.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const perWeek = (minutes: number): number => (minutes * 7) / (DAYS + 1);
  /** The truth of each printed saving, by rule and file (and job for cache findings). */
  const truthOf = (finding: Finding): number | undefined => {
    if (finding.ruleId === 'missing-concurrency' && finding.location.file === CI)
      return supersededPullRequestMinutes(history, CI);
    if (finding.ruleId === 'shared-cache-key') {
      const job = finding.location.file === CI ? 'lint' : 'full-suite';
      return history.truth[finding.location.file]?.cacheMissMinutes[job];
    }
    return undefined;
  };

  it('finds the waste the history was generated with', () => {
    expect(
      findings
        .filter((finding) => finding.impact !== undefined)
        .map((finding) => `${finding.ruleId} ${finding.location.file}`)
        .sort(),
    ).toEqual([`missing-concurrency ${CI}`, `shared-cache-key ${CI}`, `shared-cache-key ${NIGHTLY}`]);
  });

  it('prints every saving within 10% of the truth, with a basis that says how it was measured', () => {
    for (const finding of findings) {
      if (finding.impact === undefined) continue;
      const where = `${finding.ruleId} ${finding.location.file}`;
      const truth = truthOf(finding);
      expect(truth, where).toBeGreaterThan(0);
      const error = Math.abs(finding.impact.savingMinutesPerWeek - perWeek(truth!)) / perWeek(truth!);
      console.info(
        `${where}: printed ${finding.impact.savingMinutesPerWeek} min/week, truth ${perWeek(truth!).toFixed(2)} (${(error * 100).toFixed(1)}% off)`,
      );
      expect(error, where).toBeLessThan(0.1);
      // The waste is what the fix saves: no cost line bigger than its saving.
      expect(finding.impact.runnerMinutesPerWeek, where).toBe(finding.impact.savingMinutesPerWeek);
    }
    const byRule = new Map(
      findings.map((finding) => [`${finding.ruleId} ${finding.location.file}`, finding]),
    );
    expect(byRule.get(`missing-concurrency ${CI}`)?.impact?.basis).toMatch(
      /^runner time that \d+ of \d+ runs spent after a newer run of their branch was created \(pull request runs only/,
    );
    expect(byRule.get(`shared-cache-key ${CI}`)?.impact?.basis).toMatch(
      /^`Install dependencies` took [\d.]+ min on a warm cache; the \d+ of \d+ runs that took much longer \(cache misses, from step durations\)/,
    );
  });

  it('prices hosted minutes at the dated SKU price, per billed minute', () => {
    const finding = findings.find((candidate) => candidate.ruleId === 'missing-concurrency');
    expect(finding?.impact?.pricing).toMatchObject({ kind: 'hosted' });
    expect(finding?.impact?.savingUsdPerMonth).toBeGreaterThan(0);
  });

  it('adds the savings of the two fixes to CI once each, and less than their sum', () => {
    const measured = findings.filter((finding) => finding.impact !== undefined);
    const sum = measured.reduce((total, finding) => total + finding.impact!.savingMinutesPerWeek, 0);
    const total = totalSavings(findings);
    expect(total.measured).toBe(3);
    expect(total.savingMinutesPerWeek).toBeLessThanOrEqual(sum);
    expect(total.savingMinutesPerWeek).toBeGreaterThan(sum * 0.8);
  });
});
