/** Splices text edits into file texts. Edits are applied from the end so earlier offsets stay valid. */
import type { FindingEdit } from '../findings/finding.ts';

export interface AppliedEdits {
  readonly text: string;
  /** Edits dropped because they overlapped an edit that sorts before them. */
  readonly dropped: readonly FindingEdit[];
}

/**
 * Applies the edits of one file. Overlapping edits are resolved deterministically: sorted by start, then end, then
 * text, the first wins and the others are dropped. Two insertions at one offset are both kept, in that order.
 */
export function applyEdits(text: string, edits: readonly FindingEdit[]): AppliedEdits {
  const sorted = [...edits].sort(
    (a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const kept: FindingEdit[] = [];
  const dropped: FindingEdit[] = [];
  let reach = 0;
  for (const edit of sorted) {
    const previous = kept.at(-1);
    const duplicate =
      previous !== undefined && previous.startOffset === edit.startOffset && previous.endOffset === edit.endOffset && previous.text === edit.text;
    if (duplicate) continue; // two findings asking for the same change
    if (edit.startOffset < reach) {
      dropped.push(edit);
      continue;
    }
    kept.push(edit);
    reach = Math.max(reach, edit.endOffset);
  }
  let result = text;
  for (const edit of [...kept].reverse()) {
    result = result.slice(0, edit.startOffset) + edit.text + result.slice(edit.endOffset);
  }
  return { text: result, dropped };
}
