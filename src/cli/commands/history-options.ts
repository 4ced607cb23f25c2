/** `--db` and `--repo` as every history command reads them (docs/history.md). */
import { resolveDbPath } from '../../history/db-path.ts';
import { originOf, parseRepoRef } from '../../history/repo-ref.ts';
import type { RepoRef } from '../../history/records.ts';
import { stringOption } from '../command.ts';
import type { ParsedArgs } from '../command.ts';
import type { Io } from '../io.ts';
import { UsageError } from '../io.ts';

export const HISTORY_OPTION_HELP = `  --repo OWNER/NAME the repository (default: the \`origin\` remote of DIR)
  --db PATH         the history database (default: $CISCOPE_DB, else $XDG_CACHE_HOME/ciscope/history.duckdb)`;

export function dbPathOf(args: ParsedArgs, io: Io): string {
  return resolveDbPath(stringOption(args, 'db'), io.env, io.cwd);
}

/** `--repo`, else the origin remote of `dir`; undefined when neither is known and `required` is false. */
export function repoOf(args: ParsedArgs, dir: string | undefined, required: true): RepoRef;
export function repoOf(args: ParsedArgs, dir: string | undefined, required: boolean): RepoRef | undefined;
export function repoOf(args: ParsedArgs, dir: string | undefined, required: boolean): RepoRef | undefined {
  const option = stringOption(args, 'repo');
  if (option !== undefined) {
    const ref = parseRepoRef(option);
    if (ref === undefined) throw new UsageError(`--repo takes OWNER/NAME, not \`${option}\``);
    return ref;
  }
  const origin = dir === undefined ? undefined : originOf(dir);
  if (origin === undefined && required) {
    throw new UsageError(
      dir === undefined
        ? '--repo OWNER/NAME is required'
        : `${dir} has no \`origin\` remote; pass --repo OWNER/NAME`,
    );
  }
  return origin;
}

const DAY = 86_400_000;

/**
 * `--since`: `30d` (days back from now) or `YYYY-MM-DD` (UTC midnight). `alignToDay` starts a day count at UTC
 * midnight, so that `sync`'s window URLs (and their ETags) stay the same for a whole day.
 */
export function parseSince(value: string, now: number, alignToDay = false): number {
  const days = /^(\d+)d$/.exec(value);
  if (days !== null) return (alignToDay ? Math.floor(now / DAY) * DAY : now) - Number(days[1]) * DAY;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    // `2026-02-31` parses to March; a date that does not read back is not a date.
    if (!Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value)) return ms;
  }
  throw new UsageError(`--since takes a number of days (30d) or a date (YYYY-MM-DD), not \`${value}\``);
}
