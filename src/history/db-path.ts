/**
 * Where the history database lives: `--db`, else `CISCOPE_DB`, else `$XDG_CACHE_HOME/ciscope/history.duckdb`
 * (`~/.cache` when XDG_CACHE_HOME is unset or relative, as the XDG Base Directory spec says to ignore relative
 * paths: https://specifications.freedesktop.org/basedir-spec/latest/).
 */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export function resolveDbPath(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string {
  const explicit = option ?? nonEmpty(env.CISCOPE_DB);
  if (explicit !== undefined) return resolve(cwd, explicit);
  const xdg = nonEmpty(env.XDG_CACHE_HOME);
  const cacheHome =
    xdg !== undefined && isAbsolute(xdg) ? xdg : join(nonEmpty(env.HOME) ?? homedir(), '.cache');
  return join(cacheHome, 'ciscope', 'history.duckdb');
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
