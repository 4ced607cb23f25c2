import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DuckDbHistoryStore } from '../../history/duckdb-store.ts';
import { importFiles } from '../../history/import.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import { dbPathOf, HISTORY_OPTION_HELP, repoOf } from './history-options.ts';

const importCommand: Command = {
  name: 'import',
  summary: 'Load run history from recorded API responses (REST JSON, gh --json, DevLake CSV)',
  help: `Usage: ciscope import PATH... --repo OWNER/NAME [--db PATH]

Reads runs listings, single runs, jobs listings, arrays of jobs, \`gh run view --json\` output, Octokit replay
recordings (.rec) and DevLake raw tables (.csv) into the history database. A directory imports every file in it.
A file that cannot be read is reported with the reason; the others are still imported, and the exit code is 1.
Runs and jobs that name another repository than --repo (in their URL or \`repository\`) are not imported: they are
named, with their repository, and the exit code is 1.

Options:
${HISTORY_OPTION_HELP}
  --quiet           print only problems
`,
  options: { repo: { type: 'string' }, db: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  maxPositionals: Number.POSITIVE_INFINITY,
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('import needs at least one file or directory');
    const paths = args.positionals.map((path) => resolve(io.cwd, path));
    const missing = paths.find((path) => !existsSync(path));
    if (missing !== undefined) throw new UsageError(`${relative(io.cwd, missing) || missing} does not exist`);
    const repo = repoOf(args, undefined, true);
    const store = await DuckDbHistoryStore.open(dbPathOf(args, io));
    try {
      const repoId = await store.upsertRepo(repo);
      const result = await importFiles(store, repoId, paths, { repo });
      const show = (path: string): string => relative(io.cwd, path) || path;
      const quiet = args.values.quiet === true;
      if (!quiet) {
        for (const file of result.imported) {
          io.stdout(
            `${show(file.path)}: ${file.runs} runs, ${file.jobs} jobs, ${file.steps} steps (${file.shape})\n`,
          );
        }
        for (const file of result.skipped) io.stdout(`${show(file.path)}: skipped, ${file.reason}\n`);
        const total = (key: 'runs' | 'jobs' | 'steps'): number =>
          result.imported.reduce((sum, file) => sum + file[key], 0);
        io.stdout(
          `Imported ${total('runs')} runs, ${total('jobs')} jobs, ${total('steps')} steps from ${result.imported.length} files into ${repo.owner}/${repo.name}.\n`,
        );
      }
      for (const file of result.failed) io.stderr(`ciscope: ${show(file.path)}: ${file.reason}\n`);
      for (const refused of result.refused) {
        const ids = refused.runIds.slice(0, 5).join(', ');
        const more = refused.runIds.length > 5 ? ` and ${refused.runIds.length - 5} more` : '';
        io.stderr(
          `ciscope: ${show(refused.path)}: not imported: ${refused.runIds.length} run${refused.runIds.length === 1 ? '' : 's'} of ${refused.repository}, not ${repo.owner}/${repo.name} (runs ${ids}${more}); import them with --repo ${refused.repository}\n`,
        );
      }
      return result.failed.length > 0 || result.refused.length > 0 ? EXIT.findings : EXIT.clean;
    } finally {
      await store.close();
    }
  },
};

export default importCommand;
