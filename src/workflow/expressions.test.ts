import { describe, expect, it } from 'vitest';
import {
  completeObject,
  coerceString,
  contextsUsed,
  evaluateExpression,
  evaluateTemplate,
  hasExpression,
  parseExpression,
  templateParts,
  UNKNOWN,
} from './expressions.ts';
import type { Contexts } from './expressions.ts';

const contexts: Contexts = {
  github: { event_name: 'pull_request', ref: 'refs/pull/7/merge', event: { pull_request: { draft: false } } },
  env: { TARGET: 'linux/amd64', EMPTY: '', COUNT: '3' },
  inputs: { platforms: 'linux/amd64', publish: false },
  matrix: { os: 'ubuntu-latest', node: 20, include_arm: true, list: ['a', 'b'] },
};
const evaluate = (source: string) => evaluateExpression(source, contexts);

describe('evaluateExpression over partly known contexts', () => {
  it.each([
    ["github.event_name == 'pull_request'", true],
    ["github.event_name != 'push'", true],
    ['matrix.node', 20],
    ["matrix['os']", 'ubuntu-latest'],
    ['github.event.pull_request.draft', false],
    ['matrix.list[1]', 'b'],
    ['matrix.list[5]', null],
    ['inputs.publish', false],
    ['!inputs.publish', true],
    ["(matrix.node > 18) && 'new' || 'old'", 'new'],
  ])('%s → %o', (source, expected) => {
    expect(evaluate(source)).toEqual(expected);
  });

  it('compares strings case-insensitively, as GitHub does', () => {
    expect(evaluate("github.event_name == 'PULL_REQUEST'")).toBe(true);
    expect(evaluate("'ABC' < 'abd'")).toBe(true);
    expect(evaluate("contains('Linux/AMD64', 'amd64')")).toBe(true);
    expect(evaluate("startsWith(github.ref, 'REFS/PULL/')")).toBe(true);
    expect(evaluate("endsWith(env.TARGET, 'AMD64')")).toBe(true);
  });

  it('reads context and property names case-insensitively', () => {
    expect(evaluate('GITHUB.EVENT_NAME')).toBe('pull_request');
    expect(evaluate('matrix.OS')).toBe('ubuntu-latest');
  });

  it('coerces across types as GitHub does (numbers, booleans, null, empty strings)', () => {
    expect(evaluate('env.COUNT == 3')).toBe(true);
    expect(evaluate('env.EMPTY == 0')).toBe(true);
    expect(evaluate('null == 0')).toBe(true);
    expect(evaluate('true == 1')).toBe(true);
    expect(evaluate("'' == false")).toBe(true);
    expect(evaluate("'abc' == 0")).toBe(false);
  });

  it('is UNKNOWN whatever it depends on is not known: secrets, step outputs, other contexts, unset keys', () => {
    for (const source of [
      'secrets.TOKEN',
      'steps.meta.outputs.tags',
      "needs.plan.outputs.matrix == '[]'",
      'vars.REGION',
      'env.SET_AT_RUNTIME',
    ]) {
      expect(evaluate(source), source).toBe(UNKNOWN);
    }
  });

  it('keeps a known operand decisive only when nothing unknown comes before it', () => {
    expect(evaluate('inputs.publish && secrets.TOKEN')).toBe(false);
    expect(evaluate('matrix.include_arm || secrets.TOKEN')).toBe(true);
    expect(evaluate("secrets.TOKEN || 'fallback'")).toBe(UNKNOWN);
    expect(evaluate('secrets.TOKEN && false')).toBe(UNKNOWN);
    expect(evaluate('!secrets.TOKEN')).toBe(UNKNOWN);
  });

  it('treats status functions and hashFiles as unknown', () => {
    expect(evaluate('success()')).toBe(UNKNOWN);
    expect(evaluate("always() && github.event_name == 'push'")).toBe(UNKNOWN);
    expect(evaluate("hashFiles('**/uv.lock')")).toBe(UNKNOWN);
  });

  it('implements the string and JSON functions', () => {
    expect(evaluate("format('{0}-{1}', matrix.os, matrix.node)")).toBe('ubuntu-latest-20');
    expect(evaluate("join(matrix.list, '+')")).toBe('a+b');
    expect(evaluate('join(matrix.list)')).toBe('a,b');
    expect(evaluate("contains(matrix.list, 'A')")).toBe(true);
    expect(evaluate('fromJSON(\'["linux/amd64","linux/arm64"]\')')).toEqual(['linux/amd64', 'linux/arm64']);
    expect(evaluate("fromJSON('not json')")).toBe(UNKNOWN);
    expect(evaluate('toJSON(matrix.list)')).toBe('[\n  "a",\n  "b"\n]');
  });

  it('returns UNKNOWN for an expression GitHub would reject, and caches the parse', () => {
    expect(parseExpression('github.')).toBeUndefined();
    expect(evaluate('github.')).toBe(UNKNOWN);
    expect(parseExpression('matrix.os')).toBe(parseExpression('matrix.os'));
  });
});

describe('complete objects', () => {
  it('reads a missing key of a complete object as null, of any other object as unknown', () => {
    const contexts = { inputs: completeObject({ platforms: 'linux/amd64' }), env: { A: 'a' } };
    expect(evaluateExpression('inputs.arm64', contexts)).toBeNull();
    expect(evaluateExpression("inputs.arm64 || 'native'", contexts)).toBe('native');
    expect(evaluateExpression('env.B', contexts)).toBe(UNKNOWN);
  });
});

describe('templates', () => {
  it('splits literals and expressions', () => {
    expect(templateParts('a-${{ matrix.os }}-b${{env.X}}')).toEqual([
      { literal: 'a-' },
      { expression: 'matrix.os' },
      { literal: '-b' },
      { expression: 'env.X' },
    ]);
  });

  it('does not close an expression at a `}}` inside a string literal', () => {
    expect(templateParts("${{ format('{{0}}', 'x') }}!")).toEqual([
      { expression: "format('{{0}}', 'x')" },
      { literal: '!' },
    ]);
    expect(evaluateTemplate("${{ 'a}}b' }}", contexts)).toBe('a}}b');
  });

  it('keeps an unterminated `${{` as literal text', () => {
    expect(templateParts('echo ${{ oops')).toEqual([{ literal: 'echo ${{ oops' }]);
  });

  it('keeps the type of a lone expression and interpolates anything else into a string', () => {
    expect(evaluateTemplate('${{ matrix.node }}', contexts)).toBe(20);
    expect(evaluateTemplate("${{ fromJSON('[1]') }}", contexts)).toEqual([1]);
    expect(evaluateTemplate('node-${{ matrix.node }}-${{ inputs.publish }}', contexts)).toBe('node-20-false');
    expect(evaluateTemplate('plain text', contexts)).toBe('plain text');
  });

  it('is UNKNOWN as a whole when one part is', () => {
    expect(evaluateTemplate('${{ matrix.os }}-${{ secrets.X }}', contexts)).toBe(UNKNOWN);
  });

  it('names the contexts a template reads', () => {
    expect(
      [...contextsUsed("${{ matrix.os }}-${{ format('{0}', env.X) }}-${{ hashFiles('a') }}")].sort(),
    ).toEqual(['env', 'matrix']);
    expect([...contextsUsed('no expression')]).toEqual([]);
    // Unparseable: the words that look like contexts, so that callers never under-report.
    expect([...contextsUsed('${{ matrix.os == }}')]).toEqual(['matrix']);
  });

  it('detects and coerces', () => {
    expect(hasExpression('a ${{ b }}')).toBe(true);
    expect(hasExpression('a $ { b }')).toBe(false);
    expect([
      coerceString(null),
      coerceString(3),
      coerceString(true),
      coerceString([1]),
      coerceString({ a: 1 }),
    ]).toEqual(['', '3', 'true', 'Array', 'Object']);
  });
});
