/**
 * Seeded fuzzing (issue 14): mutants of real workflows from the shared corpus go through `lint` and `fix`, which
 * must give a clear outcome every time: exit 0 or 1 (never 3), valid JSON, no stack trace, no hang, and a `fix`
 * that keeps the file parseable, keeps every comment and has nothing left to do when run again.
 *
 * Small by default (a few seconds); `CISCOPE_FUZZ_RUNS=500 npx vitest run test/fuzz.test.ts` runs more, and
 * `CISCOPE_FUZZ_SEED=N` another sequence. A failure prints the seed and the mutant's number to reproduce it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { mulberry32 } from '../src/engine/seeded-random.ts';
import { sharedPath } from './support/shared-dir.ts';

const RUNS = Number(process.env.CISCOPE_FUZZ_RUNS ?? 30);
const SEED = Number(process.env.CISCOPE_FUZZ_SEED ?? 14);
/** Not a benchmark: far above the slowest real file, so that only a hang (issue 14's minutes) trips it. */
const HANG_MS = 20_000;

const corpus = sharedPath('corpus/repos');

/** Text that has broken parsers before: deep nesting, anchors, merge keys, expressions, escapes, suppressions. */
const HOSTILE = [
  '['.repeat(300),
  '{a: [b, {c: d}]}',
  '&anchor',
  '*anchor',
  '<<: *anchor',
  '${{ matrix.x }}',
  '${{ fromJSON(',
  '\u001b]0;pwned\u0007',
  '\u202e',
  '# ciscope-ignore missing-timeout',
  '# ciscope-ignore not-a-rule',
  '\t',
  '"unterminated',
  '|',
  ': :',
  'needs: [a, a]',
  'strategy: { matrix: { a: [1,2,3,4,5,6,7,8,9,10], b: [1,2,3,4,5,6,7,8,9,10], c: [1,2,3] } }',
];

type Mutation = (lines: string[], random: () => number) => string[];

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;
const at = (lines: readonly string[], random: () => number): number => Math.floor(random() * lines.length);

const MUTATIONS: readonly Mutation[] = [
  (lines, random) => lines.filter((_, i) => i !== at(lines, random)),
  (lines, random) => {
    const i = at(lines, random);
    return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)];
  },
  (lines, random) => {
    const [i, j] = [at(lines, random), at(lines, random)];
    const copy = [...lines];
    [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
    return copy;
  },
  (lines, random) => {
    const i = at(lines, random);
    return lines.map((line, n) => (n === i ? `${line} ${pick(HOSTILE, random)}` : line));
  },
  (lines, random) => {
    const i = at(lines, random);
    const indent = ' '.repeat(Math.floor(random() * 12));
    return [...lines.slice(0, i), `${indent}${pick(HOSTILE, random)}`, ...lines.slice(i)];
  },
  (lines, random) => {
    const i = at(lines, random);
    return lines.map((line, n) => (n === i ? line.replace(/^ {2}/, random() < 0.5 ? '' : '    ') : line));
  },
  (lines, random) => lines.slice(0, Math.max(1, at(lines, random))),
];

function corpusWorkflows(): string[] {
  const found: string[] = [];
  for (const repo of readdirSync(corpus.path).sort()) {
    const dir = join(corpus.path, repo, '.github/workflows');
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) if (/\.ya?ml$/.test(name)) found.push(join(dir, name));
  }
  return found;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function ciscope(args: readonly string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { PATH: process.env.PATH ?? '' },
    cwd,
    isTTY: false,
  });
  expect(Date.now() - started, `ciscope ${args.join(' ')} hung`).toBeLessThan(HANG_MS);
  return { code, stdout, stderr };
}

function parseErrors(run: Run): number {
  return (JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.filter(
    (finding) => finding.ruleId === 'parse-error',
  ).length;
}

function comments(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'));
}

describe.skipIf(corpus.missing !== undefined)(`fuzzing lint and fix (seed ${SEED}, ${RUNS} mutants)`, () => {
  it('gives a clear outcome for every mutant, and every fix guard holds', async () => {
    const random = mulberry32(SEED);
    const workflows = corpusWorkflows();
    expect(workflows.length).toBeGreaterThan(100);
    const root = mkdtempSync(join(tmpdir(), 'ciscope-fuzz-'));
    try {
      for (let n = 0; n < RUNS; n++) {
        const source = pick(workflows, random);
        let lines = readFileSync(source, 'utf8').split('\n');
        const mutations = 1 + Math.floor(random() * 3);
        for (let m = 0; m < mutations; m++) lines = pick(MUTATIONS, random)(lines, random);
        const mutant = lines.join('\n');
        const dir = join(root, String(n));
        mkdirSync(join(dir, '.github/workflows'), { recursive: true });
        writeFileSync(join(dir, '.github/workflows/ci.yml'), mutant);
        const context = `seed ${SEED}, mutant ${n} of ${source}`;

        const lint = await ciscope(['lint', '.', '--format', 'json'], dir);
        expect([lint.code, lint.stderr], context).toEqual([lint.code === 0 ? 0 : 1, '']);
        const before = parseErrors(lint);

        const fix = await ciscope(['fix', '.', '--unsafe', '--format', 'json', '--fail-on', 'none'], dir);
        expect([fix.code, fix.stderr], context).toEqual([0, '']);
        const fixed = readFileSync(join(dir, '.github/workflows/ci.yml'), 'utf8');
        // Guards: a fix never breaks parsing, never drops a comment, and leaves nothing to do on a second run.
        const after = await ciscope(['lint', '.', '--format', 'json'], dir);
        expect(parseErrors(after), context).toBeLessThanOrEqual(before);
        const kept = new Set(comments(fixed));
        expect(
          comments(mutant).filter((comment) => !kept.has(comment)),
          context,
        ).toEqual([]);
        const again = await ciscope(['fix', '.', '--unsafe', '--format', 'json', '--fail-on', 'none'], dir);
        expect((JSON.parse(again.stdout) as { applied: unknown[] }).applied, context).toEqual([]);
        expect(readFileSync(join(dir, '.github/workflows/ci.yml'), 'utf8'), context).toBe(fixed);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
