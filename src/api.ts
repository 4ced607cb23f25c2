/**
 * The library API (docs/library.md): `lint`, `fix` and `loadHistory`, with the defaults the CLI has — every rule,
 * the directory's `.ciscope.yml` when present — so that `await lint('.')` needs no option.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, toSettings } from './config/load.ts';
import type { ConfigSettings } from './config/load.ts';
import { fixRepository } from './engine/fix-repository.ts';
import { runRules } from './engine/run-rules.ts';
import type { Finding, Severity } from './findings/finding.ts';
import { resolveDbPath } from './history/db-path.ts';
import { DuckDbHistoryStore } from './history/duckdb-store.ts';
import { loadHistoryContext } from './history/impact.ts';
import type { HistoryContext } from './history/impact.ts';
import { originOf, parseRepoRef } from './history/repo-ref.ts';
import { rules as allRules } from './rules/index.ts';
import { loadRepository } from './workflow/repository.ts';

export interface LintOptions {
  /** Run only these rule ids (default: every rule the configuration leaves on). */
  readonly rules?: readonly string[];
  /**
   * The configuration file: a path (relative to the process's working directory), or `false` to ignore
   * `.ciscope.yml`. Default: `DIR/.ciscope.yml` when it exists.
   */
  readonly config?: string | false;
  /** Run history from `loadHistory`: history-aware rules run, and findings carry their measured `impact`. */
  readonly history?: History | undefined;
}

export interface FixOptions extends LintOptions {
  /** Also apply fixes marked unsafe (default: safe fixes only). */
  readonly unsafe?: boolean;
  /** Compute the fixes but write nothing (default: false). */
  readonly dryRun?: boolean;
}

export interface Summary {
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

export interface LintOutput {
  readonly findings: readonly Finding[];
  readonly summary: Summary;
}

/** One fix, where its finding was in the text of the pass that applied it. */
export interface AppliedFix {
  readonly ruleId: string;
  readonly messageId: string;
  readonly title: string;
  readonly safety: 'safe' | 'unsafe';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The files its edits change. */
  readonly files: readonly string[];
  readonly pass: number;
}

export interface RefusedFix extends AppliedFix {
  /** The guard that refused it, e.g. `yaml-syntax`, `rule-silent`, `idempotent` (docs/fixing.md). */
  readonly guard: string;
  readonly reason: string;
}

export interface FixOutput extends LintOutput {
  /** Files whose text changed (relative, `/`-separated); written unless `dryRun`. */
  readonly changedFiles: readonly string[];
  readonly applied: readonly AppliedFix[];
  /** Fixes a guard refused (the output would not parse, the rule would still report …). */
  readonly refused: readonly RefusedFix[];
}

export interface HistoryOptions {
  /** The DuckDB file (default: `$CISCOPE_DB`, else `$XDG_CACHE_HOME/ciscope/history.duckdb`). */
  readonly db?: string;
  /** `OWNER/NAME` (default: the `origin` remote of the directory). */
  readonly repo?: string;
  /** Days of history the figures rest on (default 30). */
  readonly days?: number;
}

/** Run history of one repository, read once from the database (the database is closed again). */
export interface History {
  readonly repo: string;
  readonly db: string;
  /** @internal */
  readonly context: HistoryContext;
}

/** A bad option, configuration file or database: the message says which and where. */
export class CiscopeError extends Error {
  override name = 'CiscopeError';
}

export async function lint(dir: string, options: LintOptions = {}): Promise<LintOutput> {
  const root = resolve(dir);
  const repository = loadRepository(root);
  const settings = ruleSettings(root, options);
  const findings = runRules(repository, { ...settings, history: options.history?.context.view });
  const measured = options.history === undefined ? findings : options.history.context.attachImpact(findings);
  return { findings: measured, summary: summarize(measured) };
}

export async function fix(dir: string, options: FixOptions = {}): Promise<FixOutput> {
  const root = resolve(dir);
  const result = await fixRepository(root, {
    ...ruleSettings(root, options),
    history: options.history?.context.view,
    unsafe: options.unsafe === true,
    dryRun: options.dryRun === true,
  });
  const findings =
    options.history === undefined ? result.findings : options.history.context.attachImpact(result.findings);
  return {
    findings,
    summary: summarize(findings),
    changedFiles: result.plan.changes.map((change) => change.file),
    applied: result.plan.applied,
    refused: result.plan.refused,
  };
}

/** The stored run history for `dir`'s repository; undefined when the database holds none for it. */
export async function loadHistory(dir: string, options: HistoryOptions = {}): Promise<History | undefined> {
  const root = resolve(dir);
  const db = resolveDbPath(options.db, process.env, process.cwd());
  if (!existsSync(db)) throw new CiscopeError(`no history database at ${db}; \`ciscope sync\` creates it`);
  const repo = options.repo === undefined ? originOf(root) : parseRepoRef(options.repo);
  if (repo === undefined)
    throw new CiscopeError(
      options.repo === undefined
        ? `${root} has no \`origin\` remote; pass { repo: 'OWNER/NAME' }`
        : `repo takes OWNER/NAME, not \`${options.repo}\``,
    );
  const store = await DuckDbHistoryStore.open(db);
  try {
    const repoId = await store.repoId(repo);
    if (repoId === undefined) return undefined;
    const context = await loadHistoryContext(store, {
      repoId,
      repo,
      model: loadRepository(root),
      now: Date.now(),
      ...(options.days === undefined ? {} : { days: options.days }),
    });
    return { repo: `${repo.owner}/${repo.name}`, db, context };
  } finally {
    await store.close();
  }
}

export function summarize(findings: readonly Finding[]): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) bySeverity[finding.severity]++;
  return { findings: findings.length, bySeverity };
}

function ruleSettings(
  root: string,
  options: LintOptions,
): ConfigSettings & { rules: typeof allRules; only: readonly string[] } {
  const only = options.rules ?? [];
  for (const id of only)
    if (!allRules.some((rule) => rule.id === id)) throw new CiscopeError(`unknown rule \`${id}\``);
  let settings: ConfigSettings;
  try {
    settings =
      options.config === false
        ? { severities: {}, isIgnored: () => false }
        : toSettings(
            loadConfig(root, options.config === undefined ? {} : { explicit: resolve(options.config) }),
          );
  } catch (error) {
    if (error instanceof ConfigError) throw new CiscopeError(error.message);
    throw error;
  }
  // A rule named in `rules` runs even when the configuration turns it off, as `--rule` does.
  const severities = Object.fromEntries(
    Object.entries(settings.severities).filter(([id, level]) => !(level === 'off' && only.includes(id))),
  );
  return { rules: allRules, only, severities, isIgnored: settings.isIgnored };
}
