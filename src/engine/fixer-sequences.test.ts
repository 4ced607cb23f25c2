import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply-fixes.ts';
import { Fixer } from './fixer.ts';
import type { TextEdit } from './fixer.ts';
import type { SourceFile } from '../workflow/source.ts';
import { asMap, parseYaml } from '../workflow/yaml-tree.ts';
import type { LMap } from '../workflow/yaml-tree.ts';

function parse(text: string): { file: SourceFile; root: LMap } {
  const file = { path: 'ci.yml', text };
  const root = asMap(parseYaml(file).root);
  if (root === undefined) throw new Error('not a map');
  return { file, root };
}

function apply(text: string, edit: TextEdit): string {
  return applyEdits(text, [
    {
      file: 'ci.yml',
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 },
      startOffset: edit.start,
      endOffset: edit.end,
      text: edit.text,
    },
  ]).text;
}

const fixer = new Fixer();

describe('Fixer.addToSequence', () => {
  it.each([
    ['a:\n  needs: changes\n', 'a:\n  needs: [changes, build]\n'],
    ['a:\n  needs: [changes, lint]\n', 'a:\n  needs: [changes, lint, build]\n'],
    ['a:\n  needs: []\n', 'a:\n  needs: [build]\n'],
    [
      'a:\n  needs:\n    - changes # why\n    - lint\n  x: 1\n',
      'a:\n  needs:\n    - changes # why\n    - lint\n    - build\n  x: 1\n',
    ],
    ['a:\n  needs:\n  - changes', 'a:\n  needs:\n  - changes\n  - build\n'],
    ['a:\r\n  needs:\r\n    - changes\r\n', 'a:\r\n  needs:\r\n    - changes\r\n    - build\r\n'],
  ])('%j', (before, after) => {
    const { root } = parse(before);
    const needs = asMap(root.get('a'))?.get('needs');
    if (needs === undefined) throw new Error('no needs');
    expect(apply(before, fixer.addToSequence(needs, 'build'))).toBe(after);
  });

  it('refuses a mapping', () => {
    const { root } = parse('a:\n  needs: { x: 1 }\n');
    expect(() => fixer.addToSequence(asMap(root.get('a'))?.get('needs') as LMap, 'b')).toThrow(
      /mapping at ci\.yml/,
    );
  });
});

describe('Fixer.lineSpan and sourceText', () => {
  const text =
    'steps:\n  - uses: docker/build-push-action@v6\n    with:\n      load: true\n      tags: app\n  - run: make\n';
  const { file, root } = parse(text);
  const seq = root.get('steps');
  const step = seq?.kind === 'seq' ? asMap(seq.items[0]) : undefined;
  if (step === undefined) throw new Error('no step');
  const withMap = asMap(step.get('with')) as LMap;

  it('spans whole lines, from the dash line to the end of the last value', () => {
    const span = fixer.lineSpan(step);
    expect(file.text.slice(span.start, span.end)).toBe(
      '  - uses: docker/build-push-action@v6\n    with:\n      load: true\n      tags: app\n',
    );
  });

  it('applies edits inside the span to a copy of its text', () => {
    const load = withMap.pair('load');
    if (load === undefined) throw new Error('no load');
    const copy = fixer.sourceText(fixer.lineSpan(step), [
      fixer.removeLines(load.key, load.value),
      fixer.addToMap(withMap, 'outputs', 'type=docker'),
    ]);
    expect(copy).toBe(
      '  - uses: docker/build-push-action@v6\n    with:\n      tags: app\n      outputs: type=docker\n',
    );
    expect(file.text).toBe(text);
  });

  it('rejects an edit outside the range', () => {
    expect(() => fixer.sourceText(fixer.lineSpan(step), [fixer.insertBefore(root, 'x')])).toThrow(/outside/);
  });
});
