/**
 * A code frame for the terminal: the offending lines with a line-number gutter and a caret underline, plus a line of
 * context on each side. Needs no terminal width: long lines are cut to a fixed window around the finding.
 */
import type { Position } from '../workflow/source.ts';
import { visibleControl } from './safe-text.ts';

// text.ts reads it from here.
export { visibleControl };

export interface FrameStyle {
  /** Wraps the gutter (line numbers, `|`). */
  readonly gutter: (text: string) => string;
  /** Wraps the caret underline. */
  readonly marker: (text: string) => string;
}

const PLAIN: FrameStyle = { gutter: (text) => text, marker: (text) => text };

const CONTEXT_LINES = 1;
/** Ranges spanning more lines show their first and last lines only. */
const MAX_MARKED_LINES = 4;
/** Columns of source shown per line; the window starts a little before the finding. */
const WINDOW = 100;
const LEAD = 24;
const TAB_STOP = 4;

/** Splits a file into lines without their terminators (`\n`, `\r\n`). */
export function sourceLines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

export function codeFrame(
  lines: readonly string[],
  start: Position,
  end: Position,
  style: FrameStyle = PLAIN,
): string[] {
  if (lines.length === 0 || start.line > lines.length) return [];
  let last = end.line;
  // A range that ends at column 1 covers its last line break, not the next line.
  if (last > start.line && end.column === 1) last -= 1;
  last = Math.min(last, lines.length);

  const marked = markedLines(start.line, last);
  const first = Math.max(1, start.line - CONTEXT_LINES);
  // The empty "line" after a file's final line break is no context worth showing (but can hold a position at EOF).
  const realLines = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  const after = Math.max(last, Math.min(realLines, last + CONTEXT_LINES));
  const shown = [...new Set([...range(first, start.line - 1), ...marked, ...range(last + 1, after)])];
  const gutterWidth = String(after).length;

  const startLine = lines[start.line - 1] ?? '';
  const startColumn = displayColumn(startLine, start.column - 1);
  const windowStart = startColumn + LEAD / 2 <= WINDOW ? 0 : startColumn - LEAD;
  const output: string[] = [];
  let previous = 0;
  for (const number of shown) {
    if (previous !== 0 && number > previous + 1) output.push(style.gutter(`${' '.repeat(gutterWidth + 2)}:`));
    previous = number;
    const text = lines[number - 1] ?? '';
    const isMarked = number >= start.line && number <= last;
    // Only marked lines need the window (their carets must line up); context lines start at their beginning.
    const { visible } = cut(expand(text), isMarked ? windowStart : 0);
    output.push(
      `${style.gutter(`${isMarked ? '>' : ' '} ${String(number).padStart(gutterWidth)} |`)}${visible === '' ? '' : ` ${visible}`}`,
    );
    if (!isMarked) continue;
    const [from, to] = markedSpan(text, number, start, {
      line: last,
      column: number === end.line ? end.column : text.length + 1,
    });
    const left = Math.max(0, from - windowStart);
    const right = Math.min(WINDOW + 1, to - windowStart);
    const width = Math.max(1, right - left);
    output.push(
      `${style.gutter(`  ${' '.repeat(gutterWidth)} |`)} ${' '.repeat(left + (windowStart > 0 ? 1 : 0))}${style.marker('^'.repeat(width))}`,
    );
  }
  return output;
}

function markedLines(first: number, last: number): number[] {
  if (last - first + 1 <= MAX_MARKED_LINES) return range(first, last);
  return [...range(first, first + 1), ...range(last - 1, last)];
}

/** The display columns [from, to) to underline on one line of a (possibly multi-line) range. */
function markedSpan(text: string, line: number, start: Position, end: Position): [number, number] {
  const indent = /^[ \t]*/.exec(text)?.[0].length ?? 0;
  const fromColumn = line === start.line ? start.column - 1 : indent;
  const toColumn = line === end.line ? end.column - 1 : text.length;
  const from = displayColumn(text, fromColumn);
  const to = displayColumn(text, Math.max(fromColumn, toColumn));
  return [from, Math.max(to, from + 1)];
}

/**
 * The display column of a UTF-16 offset: tabs advance to the next tab stop, a surrogate pair counts once.
 * East Asian wide characters are counted as one column: exact widths need a Unicode table for a rare case.
 */
export function displayColumn(text: string, offset: number): number {
  let column = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09) column += TAB_STOP - (column % TAB_STOP);
    else if (code < 0xdc00 || code > 0xdfff) column += 1;
  }
  return column + Math.max(0, offset - text.length);
}

/** Tabs become spaces and control characters their visible pictures, so nothing in a file can drive the terminal. */
function expand(text: string): string[] {
  const cells: string[] = [];
  for (const char of text) {
    if (char === '\t') cells.push(...' '.repeat(TAB_STOP - (cells.length % TAB_STOP)));
    else cells.push(visibleControl(char));
  }
  return cells;
}

function cut(cells: readonly string[], windowStart: number): { visible: string } {
  const head = windowStart > 0 ? '…' : '';
  const end = windowStart + WINDOW;
  const tail = cells.length > end ? '…' : '';
  return { visible: `${head}${cells.slice(windowStart, end).join('')}${tail}`.trimEnd() };
}

function range(from: number, to: number): number[] {
  const numbers: number[] = [];
  for (let n = from; n <= to; n++) numbers.push(n);
  return numbers;
}
