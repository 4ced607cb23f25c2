import { describe, expect, it } from 'vitest';
import { compilePattern, LongLivedBranches, matchesFilter } from './branch-filters.ts';
import { truthiness } from './expressions.ts';

describe('branch filter patterns', () => {
  it.each([
    ['feature/*', 'feature/a', true],
    ['feature/*', 'feature/a/b', false],
    ['feature/**', 'feature/a/b', true],
    ['v[0-9]+.x', 'v12.x', true],
    ['v[0-9]+.x', 'vx.x', false],
    ['releases?/*', 'release/1', true],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(matchesFilter(name, [compilePattern(pattern)])).toBe(expected);
  });

  it('lets the last matching pattern decide', () => {
    const patterns = ['**', '!main', 'main-ci'].map(compilePattern);
    expect(['topic', 'main', 'main-ci'].map((name) => matchesFilter(name, patterns))).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('long-lived branches', () => {
  const longLived = new LongLivedBranches({ workflows: [] });
  it.each([
    'main',
    'master',
    'develop',
    'dev',
    'edge',
    'stable',
    'next',
    'beta',
    'release',
    'release/1.2',
    'v2',
    '2.x',
    '7-1-stable',
    'v2.1-release',
  ])('%s is long-lived', (name) => expect(longLived.has(name)).toBe(true));
  it.each(['feature/x', 'fix-123', 'renovate/lodash', 'devtools'])('%s is not', (name) =>
    expect(longLived.has(name)).toBe(false),
  );
  it.each([
    ['release/**', true],
    ['v*', true],
    ['*-stable', true],
    ['feature/**', false],
    ['**', false],
  ])('pattern %s is long-lived: %s', (pattern, expected) => {
    expect(longLived.isLongLivedPattern(pattern)).toBe(expected);
  });
});

describe('truthiness', () => {
  const contexts = { github: { ref: 'refs/pull/1/merge', event_name: 'pull_request' } };
  it.each([
    ["needs.check.outputs.result == 'success' && startsWith(github.ref, 'refs/tags/')", false],
    ["needs.check.outputs.result == 'success' || github.event_name == 'pull_request'", true],
    ["needs.check.outputs.result == 'success' && github.event_name == 'pull_request'", undefined],
    ["!(github.event_name == 'push')", true],
  ])('%s → %s', (expression, expected) => {
    expect(truthiness(expression, contexts)).toBe(expected);
  });
});
