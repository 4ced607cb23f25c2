/**
 * The GitHub Action: a thin adapter over the library (STYLE convention 30). It lints the workspace, writes
 * annotations and the markdown report to the job summary, optionally a SARIF file for code scanning, and on a pull
 * request says what the change does to the job graph (`diff`) in the summary and in one PR comment it keeps updated.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
}

interface PullRequestEvent {
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
}

export async function runAction(io: ActionIo): Promise<number> {
  const { env } = io;
  // Composite steps cannot pass `INPUT_FAIL-ON` through bash, so action.yml names inputs with underscores.
  const input = (name: string, fallback = ''): string =>
    env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]?.trim() || fallback;
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
  const { repository, findings } = lintDirectory(dir, { rules, only, ...toSettings(config) });
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
    reporters.markdown(report, { color: false }) + (diff === undefined ? '' : `\n${diffMarkdown(diff)}`);
  if (env.GITHUB_STEP_SUMMARY !== undefined) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);

  const gates = diff?.findings ?? [];
  writeOutputs(env, {
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    'gates-dropped': gates.length,
  });

  const token = input('token');
  if (
    pullRequest !== undefined &&
    token !== '' &&
    input('comment', 'true') === 'true' &&
    (findings.length > 0 || (diff?.workflows.some((w) => w.status !== 'unchanged') ?? false))
  ) {
    await upsertComment(env, token, pullRequest.number, `${COMMENT_MARKER}\n${summary}`, io);
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

/** Creates the PR comment, or updates the one ciscope wrote before (found by its marker). */
async function upsertComment(
  env: Readonly<Record<string, string | undefined>>,
  token: string,
  issueNumber: number,
  body: string,
  io: ActionIo,
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
    if (previous === undefined)
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    else await octokit.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
  } catch (error) {
    // A fork's read-only token cannot comment; the summary and annotations still carry the report.
    const status = (error as { status?: number }).status;
    io.stdout(
      `::warning title=ciscope::Could not comment on the pull request (HTTP ${status ?? 'error'}); the report is in the job summary.\n`,
    );
  }
}
