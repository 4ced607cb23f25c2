import { describe, expect, it } from 'vitest';
import { handoverOf, inferPools, poolResolver, unusedPools } from './pools.ts';
import type { PoolJob } from './pools.ts';

const MIN = 60_000;
const job = (
  labels: string,
  start: number,
  end: number,
  runner: string | null,
  created = start,
): PoolJob => ({
  labels,
  created: created * MIN,
  start: start * MIN,
  end: end * MIN,
  runner,
});

describe('poolResolver', () => {
  it('serves a job from the first pool that carries all its labels, in any order and case', () => {
    const resolve = poolResolver({ 'self-hosted,linux,cuda,large': 2, 'self-hosted': 5 });
    expect(resolve('self-hosted,linux,cuda')).toBe('self-hosted,linux,cuda,large');
    expect(resolve('CUDA, self-hosted')).toBe('self-hosted,linux,cuda,large');
    expect(resolve('self-hosted,arm64')).toBe('self-hosted,arm64');
    expect(resolve('ubuntu-latest')).toBe('ubuntu-latest');
  });

  it('names the pools no job label set falls in', () => {
    expect(
      unusedPools({ 'no-such-label': 2, 'self-hosted,linux': 1 }, ['self-hosted', 'ubuntu-latest']),
    ).toEqual(['no-such-label']);
  });
});

describe('inferPools', () => {
  it('sizes a self-hosted pool by the most jobs that held its runners at once', () => {
    const jobs = [
      job('self-hosted,gpu', 0, 10, 'gpu-1'),
      job('self-hosted,gpu', 1, 4, 'gpu-2'),
      // Starts when the job on gpu-2 ends: one runner, handed over.
      job('self-hosted,gpu', 4, 9, 'gpu-2'),
      job('self-hosted,gpu', 12, 13, 'gpu-1'),
      job('ubuntu-latest', 0, 10, 'GitHub Actions 1'),
      job('ubuntu-latest', 0, 10, 'GitHub Actions 2'),
      job('ubuntu-latest', 0, 10, 'GitHub Actions 3'),
    ];
    expect(inferPools(['self-hosted,gpu', 'ubuntu-latest'], jobs)).toEqual([
      { labels: 'self-hosted,gpu', runners: 2, runnerNames: 2, jobs: 4 },
    ]);
  });
});

describe('handoverOf', () => {
  it("is the median gap before a waiting job on the same runner, less the pool's pick-up", () => {
    const jobs = [
      job('gpu', 0, 5, 'r1', 0),
      // Created at 1, waited for r1: starts 0.3 min after r1's job ended.
      job('gpu', 5.3, 8, 'r1', 1),
      job('gpu', 8.5, 9, 'r1', 2),
      // Not waiting (created after the previous end): no handover measured from it.
      job('gpu', 20, 21, 'r1', 19.95),
    ];
    // Gaps 0.3 and 0.5 (median 0.4); queue times 0, 4.3, 6.5, 0.05 → 10th percentile 0.015.
    expect(handoverOf(jobs) / MIN).toBeCloseTo(0.4 - 0.015, 5);
  });

  it('is 0 for ephemeral runners, which never take a second job', () => {
    expect(handoverOf([job('gpu', 0, 5, 'eph-1', 0), job('gpu', 5.3, 8, 'eph-2', 1)])).toBe(0);
  });
});
