/**
 * `--write-baseline FILE` records today's findings; `--baseline FILE` then reports only findings that are new. A
 * finding is matched by rule, file and the text of its line (trimmed), not by line number, so that edits above it
 * do not make it new; identical lines are counted, so a second copy of a known finding is new. As ESLint's
 * suppressions file and zizmor's ignores, it is JSON meant to be committed; docs/configuration.md describes it.
 */
import { readFileSync } from 'node:fs';
import type { Finding } from '../findings/finding.ts';
import { InputError } from './io.ts';

export interface BaselineEntry {
  readonly ruleId: string;
  readonly file: string;
  /** The finding's first line, trimmed. */
  readonly line: string;
  readonly count: number;
}

export interface Baseline {
  readonly version: 1;
  readonly findings: readonly BaselineEntry[];
}

type Sources = ReadonlyMap<string, string>;

export function writeBaseline(findings: readonly Finding[], sources: Sources): string {
  const counts = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const key = keyOf(finding, sources);
    const known = counts.get(key.id);
    counts.set(key.id, { ...key.entry, count: (known?.count ?? 0) + 1 });
  }
  const baseline: Baseline = {
    version: 1,
    findings: [...counts.values()].sort(
      (a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.line, b.line),
    ),
  };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export function readBaseline(path: string, display: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `${display}: ${code === undefined ? `not JSON (${(error as Error).message})` : `cannot read the baseline (${code})`}`,
    );
  }
  const baseline = value as Partial<Baseline>;
  if (
    baseline?.version !== 1 ||
    !Array.isArray(baseline.findings) ||
    !baseline.findings.every(
      (entry) =>
        typeof entry?.ruleId === 'string' &&
        typeof entry.file === 'string' &&
        typeof entry.line === 'string' &&
        Number.isInteger(entry.count),
    )
  )
    throw new InputError(`${display}: not a ciscope baseline (write one with --write-baseline)`);
  return baseline as Baseline;
}

/** The findings the baseline does not account for. */
export function newFindings(findings: readonly Finding[], baseline: Baseline, sources: Sources): Finding[] {
  const allowance = new Map<string, number>();
  for (const entry of baseline.findings) {
    const id = idOf(entry);
    allowance.set(id, (allowance.get(id) ?? 0) + entry.count);
  }
  return findings.filter((finding) => {
    const { id } = keyOf(finding, sources);
    const left = allowance.get(id) ?? 0;
    if (left === 0) return true;
    allowance.set(id, left - 1);
    return false;
  });
}

function keyOf(finding: Finding, sources: Sources): { id: string; entry: Omit<BaselineEntry, 'count'> } {
  const text = sources.get(finding.location.file) ?? '';
  const line = (text.split(/\r?\n/)[finding.location.start.line - 1] ?? '').trim();
  const entry = { ruleId: finding.ruleId, file: finding.location.file, line };
  return { id: idOf(entry), entry };
}

function idOf(entry: Omit<BaselineEntry, 'count'>): string {
  return `${entry.ruleId}\0${entry.file}\0${entry.line}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
