/** `ciscope stats --format markdown`: the same figures as tables, for a PR comment or a job summary. */
import type { HistorySummary } from '../history/queries.ts';
import { round } from './stats-json.ts';

export default function statsMarkdown(summary: HistorySummary): string {
  const out: string[] = [
    `## Run history of ${summary.repo.owner}/${summary.repo.name}`,
    '',
    `${day(summary.window.from)} – ${day(summary.window.to)}`,
    '',
  ];
  out.push(
    '| workflow | runs | jobs | runner-minutes | per run p50 / p90 | wall clock p50 / p90 | queue p50 / p90 | USD |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const w of summary.workflows) {
    out.push(
      `| ${cell(w.path || w.name)} | ${w.runs} | ${w.jobs} | ${round(w.runnerMinutes)} | ${round(w.runnerMinutesPerRun.p50)} / ${round(w.runnerMinutesPerRun.p90)} | ${round(w.wallClockMinutes.p50)} / ${round(w.wallClockMinutes.p90)} | ${round(w.queueMinutes.p50)} / ${round(w.queueMinutes.p90)} | ${w.costUsd.toFixed(2)} |`,
    );
  }
  if (summary.waste.length > 0) {
    out.push(
      '',
      '### Waste',
      '',
      '| kind | where | runner-minutes | per run | runs |',
      '| --- | --- | ---: | ---: | ---: |',
    );
    for (const w of summary.waste) {
      out.push(
        `| ${w.kind} | ${cell([w.workflow, w.job, w.step].filter((part) => part !== undefined).join(' › '))} | ${round(w.runnerMinutes)} | ${w.runnerMinutesPerRun === undefined ? '' : round(w.runnerMinutesPerRun)} | ${w.runs ?? ''} |`,
      );
    }
  }
  if (summary.hotspots.length > 0) {
    out.push(
      '',
      '### Hotspots',
      '',
      '| step | runner-minutes | per run | runs |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const h of summary.hotspots)
      out.push(
        `| ${cell(`${h.workflow} › ${h.job} › ${h.step}`)} | ${round(h.runnerMinutes)} | ${round(h.minutesPerRun)} | ${h.runs} |`,
      );
  }
  if (summary.unmatched.length > 0) {
    out.push('', '### Unmatched history', '');
    for (const u of summary.unmatched)
      out.push(
        `- ${u.kind}: ${cell(u.workflow)}${u.job === undefined ? '' : ` › ${cell(u.job)}`} (${u.runs} runs, ${round(u.runnerMinutes)} runner-minutes)`,
      );
  }
  return `${out.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
