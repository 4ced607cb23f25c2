import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, loadConfig, toSettings } from '../../config/load.ts';
import type { Config } from '../../config/load.ts';
import { describeRule } from '../../engine/rule-descriptor.ts';
import { lintDirectory } from '../../engine/run-rules.ts';
import { SEVERITIES, severityRank } from '../../findings/finding.ts';
import type { Severity } from '../../findings/finding.ts';
import { isReporterName, reporters } from '../../report/index.ts';
import { FINDING_ORDERS } from '../../report/summary.ts';
import type { FindingOrder } from '../../report/summary.ts';
import type { Reporter } from '../../report/types.ts';
import { rules } from '../../rules/index.ts';
import { VERSION } from '../../version.ts';
import { directoryArgument, flag, listOption, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, InputError, UsageError } from '../io.ts';
import type { Io } from '../io.ts';
import { fixBeforeLint } from './fix.ts';
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
  --fix             apply safe fixes first (as \`ciscope fix\` does), then report what is left
  --sort ORDER      ${FINDING_ORDERS.join(' | ')} (default: savings with history, else file)
${LINT_HISTORY_HELP}

Colours are used on a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on.
`,
  options: {
    format: { type: 'string', short: 'f' },
    rule: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
    quiet: { type: 'boolean', short: 'q' },
    fix: { type: 'boolean' },
    db: { type: 'string' },
    repo: { type: 'string' },
    sort: { type: 'string' },
    price: { type: 'string', multiple: true },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = directoryArgument(args, io.cwd);
    const format = stringOption(args, 'format') ?? 'text';
    if (!isReporterName(format))
      throw new UsageError(`unknown format \`${format}\`; use one of ${Object.keys(reporters).join(', ')}`);
    const failOn = stringOption(args, 'fail-on') ?? 'warning';
    if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity)) {
      throw new UsageError(`--fail-on takes ${SEVERITIES.join(', ')} or none, not \`${failOn}\``);
    }
    const only = listOption(args, 'rule');
    for (const id of only) {
      if (!rules.some((rule) => rule.id === id))
        throw new UsageError(`unknown rule \`${id}\`; \`ciscope rules\` lists them`);
    }

    const sort = stringOption(args, 'sort');
    if (sort !== undefined && !FINDING_ORDERS.includes(sort as FindingOrder))
      throw new UsageError(`--sort takes ${FINDING_ORDERS.join(', ')}, not \`${sort}\``);
    if (!hasWorkflowDirectory(dir))
      throw new UsageError(`no workflow files under ${args.positionals[0] ?? '.'}/.github/workflows`);
    const config = readLintConfig(dir, stringOption(args, 'config'), io, only);
    const { severities: effective, isIgnored } = config;
    const settings = { rules, only, severities: effective, isIgnored };
    // `--fix`: the fix engine writes first; the report below is of the files as they are afterwards.
    if (flag(args, 'fix')) await fixBeforeLint(dir, settings, io);

    const history = await lintHistory(args, io, dir, config.prices);
    const linted = lintDirectory(dir, { ...settings, history: history?.view });
    const { repository } = linted;
    const findings = history === undefined ? linted.findings : history.attachImpact(linted.findings);
    const ran = rules.filter((rule) =>
      only.length === 0 ? effective[rule.id] !== 'off' : only.includes(rule.id),
    );
    const reporter: Reporter = reporters[format];
    const output = reporter(
      {
        findings,
        rules: ran.map(describeRule),
        filesAnalysed: repository.files.length,
        sources: new Map(repository.files.map((file) => [file.path, file.text])),
        toolVersion: VERSION,
        order: (sort as FindingOrder | undefined) ?? (history === undefined ? 'file' : 'savings'),
        history: history !== undefined,
      },
      { color: useColor(io) },
    );
    if (!(flag(args, 'quiet') && findings.length === 0)) io.stdout(output);
    const threshold = failOn === 'none' ? Number.POSITIVE_INFINITY : severityRank(failOn as Severity);
    return findings.some((finding) => severityRank(finding.severity) >= threshold)
      ? EXIT.findings
      : EXIT.clean;
  },
};

export default lint;

/**
 * Whether DIR has a `.github/workflows` with a YAML file in it. Linting a directory without one reported "No
 * findings in 0 files" and exit 0, which reads as a clean bill for a mistyped path (issue 9). A directory that
 * cannot be read is left to the walk, which says why.
 */
function hasWorkflowDirectory(dir: string): boolean {
  try {
    return readdirSync(join(dir, '.github', 'workflows')).some((name) => /\.ya?ml$/.test(name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

/** The configuration's rule settings; a rule named with `--rule` runs even when the configuration turns it off. */
export function readLintConfig(
  dir: string,
  explicit: string | undefined,
  io: Io,
  only: readonly string[],
): {
  severities: Record<string, Severity | 'off'>;
  isIgnored: (path: string) => boolean;
  prices: Readonly<Record<string, number>>;
} {
  const config = readConfig(dir, explicit, io);
  const { severities, isIgnored } = toSettings(config);
  // The command line is the later word.
  const effective = Object.fromEntries(
    Object.entries(severities).filter(([id, level]) => !(level === 'off' && only.includes(id))),
  );
  return { severities: effective, isIgnored, prices: config.prices };
}

function readConfig(dir: string, explicit: string | undefined, io: Io): Config {
  try {
    return loadConfig(dir, {
      explicit: explicit === undefined ? undefined : resolve(io.cwd, explicit),
      display: (path) => relative(io.cwd, path) || path,
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Colours on a terminal, unless NO_COLOR is set to anything non-empty (https://no-color.org); FORCE_COLOR turns them
 * on without a terminal (CI logs render ANSI), as in Node and most CLIs. NO_COLOR wins: opting out is explicit.
 */
function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}
