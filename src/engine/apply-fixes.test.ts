import { describe, expect, it } from 'vitest';
import { applyEdits, editsConflict, mapOffset, resolveFixes } from './apply-fixes.ts';
import type { OffsetEdit } from './apply-fixes.ts';
import type { FindingEdit } from '../findings/finding.ts';

const edit = (startOffset: number, endOffset: number, text: string): OffsetEdit => ({
  startOffset,
  endOffset,
  text,
});
const findingEdit = (startOffset: number, endOffset: number, text: string): FindingEdit => ({
  file: 'f',
  start: { line: 1, column: startOffset + 1 },
  end: { line: 1, column: endOffset + 1 },
  startOffset,
  endOffset,
  text,
});

describe('editsConflict', () => {
  it.each([
    ['overlapping replacements', edit(0, 3, 'x'), edit(2, 5, 'y'), true],
    ['touching replacements', edit(0, 3, 'x'), edit(3, 5, 'y'), false],
    ['insertion inside a replacement', edit(0, 3, 'x'), edit(1, 1, 'y'), true],
    ['insertion at the start of a replacement', edit(0, 3, 'x'), edit(0, 0, 'y'), false],
    ['insertion at the end of a replacement', edit(0, 3, 'x'), edit(3, 3, 'y'), false],
    ['two insertions at one offset', edit(2, 2, 'x'), edit(2, 2, 'y'), false],
  ])('%s', (_name, a, b, expected) => {
    expect(editsConflict(a, b)).toBe(expected);
    expect(editsConflict(b, a)).toBe(expected);
  });
});

describe('resolveFixes', () => {
  const text = 'abcdefghij';

  it('applies whole fixes, leaves an overlapping one for a later pass, in an order independent of the input', () => {
    const a = { key: 'a', edits: [edit(0, 1, 'A'), edit(8, 9, 'I')] };
    const b = { key: 'b', edits: [edit(5, 6, 'F'), edit(8, 10, 'IJ!')] }; // conflicts with a's second edit
    const c = { key: 'c', edits: [edit(3, 3, '+')] };
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, a, c],
    ]) {
      const resolved = resolveFixes(text, order);
      expect(resolved.text).toBe('Abc+defghIj');
      expect(resolved.applied).toEqual(['a', 'c']);
      expect(resolved.overlapping).toEqual(['b']);
    }
  });

  it('applies an edit asked for by two fixes once', () => {
    const resolved = resolveFixes(text, [
      { key: 'a', edits: [edit(2, 2, 'X')] },
      { key: 'b', edits: [edit(2, 2, 'X'), edit(9, 10, 'J')] },
    ]);
    expect(resolved.text).toBe('abXcdefghiJ');
    expect(resolved.applied).toEqual(['a', 'b']);
  });

  it('splices two insertions at one offset in text order', () => {
    expect(
      resolveFixes(text, [
        { key: 'b', edits: [edit(1, 1, 'y')] },
        { key: 'a', edits: [edit(1, 1, 'x')] },
      ]).text,
    ).toBe('axybcdefghij');
  });

  it('rejects unusable edits with a reason', () => {
    const resolved = resolveFixes('a\r\nb', [
      { key: 'outside', edits: [edit(3, 9, '')] },
      { key: 'reversed', edits: [edit(2, 1, '')] },
      { key: 'crlf', edits: [edit(2, 2, 'x')] },
    ]);
    expect(resolved.invalid.map((entry) => [entry.key, entry.reason])).toEqual([
      ['reversed', 'edit range 2-1 is outside the file (0-4)'],
      ['crlf', 'edit range 2-2 splits a character or a CRLF line break'],
      ['outside', 'edit range 3-9 is outside the file (0-4)'],
    ]);
    expect(resolved.text).toBe('a\r\nb');
    const selfOverlap = resolveFixes('abcdef', [
      { key: 'self-overlap', edits: [edit(0, 2, 'x'), edit(1, 3, 'y')] },
    ]);
    expect(selfOverlap.invalid).toEqual([{ key: 'self-overlap', reason: 'two of its edits overlap' }]);
  });
});

describe('mapOffset', () => {
  const edits = [edit(2, 2, 'xx'), edit(4, 6, 'Y')];
  it.each([
    [0, 0],
    [2, 4], // the character at 2 moved past the insertion
    [3, 5],
    [4, 6], // start of the replaced range → start of the replacement
    [5, 6],
    [6, 7],
    [9, 10],
  ])('%i → %i', (offset, expected) => {
    expect(mapOffset(offset, edits)).toBe(expected);
  });
});

describe('applyEdits (the rule tester helper)', () => {
  it('keeps the first of two overlapping edits and reports the other', () => {
    const { text, dropped } = applyEdits('abcdef', [
      findingEdit(1, 4, 'X'),
      findingEdit(2, 3, 'Y'),
      findingEdit(1, 4, 'X'),
    ]);
    expect(text).toBe('aXef');
    expect(dropped.map((e) => e.text)).toEqual(['Y']);
  });
});
