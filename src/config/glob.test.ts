import { describe, expect, it } from 'vitest';
import { pathMatcher } from './glob.ts';

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
