/**
 * `ciscope import`: run history from recorded API responses instead of a live sync. Each file's shape is detected
 * from its content (and extension for `.csv`/`.rec`):
 *
 * - REST JSON: runs listings `{total_count, workflow_runs}`, single runs, jobs listings `{total_count, jobs}`,
 *   single jobs, bare arrays of runs or jobs, workflow listings `{total_count, workflows}`;
 * - `gh run view --json …` / `gh run list --json …` output (camelCase, `databaseId`);
 * - `[{run, jobs: {jobs}}]` bundles (otel-cicd-action's `runs_with_jobs.json`) and `{workflow, jobs}` timelines
 *   (actions-timeline fixtures, whose jobs lack `run_id`);
 * - Octokit replay recordings (`.rec`: records of method?, route, url, status, base64 body);
 * - DevLake raw tables (`.csv` with a `data` column holding the API JSON) and their JSON dumps `[{data}]`.
 *
 * Import merges: a run replaces its stored copy, a job replaces its stored copy (with its steps), nothing else is
 * deleted, so files can arrive in any order and overlap. Jobs whose run is not known are kept under a placeholder
 * run (see migrations/001). A file that cannot be read is reported with its path and reason and the others are
 * still imported.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DuckDbHistoryStore } from './duckdb-store.ts';
import {
  MappingError,
  isObject,
  mapGhJobsOnly,
  mapGhRunView,
  mapJob,
  mapRun,
  mapWorkflow,
} from './map-api.ts';
import type { JobRecord, RunRecord, WorkflowRecord } from './records.ts';

/** What one file holds, mapped. */
export interface FileRecords {
  readonly shape: string;
  readonly runs: readonly RunRecord[];
  readonly jobs: readonly JobRecord[];
  readonly workflows: readonly WorkflowRecord[];
  /** The repository (`owner/name`) each run or job names itself, where it does (by id; see `repositoryOf`). */
  readonly origins?: Origins;
}

/** Run id → repository and job id → repository, as the payloads say. */
export class Origins {
  readonly runs = new Map<number, string>();
  readonly jobs = new Map<number, string>();
  run<T extends RunRecord>(raw: unknown, record: T, fallback?: string): T {
    const repo = repositoryOf(raw) ?? fallback;
    if (repo !== undefined) this.runs.set(record.id, repo);
    return record;
  }
  job<T extends JobRecord>(raw: unknown, record: T, fallback?: string): T {
    const repo = repositoryOf(raw) ?? fallback;
    if (repo !== undefined) this.jobs.set(record.id, repo);
    return record;
  }
}

/**
 * The repository a run or job payload belongs to: `repository.full_name` (or `repository.owner.login` and
 * `.name`), else its own API or web URL (`…/repos/OWNER/NAME/actions/…`, `https://HOST/OWNER/NAME/actions/…`).
 * Only the record's own fields: `head_repository` of a pull request from a fork names the fork, not the repository
 * whose run it is.
 */
export function repositoryOf(raw: unknown): string | undefined {
  if (!isObject(raw)) return undefined;
  const repository = raw.repository;
  if (isObject(repository)) {
    if (typeof repository.full_name === 'string') return repository.full_name;
    const owner = isObject(repository.owner) ? repository.owner.login : undefined;
    if (typeof owner === 'string' && typeof repository.name === 'string')
      return `${owner}/${repository.name}`;
  }
  for (const key of ['url', 'html_url', 'run_url', 'jobs_url']) {
    const value = raw[key];
    if (typeof value !== 'string') continue;
    const repo = repositoryOfUrl(value);
    if (repo !== undefined) return repo;
  }
  return undefined;
}

function repositoryOfUrl(url: string): string | undefined {
  const match =
    /\/repos\/([^/]+)\/([^/]+)\/actions\//.exec(url) ??
    /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/actions\//.exec(url);
  return match === null ? undefined : `${match[1]}/${match[2]}`;
}

/** Runs (and their jobs) of another repository than the one imported into: refused, not stored. */
export interface RefusedRecords {
  readonly path: string;
  readonly repository: string;
  readonly runIds: readonly number[];
  readonly jobs: number;
}

export interface ImportedFile {
  readonly path: string;
  readonly shape: string;
  readonly runs: number;
  readonly jobs: number;
  readonly steps: number;
}

export interface ImportResult {
  readonly imported: readonly ImportedFile[];
  /** Files holding no run history (a README, unrelated JSON): listed, not an error. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** Files that could not be read or mapped: nothing of them is imported. */
  readonly failed: readonly { readonly path: string; readonly reason: string }[];
  /** Runs of other repositories than `options.repo`, per file and repository: not imported. */
  readonly refused: readonly RefusedRecords[];
}

/** A file whose content is broken; the message names the place (line, JSON path). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const HISTORY_EXTENSIONS = new Set(['.json', '.csv', '.rec']);

/** Paths to read: files as given, directories expanded to their files (recursively, sorted). */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : 1,
      )) {
        out.push(...expandPaths([join(path, entry.name)]));
      }
    } else {
      out.push(path);
    }
  }
  return out;
}

/** The records of one file's text; throws ImportError (or MappingError) for broken content. */
export function recordsOfFile(path: string, text: string): FileRecords {
  const extension = recordingExtension(path);
  const origins = new Origins();
  const records =
    extension === '.csv'
      ? recordsOfDevLakeCsv(text, origins)
      : extension === '.rec'
        ? recordsOfReplay(text, origins)
        : recordsOfJson(parseJson(text, 'file'), origins);
  return { ...records, origins };
}

/** `.rec@19378c4` (a recording saved per commit) is a `.rec` file. */
function recordingExtension(path: string): string {
  const match = /\.(json|csv|rec)(@[^/]*)?$/i.exec(path);
  return match === null ? extname(path).toLowerCase() : `.${match[1]!.toLowerCase()}`;
}

export function isHistoryFileName(path: string): boolean {
  return HISTORY_EXTENSIONS.has(recordingExtension(path));
}

/** Reads every file, writes in batches, and reports per file. Batches bound memory on millions of jobs. */
export async function importFiles(
  store: DuckDbHistoryStore,
  repoId: number,
  paths: readonly string[],
  options: {
    readonly batchJobs?: number;
    /** The repository imported into: runs and jobs that name another one are refused (issue 9). */
    readonly repo?: { readonly owner: string; readonly name: string };
  } = {},
): Promise<ImportResult> {
  const limit = options.batchJobs ?? 20_000;
  const imported: ImportedFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const failed: { path: string; reason: string }[] = [];
  const refused: RefusedRecords[] = [];
  let runs = new Map<number, RunRecord>();
  let jobs = new Map<number, JobRecord>();
  // One batch is written while the next files are read and mapped: DuckDB's commit work runs on its own threads.
  let writing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    if (writing !== undefined) await writing;
    writing = store.write(repoId, { runs: [...runs.values()], replaceJobsOf: [], jobs: [...jobs.values()] });
    // Rejections surface at the next `await writing`; this only stops Node reporting them as unhandled meanwhile.
    writing.catch(() => undefined);
    runs = new Map();
    jobs = new Map();
  };
  for (const path of expandPaths(paths)) {
    if (!isHistoryFileName(path)) {
      skipped.push({ path, reason: 'not a .json, .csv or .rec file' });
      continue;
    }
    let records: FileRecords;
    try {
      records = recordsOfFile(path, await readFile(path, 'utf8'));
    } catch (error) {
      if (error instanceof ImportError || error instanceof MappingError) {
        failed.push({ path, reason: error.message });
        continue;
      }
      throw error;
    }
    if (options.repo !== undefined) {
      const own = keepOwn(path, records, `${options.repo.owner}/${options.repo.name}`);
      refused.push(...own.refused);
      if (own.refused.length > 0 && own.records.runs.length === 0 && own.records.jobs.length === 0) continue;
      records = own.records;
    }
    if (records.runs.length === 0 && records.jobs.length === 0 && records.workflows.length === 0) {
      skipped.push({ path, reason: `no runs, jobs or workflows in it (${records.shape})` });
      continue;
    }
    if (records.workflows.length > 0) await store.upsertWorkflows(repoId, records.workflows);
    // Later files win for the same id; overlapping recordings (the same run recorded twice) are stored once.
    for (const run of records.runs) runs.set(run.id, run);
    for (const job of records.jobs) jobs.set(job.id, keepSteps(jobs.get(job.id), job));
    imported.push({
      path,
      shape: records.shape,
      runs: records.runs.length,
      jobs: records.jobs.length,
      steps: records.jobs.reduce((sum, job) => sum + job.steps.length, 0),
    });
    if (jobs.size >= limit || runs.size >= limit) await flush();
  }
  await flush();
  await writing;
  return { imported, skipped, failed, refused };
}

/**
 * The records of `repo` (compared case-insensitively, as GitHub names are), and the runs of other repositories by
 * repository. A job of a refused run is refused with it; a record that names no repository is kept.
 */
function keepOwn(
  path: string,
  records: FileRecords,
  repo: string,
): { records: FileRecords; refused: RefusedRecords[] } {
  const origins = records.origins;
  if (origins === undefined) return { records, refused: [] };
  const wanted = repo.toLowerCase();
  const foreign = new Map<string, { runIds: Set<number>; jobs: number }>();
  const entry = (repository: string) => {
    let found = foreign.get(repository);
    if (found === undefined) foreign.set(repository, (found = { runIds: new Set(), jobs: 0 }));
    return found;
  };
  const refusedRuns = new Map<number, string>();
  for (const run of records.runs) {
    const origin = origins.runs.get(run.id);
    if (origin === undefined || origin.toLowerCase() === wanted) continue;
    refusedRuns.set(run.id, origin);
    entry(origin).runIds.add(run.id);
  }
  const jobs = records.jobs.filter((job) => {
    const origin = origins.jobs.get(job.id) ?? refusedRuns.get(job.runId);
    if (origin === undefined || origin.toLowerCase() === wanted) return true;
    const found = entry(origin);
    found.runIds.add(job.runId);
    found.jobs += 1;
    return false;
  });
  if (foreign.size === 0) return { records, refused: [] };
  return {
    records: { ...records, runs: records.runs.filter((run) => !refusedRuns.has(run.id)), jobs },
    refused: [...foreign].map(([repository, { runIds, jobs: count }]) => ({
      path,
      repository,
      runIds: [...runIds].sort((a, b) => a - b),
      jobs: count,
    })),
  };
}

/** A later copy of a job with `steps: []` keeps the steps of an earlier copy (GitHub drops old jobs' steps). */
function keepSteps(earlier: JobRecord | undefined, later: JobRecord): JobRecord {
  return earlier !== undefined && later.steps.length === 0 && earlier.steps.length > 0
    ? { ...later, steps: earlier.steps }
    : later;
}

function recordsOfJson(json: unknown, origins: Origins): FileRecords {
  if (Array.isArray(json)) return recordsOfArray(json, '', origins);
  if (!isObject(json)) return empty(`JSON ${json === null ? 'null' : typeof json}`);
  if (Array.isArray(json.workflow_runs)) {
    return {
      shape: 'runs listing',
      runs: json.workflow_runs.map((run, index) => origins.run(run, mapRun(run, `workflow_runs[${index}]`))),
      jobs: [],
      workflows: [],
    };
  }
  if (Array.isArray(json.jobs) && isObject(json.workflow))
    return recordsOfTimeline(json.workflow, json.jobs, origins);
  if (Array.isArray(json.jobs) && 'total_count' in json) {
    return {
      shape: 'jobs listing',
      runs: [],
      jobs: json.jobs.map((job, index) => origins.job(job, mapJob(job, `jobs[${index}]`))),
      workflows: [],
    };
  }
  if (Array.isArray(json.workflows) && 'total_count' in json) {
    return {
      shape: 'workflows listing',
      runs: [],
      jobs: [],
      workflows: json.workflows.map((workflow, index) => mapWorkflow(workflow, `workflows[${index}]`)),
    };
  }
  if ('databaseId' in json) {
    const { run, jobs } = mapGhRunView(json);
    const repo = repositoryOf(json);
    return {
      shape: 'gh run view --json',
      runs: [origins.run(json, run)],
      jobs: jobs.map((job) => origins.job(undefined, job, repo)),
      workflows: [],
    };
  }
  if (Array.isArray(json.jobs) && json.jobs.some((job) => isObject(job) && 'databaseId' in job)) {
    const jobs = mapGhJobsOnly(json);
    const urls = json.jobs.map((job) => (isObject(job) ? job : undefined));
    return {
      shape: 'gh run view --json jobs',
      runs: [],
      jobs: jobs.map((job, index) => origins.job(urls[index], job)),
      workflows: [],
    };
  }
  if (looksLikeRun(json))
    return { shape: 'run', runs: [origins.run(json, mapRun(json))], jobs: [], workflows: [] };
  if (looksLikeJob(json))
    return { shape: 'job', runs: [], jobs: [origins.job(json, mapJob(json))], workflows: [] };
  return empty(`an object with keys ${Object.keys(json).slice(0, 6).join(', ')}`);
}

/** Arrays: of runs, of jobs, of gh runs, of `{run, jobs}` bundles or of DevLake `{data}` rows. */
function recordsOfArray(items: readonly unknown[], prefix: string, origins: Origins): FileRecords {
  const runs: RunRecord[] = [];
  const jobs: JobRecord[] = [];
  const shapes = new Set<string>();
  items.forEach((item, index) => {
    const at = `${prefix}[${index}]`;
    if (!isObject(item)) throw new MappingError(at, 'expected an object');
    if (isObject(item.run) && 'jobs' in item) {
      shapes.add('run bundles');
      runs.push(origins.run(item.run, mapRun(item.run, `${at}.run`)));
      const repo = origins.runs.get(runs[runs.length - 1]!.id);
      const listing = isObject(item.jobs) ? item.jobs.jobs : item.jobs;
      if (!Array.isArray(listing))
        throw new MappingError(`${at}.jobs`, 'expected a jobs listing or an array of jobs');
      listing.forEach((job, jobIndex) =>
        jobs.push(
          origins.job(job, mapJob(job, `${at}.jobs.jobs[${jobIndex}]`, runs[runs.length - 1]!.id), repo),
        ),
      );
    } else if (isObject(item.data) && ('request_url' in item || 'url' in item || 'params' in item)) {
      shapes.add('DevLake raw rows');
      classifyPayload(item.data, `${at}.data`, runs, jobs, origins);
    } else if ('databaseId' in item) {
      shapes.add('gh --json');
      const mapped = mapGhRunView(item, at);
      const repo = repositoryOf(item);
      runs.push(origins.run(item, mapped.run));
      jobs.push(...mapped.jobs.map((job) => origins.job(undefined, job, repo)));
    } else if (looksLikeRun(item) || looksLikeJob(item)) {
      shapes.add(looksLikeRun(item) ? 'array of runs' : 'array of jobs');
      classifyPayload(item, at, runs, jobs, origins);
    } else {
      throw new MappingError(
        at,
        `neither a run nor a job (keys ${Object.keys(item).slice(0, 6).join(', ')})`,
      );
    }
  });
  return { shape: shapes.size === 0 ? 'empty array' : [...shapes].join(' + '), runs, jobs, workflows: [] };
}

/** actions-timeline's `{workflow: {id, name, run_started_at}, jobs}`: the jobs belong to the run `workflow.id`. */
function recordsOfTimeline(
  workflow: Record<string, unknown>,
  items: readonly unknown[],
  origins: Origins,
): FileRecords {
  const repo = repositoryOf(workflow);
  const runId = workflow.id;
  if (typeof runId !== 'number') throw new MappingError('workflow.id', 'expected the run id');
  const name = typeof workflow.name === 'string' ? workflow.name : null;
  const jobs = items.map((item, index) => {
    const job = mapJob(item, `jobs[${index}]`, runId);
    return origins.job(item, job.workflowName === null ? { ...job, workflowName: name } : job, repo);
  });
  // The partial run object lacks workflow_id, event and sha: the run is kept as a placeholder via its jobs.
  return { shape: 'run timeline {workflow, jobs}', runs: [], jobs, workflows: [] };
}

function classifyPayload(
  payload: unknown,
  at: string,
  runs: RunRecord[],
  jobs: JobRecord[],
  origins: Origins,
  fallback?: string,
): void {
  if (!isObject(payload)) throw new MappingError(at, 'expected an object');
  if (looksLikeRun(payload)) runs.push(origins.run(payload, mapRun(payload, at), fallback));
  else if (looksLikeJob(payload)) jobs.push(origins.job(payload, mapJob(payload, at), fallback));
  else
    throw new MappingError(
      at,
      `neither a run nor a job (keys ${Object.keys(payload).slice(0, 6).join(', ')})`,
    );
}

function looksLikeRun(object: Record<string, unknown>): boolean {
  return 'workflow_id' in object && ('run_number' in object || 'head_sha' in object);
}

function looksLikeJob(object: Record<string, unknown>): boolean {
  return 'run_id' in object || ('steps' in object && 'started_at' in object && 'name' in object);
}

/**
 * Octokit replay recordings (otel-cicd-action's `src/replay.ts`): records of five lines (method, route, url,
 * status, base64 JSON body), or four in older versions (no method). Only Actions run and job responses are read;
 * annotations, artifacts and the like are ignored.
 */
function recordsOfReplay(text: string, origins: Origins): FileRecords {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const width = /^[A-Z]+$/.test(lines[0] ?? '') ? 5 : 4;
  if (lines.length % width !== 0)
    throw new ImportError(
      `line ${lines.length}: a replay record has ${width} lines, and ${lines.length} is not a multiple`,
    );
  const runs: RunRecord[] = [];
  const jobs: JobRecord[] = [];
  for (let start = 0; start < lines.length; start += width) {
    const url = lines[start + width - 3]!;
    const status = lines[start + width - 2]!;
    const body = lines[start + width - 1]!;
    const line = start + width;
    if (!/^\d{3}$/.test(status))
      throw new ImportError(
        `line ${line - 1}: expected an HTTP status, got ${JSON.stringify(status.slice(0, 40))}`,
      );
    if (status !== '200') continue;
    const route = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    const at = `line ${line}`;
    const repo = repositoryOfUrl(url);
    if (/\/actions\/runs\/\d+$/.test(route)) {
      const raw = parseJson(decodeBase64(body, at), at);
      runs.push(origins.run(raw, mapRun(raw, at), repo));
    } else if (/\/actions\/runs\/\d+(\/attempts\/\d+)?\/jobs$/.test(route)) {
      const listing = parseJson(decodeBase64(body, at), at);
      if (!isObject(listing) || !Array.isArray(listing.jobs))
        throw new MappingError(at, 'a jobs response without `jobs`');
      listing.jobs.forEach((job, index) =>
        jobs.push(origins.job(job, mapJob(job, `${at} jobs[${index}]`), repo)),
      );
    } else if (/\/actions\/(workflows\/[^/]+\/)?runs$/.test(route)) {
      const listing = parseJson(decodeBase64(body, at), at);
      if (!isObject(listing) || !Array.isArray(listing.workflow_runs))
        throw new MappingError(at, 'a runs response without `workflow_runs`');
      listing.workflow_runs.forEach((run, index) =>
        runs.push(origins.run(run, mapRun(run, `${at} workflow_runs[${index}]`), repo)),
      );
    }
  }
  return { shape: `replay recording (${width}-line records)`, runs, jobs, workflows: [] };
}

/** DevLake's raw collector tables: a CSV whose `data` column holds one API object (run or job) per row. */
function recordsOfDevLakeCsv(text: string, origins: Origins): FileRecords {
  const rows = parseCsv(text);
  const header = rows[0];
  if (header === undefined) return empty('empty CSV');
  const dataColumn = header.fields.indexOf('data');
  if (dataColumn === -1)
    throw new ImportError(`line 1: no \`data\` column (columns: ${header.fields.join(', ')})`);
  const runs: RunRecord[] = [];
  const jobs: JobRecord[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.length === 1 && row.fields[0] === '') continue;
    const cell = row.fields[dataColumn];
    if (cell === undefined)
      throw new ImportError(`line ${row.line}: ${row.fields.length} fields, no \`data\``);
    const at = `line ${row.line}`;
    classifyPayload(parseJson(cell, at), at, runs, jobs, origins);
  }
  return { shape: 'DevLake raw table (CSV)', runs, jobs, workflows: [] };
}

interface CsvRow {
  readonly line: number;
  readonly fields: string[];
}

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    if (quoted) {
      // Copy up to the next quote in one slice: DevLake's `data` cells are whole API payloads.
      const quote = text.indexOf('"', index);
      const end = quote === -1 ? text.length : quote;
      const chunk = text.slice(index, end);
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) line += 1;
      field += chunk;
      if (quote === -1) {
        index = text.length;
        break;
      }
      if (text[quote + 1] === '"') {
        field += '"';
        index = quote + 2;
        continue;
      }
      quoted = false;
      index = quote + 1;
      continue;
    }
    const char = text[index]!;
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line += 1;
      rowLine = line;
    } else field += char;
    index += 1;
  }
  if (quoted) throw new ImportError(`line ${rowLine}: a quoted field is never closed`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

/** JSON.parse with the error turned into `line L, column C: …`. */
function parseJson(text: string, at: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const atEnd = /end of JSON input/.test(message);
    if (position === null && !atEnd) throw new ImportError(`${at}: not JSON: ${message}`);
    const offset = position === null ? text.length : Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const where =
      at === 'file' ? `line ${line}, column ${column}` : `${at} (JSON line ${line}, column ${column})`;
    throw new ImportError(
      `${where}: not JSON: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected/, 'unexpected')}`,
    );
  }
}

function decodeBase64(body: string, at: string): string {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(body)) throw new ImportError(`${at}: the body is not base64`);
  return Buffer.from(body, 'base64').toString('utf8');
}

function empty(shape: string): FileRecords {
  return { shape, runs: [], jobs: [], workflows: [] };
}
