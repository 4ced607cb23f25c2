/**
 * Markdown for a pull request comment or `$GITHUB_STEP_SUMMARY`: a summary table by rule, then the findings by file.
 * Deterministic (no dates, sorted), one finding per list item so that comment edits diff cleanly, and cut at a
 * finding boundary to stay under GitHub's comment limit.
 */
import type { Finding, Severity } from '../findings/finding.ts';
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

/** GitHub rejects issue and pull request comments longer than 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Above this many findings, each file's list is folded into a `<details>` block. */
const FOLD_ABOVE = 10;

export interface MarkdownOptions extends ReporterOptions {
  /** Maximum length of the output in UTF-16 code units (at least as strict as GitHub's character count). */
  readonly maxLength?: number;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export default function markdown(report: LintReport, options: MarkdownOptions): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const order = report.order ?? 'file';
  const findings = sortFindings(report.findings, order);
  const summary = summarize(findings);
  const head: string[] = ['## ciscope', ''];
  if (findings.length === 0) {
    head.push(
      `No findings in ${plural(report.filesAnalysed, 'file')} analysed: no wasted runner time found.`,
    );
    return `${head.join('\n')}\n`;
  }
  head.push(summaryLine(summary), '', ...ruleTable(findings), '');
  // The total closes the comment; it is reserved before the findings are fitted, so a cut never drops it.
  const total =
    report.history === true ? `\n${savingsSentence(totalSavings(findings), (text) => `**${text}**`)}\n` : '';

  const fold = findings.length > FOLD_ABOVE;
  const sections =
    order === 'file'
      ? groupByFile(findings).map(([file, fileFindings]) => fileSection(file, fileFindings, fold))
      : [orderedSection(findings, order, fold)];
  let output = `${head.join('\n')}\n`;
  let shown = 0;
  for (const section of sections) {
    const fitting: string[] = [];
    for (const item of section.items) {
      const candidate = output + section.open + [...fitting, item].join('\n') + section.close;
      if (
        candidate.length + truncationNote(findings.length, findings.length).length + total.length + 1 >
        maxLength
      )
        break;
      fitting.push(item);
    }
    if (fitting.length > 0) output += section.open + fitting.join('\n') + section.close;
    shown += fitting.length;
    if (fitting.length < section.items.length) break;
  }
  output = `${output.trimEnd()}\n`;
  if (shown < findings.length) output += `\n${truncationNote(shown, findings.length)}`;
  return output + total;
}

function summaryLine(summary: ReturnType<typeof summarize>): string {
  const counts = SEVERITY_ORDER.map((severity) =>
    severity === 'info' ? `${summary.bySeverity.info} info` : plural(summary.bySeverity[severity], severity),
  ).join(', ');
  let line = `**${plural(summary.total, 'finding')}** (${counts}) in ${plural(summary.files, 'file')}`;
  line += fixableClause(summary);
  return `${line}.`;
}

function ruleTable(findings: readonly Finding[]): string[] {
  const rows = new Map<
    string,
    { severity: Severity; count: number; safe: number; unsafe: number; docsUrl: string }
  >();
  for (const finding of findings) {
    const key = `${finding.ruleId}\0${finding.severity}`;
    const row = rows.get(key) ?? {
      severity: finding.severity,
      count: 0,
      safe: 0,
      unsafe: 0,
      docsUrl: finding.docsUrl,
    };
    row.count += 1;
    if (finding.fix?.safety === 'safe') row.safe += 1;
    if (finding.fix?.safety === 'unsafe') row.unsafe += 1;
    rows.set(key, row);
  }
  const ordered = [...rows].sort(
    ([a, x], [b, y]) =>
      SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const lines = ['| Rule | Severity | Count | Fixable |', '| --- | --- | ---: | --- |'];
  for (const [key, row] of ordered) {
    const ruleId = key.split('\0')[0] ?? key;
    const fixable = [row.safe > 0 ? `${row.safe} safe` : '', row.unsafe > 0 ? `${row.unsafe} unsafe` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(
      `| [${ruleId}](${row.docsUrl}) | ${row.severity} | ${row.count} | ${fixable === '' ? 'no' : fixable} |`,
    );
  }
  return lines;
}

interface Section {
  readonly open: string;
  readonly items: readonly string[];
  readonly close: string;
}

function fileSection(file: string, findings: readonly Finding[], fold: boolean): Section {
  const items = findings.map(findingItem);
  if (fold) {
    return {
      open: `<details><summary><code>${escapeHtml(file)}</code>: ${plural(findings.length, 'finding')}</summary>\n\n`,
      items,
      close: '\n\n</details>\n\n',
    };
  }
  return { open: `### ${code(file)}\n\n`, items, close: '\n\n' };
}

function orderedSection(findings: readonly Finding[], order: 'savings' | 'severity', fold: boolean): Section {
  const title = order === 'savings' ? 'Findings, largest saving first' : 'Findings, most severe first';
  const items = findings.map(findingItem);
  if (fold)
    return {
      open: `<details><summary>${title}: ${plural(findings.length, 'finding')}</summary>\n\n`,
      items,
      close: '\n\n</details>\n\n',
    };
  return { open: `### ${title}\n\n`, items, close: '\n\n' };
}

function findingItem(finding: Finding): string {
  const { location } = finding;
  const lines = [
    `- **${finding.severity}** ${code(`${location.file}:${location.start.line}`)}: ${inline(finding.message)} ([${finding.ruleId}](${finding.docsUrl}))`,
  ];
  if (finding.fix !== undefined) {
    lines.push(`  - Fix${finding.fix.safety === 'unsafe' ? ' (unsafe)' : ''}: ${inline(finding.fix.title)}`);
  }
  for (const related of finding.related) {
    lines.push(`  - See ${code(`${related.file}:${related.start.line}`)}: ${inline(related.message)}`);
  }
  const cost = describeImpact(finding);
  if (cost !== undefined) lines.push(`  - Cost: ${inline(cost)}`);
  return lines.join('\n');
}

function truncationNote(shown: number, total: number): string {
  return `> [!NOTE]\n> Showing ${shown} of ${plural(total, 'finding')}: the rest do not fit in a GitHub comment. Run \`ciscope lint\` locally, or upload \`--format sarif\` to code scanning, for the full list.\n`;
}

function groupByFile(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings)
    groups.set(finding.location.file, [...(groups.get(finding.location.file) ?? []), finding]);
  return [...groups];
}

/**
 * A message as inline markdown: its backtick spans stay code (their content is shown literally by GitHub), the rest
 * is escaped so that quoted YAML cannot inject markup, HTML, @-mentions or #-references into the comment.
 */
export function inline(text: string): string {
  const oneLine = text.replace(/\s*\r?\n\s*/g, ' ');
  const parts = oneLine.split('`');
  // An odd number of backticks leaves the last one unmatched: it is text, not the start of a code span.
  const pairs =
    parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2) ?? ''}\`${parts.at(-1) ?? ''}`];
  return pairs.map((part, index) => (index % 2 === 1 ? code(part) : escapeText(part))).join('');
}

function escapeText(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // A zero-width space after `@` and before an issue number stops mentions and autolinks (as Dependabot does).
      .replace(/#(?=\d)/g, '#&#8203;')
      .replace(/@/g, '@&#8203;')
  );
}

/** A code span that survives backticks inside it (CommonMark: a longer fence, padded with spaces). */
export function code(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
