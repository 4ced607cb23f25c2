import { describe, expect, it } from 'vitest';
import { lineText, positionAt } from './source.ts';
import type { SourceFile } from './source.ts';
import {
  asMap,
  asSeq,
  LMap,
  LSeq,
  MAX_NESTING_DEPTH,
  parseYaml,
  scalarList,
  scalarString,
  toPlain,
} from './yaml-tree.ts';
import type { LNode, ParseYamlOptions } from './yaml-tree.ts';

function parse(text: string, options: ParseYamlOptions = {}) {
  const file: SourceFile = { path: 'test.yml', text };
  return { file, ...parseYaml(file, options) };
}

function at(node: LNode | undefined, file: SourceFile): string {
  if (node === undefined) return 'undefined';
  const { line, column } = positionAt(file, node.range.start);
  return `${line}:${column}`;
}

describe('parseYaml', () => {
  it('keeps the range of every key and value', () => {
    const { file, root, problems } = parse('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n');
    expect(problems).toEqual([]);
    const jobs = asMap(asMap(root)?.get('jobs'));
    const build = jobs?.pair('build');
    expect(at(build?.key, file)).toBe('3:3');
    expect(at(asMap(build?.value)?.get('runs-on'), file)).toBe('4:14');
    expect(file.text.slice(build?.key.range.start, build?.key.range.end)).toBe('build');
  });

  it('reports a syntax error with its position instead of throwing', () => {
    const { file, root, problems } = parse('on: push\njobs:\n  build:\n    steps: - run: x\n');
    expect(root).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).not.toMatch(/at line/);
    expect(positionAt(file, problems[0]?.range.start ?? -1).line).toBe(4);
  });

  it('reports duplicate keys, which GitHub rejects', () => {
    const { problems } = parse('on: push\non: pull_request\njobs: {}\n');
    expect(problems.map((p) => p.message)).toEqual(['Map keys must be unique']);
  });

  it('gives an empty document no root and no problem', () => {
    expect(parse('# only a comment\n')).toMatchObject({ root: undefined, problems: [] });
  });

  it('turns non-string keys into strings (`on: { 1: x }`, `true:`)', () => {
    const { root } = parse('1: one\ntrue: yes\nnull: nothing\n');
    expect(asMap(root)?.pairs.map((p) => p.key.value)).toEqual(['1', 'true', null]);
  });

  it('records the scalar style, so that callers can tell `"true"` from `true`', () => {
    const { root } = parse('a: plain\nb: \'single\'\nc: "double"\nd: |\n  block\ne: >-\n  folded\n');
    expect(asMap(root)?.pairs.map((p) => (p.value.kind === 'scalar' ? p.value.style : p.value.kind))).toEqual(
      ['plain', 'single', 'double', 'block', 'block'],
    );
  });

  it('gives a missing value a null scalar on its key’s line', () => {
    const { file, root } = parse('env:\n  EMPTY:\n  NEXT: 1\n');
    const empty = asMap(asMap(root)?.get('env'))?.get('EMPTY');
    expect(empty).toMatchObject({ kind: 'scalar', value: null });
    expect(at(empty, file)).toBe('2:9');
  });

  describe('anchors and aliases', () => {
    it('resolves an alias to the anchored node, keeping the anchor’s range', () => {
      const { file, root, problems } = parse('x: &env\n  A: 1\ny: *env\n');
      expect(problems).toEqual([]);
      const map = asMap(root);
      expect(map?.get('y')).toBe(map?.get('x'));
      expect(at(map?.get('y'), file)).toBe('2:3');
    });

    it('resolves an alias to the last anchor of that name before it', () => {
      const { root } = parse('a: &v first\nb: *v\nc: &v second\nd: *v\n');
      expect(toPlain(root)).toEqual({ a: 'first', b: 'first', c: 'second', d: 'second' });
    });

    it('reports an alias without an anchor', () => {
      const { file, root, problems } = parse('a: 1\nb: *missing\n');
      expect(problems.map((p) => p.message)).toEqual(['unknown anchor `missing`']);
      expect(positionAt(file, problems[0]?.range.start ?? -1)).toEqual({ line: 2, column: 4 });
      expect(asMap(root)?.get('b')).toMatchObject({ kind: 'scalar', value: null });
    });

    it('reports an anchor used after its alias as unknown (anchors only look backwards)', () => {
      const { problems } = parse('a: *later\nb: &later 1\n');
      expect(problems.map((p) => p.message)).toEqual(['unknown anchor `later`']);
    });

    // actionlint testdata err/recursive_anchors.yaml and err/issue-610_recursive_raw_yaml_value.yaml once crashed us.
    it('reports an alias inside the node it names instead of recursing forever', () => {
      const { file, problems } = parse('steps:\n  - &step\n    run: x\n    env: *step\n');
      expect(problems.map((p) => [p.message, positionAt(file, p.range.start).line])).toEqual([
        ['alias `*step` refers to a node that contains it', 4],
      ]);
      const nested = parse('include: &rows\n  - os: linux\n    nested: *rows\n');
      expect(nested.problems).toHaveLength(1);
    });

    it('refuses a file whose aliases expand exponentially ("billion laughs") instead of hanging its readers', () => {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let level = 1; level < 8; level++) {
        const previous = String.fromCharCode(96 + level);
        levels.push(
          `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${previous}`).join(', ')}]`,
        );
      }
      const { root, problems } = parse(`${levels.join('\n')}\n`);
      expect(root).toBeUndefined();
      expect(problems.map((p) => p.message)).toEqual([
        'aliases expand this file to more than 1,000,000 nodes; not analysed',
      ]);
      // Well below the limit, shared aliases are fine.
      expect(parse(`${levels.slice(0, 4).join('\n')}\n`).problems).toEqual([]);
    });

    it('accepts an alias to a sibling of an ancestor', () => {
      const { root, problems } = parse('jobs:\n  a: &job\n    runs-on: x\n  b:\n    uses: *job\n');
      expect(problems).toEqual([]);
      expect(toPlain(root)).toEqual({ jobs: { a: { 'runs-on': 'x' }, b: { uses: { 'runs-on': 'x' } } } });
    });
  });

  describe('merge keys', () => {
    it('merges `<<: *anchor`, explicit keys winning', () => {
      const { root } = parse('base: &base\n  A: 1\n  B: 2\nenv:\n  <<: *base\n  B: 3\n');
      expect(toPlain(asMap(root)?.get('env'))).toEqual({ B: 3, A: 1 });
    });

    it('merges a list of maps, the first one winning', () => {
      const { root } = parse('a: &a { X: a }\nb: &b { X: b, Y: b }\nc:\n  <<: [*a, *b]\n');
      expect(toPlain(asMap(root)?.get('c'))).toEqual({ X: 'a', Y: 'b' });
    });

    it('reports each merge key when asked to reject them (GitHub Actions does), still merging', () => {
      const { file, root, problems } = parse('base: &base\n  A: 1\nenv:\n  <<: *base\n  B: 2\n', {
        mergeKeys: 'reject',
      });
      expect(problems.map((p) => [p.message, positionAt(file, p.range.start)])).toEqual([
        [
          'GitHub Actions does not support the YAML merge key `<<`; GitHub rejects the file.',
          { line: 4, column: 3 },
        ],
      ]);
      expect(toPlain(asMap(root)?.get('env'))).toEqual({ B: 2, A: 1 });
    });
    it('keeps a quoted `"<<"` as an ordinary key', () => {
      const { root } = parse('c:\n  "<<": literal\n');
      expect(toPlain(asMap(root)?.get('c'))).toEqual({ '<<': 'literal' });
    });
  });

  describe('line endings and byte order mark', () => {
    it('computes positions in CRLF files as in LF files', () => {
      const lf = parse('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n');
      const crlf = parse('on: push\r\njobs:\r\n  build:\r\n    runs-on: ubuntu-latest\r\n');
      const runsOn = (p: typeof lf) => asMap(asMap(asMap(p.root)?.get('jobs'))?.get('build'))?.get('runs-on');
      expect(at(runsOn(crlf), crlf.file)).toBe(at(runsOn(lf), lf.file));
      expect(scalarString(runsOn(crlf))).toBe('ubuntu-latest');
      expect(lineText(crlf.file, 4)).toBe('    runs-on: ubuntu-latest');
    });

    it('keeps `\\r` out of block scalars', () => {
      const { root } = parse('run: |\r\n  echo a\r\n  echo b\r\n');
      expect(scalarString(asMap(root)?.get('run'))).toBe('echo a\necho b\n');
    });
  });
});

describe('readers', () => {
  it('scalarList accepts a scalar, a sequence or nothing', () => {
    const { root } = parse('a: one\nb: [one, two, {x: 1}]\nc:\nd: {x: 1}\n');
    const map = root as LMap;
    expect(scalarList(map.get('a')).map((s) => s.value)).toEqual(['one']);
    expect(scalarList(map.get('b')).map((s) => s.value)).toEqual(['one', 'two']);
    expect(scalarList(map.get('c'))).toEqual([]);
    expect(scalarList(map.get('d'))).toEqual([]);
    expect(scalarList(undefined)).toEqual([]);
  });

  it('asMap/asSeq/scalarString narrow by kind', () => {
    const { root } = parse('m: {}\ns: []\nn: 3\nb: true\nz: null\n');
    const map = root as LMap;
    expect(asMap(map.get('m'))).toBeInstanceOf(LMap);
    expect(asSeq(map.get('s'))).toBeInstanceOf(LSeq);
    expect(asMap(map.get('s'))).toBeUndefined();
    expect([
      scalarString(map.get('n')),
      scalarString(map.get('b')),
      scalarString(map.get('z')),
      scalarString(map.get('m')),
    ]).toEqual(['3', 'true', undefined, undefined]);
  });
});

describe('hostile nesting (issue 14)', () => {
  const nested = (depth: number): SourceFile => ({
    path: 'ci.yml',
    text: `on: push\nsteps: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
  });

  it.each([10_000, 1_000, MAX_NESTING_DEPTH + 1])(
    'reports %i nested `[` as too deep, not as a stack overflow',
    (depth) => {
      const { root, problems } = parseYaml(nested(depth));
      expect(root).toBeUndefined();
      expect(problems.map((problem) => problem.message)).toEqual([
        `collections nested more than ${MAX_NESTING_DEPTH} levels deep; not analysed`,
      ]);
    },
  );

  it('reads nesting up to the limit', () => {
    expect(parseYaml(nested(MAX_NESTING_DEPTH - 1)).problems).toEqual([]);
  });
});
