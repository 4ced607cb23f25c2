import { statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { describeRule } from '../../engine/rule-descriptor.ts';
import { lintDirectory } from '../../engine/run-rules.ts';
import html from '../../report/html.ts';
import { htmlWorkflows } from '../../report/html-data.ts';
import { rules } from '../../rules/index.ts';
import { VERSION } from '../../version.ts';
import { directoryArgument, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, InputError, UsageError } from '../io.ts';
import type { HistorySummary } from '../../history/queries.ts';
import type { HtmlStats } from '../../report/html.ts';
import { readLintConfig } from './lint.ts';
import { LINT_HISTORY_HELP, lintHistory } from './lint-history.ts';

const report: Command = {
  name: 'report',
  summary: 'Write a self-contained HTML report: findings, job graphs and critical paths, history',
  help: `Usage: ciscope report [DIR] --html FILE [options]

Writes one HTML file (inline CSS and SVG, no script, no external request) with the findings, each workflow's job
graph and critical path, and — when the store holds run history for the repository — where the time goes.

Options:
  --html FILE       where to write the report (use - for stdout)
  --config FILE     configuration file (default: DIR/.ciscope.yml when present)
${LINT_HISTORY_HELP}
`,
  options: {
    html: { type: 'string' },
    config: { type: 'string', short: 'c' },
    db: { type: 'string' },
    repo: { type: 'string' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = directoryArgument(args, io.cwd);
    const target = stringOption(args, 'html');
    if (target === undefined) throw new UsageError(`report needs --html FILE\n${this.help}`);
    if (target !== '-') checkTarget(resolve(io.cwd, target), target);
    const settings = readLintConfig(dir, stringOption(args, 'config'), io, []);
    const history = await lintHistory(args, io, dir);
    const linted = lintDirectory(dir, { rules, ...settings, history: history?.view });
    const { repository } = linted;
    const findings = history === undefined ? linted.findings : history.attachImpact(linted.findings);
    // The critical path in minutes when history gives every job on it a typical duration.
    const timing =
      history === undefined
        ? undefined
        : (path: string, jobId: string) => {
            const durations = history.view.jobDurations(path, jobId);
            return durations === undefined
              ? undefined
              : { p50: durations.p50Minutes, p90: durations.p50Minutes };
          };
    const page = html({
      title: basename(dir),
      lint: {
        findings,
        rules: rules.map(describeRule),
        filesAnalysed: repository.files.length,
        sources: new Map(repository.files.map((file) => [file.path, file.text])),
        toolVersion: VERSION,
      },
      workflows: htmlWorkflows(repository, timing),
      stats: history === undefined ? undefined : htmlStats(history.summary),
    });
    if (target === '-') io.stdout(page);
    else {
      try {
        writeFileSync(resolve(io.cwd, target), page);
      } catch (error) {
        // Permissions, a read-only or full disk: the user's environment, not a bug in ciscope.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        throw new InputError(`cannot write ${target}: ${(error as Error).message}`);
      }
      io.stderr(`Wrote ${target} (${findings.length} findings, ${repository.workflows.length} workflows).\n`);
    }
    return EXIT.clean;
  },
};

export default report;

/** Checked before the work, so that a typo in the path is a usage error (exit 2), not a failed write at the end. */
function checkTarget(path: string, target: string): void {
  const kind = (at: string): 'directory' | 'file' | undefined => {
    try {
      return statSync(at).isDirectory() ? 'directory' : 'file';
    } catch {
      return undefined;
    }
  };
  if (kind(path) === 'directory')
    throw new UsageError(`--html ${target} is a directory; name the file to write`);
  const parent = dirname(path);
  if (kind(parent) !== 'directory')
    throw new UsageError(`--html ${target}: directory ${parent} does not exist; create it first`);
}

function htmlStats(summary: HistorySummary): HtmlStats {
  const day = (time: number): string => new Date(time).toISOString().slice(0, 10);
  return {
    window: { from: day(summary.window.from), to: day(summary.window.to) },
    workflows: summary.workflows,
    waste: summary.waste,
    hotspots: summary.hotspots,
  };
}
