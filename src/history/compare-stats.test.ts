import { describe, expect, it } from 'vitest';
import { compareGroups, groupFigures } from './compare-stats.ts';

describe('compareGroups', () => {
  it.each([
    {
      name: 'a clear speed-up',
      a: [16.1, 15.8, 16.4, 15.9, 16.2],
      b: [12.3, 12.9, 12.5, 12.1, 12.6],
      verdict:
        /^cache read is 3\.6 min \(22%\) faster than baseline \(95% interval −\d\.\d to −\d\.\d min\)$/,
    },
    {
      name: 'seed 001: caching made every build slower',
      a: [4.1, 4.3, 4.2, 4.0],
      b: [5.2, 5.6, 5.1, 5.4],
      verdict: /^cache read is 1\.\d min \(\d+%\) slower than baseline/,
    },
    {
      name: 'noise',
      a: [10, 14, 9, 13, 11, 12],
      b: [11, 13, 10, 12, 14, 9],
      verdict:
        /^no clear difference: the runs vary more than the change \(95% interval −\d\.\d to \+\d\.\d min\); 6 and 6 runs can detect a difference of \d\.\d min or more$/,
    },
    {
      // Issue 9: "no clear difference … (95% interval +0.0 to +0.0 min)" was a verdict nobody could act on.
      name: 'the same runs twice: an interval of width zero',
      a: [7.2, 7.2, 7.2, 7.2],
      b: [7.2, 7.2, 7.2],
      verdict:
        /^identical: cache read and baseline differ by less than 0\.1 min \(95% interval \+0\.0 to \+0\.0 min\)$/,
    },
    {
      name: 'differences below the printed precision',
      a: [7.2, 7.21, 7.19, 7.22, 7.2],
      b: [7.21, 7.2, 7.23, 7.19, 7.2],
      verdict: /^identical: cache read and baseline differ by less than 0\.1 min/,
    },
    {
      name: 'too few runs',
      a: [10, 11],
      b: [5, 6, 7],
      verdict: /^too few runs to tell \(2 and 3; at least 3 on each side are needed\)$/,
    },
  ])('$name', ({ a, b, verdict }) => {
    expect(compareGroups(a, b, 'min', ['baseline', 'cache read']).verdict).toMatch(verdict);
  });

  it('says more or fewer for amounts such as runner-minutes', () => {
    const verdict = compareGroups(
      [40, 42, 41, 43],
      [7, 8, 7.5, 6.9],
      'runner-min',
      ['before', 'after'],
      'amount',
    ).verdict;
    expect(verdict).toMatch(/^after uses 34\.3 runner-min \(\d+%\) fewer than before/);
  });

  it('names the smallest difference the runs could detect, and it shrinks with more runs', () => {
    const noisy = [10, 14, 9, 13, 11, 12];
    const few = compareGroups(noisy, [11, 13, 10, 12, 14, 9], 'min', ['a', 'b']);
    const many = compareGroups(
      [...noisy, ...noisy, ...noisy, ...noisy],
      [11, 13, 10, 12, 14, 9, 11, 13, 10, 12, 14, 9, 11, 13, 10, 12, 14, 9, 11, 13, 10, 12, 14, 9],
      'min',
      ['a', 'b'],
    );
    const width = (few.interval?.[1] ?? 0) - (few.interval?.[0] ?? 0);
    // (1.96 + 0.84) standard errors, the standard error being the 95% interval's width / (2 × 1.96).
    expect(few.detectable).toBeCloseTo((width / 3.919928) * 2.801585, 6);
    expect(few.verdict).toContain(`can detect a difference of ${few.detectable?.toFixed(1)} min or more`);
    expect(many.detectable).toBeLessThan((few.detectable ?? 0) * 0.75);
    expect(compareGroups([1, 2], [3, 4, 5], 'min', ['a', 'b']).detectable).toBeUndefined();
  });

  it('is deterministic', () => {
    const a = [3, 4, 5, 6, 7];
    const b = [4, 5, 6, 7, 8];
    expect(compareGroups(a, b, 'min', ['a', 'b'])).toEqual(compareGroups(a, b, 'min', ['a', 'b']));
  });

  it('summarises a group by median and 10th/90th percentiles', () => {
    expect(groupFigures([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ n: 10, median: 5.5, p10: 1.9, p90: 9.1 });
    expect(groupFigures([])).toEqual({ n: 0, median: undefined, p10: undefined, p90: undefined });
  });
});
