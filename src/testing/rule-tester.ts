/**
 * Table tests for rules, in the manner of typescript-eslint's RuleTester: static `valid` and `invalid` cases, each
 * invalid case pinning message ids, positions and the fixed output, and the fixed output re-checked to be silent.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../engine/define-rule.ts';
import { applyEdits } from '../engine/apply-fixes.ts';
import { runRules } from '../engine/run-rules.ts';
import type { HistoryView } from '../engine/history-view.ts';
import type { Finding, FindingEdit } from '../findings/finding.ts';
import { buildRepository, memorySource } from '../workflow/repository.ts';

/** The path a case's `code` is written to. */
export const DEFAULT_WORKFLOW = '.github/workflows/ci.yml';

export interface ValidCase {
  readonly name?: string;
  /** The workflow at `.github/workflows/ci.yml`. */
  readonly code?: string;
  /** Other files of the repository (more workflows, Dockerfiles, compose files …). */
  readonly files?: Readonly<Record<string, string>>;
  readonly history?: HistoryView;
  /** `OWNER/NAME` of the repository (`--repo`), for cases about calls to its own reusable workflows. */
  readonly repo?: string;
}

export interface ExpectedError {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  /** Defaults to the case's workflow file. */
  readonly file?: string;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
  /** The fixed `code` after applying every fix (unsafe ones too), or `null` when no finding carries a fix. */
  readonly output?: string | null;
  /** Expected contents of other files after the fixes (checked, with the re-run guard, even without `output`). */
  readonly outputFiles?: Readonly<Record<string, string>>;
}

export function testRule(
  rule: Rule,
  cases: { valid: readonly (string | ValidCase)[]; invalid: readonly InvalidCase[] },
): void {
  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((raw, index) => {
        const testCase = typeof raw === 'string' ? { code: raw } : raw;
        it(testCase.name ?? `valid #${index + 1}`, () => {
          expect(
            lintCase(rule, filesOf(testCase), testCase.history, testCase.repo).map(describeFinding),
          ).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((testCase, index) => {
        it(testCase.name ?? `invalid #${index + 1}`, () => {
          const files = filesOf(testCase);
          const findings = lintCase(rule, files, testCase.history, testCase.repo);
          expect(
            findings.map((f) => ({
              messageId: f.messageId,
              line: f.location.start.line,
              column: f.location.start.column,
              file: f.location.file,
            })),
          ).toEqual(
            testCase.errors.map((e) => ({
              messageId: e.messageId,
              line: e.line,
              column: e.column,
              file: e.file ?? DEFAULT_WORKFLOW,
            })),
          );
          for (const finding of findings) expect(finding.message).not.toMatch(/\{\{/);
          if (testCase.output === undefined && testCase.outputFiles === undefined) return;
          const fixed = applyAllFixes(files, findings);
          if (testCase.output === null) {
            expect(findings.filter((f) => f.fix !== undefined)).toEqual([]);
            return;
          }
          // A rule that fixes only other files (a `.dockerignore`) pins `outputFiles` and may leave `output` out.
          if (testCase.output !== undefined) expect(fixed[DEFAULT_WORKFLOW]).toBe(testCase.output);
          for (const [path, text] of Object.entries(testCase.outputFiles ?? {}))
            expect(fixed[path]).toBe(text);
          // The fix must silence the rule (ESLint's and zizmor's guard): no fixable finding is left.
          const after = lintCase(rule, fixed, testCase.history, testCase.repo).filter(
            (f) => f.fix !== undefined,
          );
          expect(after.map(describeFinding)).toEqual([]);
        });
      });
    });
  });
}

function filesOf(testCase: ValidCase): Record<string, string> {
  return { ...(testCase.code === undefined ? {} : { [DEFAULT_WORKFLOW]: testCase.code }), ...testCase.files };
}

export function lintCase(
  rule: Rule,
  files: Readonly<Record<string, string>>,
  history?: HistoryView,
  slug?: string,
): Finding[] {
  const repository = buildRepository('/repo', memorySource(files), { slug });
  return runRules(repository, { rules: [rule], history });
}

export function applyAllFixes(
  files: Readonly<Record<string, string>>,
  findings: readonly Finding[],
): Record<string, string> {
  const result = { ...files };
  const byFile = new Map<string, FindingEdit[]>();
  for (const finding of findings) {
    for (const edit of finding.fix?.edits ?? []) {
      const list = byFile.get(edit.file) ?? [];
      list.push(edit);
      byFile.set(edit.file, list);
    }
  }
  for (const [path, edits] of byFile) result[path] = applyEdits(result[path] ?? '', edits).text;
  return result;
}

function describeFinding(finding: Finding): string {
  return `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column} ${finding.ruleId}/${finding.messageId}: ${finding.message}`;
}

/** Strips the common indentation of a template literal, like typescript-eslint's `noFormat`/dedent helpers. */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce(
    (text, part, index) => text + part + (index < values.length ? String(values[index]) : ''),
    '',
  );
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '')
    .split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return `${lines.map((line) => line.slice(indent)).join('\n')}\n`;
}
