import { fixRepository, MAX_PASSES } from '../../engine/fix-repository.ts';
import type { FixDescription, FixOptions, FixResult, RefusedFix } from '../../engine/fix-repository.ts';
import { unifiedDiff } from '../../engine/unified-diff.ts';
import { SEVERITIES, severityRank } from '../../findings/finding.ts';
import type { Severity } from '../../findings/finding.ts';
import { rules } from '../../rules/index.ts';
import { readLintConfig } from './lint.ts';
import { directoryArgument, flag, listOption, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import type { Io } from '../io.ts';

const FORMATS = ['text', 'json'] as const;

const fix: Command = {
  name: 'fix',
  summary: 'Apply the fixes of the findings, checked by guards before anything is written',
  help: `Usage: ciscope fix [DIR] [options]

Applies the fixes that rules attach to their findings under DIR (default: the current directory), in passes
until no fixable finding is left (at most ${MAX_PASSES}). A fix is written only if the result still parses, GitHub's
workflow parser finds no new error, the rule is silent on it, fixing again changes nothing, every comment is
kept and nothing outside the edited ranges changed. See docs/fixing.md.

Options:
  --rule ID         apply only the fixes of this rule (repeatable)
  --unsafe          also apply fixes marked unsafe (they may change behaviour someone relies on)
  --dry-run         print the changes as a unified diff; write nothing
  --format FORMAT   ${FORMATS.join(' | ')} (default: text)
  --fail-on LEVEL   exit 1 when a finding left is at or above LEVEL: ${SEVERITIES.join(' | ')} | none (default: warning)
  --config FILE     configuration file (default: DIR/.ciscope.yml when present); rules it turns off are not
                    fixed and files it ignores are not touched, as with \`lint --fix\`
`,
  options: {
    rule: { type: 'string', multiple: true },
    unsafe: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = directoryArgument(args, io.cwd);
    const format = stringOption(args, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`unknown format \`${format}\`; use one of ${FORMATS.join(', ')}`);
    const threshold = failOnThreshold(stringOption(args, 'fail-on') ?? 'warning');
    const only = checkedRuleIds(listOption(args, 'rule'));
    const dryRun = flag(args, 'dry-run');

    const { severities, isIgnored } = readLintConfig(dir, stringOption(args, 'config'), io, only);
    const result = await fixRepository(dir, {
      rules,
      only,
      severities,
      isIgnored,
      unsafe: flag(args, 'unsafe'),
      dryRun,
    });
    io.stdout(
      format === 'json' ? `${JSON.stringify(toJson(result, dryRun), null, 2)}\n` : renderText(result, dryRun),
    );
    return exitCode(result, threshold);
  },
};

export default fix;

/** `lint --fix`: the same engine with safe fixes only; what it did goes to stderr so that stdout stays the report. */
export async function fixBeforeLint(
  dir: string,
  options: Omit<FixOptions, 'unsafe' | 'maxPasses'>,
  io: Io,
): Promise<void> {
  const result = await fixRepository(dir, options);
  const lines = renderFixLines(result, false);
  if (lines !== '') io.stderr(lines);
}

function exitCode(result: FixResult, threshold: number): number {
  const notWritten = result.writes.some((write) => write.outcome.status !== 'written');
  const left = result.findings.some((finding) => severityRank(finding.severity) >= threshold);
  return notWritten || left ? EXIT.findings : EXIT.clean;
}

function failOnThreshold(failOn: string): number {
  if (failOn === 'none') return Number.POSITIVE_INFINITY;
  if (!SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`--fail-on takes ${SEVERITIES.join(', ')} or none, not \`${failOn}\``);
  return severityRank(failOn as Severity);
}

function checkedRuleIds(ids: readonly string[]): readonly string[] {
  for (const id of ids) {
    if (!rules.some((rule) => rule.id === id))
      throw new UsageError(`unknown rule \`${id}\`; \`ciscope rules\` lists them`);
  }
  return ids;
}

function renderText(result: FixResult, dryRun: boolean): string {
  let text = '';
  if (dryRun) {
    for (const change of result.plan.changes) {
      text += unifiedDiff(change.before, change.after, {
        fromFile: `a/${change.file}`,
        toFile: `b/${change.file}`,
      });
    }
    if (text !== '') text += '\n';
  }
  return text + renderFixLines(result, dryRun) + summary(result, dryRun);
}

/** Per file: the fixes applied, refused and left for `--unsafe`, and a write that did not happen. */
function renderFixLines(result: FixResult, dryRun: boolean): string {
  const { plan } = result;
  const entries: { file: string; line: number; column: number; text: string }[] = [];
  const add = (fix: FixDescription, status: string, detail: string): void => {
    entries.push({
      file: fix.file,
      line: fix.line,
      column: fix.column,
      text: `  ${status.padEnd(8)} ${`${fix.line}:${fix.column}`.padEnd(7)} ${fix.ruleId}  ${fix.title}${detail}`,
    });
  };
  for (const fix of plan.applied) add(fix, dryRun ? 'would' : 'fixed', '');
  for (const fix of plan.refused) add(fix, 'refused', ` — ${refusal(fix)}`);
  for (const fix of plan.unsafeSkipped) add(fix, 'unsafe', ' — not applied without --unsafe');
  const files = [
    ...new Set([...entries.map((entry) => entry.file), ...result.writes.map((write) => write.file)]),
  ].sort();
  let text = '';
  for (const file of files) {
    text += `${file}\n`;
    const own = entries
      .filter((entry) => entry.file === file)
      .sort((a, b) => a.line - b.line || a.column - b.column);
    for (const entry of own) text += `${entry.text}\n`;
    const write = result.writes.find((w) => w.file === file);
    if (write !== undefined && write.outcome.status !== 'written')
      text += `  not written (${write.outcome.status}): ${write.outcome.reason}\n`;
    text += '\n';
  }
  return text;
}

function refusal(fix: RefusedFix): string {
  return `guard ${fix.guard}: ${fix.reason}`;
}

function summary(result: FixResult, dryRun: boolean): string {
  const { plan } = result;
  const written = dryRun
    ? plan.changes.length
    : result.writes.filter((write) => write.outcome.status === 'written').length;
  const parts =
    plan.applied.length === 0
      ? ['Nothing to fix']
      : [
          `${dryRun ? 'Would apply' : 'Applied'} ${count(plan.applied.length, 'fix', 'fixes')} to ${count(written, 'file', 'files')} in ${count(plan.passes, 'pass', 'passes')}`,
        ];
  if (plan.refused.length > 0) parts.push(`${count(plan.refused.length, 'fix', 'fixes')} refused by a guard`);
  if (plan.unsafeSkipped.length > 0)
    parts.push(
      `${count(plan.unsafeSkipped.length, 'unsafe fix', 'unsafe fixes')} not applied (use --unsafe)`,
    );
  const notWritten = result.writes.filter((write) => write.outcome.status !== 'written').length;
  if (notWritten > 0) parts.push(`${count(notWritten, 'file', 'files')} not written`);
  if (!plan.converged) parts.push(`stopped after ${MAX_PASSES} passes with fixes still proposed`);
  parts.push(`${count(result.findings.length, 'finding', 'findings')} left`);
  return `${parts.join('; ')}.\n`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The versioned JSON of `fix --format json` (documented in docs/fixing.md). */
function toJson(result: FixResult, dryRun: boolean): unknown {
  const { plan } = result;
  const fixJson = (fix: FixDescription) => ({
    ruleId: fix.ruleId,
    title: fix.title,
    safety: fix.safety,
    file: fix.file,
    line: fix.line,
    column: fix.column,
    pass: fix.pass,
  });
  return {
    version: 1,
    dryRun,
    passes: plan.passes,
    converged: plan.converged,
    files: plan.changes.map((change) => {
      const write = result.writes.find((w) => w.file === change.file);
      return {
        file: change.file,
        status: write === undefined ? 'planned' : write.outcome.status,
        ...(write !== undefined && write.outcome.status !== 'written'
          ? { reason: write.outcome.reason }
          : {}),
        ...(dryRun
          ? {
              diff: unifiedDiff(change.before, change.after, {
                fromFile: `a/${change.file}`,
                toFile: `b/${change.file}`,
              }),
            }
          : {}),
      };
    }),
    applied: plan.applied.map(fixJson),
    refused: plan.refused.map((fix) => ({ ...fixJson(fix), guard: fix.guard, reason: fix.reason })),
    unsafeSkipped: plan.unsafeSkipped.map(fixJson),
    remaining: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      file: finding.location.file,
      line: finding.location.start.line,
      column: finding.location.start.column,
      message: finding.message,
      fixable: finding.fix !== undefined,
    })),
  };
}
