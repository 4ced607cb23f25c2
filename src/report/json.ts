/** The versioned JSON contract of `lint --format json` (DESIGN.md): mapped field by field, never a dump. */
import type { Finding } from '../findings/finding.ts';
import { sortFindings, summaryJson } from './summary.ts';
import type { LintReport } from './types.ts';

export default function json(report: LintReport): string {
  const findings = report.order === undefined ? report.findings : sortFindings(report.findings, report.order);
  return `${JSON.stringify({ version: 1, findings: findings.map(toJson), summary: summaryJson(report) }, null, 2)}\n`;
}

export function toJson(finding: Finding): Record<string, unknown> {
  const { location } = finding;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: location.file,
    line: location.start.line,
    column: location.start.column,
    endLine: location.end.line,
    endColumn: location.end.column,
    message: finding.message,
    ...(finding.related.length === 0
      ? {}
      : {
          related: finding.related.map((related) => ({
            file: related.file,
            line: related.start.line,
            column: related.start.column,
            message: related.message,
          })),
        }),
    ...(finding.fix === undefined
      ? {}
      : {
          fix: {
            title: finding.fix.title,
            safety: finding.fix.safety,
            edits: finding.fix.edits.map((edit) => ({
              file: edit.file,
              line: edit.start.line,
              column: edit.start.column,
              endLine: edit.end.line,
              endColumn: edit.end.column,
              text: edit.text,
            })),
          },
        }),
    ...(finding.impact === undefined ? {} : { impact: impactJson(finding.impact) }),
    ...(finding.impactNote === undefined ? {} : { impactNote: finding.impactNote }),
    docsUrl: finding.docsUrl,
  };
}

/** `impact` of the JSON contract (docs/output-formats.md): the measured waste, the saving, their basis and price. */
export function impactJson(impact: NonNullable<Finding['impact']>): Record<string, unknown> {
  return {
    runnerMinutesPerRun: impact.runnerMinutesPerRun,
    runnerMinutesPerWeek: impact.runnerMinutesPerWeek,
    ...(impact.usdPerMonth === undefined ? {} : { usdPerMonth: impact.usdPerMonth }),
    savingMinutesPerRun: impact.savingMinutesPerRun,
    savingMinutesPerWeek: impact.savingMinutesPerWeek,
    ...(impact.savingUsdPerMonth === undefined ? {} : { savingUsdPerMonth: impact.savingUsdPerMonth }),
    runs: impact.runs,
    basis: impact.basis,
    pricing: { ...impact.pricing },
  };
}
