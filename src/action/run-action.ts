/**
 * The GitHub Action: a thin adapter over the library (STYLE convention 30). It lints the workspace, writes
 * annotations and the markdown report to the job summary, optionally a SARIF file for code scanning, and on a pull
 * request says what the change does to the job graph (`diff`) in the summary and in one PR comment it keeps updated
 * (and turns into "all clear" once nothing is left). With `history: true` it first syncs the repository's run
 * history into a DuckDB file (restored and saved by `actions/cache` around it), so findings carry measured cost.
 * action.yml runs the committed bundle of this code, dist-action/main.js; README "In CI" documents the inputs.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Octokit } from '@octokit/rest';
import { loadConfig, toSettings } from '../config/load.ts';
import { describeRule } from '../engine/rule-descriptor.ts';
import { lintDirectory } from '../engine/run-rules.ts';
import { SEVERITIES, severityRank } from '../findings/finding.ts';
import type { Finding, Severity } from '../findings/finding.ts';
import { diffMarkdown } from '../report/diff.ts';
import type { DiffReport } from '../report/diff.ts';
import { reporters } from '../report/index.ts';
import type { LintReport } from '../report/types.ts';
import { rules } from '../rules/index.ts';
import { diffRepositories } from '../simulate/repository-diff.ts';
import { gitRevisionSource } from '../workflow/git-source.ts';
import { buildRepository, loadRepository } from '../workflow/repository.ts';
import { VERSION } from '../version.ts';
import { systemClock } from '../history/clock.ts';
import { DuckDbHistoryStore } from '../history/duckdb-store.ts';
import { createGitHubClient, GITHUB_API_URL } from '../history/github-client.ts';
import { loadHistoryContext } from '../history/impact.ts';
import type { HistoryContext } from '../history/impact.ts';
import { parseRepoRef } from '../history/repo-ref.ts';
import { syncRepository } from '../history/sync.ts';
import { ensureDuckDb } from './duckdb-at-run-time.ts';
import type { Installer } from './duckdb-at-run-time.ts';

export const COMMENT_MARKER = '<!-- ciscope-report -->';

const EMPTY_REPORT: LintReport = {
  findings: [],
  rules: [],
  filesAnalysed: 0,
  sources: new Map(),
  toolVersion: VERSION,
};

export interface ActionIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  /** How history mode installs DuckDB when it is missing (tests pass one that fails loudly). */
  readonly installDuckDb?: Installer;
}

const DAY = 86_400_000;

interface PullRequestEvent {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
}

export async function runAction(io: ActionIo): Promise<number> {
  const { env } = io;
  // The runner passes input `fail-on` as `INPUT_FAIL-ON` (spaces become `_`, hyphens stay); `INPUT_FAIL_ON` is the
  // form a shell can set, for running the bundle by hand.
  const input = (name: string, fallback = ''): string =>
    (env[`INPUT_${name.toUpperCase()}`] ?? env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`])?.trim() ||
    fallback;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = resolve(workspace, input('path', '.'));
  const failOn = input('fail-on', 'warning');
  if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity)) {
    io.stdout(`::error title=ciscope::fail-on takes ${SEVERITIES.join(', ')} or none, not "${failOn}"\n`);
    return 2;
  }
  const only = input('rules')
    .split(/[\s,]+/)
    .filter((id) => id !== '');
  const configPath = input('config');
  const config = loadConfig(dir, configPath === '' ? {} : { explicit: configPath });
  const days = Number(input('history-days', '30'));
  if (!Number.isInteger(days) || days < 1) {
    io.stdout(
      `::error title=ciscope::history-days takes a whole number of days, not "${input('history-days')}"\n`,
    );
    return 2;
  }
  const history =
    input('history', 'false') === 'true' ? await syncedHistory(dir, days, input, io) : undefined;
  const linted = lintDirectory(dir, { rules, only, ...toSettings(config), history: history?.view });
  const { repository } = linted;
  const findings = history === undefined ? linted.findings : history.attachImpact(linted.findings);
  const report: LintReport = {
    findings,
    rules: rules.filter((rule) => only.length === 0 || only.includes(rule.id)).map(describeRule),
    filesAnalysed: repository.files.length,
    sources: new Map(repository.files.map((file) => [file.path, file.text])),
    toolVersion: VERSION,
  };
  io.stdout(reporters.github(report));

  const sarifPath = input('sarif');
  if (sarifPath !== '') writeFileSync(resolve(workspace, sarifPath), reporters.sarif(report));

  const pullRequest = readPullRequest(env);
  const diff = pullRequest === undefined ? undefined : pullRequestDiff(dir, pullRequest, io);
  const summary =
    reporters.markdown(report, { color: false }) +
    (history === undefined ? '' : measuredMarkdown(findings, days)) +
    (diff === undefined ? '' : `\n${diffMarkdown(diff)}`);
  if (env.GITHUB_STEP_SUMMARY !== undefined) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);

  const gates = diff?.findings ?? [];
  writeOutputs(env, {
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    'gates-dropped': gates.length,
  });

  const token = input('token');
  if (pullRequest !== undefined && token !== '' && input('comment', 'true') === 'true') {
    const worth = findings.length > 0 || (diff?.workflows.some((w) => w.status !== 'unchanged') ?? false);
    // Nothing to say: an earlier comment is turned into "all clear", and none is created.
    await upsertComment(env, token, pullRequest.number, {
      body: `${COMMENT_MARKER}\n${worth ? summary : allClear(pullRequest)}`,
      create: worth,
      io,
    });
  }

  const threshold = failOn === 'none' ? Number.POSITIVE_INFINITY : severityRank(failOn as Severity);
  const failing = [...findings, ...gates].filter(
    (finding: Finding) => severityRank(finding.severity) >= threshold,
  );
  return failing.length > 0 ? 1 : 0;
}

function readPullRequest(env: Readonly<Record<string, string | undefined>>): PullRequestEvent | undefined {
  if (
    !['pull_request', 'pull_request_target'].includes(env.GITHUB_EVENT_NAME ?? '') ||
    env.GITHUB_EVENT_PATH === undefined
  )
    return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
    };
    const pr = event.pull_request;
    if (pr?.number === undefined || pr.base?.sha === undefined || pr.head?.sha === undefined)
      return undefined;
    return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
  } catch {
    return undefined;
  }
}

/** The job-graph diff of the pull request; skipped (with a notice) when the base commit is not in the checkout. */
function pullRequestDiff(dir: string, pr: PullRequestEvent, io: ActionIo): DiffReport | undefined {
  let before;
  try {
    before = buildRepository(dir, gitRevisionSource(dir, pr.baseSha));
  } catch {
    io.stdout(
      '::notice title=ciscope::The base commit is not in the checkout (use actions/checkout with fetch-depth: 0) — the job-graph diff is skipped.\n',
    );
    return undefined;
  }
  const report = diffRepositories(
    before,
    loadRepository(dir),
    pr.baseSha.slice(0, 7),
    pr.headSha.slice(0, 7),
  );
  io.stdout(reporters.github({ ...EMPTY_REPORT, findings: report.findings }));
  return report;
}

function writeOutputs(
  env: Readonly<Record<string, string | undefined>>,
  outputs: Record<string, number>,
): void {
  if (env.GITHUB_OUTPUT === undefined || !existsSync(env.GITHUB_OUTPUT)) return;
  appendFileSync(
    env.GITHUB_OUTPUT,
    Object.entries(outputs)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
}

/** History mode's figures per finding (docs/metrics.md, "Impact of a finding"). */
function measuredMarkdown(findings: readonly Finding[], days: number): string {
  const measured = findings.filter((finding) => finding.impact !== undefined);
  if (measured.length === 0) return `\nNo finding is covered by the run history of the last ${days} days.\n`;
  const rows = measured.map((finding) => {
    const impact = finding.impact as NonNullable<Finding['impact']>;
    return `| \`${finding.ruleId}\` | \`${finding.location.file}:${finding.location.start.line}\` | ${impact.runnerMinutesPerWeek.toFixed(0)} | ${impact.usdPerMonth === undefined ? 'not billed by GitHub' : `$${impact.usdPerMonth.toFixed(2)}`} | ${impact.savingMinutesPerWeek.toFixed(0)} | ${impact.runs} |`;
  });
  return [
    '',
    `#### Measured cost (run history of the last ${days} days)`,
    '',
    '| rule | where | runner-min a week | $ a month | the fix saves (min a week) | runs |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}

function allClear(pr: PullRequestEvent): string {
  return `### ciscope: all clear\n\nNo findings and no change to the job graph at ${pr.headSha.slice(0, 7)}; what this comment reported before is fixed.\n`;
}

/**
 * History mode: the run history of `GITHUB_REPOSITORY` synced (incrementally: only what the restored database
 * lacks) into `history-db` with the workflow's token, then read for the linted checkout. A failed sync is a
 * warning, not a failed job: the lint goes on with what the database already holds, or without history.
 */
async function syncedHistory(
  dir: string,
  days: number,
  input: (name: string, fallback?: string) => string,
  io: ActionIo,
): Promise<HistoryContext | undefined> {
  const { env } = io;
  const repo = parseRepoRef(env.GITHUB_REPOSITORY ?? '');
  if (repo === undefined) {
    io.stdout('::warning title=ciscope::history: true needs GITHUB_REPOSITORY; linting without history.\n');
    return undefined;
  }
  const dbPath = resolve(
    env.GITHUB_WORKSPACE ?? process.cwd(),
    input('history-db', join(env.RUNNER_TEMP ?? '.', 'ciscope', 'history.duckdb')),
  );
  try {
    if (ensureDuckDb(io.installDuckDb) === 'installed')
      io.stdout(
        '::notice title=ciscope::history: installed DuckDB (@duckdb/node-api, a native module that cannot be bundled) next to the Action with npm.\n',
      );
  } catch (error) {
    io.stdout(
      `::warning title=ciscope::history: could not install DuckDB (${firstLine(error)}); linting without history.\n`,
    );
    return undefined;
  }
  const now = systemClock.now();
  const store = await DuckDbHistoryStore.open(dbPath);
  try {
    const token = input('token');
    if (token === '')
      io.stdout('::warning title=ciscope::history: no token; using the stored history only.\n');
    else {
      try {
        const summary = await syncRepository({
          client: createGitHubClient({
            token,
            baseUrl: env.GITHUB_API_URL ?? GITHUB_API_URL,
            clock: systemClock,
            userAgent: `ciscope-action/${VERSION}`,
          }),
          store,
          repo,
          since: now - days * DAY,
          now,
        });
        io.stdout(
          `ciscope: synced ${repo.owner}/${repo.name}: ${summary.runsWritten} new runs, ${summary.runsSkipped} already stored, ${summary.requests} requests (${summary.notModified} answered 304)\n`,
        );
      } catch (error) {
        io.stdout(
          `::warning title=ciscope::history: the sync stopped (${firstLine(error)}); the findings rest on the history stored so far. The token needs \`actions: read\`.\n`,
        );
      }
    }
    const repoId = await store.repoId(repo);
    if (repoId === undefined) return undefined;
    return await loadHistoryContext(store, { repoId, repo, model: loadRepository(dir), now, days });
  } finally {
    await store.close();
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** Creates the PR comment (when `create`), or updates the one ciscope wrote before (found by its marker). */
async function upsertComment(
  env: Readonly<Record<string, string | undefined>>,
  token: string,
  issueNumber: number,
  { body, create, io }: { body: string; create: boolean; io: ActionIo },
): Promise<void> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === undefined || repo === undefined) return;
  const octokit = new Octokit({
    auth: token,
    baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: `ciscope/${VERSION}`,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const previous = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER) === true);
    if (previous === undefined) {
      if (create) await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    } else if (previous.body !== body)
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
  } catch (error) {
    // A fork's read-only token cannot comment; the summary and annotations still carry the report.
    const status = (error as { status?: number }).status;
    io.stdout(
      `::warning title=ciscope::Could not comment on the pull request (HTTP ${status ?? 'error'}); the report is in the job summary. The comment needs \`permissions: pull-requests: write\` (a pull request from a fork gets a read-only token).\n`,
    );
  }
}
