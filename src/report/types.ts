import type { Category } from '../engine/define-rule.ts';
import type { Finding, Severity } from '../findings/finding.ts';
import type { FindingOrder } from './summary.ts';

/** What a rule looks like to a reporter (SARIF `rules[]`, the markdown legend): derived from `meta`. */
export interface RuleDescriptor {
  readonly id: string;
  readonly description: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly fixable: false | 'safe' | 'unsafe';
  readonly docsUrl: string;
}

export interface LintReport {
  readonly findings: readonly Finding[];
  /** Every rule that ran, so that SARIF can describe rules with no result too. */
  readonly rules: readonly RuleDescriptor[];
  /** Number of files read. */
  readonly filesAnalysed: number;
  /** File path → text, for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  readonly toolVersion: string;
  /** The order of the findings (default `file`). */
  readonly order?: FindingOrder;
  /** Whether run history was read: then every format ends with the total saving (report/summary.ts). */
  readonly history?: boolean;
}

export interface ReporterOptions {
  /** ANSI colours (terminal only). */
  readonly color: boolean;
}

export type Reporter = (report: LintReport, options: ReporterOptions) => string;
