/**
 * A fix is data: text edits at node ranges, never a re-serialised document, so comments, quoting, indentation and
 * key order outside the edited ranges stay byte-for-byte as they were.
 */
import type { Range, SourceFile } from '../workflow/source.ts';
import type { LMap, LNode } from '../workflow/yaml-tree.ts';

export interface TextEdit {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface HasRange {
  readonly range: Range;
}

export class Fixer {
  replace(target: HasRange | Range, text: string): TextEdit {
    const range = rangeOf(target);
    return { file: range.file, start: range.start, end: range.end, text };
  }

  insertBefore(target: HasRange | Range, text: string): TextEdit {
    const range = rangeOf(target);
    return { file: range.file, start: range.start, end: range.start, text };
  }

  insertAfter(target: HasRange | Range, text: string): TextEdit {
    const range = rangeOf(target);
    return { file: range.file, start: range.end, end: range.end, text };
  }

  /** Removes whole lines from the start of `from`'s line through the end of `to`'s line. */
  removeLines(from: HasRange | Range, to: HasRange | Range = from): TextEdit {
    const start = rangeOf(from);
    const end = rangeOf(to);
    const { text } = start.file;
    const lineStart = text.lastIndexOf('\n', start.start - 1) + 1;
    const newline = text.indexOf('\n', Math.max(end.end - 1, end.start));
    return { file: start.file, start: lineStart, end: newline === -1 ? text.length : newline + 1, text: '' };
  }

  /**
   * Inserts whole lines above the line of `target`, indented like `target`. `lines` is YAML written at indentation
   * zero with two-space nesting; it is re-indented to the file's own unit.
   */
  insertLinesBefore(target: HasRange | Range, lines: string): TextEdit {
    const range = rangeOf(target);
    const { file } = range;
    const lineStart = file.text.lastIndexOf('\n', range.start - 1) + 1;
    const indent = ' '.repeat(range.start - lineStart);
    return { file, start: lineStart, end: lineStart, text: reindent(lines, file, indent) };
  }

  /**
   * Inserts whole lines below the line of `target` (after its line break), indented like `target`'s line. `lines`
   * is written at indentation zero with two-space nesting, re-indented to the file's unit.
   */
  insertLinesAfter(target: HasRange | Range, lines: string): TextEdit {
    const range = rangeOf(target);
    const { file } = range;
    const lineStart = file.text.lastIndexOf('\n', range.start - 1) + 1;
    const indent = /^[ \t]*/.exec(file.text.slice(lineStart, range.start))?.[0] ?? '';
    const newline = file.text.indexOf('\n', Math.max(range.end - 1, range.start));
    const body = reindent(lines, file, indent);
    // On a last line without a line break, the file keeps ending without one.
    if (newline === -1) return { file, start: file.text.length, end: file.text.length, text: lineEnding(file) + body.replace(/\r?\n$/, '') };
    return { file, start: newline + 1, end: newline + 1, text: body };
  }

  /**
   * Adds `key: value` to a mapping: as a last entry of a block mapping (at its indentation), or before the closing
   * brace of a flow mapping. `value` is YAML at indentation zero; a multi-line value is nested under the key.
   */
  addToMap(map: LMap, key: string, value: string): TextEdit {
    const { file } = map.range;
    const eol = lineEnding(file);
    if (map.flow) {
      const close = file.text.lastIndexOf('}', map.range.end);
      const empty = map.pairs.length === 0;
      return { file, start: close, end: close, text: `${empty ? '' : ', '}${key}: ${value.replace(/\n/g, ' ')}${empty ? '' : ' '}`.replace(/\s+$/, empty ? '' : ' ') };
    }
    const first = map.pairs[0];
    const last = map.pairs[map.pairs.length - 1];
    if (first === undefined || last === undefined) {
      return { file, start: map.range.start, end: map.range.end, text: `{ ${key}: ${value} }` };
    }
    const column = first.key.range.start - (file.text.lastIndexOf('\n', first.key.range.start - 1) + 1);
    const indent = ' '.repeat(column);
    const insertAt = endOfLine(file, valueEnd(last.value));
    const unit = indentUnit(file);
    const body = value.includes('\n')
      ? `${key}:${eol}${reindent(value, file, indent + unit).replace(new RegExp(`${eol}$`), '')}`
      : `${key}: ${value}`;
    const prefix = insertAt === file.text.length && !file.text.endsWith('\n') ? eol : '';
    return { file, start: insertAt, end: insertAt, text: `${prefix}${indent}${body}${eol}` };
  }
}

function rangeOf(target: HasRange | Range): Range {
  return 'range' in target ? target.range : target;
}

function valueEnd(node: LNode): number {
  return Math.max(node.range.end, node.range.start);
}

/** Offset just after the line break that ends the line containing `offset - 1`. */
function endOfLine(file: SourceFile, offset: number): number {
  const newline = file.text.indexOf('\n', Math.max(0, offset - 1));
  return newline === -1 ? file.text.length : newline + 1;
}

export function lineEnding(file: SourceFile): string {
  return file.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The file's indentation step (2 or 4 spaces …), from the smallest positive indentation used. */
export function indentUnit(file: SourceFile): string {
  let smallest = Number.POSITIVE_INFINITY;
  for (const match of file.text.matchAll(/^( +)\S/gm)) {
    const length = match[1]?.length ?? 0;
    if (length > 0 && length < smallest) smallest = length;
  }
  return ' '.repeat(Number.isFinite(smallest) ? smallest : 2);
}

/** Re-indents YAML written with two-space nesting to the file's unit, prefixed by `indent`, with its line endings. */
export function reindent(yaml: string, file: SourceFile, indent: string): string {
  const unit = indentUnit(file);
  const eol = lineEnding(file);
  const lines = yaml.replace(/\n$/, '').split('\n');
  return (
    lines
      .map((line) => {
        if (line.trim() === '') return '';
        const leading = /^ */.exec(line)?.[0].length ?? 0;
        return indent + unit.repeat(Math.floor(leading / 2)) + ' '.repeat(leading % 2) + line.slice(leading);
      })
      .join(eol) + eol
  );
}
