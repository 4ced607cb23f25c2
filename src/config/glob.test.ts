import { describe, expect, it } from 'vitest';
import { compileGlob, pathMatcher } from './glob.ts';
import { mulberry32 } from '../engine/seeded-random.ts';

describe('ignore patterns', () => {
  it.each([
    ['.github/workflows/legacy.yml', '.github/workflows/legacy.yml', true],
    ['.github/workflows/legacy.yml', '.github/workflows/legacy.yaml', false],
    ['.github/workflows/*.yml', '.github/workflows/ci.yml', true],
    ['.github/workflows/*.yml', '.github/workflows/sub/ci.yml', false],
    ['*.yml', '.github/workflows/ci.yml', false],
    ['**/*.yml', '.github/workflows/ci.yml', true],
    ['**/*.yml', 'ci.yml', true],
    ['docker/**', 'docker/a/b/Dockerfile', true],
    ['docker', 'docker/Dockerfile', true],
    ['docker/', 'docker/Dockerfile', true],
    ['./docker', 'docker/Dockerfile', true],
    ['docker', 'dockerfiles/Dockerfile', false],
    ['services/**/Dockerfile', 'services/Dockerfile', true],
    ['services/**/Dockerfile', 'services/api/v2/Dockerfile', true],
    ['ci-?.yml', 'ci-1.yml', true],
    ['ci-?.yml', 'ci-10.yml', false],
    ['a+b (c).yml', 'a+b (c).yml', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(pathMatcher([pattern])(path)).toBe(expected);
  });
});

/** The regular expression the matcher replaced: the reference for what a pattern means. */
function referenceRegExp(pattern: string): RegExp {
  const normalized = pattern.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  let source = '';
  for (let i = 0; i < normalized.length; i++) {
    const char = normalized[i] ?? '';
    if (char === '*' && normalized[i + 1] === '*') {
      const slashAfter = normalized[i + 2] === '/';
      const atSegmentStart = i === 0 || normalized[i - 1] === '/';
      if (atSegmentStart && slashAfter) {
        source += '(?:[^/]*/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}

describe('the automaton matches what the regular expression matched', () => {
  it('agrees on 20,000 random short patterns and paths', () => {
    const random = mulberry32(14);
    const pick = (alphabet: readonly string[], max: number): string =>
      Array.from(
        { length: Math.floor(random() * max) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
    for (let n = 0; n < 20_000; n++) {
      const pattern = pick(['a', 'b', '/', '*', '**', '**/', '?', '.'], 7) || 'a';
      const path = pick(['a', 'b', '/', '.'], 9);
      expect([pattern, path, compileGlob(pattern)(path)]).toEqual([
        pattern,
        path,
        referenceRegExp(pattern).test(path),
      ]);
    }
  });
});

describe('hostile patterns (issue 14)', () => {
  it('matches `**a**a**a**a**a**a**a**a**b` against a long name without backtracking', () => {
    const matches = compileGlob('**a**a**a**a**a**a**a**a**b');
    // As a backtracking RegExp this took about a minute; the automaton is linear in the name.
    expect(matches(`${'a'.repeat(5_000)}c`)).toBe(false);
    expect(matches(`${'a'.repeat(5_000)}b`)).toBe(true);
  });
});
