/** Counts shared by the text and markdown reporters, so that both summaries always agree. */
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
