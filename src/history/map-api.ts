/**
 * Pure mapping from GitHub's Actions API payloads to the normalised records of `records.ts`. `sync` (REST through
 * Octokit) and `import` (recorded responses, `gh --json` output) share it, so both store exactly the same thing.
 *
 * REST shapes: https://docs.github.com/en/rest/actions/workflow-runs and
 * https://docs.github.com/en/rest/actions/workflow-jobs. `gh run view --json` renames fields to camelCase
 * (`databaseId`, `startedAt`, `attempt`) and writes Go's zero time `0001-01-01T00:00:00Z` for "never".
 */
import type { JobRecord, RunRecord, StepRecord, WorkflowRecord } from './records.ts';

/** A payload that does not have the shape GitHub documents; `path` says where (`jobs[3].steps[0].started_at`). */
export class MappingError extends Error {
  readonly path: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = 'MappingError';
  }
}

type Json = Record<string, unknown>;

/** Where in the payload, for error messages: a function when building the string per step would cost. */
export type Where = string | (() => string);

function where(at: Where): string {
  return typeof at === 'string' ? at : at();
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `GET /repos/{owner}/{repo}/actions/workflows` items. */
export function mapWorkflow(json: unknown, at = 'workflow'): WorkflowRecord {
  const object = expectObject(json, at);
  return {
    id: requiredId(object, 'id', at),
    name: stringOr(object, 'name', at) ?? '',
    path: stripRef(stringOr(object, 'path', at) ?? ''),
    state: stringOr(object, 'state', at) ?? 'active',
  };
}

/** A workflow run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}` or an item of a runs listing). */
export function mapRun(json: unknown, at = 'run'): RunRecord {
  const run = expectObject(json, at);
  const path = stringOr(run, 'path', at);
  const pulls = run.pull_requests;
  return {
    id: requiredId(run, 'id', at),
    workflowId: requiredId(run, 'workflow_id', at),
    name: emptyToNull(stringOr(run, 'name', at)),
    path: path === null || path === '' ? null : stripRef(path),
    event: stringOr(run, 'event', at) ?? '',
    headBranch: emptyToNull(stringOr(run, 'head_branch', at)),
    headSha: stringOr(run, 'head_sha', at) ?? '',
    status: lowerOrNull(stringOr(run, 'status', at)),
    conclusion: lowerOrNull(stringOr(run, 'conclusion', at)),
    runNumber: numberOr(run, 'run_number', at) ?? 0,
    runAttempt: numberOr(run, 'run_attempt', at) ?? 1,
    createdAt: timestamp(run.created_at, at, 'created_at'),
    updatedAt: timestamp(run.updated_at, at, 'updated_at'),
    runStartedAt: timestamp(run.run_started_at, at, 'run_started_at'),
    pullRequests: Array.isArray(pulls)
      ? pulls.flatMap((pull) => (isObject(pull) && typeof pull.number === 'number' ? [pull.number] : []))
      : [],
  };
}

/**
 * A job (`GET …/runs/{run_id}/jobs` items). `runId` fills in a job payload that lacks `run_id` (hand-trimmed
 * fixtures nest jobs under their run instead).
 */
export function mapJob(json: unknown, at = 'job', runId?: number): JobRecord {
  const job = expectObject(json, at);
  const steps = job.steps;
  if (steps !== undefined && steps !== null && !Array.isArray(steps))
    throw new MappingError(`${at}.steps`, 'expected an array');
  const labels = job.labels;
  const ownRunId = numberOr(job, 'run_id', at);
  const resolvedRunId = ownRunId ?? runId;
  if (resolvedRunId === undefined || resolvedRunId === null)
    throw new MappingError(`${at}.run_id`, 'missing');
  return {
    id: requiredId(job, 'id', at),
    runId: resolvedRunId,
    runAttempt: numberOr(job, 'run_attempt', at) ?? 1,
    name: stringOr(job, 'name', at) ?? '',
    workflowName: emptyToNull(stringOr(job, 'workflow_name', at)),
    status: lowerOrNull(stringOr(job, 'status', at)),
    conclusion: lowerOrNull(stringOr(job, 'conclusion', at)),
    createdAt: timestamp(job.created_at, at, 'created_at'),
    startedAt: timestamp(job.started_at, at, 'started_at'),
    completedAt: timestamp(job.completed_at, at, 'completed_at'),
    labels: Array.isArray(labels) ? labels.filter((label): label is string => typeof label === 'string') : [],
    runnerName: emptyToNull(stringOr(job, 'runner_name', at)),
    runnerGroupName: emptyToNull(stringOr(job, 'runner_group_name', at)),
    steps: (steps ?? []).map((step, index) => mapStep(step, () => `${at}.steps[${index}]`)),
  };
}

export function mapStep(json: unknown, at: Where = 'step'): StepRecord {
  const step = expectObject(json, at);
  const number = numberOr(step, 'number', at);
  if (number === null) throw new MappingError(`${where(at)}.number`, 'missing');
  return {
    number,
    name: stringOr(step, 'name', at) ?? '',
    status: lowerOrNull(stringOr(step, 'status', at)),
    conclusion: lowerOrNull(stringOr(step, 'conclusion', at)),
    startedAt: timestamp(step.started_at, at, 'started_at'),
    completedAt: timestamp(step.completed_at, at, 'completed_at'),
  };
}

/**
 * `gh run view RUN --json databaseId,name,…,jobs` output: one run with its latest attempt's jobs. gh does not
 * export `workflow_id`'s path, job `created_at`, labels or runner names; those stay null/empty.
 */
export function mapGhRunView(json: unknown, at = 'run'): { run: RunRecord; jobs: JobRecord[] } {
  const run = expectObject(json, at);
  const id = requiredId(run, 'databaseId', at);
  const attempt = numberOr(run, 'attempt', at) ?? 1;
  const jobs = run.jobs;
  if (jobs !== undefined && !Array.isArray(jobs)) throw new MappingError(`${at}.jobs`, 'expected an array');
  return {
    run: {
      id,
      workflowId: numberOr(run, 'workflowDatabaseId', at) ?? 0,
      name: emptyToNull(stringOr(run, 'workflowName', at) ?? stringOr(run, 'name', at)),
      path: null,
      event: stringOr(run, 'event', at) ?? '',
      headBranch: emptyToNull(stringOr(run, 'headBranch', at)),
      headSha: stringOr(run, 'headSha', at) ?? '',
      status: lowerOrNull(stringOr(run, 'status', at)),
      conclusion: lowerOrNull(stringOr(run, 'conclusion', at)),
      runNumber: numberOr(run, 'number', at) ?? 0,
      runAttempt: attempt,
      createdAt: timestamp(run.createdAt, at, 'createdAt'),
      updatedAt: timestamp(run.updatedAt, at, 'updatedAt'),
      runStartedAt: timestamp(run.startedAt, at, 'startedAt'),
      pullRequests: [],
    },
    jobs: (jobs ?? []).map((value, index) => mapGhJob(value, `${at}.jobs[${index}]`, id, attempt)),
  };
}

/**
 * `gh run view RUN --json jobs` alone: `{jobs: [...]}` without the run's `databaseId`. Each job's `url`
 * (`…/actions/runs/{run_id}/job/{job_id}`) still names its run; the attempt is not exported, so it is taken as 1.
 */
export function mapGhJobsOnly(json: unknown, at = 'file'): JobRecord[] {
  const object = expectObject(json, at);
  if (!Array.isArray(object.jobs)) throw new MappingError(`${at}.jobs`, 'expected an array');
  return object.jobs.map((value, index) => {
    const jobAt = `jobs[${index}]`;
    const url = isObject(value) && typeof value.url === 'string' ? value.url : '';
    const run = /\/actions\/runs\/(\d+)\//.exec(url);
    if (run === null)
      throw new MappingError(`${jobAt}.url`, 'no run id in it; add `databaseId` to the --json fields');
    return mapGhJob(value, jobAt, Number(run[1]), 1);
  });
}

function mapGhJob(json: unknown, at: string, runId: number, runAttempt: number): JobRecord {
  const job = expectObject(json, at);
  const steps = job.steps;
  if (steps !== undefined && steps !== null && !Array.isArray(steps))
    throw new MappingError(`${at}.steps`, 'expected an array');
  return {
    id: requiredId(job, 'databaseId', at),
    runId,
    runAttempt,
    name: stringOr(job, 'name', at) ?? '',
    workflowName: null,
    status: lowerOrNull(stringOr(job, 'status', at)),
    conclusion: lowerOrNull(stringOr(job, 'conclusion', at)),
    createdAt: null,
    startedAt: timestamp(job.startedAt, at, 'startedAt'),
    completedAt: timestamp(job.completedAt, at, 'completedAt'),
    labels: [],
    runnerName: null,
    runnerGroupName: null,
    steps: (steps ?? []).map((value, index) => {
      const stepAt = `${at}.steps[${index}]`;
      const step = expectObject(value, stepAt);
      const number = numberOr(step, 'number', stepAt);
      if (number === null) throw new MappingError(`${stepAt}.number`, 'missing');
      return {
        number,
        name: stringOr(step, 'name', stepAt) ?? '',
        status: lowerOrNull(stringOr(step, 'status', stepAt)),
        conclusion: lowerOrNull(stringOr(step, 'conclusion', stepAt)),
        startedAt: timestamp(step.startedAt, stepAt, 'startedAt'),
        completedAt: timestamp(step.completedAt, stepAt, 'completedAt'),
      };
    }),
  };
}

/**
 * An ISO 8601 time with its offset (`2023-08-26T00:57:58.000+09:00` on old steps, `Z` elsewhere) → ms UTC.
 * null, `''` and gh's zero time mean "not happened".
 */
export function timestamp(value: unknown, parent: Where, key?: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const at = (): string => (key === undefined ? where(parent) : `${where(parent)}.${key}`);
  if (typeof value !== 'string')
    throw new MappingError(at(), `expected a time string, got ${JSON.stringify(value)}`);
  if (value.startsWith('0001-01-01')) return null;
  const fast = parseIsoFast(value);
  if (fast !== undefined) return fast;
  // An offset-less time would be read in the machine's zone by Date.parse; GitHub never sends one, so refuse it.
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(value))
    throw new MappingError(at(), `time without a UTC offset: ${value}`);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new MappingError(at(), `not a time: ${value}`);
  return ms;
}

/**
 * `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, GitHub's two forms, read digit by digit: Date.parse dominated the
 * import profile (10M step times per million jobs). Anything else returns undefined and takes the slow path.
 */
function parseIsoFast(text: string): number | undefined {
  const length = text.length;
  if (
    length < 20 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return undefined;
  const digits = (from: number, count: number): number => {
    let value = 0;
    for (let index = from; index < from + count; index++) {
      const code = text.charCodeAt(index) - 48;
      if (code < 0 || code > 9) return Number.NaN;
      value = value * 10 + code;
    }
    return value;
  };
  let index = 19;
  let millis = 0;
  if (text.charCodeAt(index) === 46) {
    millis = digits(20, 3);
    index = 23;
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(index);
  if (zone === 90 && length === index + 1) offsetMinutes = 0;
  else if ((zone === 43 || zone === 45) && length === index + 6 && text.charCodeAt(index + 3) === 58) {
    offsetMinutes = (digits(index + 1, 2) * 60 + digits(index + 4, 2)) * (zone === 43 ? 1 : -1);
  } else return undefined;
  const ms =
    Date.UTC(
      digits(0, 4),
      digits(5, 2) - 1,
      digits(8, 2),
      digits(11, 2),
      digits(14, 2),
      digits(17, 2),
      millis,
    ) -
    offsetMinutes * 60_000;
  return Number.isNaN(ms) ? undefined : ms;
}

/** GitHub appends the ref to reusable and dynamic workflow paths: `.github/workflows/ci.yml@refs/heads/main`. */
export function stripRef(path: string): string {
  const at = path.indexOf('@');
  return at === -1 ? path : path.slice(0, at);
}

function expectObject(value: unknown, at: Where): Json {
  if (!isObject(value)) throw new MappingError(where(at), `expected an object, got ${describe(value)}`);
  return value;
}

function requiredId(object: Json, key: string, at: Where): number {
  const value = object[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw new MappingError(`${where(at)}.${key}`, `expected an integer id, got ${describe(value)}`);
  return value;
}

function numberOr(object: Json, key: string, at: Where): number | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number')
    throw new MappingError(`${where(at)}.${key}`, `expected a number, got ${describe(value)}`);
  return value;
}

function stringOr(object: Json, key: string, at: Where): string | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new MappingError(`${where(at)}.${key}`, `expected a string, got ${describe(value)}`);
  return value;
}

function emptyToNull(value: string | null): string | null {
  return value === '' ? null : value;
}

/** DevLake's fixtures and `gh` write `SUCCESS`; the API writes `success`. */
function lowerOrNull(value: string | null): string | null {
  return value === null || value === '' ? null : value.toLowerCase();
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}
