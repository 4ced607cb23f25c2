/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script, no external request) with the findings,
 * each workflow's job graph and critical path, the measured history when there is some, and the what-if tables.
 * A pure function of its data, deterministic: the same data gives the same bytes.
 */
import { compareFindings } from '../findings/finding.ts';
import type { Finding } from '../findings/finding.ts';
import type { Spread } from '../simulate/percentile.ts';
import type { ScenarioReport } from '../simulate/whatif.ts';
import { escapeXml as escape, svgJobGraph } from './svg-graph.ts';
import type { SvgJob } from './svg-graph.ts';
import { describeImpact, summarize, totalSavings } from './summary.ts';
import type { LintReport } from './types.ts';

export interface HtmlWorkflow {
  readonly path: string;
  readonly name: string;
  readonly jobs: readonly SvgJob[];
  /** Job ids of the critical path, first to last. */
  readonly criticalPath: readonly string[];
  /** Minutes of the critical path, when history gives every job on it a duration. */
  readonly criticalMinutes?: Spread | undefined;
}

export interface HtmlStatsWorkflow {
  readonly path: string;
  readonly name: string;
  readonly runs: number;
  readonly runnerMinutes: number;
  readonly runnerMinutesPerRun: Spread | undefined;
  readonly wallClockMinutes: Spread | undefined;
  readonly queueMinutes: Spread | undefined;
  readonly costUsd: number;
}

export interface HtmlStats {
  readonly window: { readonly from: string; readonly to: string };
  readonly workflows: readonly HtmlStatsWorkflow[];
  readonly waste: readonly {
    readonly kind: string;
    readonly workflow: string;
    readonly job?: string | undefined;
    readonly step?: string | undefined;
    readonly runnerMinutes: number;
  }[];
  readonly hotspots: readonly {
    readonly workflow: string;
    readonly job: string;
    readonly step: string;
    readonly runnerMinutes: number;
  }[];
}

export interface HtmlReport {
  readonly title: string;
  readonly lint: LintReport;
  readonly workflows: readonly HtmlWorkflow[];
  readonly stats?: HtmlStats | undefined;
  readonly whatif?: readonly ScenarioReport[] | undefined;
}

export default function html(report: HtmlReport): string {
  const findings = [...report.lint.findings].sort(compareFindings);
  const summary = summarize(findings);
  const sections = [
    overview(report, summary),
    findingsSection(findings, report.lint.sources),
    report.stats === undefined ? '' : statsSection(report.stats),
    report.whatif === undefined || report.whatif.length === 0 ? '' : whatIfSection(report.whatif),
    workflowsSection(report.workflows),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>ciscope — ${escape(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>ciscope <span class="muted">${escape(report.title)}</span></h1><p class="muted">ciscope ${escape(report.lint.toolVersion)} · ${report.lint.filesAnalysed} files analysed</p></header>
<main>
${sections.filter((section) => section !== '').join('\n')}
</main>
</body>
</html>
`;
}

function overview(report: HtmlReport, summary: ReturnType<typeof summarize>): string {
  // Overlapping savings counted once, as in every other format.
  const total = totalSavings(report.lint.findings);
  const weekly = total.savingMinutesPerWeek;
  const dollars = total.savingUsdPerMonth;
  const cards = [
    card(String(summary.total), 'findings', summary.total === 0 ? 'ok' : 'warn'),
    card(String(summary.bySeverity.error), 'errors', summary.bySeverity.error === 0 ? 'ok' : 'bad'),
    card(String(summary.safeFixes), 'fixable by `ciscope fix`', 'neutral'),
    card(String(summary.unsafeFixes), 'more with `ciscope fix --unsafe`', 'neutral'),
  ];
  if (weekly > 0)
    cards.push(
      card(weekly.toFixed(0), 'runner-minutes a week to save', 'warn'),
      card(`$${dollars.toFixed(0)}`, 'a month to save', 'warn'),
    );
  if (report.stats !== undefined) {
    const minutes = report.stats.workflows.reduce((sum, workflow) => sum + workflow.runnerMinutes, 0);
    cards.push(
      card(
        minutes.toFixed(0),
        `runner-minutes ${escape(report.stats.window.from)} → ${escape(report.stats.window.to)}`,
        'neutral',
      ),
    );
  }
  return `<section class="cards" aria-label="overview">${cards.join('')}</section>`;
}

function card(value: string, label: string, tone: 'ok' | 'warn' | 'bad' | 'neutral'): string {
  return `<div class="card ${tone}"><div class="value">${escape(value)}</div><div class="label">${escape(label).replace(/`([^`]+)`/g, '<code>$1</code>')}</div></div>`;
}

function findingsSection(findings: readonly Finding[], sources: ReadonlyMap<string, string>): string {
  if (findings.length === 0)
    return '<section id="findings"><h2>Findings</h2><p class="ok-text">No findings: no wasted runner time found.</p></section>';
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings)
    byFile.set(finding.location.file, [...(byFile.get(finding.location.file) ?? []), finding]);
  const files = [...byFile].map(([file, list]) => {
    const lines = (sources.get(file) ?? '').split(/\r?\n/);
    const items = list.map((finding) => {
      const { start, end } = finding.location;
      const frame = lines
        .slice(Math.max(0, start.line - 2), Math.min(lines.length, end.line + 1))
        .map((text, index) => {
          const number = Math.max(1, start.line - 1) + index;
          const mark = number >= start.line && number <= end.line ? ' class="hit"' : '';
          return `<span${mark}><span class="gutter">${number}</span>${escape(text)}</span>`;
        })
        .join('\n');
      const fix =
        finding.fix === undefined
          ? ''
          : `<p class="fix"><strong>Fix${finding.fix.safety === 'unsafe' ? ' (unsafe)' : ''}:</strong> ${inline(finding.fix.title)}</p>`;
      const cost = describeImpact(finding);
      const impact = cost === undefined ? '' : `<p class="impact">${escape(cost)}</p>`;
      return `<li class="finding ${finding.severity}"><div class="head"><span class="severity">${finding.severity}</span> <a href="${escape(finding.docsUrl)}">${escape(finding.ruleId)}</a> <span class="where">${escape(file)}:${start.line}:${start.column}</span></div><p>${inline(finding.message)}</p><pre class="frame">${frame}</pre>${fix}${impact}</li>`;
    });
    return `<details open><summary><code>${escape(file)}</code> <span class="muted">${list.length} finding${list.length === 1 ? '' : 's'}</span></summary><ul class="findings">${items.join('')}</ul></details>`;
  });
  return `<section id="findings"><h2>Findings</h2>${files.join('\n')}</section>`;
}

function statsSection(stats: HtmlStats): string {
  const spread = (value: Spread | undefined): string =>
    value === undefined ? '—' : `${value.p50.toFixed(1)} / ${value.p90.toFixed(1)}`;
  const rows = stats.workflows.map(
    (workflow) =>
      `<tr><td><code>${escape(workflow.path)}</code><br><span class="muted">${escape(workflow.name)}</span></td><td class="num">${workflow.runs}</td><td class="num">${workflow.runnerMinutes.toFixed(0)}</td><td class="num">${spread(workflow.runnerMinutesPerRun)}</td><td class="num">${spread(workflow.wallClockMinutes)}</td><td class="num">${spread(workflow.queueMinutes)}</td><td class="num">$${workflow.costUsd.toFixed(2)}</td></tr>`,
  );
  const top = Math.max(1, ...stats.hotspots.map((hotspot) => hotspot.runnerMinutes));
  const hotspots = stats.hotspots
    .slice(0, 15)
    .map(
      (hotspot) =>
        `<div class="bar-row"><div class="bar-label" title="${escape(`${hotspot.workflow} / ${hotspot.job} / ${hotspot.step}`)}">${escape(hotspot.job)} › ${escape(hotspot.step)}</div><div class="bar"><div style="width:${((hotspot.runnerMinutes / top) * 100).toFixed(1)}%"></div></div><div class="num">${hotspot.runnerMinutes.toFixed(0)} min</div></div>`,
    );
  const waste = stats.waste.map(
    (item) =>
      `<tr><td>${escape(item.kind)}</td><td><code>${escape(item.workflow)}</code></td><td>${escape([item.job, item.step].filter((x) => x !== undefined).join(' › '))}</td><td class="num">${item.runnerMinutes.toFixed(1)}</td></tr>`,
  );
  return `<section id="history"><h2>Where the time goes <span class="muted">${escape(stats.window.from)} → ${escape(stats.window.to)}</span></h2>
<table><thead><tr><th>workflow</th><th>runs</th><th>runner-min</th><th>per run p50 / p90</th><th>wall-clock p50 / p90</th><th>queue p50 / p90</th><th>cost</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${hotspots.length === 0 ? '' : `<h3>Hotspots: steps by runner-minutes</h3><div class="bars">${hotspots.join('')}</div>`}
${waste.length === 0 ? '' : `<h3>Waste</h3><table><thead><tr><th>kind</th><th>workflow</th><th>where</th><th>runner-min</th></tr></thead><tbody>${waste.join('')}</tbody></table>`}
</section>`;
}

function whatIfSection(scenarios: readonly ScenarioReport[]): string {
  const value = (spread: Spread | undefined): string => (spread === undefined ? '—' : spread.p50.toFixed(1));
  const tables = scenarios.map((scenario) => {
    if (scenario.skipped !== undefined)
      return `<h3>${escape(scenario.rule)} <span class="muted">${escape(scenario.workflow)}</span></h3><p>Not simulated: ${inline(scenario.skipped)}</p>`;
    const rows = [
      [
        'runner-minutes per run (p50)',
        value(scenario.before.runnerMinutesPerRun),
        value(scenario.after.runnerMinutesPerRun),
      ],
      [
        'wall-clock minutes (p50)',
        value(scenario.before.wallClockMinutes),
        value(scenario.after.wallClockMinutes),
      ],
      [
        'queue minutes per job (p50)',
        value(scenario.before.queueMinutes),
        value(scenario.after.queueMinutes),
      ],
      [
        'first test output (min)',
        scenario.before.firstTestOutputMinutes?.toFixed(1) ?? '—',
        scenario.after.firstTestOutputMinutes?.toFixed(1) ?? '—',
      ],
    ];
    return `<h3>${escape(scenario.rule)} <span class="muted">${escape(scenario.workflow)} · ${scenario.runs} runs</span></h3><table class="compact"><thead><tr><th></th><th>before</th><th>after</th></tr></thead><tbody>${rows.map((row) => `<tr><td>${row[0]}</td><td class="num">${row[1]}</td><td class="num">${row[2]}</td></tr>`).join('')}</tbody></table><ul class="assumptions">${scenario.assumptions.map((a) => `<li>${inline(a)}</li>`).join('')}</ul>`;
  });
  return `<section id="whatif"><h2>What the fixes would change</h2>${tables.join('\n')}</section>`;
}

function workflowsSection(workflows: readonly HtmlWorkflow[]): string {
  if (workflows.length === 0) return '';
  const blocks = workflows.map((workflow) => {
    const critical = new Set(workflow.criticalPath);
    const length =
      workflow.criticalMinutes === undefined
        ? `${workflow.criticalPath.length} jobs`
        : `${workflow.criticalMinutes.p50.toFixed(1)} min p50`;
    // A few graphs open at once; a large repository keeps them folded.
    return `<details${workflows.length <= 5 ? ' open' : ''}><summary><code>${escape(workflow.path)}</code> <span class="muted">${escape(workflow.name)} · ${workflow.jobs.length} jobs · critical path ${escape(length)}</span></summary><div class="graph">${svgJobGraph(workflow.jobs, critical, `Job graph of ${workflow.path}`)}</div><p class="muted">Critical path: ${workflow.criticalPath.map((id) => `<code>${escape(id)}</code>`).join(' → ')}</p></details>`;
  });
  return `<section id="workflows"><h2>Workflows</h2>${blocks.join('\n')}</section>`;
}

/** Escapes text and renders `code` spans, as rule messages use backticks for YAML keys. */
function inline(text: string): string {
  return escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const STYLE = `
:root{--fg:#1f2328;--muted:#656d76;--bg:#fff;--line:#d0d7de;--warn:#9a6700;--bad:#cf222e;--ok:#1a7f37;--accent:#bf8700;--code:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#8d96a0;--bg:#0d1117;--line:#30363d;--code:#161b22}}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:1100px;margin:0 auto;padding:0 24px}header{padding-top:24px}h1{margin:0;font-size:24px}h2{margin-top:32px;border-bottom:1px solid var(--line);padding-bottom:6px}
.muted{color:var(--muted);font-weight:normal}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--code);padding:1px 4px;border-radius:4px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}.card{border:1px solid var(--line);border-radius:8px;padding:12px 16px;min-width:150px}
.card .value{font-size:28px;font-weight:600}.card.ok .value{color:var(--ok)}.card.warn .value{color:var(--warn)}.card.bad .value{color:var(--bad)}.card .label{color:var(--muted)}
details{border:1px solid var(--line);border-radius:8px;margin:12px 0;padding:8px 12px}summary{cursor:pointer}
ul.findings{list-style:none;padding:0;margin:8px 0}.finding{border-top:1px solid var(--line);padding:10px 0}.finding:first-child{border-top:0}
.finding .severity{display:inline-block;font-size:11px;font-weight:600;text-transform:uppercase;border-radius:10px;padding:0 8px;color:#fff;background:var(--muted)}
.finding.error .severity{background:var(--bad)}.finding.warning .severity{background:var(--warn)}.where{color:var(--muted);font-family:ui-monospace,monospace;font-size:12px}
pre.frame{background:var(--code);border-radius:6px;padding:8px;overflow-x:auto;font-size:12px;margin:6px 0}pre.frame .hit{background:rgba(191,135,0,.18);display:inline-block;min-width:100%}
.gutter{display:inline-block;width:3em;color:var(--muted);user-select:none}.fix{margin:4px 0}.impact{margin:4px 0;color:var(--warn)}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}table.compact{width:auto}
.bars{display:grid;gap:4px}.bar-row{display:grid;grid-template-columns:320px 1fr 80px;gap:8px;align-items:center}.bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar{background:var(--code);border-radius:3px;height:14px}.bar>div{background:var(--accent);height:14px;border-radius:3px}
.graph{overflow-x:auto;padding:8px 0}.job-graph rect{fill:var(--bg);stroke:var(--line);stroke-width:1.5}.job-graph .critical rect{stroke:var(--accent);stroke-width:2.5}
.job-graph text{font:12px ui-monospace,monospace;fill:var(--fg)}.job-graph text.detail{fill:var(--muted);font-size:11px}.job-graph .edge{fill:none;stroke:var(--muted);stroke-width:1.3}
.job-graph .edge.critical{stroke:var(--accent);stroke-width:2.2}.job-graph marker path{fill:var(--muted)}.ok-text{color:var(--ok)}ul.assumptions{color:var(--muted)}
`;
