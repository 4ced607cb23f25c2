import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unified-diff.ts';

const names = { fromFile: 'a/ci.yml', toFile: 'b/ci.yml' };

/** An applier written independently of the differ: the round trip is the property that matters. */
function applyPatch(before: string, patch: string): string {
  const source = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const lines = patch.split('\n').slice(2, -1);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < lines.length;) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i] ?? '');
    expect(header).not.toBeNull();
    const oldStart = Number(header?.[1]);
    const startIndex = header?.[2] === '0' ? oldStart : oldStart - 1;
    while (at < startIndex) out.push(source[at++] as string);
    for (i++; i < lines.length && !(lines[i] as string).startsWith('@@'); i++) {
      const line = lines[i] as string;
      const token = line.slice(1) + (lines[i + 1]?.startsWith('\\') === true ? '' : '\n');
      if (line[0] === ' ' || line[0] === '-') expect(source[at++]).toBe(token);
      if (line[0] === ' ' || line[0] === '+') out.push(token);
      if (line[0] === '\\') continue;
    }
  }
  while (at < source.length) out.push(source[at++] as string);
  return out.join('');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', names)).toBe('');
  });

  it('inserts a block with three lines of context, like diff -u', () => {
    const before = 'name: ci\non: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    const after =
      'name: ci\non: pull_request\nconcurrency:\n  group: x\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    expect(unifiedDiff(before, after, names)).toBe(
      '--- a/ci.yml\n+++ b/ci.yml\n@@ -1,5 +1,7 @@\n name: ci\n on: pull_request\n+concurrency:\n+  group: x\n jobs:\n   test:\n     runs-on: ubuntu-latest\n',
    );
  });

  it('splits distant changes into hunks and names an empty range by the line before it', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'line 2\nnew\n').replace('line 18\n', '');
    expect(unifiedDiff(before, after, names)).toBe(
      [
        '--- a/ci.yml',
        '+++ b/ci.yml',
        '@@ -1,5 +1,6 @@',
        ' line 1',
        ' line 2',
        '+new',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +16,5 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('', 'a\n', names)).toBe('--- a/ci.yml\n+++ b/ci.yml\n@@ -0,0 +1 @@\n+a\n');
    expect(unifiedDiff('a\n', '', names)).toBe('--- a/ci.yml\n+++ b/ci.yml\n@@ -1 +0,0 @@\n-a\n');
  });

  it('marks a missing newline at the end of either side', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n', names)).toBe(
      '--- a/ci.yml\n+++ b/ci.yml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
    );
    expect(unifiedDiff('a\nb', 'a\nc', names)).toBe(
      '--- a/ci.yml\n+++ b/ci.yml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
  });

  it('keeps carriage returns as part of the line', () => {
    expect(unifiedDiff('a\r\nb\r\n', 'a\r\nc\r\n', names)).toBe(
      '--- a/ci.yml\n+++ b/ci.yml\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n',
    );
  });

  it('round-trips through an independent patch applier (pseudo-random texts)', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = ['a', 'b', 'c', 'd', '  x: 1', '# note', ''];
    for (let round = 0; round < 300; round++) {
      const make = (): string => {
        const count = random(25);
        const lines = Array.from({ length: count }, () => words[random(words.length)] as string);
        return lines.join('\n') + (count > 0 && random(4) > 0 ? '\n' : '');
      };
      const before = make();
      const after = make();
      const patch = unifiedDiff(before, after, { ...names, context: random(4) });
      if (before === after) expect(patch).toBe('');
      else
        expect(
          applyPatch(before, patch),
          `${JSON.stringify(before)} → ${JSON.stringify(after)}\n${patch}`,
        ).toBe(after);
    }
  });
});
