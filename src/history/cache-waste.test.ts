import { describe, expect, it } from 'vitest';
import { cacheWaste } from './cache-waste.ts';
import type { CacheSample } from './cache-waste.ts';

const sample = (installMinutes: number, marker?: CacheSample['marker']): CacheSample => ({
  runId: 1,
  restoreMinutes: 0.1,
  saveMinutes: 0.05,
  installMinutes,
  ...(marker === undefined ? {} : { marker }),
});

describe('cache waste', () => {
  it('counts what slow installs took beyond the warm median, from durations alone', () => {
    const result = cacheWaste([0.5, 0.6, 0.7, 0.6, 3.6, 2.7].map((minutes) => sample(minutes)));
    // Warm: 0.5, 0.6, 0.6, 0.7 (median 0.6); misses 3.6 and 2.7 → 3.0 + 2.1.
    expect(result).toMatchObject({
      misses: 2,
      samples: 6,
      warmInstallMinutes: 0.6,
      method: 'step durations',
    });
    expect('wasteMinutes' in result && result.wasteMinutes).toBeCloseTo(5.1);
  });

  it('takes the log markers when every run has one (issue 11 fills them)', () => {
    const result = cacheWaste([
      sample(0.5, 'hit'),
      sample(0.6, 'hit'),
      sample(0.7, 'hit'),
      // Slower than the others, but the log says it hit: not a miss. The partial restore is one.
      sample(1.4, 'hit'),
      sample(1.0, 'partial'),
    ]);
    expect(result).toMatchObject({ misses: 1, method: 'log markers' });
    expect('warmInstallMinutes' in result && result.warmInstallMinutes).toBeCloseTo(0.65);
    expect('wasteMinutes' in result && result.wasteMinutes).toBeCloseTo(0.35);
  });

  it('says "none measured" when every install took about as long, and never reports 0', () => {
    const result = cacheWaste([3.1, 3.4, 3.9, 4.2, 3.6].map((minutes) => sample(minutes)));
    expect(result).toEqual({
      note: 'none measured: the installs took 3.1–4.2 min in all 5 runs, none slow enough to show a cache miss; a cache that is incomplete on every run shows only in job logs',
    });
  });

  it('says "not measured" without enough warm runs to compare with, or without runs', () => {
    expect(cacheWaste([0.5, 4, 4.1, 4.2].map((minutes) => sample(minutes)))).toMatchObject({
      note: expect.stringMatching(/^not measured: /),
    });
    expect(cacheWaste([])).toEqual({ note: 'not measured: no run of the job timed this step' });
  });
});
