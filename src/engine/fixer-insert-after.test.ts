import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply-fixes.ts';
import { Fixer } from './fixer.ts';
import type { TextEdit } from './fixer.ts';
import type { SourceFile } from '../workflow/source.ts';

function apply(file: SourceFile, edit: TextEdit): string {
  return applyEdits(file.text, [
    {
      file: file.path,
      start: { line: 0, column: 0 },
      end: { line: 0, column: 0 },
      startOffset: edit.start,
      endOffset: edit.end,
      text: edit.text,
    },
  ]).text;
}

function rangeOfText(file: SourceFile, needle: string) {
  const start = file.text.indexOf(needle);
  return { file, start, end: start + needle.length };
}

describe('Fixer.insertLinesAfter', () => {
  const fixer = new Fixer();

  it('inserts below the line, at its indentation', () => {
    const file = { path: 'a.yml', text: 'steps:\n  - run: a\n    shell: bash\nnext: 1\n' };
    expect(apply(file, fixer.insertLinesAfter(rangeOfText(file, 'shell: bash'), 'env:\n  A: 1\n'))).toBe(
      'steps:\n  - run: a\n    shell: bash\n    env:\n      A: 1\nnext: 1\n',
    );
  });

  it('inserts after an unindented line of a non-YAML file', () => {
    const file = { path: '.dockerignore', text: '.git\n.*\nnode_modules\n' };
    expect(apply(file, fixer.insertLinesAfter(rangeOfText(file, '.*'), '!.python-version\n'))).toBe(
      '.git\n.*\n!.python-version\nnode_modules\n',
    );
  });

  it('keeps a missing final line break missing, and CRLF line endings', () => {
    const file = { path: '.dockerignore', text: '.git\r\n.*' };
    expect(apply(file, fixer.insertLinesAfter(rangeOfText(file, '.*'), '!.nvmrc\n'))).toBe(
      '.git\r\n.*\r\n!.nvmrc',
    );
  });
});
