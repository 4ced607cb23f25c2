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
