/**
 * The precision ledger: findings on the shared corpus judged by hand (test/precision/<rule-id>.tsv). A judged true
 * positive that stops being reported, or a judged false positive that comes back, fails the suite; the per-rule
 * precision over what is reported today is printed, so a closing note can quote it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../src/engine/run-rules.ts';
import type { Finding } from '../src/findings/finding.ts';
import { rules } from '../src/rules/index.ts';
import { buildRepository, loadRepository, memorySource } from '../src/workflow/repository.ts';
import { sharedPath } from './support/shared-dir.ts';

const LEDGER_DIR = join(import.meta.dirname, 'precision');
const HEADER = 'rule\tfile\tline\tverdict\treason';
const VERDICTS = ['tp', 'fp', 'debatable'] as const;
type Verdict = (typeof VERDICTS)[number];

interface Judgement {
  readonly rule: string;
  /** Relative to the corpus root: `repos/OWNER__NAME/…` or `workflows-2021/…`. */
  readonly file: string;
  readonly line: number;
  readonly verdict: Verdict;
  readonly reason: string;
  /** Where the row stands, for messages: `missing-concurrency.tsv:12`. */
  readonly at: string;
}

function readLedger(): { rows: Judgement[]; problems: string[] } {
  const rows: Judgement[] = [];
  const problems: string[] = [];
  const ruleIds = new Set(rules.map((rule) => rule.id));
  for (const name of readdirSync(LEDGER_DIR)
    .filter((n) => n.endsWith('.tsv'))
    .sort()) {
    const lines = readFileSync(join(LEDGER_DIR, name), 'utf8').split('\n');
    if (lines[0] !== HEADER)
      problems.push(`${name}:1: the header must be "${HEADER.replaceAll('\t', '<TAB>')}"`);
    lines.slice(1).forEach((text, index) => {
      if (text.trim() === '') return;
      const at = `${name}:${index + 2}`;
      const [rule = '', file = '', line = '', verdict = '', reason = '', ...extra] = text.split('\t');
      if (extra.length > 0 || reason.trim() === '')
        problems.push(`${at}: five tab-separated columns, reason last`);
      else if (!ruleIds.has(rule) || `${rule}.tsv` !== name)
        problems.push(`${at}: rule ${rule} is not ${name}'s`);
      else if (!/^[1-9]\d*$/.test(line)) problems.push(`${at}: line must be a positive number`);
      else if (!(VERDICTS as readonly string[]).includes(verdict))
        problems.push(`${at}: verdict must be one of ${VERDICTS.join(', ')}`);
      else if (!/^(repos\/[^/]+\/|workflows-2021\/)/.test(file))
        problems.push(`${at}: file must start with repos/OWNER__NAME/ or workflows-2021/`);
      else rows.push({ rule, file, line: Number(line), verdict: verdict as Verdict, reason, at });
    });
  }
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = `${row.rule} ${row.file}:${row.line}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(`${row.at}: judged twice (also ${earlier})`);
    seen.set(key, row.at);
  }
  return { rows, problems };
}

/** `rule file:line` of every finding on the corpus, the file relative to the corpus root. */
function lintCorpus(root: string, singleFiles: readonly string[]): Set<string> {
  const reported = new Set<string>();
  const add = (prefix: string, findings: readonly Finding[]): void => {
    for (const f of findings)
      reported.add(`${f.ruleId} ${prefix}${f.location.file}:${f.location.start.line}`);
  };
  for (const name of readdirSync(join(root, 'repos')).sort()) {
    add(`repos/${name}/`, runRules(loadRepository(join(root, 'repos', name)), { rules }));
  }
  // A 2021 workflow is linted alone, as test/corpus.test.ts does, placed where a repository would hold it.
  for (const file of singleFiles) {
    const name = file.slice('workflows-2021/'.length);
    const repository = buildRepository(
      '/corpus',
      memorySource({ [`.github/workflows/${name}`]: readFileSync(join(root, file), 'utf8') }),
    );
    for (const f of runRules(repository, { rules }))
      reported.add(`${f.ruleId} ${file}:${f.location.start.line}`);
  }
  return reported;
}

function precisionTable(rows: readonly Judgement[], reported: ReadonlySet<string>): string {
  const lines = [
    'rule                             reported judged  tp  fp  deb  precision (strict)  unjudged',
  ];
  for (const rule of [...new Set(rows.map((row) => row.rule))].sort()) {
    const findings = [...reported].filter((key) => key.startsWith(`${rule} `));
    const judged = rows.filter((row) => row.rule === rule && reported.has(`${rule} ${row.file}:${row.line}`));
    const count = (verdict: Verdict): number => judged.filter((row) => row.verdict === verdict).length;
    const [tp, fp, deb] = [count('tp'), count('fp'), count('debatable')];
    const strict = judged.length === 0 ? '—' : `${((100 * tp) / judged.length).toFixed(0)}%`;
    const lenient = tp + fp === 0 ? '—' : `${((100 * tp) / (tp + fp)).toFixed(0)}%`;
    lines.push(
      `${rule.padEnd(32)} ${String(findings.length).padStart(8)} ${String(judged.length).padStart(6)} ` +
        `${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(deb).padStart(4)}  ` +
        `${`${lenient} (${strict})`.padEnd(18)}  ${findings.length - judged.length}`,
    );
  }
  return lines.join('\n');
}

describe('the precision ledger', () => {
  const corpus = sharedPath('corpus');
  const { rows, problems } = readLedger();

  it('is well formed', () => {
    expect(problems).toEqual([]);
  });

  if (corpus.missing !== undefined) {
    it.skip(`skipped: ${corpus.missing}`, () => {});
    return;
  }

  it('keeps every judged true positive and no judged false positive', () => {
    const singles = [...new Set(rows.map((row) => row.file).filter((f) => f.startsWith('workflows-2021/')))];
    const reported = lintCorpus(corpus.path, singles);
    const key = (row: Judgement): string => `${row.rule} ${row.file}:${row.line}`;
    const lost = rows.filter((row) => row.verdict === 'tp' && !reported.has(key(row)));
    const back = rows.filter((row) => row.verdict === 'fp' && reported.has(key(row)));
    console.info(
      `Precision on the shared corpus (judged findings that are reported today):\n${precisionTable(rows, reported)}`,
    );
    expect(lost.map((row) => `${row.at}: ${key(row)} (${row.reason}) is no longer reported`)).toEqual([]);
    expect(back.map((row) => `${row.at}: ${key(row)} (${row.reason}) is reported again`)).toEqual([]);
  });
});
