/** Counts, totals and the order shared by every reporter, so that all outputs agree. */
import { compareFindings, severityRank } from '../findings/finding.ts';
import type { Finding, Severity } from '../findings/finding.ts';

export interface Summary {
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Files with at least one finding. */
  readonly files: number;
  readonly safeFixes: number;
  readonly unsafeFixes: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let safeFixes = 0;
  let unsafeFixes = 0;
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    if (finding.fix?.safety === 'safe') safeFixes += 1;
    else if (finding.fix?.safety === 'unsafe') unsafeFixes += 1;
  }
  const files = new Set(findings.map((finding) => finding.location.file)).size;
  return { total: findings.length, bySeverity, files, safeFixes, unsafeFixes };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `; 2 fixable with \`ciscope fix\`, 1 more with \`ciscope fix --unsafe\``, or nothing when no finding has a fix. */
export function fixableClause(summary: Summary): string {
  let clause = summary.safeFixes > 0 ? `; ${summary.safeFixes} fixable with \`ciscope fix\`` : '';
  if (summary.unsafeFixes > 0) {
    clause += `${clause === '' ? ';' : ','} ${summary.unsafeFixes} ${clause === '' ? 'fixable' : 'more'} with \`ciscope fix --unsafe\``;
  }
  return clause;
}

/** The order of findings in every output: `savings` (largest measured saving first), `severity`, or `file`. */
export type FindingOrder = 'savings' | 'severity' | 'file';
export const FINDING_ORDERS: readonly FindingOrder[] = ['savings', 'severity', 'file'];

export function sortFindings(findings: readonly Finding[], order: FindingOrder = 'file'): Finding[] {
  const sorted = [...findings];
  if (order === 'file') return sorted.sort(compareFindings);
  if (order === 'severity')
    return sorted.sort(
      (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b),
    );
  // Measured savings first, largest first; then the findings whose waste was looked for but not measured; then the
  // rest, by severity.
  const tier = (finding: Finding): number =>
    finding.impact !== undefined ? 0 : finding.impactNote !== undefined ? 1 : 2;
  return sorted.sort(
    (a, b) =>
      tier(a) - tier(b) ||
      (b.impact?.savingMinutesPerWeek ?? 0) - (a.impact?.savingMinutesPerWeek ?? 0) ||
      (b.impact?.savingUsdPerMonth ?? 0) - (a.impact?.savingUsdPerMonth ?? 0) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      compareFindings(a, b),
  );
}

/** What fixing every finding would save, with overlapping savings counted once (docs/metrics.md, "Totals"). */
export interface SavingsTotal {
  /** Findings with a measured saving. */
  readonly measured: number;
  /** Findings of waste rules whose waste history could not measure. */
  readonly notMeasured: number;
  readonly savingMinutesPerWeek: number;
  /** Dollars a month of the minutes that have a price. */
  readonly savingUsdPerMonth: number;
  /** Minutes a week of that saving on runners without a price (self-hosted, unknown labels). */
  readonly unpricedMinutesPerWeek: number;
}

/**
 * Savings of several fixes overlap: two findings on one waste (a shared cache key and an unpinned tool on the same
 * step) are one saving, counted once at the larger figure; fixes to the same job each remove a share of what is
 * left, so they combine as 1 − Π(1 − sᵢ/m) of the job's minutes m; savings spread over a whole workflow (cancelled
 * superseded runs) combine the same way with the job savings of that workflow. Dollars follow the minutes.
 */
export function totalSavings(findings: readonly Finding[]): SavingsTotal {
  const byWaste = new Map<string, Finding>();
  let notMeasured = 0;
  for (const finding of findings) {
    if (finding.impact === undefined) {
      if (finding.impactNote !== undefined) notMeasured += 1;
      continue;
    }
    const key = finding.impact.overlap.waste;
    const seen = byWaste.get(key);
    if (seen === undefined || finding.impact.savingMinutesPerWeek > (seen.impact?.savingMinutesPerWeek ?? 0))
      byWaste.set(key, finding);
  }
  const byWorkflow = new Map<string, Finding[]>();
  for (const finding of byWaste.values()) {
    const path = finding.impact!.overlap.workflow;
    byWorkflow.set(path, [...(byWorkflow.get(path) ?? []), finding]);
  }
  let minutes = 0;
  let usd = 0;
  let unpriced = 0;
  for (const group of byWorkflow.values()) {
    const byJob = new Map<string, Finding[]>();
    const spread: Finding[] = [];
    for (const finding of group) {
      const job = finding.impact!.overlap.job;
      if (job === undefined) spread.push(finding);
      else byJob.set(job, [...(byJob.get(job) ?? []), finding]);
    }
    let jobs = 0;
    for (const jobFindings of byJob.values())
      jobs += combine(
        jobFindings.map((finding) => finding.impact!.savingMinutesPerWeek),
        jobFindings[0]!.impact!.overlap.scopeMinutesPerWeek,
      );
    const workflowMinutes = spread[0]?.impact!.overlap.scopeMinutesPerWeek;
    const combined =
      workflowMinutes === undefined
        ? jobs
        : combine([jobs, ...spread.map((finding) => finding.impact!.savingMinutesPerWeek)], workflowMinutes);
    const added = group.reduce((sum, finding) => sum + finding.impact!.savingMinutesPerWeek, 0);
    const scale = added > 0 ? combined / added : 0;
    minutes += combined;
    for (const finding of group) {
      const impact = finding.impact!;
      if (impact.savingUsdPerMonth === undefined) unpriced += impact.savingMinutesPerWeek * scale;
      else usd += impact.savingUsdPerMonth * scale;
    }
  }
  return {
    measured: findings.filter((finding) => finding.impact !== undefined).length,
    notMeasured,
    savingMinutesPerWeek: Math.round(minutes * 10) / 10,
    savingUsdPerMonth: Math.round(usd * 100) / 100,
    unpricedMinutesPerWeek: Math.round(unpriced * 10) / 10,
  };
}

/** Savings that each remove a share of the same minutes: m × (1 − Π(1 − sᵢ/m)); a plain sum when m is unknown. */
function combine(savings: readonly number[], scope: number): number {
  const total = savings.reduce((sum, saving) => sum + saving, 0);
  if (!(scope > 0) || savings.length < 2) return total;
  const left = savings.reduce((rest, saving) => rest * (1 - Math.min(1, saving / scope)), 1);
  return Math.min(total, scope * (1 - left));
}

/**
 * The closing line of text and Markdown: "Fixing all of these saves ~X runner-min a week ($Y a month)", with the
 * minutes GitHub does not bill said apart. Undefined without history (nothing was measured).
 */
export function savingsSentence(
  total: SavingsTotal,
  minutesStyle: (text: string) => string = (t) => t,
): string {
  if (total.measured === 0)
    return total.notMeasured > 0
      ? `No saving measured: the run history shows none of the waste of these findings (${plural(total.notMeasured, 'finding')} not measured).`
      : 'No saving measured: none of these findings is about runner time.';
  const minutes = minutesStyle(`~${formatMinutes(total.savingMinutesPerWeek)} runner-min a week`);
  const priced = total.savingMinutesPerWeek - total.unpricedMinutesPerWeek;
  const dollars =
    total.unpricedMinutesPerWeek > 0.05
      ? priced > 0.05
        ? ` ($${total.savingUsdPerMonth.toFixed(2)} a month; ${formatMinutes(total.unpricedMinutesPerWeek)} of those min are on runners not billed by GitHub)`
        : ' (on runners not billed by GitHub)'
      : ` ($${total.savingUsdPerMonth.toFixed(2)} a month)`;
  const unmeasured = total.notMeasured > 0 ? `; ${total.notMeasured} more with no measured saving` : '';
  return `Fixing all of these saves ${minutes}${dollars}${unmeasured}.`;
}

export function formatMinutes(minutes: number): string {
  return minutes >= 100 ? Math.round(minutes).toLocaleString('en-US') : minutes.toFixed(1);
}

/** One finding's cost line: the measured saving and its basis, or why there is none. */
export function describeImpact(finding: Finding): string | undefined {
  const impact = finding.impact;
  if (impact === undefined) return finding.impactNote;
  const usd = (value: number | undefined): string =>
    value === undefined ? '' : ` ($${value.toFixed(2)}/month)`;
  const billing =
    impact.pricing.kind === 'self-hosted'
      ? '; self-hosted runner, not billed by GitHub'
      : impact.pricing.kind === 'unknown'
        ? '; runner labels of unknown price'
        : impact.pricing.kind === 'custom'
          ? `; at your price of $${impact.pricing.usdPerMinute}/min for ${impact.pricing.labels}`
          : '';
  return (
    `saves ${impact.savingMinutesPerWeek.toFixed(1)} runner-min/week${usd(impact.savingUsdPerMonth)}` +
    ` (${impact.savingMinutesPerRun.toFixed(1)} min/run over ${plural(impact.runs, 'run')})${billing}; basis: ${impact.basis}`
  );
}

/**
 * `summary` of `lint --format json` (and SARIF's run properties): counts always; the savings (overlaps counted
 * once) only when history was read, else null.
 */
export function summaryJson(report: {
  readonly findings: readonly Finding[];
  readonly history?: boolean;
}): Record<string, unknown> {
  const counts = summarize(report.findings);
  const total = report.history === true ? totalSavings(report.findings) : undefined;
  return {
    findings: counts.total,
    errors: counts.bySeverity.error,
    warnings: counts.bySeverity.warning,
    info: counts.bySeverity.info,
    files: counts.files,
    fixable: { safe: counts.safeFixes, unsafe: counts.unsafeFixes },
    measured: total?.measured ?? 0,
    notMeasured: total?.notMeasured ?? 0,
    savingMinutesPerWeek: total?.savingMinutesPerWeek ?? null,
    savingUsdPerMonth: total?.savingUsdPerMonth ?? null,
    unpricedSavingMinutesPerWeek: total?.unpricedMinutesPerWeek ?? null,
  };
}
