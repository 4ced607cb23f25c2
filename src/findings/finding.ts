/** The one contract between analysis and every reporter. Reporters map it to their format; nothing dumps it raw. */
import type { Position } from '../workflow/source.ts';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function severityRank(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
}

export interface Location {
  /** Relative to the analysed directory, `/`-separated. */
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}

/** A replacement of the text between two positions of one file (positions map one-to-one onto SARIF). */
export interface FindingEdit {
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
  /** Offsets into the file as it was read; what the fix engine splices. */
  readonly startOffset: number;
  readonly endOffset: number;
  readonly text: string;
}

export interface FindingFix {
  /** What the fix does, imperative: "Add `timeout-minutes: 30` to job `build`". */
  readonly title: string;
  readonly safety: 'safe' | 'unsafe';
  readonly edits: readonly FindingEdit[];
}

/**
 * How the minutes of an impact are priced: a GitHub-hosted SKU at its dated list price, a price the user gave for
 * the labels (`--price`, `prices:` in .ciscope.yml), a self-hosted runner GitHub does not bill, or labels of
 * unknown price. Only the first two give dollars.
 */
export type ImpactPricing =
  | { readonly kind: 'hosted'; readonly sku: string; readonly usdPerMinute: number }
  | { readonly kind: 'custom'; readonly labels: string; readonly usdPerMinute: number }
  | { readonly kind: 'self-hosted' }
  | { readonly kind: 'unknown' };

/**
 * The measured waste a finding is about and the saving of its fix, from run history (docs/metrics.md, "Impact of
 * a finding"). Present only where the rule's waste was measured; `basis` says what was measured.
 */
export interface FindingImpact {
  /** Runner-minutes of the waste, per run of the workflow and per week. */
  readonly runnerMinutesPerRun: number;
  readonly runnerMinutesPerWeek: number;
  /** Dollars a month of the waste; absent when GitHub does not bill the runner or its price is unknown. */
  readonly usdPerMonth?: number;
  readonly savingMinutesPerRun: number;
  readonly savingMinutesPerWeek: number;
  readonly savingUsdPerMonth?: number;
  /** Runs of the workflow in the window the figures rest on. */
  readonly runs: number;
  /** What was measured (which steps, which runs) and any assumption, in one sentence. */
  readonly basis: string;
  readonly pricing: ImpactPricing;
  /**
   * Where the saving falls, so that totals do not count one waste twice: findings with the same `waste` are one
   * saving; savings in one job (or a whole workflow) overlap and are combined, not added (report/summary.ts).
   */
  readonly overlap: {
    readonly waste: string;
    readonly workflow: string;
    /** Undefined for a saving spread over the whole workflow (cancelled superseded runs). */
    readonly job?: string;
    /** Runner-minutes a week of the job (or the workflow) the saving is part of. */
    readonly scopeMinutesPerWeek: number;
  };
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: string;
  readonly severity: Severity;
  readonly location: Location;
  /** Other places involved (the other workflow sharing a cache key, the pinned version …). */
  readonly related: readonly (Location & { readonly message: string })[];
  readonly fix?: FindingFix;
  readonly impact?: FindingImpact;
  /**
   * With history, why a finding of a waste rule has no `impact`: "not measured: …" where the evidence is missing,
   * "none measured: …" where it was looked for and the window holds none. Never set with `impact`.
   */
  readonly impactNote?: string;
  readonly docsUrl: string;
}

/** Stable order for every output: file, then position, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
    a.location.start.line - b.location.start.line ||
    a.location.start.column - b.location.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
