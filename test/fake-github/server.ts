/**
 * A fake GitHub REST API for the Actions endpoints sync uses: a real HTTP server on 127.0.0.1 (random port) that
 * serves a generated history the way api.github.com does — `Link` pagination, the 1000-result cap on run listings,
 * ETags and 304s that cost no rate limit, `x-ratelimit-*` headers, primary and secondary rate limits, 401 for a bad
 * token, and faults from a seeded schedule: 5xx, connections reset before or in the middle of a response, requests
 * never answered or stalled mid-body, and bodies of any size.
 *
 * Endpoints: https://docs.github.com/en/rest/actions/workflows, …/workflow-runs, …/workflow-jobs.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GeneratedAttempt, GeneratedHistory, GeneratedRun } from './generate-history.ts';
import { seededRandom } from './random.ts';
import { jobsJson, runJson, visibleAttempts, workflowJson } from './render.ts';
import type { Json } from './render.ts';

export type Fault =
  | { readonly kind: 'status'; readonly status: 500 | 502 | 503 | 504 }
  /** The connection is closed before any response. */
  | { readonly kind: 'reset' }
  /** Headers and half the body are sent, then the connection is destroyed. */
  | { readonly kind: 'truncate' }
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfterSeconds: number }
  /** The request is read and never answered: the connection stays open, silent. */
  | { readonly kind: 'hang' }
  /** Headers and half the body are sent, then nothing more, with the connection left open. */
  | { readonly kind: 'stall' }
  /**
   * A 200 whose JSON body is `bytes` long (a page padded with spaces), streamed in chunks; with `declareLength`
   * the size is announced in `content-length`, otherwise it is sent chunked.
   */
  | { readonly kind: 'huge'; readonly bytes: number; readonly declareLength: boolean }
  /** A 200 with this body, as a proxy or a misconfigured `--api-url` might answer. */
  | { readonly kind: 'body'; readonly contentType: string; readonly text: string };

/** Decides, per request (numbered from 1), whether it fails. */
export type FaultSchedule = (requestNumber: number) => Fault | undefined;

export interface LoggedRequest {
  readonly number: number;
  readonly method: string;
  /** Path without the GHES prefix, e.g. `/repos/acme/widgets/actions/runs/1/jobs`. */
  readonly path: string;
  readonly query: string;
  readonly status: number;
  readonly conditional: boolean;
  readonly fault?: Fault['kind'];
}

export interface FakeGitHubOptions {
  readonly history: GeneratedHistory;
  /** The only token accepted; anything else gets 401. */
  readonly token: string;
  /** The API's "now" (ms): which runs exist, how far they have got, and rate-limit windows. Default: the history's end. */
  readonly now?: () => number;
  /** `/api/v3` serves like GitHub Enterprise Server. */
  readonly pathPrefix?: string;
  readonly rateLimit?: {
    readonly limit: number;
    readonly windowSeconds?: number;
    readonly status?: 403 | 429;
  };
  readonly faults?: FaultSchedule;
  /**
   * Repository archives by ref (`''` for the default branch), served as GitHub does: the API's
   * `/repos/{owner}/{repo}/tarball[/{ref}]` answers 302 to a codeload URL that needs no authorization header.
   */
  readonly archives?: Readonly<Record<string, Buffer>>;
  /** Called after each request is logged (tests abort a sync after N requests here). */
  readonly onRequest?: (request: LoggedRequest) => void;
}

export interface FakeGitHub {
  /** The base URL to pass as `--api-url`, e.g. `http://127.0.0.1:41234/api/v3`. */
  readonly url: string;
  readonly requests: readonly LoggedRequest[];
  /** Requests since the last `resetLog()`. */
  resetLog(): void;
  close(): Promise<void>;
}

/** Faults at the given rate, never two requests in a row, so a client with retries always gets through. */
export function seededFaults(seed: number, rate: number, kinds: readonly Fault[]): FaultSchedule {
  const random = seededRandom(seed);
  const decided = new Map<number, Fault | undefined>();
  return (number) => {
    for (let next = decided.size + 1; next <= number; next++) {
      const previous = decided.get(next - 1);
      decided.set(next, previous === undefined && random.chance(rate) ? random.pick(kinds) : undefined);
    }
    return decided.get(number);
  };
}

/** The API caps any run listing at 1000 results, whatever `total_count` says. */
export const LISTING_CAP = 1000;

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const log: LoggedRequest[] = [];
  const now = options.now ?? (() => options.history.end);
  const prefix = options.pathPrefix ?? '';
  const limit = options.rateLimit?.limit ?? 5000;
  const windowMs = (options.rateLimit?.windowSeconds ?? 3600) * 1000;
  const rate = { remaining: limit, resetAt: 0 };
  let requestNumber = 0;
  let base = '';

  const server = createServer((request, response) => {
    const number = ++requestNumber;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const conditional = request.headers['if-none-match'] !== undefined;
    const record = (status: number, fault?: Fault['kind']): void => {
      const entry: LoggedRequest = {
        number,
        method: request.method ?? 'GET',
        path,
        query: url.search,
        status,
        conditional,
        ...(fault === undefined ? {} : { fault }),
      };
      log.push(entry);
      options.onRequest?.(entry);
    };

    const fault = options.faults?.(number);
    if (fault?.kind === 'hang') {
      record(0, 'hang');
      return;
    }
    if (fault?.kind === 'huge') {
      record(200, 'huge');
      sendHuge(response, fault.bytes, fault.declareLength);
      return;
    }
    if (fault?.kind === 'body') {
      record(200, 'body');
      response.writeHead(200, {
        'content-type': fault.contentType,
        'content-length': String(Buffer.byteLength(fault.text)),
      });
      response.end(fault.text);
      return;
    }
    if (fault?.kind === 'reset') {
      record(0, 'reset');
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      record(fault.status, 'status');
      send(response, fault.status, rateHeaders(), { message: 'Server Error' });
      return;
    }

    const codeload = /^\/_codeload\/legacy\.tar\.gz\/(.*)$/.exec(path);
    if (codeload !== null) {
      const archive = options.archives?.[decodeURIComponent(codeload[1] ?? '')];
      record(archive === undefined ? 404 : 200);
      if (archive === undefined) send(response, 404, {}, { message: 'Not Found' });
      else response.writeHead(200, { 'content-type': 'application/x-gzip' }).end(archive);
      return;
    }

    if (!authorised(request, options.token)) {
      record(401);
      send(
        response,
        401,
        {},
        { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
      );
      return;
    }
    refreshWindow();
    if (fault?.kind === 'secondary-rate-limit') {
      record(403, 'secondary-rate-limit');
      send(
        response,
        403,
        { ...rateHeaders(), 'retry-after': String(fault.retryAfterSeconds) },
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
      );
      return;
    }
    if (rate.remaining <= 0) {
      const status = options.rateLimit?.status ?? 403;
      record(status);
      send(response, status, rateHeaders(), {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: String(status),
      });
      return;
    }

    const routed = route(request.method ?? 'GET', path, url.searchParams);
    const body = JSON.stringify(routed.body);
    const etag = `W/"${createHash('sha256').update(body).digest('hex').slice(0, 40)}"`;
    if (routed.status === 200 && request.headers['if-none-match'] === etag) {
      // A 304 does not count against the rate limit: https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
      record(304);
      response.writeHead(304, { etag, ...rateHeaders() });
      response.end();
      return;
    }
    rate.remaining -= 1;
    const headers: Record<string, string> = {
      ...rateHeaders(),
      'content-type': 'application/json; charset=utf-8',
    };
    if (routed.status === 200) headers.etag = etag;
    if (routed.link !== undefined) headers.link = routed.link;
    if (routed.location !== undefined) headers.location = routed.location;
    if (fault?.kind === 'truncate' || fault?.kind === 'stall') {
      record(routed.status, fault.kind);
      const bytes = Buffer.from(body);
      response.writeHead(routed.status, { ...headers, 'content-length': String(bytes.length) });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => {
        if (fault.kind === 'truncate') response.destroy();
      });
      return;
    }
    record(routed.status);
    send(response, routed.status, headers, routed.body, body);
  });

  function refreshWindow(): void {
    if (now() >= rate.resetAt) {
      rate.remaining = limit;
      rate.resetAt = now() + windowMs;
    }
  }

  function rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, rate.remaining)),
      'x-ratelimit-reset': String(Math.ceil(rate.resetAt / 1000)),
      'x-ratelimit-used': String(limit - Math.max(0, rate.remaining)),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
    };
  }

  interface Routed {
    readonly status: number;
    readonly body: unknown;
    readonly link?: string;
    readonly location?: string;
  }

  function route(method: string, path: string, query: URLSearchParams): Routed {
    const { history } = options;
    const notFound: Routed = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    };
    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    if (
      method !== 'GET' ||
      repoMatch === null ||
      repoMatch[1] !== history.owner ||
      repoMatch[2] !== history.repo
    )
      return notFound;
    const rest = repoMatch[3] ?? '';
    const at = now();

    const tarball = /^\/tarball(?:\/(.+))?$/.exec(rest);
    if (tarball !== null) {
      const ref = decodeURIComponent(tarball[1] ?? '');
      if (options.archives?.[ref] === undefined) return notFound;
      return {
        status: 302,
        body: '',
        location: `${base}/_codeload/legacy.tar.gz/${encodeURIComponent(ref)}`,
      };
    }

    if (rest === '/actions/workflows') {
      const items = history.workflows.map((workflow) => workflowJson(history, workflow, base));
      return paginate(path, query, items, 'workflows', items.length);
    }
    const runsMatch = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest);
    if (runsMatch !== null) {
      const key = decodeURIComponent(runsMatch[1] ?? '');
      const workflow = history.workflows.find(
        (candidate) => String(candidate.id) === key || candidate.path.endsWith(`/${key}`),
      );
      if (workflow === undefined) return notFound;
      let created: ((ms: number) => boolean) | undefined;
      try {
        created = createdFilter(query.get('created'));
      } catch (error) {
        return {
          status: 422,
          body: { message: `Validation Failed: ${(error as Error).message}`, status: '422' },
        };
      }
      const status = query.get('status');
      const items = history.runs
        .filter((run) => run.workflowId === workflow.id && (created === undefined || created(run.createdAt)))
        .map((run) => runJson(history, run, at, base))
        .filter((run): run is Json => run !== undefined)
        .filter((run) => status === null || run.status === status || run.conclusion === status)
        // Newest first, as the API lists them.
        .sort(
          (a, b) =>
            Date.parse(String(b.created_at)) - Date.parse(String(a.created_at)) ||
            Number(b.id) - Number(a.id),
        );
      return paginate(path, query, items, 'workflow_runs', items.length, LISTING_CAP);
    }
    const runMatch = /^\/actions\/runs\/(\d+)(\/jobs|\/attempts\/(\d+)\/jobs)?$/.exec(rest);
    if (runMatch !== null) {
      const run = history.runs.find((candidate) => candidate.id === Number(runMatch[1]));
      const attempts = run === undefined ? [] : visibleAttempts(run, at);
      if (run === undefined || attempts.length === 0) return notFound;
      if (runMatch[2] === undefined) return { status: 200, body: runJson(history, run, at, base) };
      let chosen: readonly GeneratedAttempt[];
      if (runMatch[3] !== undefined) {
        const attempt = attempts.find((candidate) => candidate.number === Number(runMatch[3]));
        if (attempt === undefined) return notFound;
        chosen = [attempt];
      } else {
        const filter = query.get('filter') ?? 'latest';
        if (filter !== 'latest' && filter !== 'all')
          return { status: 422, body: { message: 'Validation Failed', status: '422' } };
        chosen = filter === 'all' ? attempts : attempts.slice(-1);
      }
      const items = jobsJson(history, run as GeneratedRun, chosen, at, base);
      return paginate(path, query, items, 'jobs', items.length);
    }
    return notFound;
  }

  /** `per_page` (default 30, at most 100) and `page`, with GitHub's `Link` header: prev, next, last, first. */
  function paginate(
    path: string,
    query: URLSearchParams,
    items: readonly Json[],
    key: string,
    total: number,
    cap = Infinity,
  ): Routed {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const reachable = Math.min(items.length, cap);
    const from = (page - 1) * perPage;
    const slice = items.slice(Math.min(from, reachable), Math.min(from + perPage, reachable));
    const last = Math.max(1, Math.ceil(reachable / perPage));
    const pageUrl = (number: number): string => {
      const params = new URLSearchParams(query);
      params.set('page', String(number));
      return `<${base}${path}?${params.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${pageUrl(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
    return {
      status: 200,
      body: { total_count: total, [key]: slice },
      ...(links.length === 0 ? {} : { link: links.join(', ') }),
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}${prefix}`;
  let since = 0;
  return {
    url: base,
    get requests() {
      return log.slice(since);
    },
    resetLog() {
      since = log.length;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

/** Streams a JSON object of `bytes` bytes, respecting back-pressure, and stops when the client goes away. */
function sendHuge(response: ServerResponse, bytes: number, declareLength: boolean): void {
  const head = Buffer.from('{"total_count":0,"workflow_runs":[],"padding":"');
  const tail = Buffer.from('"}');
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    ...(declareLength ? { 'content-length': String(bytes) } : {}),
  });
  response.write(head);
  let left = bytes - head.length - tail.length;
  let closed = false;
  response.on('close', () => (closed = true));
  const pump = (): void => {
    while (!closed && left > 0) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      if (!response.write(part)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!closed) response.end(tail);
  };
  pump();
}

function authorised(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(header);
  return match !== null && match[1] === token;
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
  text = JSON.stringify(body),
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

/**
 * The `created` qualifier of the search syntax: `A..B`, `A..*`, `*..B`, `>=A`, `>A`, `<=B`, `<B` or a single date.
 * A bare date as an upper bound means the whole day. https://docs.github.com/en/search-github/getting-started-with-searching-on-github/understanding-the-search-syntax#query-for-dates
 */
export function createdFilter(value: string | null): ((ms: number) => boolean) | undefined {
  if (value === null || value === '') return undefined;
  const bound = (text: string, upper: boolean): number => {
    if (text === '*') return upper ? Infinity : -Infinity;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text))
      return Date.parse(`${text}T00:00:00Z`) + (upper ? 86_400_000 - 1 : 0);
    const ms = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms))
      throw new Error(`bad date \`${text}\` in created`);
    return ms;
  };
  const range = /^(.+)\.\.(.+)$/.exec(value);
  if (range !== null) {
    const from = bound(range[1] ?? '', false);
    const to = bound(range[2] ?? '', true);
    return (ms) => ms >= from && ms <= to;
  }
  const comparison = /^(>=|>|<=|<)(.+)$/.exec(value);
  if (comparison !== null) {
    const operator = comparison[1];
    const text = comparison[2] ?? '';
    if (operator === '>=')
      return (
        (from) => (ms: number) =>
          ms >= from
      )(bound(text, false));
    if (operator === '>')
      return (
        (after) => (ms: number) =>
          ms > after
      )(bound(text, true));
    if (operator === '<=')
      return (
        (to) => (ms: number) =>
          ms <= to
      )(bound(text, true));
    return (
      (before) => (ms: number) =>
        ms < before
    )(bound(text, false));
  }
  const from = bound(value, false);
  const to = bound(value, true);
  return (ms) => ms >= from && ms <= to;
}
