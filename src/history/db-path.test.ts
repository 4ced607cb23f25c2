import { describe, expect, it } from 'vitest';
import { resolveDbPath } from './db-path.ts';

describe('resolveDbPath', () => {
  it('prefers --db, resolved against the working directory', () => {
    expect(resolveDbPath('h.duckdb', { CISCOPE_DB: '/x/y.duckdb' }, '/work')).toBe('/work/h.duckdb');
  });
  it('falls back to CISCOPE_DB', () => {
    expect(resolveDbPath(undefined, { CISCOPE_DB: '/x/y.duckdb', XDG_CACHE_HOME: '/c' }, '/work')).toBe(
      '/x/y.duckdb',
    );
  });
  it('uses XDG_CACHE_HOME when absolute, else ~/.cache', () => {
    expect(resolveDbPath(undefined, { XDG_CACHE_HOME: '/c' }, '/w')).toBe('/c/ciscope/history.duckdb');
    expect(resolveDbPath(undefined, { XDG_CACHE_HOME: 'rel', HOME: '/home/u' }, '/w')).toBe(
      '/home/u/.cache/ciscope/history.duckdb',
    );
    expect(resolveDbPath(undefined, { HOME: '/home/u', CISCOPE_DB: '' }, '/w')).toBe(
      '/home/u/.cache/ciscope/history.duckdb',
    );
  });
});
