/** `ciscope stats` for the terminal: where the minutes go, then the waste, the hotspots and what did not match. */
import type { HistorySummary } from '../history/queries.ts';
import { round } from './stats-json.ts';

export default function statsText(summary: HistorySummary): string {
  const lines: string[] = [];
  const repo = `${summary.repo.owner}/${summary.repo.name}`;
  lines.push(`${repo}: run history from ${day(summary.window.from)} to ${day(summary.window.to)}`, '');
  if (summary.workflows.length === 0) {
    lines.push(
      'No runs in this window. `ciscope sync` or `ciscope import` stores history; `--since` widens the window.',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    ...table(
      [
        'workflow',
        'runs',
        'jobs',
        'runner-min',
        'billed-min',
        'min/run p50/p90',
        'wall p50/p90',
        'queue p50/p90',
        'USD',
      ],
      summary.workflows.map((w) => [
        w.path || w.name,
        String(w.runs),
        String(w.jobs),
        fmt(w.runnerMinutes),
        `${fmt(w.billableMinutes)}${roundUp(w.runnerMinutes, w.billableMinutes)}`,
        `${fmt(w.runnerMinutesPerRun.p50)}/${fmt(w.runnerMinutesPerRun.p90)}`,
        `${fmt(w.wallClockMinutes.p50)}/${fmt(w.wallClockMinutes.p90)}`,
        `${fmt(w.queueMinutes.p50)}/${fmt(w.queueMinutes.p90)}`,
        w.selfHostedMinutes > 0 && w.selfHostedMinutes >= w.runnerMinutes - 1e-9
          ? 'not billed'
          : w.costUsd.toFixed(2) + (w.unpricedMinutes > 0 ? '*' : w.selfHostedMinutes > 0 ? '†' : ''),
      ]),
    ),
  );
  lines.push(
    'billed-min: GitHub bills every job rounded up to a whole minute; (+N%) is what the rounding adds to the run time',
  );
  if (summary.workflows.some((w) => w.unpricedMinutes > 0))
    lines.push('* some jobs ran on runners without a known price (see below)');
  if (summary.workflows.some((w) => w.selfHostedMinutes > 0))
    lines.push('not billed / †: (some) jobs ran on self-hosted runners, which GitHub does not bill');
  if (summary.waste.length > 0) {
    lines.push('', 'Waste:');
    lines.push(
      ...table(
        ['kind', 'where', 'runner-min', 'per run', 'runs'],
        summary.waste.map((w) => [
          w.kind,
          [w.workflow, w.job, w.step].filter((part) => part !== undefined).join(' › '),
          fmt(w.runnerMinutes),
          w.runnerMinutesPerRun === undefined ? '' : fmt(w.runnerMinutesPerRun),
          w.runs === undefined ? '' : String(w.runs),
        ]),
      ),
    );
  }
  if (summary.hotspots.length > 0) {
    lines.push('', 'Hotspots (steps by total runner-minutes):');
    lines.push(
      ...table(
        ['step', 'runner-min', 'per run', 'runs'],
        summary.hotspots.map((h) => [
          `${h.workflow} › ${h.job} › ${h.step}`,
          fmt(h.runnerMinutes),
          fmt(h.minutesPerRun),
          String(h.runs),
        ]),
      ),
    );
  }
  if (summary.unmatched.length > 0) {
    lines.push(
      '',
      summary.matchedToModel
        ? 'History not matched to the workflow files:'
        : 'History without a workflow file:',
    );
    for (const u of summary.unmatched)
      lines.push(
        `  ${u.kind}: ${u.workflow || '(no workflow name in the payload)'}${u.job === undefined ? '' : ` › ${u.job}`} (${u.runs} runs, ${fmt(u.runnerMinutes)} runner-min)`,
      );
  }
  if (summary.unknownLabels.length > 0) {
    lines.push('', 'Runner labels without a known price (minutes counted, cost not guessed):');
    for (const u of summary.unknownLabels)
      lines.push(
        `  ${u.labels === '' ? '(no labels in the payload)' : u.labels}: ${u.jobs} jobs, ${fmt(u.runnerMinutes)} runner-min`,
      );
  }
  return `${lines.join('\n')}\n`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The round-up overhead, when it is worth a word: ` (+12%)`; a matrix of 20-second jobs shows (+200%). */
function roundUp(runnerMinutes: number, billableMinutes: number): string {
  if (runnerMinutes <= 0) return '';
  const overhead = billableMinutes / runnerMinutes - 1;
  return overhead >= 0.005 ? ` (+${Math.round(overhead * 100)}%)` : '';
}

function fmt(value: number): string {
  return String(round(value));
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
