/**
 * What the user sees while sync runs: a progress bar redrawn in place on a terminal, plain periodic lines
 * otherwise (CI logs, pipes), and a line for every wait so a long rate-limit pause is never silent.
 */
import type { ClientEvent } from './github-client.ts';
import type { SyncProgress } from './sync.ts';

export interface ProgressReporter {
  update(progress: SyncProgress): void;
  event(event: ClientEvent): void;
  /** Ends the bar's line. */
  finish(): void;
}

export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
  readonly now: () => number;
  /** Plain mode: at most one line per interval, and one per finished workflow. */
  readonly intervalMs?: number;
}

const BAR_WIDTH = 20;
const REDRAW_MS = 100;

export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const interval = options.intervalMs ?? 10_000;
  let last: SyncProgress | undefined;
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let lastWorkflowsDone = -1;
  let barShown = false;

  const clearBar = (): void => {
    if (barShown) options.write('\r\x1b[K');
    barShown = false;
  };

  return {
    update(progress) {
      last = progress;
      const now = options.now();
      const workflowDone = progress.workflowsDone !== lastWorkflowsDone;
      lastWorkflowsDone = progress.workflowsDone;
      if (options.isTTY) {
        if (now - lastDrawn < REDRAW_MS && !workflowDone) return;
        lastDrawn = now;
        options.write(`\r\x1b[K${bar(progress)}`);
        barShown = true;
        return;
      }
      if (now - lastDrawn < interval && !workflowDone) return;
      lastDrawn = now;
      options.write(`${line(progress)}\n`);
    },
    event(event) {
      if (event.kind !== 'wait') return;
      clearBar();
      options.write(`${describeWait(event, options.now())}\n`);
      if (options.isTTY && last !== undefined) {
        options.write(bar(last));
        barShown = true;
      }
    },
    finish() {
      clearBar();
    },
  };
}

export function describeWait(event: Extract<ClientEvent, { kind: 'wait' }>, now: number): string {
  const duration = formatDuration(event.seconds);
  switch (event.reason) {
    case 'rate-limit':
      return `GitHub rate limit reached: waiting ${duration} (until ${new Date(now + event.seconds * 1000).toISOString().slice(11, 19)} UTC), then resuming`;
    case 'secondary-rate-limit':
      return `GitHub secondary rate limit: waiting ${duration}, then resuming`;
    case 'retry':
      return `request failed (${event.detail ?? 'error'}): retrying in ${duration}`;
  }
}

function bar(progress: SyncProgress): string {
  const fraction = progress.workflowsTotal === 0 ? 0 : progress.workflowsDone / progress.workflowsTotal;
  const filled = Math.round(fraction * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${line(progress)}`;
}

function line(progress: SyncProgress): string {
  const parts = [
    `${progress.workflowsDone}/${progress.workflowsTotal} workflows`,
    `${progress.runsWritten} runs`,
    `${progress.jobsWritten} jobs`,
    `${progress.requests} requests (${progress.notModified} not modified)`,
  ];
  if (progress.rateLimitRemaining !== undefined) parts.push(`rate limit ${progress.rateLimitRemaining} left`);
  const workflow =
    progress.workflow === undefined ? '' : ` · ${progress.workflow.replace(/^\.github\/workflows\//, '')}`;
  return `${parts.join(' · ')}${workflow}`;
}

function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
