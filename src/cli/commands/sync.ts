import { systemClock } from '../../history/clock.ts';
import { resolveDbPath } from '../../history/db-path.ts';
import { DuckDbHistoryStore } from '../../history/duckdb-store.ts';
import { createGitHubClient, GITHUB_API_URL, GitHubError } from '../../history/github-client.ts';
import { MappingError } from '../../history/map-api.ts';
import { createProgressReporter } from '../../history/progress.ts';
import { syncRepository, UnknownWorkflowError } from '../../history/sync.ts';
import type { SyncSummary } from '../../history/sync.ts';
import { MissingTokenError, resolveToken } from '../../history/token.ts';
import { listOption, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, InputError, UsageError } from '../io.ts';
import type { Io } from '../io.ts';
import { parseSince } from './history-options.ts';

const DEFAULT_SINCE_DAYS = 30;

const sync: Command = {
  name: 'sync',
  summary: 'Pull the run history of a repository from the GitHub API into the local database',
  help: `Usage: ciscope sync --repo OWNER/NAME [options]

Fetches the workflow runs, jobs (every attempt) and steps of OWNER/NAME into the history database, incrementally:
completed runs are fetched once, runs still going are fetched again next time, and a sync with nothing new costs
only conditional requests (free of rate limit). Interrupted, it resumes where it stopped.

Options:
  --repo OWNER/NAME   the repository (required)
  --since WHEN        how far back the first sync goes: 30d (days) or YYYY-MM-DD (default: ${DEFAULT_SINCE_DAYS}d);
                      given on a later sync, it also re-checks the runs since then
  --workflow FILE     sync only this workflow file, e.g. ci.yml (repeatable)
  --api-url URL       the API base URL; GitHub Enterprise Server: https://HOST/api/v3
                      (default: $GITHUB_API_URL, else ${GITHUB_API_URL})
  --db PATH           the history database (default: $CISCOPE_DB, else ~/.cache/ciscope/history.duckdb)

The token comes from GITHUB_TOKEN or GH_TOKEN (GH_ENTERPRISE_TOKEN first for GHES), else from \`gh auth token\`.
`,
  options: {
    repo: { type: 'string' },
    since: { type: 'string' },
    workflow: { type: 'string', multiple: true },
    'api-url': { type: 'string' },
    db: { type: 'string' },
  },
  maxPositionals: 0,
  async run(args, io) {
    const repo = parseRepo(stringOption(args, 'repo'));
    const now = systemClock.now();
    const sinceText = stringOption(args, 'since');
    const since = parseSince(sinceText ?? `${DEFAULT_SINCE_DAYS}d`, now, true);
    const apiUrl = parseApiUrl(
      stringOption(args, 'api-url') ?? nonEmpty(io.env.GITHUB_API_URL) ?? GITHUB_API_URL,
    );
    const dbPath = resolveDbPath(stringOption(args, 'db'), io.env, io.cwd);

    let token;
    try {
      token = resolveToken(io.env, enterpriseHost(apiUrl));
    } catch (error) {
      if (error instanceof MissingTokenError) throw new InputError(error.message);
      throw error;
    }

    const progress = createProgressReporter({
      write: io.stderr,
      isTTY: io.isTTY,
      now: () => systemClock.now(),
    });
    const client = createGitHubClient({
      token: token.token,
      baseUrl: apiUrl,
      clock: systemClock,
      onEvent: (event) => progress.event(event),
    });
    const store = await DuckDbHistoryStore.open(dbPath);
    let summary: SyncSummary;
    try {
      summary = await syncRepository({
        client,
        store,
        repo,
        since,
        sinceExplicit: sinceText !== undefined,
        workflowFiles: listOption(args, 'workflow'),
        now,
        onProgress: (update) => progress.update(update),
      });
    } catch (error) {
      progress.finish();
      return reportFailure(error, token.source, io);
    } finally {
      await store.close();
    }
    progress.finish();
    io.stdout(describeSummary(repo, summary, dbPath));
    return EXIT.clean;
  },
};

export default sync;

/** Errors the user can act on exit 2 with one line; anything else that stops a sync is a failure (exit 3), not a bug. */
function reportFailure(error: unknown, tokenSource: string, io: Io): number {
  if (error instanceof UnknownWorkflowError) throw new InputError(error.message);
  if (error instanceof GitHubError && error.kind === 'auth') {
    throw new InputError(
      `${error.message}; the token came from ${tokenSource}: check it is valid, not expired, and can read Actions`,
    );
  }
  if (error instanceof GitHubError && error.kind === 'not-found') throw new InputError(error.message);
  // A wrong --api-url, a proxy or no network: the user's environment, not a bug in ciscope (issue 9).
  if (error instanceof GitHubError && error.kind === 'network')
    throw new InputError(
      `${error.message}; check --api-url, the network and any proxy. Everything fetched so far is stored; run the same command again to resume.`,
    );
  if (error instanceof GitHubError || error instanceof MappingError) {
    io.stderr(
      `ciscope: sync stopped: ${error.message}\nEverything fetched so far is stored; run the same command again to resume.\n`,
    );
    return EXIT.internal;
  }
  throw error;
}

function describeSummary(
  repo: { owner: string; name: string },
  summary: SyncSummary,
  dbPath: string,
): string {
  const lines = [
    `Synced ${repo.owner}/${repo.name}: ${summary.workflowsTotal} workflows, ${summary.runsWritten} runs written (${summary.jobsWritten} jobs), ${summary.runsSkipped} already stored.`,
    `${summary.requests} requests, ${summary.notModified} answered 304 (free of rate limit)${summary.rateLimitRemaining === undefined ? '' : `; rate limit: ${summary.rateLimitRemaining} left`}.`,
  ];
  if (summary.runsIncomplete > 0)
    lines.push(
      `${summary.runsIncomplete} runs were still queued or running; the next sync fetches them again.`,
    );
  if (summary.windowsTruncated > 0)
    lines.push(
      `Warning: more than 1000 runs were created within one second ${summary.windowsTruncated} times; runs beyond the API's cap are missing.`,
    );
  lines.push(`Database: ${dbPath}`);
  return `${lines.join('\n')}\n`;
}

function parseRepo(value: string | undefined): { owner: string; name: string } {
  if (value === undefined) throw new UsageError('sync needs --repo OWNER/NAME');
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value.trim());
  if (match === null) throw new UsageError(`--repo takes OWNER/NAME, not \`${value}\``);
  return { owner: match[1] as string, name: (match[2] as string).replace(/\.git$/, '') };
}

/** `30d` counts back from today's UTC midnight, so the first window's URL (and its ETag) is stable for a day. */

function parseApiUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--api-url takes a URL such as https://github.example.com/api/v3, not \`${value}\``);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--api-url must be http(s), not \`${value}\``);
  if (url.username !== '' || url.password !== '')
    throw new UsageError('--api-url must not carry credentials; use GITHUB_TOKEN');
  return url.toString().replace(/\/+$/, '');
}

/** The host `gh auth token --hostname` needs for GitHub Enterprise Server; undefined for github.com. */
function enterpriseHost(apiUrl: string): string | undefined {
  const host = new URL(apiUrl).host;
  return host === 'api.github.com' ? undefined : host;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
