import { describe, expect, it } from 'vitest';
import { MissingTokenError, resolveToken } from './token.ts';

const noGh = (): undefined => undefined;

describe('resolveToken', () => {
  it('prefers GITHUB_TOKEN, then GH_TOKEN, on github.com', () => {
    expect(resolveToken({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b' }, undefined, noGh)).toEqual({
      token: 'a',
      source: 'GITHUB_TOKEN',
    });
    expect(resolveToken({ GITHUB_TOKEN: ' ', GH_TOKEN: 'b\n' }, undefined, noGh)).toEqual({
      token: 'b',
      source: 'GH_TOKEN',
    });
  });

  it('prefers the enterprise variables for a GitHub Enterprise Server host', () => {
    expect(resolveToken({ GITHUB_TOKEN: 'a', GH_ENTERPRISE_TOKEN: 'e' }, 'ghe.example.com', noGh)).toEqual({
      token: 'e',
      source: 'GH_ENTERPRISE_TOKEN',
    });
  });

  it('falls back to `gh auth token`, with --hostname for GHES', () => {
    const calls: (readonly string[])[] = [];
    const gh = (args: readonly string[]): string => {
      calls.push(args);
      return 'gho_from_gh\n';
    };
    expect(resolveToken({}, undefined, gh)).toEqual({ token: 'gho_from_gh', source: 'gh auth token' });
    expect(resolveToken({}, 'ghe.example.com', gh).source).toBe('gh auth token');
    expect(calls).toEqual([
      ['auth', 'token'],
      ['auth', 'token', '--hostname', 'ghe.example.com'],
    ]);
  });

  it('explains where a token can come from when there is none', () => {
    expect(() => resolveToken({}, undefined, noGh)).toThrow(MissingTokenError);
    expect(() => resolveToken({}, undefined, () => '')).toThrow(
      /set GITHUB_TOKEN or GH_TOKEN, or log in with `gh auth login`/,
    );
  });

  it('survives a machine without gh', () => {
    expect(() => resolveToken({ PATH: '/nonexistent' }, undefined)).toThrow(MissingTokenError);
  });
});
