import { existsSync } from 'node:fs';
import { compareRuns, FILTER_KEYS, FilterError, parseFilter } from '../../history/compare.ts';
import type { RunFilter } from '../../history/compare.ts';
import { DuckDbHistoryStore } from '../../history/duckdb-store.ts';
import { compareJson, compareMarkdown, compareText } from '../../report/compare.ts';
import { directoryArgument, formatOption, listOption, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import { dbPathOf, HISTORY_OPTION_HELP, repoOf } from './history-options.ts';

const FORMATS = { text: compareText, json: compareJson, markdown: compareMarkdown } as const;
const GROUPS = ['a', 'b', 'c'] as const;

const compare: Command = {
  name: 'compare',
  summary: 'Compare groups of stored runs (before/after a change) with a verdict that knows the noise',
  help: `Usage: ciscope compare [DIR] --a FILTER --b FILTER [--c FILTER] [options]

Per workflow: how many runs each group has, the median and p10–p90 of wall-clock minutes and of runner-minutes
per run, and B (and C) against A: the difference of medians with a 95% bootstrap interval, and whether it is a
difference at all or too few runs to tell. Docs: docs/compare.md.

A FILTER is whitespace-separated key=value terms, all of which a run must match:
  branch=NAME   sha=PREFIX   runs=ID,ID,…   since=DATE   until=DATE   workflow=FILE|NAME   event=EVENT
  conclusion=CONCLUSION      (DATE: YYYY-MM-DD or YYYY-MM-DDTHH:MMZ, UTC; until= includes that day)

Options:
  --a FILTER        the baseline group (required)
  --b FILTER        the group compared with it (required)
  --c FILTER        a third group, also compared with A
  --workflow FILE   only this workflow file (repeatable; \`ci.yml\` or \`.github/workflows/ci.yml\`)
${HISTORY_OPTION_HELP}
  --format FORMAT   ${Object.keys(FORMATS).join(' | ')} (default: text)
`,
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    c: { type: 'string' },
    workflow: { type: 'string', multiple: true },
    repo: { type: 'string' },
    db: { type: 'string' },
    format: { type: 'string', short: 'f' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = directoryArgument(args, io.cwd);
    const format = formatOption(args, FORMATS);
    const groups: { label: string; filter: RunFilter }[] = [];
    for (const name of GROUPS) {
      const text = stringOption(args, name);
      if (text === undefined) {
        if (name !== 'c')
          throw new UsageError(`--${name} FILTER is required (key=value terms: ${FILTER_KEYS.join(', ')})`);
        continue;
      }
      try {
        groups.push({ label: name.toUpperCase(), filter: parseFilter(text) });
      } catch (error) {
        if (error instanceof FilterError) throw new UsageError(`--${name}: ${error.message}`);
        throw error;
      }
    }
    const repo = repoOf(args, dir, true);
    const dbPath = dbPathOf(args, io);
    if (!existsSync(dbPath))
      throw new UsageError(
        `no history database at ${dbPath}; \`ciscope sync\` or \`ciscope import\` creates it`,
      );
    const store = await DuckDbHistoryStore.open(dbPath, { readOnly: true });
    try {
      const repoId = await store.repoId(repo);
      if (repoId === undefined)
        throw new UsageError(
          `no history for ${repo.owner}/${repo.name} in ${dbPath}; \`ciscope sync\` or \`ciscope import --repo ${repo.owner}/${repo.name}\` stores it`,
        );
      const comparison = await compareRuns(store, repoId, groups, listOption(args, 'workflow'));
      io.stdout(FORMATS[format](comparison));
      return EXIT.clean;
    } finally {
      await store.close();
    }
  },
};

export default compare;
