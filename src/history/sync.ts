/**
 * Incremental sync of a repository's Actions history into a `HistoryStore`.
 *
 * Per workflow, runs are listed in `created` windows (`created=FROM..TO`, the newest one open: `created=>=FROM`)
 * because a listing never returns more than 1000 runs, whatever its `total_count`; a window over the cap is halved.
 * Each run not yet stored as completed is written with the jobs of every attempt (`filter=all`). Completed runs are
 * immutable and never fetched again; queued or running ones are, on the next sync.
 *
 * Resumability: a run is never written without all its jobs, and what says "this part is done" is written after the
 * data it vouches for — a window's page ETags and the workflow's cursor only once the whole window is stored. Killed
 * at any point, the next sync lists again from the cursor, skips what is stored, and ends with what one
 * uninterrupted sync gives. Runs are written `WRITE_BATCH` at a time (and at the end of every page): one
 * transaction costs a dozen statements whatever its size, so a transaction per run made the store, not the API,
 * the bottleneck; an interruption costs at most the jobs requests of one unwritten batch.
 *
 * Listings are conditional: each page is requested with the ETag it had when its window was last completed, and
 * a 304 (which costs no rate limit) means every run on it is already stored as it is now. The open window keeps its
 * start (hence its URL) from one sync to the next, so a sync with nothing new is all 304s.
 */
import { mapJob, mapRun, mapWorkflow } from './map-api.ts';
import type { JobRecord, RepoRef, RunRecord, RunWithJobs, WorkflowRecord } from './records.ts';
import type { HistoryStore } from './store.ts';
import type { GitHubClient } from './github-client.ts';

const PER_PAGE = 100;
/** Runs fetched before they are written together: bounds what an interruption throws away (their jobs requests). */
export const WRITE_BATCH = 25;
/** https://docs.github.com/en/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow — "up to 1,000 results". */
export const LISTING_CAP = 1000;
const SECOND = 1000;

export interface SyncOptions {
  readonly client: GitHubClient;
  readonly store: HistoryStore;
  readonly repo: RepoRef;
  /** Where history starts for a workflow synced for the first time (ms). */
  readonly since: number;
  /** The user gave `--since`: list from there even where the cursor is later (stored runs are still skipped). */
  readonly sinceExplicit?: boolean;
  /** Workflow files to sync (`ci.yml` or `.github/workflows/ci.yml`); all when empty. */
  readonly workflowFiles?: readonly string[];
  /** The sync's start (ms): where the open window is split. */
  readonly now: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
}

export interface SyncProgress {
  readonly workflow: string | undefined;
  readonly workflowsDone: number;
  readonly workflowsTotal: number;
  readonly runsWritten: number;
  readonly jobsWritten: number;
  readonly runsSkipped: number;
  readonly requests: number;
  readonly notModified: number;
  readonly rateLimitRemaining: number | undefined;
}

export interface SyncSummary extends SyncProgress {
  /** Runs stored as queued or in progress: fetched again next time. */
  readonly runsIncomplete: number;
  readonly windowsSplit: number;
  /** Windows still over the 1000-result cap at one second wide: runs beyond the cap could not be listed. */
  readonly windowsTruncated: number;
}

/** A `--workflow` that names no workflow of the repository: the user's to fix. */
export class UnknownWorkflowError extends Error {
  override readonly name = 'UnknownWorkflowError';
}

interface Window {
  readonly from: number;
  /** Inclusive, whole seconds; undefined for the open window. */
  readonly to: number | undefined;
}

interface RunsPage {
  readonly total_count: number;
  readonly workflow_runs: readonly unknown[];
}

interface JobsPage {
  readonly total_count: number;
  readonly jobs: readonly unknown[];
}

interface WorkflowsPage {
  readonly total_count: number;
  readonly workflows: readonly unknown[];
}

export async function syncRepository(options: SyncOptions): Promise<SyncSummary> {
  const { client, store, repo, signal } = options;
  const repoPath = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
  const counts = {
    runsWritten: 0,
    jobsWritten: 0,
    runsSkipped: 0,
    runsIncomplete: 0,
    windowsSplit: 0,
    windowsTruncated: 0,
    workflowsDone: 0,
    workflowsTotal: 0,
  };
  let current: string | undefined;
  const progress = (): SyncProgress => ({
    workflow: current,
    workflowsDone: counts.workflowsDone,
    workflowsTotal: counts.workflowsTotal,
    runsWritten: counts.runsWritten,
    jobsWritten: counts.jobsWritten,
    runsSkipped: counts.runsSkipped,
    requests: client.stats.requests,
    notModified: client.stats.notModified,
    rateLimitRemaining: client.stats.rateLimitRemaining,
  });
  const report = (): void => options.onProgress?.(progress());

  const repoId = await store.upsertRepo(repo);
  const workflows = selectWorkflows(await listWorkflows(), options.workflowFiles ?? [], repo);
  counts.workflowsTotal = workflows.length;
  report();
  for (const workflow of workflows) {
    current = workflow.path;
    await syncWorkflow(workflow);
    counts.workflowsDone += 1;
    report();
  }
  return {
    ...progress(),
    runsIncomplete: counts.runsIncomplete,
    windowsSplit: counts.windowsSplit,
    windowsTruncated: counts.windowsTruncated,
  };

  async function listWorkflows(): Promise<readonly WorkflowRecord[]> {
    const path = `${repoPath}/actions/workflows`;
    const pages = await fetchPages<WorkflowsPage>(path, {});
    if (pages === undefined) return store.workflows(repoId);
    const listed = pages.flatMap((page, index) =>
      (page.response?.data.workflows ?? []).map((json, item) =>
        mapWorkflow(json, `workflows page ${index + 1} [${item}]`),
      ),
    );
    await store.upsertWorkflows(repoId, listed);
    await commitEtags(pages);
    return listed;
  }

  async function syncWorkflow(workflow: WorkflowRecord): Promise<void> {
    const completed = new Set(await store.completedRunIds(repoId, workflow.id));
    const cursor = (await store.getCursor(repoId, workflow.id))?.completeBefore;
    let start = cursor ?? options.since;
    if (options.sinceExplicit === true && options.since < start) start = options.since;
    const path = `${repoPath}/actions/workflows/${workflow.id}/runs`;
    const queue: Window[] = [{ from: floorSecond(start), to: undefined }];
    // Once a window holds a run still going, the cursor stays before it so the next sync lists it again.
    let cursorFrozen = false;
    let stored = cursor;

    while (queue.length > 0) {
      const window = queue.shift() as Window;
      const query = { created: createdQualifier(window), per_page: PER_PAGE };
      const pages: FetchedPage<RunsPage>[] = [];
      let incomplete = false;
      for await (const page of iteratePages<RunsPage>(path, query)) {
        if (
          page.response !== undefined &&
          page.number === 1 &&
          page.response.data.total_count > LISTING_CAP
        ) {
          const halves = split(window, options.now);
          if (halves !== undefined) {
            counts.windowsSplit += 1;
            queue.unshift(...halves);
            pages.length = 0;
            break;
          }
          counts.windowsTruncated += 1;
        }
        pages.push(page);
        if (page.response === undefined) continue;
        const batch = new Map<number, RunWithJobs>();
        for (const json of page.response.data.workflow_runs) {
          const run = mapRun(json, `${workflow.path} run`);
          if (completed.has(run.id)) {
            counts.runsSkipped += 1;
            continue;
          }
          batch.set(run.id, { run, jobs: await fetchJobs(run) });
          if (run.status === 'completed') completed.add(run.id);
          if (batch.size >= WRITE_BATCH) {
            if (await write(batch)) incomplete = true;
            batch.clear();
          }
        }
        if (await write(batch)) incomplete = true;
      }
      if (pages.length === 0) continue;
      await commitEtags(pages);
      if (incomplete) cursorFrozen = true;
      if (cursorFrozen) continue;
      const completeBefore = window.to === undefined ? window.from : window.to + SECOND;
      if (stored === undefined || completeBefore > stored) {
        await store.setCursor(repoId, workflow.id, { completeBefore });
        stored = completeBefore;
      }
    }
  }

  /** Writes a batch in one transaction; true when it held a run still queued or in progress. */
  async function write(batch: ReadonlyMap<number, RunWithJobs>): Promise<boolean> {
    if (batch.size === 0) return false;
    const runs = [...batch.values()];
    await store.writeRuns(repoId, runs);
    let incomplete = false;
    for (const { run, jobs } of runs) {
      counts.runsWritten += 1;
      counts.jobsWritten += jobs.length;
      if (run.status !== 'completed') {
        incomplete = true;
        counts.runsIncomplete += 1;
      }
    }
    report();
    return incomplete;
  }

  async function fetchJobs(run: RunRecord): Promise<JobRecord[]> {
    // filter=all keeps the jobs of every attempt, so a re-run's failed first attempt still counts.
    const path = `${repoPath}/actions/runs/${run.id}/jobs`;
    const jobs: JobRecord[] = [];
    for (let page = 1; ; page++) {
      const result = await client.get<JobsPage>(
        path,
        { filter: 'all', per_page: PER_PAGE, page },
        undefined,
        signal,
      );
      if (result.notModified) throw new Error(`unexpected 304 for ${path}`);
      jobs.push(
        ...result.data.jobs.map((json, index) =>
          mapJob(json, `run ${run.id} jobs[${(page - 1) * PER_PAGE + index}]`, run.id),
        ),
      );
      if (!result.hasNextPage) return jobs;
    }
  }

  /** All pages of a listing; undefined when page 1 answered 304 and no later page changed. */
  async function fetchPages<T>(
    path: string,
    query: Readonly<Record<string, string | number>>,
  ): Promise<FetchedPage<T>[] | undefined> {
    const pages: FetchedPage<T>[] = [];
    for await (const page of iteratePages<T>(path, query)) pages.push(page);
    if (pages.every((page) => page.response === undefined)) return undefined;
    // A listing that changed anywhere is fetched again whole, so the caller sees every item.
    if (pages.some((page) => page.response === undefined)) {
      const fresh: FetchedPage<T>[] = [];
      for await (const page of iteratePages<T>(path, query, false)) fresh.push(page);
      return fresh;
    }
    return pages;
  }

  /**
   * Pages of a listing, newest first. A 304 page gives no `Link`, so whether another page follows is read from the
   * store: the next page has an ETag exactly when it existed the last time this listing was completed.
   */
  async function* iteratePages<T>(
    path: string,
    query: Readonly<Record<string, string | number>>,
    conditional = true,
  ): AsyncGenerator<FetchedPage<T>> {
    for (let number = 1; ; number++) {
      signal?.throwIfAborted();
      const pageQuery = { ...query, page: number };
      const key = etagKey(client.baseUrl, path, pageQuery);
      const etag = conditional ? await store.getEtag(key) : undefined;
      const result = await client.get<T>(path, pageQuery, etag, signal);
      if (result.notModified) {
        yield { number, key, response: undefined };
        const nextKey = etagKey(client.baseUrl, path, { ...query, page: number + 1 });
        if ((await store.getEtag(nextKey)) === undefined) return;
        continue;
      }
      yield { number, key, response: { data: result.data, etag: result.etag } };
      if (!result.hasNextPage) return;
    }
  }

  async function commitEtags<T>(pages: readonly FetchedPage<T>[]): Promise<void> {
    for (const page of pages) {
      if (page.response?.etag !== undefined) await store.setEtag(page.key, page.response.etag);
    }
  }
}

interface FetchedPage<T> {
  readonly number: number;
  /** The ETag key: base URL, path and sorted query. */
  readonly key: string;
  /** Undefined for a 304. */
  readonly response: { readonly data: T; readonly etag: string | undefined } | undefined;
}

function selectWorkflows(
  workflows: readonly WorkflowRecord[],
  files: readonly string[],
  repo: RepoRef,
): readonly WorkflowRecord[] {
  if (files.length === 0) return workflows;
  return files.map((file) => {
    const wanted = file.replace(/^\.\//, '');
    const found = workflows.find(
      (workflow) => workflow.path === wanted || workflow.path.endsWith(`/${wanted}`),
    );
    if (found === undefined) {
      const known = workflows
        .map((workflow) => workflow.path.replace(/^\.github\/workflows\//, ''))
        .join(', ');
      throw new UnknownWorkflowError(
        `${repo.owner}/${repo.name} has no workflow \`${file}\`${known === '' ? '' : `; it has ${known}`}`,
      );
    }
    return found;
  });
}

/** The search syntax's `created` qualifier, in whole seconds: `>=FROM` for the open window, else `FROM..TO`. */
export function createdQualifier(window: Window): string {
  const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return window.to === undefined ? `>=${iso(window.from)}` : `${iso(window.from)}..${iso(window.to)}`;
}

/** Halves a window at a whole second; undefined when it is one second wide and cannot be split. */
function split(window: Window, now: number): [Window, Window] | undefined {
  const to = window.to ?? Math.max(floorSecond(now), window.from + SECOND);
  if (to - window.from < SECOND) return undefined;
  const middle = floorSecond(window.from + (to - window.from) / 2) + SECOND;
  return [
    { from: window.from, to: middle - SECOND },
    { from: middle, to: window.to },
  ];
}

function floorSecond(ms: number): number {
  return Math.floor(ms / SECOND) * SECOND;
}

export function etagKey(
  baseUrl: string,
  path: string,
  query: Readonly<Record<string, string | number>>,
): string {
  const params = Object.entries(query)
    .map(([name, value]): [string, string] => [name, String(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${baseUrl}${path}?${new URLSearchParams(params).toString()}`;
}
