import { describe, expect, it } from 'vitest';
import { measuredReport } from './sample-reports.ts';
import { savingsSentence, sortFindings, totalSavings } from './summary.ts';

describe('total savings', () => {
  it('counts one waste once and combines fixes to one job and to its workflow as shares of what is left', () => {
    const total = totalSavings(measuredReport().findings);
    // ci.yml: the shard builds (200) and the cache (30, reported by two rules: once) in a 400-minute job:
    // 400 × (1 − 0.5 × 0.925) = 215; with the workflow-wide 50 of 1000: 1000 × (1 − 0.785 × 0.95) = 254.25.
    // release.yml: 12 minutes on a self-hosted runner, not billed by GitHub.
    expect(total).toEqual({
      measured: 5,
      notMeasured: 1,
      savingMinutesPerWeek: 266.3,
      savingUsdPerMonth: expect.closeTo((5.22 + 0.78 + 1.31) * (254.25 / 280), 2),
      unpricedMinutesPerWeek: 12,
    });
    expect(savingsSentence(total)).toBe(
      `Fixing all of these saves ~266 runner-min a week ($${total.savingUsdPerMonth.toFixed(2)} a month; 12.0 of those min are on runners not billed by GitHub); 1 more with no measured saving.`,
    );
  });

  it('sorts by saving, then the unmeasured, then the rest by severity', () => {
    const order = sortFindings(measuredReport().findings, 'savings').map((finding) => finding.ruleId);
    expect(order).toEqual([
      'matrix-rebuilds-image',
      'missing-concurrency',
      'shared-cache-key',
      'unpinned-tool-version',
      'missing-concurrency',
      'compose-bake-drops-cache',
      'missing-permissions',
    ]);
  });
});
