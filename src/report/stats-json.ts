/** The versioned JSON contract of `stats --format json` (docs/architecture.md, docs/history.md): mapped, never dumped. */
import type { HistorySummary, Percentiles } from '../history/queries.ts';

export default function statsJson(summary: HistorySummary): string {
  return `${JSON.stringify(
    {
      version: 1,
      repo: `${summary.repo.owner}/${summary.repo.name}`,
      window: { from: iso(summary.window.from), to: iso(summary.window.to) },
      workflows: summary.workflows.map((workflow) => ({
        path: workflow.path,
        name: workflow.name,
        runs: workflow.runs,
        jobs: workflow.jobs,
        runnerMinutes: round(workflow.runnerMinutes),
        billableMinutes: workflow.billableMinutes,
        runnerMinutesPerRun: roundPercentiles(workflow.runnerMinutesPerRun),
        wallClockMinutes: roundPercentiles(workflow.wallClockMinutes),
        queueMinutes: roundPercentiles(workflow.queueMinutes),
        jobsWithoutCreatedAt: workflow.jobsWithoutCreatedAt,
        costUsd: round(workflow.costUsd),
        unpricedMinutes: round(workflow.unpricedMinutes),
      })),
      waste: summary.waste.map((waste) => ({
        kind: waste.kind,
        workflow: waste.workflow,
        ...(waste.job === undefined ? {} : { job: waste.job }),
        ...(waste.step === undefined ? {} : { step: waste.step }),
        runnerMinutes: round(waste.runnerMinutes),
        ...(waste.runnerMinutesPerRun === undefined
          ? {}
          : { runnerMinutesPerRun: round(waste.runnerMinutesPerRun) }),
        ...(waste.runs === undefined ? {} : { runs: waste.runs }),
      })),
      hotspots: summary.hotspots.map((hotspot) => ({
        workflow: hotspot.workflow,
        job: hotspot.job,
        step: hotspot.step,
        runnerMinutes: round(hotspot.runnerMinutes),
        minutesPerRun: round(hotspot.minutesPerRun),
        runs: hotspot.runs,
      })),
      unmatched: summary.unmatched.map((entry) => ({
        kind: entry.kind,
        workflow: entry.workflow,
        ...(entry.job === undefined ? {} : { job: entry.job }),
        runs: entry.runs,
        runnerMinutes: round(entry.runnerMinutes),
      })),
      unknownLabels: summary.unknownLabels.map((entry) => ({
        labels: entry.labels === '' ? [] : entry.labels.split(','),
        jobs: entry.jobs,
        runnerMinutes: round(entry.runnerMinutes),
      })),
    },
    null,
    2,
  )}\n`;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundPercentiles(value: Percentiles): Percentiles {
  return { p50: round(value.p50), p90: round(value.p90) };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
