/** Reporters for `ciscope diff`: pure functions over a `DiffReport`. */
import type { Finding } from '../findings/finding.ts';
import type { CriticalPath } from '../simulate/critical-path.ts';
import type { WorkflowDiff } from '../simulate/workflow-diff.ts';
import { toJson } from './json.ts';
import { mermaidFlowchart } from './mermaid.ts';
import type { MermaidEdge } from './mermaid.ts';
import { visibleControls } from './safe-text.ts';

export interface DiffReport {
  readonly base: string;
  readonly head: string;
  readonly workflows: readonly WorkflowDiff[];
  /** `gate-dropped` findings, in the lint contract. */
  readonly findings: readonly Finding[];
  /** Job ids and `needs` of each head workflow, for the graph drawing. */
  readonly graphs: ReadonlyMap<
    string,
    { readonly jobs: readonly string[]; readonly needs: ReadonlyMap<string, readonly string[]> }
  >;
}

export function diffJson(report: DiffReport): string {
  const path = (critical: CriticalPath | undefined) =>
    critical === undefined ? null : { jobs: critical.jobs, minutes: critical.minutes ?? null };
  const edges = (list: WorkflowDiff['needsAdded']) => list.map(([job, needs]) => ({ job, needs }));
  return `${JSON.stringify(
    {
      version: 1,
      base: report.base,
      head: report.head,
      workflows: report.workflows.map((workflow) => ({
        path: workflow.path,
        status: workflow.status,
        jobsAdded: workflow.jobsAdded,
        jobsRemoved: workflow.jobsRemoved,
        needsAdded: edges(workflow.needsAdded),
        needsRemoved: edges(workflow.needsRemoved),
        matrixChanges: workflow.matrixChanges.map((change) => ({
          job: change.job,
          before: change.before ?? null,
          after: change.after ?? null,
        })),
        criticalPath: {
          before: path(workflow.criticalPath.before),
          after: path(workflow.criticalPath.after),
        },
      })),
      findings: report.findings.map(toJson),
    },
    null,
    2,
  )}\n`;
}

export function diffText(report: DiffReport): string {
  const changed = report.workflows.filter((workflow) => workflow.status !== 'unchanged');
  if (changed.length === 0)
    return `No workflow job graph changed between ${report.base} and ${report.head}.\n`;
  const lines: string[] = [];
  for (const workflow of changed) {
    lines.push(`${workflow.path} (${workflow.status})`);
    const list = (label: string, items: readonly string[]): void => {
      if (items.length > 0) lines.push(`  ${label.padEnd(15)}${items.join(', ')}`);
    };
    list('jobs added:', workflow.jobsAdded);
    list('jobs removed:', workflow.jobsRemoved);
    list(
      'needs added:',
      workflow.needsAdded.map(([job, need]) => `${job} → ${need}`),
    );
    list(
      'needs removed:',
      workflow.needsRemoved.map(([job, need]) => `${job} → ${need}`),
    );
    list(
      'matrix:',
      workflow.matrixChanges.map((c) => `${c.job} ${c.before ?? '?'} → ${c.after ?? '?'} jobs`),
    );
    const { before, after } = workflow.criticalPath;
    if (before !== undefined || after !== undefined) {
      lines.push(`  critical path  before: ${describePath(before)}`);
      lines.push(`                 after:  ${describePath(after)}`);
    }
    for (const finding of report.findings.filter((f) => f.location.file === workflow.path)) {
      lines.push(
        `  ${finding.severity}  ${finding.location.file}:${finding.location.start.line}:${finding.location.start.column}  ${finding.message}  [${finding.ruleId}]`,
      );
    }
    lines.push('');
  }
  const gates = report.findings.length;
  lines.push(gates === 0 ? 'No gate dropped.' : `${gates} gate${gates === 1 ? '' : 's'} dropped.`);
  return `${lines.join('\n')}\n`;
}

export function diffMarkdown(report: DiffReport): string {
  return visibleControls(renderMarkdown(report));
}

function renderMarkdown(report: DiffReport): string {
  const changed = report.workflows.filter((workflow) => workflow.status !== 'unchanged');
  const out = [`## ciscope: workflow changes ${escape(report.base)} → ${escape(report.head)}`, ''];
  if (changed.length === 0) return `${out.join('\n')}No workflow job graph changed.\n`;
  if (report.findings.length > 0) {
    out.push(
      `> [!CAUTION]\n> ${report.findings.length} gate${report.findings.length === 1 ? '' : 's'} dropped: jobs that will no longer wait for a job they waited for before.`,
      '',
    );
    for (const finding of report.findings)
      out.push(
        `- **${finding.ruleId}** \`${finding.location.file}:${finding.location.start.line}\` ${escape(finding.message)}`,
      );
    out.push('');
  }
  for (const workflow of changed) {
    out.push(
      `### \`${workflow.path}\` (${workflow.status})`,
      '',
      '| | before | after |',
      '| --- | --- | --- |',
    );
    const { before, after } = workflow.criticalPath;
    out.push(`| critical path | ${escape(describePath(before))} | ${escape(describePath(after))} |`);
    for (const change of workflow.matrixChanges)
      out.push(`| matrix \`${change.job}\` | ${change.before ?? '?'} jobs | ${change.after ?? '?'} jobs |`);
    if (workflow.jobsAdded.length + workflow.jobsRemoved.length > 0) {
      out.push(
        `| jobs | ${workflow.jobsRemoved.map((j) => `−\`${j}\``).join(' ') || '—'} | ${workflow.jobsAdded.map((j) => `+\`${j}\``).join(' ') || '—'} |`,
      );
    }
    const graph = report.graphs.get(workflow.path);
    if (graph !== undefined) {
      const edges: MermaidEdge[] = [];
      for (const [job, needs] of graph.needs) {
        for (const need of needs) {
          const added = workflow.needsAdded.some(([j, n]) => j === job && n === need);
          edges.push(added ? { from: job, to: need, change: 'added' } : { from: job, to: need });
        }
      }
      for (const [job, need] of workflow.needsRemoved) edges.push({ from: job, to: need, change: 'removed' });
      const critical = new Set(after?.jobs ?? []);
      const jobs = graph.jobs.map((id) => ({ id, highlight: critical.has(id) }));
      out.push(
        '',
        '```mermaid',
        mermaidFlowchart({ jobs, edges }),
        '```',
        '',
        'Dashed: `needs` removed; thick: added; highlighted: the critical path after the change.',
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function describePath(path: CriticalPath | undefined): string {
  if (path === undefined) return '—';
  const size =
    path.minutes === undefined ? `${path.jobs.length} jobs` : `${path.minutes.p50.toFixed(1)} min p50`;
  return `${path.jobs.join(' → ')} (${size})`;
}

function escape(text: string): string {
  return text.replace(/[<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&amp;'));
}
