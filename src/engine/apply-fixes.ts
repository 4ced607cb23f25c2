/** Splices text edits into file texts. Edits are applied from the end so earlier offsets stay valid. */
import type { FindingEdit } from '../findings/finding.ts';

export interface AppliedEdits {
  readonly text: string;
  /** Edits dropped because they overlapped an edit that sorts before them. */
  readonly dropped: readonly FindingEdit[];
}

/** The offsets an edit needs; `FindingEdit` satisfies it. */
export interface OffsetEdit {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly text: string;
}

/**
 * Applies the edits of one file. Overlapping edits are resolved deterministically: sorted by start, then end, then
 * text, the first wins and the others are dropped. Two insertions at one offset are both kept, in that order.
 */
export function applyEdits(text: string, edits: readonly FindingEdit[]): AppliedEdits {
  const sorted = [...edits].sort(compareEdits);
  const kept: FindingEdit[] = [];
  const dropped: FindingEdit[] = [];
  for (const edit of sorted) {
    if (kept.some((other) => sameEdit(other, edit))) continue; // two findings asking for the same change
    if (kept.some((other) => editsConflict(other, edit))) {
      dropped.push(edit);
      continue;
    }
    kept.push(edit);
  }
  return { text: splice(text, kept), dropped };
}

/** One fix: edits that only make sense together, so they are applied all or none (ESLint merges them likewise). */
export interface FixCandidate<T> {
  readonly key: T;
  readonly edits: readonly OffsetEdit[];
}

export interface ResolvedFixes<T> {
  readonly text: string;
  /** Fixes applied, in the order they were considered. */
  readonly applied: readonly T[];
  /** Fixes left out because one of their edits conflicts with an applied fix; a later pass may apply them. */
  readonly overlapping: readonly T[];
  /** Fixes whose edits are unusable (outside the text, reversed, or overlapping each other). */
  readonly invalid: readonly { readonly key: T; readonly reason: string }[];
  /** Every edit that was spliced, sorted by offset: the only ranges of the text that may differ. */
  readonly edits: readonly OffsetEdit[];
}

/**
 * Applies whole fixes to one text. The order is deterministic whatever order the rules reported in: fixes sort by
 * their first edit (offset, then end, then text), then by their position in the input as a tie-break. A fix
 * conflicts with an earlier one when any of their edits overlap; an edit identical to one already applied (two
 * findings asking for the same change) is not a conflict and is applied once.
 */
export function resolveFixes<T>(text: string, fixes: readonly FixCandidate<T>[]): ResolvedFixes<T> {
  const order = fixes
    .map((fix, index) => ({ fix, index, first: [...fix.edits].sort(compareEdits)[0] }))
    .sort((a, b) => {
      if (a.first === undefined || b.first === undefined)
        return Number(a.first === undefined) - Number(b.first === undefined) || a.index - b.index;
      return compareEdits(a.first, b.first) || a.index - b.index;
    });
  const kept: OffsetEdit[] = [];
  const applied: T[] = [];
  const overlapping: T[] = [];
  const invalid: { key: T; reason: string }[] = [];
  for (const { fix } of order) {
    const problem = invalidEdits(text, fix.edits);
    if (problem !== undefined) {
      invalid.push({ key: fix.key, reason: problem });
      continue;
    }
    const fresh = fix.edits.filter((edit) => !kept.some((other) => sameEdit(other, edit)));
    if (fresh.some((edit) => kept.some((other) => editsConflict(other, edit)))) {
      overlapping.push(fix.key);
      continue;
    }
    kept.push(...fresh);
    applied.push(fix.key);
  }
  const edits = kept.sort(compareEdits);
  return { text: splice(text, edits), applied, overlapping, invalid, edits };
}

/**
 * Two edits conflict when the ranges they replace share a character, or when one inserts strictly inside the
 * range the other replaces. Edits that only touch (one ends where the other starts) do not conflict, and neither
 * do two insertions at the same offset: they are spliced in sort order.
 */
export function editsConflict(a: OffsetEdit, b: OffsetEdit): boolean {
  const aInsert = a.startOffset === a.endOffset;
  const bInsert = b.startOffset === b.endOffset;
  if (aInsert && bInsert) return false;
  if (aInsert) return b.startOffset < a.startOffset && a.startOffset < b.endOffset;
  if (bInsert) return a.startOffset < b.startOffset && b.startOffset < a.endOffset;
  return a.startOffset < b.endOffset && b.startOffset < a.endOffset;
}

/**
 * Where an offset of the text before the edits lands after them. An offset inside a replaced range lands at the
 * start of its replacement; an offset where text was inserted lands after the insertion (the character it named
 * moved there).
 */
export function mapOffset(offset: number, edits: readonly OffsetEdit[]): number {
  let delta = 0;
  for (const edit of [...edits].sort(compareEdits)) {
    if (edit.endOffset <= offset) delta += edit.text.length - (edit.endOffset - edit.startOffset);
    else if (edit.startOffset <= offset) return edit.startOffset + delta;
    else break;
  }
  return offset + delta;
}

function invalidEdits(text: string, edits: readonly OffsetEdit[]): string | undefined {
  for (const edit of edits) {
    const { startOffset: start, endOffset: end } = edit;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      return `edit range ${start}-${end} is outside the file (0-${text.length})`;
    }
    // Splitting a CRLF pair or a surrogate pair would leave a byte sequence no editor wrote.
    if (splitsPair(text, start) || splitsPair(text, end))
      return `edit range ${start}-${end} splits a character or a CRLF line break`;
  }
  const sorted = [...edits].sort(compareEdits);
  for (let i = 1; i < sorted.length; i++) {
    const [previous, current] = [sorted[i - 1], sorted[i]];
    if (previous !== undefined && current !== undefined && editsConflict(previous, current))
      return 'two of its edits overlap';
  }
  return undefined;
}

function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (
    (before === 0x0d && after === 0x0a) ||
    (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
  );
}

function compareEdits(a: OffsetEdit, b: OffsetEdit): number {
  return (
    a.startOffset - b.startOffset ||
    a.endOffset - b.endOffset ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

function sameEdit(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.startOffset === b.startOffset && a.endOffset === b.endOffset && a.text === b.text;
}

/** Splices non-conflicting edits, sorted by offset. */
function splice(text: string, sorted: readonly OffsetEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    result += text.slice(at, edit.startOffset) + edit.text;
    at = Math.max(at, edit.endOffset);
  }
  return result + text.slice(at);
}
