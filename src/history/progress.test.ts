import { describe, expect, it } from 'vitest';
import { createProgressReporter, describeWait } from './progress.ts';
import type { SyncProgress } from './sync.ts';

const progress = (overrides: Partial<SyncProgress> = {}): SyncProgress => ({
  workflow: '.github/workflows/ci.yml',
  workflowsDone: 1,
  workflowsTotal: 4,
  runsWritten: 120,
  jobsWritten: 610,
  runsSkipped: 0,
  requests: 130,
  notModified: 2,
  rateLimitRemaining: 4870,
  ...overrides,
});

describe('progress', () => {
  it('redraws one bar in place on a terminal', () => {
    let out = '';
    let now = 0;
    const reporter = createProgressReporter({ write: (text) => (out += text), isTTY: true, now: () => now });
    reporter.update(progress());
    now += 10;
    reporter.update(progress({ runsWritten: 121 }));
    now += 200;
    reporter.update(progress({ runsWritten: 122 }));
    reporter.finish();
    expect(out).toBe(
      '\r\x1b[K[#####...............] 1/4 workflows · 120 runs · 610 jobs · 130 requests (2 not modified) · rate limit 4870 left · ci.yml' +
        '\r\x1b[K[#####...............] 1/4 workflows · 122 runs · 610 jobs · 130 requests (2 not modified) · rate limit 4870 left · ci.yml' +
        '\r\x1b[K',
    );
  });

  it('prints plain lines at most once per interval, and when a workflow is done', () => {
    const lines: string[] = [];
    let now = 0;
    const reporter = createProgressReporter({
      write: (text) => lines.push(text),
      isTTY: false,
      now: () => now,
      intervalMs: 1000,
    });
    reporter.update(progress());
    now = 500;
    reporter.update(progress({ runsWritten: 130 }));
    reporter.update(progress({ workflowsDone: 2, runsWritten: 131 }));
    now = 2000;
    reporter.update(progress({ workflowsDone: 2, runsWritten: 140 }));
    expect(lines.map((line) => line.split(' · ').slice(0, 2).join(' · '))).toEqual([
      '1/4 workflows · 120 runs',
      '2/4 workflows · 131 runs',
      '2/4 workflows · 140 runs',
    ]);
  });

  it('says how long a wait is and until when', () => {
    expect(
      describeWait({ kind: 'wait', reason: 'rate-limit', seconds: 3543 }, Date.UTC(2025, 2, 3, 13, 0, 0)),
    ).toBe('GitHub rate limit reached: waiting 59 min 3 s (until 13:59:03 UTC), then resuming');
    expect(describeWait({ kind: 'wait', reason: 'secondary-rate-limit', seconds: 60 }, 0)).toBe(
      'GitHub secondary rate limit: waiting 1 min, then resuming',
    );
    expect(describeWait({ kind: 'wait', reason: 'retry', seconds: 2, detail: '502' }, 0)).toBe(
      'request failed (502): retrying in 2 s',
    );
  });
});
