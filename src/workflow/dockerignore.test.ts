import { describe, expect, it } from 'vitest';
import { dockerignoreExcludes, dockerignoreFor, parseDockerignore } from './dockerignore.ts';
import { positionAt } from './source.ts';
import type { Range } from './source.ts';

const ignore = (text: string) => parseDockerignore({ path: '.dockerignore', text }, '.');
const excluded = (text: string, path: string) => dockerignoreExcludes(ignore(text), path)?.pattern;
const at = (range: Range) => positionAt(range.file, range.start);

describe('parseDockerignore', () => {
  it('treats `#` as a comment only in the first column, trims lines and cleans patterns', () => {
    const parsed = ignore('# comment\n  build/  \n #not-a-comment\n!./keep/\n/abs//path/\n\n');
    expect(parsed.patterns.map((p) => [p.pattern, p.negated])).toEqual([
      ['build', false],
      ['#not-a-comment', false],
      ['keep', true],
      ['abs/path', false],
    ]);
    expect(at(parsed.patterns[0]!.range)).toEqual({ line: 2, column: 3 });
  });
});

describe('dockerignoreExcludes (moby/patternmatcher semantics)', () => {
  it.each([
    ['.python-version\n', '.python-version', '.python-version'],
    ['/.python-version/\n', '.python-version', '.python-version'],
    ['.*\n', '.python-version', '.*'],
    ['.*\n!.python-version\n', '.python-version', undefined],
    ['!.python-version\n.*\n', '.python-version', '.*'],
    ['*\n!src\n', 'src/main.rs', undefined],
    ['*\n!src\n', 'Cargo.toml', '*'],
    ['build\n', 'build/out/app.js', 'build'],
    ['**/*.pyc\n', 'a/b/c.pyc', '**/*.pyc'],
    ['**/*.pyc\n', 'c.pyc', '**/*.pyc'],
    ['docs/**\n', 'docs/a/b.md', 'docs/**'],
    ['a/**/b\n', 'a/b', 'a/**/b'],
    ['a/**/b\n', 'a/x/y/b', 'a/**/b'],
    ['*.md\n', 'docs/readme.md', undefined],
    ['?ython-version\n', 'python-version', '?ython-version'],
    ['[.]python-version\n', '.python-version', '[.]python-version'],
    ['\\*\n', 'x', undefined],
    ['\\*\n', '*', '\\*'],
  ])('%j excludes %s → %s', (text, path, expected) => {
    expect(excluded(text, path)).toBe(expected);
  });
});

describe('dockerignoreFor', () => {
  const files = ['Dockerfile.dockerignore', '.dockerignore', 'web/.dockerignore'].map((path) =>
    parseDockerignore({ path, text: 'x\n' }, path.includes('/') ? 'web' : '.'),
  );
  it('prefers <Dockerfile>.dockerignore, then the context root', () => {
    expect(dockerignoreFor(files, 'Dockerfile', '.')?.file.path).toBe('Dockerfile.dockerignore');
    expect(dockerignoreFor(files, 'ci/Dockerfile', '.')?.file.path).toBe('.dockerignore');
    expect(dockerignoreFor(files, 'web/Dockerfile', 'web')?.file.path).toBe('web/.dockerignore');
    expect(dockerignoreFor(files, 'api/Dockerfile', 'api')).toBeUndefined();
  });
});
