/** The versioned JSON contract of `lint --format json` (DESIGN.md): mapped field by field, never a dump. */
import type { Finding } from '../findings/finding.ts';
import type { LintReport } from './types.ts';

export default function json(report: LintReport): string {
  return `${JSON.stringify({ version: 1, findings: report.findings.map(toJson) }, null, 2)}\n`;
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
    ...(finding.impact === undefined ? {} : { impact: { ...finding.impact } }),
    docsUrl: finding.docsUrl,
  };
}
