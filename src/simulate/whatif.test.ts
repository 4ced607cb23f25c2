/**
 * What-if scenarios on generated histories shaped like the seeds, checked against the figures the seed authors
 * measured by hand (seed 000: ~43 runner-minutes of builds per run before, one build plus 11 loads after; seed 003:
 * build-app ~25 min → ~8 min without the emulated arm64 leg).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.ts';
import { parseWorkflow } from '../workflow/parse-workflow.ts';
import type { Workflow } from '../workflow/model.ts';
import type { MeasuredJob, MeasuredRun } from './measured.ts';
import { whatIf } from './whatif.ts';

const SHARDS = [
  'fast',
  'render-1',
  'render-2',
  'render-3',
  'audio',
  'video-1',
  'video-2',
  'video-3',
  'text',
  'layout',
  'misc',
];
const BUILD_SECONDS = 234;

function workflow(name: string): Workflow {
  const path = `.github/workflows/${name}`;
  const { model } = parseWorkflow({
    path,
    text: readFileSync(new URL(`../../test/fixtures/whatif/${name}`, import.meta.url), 'utf8'),
  });
  if (model === undefined) throw new Error(`${name} does not parse`);
  return model;
}

function finding(ruleId: string, file: string, line: number): Finding {
  const position = { line, column: 9 };
  return {
    ruleId,
    messageId: 'x',
    message: ruleId,
    severity: 'warning',
    location: { file, start: position, end: position },
    related: [],
    docsUrl: '',
  };
}

/** Deterministic jitter in [-1, 1]. */
function jitter(run: number, index: number): number {
  return Math.sin(run * 12.9898 + index * 78.233) % 1;
}

function seed000Runs(count: number): MeasuredRun[] {
  return Array.from({ length: count }, (_, run) => {
    const shards: MeasuredJob[] = SHARDS.map((shard, index) => {
      const steps = [
        { name: 'Set up job', minutes: 0.05 },
        { name: 'Run actions/checkout@v4', minutes: 0.4 },
        { name: 'Run docker/setup-buildx-action@v3', minutes: 0.15 },
        { name: 'Run docker/build-push-action@v6', minutes: (BUILD_SECONDS + 10 * jitter(run, index)) / 60 },
        { name: 'Run regression shard', minutes: 6 + 2 * jitter(run, index + 20) },
        { name: 'Complete job', minutes: 0.02 },
      ];
      return {
        jobId: 'regression-shards',
        name: `regression-shards (${shard})`,
        pool: 'ubuntu-latest',
        minutes: steps.reduce((s, x) => s + x.minutes, 0),
        queueMinutes: 0,
        steps,
      };
    });
    const changes: MeasuredJob = {
      jobId: 'changes',
      name: 'changes',
      pool: 'ubuntu-latest',
      minutes: 0.3,
      queueMinutes: 0,
      steps: [{ name: 'Set up job', minutes: 0.3 }],
    };
    return {
      id: run + 1,
      createdAt: Date.UTC(2026, 3, 1) + run * 3_600_000,
      event: 'pull_request',
      branch: `pr-${run}`,
      jobs: [changes, ...shards],
    };
  });
}

describe('whatIf: matrix-rebuilds-image on a seed 000 history', () => {
  const regression = workflow('regression.yml');
  const [report] = whatIf({
    workflow: regression,
    runs: seed000Runs(40),
    findings: [finding('matrix-rebuilds-image', regression.file.path, 34)],
    apply: 'all',
  });

  it('predicts the saving the seed measured within 20%', () => {
    expect(report?.skipped).toBeUndefined();
    const before = report?.before.runnerMinutesPerRun?.p50 ?? 0;
    const after = report?.after.runnerMinutesPerRun?.p50 ?? 0;
    // Seed 000: 11 × ~234 s = ~43 min of builds before; 1 × ~234 s + 11 × ~15 s = ~7 min after.
    const seedSaving = (11 * 234) / 60 - (234 + 11 * 15) / 60;
    expect(before - after).toBeGreaterThan(seedSaving * 0.8);
    expect(before - after).toBeLessThan(seedSaving * 1.2);
  });

  it('moves the first test output right by about one build, as the seed warned', () => {
    const before = report?.before.firstTestOutputMinutes ?? 0;
    const after = report?.after.firstTestOutputMinutes ?? 0;
    // The shards now wait for the build job's set-up and upload, then load: ~0.6 + 0.5 + 0.25 min later.
    expect(after - before).toBeGreaterThan(1);
    expect(after - before).toBeLessThan(2);
    expect(report?.assumptions.join('\n')).toContain('docker load');
    expect(report?.runs).toBe(40);
  });
});

describe('whatIf: qemu scenarios on a seed 003 history', () => {
  const images = workflow('build-images.yml');
  const runs: MeasuredRun[] = Array.from({ length: 20 }, (_, run) => {
    const steps = [
      { name: 'Set up job', minutes: 0.1 },
      { name: 'Run actions/checkout@v4', minutes: 0.3 },
      { name: 'Run docker/setup-qemu-action@v3', minutes: 0.4 },
      { name: 'Run docker/setup-buildx-action@v3', minutes: 0.2 },
      { name: 'Run docker/build-push-action@v6', minutes: 22 + jitter(run, 1) },
      { name: 'Complete job', minutes: 2 },
    ];
    return {
      id: run + 1,
      createdAt: Date.UTC(2026, 5, 1) + run * 7_200_000,
      event: 'push',
      branch: 'main',
      jobs: [
        {
          jobId: 'build-app',
          name: 'build-app',
          pool: 'ubuntu-latest',
          minutes: steps.reduce((s, x) => s + x.minutes, 0),
          queueMinutes: 0,
          steps,
        },
      ],
    };
  });
  const reports = whatIf({
    workflow: images,
    runs,
    findings: [
      finding('qemu-emulated-build', images.file.path, 14),
      finding('qemu-setup-unused', images.file.path, 12),
    ],
    apply: 'all',
  });

  it('dropping the emulated arm64 leg brings build-app from ~25 to ~8 minutes (within 20%)', () => {
    const emulated = reports.find((r) => r.rule === 'qemu-emulated-build');
    expect(emulated?.before.wallClockMinutes?.p50).toBeCloseTo(25, 0);
    const after = emulated?.after.wallClockMinutes?.p50 ?? 0;
    expect(after).toBeGreaterThan(8 * 0.8);
    expect(after).toBeLessThan(8 * 1.2);
  });

  it('skipping the QEMU set-up saves its measured minutes', () => {
    const setup = reports.find((r) => r.rule === 'qemu-setup-unused');
    expect(
      (setup?.before.runnerMinutesPerRun?.p50 ?? 0) - (setup?.after.runnerMinutesPerRun?.p50 ?? 0),
    ).toBeCloseTo(0.4, 5);
  });
});

describe('whatIf: missing-concurrency and remove-needs', () => {
  const regression = workflow('regression.yml');

  it('cancelling superseded runs of a branch saves the minutes they spent after the newer run', () => {
    // Two pushes to one PR branch, 2 minutes apart: the first run is superseded.
    const runs = seed000Runs(2).map((run, index) => ({
      ...run,
      branch: 'pr-1',
      createdAt: Date.UTC(2026, 3, 1) + index * 120_000,
    }));
    const [report] = whatIf({
      workflow: regression,
      runs,
      findings: [finding('missing-concurrency', regression.file.path, 3)],
      apply: 'all',
    });
    const before = (report?.before.runnerMinutesPerRun?.p50 ?? 0) * 2;
    const after = (report?.after.runnerMinutesPerRun?.p50 ?? 0) * 2;
    expect(after).toBeLessThan(before);
    expect(report?.assumptions.join(' ')).toContain('only pull request runs cancel');
  });

  it('parallelising a job reports the gates it loses', () => {
    const [report] = whatIf({
      workflow: regression,
      runs: seed000Runs(3),
      findings: [],
      apply: [],
      removeNeeds: ['regression-shards:changes'],
    });
    expect(report?.gatesLost?.map((gate) => [gate.job, gate.gate])).toEqual([
      ['regression-shards', 'changes'],
    ]);
    expect(report?.after.firstTestOutputMinutes).toBeLessThan(report?.before.firstTestOutputMinutes ?? 0);
  });

  it('says why a scenario cannot be simulated', () => {
    const [report] = whatIf({
      workflow: regression,
      runs: seed000Runs(1),
      findings: [],
      apply: [],
      removeNeeds: ['changes:nothing'],
    });
    expect(report?.skipped).toBe('`changes` does not need `nothing`');
  });
});
