/** Parses a repository once, runs the enabled rules over it, and turns their reports into `Finding`s. */
import { compareFindings } from '../findings/finding.ts';
import type { Finding, FindingEdit, FindingFix, Severity } from '../findings/finding.ts';
import { loadRepository } from '../workflow/repository.ts';
import type { LoadOptions } from '../workflow/repository.ts';
import type { Repository } from '../workflow/model.ts';
import { positionAt } from '../workflow/source.ts';
import type { Range } from '../workflow/source.ts';
import type { Rule, Report } from './define-rule.ts';
import { docsUrl } from './docs-url.ts';
import { Fixer } from './fixer.ts';
import type { TextEdit } from './fixer.ts';
import type { HistoryView } from './history-view.ts';
import { isSuppressed } from './suppressions.ts';

export interface RuleSettings {
  /** Severity per rule id, or `off`. Rules not named keep their default. */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Run only these rules (the CLI's `--rule`). */
  readonly only?: readonly string[];
  /** Findings in files matching one of these predicates are dropped. */
  readonly isIgnored?: (path: string) => boolean;
}

export interface RunOptions extends RuleSettings {
  readonly rules: readonly Rule[];
  readonly history?: HistoryView | undefined;
}

export interface LintResult {
  readonly repository: Repository;
  readonly findings: readonly Finding[];
}

export class RuleFailure extends Error {
  readonly ruleId: string;
  constructor(ruleId: string, cause: unknown) {
    super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.ruleId = ruleId;
  }
}

export function lintDirectory(root: string, options: RunOptions & LoadOptions): LintResult {
  const repository = loadRepository(root, options);
  return { repository, findings: runRules(repository, options) };
}

export function runRules(repository: Repository, options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const fixer = new Fixer();
  for (const rule of options.rules) {
    const configured = options.severities?.[rule.id];
    if (configured === 'off') continue;
    if (options.only !== undefined && options.only.length > 0 && !options.only.includes(rule.id)) continue;
    if (rule.meta.requires?.includes('history') === true && options.history === undefined) continue;
    const severity = configured ?? rule.meta.severity;
    const report = (report: Report<string>): void => {
      const finding = toFinding(rule, severity, report, fixer);
      if (options.isIgnored?.(finding.location.file) === true) return;
      if (isSuppressed(report.at.range, rule.id)) return;
      findings.push(finding);
    };
    try {
      rule.check({ repo: repository, history: options.history, report });
    } catch (error) {
      throw new RuleFailure(rule.id, error);
    }
  }
  return dedupe(findings).sort(compareFindings);
}

function toFinding(rule: Rule, severity: Severity, report: Report<string>, fixer: Fixer): Finding {
  const template = rule.meta.messages[report.messageId] ?? report.messageId;
  const message = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = report.data?.[name];
    return value === undefined ? whole : String(value);
  });
  let fix: FindingFix | undefined;
  if (report.fix !== undefined) {
    if (rule.meta.fixable === false) throw new Error(`rule ${rule.id} is not fixable but attached a fix`);
    const produced = report.fix.edits(fixer);
    const edits = (Array.isArray(produced) ? produced : [produced]) as readonly TextEdit[];
    fix = {
      title: report.fix.title,
      safety: report.fix.unsafe === true ? 'unsafe' : rule.meta.fixable,
      edits: edits.map(toFindingEdit),
    };
  }
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    message,
    severity,
    location: toLocation(report.at.range),
    related: (report.related ?? []).map((related) => ({
      ...toLocation(related.at.range),
      message: related.message,
    })),
    ...(fix === undefined ? {} : { fix }),
    docsUrl: docsUrl(rule.id),
  };
}

export function toLocation(range: Range): Finding['location'] {
  return {
    file: range.file.path,
    start: positionAt(range.file, range.start),
    end: positionAt(range.file, range.end),
  };
}

function toFindingEdit(edit: TextEdit): FindingEdit {
  return {
    file: edit.file.path,
    start: positionAt(edit.file, edit.start),
    end: positionAt(edit.file, edit.end),
    startOffset: edit.start,
    endOffset: edit.end,
    text: edit.text,
  };
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}\0${finding.location.file}\0${finding.location.start.line}:${finding.location.start.column}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
