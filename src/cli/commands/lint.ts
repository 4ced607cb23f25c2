import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, loadConfig, toSettings } from '../../config/load.ts';
import type { Config, ConfigSettings } from '../../config/load.ts';
import { describeRule } from '../../engine/rule-descriptor.ts';
import { runRules } from '../../engine/run-rules.ts';
import { SEVERITIES, severityRank } from '../../findings/finding.ts';
import type { Severity } from '../../findings/finding.ts';
import { isReporterName, reporters } from '../../report/index.ts';
import { FINDING_ORDERS } from '../../report/summary.ts';
import type { FindingOrder } from '../../report/summary.ts';
import type { Reporter } from '../../report/types.ts';
import { rules } from '../../rules/index.ts';
import { VERSION } from '../../version.ts';
import { loadRepository } from '../../workflow/repository.ts';
import { pathMatcher } from '../../config/glob.ts';
import { newFindings, readBaseline, writeBaseline } from '../baseline.ts';
import { directoryArgument, flag, listOption, stringOption } from '../command.ts';
import type { Command, ParsedArgs } from '../command.ts';
import { EXIT, InputError, UsageError, useColor } from '../io.ts';
import type { Io } from '../io.ts';
import { fixBeforeLint } from './fix.ts';
import { repoOf } from './history-options.ts';
import { LINT_HISTORY_HELP, lintHistory } from './lint-history.ts';
import { isRemoteLint, LINT_REMOTE_HELP, loadRemoteRepository } from './lint-remote.ts';

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
  --output FILE     write the report to FILE instead of stdout
  --max-warnings N  exit 1 when there are more than N warnings (warnings up to N do not fail)
  --ignore GLOB     drop findings in files matching GLOB, as \`ignore:\` in .ciscope.yml (repeatable)
  --baseline FILE   report only findings not recorded in FILE (matched by rule, file and line text)
  --write-baseline FILE  record the findings in FILE, for --baseline, and exit 0
  --no-color, --color    colours off, or on without a terminal
${LINT_HISTORY_HELP}
${LINT_REMOTE_HELP}

Colours are used on a terminal; NO_COLOR=1 or --no-color turns them off, FORCE_COLOR=1 or --color on.
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
    ref: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'max-warnings': { type: 'string' },
    ignore: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const remote = isRemoteLint(args) ? await loadRemoteRepository(args, io) : undefined;
    const dir = remote === undefined ? directoryArgument(args, io.cwd) : io.cwd;
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
    if (remote === undefined && !hasWorkflowDirectory(dir))
      throw new UsageError(`no workflow files under ${args.positionals[0] ?? '.'}/.github/workflows`);
    const maxWarnings = countOption(args, 'max-warnings');
    const config = readLintConfig(dir, stringOption(args, 'config'), io, only, remote?.config);
    const ignoredByOption = pathMatcher(listOption(args, 'ignore'));
    const isIgnored = (path: string): boolean => config.isIgnored(path) || ignoredByOption(path);
    const effective = config.severities;
    const settings = { rules, only, severities: effective, isIgnored };
    // `--fix`: the fix engine writes first; the report below is of the files as they are afterwards.
    if (flag(args, 'fix')) {
      if (remote !== undefined) throw new UsageError('--fix needs a checkout: pass DIR, not --repo alone');
      await fixBeforeLint(dir, settings, io);
    }

    const history = remote === undefined ? await lintHistory(args, io, dir, config.prices) : undefined;
    // The repository's own name makes `OWNER/NAME/.github/workflows/x.yml@ref` calls local ones.
    const repo = remote === undefined ? repoOf(args, dir, false) : undefined;
    const slug = repo === undefined ? undefined : `${repo.owner}/${repo.name}`;
    const repository = remote?.repository ?? loadRepository(dir, { slug });
    const linted = runRules(repository, { ...settings, history: history?.view });
    const sources = new Map(repository.files.map((file) => [file.path, file.text]));
    const writeTo = stringOption(args, 'write-baseline');
    if (writeTo !== undefined) {
      writeFileSync(resolve(io.cwd, writeTo), writeBaseline(linted, sources));
      io.stderr(`ciscope: wrote ${linted.length} findings to ${writeTo}\n`);
      return EXIT.clean;
    }
    const baselinePath = stringOption(args, 'baseline');
    const fresh =
      baselinePath === undefined
        ? linted
        : newFindings(linted, readBaseline(resolve(io.cwd, baselinePath), baselinePath), sources);
    const findings = history === undefined ? fresh : history.attachImpact(fresh);
    const ran = rules.filter((rule) =>
      only.length === 0 ? effective[rule.id] !== 'off' : only.includes(rule.id),
    );
    const reporter: Reporter = reporters[format];
    const output = reporter(
      {
        findings,
        rules: ran.map(describeRule),
        filesAnalysed: repository.files.length,
        sources,
        toolVersion: VERSION,
        order: (sort as FindingOrder | undefined) ?? (history === undefined ? 'file' : 'savings'),
        history: history !== undefined,
      },
      { color: stringOption(args, 'output') === undefined && colorWanted(io, args) },
    );
    const outputPath = stringOption(args, 'output');
    if (outputPath !== undefined) writeFileSync(resolve(io.cwd, outputPath), output);
    else if (!(flag(args, 'quiet') && findings.length === 0)) io.stdout(output);
    const threshold = failOn === 'none' ? Number.POSITIVE_INFINITY : severityRank(failOn as Severity);
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    // With --max-warnings, warnings up to N are allowed whatever --fail-on says (ESLint's meaning).
    const warningsAllowed = maxWarnings !== undefined && warnings <= maxWarnings;
    const failing = findings.some(
      (finding) =>
        severityRank(finding.severity) >= threshold && !(finding.severity === 'warning' && warningsAllowed),
    );
    return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? EXIT.findings : EXIT.clean;
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
  /** A configuration read elsewhere (a remote repository's), used unless `explicit` is given. */
  fallback?: ConfigSettings | undefined,
): {
  severities: Record<string, Severity | 'off'>;
  isIgnored: (path: string) => boolean;
  prices: Readonly<Record<string, number>>;
} {
  const config =
    fallback !== undefined && explicit === undefined
      ? { ...fallback, prices: {} }
      : (() => {
          const read = readConfig(dir, explicit, io);
          return { ...toSettings(read), prices: read.prices };
        })();
  const { severities, isIgnored } = config;
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

/** The command line is the later word: --no-color and --color over NO_COLOR and FORCE_COLOR (cli/io.ts). */
function colorWanted(io: Io, args: ParsedArgs): boolean {
  if (flag(args, 'no-color')) return false;
  if (flag(args, 'color')) return true;
  return useColor(io);
}

function countOption(args: ParsedArgs, name: string): number | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not \`${value}\``);
  return Number(value);
}
