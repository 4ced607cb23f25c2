/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`), mapped field by field from `Finding`
 * and `RuleDescriptor`. GitHub's subset: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
import { createHash } from 'node:crypto';
import type { Finding, FindingEdit, Location, Severity } from '../findings/finding.ts';
import { sourceLines } from './code-frame.ts';
import { impactJson } from './json.ts';
import { sortFindings, summaryJson } from './summary.ts';
import type { LintReport, RuleDescriptor } from './types.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/ciscope/ciscope';
/**
 * Our own fingerprint key. `primaryLocationLineHash` is GitHub's: it recomputes it from the file and warns when an
 * upload carries a different value, so a tool must not fill it with a hash of its own.
 */
export const FINGERPRINT_KEY = 'ciscopeFindingHash/v1';
/** Every result's paths are relative to the checkout root, which the uploader knows as `%SRCROOT%`. */
const SRCROOT = '%SRCROOT%';

type Json = Record<string, unknown>;

export default function sarif(report: LintReport): string {
  const rules = rulesFor(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprints = new Fingerprints(report.sources);
  const results = sortFindings(report.findings, report.order ?? 'file').map((finding) =>
    result(finding, ruleIndex, fingerprints),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ciscope',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map(reportingDescriptor),
          },
        },
        // Finding columns count UTF-16 code units, as SARIF's default does; said explicitly for other consumers.
        columnKind: 'utf16CodeUnits',
        results,
        // The total saving (overlaps counted once) travels with the run, as SARIF's property bag allows.
        properties: { summary: summaryJson(report) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The rules that ran, plus any rule a finding names that the report did not describe (never dropped). */
function rulesFor(report: LintReport): RuleDescriptor[] {
  const rules = [...report.rules];
  const known = new Set(rules.map((rule) => rule.id));
  for (const finding of report.findings) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    rules.push({
      id: finding.ruleId,
      description: finding.ruleId,
      category: 'correctness',
      severity: finding.severity,
      fixable: finding.fix === undefined ? false : finding.fix.safety,
      docsUrl: finding.docsUrl,
    });
  }
  return rules;
}

function reportingDescriptor(rule: RuleDescriptor): Json {
  const fix = rule.fixable === false ? 'none' : rule.fixable;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${sentence(rule.description)} Category: ${rule.category}. Fix: ${fix}.` },
    helpUri: rule.docsUrl,
    help: {
      text: `${sentence(rule.description)} Documentation: ${rule.docsUrl}`,
      markdown: `${sentence(rule.description)}\n\n| Category | Default severity | Fix |\n| --- | --- | --- |\n| ${rule.category} | ${rule.severity} | ${fix} |\n\n[Documentation](${rule.docsUrl})`,
    },
    defaultConfiguration: { level: level(rule.severity) },
    properties: { tags: ['ci', 'github-actions', rule.category], precision: 'high' },
  };
}

function result(finding: Finding, ruleIndex: ReadonlyMap<string, number>, fingerprints: Fingerprints): Json {
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(finding.location) }],
    ...(finding.related.length === 0
      ? {}
      : {
          relatedLocations: finding.related.map((related, id) => ({
            id,
            physicalLocation: physicalLocation(related),
            message: { text: related.message },
          })),
        }),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.of(finding) },
    ...(finding.fix === undefined
      ? {}
      : {
          fixes: [
            {
              description: {
                text:
                  finding.fix.safety === 'unsafe'
                    ? `${finding.fix.title} (unsafe: review before applying)`
                    : finding.fix.title,
              },
              artifactChanges: artifactChanges(finding.fix.edits),
            },
          ],
        }),
    ...(finding.impact === undefined && finding.impactNote === undefined
      ? {}
      : {
          properties: {
            ...(finding.impact === undefined ? {} : { impact: impactJson(finding.impact) }),
            ...(finding.impactNote === undefined ? {} : { impactNote: finding.impactNote }),
          },
        }),
  };
}

function physicalLocation(location: Location): Json {
  return { artifactLocation: artifactLocation(location.file), region: region(location) };
}

function artifactLocation(file: string): Json {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** SARIF regions are 1-based with an exclusive end column: exactly `Finding`'s positions. */
function region(location: Pick<Location, 'start' | 'end'>): Json {
  return {
    startLine: location.start.line,
    startColumn: location.start.column,
    endLine: location.end.line,
    endColumn: location.end.column,
  };
}

function artifactChanges(edits: readonly FindingEdit[]): Json[] {
  const byFile = new Map<string, FindingEdit[]>();
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  return [...byFile].map(([file, fileEdits]) => ({
    artifactLocation: artifactLocation(file),
    replacements: fileEdits.map((edit) => ({
      deletedRegion: region(edit),
      insertedContent: { text: edit.text },
    })),
  }));
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}

/**
 * A finding's identity across commits: rule, file and the normalised text of the offending lines, not their line
 * numbers, so that code moved up or down keeps its alert (and its dismissal). Identical lines of one file are told
 * apart by their order, as GitHub does for `primaryLocationLineHash`.
 */
class Fingerprints {
  private readonly sources: ReadonlyMap<string, string>;
  private readonly lines = new Map<string, readonly string[]>();
  private readonly seen = new Map<string, number>();

  constructor(sources: ReadonlyMap<string, string>) {
    this.sources = sources;
  }

  of(finding: Finding): string {
    const { file, start, end } = finding.location;
    const lines = this.linesOf(file);
    const last = end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
    const text = lines
      .slice(start.line - 1, Math.min(last, start.line + 19))
      .map((line) => line.trim().replace(/\s+/g, ' '))
      .join('\n');
    // An unreadable file has no text: its message is the best identity it has.
    const content = text === '' ? finding.message : text;
    const hash = createHash('sha256')
      .update(`${finding.ruleId}\0${file}\0${content}`)
      .digest('hex')
      .slice(0, 32);
    const occurrence = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  }

  private linesOf(file: string): readonly string[] {
    let lines = this.lines.get(file);
    if (lines === undefined) {
      lines = sourceLines(this.sources.get(file) ?? '');
      this.lines.set(file, lines);
    }
    return lines;
  }
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, _dash: string, char: string) => char.toUpperCase());
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
