import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { UNKNOWN } from './expressions.ts';
import { MATRIX_JOB_LIMIT } from './matrix.ts';
import type { Matrix } from './model.ts';
import { parseWorkflow } from './parse-workflow.ts';

/** The matrix of the only job of a workflow whose `strategy.matrix` is `matrix` (indented by four spaces). */
function matrixOf(matrix: string): Matrix {
  const text = `on: push\njobs:\n  test:\n    runs-on: x\n    strategy:\n      matrix:\n${matrix.replace(/^/gm, '        ')}\n`;
  const { model, problems } = parseWorkflow({ path: '.github/workflows/ci.yml', text });
  expect(problems).toEqual([]);
  const found = model?.jobs[0]?.matrix;
  if (found === undefined) throw new Error('no matrix');
  return found;
}

describe('buildMatrix', () => {
  it('expands the cartesian product of the dimensions, in order', () => {
    const matrix = matrixOf('os: [ubuntu, windows]\nnode: [18, 20]');
    expect(matrix).toMatchObject({ dynamic: false, size: 4 });
    expect(matrix.combinations).toEqual([
      { os: 'ubuntu', node: 18 },
      { os: 'ubuntu', node: 20 },
      { os: 'windows', node: 18 },
      { os: 'windows', node: 20 },
    ]);
  });

  // https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations#excluding-matrix-configurations
  it('removes every combination an `exclude` entry partially matches (the docs example: 12 − 3 = 9)', () => {
    const matrix = matrixOf(dedent`
      os: [macos-latest, windows-latest]
      version: [12, 14, 16]
      environment: [staging, production]
      exclude:
        - os: macos-latest
          version: 12
          environment: production
        - os: windows-latest
          version: 16
    `);
    expect(matrix.size).toBe(9);
    expect(matrix.combinations).not.toContainEqual({
      os: 'windows-latest',
      version: 16,
      environment: 'staging',
    });
    expect(matrix.combinations).toContainEqual({ os: 'macos-latest', version: 12, environment: 'staging' });
  });

  // https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations#example-expanding-configurations
  it('adds `include` entries to the combinations they do not overwrite, else as new ones (the docs example)', () => {
    const matrix = matrixOf(dedent`
      fruit: [apple, pear]
      animal: [cat, dog]
      include:
        - color: green
        - color: pink
          animal: cat
        - fruit: apple
          shape: circle
        - fruit: banana
        - fruit: banana
          animal: cat
    `);
    expect(matrix.combinations).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  it('applies `exclude` before `include`, so an include can bring an excluded combination back', () => {
    const matrix = matrixOf(dedent`
      os: [linux, macos]
      exclude:
        - os: macos
      include:
        - os: macos
          experimental: true
    `);
    expect(matrix.combinations).toEqual([{ os: 'linux' }, { os: 'macos', experimental: true }]);
  });

  it('builds a matrix of `include` entries alone', () => {
    const matrix = matrixOf(
      'include:\n  - { target: x86_64, runner: ubuntu }\n  - { target: aarch64, runner: ubuntu-arm }',
    );
    expect(matrix.combinations).toEqual([
      { target: 'x86_64', runner: 'ubuntu' },
      { target: 'aarch64', runner: 'ubuntu-arm' },
    ]);
  });

  it('compares object values structurally in `exclude`', () => {
    const matrix = matrixOf(dedent`
      config:
        - { os: linux, arch: x64 }
        - { os: linux, arch: arm64 }
      exclude:
        - config: { os: linux, arch: arm64 }
    `);
    expect(matrix.combinations).toEqual([{ config: { os: 'linux', arch: 'x64' } }]);
  });

  it('stops at the 256-job limit and records how far beyond it the matrix goes (issue 14)', () => {
    const values = (n: number) => `[${Array.from({ length: n }, (_, i) => i).join(', ')}]`;
    const matrix = matrixOf(`a: ${values(20)}\nb: ${values(15)}`);
    expect(matrix).toMatchObject({ combinations: undefined, size: undefined, overLimit: { jobs: 300 } });
    expect(matrixOf(`a: ${values(16)}\nb: ${values(16)}`)).toMatchObject({ size: MATRIX_JOB_LIMIT });
    expect(matrixOf(`a: ${values(16)}\nb: ${values(16)}`).overLimit).toBeUndefined();
  });

  it('expands eight dimensions of ten values (10^8 combinations) only up to the limit', () => {
    const matrix = matrixOf(Array.from({ length: 8 }, (_, i) => `d${i}: [0,1,2,3,4,5,6,7,8,9]`).join('\n'));
    expect(matrix.overLimit).toEqual({ jobs: 100_000_000 });
  });

  it('counts `include` entries that add jobs towards the limit', () => {
    const values = (n: number) => `[${Array.from({ length: n }, (_, i) => i).join(', ')}]`;
    const include = Array.from({ length: 10 }, (_, i) => `  - { extra: ${i} }`).join('\n');
    const matrix = matrixOf(`a: ${values(250)}\ninclude:\n${include}`);
    // Each `{extra}` entry extends all 250 combinations (it overwrites no original value), so no job is added.
    expect(matrix.size).toBe(250);
    const adding = Array.from({ length: 10 }, (_, i) => `  - { a: x${i} }`).join('\n');
    expect(matrixOf(`a: ${values(250)}\ninclude:\n${adding}`).overLimit).toEqual({ jobs: 260 });
  });

  it('counts only what `exclude` leaves, and gives up as unknown when it thins a vast product', () => {
    const dimensions = (n: number) =>
      Array.from({ length: n }, (_, i) => `d${i}: [0,1,2,3,4,5,6,7,8,9]`).join('\n');
    const excluding = (values: readonly number[], n = 4) =>
      `${dimensions(n)}\nexclude:\n${values.map((value) => `  - { d0: ${value} }`).join('\n')}`;
    // Past the limit, but how far is unknown without walking the product.
    expect(matrixOf(excluding([0, 1])).overLimit).toEqual({ jobs: undefined });
    const thinned = matrixOf(excluding([0, 1, 2, 3, 4, 5, 6, 7, 8], 6));
    expect(thinned).toMatchObject({ dynamic: true, combinations: undefined, size: undefined });
    expect(thinned.overLimit).toBeUndefined();
  });

  describe('dynamic matrices', () => {
    it('marks `matrix: ${{ … }}` dynamic, with no combinations', () => {
      const matrix = matrixOf('${{ fromJSON(needs.plan.outputs.matrix) }}');
      expect(matrix).toMatchObject({ dynamic: true, combinations: undefined, size: undefined });
    });

    it('marks a dimension given by an expression dynamic', () => {
      expect(matrixOf('os: ${{ fromJSON(inputs.oses) }}\nnode: [20]')).toMatchObject({
        dynamic: true,
        combinations: undefined,
      });
    });

    it('marks `include: ${{ … }}` dynamic', () => {
      expect(matrixOf('include: ${{ fromJSON(needs.plan.outputs.include) }}')).toMatchObject({
        dynamic: true,
      });
    });

    it('keeps the size when only some values are expressions, holding UNKNOWN in their place', () => {
      const matrix = matrixOf("python: ['3.12', '${{ inputs.extra }}']");
      expect(matrix).toMatchObject({ dynamic: true, size: 2 });
      expect(matrix.combinations).toEqual([{ python: '3.12' }, { python: UNKNOWN }]);
    });

    it('ignores an empty `include:`', () => {
      expect(matrixOf('os: [a, b]\ninclude:')).toMatchObject({ dynamic: false, size: 2 });
    });
  });

  it('keeps the `matrix` key and node for locating findings', () => {
    const matrix = matrixOf('os: [a]');
    expect(matrix.key.value).toBe('matrix');
    expect(matrix.node.kind).toBe('map');
  });
});
