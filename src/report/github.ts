/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding, shown on the
 * changed lines of a pull request and in the run summary.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
import type { Finding } from '../findings/finding.ts';
import { savingsSentence, sortFindings, totalSavings } from './summary.ts';
import type { LintReport } from './types.ts';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export default function github(report: LintReport): string {
  const ordered = report.order === undefined ? report.findings : sortFindings(report.findings, report.order);
  const annotations = ordered.map(annotation).join('');
  // The total as a last notice without a file: the run summary shows it after the findings.
  if (report.history !== true || report.findings.length === 0) return annotations;
  return `${annotations}::notice title=ciscope total::${escapeData(savingsSentence(totalSavings(report.findings)))}\n`;
}

function annotation(finding: Finding): string {
  const { location } = finding;
  const properties = [
    `file=${escapeProperty(location.file)}`,
    `line=${location.start.line}`,
    `endLine=${location.end.line}`,
    // Columns only make sense on one line; GitHub ignores them otherwise.
    ...(location.start.line === location.end.line
      ? [`col=${location.start.column}`, `endColumn=${location.end.column}`]
      : []),
    `title=${escapeProperty(`ciscope ${finding.ruleId}`)}`,
  ];
  const fix =
    finding.fix === undefined
      ? ''
      : `\nFix${finding.fix.safety === 'unsafe' ? ' (unsafe)' : ''}: ${finding.fix.title}`;
  return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(`${finding.message}${fix}\n${finding.docsUrl}`)}\n`;
}

/** As @actions/core escapes command data. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
