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

/** Measured cost of a finding and the expected saving of its fix, from run history. */
export interface FindingImpact {
  readonly runnerMinutesPerRun: number;
  readonly runnerMinutesPerWeek: number;
  readonly usdPerMonth: number;
  readonly savingMinutesPerRun: number;
  readonly savingMinutesPerWeek: number;
  readonly savingUsdPerMonth: number;
  readonly runs: number;
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
