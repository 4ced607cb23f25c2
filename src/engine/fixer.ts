/**
 * A fix is data: text edits at node ranges, never a re-serialised document, so comments, quoting, indentation and
 * key order outside the edited ranges stay byte-for-byte as they were.
 */
import type { Range, SourceFile } from '../workflow/source.ts';
import { LMap } from '../workflow/yaml-tree.ts';
import type { LNode } from '../workflow/yaml-tree.ts';

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
   * zero with two-space nesting; it is re-indented to the file's own unit. Comment lines directly above `target`, at
   * its indentation, belong to it and stay with it. When `target` follows a `- ` on its line (the first key of a
   * sequence item), the lines go after the `- ` and `target` moves to the next line.
   */
  insertLinesBefore(target: HasRange | Range, lines: string): TextEdit {
    const range = rangeOf(target);
    const { file } = range;
    const lineStart = file.text.lastIndexOf('\n', range.start - 1) + 1;
    const prefix = file.text.slice(lineStart, range.start);
    const indent = ' '.repeat(range.start - lineStart);
    if (prefix.trim() !== '') {
      const text = reindent(lines, file, indent).slice(indent.length) + indent;
      return { file, start: range.start, end: range.start, text };
    }
    const start = startOfLeadingComments(file, lineStart, prefix);
    return { file, start, end: start, text: reindent(lines, file, indent) };
  }

  /**
   * Inserts whole lines below the last line of `after` (a key's value, possibly a block spanning several lines),
   * indented like `indentLike` (by default `after` itself). `lines` is YAML at indentation zero with two-space
   * nesting, re-indented to the file's unit. Used to place a key right after a sibling (`timeout-minutes` after
   * `runs-on`) without re-serialising the mapping.
   */
  insertLinesAfter(after: HasRange | Range, lines: string, indentLike: HasRange | Range = after): TextEdit {
    const range = rangeOf(after);
    const { file } = range;
    const anchor = rangeOf(indentLike);
    const anchorLineStart = file.text.lastIndexOf('\n', anchor.start - 1) + 1;
    const indent = ' '.repeat(anchor.start - anchorLineStart);
    const insertAt = endOfLine(file, Math.max(range.end, range.start + 1));
    const body = reindent(lines, file, indent);
    // On a last line without a line break, the file keeps ending without one.
    if (insertAt === file.text.length && !file.text.endsWith('\n')) {
      return { file, start: insertAt, end: insertAt, text: lineEnding(file) + body.replace(/\r?\n$/, '') };
    }
    return { file, start: insertAt, end: insertAt, text: body };
  }

  /**
   * Adds an input to a step's `with:` (a mapping with `uses`): into the existing `with:` map, or as a new `with:`
   * block right below `uses:`. Undefined when `with:` exists but is not a mapping (empty, or an alias to a scalar).
   */
  addStepInput(step: LMap, input: string, value: string): TextEdit | undefined {
    const existing = step.pair('with');
    if (existing !== undefined)
      return existing.value instanceof LMap ? this.addToMap(existing.value, input, value) : undefined;
    const uses = step.pair('uses');
    if (step.flow || uses === undefined) return this.addToMap(step, 'with', `{ ${input}: ${value} }`);
    return this.insertLinesAfter(uses.value, `with:\n  ${input}: ${value}\n`, uses.key);
  }

  /**
   * Adds `key: value` to a mapping: as a last entry of a block mapping (at its indentation), or before the closing
   * brace of a flow mapping. `value` is YAML at indentation zero; a multi-line value is nested under the key.
   */
  addToMap(map: LMap, key: string, value: string): TextEdit {
    const { file } = map.range;
    const eol = lineEnding(file);
    const first = map.pairs[0];
    const last = map.pairs[map.pairs.length - 1];
    if (map.flow) {
      const entry = `${key}: ${value.trim().replace(/\s*\n\s*/g, ' ')}`;
      // After the last value, so that the spacing of `{ a: 1 }` and `{a: 1}` is kept as written.
      if (last !== undefined)
        return { file, start: valueEnd(last.value), end: valueEnd(last.value), text: `, ${entry}` };
      const close = file.text.lastIndexOf('}', map.range.end);
      return { file, start: close, end: close, text: entry };
    }
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
    // A file without a final newline keeps having none.
    if (insertAt === file.text.length && !file.text.endsWith('\n'))
      return { file, start: insertAt, end: insertAt, text: `${eol}${indent}${body}` };
    return { file, start: insertAt, end: insertAt, text: `${indent}${body}${eol}` };
  }

  /** The whole lines from the start of `from`'s line through the line break ending `to`'s last line. */
  lineSpan(from: HasRange | Range, to: HasRange | Range = from): Range {
    const { file, start, end } = this.removeLines(from, to);
    return { file, start, end };
  }

  /**
   * The source text of `range` with `edits` (which must lie inside it) applied: for building new YAML out of
   * existing lines, e.g. a copy of a step with one input changed, without re-serialising anything.
   */
  sourceText(range: Range, edits: readonly TextEdit[] = []): string {
    let text = range.file.text.slice(range.start, range.end);
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    for (const edit of sorted) {
      if (edit.file !== range.file || edit.start < range.start || edit.end > range.end) {
        throw new Error(
          `edit ${edit.start}-${edit.end} lies outside ${range.start}-${range.end} of ${range.file.path}`,
        );
      }
      text = text.slice(0, edit.start - range.start) + edit.text + text.slice(edit.end - range.start);
    }
    return text;
  }

  /**
   * Adds a scalar item to a value that GitHub reads as "one or a list" (`needs`, `runs-on` …): `a` becomes
   * `[a, item]`, a flow sequence gains `, item`, a block sequence a `- item` line like its last one.
   */
  addToSequence(node: LNode, item: string): TextEdit {
    const { file } = node.range;
    if (node.kind === 'scalar')
      return this.replace(node, `[${file.text.slice(node.range.start, node.range.end)}, ${item}]`);
    if (node.kind === 'seq' && node.flow) {
      const close = file.text.lastIndexOf(']', node.range.end);
      return { file, start: close, end: close, text: node.items.length === 0 ? item : `, ${item}` };
    }
    if (node.kind === 'seq') {
      const last = node.items[node.items.length - 1];
      if (last === undefined) return this.replace(node, `[${item}]`);
      const lineStart = file.text.lastIndexOf('\n', last.range.start - 1) + 1;
      const dash = file.text.slice(lineStart, last.range.start);
      const insertAt = endOfLine(file, valueEnd(last));
      const prefix = insertAt === file.text.length && !file.text.endsWith('\n') ? lineEnding(file) : '';
      return { file, start: insertAt, end: insertAt, text: `${prefix}${dash}${item}${lineEnding(file)}` };
    }
    throw new Error(`cannot add a list item to a mapping at ${file.path}:${node.range.start}`);
  }
}

/** The start of the run of comment lines, at `indent`, that ends just above `lineStart` (or `lineStart` itself). */
function startOfLeadingComments(file: SourceFile, lineStart: number, indent: string): number {
  let start = lineStart;
  while (start > 0) {
    const previous = file.text.lastIndexOf('\n', start - 2) + 1;
    const line = file.text.slice(previous, start).replace(/\r?\n$/, '');
    if (!line.startsWith(`${indent}#`)) break;
    start = previous;
  }
  return start;
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
  return layoutOf(file).eol;
}

/** The file's indentation step (2 or 4 spaces …), from the smallest positive indentation used. */
export function indentUnit(file: SourceFile): string {
  return layoutOf(file).unit;
}

/**
 * A file's line ending and indentation step, scanned once per text: a fix is built for every finding (missing-timeout
 * reports most jobs of a repository), and scanning the whole file for each was a tenth of a corpus lint.
 */
const layouts = new WeakMap<
  SourceFile,
  { readonly text: string; readonly eol: string; readonly unit: string }
>();

function layoutOf(file: SourceFile): { readonly eol: string; readonly unit: string } {
  const cached = layouts.get(file);
  if (cached !== undefined && cached.text === file.text) return cached;
  let smallest = Number.POSITIVE_INFINITY;
  for (const match of file.text.matchAll(/^( +)\S/gm)) {
    const length = match[1]?.length ?? 0;
    if (length > 0 && length < smallest) smallest = length;
  }
  const layout = {
    text: file.text,
    eol: file.text.includes('\r\n') ? '\r\n' : '\n',
    unit: ' '.repeat(Number.isFinite(smallest) ? smallest : 2),
  };
  layouts.set(file, layout);
  return layout;
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
