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
      verdict: /^no clear difference: the runs vary more than the change/,
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
