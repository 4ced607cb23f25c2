/**
 * `lint --db/--repo`: run history for the linted checkout, so that findings carry their measured impact and
 * history-aware rules get a `HistoryView`. Kept out of lint.ts so the lint command stays about linting.
 */
import { existsSync } from 'node:fs';
import { DuckDbHistoryStore } from '../../history/duckdb-store.ts';
import { loadHistoryContext } from '../../history/impact.ts';
import type { HistoryContext } from '../../history/impact.ts';
import { loadRepository } from '../../workflow/repository.ts';
import { parsePriceOverride } from '../../history/prices.ts';
import type { PriceOverride } from '../../history/prices.ts';
import { listOption, stringOption } from '../command.ts';
import type { ParsedArgs } from '../command.ts';
import type { Io } from '../io.ts';
import { UsageError } from '../io.ts';
import { dbPathOf, repoOf } from './history-options.ts';

export const LINT_HISTORY_HELP = `  --db PATH         history database: findings carry measured minutes and dollars (docs/metrics.md)
  --repo OWNER/NAME repository of the history (default: the \`origin\` remote of DIR)
  --price LABELS=USD_PER_MIN
                    price runners with these labels (\`self-hosted,linux=0.004\`; repeatable; also
                    \`prices:\` in .ciscope.yml): self-hosted runners are not billed by GitHub`;

/**
 * The history for the linted checkout: asked for with `--db`/`--repo`, or found on its own when the default
 * database exists and the checkout's `origin` names a repository (DESIGN: once synced, every finding carries its
 * cost). Asked for and missing is an error; found on its own and missing is silence.
 */
export async function lintHistory(
  args: ParsedArgs,
  io: Io,
  dir: string,
  configPrices: Readonly<Record<string, number>> = {},
): Promise<HistoryContext | undefined> {
  const prices = priceOverrides(listOption(args, 'price'), configPrices);
  const asked = stringOption(args, 'db') !== undefined || stringOption(args, 'repo') !== undefined;
  const dbPath = dbPathOf(args, io);
  if (!existsSync(dbPath)) {
    if (asked)
      throw new UsageError(
        `no history database at ${dbPath}; \`ciscope sync\` or \`ciscope import\` creates it`,
      );
    return undefined;
  }
  const repo = repoOf(args, dir, asked);
  if (repo === undefined) return undefined;
  let store: DuckDbHistoryStore;
  try {
    store = await DuckDbHistoryStore.open(dbPath);
  } catch (error) {
    // Found on its own but busy (a sync holds the lock) or unreadable: lint without history rather than fail.
    if (asked) throw error;
    return undefined;
  }
  try {
    const repoId = await store.repoId(repo);
    if (repoId === undefined) {
      if (!asked) return undefined;
      io.stderr(
        `ciscope: no history for ${repo.owner}/${repo.name} in ${dbPath}; findings have no measured impact\n`,
      );
      return undefined;
    }
    return await loadHistoryContext(store, {
      repoId,
      repo,
      model: loadRepository(dir),
      now: Date.now(),
      prices,
    });
  } finally {
    await store.close();
  }
}

/** `--price LABELS=USD_PER_MIN` (the later word) before `prices:` of the configuration. */
function priceOverrides(
  options: readonly string[],
  configured: Readonly<Record<string, number>>,
): PriceOverride[] {
  const fromOptions = options.map((option) => {
    const at = option.lastIndexOf('=');
    try {
      if (at < 0) throw new Error(`\`${option}\` is not LABELS=USD_PER_MIN`);
      return parsePriceOverride(option.slice(0, at), option.slice(at + 1));
    } catch (error) {
      throw new UsageError(`--price: ${(error as Error).message}`);
    }
  });
  const fromConfig = Object.entries(configured).map(([labels, usd]) => parsePriceOverride(labels, usd));
  return [...fromOptions, ...fromConfig];
}
