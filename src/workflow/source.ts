/**
 * Source files and positions. Every value of the model points back into the text it came from through a
 * `Range` (offsets into one `SourceFile`); lines and columns are computed only when a finding is reported.
 */

export interface SourceFile {
  /** Path relative to the analysed directory, with `/` separators. */
  readonly path: string;
  readonly text: string;
}

export interface Range {
  readonly file: SourceFile;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** A value together with the place it was written. */
export interface Located<T> {
  readonly value: T;
  readonly range: Range;
}

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units like every editor and SARIF consumer. */
  readonly column: number;
}

const lineStartsCache = new WeakMap<SourceFile, readonly number[]>();

function lineStarts(file: SourceFile): readonly number[] {
  let starts = lineStartsCache.get(file);
  if (starts === undefined) {
    const found = [0];
    const { text } = file;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) found.push(i + 1);
    starts = found;
    lineStartsCache.set(file, starts);
  }
  return starts;
}

export function positionAt(file: SourceFile, offset: number): Position {
  const starts = lineStarts(file);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** The offset of a 1-based line and column (clamped to the file). */
export function offsetAt(file: SourceFile, line: number, column = 1): number {
  const starts = lineStarts(file);
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(start + column - 1, file.text.length);
}

/** The text of a 1-based line without its line break. */
export function lineText(file: SourceFile, line: number): string {
  const starts = lineStarts(file);
  const start = starts[line - 1];
  if (start === undefined) return '';
  const next = starts[line];
  return file.text.slice(start, next === undefined ? file.text.length : next).replace(/\r?\n$/, '');
}

export function lineCount(file: SourceFile): number {
  return lineStarts(file).length;
}

export function rangeOf(file: SourceFile, start: number, end: number): Range {
  return { file, start, end };
}

export function located<T>(value: T, range: Range): Located<T> {
  return { value, range };
}
