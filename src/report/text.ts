/**
 * The terminal reporter (the default of `lint`): findings grouped by file, each with a code frame, its fix and its
 * docs, then a one-line summary. Colours only when asked; nothing depends on the terminal's width.
 */
import type { Finding, Severity } from '../findings/finding.ts';
import { codeFrame, sourceLines, visibleControl } from './code-frame.ts';
import {
  describeImpact,
  fixableClause,
  plural,
  savingsSentence,
  sortFindings,
  summarize,
  totalSavings,
} from './summary.ts';
import type { LintReport, ReporterOptions } from './types.ts';

type Paint = (text: string) => string;

interface Palette {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly underline: Paint;
  readonly green: Paint;
  readonly severity: Readonly<Record<Severity, Paint>>;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURS: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  green: sgr(32, 39),
  severity: { error: sgr(31, 39), warning: sgr(33, 39), info: sgr(36, 39) },
};

const identity: Paint = (text) => text;
const NO_COLOURS: Palette = {
  bold: identity,
  dim: identity,
  underline: identity,
  green: identity,
  severity: { error: identity, warning: identity, info: identity },
};

export default function text(report: LintReport, options: ReporterOptions): string {
  const paint = options.color ? COLOURS : NO_COLOURS;
  const out: string[] = [];
  const linesOf = cachedLines(report.sources);
  let currentFile: string | undefined;
  const order = report.order ?? 'file';
  for (const finding of sortFindings(report.findings, order)) {
    // Grouped under file headings only in file order; otherwise each finding's own `file:line` says where.
    if (order === 'file' && finding.location.file !== currentFile) {
      currentFile = finding.location.file;
      out.push(paint.underline(paint.bold(clean(currentFile))), '');
    }
    out.push(...renderFinding(finding, linesOf(finding.location.file), paint), '');
  }
  out.push(summaryLine(report, paint));
  if (report.history === true && report.findings.length > 0)
    out.push(paint.bold(savingsSentence(totalSavings(report.findings))));
  return `${out.join('\n')}\n`;
}

function renderFinding(finding: Finding, lines: readonly string[] | undefined, paint: Palette): string[] {
  const { location } = finding;
  const severity = paint.severity[finding.severity];
  const out = [
    `${paint.bold(`${clean(location.file)}:${location.start.line}:${location.start.column}`)}  ${severity(finding.severity.padEnd(7))}  ${clean(finding.message)}  ${paint.dim(`[${finding.ruleId}]`)}`,
  ];
  if (lines !== undefined) {
    const frame = codeFrame(lines, location.start, location.end, { gutter: paint.dim, marker: severity });
    out.push(...frame.map((line) => `  ${line}`));
  }
  if (finding.fix !== undefined) {
    out.push(
      `  ${paint.green('fix:')} ${clean(finding.fix.title)}${finding.fix.safety === 'unsafe' ? ` ${paint.severity.warning('(unsafe)')}` : ''}`,
    );
  }
  for (const related of finding.related) {
    out.push(
      `  ${paint.dim('see:')} ${clean(related.file)}:${related.start.line}:${related.start.column}  ${clean(related.message)}`,
    );
  }
  const cost = describeImpact(finding);
  if (cost !== undefined) out.push(`  ${paint.dim('cost:')} ${clean(cost)}`);
  out.push(`  ${paint.dim('docs:')} ${paint.dim(finding.docsUrl)}`);
  return out;
}

function summaryLine(report: LintReport, paint: Palette): string {
  const summary = summarize(report.findings);
  if (summary.total === 0) {
    return paint.green(
      `No findings in ${plural(report.filesAnalysed, 'file')} analysed: no wasted runner time found.`,
    );
  }
  const counts = `${plural(summary.bySeverity.error, 'error')}, ${plural(summary.bySeverity.warning, 'warning')}, ${summary.bySeverity.info} info`;
  let line = `${plural(summary.total, 'finding')} (${counts}) in ${plural(summary.files, 'file')}`;
  line += fixableClause(summary);
  return paint.bold(line);
}

/** One line, with control characters made visible: messages can quote file contents (job names, parse errors). */
function clean(text: string): string {
  return Array.from(text.replace(/\s*\r?\n\s*/g, ' '), visibleControl).join('');
}

function cachedLines(sources: ReadonlyMap<string, string>): (file: string) => readonly string[] | undefined {
  const cache = new Map<string, readonly string[]>();
  return (file) => {
    const text = sources.get(file);
    if (text === undefined || text === '') return undefined;
    let lines = cache.get(file);
    if (lines === undefined) {
      lines = sourceLines(text);
      cache.set(file, lines);
    }
    return lines;
  };
}
