import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDbHistoryStore } from '../../history/duckdb-store.ts';
import { summarizeHistory } from '../../history/queries.ts';
import statsJson from '../../report/stats-json.ts';
import statsMarkdown from '../../report/stats-markdown.ts';
import statsText from '../../report/stats-text.ts';
import { loadRepository } from '../../workflow/repository.ts';
import { directoryArgument, formatOption, listOption, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import { dbPathOf, HISTORY_OPTION_HELP, parseSince, repoOf } from './history-options.ts';

const FORMATS = { text: statsText, json: statsJson, markdown: statsMarkdown } as const;

const stats: Command = {
  name: 'stats',
  summary: 'Show where the runner minutes go, from stored run history',
  help: `Usage: ciscope stats [DIR] [options]

Runner-minutes, cost, wall clock and queue time per workflow, the waste (redundant matrix-shard steps,
superseded runs, re-run attempts, cancelled jobs) and the step hotspots, from the history database. Job and
step names are matched against the workflow files in DIR (default: the current directory).
Definitions: docs/metrics.md.

Options:
${HISTORY_OPTION_HELP}
  --workflow FILE   only this workflow file (repeatable; \`ci.yml\` or \`.github/workflows/ci.yml\`)
  --since WHEN      start of the window: \`30d\` (days back) or \`YYYY-MM-DD\` (default: 30d)
  --format FORMAT   ${Object.keys(FORMATS).join(' | ')} (default: text)
`,
  options: {
    repo: { type: 'string' },
    db: { type: 'string' },
    workflow: { type: 'string', multiple: true },
    since: { type: 'string' },
    format: { type: 'string', short: 'f' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = directoryArgument(args, io.cwd);
    const format = formatOption(args, FORMATS);
    const to = Date.now();
    const from = parseSince(stringOption(args, 'since') ?? '30d', to);
    const repo = repoOf(args, dir, true);
    const dbPath = dbPathOf(args, io);
    if (!existsSync(dbPath))
      throw new UsageError(
        `no history database at ${dbPath}; \`ciscope sync\` or \`ciscope import\` creates it`,
      );
    const model = existsSync(join(dir, '.github', 'workflows')) ? loadRepository(dir) : undefined;
    const store = await DuckDbHistoryStore.open(dbPath, { readOnly: true });
    try {
      const repoId = await store.repoId(repo);
      if (repoId === undefined)
        throw new UsageError(
          `no history for ${repo.owner}/${repo.name} in ${dbPath}; \`ciscope sync\` or \`ciscope import --repo ${repo.owner}/${repo.name}\` stores it`,
        );
      const summary = await summarizeHistory(store, {
        repoId,
        repo,
        from,
        to,
        workflows: listOption(args, 'workflow'),
        ...(model === undefined ? {} : { model }),
      });
      io.stdout(FORMATS[format](summary));
      return EXIT.clean;
    } finally {
      await store.close();
    }
  },
};

export default stats;

/** `30d` → 30 days before `now`; `2025-01-31` → that day, 00:00 UTC. */
