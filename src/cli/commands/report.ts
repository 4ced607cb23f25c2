import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describeRule } from '../../engine/rule-descriptor.ts';
import { lintDirectory } from '../../engine/run-rules.ts';
import html from '../../report/html.ts';
import { htmlWorkflows } from '../../report/html-data.ts';
import { rules } from '../../rules/index.ts';
import { VERSION } from '../../version.ts';
import { stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import { readLintConfig } from './lint.ts';

const report: Command = {
  name: 'report',
  summary: 'Write a self-contained HTML report: findings, job graphs and critical paths, history',
  help: `Usage: ciscope report [DIR] --html FILE [options]

Writes one HTML file (inline CSS and SVG, no script, no external request) with the findings, each workflow's job
graph and critical path, and — when the store holds run history for the repository — where the time goes.

Options:
  --html FILE       where to write the report (use - for stdout)
  --config FILE     configuration file (default: DIR/.ciscope.yml when present)
`,
  options: { html: { type: 'string' }, config: { type: 'string', short: 'c' } },
  maxPositionals: 1,
  async run(args, io) {
    const dir = resolve(io.cwd, args.positionals[0] ?? '.');
    const target = stringOption(args, 'html');
    if (target === undefined) throw new UsageError(`report needs --html FILE\n${this.help}`);
    const settings = readLintConfig(dir, stringOption(args, 'config'), io, []);
    const { repository, findings } = lintDirectory(dir, { rules, ...settings });
    const page = html({
      title: basename(dir),
      lint: {
        findings,
        rules: rules.map(describeRule),
        filesAnalysed: repository.files.length,
        sources: new Map(repository.files.map((file) => [file.path, file.text])),
        toolVersion: VERSION,
      },
      workflows: htmlWorkflows(repository),
    });
    if (target === '-') io.stdout(page);
    else {
      writeFileSync(resolve(io.cwd, target), page);
      io.stderr(`Wrote ${target} (${findings.length} findings, ${repository.workflows.length} workflows).\n`);
    }
    return EXIT.clean;
  },
};

export default report;
