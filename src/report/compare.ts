/** Reporters for `ciscope compare`: seed 001's baseline / cache write / cache read table, with verdicts. Pure. */
import type { Difference, GroupFigures } from '../history/compare-stats.ts';
import type { Comparison, WorkflowComparison } from '../history/compare.ts';

const round = (value: number | undefined): number | null =>
  value === undefined ? null : Math.round(value * 100) / 100;

function figuresJson(figures: GroupFigures) {
  return { median: round(figures.median), p10: round(figures.p10), p90: round(figures.p90) };
}

function differenceJson(difference: Difference) {
  return {
    delta: round(difference.delta),
    relative: difference.relative === undefined ? null : Math.round(difference.relative * 1000) / 1000,
    interval:
      difference.interval === undefined
        ? null
        : [round(difference.interval[0]), round(difference.interval[1])],
    detectable: round(difference.detectable),
    verdict: difference.verdict,
  };
}

export function compareJson(comparison: Comparison): string {
  return `${JSON.stringify(
    {
      version: 1,
      groups: comparison.groups.map((group) => ({ label: group.label, filter: group.filter })),
      workflows: comparison.workflows.map((workflow) => ({
        path: workflow.path,
        name: workflow.name,
        groups: workflow.groups.map((group) => ({
          label: group.label,
          n: group.runIds.length,
          runIds: group.runIds,
          wallClockMinutes: figuresJson(group.wallClockMinutes),
          runnerMinutesPerRun: figuresJson(group.runnerMinutesPerRun),
        })),
        differences: workflow.differences.map((difference) => ({
          label: difference.label,
          against: difference.against,
          wallClockMinutes: differenceJson(difference.wallClockMinutes),
          runnerMinutesPerRun: differenceJson(difference.runnerMinutesPerRun),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}

const minutes = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(1));
const cell = (figures: GroupFigures): string =>
  figures.n === 0 ? '—' : `${minutes(figures.median)} (${minutes(figures.p10)}–${minutes(figures.p90)})`;

function heading(workflow: WorkflowComparison): string {
  return workflow.name === '' ? workflow.path : `${workflow.path} (${workflow.name})`;
}

function verdicts(workflow: WorkflowComparison): string[] {
  return workflow.differences.flatMap((difference) => [
    `wall clock, ${difference.label} vs ${difference.against}: ${difference.wallClockMinutes.verdict}`,
    `runner-minutes, ${difference.label} vs ${difference.against}: ${difference.runnerMinutesPerRun.verdict}`,
  ]);
}

export function compareText(comparison: Comparison): string {
  const out = comparison.groups.map((group) => `${group.label}: ${group.filter}`);
  out.push('');
  if (comparison.workflows.length === 0) return `${out.join('\n')}No run matches any group.\n`;
  for (const workflow of comparison.workflows) {
    out.push(heading(workflow));
    out.push(
      `  ${''.padEnd(5)} ${'runs'.padStart(5)}  ${'wall-clock min, median (p10–p90)'.padEnd(34)}  runner-min per run, median (p10–p90)`,
    );
    for (const group of workflow.groups) {
      out.push(
        `  ${group.label.padEnd(5)} ${String(group.runIds.length).padStart(5)}  ${cell(group.wallClockMinutes).padEnd(34)}  ${cell(group.runnerMinutesPerRun)}`,
      );
    }
    for (const line of verdicts(workflow)) out.push(`  ${line}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

export function compareMarkdown(comparison: Comparison): string {
  const out = [
    '## ciscope compare',
    '',
    ...comparison.groups.map((group) => `- **${group.label}**: \`${group.filter}\``),
    '',
  ];
  if (comparison.workflows.length === 0) return `${out.join('\n')}No run matches any group.\n`;
  for (const workflow of comparison.workflows) {
    out.push(`### ${heading(workflow).replace(/[<>]/g, '')}`, '');
    out.push(
      '| | runs | wall-clock min, median (p10–p90) | runner-min per run, median (p10–p90) |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const group of workflow.groups) {
      out.push(
        `| ${group.label} | ${group.runIds.length} | ${cell(group.wallClockMinutes)} | ${cell(group.runnerMinutesPerRun)} |`,
      );
    }
    out.push('', ...verdicts(workflow).map((line) => `- ${line}`), '');
  }
  return `${out.join('\n')}`;
}
