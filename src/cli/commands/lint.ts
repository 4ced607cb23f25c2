import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import { describeRule } from '../../engine/rule-descriptor.ts';
import { lintDirectory } from '../../engine/run-rules.ts';
import { SEVERITIES, severityRank } from '../../findings/finding.ts';
import type { Severity } from '../../findings/finding.ts';
import { isReporterName, reporters } from '../../report/index.ts';
import type { Reporter } from '../../report/types.ts';
import { rules } from '../../rules/index.ts';
import { VERSION } from '../../version.ts';
import { flag, listOption, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import { LINT_HISTORY_HELP, lintHistory } from './lint-history.ts';

const lint: Command = {
  name: 'lint',
  summary: 'Find wasted runner time in workflows, Dockerfiles and compose/bake files (the default)',
  help: `Usage: ciscope lint [DIR] [options]

Analyses .github/workflows, local actions, Dockerfiles, compose/bake files and .dockerignore under DIR
(default: the current directory) and prints the findings.

Options:
  --format FORMAT   ${Object.keys(reporters).join(' | ')} (default: text)
  --rule ID         run only this rule (repeatable)
  --fail-on LEVEL   exit 1 when a finding is at or above LEVEL: ${SEVERITIES.join(' | ')} | none (default: warning)
  --config FILE     configuration file (default: DIR/.ciscope.yml when present)
  --quiet           print nothing when there are no findings
${LINT_HISTORY_HELP}
`,
  options: {
    format: { type: 'string', short: 'f' },
    rule: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
    quiet: { type: 'boolean', short: 'q' },
    db: { type: 'string' },
    repo: { type: 'string' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = resolve(io.cwd, args.positionals[0] ?? '.');
    if (!isDirectory(dir)) throw new UsageError(`${args.positionals[0] ?? dir} is not a directory`);
    const format = stringOption(args, 'format') ?? 'text';
    if (!isReporterName(format)) throw new UsageError(`unknown format \`${format}\`; use one of ${Object.keys(reporters).join(', ')}`);
    const failOn = stringOption(args, 'fail-on') ?? 'warning';
    if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity)) {
      throw new UsageError(`--fail-on takes ${SEVERITIES.join(', ')} or none, not \`${failOn}\``);
    }
    const only = listOption(args, 'rule');
    for (const id of only) {
      if (!rules.some((rule) => rule.id === id)) throw new UsageError(`unknown rule \`${id}\`; \`ciscope rules\` lists them`);
    }

    const history = await lintHistory(args, io, dir);
    const linted = lintDirectory(dir, { rules, only, history: history?.view });
    const { repository } = linted;
    const findings = history === undefined ? linted.findings : history.attachImpact(linted.findings);
    const ran = rules.filter((rule) => only.length === 0 || only.includes(rule.id));
    const reporter: Reporter = reporters[format];
    const output = reporter(
      {
        findings,
        rules: ran.map(describeRule),
        filesAnalysed: repository.files.length,
        sources: new Map(repository.files.map((file) => [file.path, file.text])),
        toolVersion: VERSION,
      },
      { color: io.isTTY && io.env.NO_COLOR === undefined },
    );
    if (!(flag(args, 'quiet') && findings.length === 0)) io.stdout(output);
    const threshold = failOn === 'none' ? Number.POSITIVE_INFINITY : severityRank(failOn as Severity);
    return findings.some((finding) => severityRank(finding.severity) >= threshold) ? EXIT.findings : EXIT.clean;
  },
};

export default lint;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
