/** Reporters for `ciscope whatif`: the before/after table the seed authors wrote by hand. Pure functions. */
import type { Spread } from '../simulate/percentile.ts';
import type { Figures } from '../simulate/replay.ts';
import type { InferredPool } from '../simulate/pools.ts';
import type { ReplayCheck, ScenarioReport } from '../simulate/whatif.ts';

export interface WhatIfReport {
  readonly scenarios: readonly ScenarioReport[];
  /** The workflows considered and the history each had; absent when the caller did not read history. */
  readonly workflows?: readonly WorkflowHistory[];
  /** The bounded runner pools: from `--runners`, or inferred from history. */
  readonly pools?: readonly PoolNote[];
}

export interface PoolNote {
  readonly labels: string;
  readonly runners: number;
  /** Present when the size was inferred from history rather than given. */
  readonly inferred?: InferredPool;
  /** Seconds a runner took, as measured, to go from one waiting job to the next (beyond the pick-up). */
  readonly handoverSeconds?: number;
}

export interface WorkflowHistory {
  readonly path: string;
  /** Runs replayed (0: no history in the window, nothing simulated). */
  readonly runs: number;
  /** Jobs of those runs that match no job of the workflow file; replayed without `needs`. */
  readonly unmatchedJobs: number;
  /** The unchanged runs replayed against the measurement. */
  readonly check?: ReplayCheck;
}

function poolLines(report: WhatIfReport): string[] {
  return (report.pools ?? []).map((pool) => {
    const handover =
      pool.handoverSeconds === undefined || pool.handoverSeconds === 0
        ? ''
        : `; a runner takes ${pool.handoverSeconds} s between jobs`;
    return pool.inferred === undefined
      ? `runner pool \`${pool.labels}\`: ${pool.runners} runners (--runners)${handover}`
      : `runner pool \`${pool.labels}\`: ${pool.runners} runners, inferred from history (at most ${pool.runners} of its ${pool.inferred.jobs} jobs ran at once, on ${pool.inferred.runnerNames} runners)${handover}; \`--runners ${pool.labels}=N\` sets it`;
  });
}

const fixed = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(1));

/** `queue p50/p90 0.4/10.8 → 0.4/10.7 min, wall clock …`: measured → replayed. */
function checkLines(report: WhatIfReport): string[] {
  return (report.workflows ?? []).flatMap((workflow) => {
    const check = workflow.check;
    if (check === undefined) return [];
    const pair = (measured: Spread | undefined, replayed: Spread | undefined): string =>
      `${fixed(measured?.p50)}/${fixed(measured?.p90)} → ${fixed(replayed?.p50)}/${fixed(replayed?.p90)}`;
    return [
      `${workflow.path}: replay check, measured → replayed (p50/p90 minutes): queue per job ${pair(check.measured.queueMinutes, check.replayed.queueMinutes)}, wall clock ${pair(check.measured.wallClockMinutes, check.replayed.wallClockMinutes)}`,
    ];
  });
}

function historyNotes(report: WhatIfReport): string[] {
  return (report.workflows ?? []).flatMap((workflow) =>
    workflow.runs === 0
      ? [`${workflow.path}: no run history in the window; nothing to replay (\`ciscope sync\` stores it)`]
      : workflow.unmatchedJobs > 0
        ? [
            `${workflow.path}: ${workflow.unmatchedJobs} jobs of ${workflow.runs} runs match no job of the file; replayed without \`needs\``,
          ]
        : [],
  );
}

const round = (value: number): number => Math.round(value * 100) / 100;
const spreadJson = (value: Spread | undefined) =>
  value === undefined ? null : { p50: round(value.p50), p90: round(value.p90) };

function figuresJson(figures: Figures) {
  return {
    runnerMinutesPerRun: spreadJson(figures.runnerMinutesPerRun),
    wallClockMinutes: spreadJson(figures.wallClockMinutes),
    queueMinutes: spreadJson(figures.queueMinutes),
    firstTestOutputMinutes:
      figures.firstTestOutputMinutes === undefined ? null : round(figures.firstTestOutputMinutes),
  };
}

export function whatIfJson(report: WhatIfReport): string {
  return `${JSON.stringify(
    {
      version: 1,
      ...(report.pools === undefined
        ? {}
        : {
            pools: report.pools.map((pool) => ({
              labels: pool.labels,
              runners: pool.runners,
              source: pool.inferred === undefined ? 'runners-option' : 'history',
              handoverSeconds: pool.handoverSeconds ?? 0,
              ...(pool.inferred === undefined
                ? {}
                : { jobs: pool.inferred.jobs, runnerNames: pool.inferred.runnerNames }),
            })),
          }),
      ...(report.workflows === undefined
        ? {}
        : {
            workflows: report.workflows.map((w) => ({
              path: w.path,
              runs: w.runs,
              unmatchedJobs: w.unmatchedJobs,
              ...(w.check === undefined
                ? {}
                : {
                    replayCheck: {
                      measured: {
                        queueMinutes: spreadJson(w.check.measured.queueMinutes),
                        wallClockMinutes: spreadJson(w.check.measured.wallClockMinutes),
                      },
                      replayed: {
                        queueMinutes: spreadJson(w.check.replayed.queueMinutes),
                        wallClockMinutes: spreadJson(w.check.replayed.wallClockMinutes),
                      },
                    },
                  }),
            })),
          }),
      scenarios: report.scenarios.map((scenario) => ({
        rule: scenario.rule,
        workflow: scenario.workflow,
        ...(scenario.finding === undefined ? {} : { line: scenario.finding.line }),
        before: figuresJson(scenario.before),
        after: figuresJson(scenario.after),
        assumptions: scenario.assumptions,
        runs: scenario.runs,
        ...(scenario.gatesLost === undefined
          ? {}
          : { gatesLost: scenario.gatesLost.map((g) => ({ job: g.job, gate: g.gate, path: g.path })) }),
        ...(scenario.skipped === undefined ? {} : { skipped: scenario.skipped }),
      })),
    },
    null,
    2,
  )}\n`;
}

interface Row {
  readonly label: string;
  readonly before: number | undefined;
  readonly after: number | undefined;
}

function rows(scenario: ScenarioReport): Row[] {
  const { before, after } = scenario;
  return [
    {
      label: 'runner-minutes per run, p50',
      before: before.runnerMinutesPerRun?.p50,
      after: after.runnerMinutesPerRun?.p50,
    },
    {
      label: 'runner-minutes per run, p90',
      before: before.runnerMinutesPerRun?.p90,
      after: after.runnerMinutesPerRun?.p90,
    },
    {
      label: 'wall-clock minutes, p50',
      before: before.wallClockMinutes?.p50,
      after: after.wallClockMinutes?.p50,
    },
    {
      label: 'wall-clock minutes, p90',
      before: before.wallClockMinutes?.p90,
      after: after.wallClockMinutes?.p90,
    },
    { label: 'queue minutes per job, p90', before: before.queueMinutes?.p90, after: after.queueMinutes?.p90 },
    {
      label: 'first test output, minutes',
      before: before.firstTestOutputMinutes,
      after: after.firstTestOutputMinutes,
    },
  ];
}

const cell = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(1));

function change(row: Row): string {
  if (row.before === undefined || row.after === undefined) return '';
  const delta = row.after - row.before;
  if (Math.abs(delta) < 0.05) return 'same';
  const percent =
    row.before === 0 ? '' : ` (${delta > 0 ? '+' : ''}${Math.round((delta / row.before) * 100)}%)`;
  return `${delta > 0 ? '+' : ''}${delta.toFixed(1)}${percent}`;
}

function title(scenario: ScenarioReport): string {
  return `${scenario.rule} — ${scenario.workflow}${scenario.finding === undefined ? '' : `:${scenario.finding.line}`} (${scenario.runs} runs)`;
}

export function whatIfText(report: WhatIfReport): string {
  const notes = [...poolLines(report), ...historyNotes(report), ...checkLines(report)];
  const withNotes = (text: string): string => (notes.length === 0 ? text : `${notes.join('\n')}\n\n${text}`);
  if (report.scenarios.length === 0)
    return withNotes('No scenario to simulate: no fixable finding with a scenario, and no --remove-needs.\n');
  const out: string[] = [];
  for (const scenario of report.scenarios) {
    out.push(title(scenario));
    if (scenario.skipped !== undefined) {
      out.push(`  not simulated: ${scenario.skipped}`, '');
      continue;
    }
    out.push(`  ${''.padEnd(30)} ${'before'.padStart(8)} ${'after'.padStart(8)}  change`);
    for (const row of rows(scenario))
      out.push(
        `  ${row.label.padEnd(30)} ${cell(row.before).padStart(8)} ${cell(row.after).padStart(8)}  ${change(row)}`,
      );
    for (const gate of scenario.gatesLost ?? [])
      out.push(
        `  gate lost: \`${gate.job}\` no longer waits for \`${gate.gate}\` (${gate.path.join(' → ')})`,
      );
    for (const assumption of scenario.assumptions) out.push(`  assumes: ${assumption}`);
    out.push('');
  }
  return withNotes(`${out.join('\n')}`);
}

export function whatIfMarkdown(report: WhatIfReport): string {
  const out = ['## ciscope what-if', ''];
  const notes = [...poolLines(report), ...historyNotes(report), ...checkLines(report)];
  if (notes.length > 0) out.push(...notes.map((note) => `- ${note}`), '');
  if (report.scenarios.length === 0) return `${out.join('\n')}No scenario to simulate.\n`;
  for (const scenario of report.scenarios) {
    out.push(`### ${title(scenario).replace(/[<>]/g, '')}`, '');
    if (scenario.skipped !== undefined) {
      out.push(`Not simulated: ${scenario.skipped}`, '');
      continue;
    }
    out.push('| | before | after | change |', '| --- | ---: | ---: | ---: |');
    for (const row of rows(scenario))
      out.push(`| ${row.label} | ${cell(row.before)} | ${cell(row.after)} | ${change(row)} |`);
    out.push('');
    for (const gate of scenario.gatesLost ?? [])
      out.push(
        `- :warning: gate lost: \`${gate.job}\` no longer waits for \`${gate.gate}\` (${gate.path.join(' → ')})`,
      );
    if (scenario.assumptions.length > 0)
      out.push(
        '',
        '<details><summary>Assumptions</summary>',
        '',
        ...scenario.assumptions.map((a) => `- ${a}`),
        '',
        '</details>',
      );
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
