/**
 * The GitHub REST client sync uses: Octokit (routes, auth, errors), conditional requests, a base URL for GitHub
 * Enterprise Server (`https://HOST/api/v3`), and this module's own handling of what a long sync meets: primary and
 * secondary rate limits (wait, then resume), 5xx, dropped connections and servers that stop answering (retry with
 * back-off), and bodies no API page would have (refused).
 *
 * Why not @octokit/plugin-throttling and plugin-retry: both schedule every request through Bottleneck, whose local
 * datastore yields to the event loop with `setTimeout(0)` at each step of a job's life; a dozen timer ticks cost
 * about 20 ms a request, more than the request itself on a fast network. Sync sends one request at a time, so the
 * plugins' concurrency control buys nothing; what remains of them is the retry and rate-limit policy, kept below.
 *
 * Every wait goes through the injected `Clock`, and is announced through `onEvent` before it starts, so the CLI can
 * say how long it will be. The token lives only inside Octokit: errors thrown from here carry a message built from
 * the status, GitHub's message and the URL, never a request.
 */
import { Octokit } from '@octokit/rest';
import type { Clock } from './clock.ts';

export const GITHUB_API_URL = 'https://api.github.com';
/** How long one attempt of a request may take, connection to last byte, before it is abandoned and retried. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/**
 * The largest response body accepted. A page of 100 runs or 100 jobs with their steps is about 1 MB; a body 60
 * times that is not an API page, and reading it whole would cost gigabytes of memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export type ClientEvent =
  | { readonly kind: 'response'; readonly status: number }
  | {
      readonly kind: 'wait';
      readonly reason: 'rate-limit' | 'secondary-rate-limit' | 'retry';
      readonly seconds: number;
      /** For a retry: what failed (`502`, `connection reset`, `no answer within 30 s from URL`). */
      readonly detail?: string;
    };

export interface ClientStats {
  /** HTTP requests sent, retries and 304s included. */
  readonly requests: number;
  readonly notModified: number;
  readonly rateLimitRemaining: number | undefined;
  readonly rateLimitLimit: number | undefined;
}

export type ConditionalResult<T> =
  | { readonly notModified: true }
  | {
      readonly notModified: false;
      readonly data: T;
      readonly etag: string | undefined;
      readonly hasNextPage: boolean;
    };

export interface GitHubClient {
  /** The API base URL without a trailing slash: part of every ETag key, so two hosts never share one. */
  readonly baseUrl: string;
  readonly stats: ClientStats;
  /**
   * `GET path?query`, sent with `If-None-Match: etag` when an ETag is given. A 304 costs no rate limit:
   * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
   */
  get<T>(
    path: string,
    query: Readonly<Record<string, string | number>>,
    etag?: string,
    signal?: AbortSignal,
  ): Promise<ConditionalResult<T>>;
}

export interface GitHubClientOptions {
  readonly token: string;
  readonly baseUrl?: string;
  readonly clock: Clock;
  readonly onEvent?: (event: ClientEvent) => void;
  /** Retries of a 5xx, a dropped connection or a timed-out attempt before giving up. */
  readonly retries?: number;
  /** Waits for a rate-limit reset (primary or secondary) before giving up. */
  readonly rateLimitWaits?: number;
  /** Per attempt, from sending the request to the last byte of the body (default 30 s). */
  readonly requestTimeoutMs?: number;
  /** Bodies larger than this are refused, without being read whole (default 64 MiB). */
  readonly maxResponseBytes?: number;
  readonly userAgent?: string;
}

export type GitHubErrorKind = 'auth' | 'not-found' | 'rate-limit' | 'server' | 'network' | 'response';

/** A request that failed for good. `kind` `auth` and `not-found` are the user's to fix. */
export class GitHubError extends Error {
  override readonly name = 'GitHubError';
  readonly kind: GitHubErrorKind;
  readonly status: number | undefined;
  constructor(kind: GitHubErrorKind, message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

/** One attempt got no complete answer in time; retried like a dropped connection. */
class RequestTimeout extends Error {
  override readonly name = 'RequestTimeout';
}

/** The body went past `maxResponseBytes`; not retried, the next answer would be the same. */
class ResponseTooLarge extends Error {
  override readonly name = 'ResponseTooLarge';
}

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
/** What GitHub tells a client without `retry-after` to wait after a secondary rate limit, at least. */
const SECONDARY_FALLBACK_SECONDS = 60;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const baseUrl = (options.baseUrl ?? GITHUB_API_URL).replace(/\/+$/, '');
  const emit = options.onEvent ?? (() => {});
  const { clock } = options;
  const retries = options.retries ?? 4;
  const rateLimitWaits = options.rateLimitWaits ?? 3;
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const stats = {
    requests: 0,
    notModified: 0,
    rateLimitRemaining: undefined as number | undefined,
    rateLimitLimit: undefined as number | undefined,
    rateLimitReset: undefined as number | undefined,
  };

  // Reads the whole body, bounded in time and size, before Octokit sees the response: a connection dropped
  // mid-body then fails the request (and is retried) instead of parsing as an empty string, a server that stops
  // answering is given up on after `timeoutMs`, and an endless body is cut off at `maxBytes`.
  const fetchBounded = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    stats.requests += 1;
    const timeout = AbortSignal.timeout(timeoutMs);
    const caller = init?.signal ?? undefined;
    const signal = caller === undefined ? timeout : AbortSignal.any([caller, timeout]);
    try {
      const response = await fetch(url, { ...init, signal });
      const remaining = response.headers.get('x-ratelimit-remaining');
      if (remaining !== null) stats.rateLimitRemaining = Number(remaining);
      const limit = response.headers.get('x-ratelimit-limit');
      if (limit !== null) stats.rateLimitLimit = Number(limit);
      const reset = response.headers.get('x-ratelimit-reset');
      if (reset !== null) stats.rateLimitReset = Number(reset) * 1000;
      if (response.status === 304) stats.notModified += 1;
      emit({ kind: 'response', status: response.status });
      const head = { status: response.status, statusText: response.statusText, headers: response.headers };
      if (response.status === 204 || response.status === 205 || response.status === 304) {
        await response.body?.cancel();
        return new Response(null, head);
      }
      return new Response(await readBounded(response, maxBytes), head);
    } catch (error) {
      if (timeout.aborted && caller?.aborted !== true) {
        throw new TypeError('fetch failed', {
          cause: new RequestTimeout(`no complete answer within ${seconds(timeoutMs)} from ${String(url)}`),
        });
      }
      throw error;
    }
  };

  const octokit = new Octokit({
    auth: options.token,
    baseUrl,
    userAgent: options.userAgent ?? 'ciscope',
    // Octokit logs to the console by default; sync reports through `onEvent` only.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { fetch: fetchBounded },
  });

  return {
    baseUrl,
    get stats() {
      return {
        requests: stats.requests,
        notModified: stats.notModified,
        rateLimitRemaining: stats.rateLimitRemaining,
        rateLimitLimit: stats.rateLimitLimit,
      };
    },
    async get<T>(
      path: string,
      query: Readonly<Record<string, string | number>>,
      etag?: string,
      signal?: AbortSignal,
    ): Promise<ConditionalResult<T>> {
      const url = `${baseUrl}${path}${describeQuery(query)}`;
      let failures = 0;
      let rateWaits = 0;
      for (;;) {
        signal?.throwIfAborted();
        let response;
        try {
          response = await octokit.request(`GET ${path}`, {
            ...query,
            headers: etag === undefined ? {} : { 'if-none-match': etag },
            // The body is parsed below: Octokit's parser returns the raw text when JSON.parse fails, which would
            // then be reported as a "string" rather than as what it is.
            request: { parseSuccessResponseBody: false, ...(signal === undefined ? {} : { signal }) },
          });
        } catch (error) {
          if ((error as { status?: number }).status === 304) return { notModified: true };
          if (signal?.aborted === true) throw signal.reason;
          const tooLarge = causeOf(error, ResponseTooLarge);
          if (tooLarge !== undefined) throw new GitHubError('response', `${tooLarge.message}`);
          const wait = rateLimitWait(error);
          if (wait !== undefined) {
            if (rateWaits >= rateLimitWaits) throw toGitHubError(error, path, url, baseUrl);
            rateWaits += 1;
            emit({ kind: 'wait', reason: wait.reason, seconds: Math.ceil(wait.ms / 1000) });
            await clock.sleep(wait.ms, signal);
            continue;
          }
          if (!retryable(error)) throw toGitHubError(error, path, url, baseUrl);
          if (failures >= retries) throw toGitHubError(error, path, url, baseUrl, failures + 1);
          const ms = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** failures);
          failures += 1;
          emit({ kind: 'wait', reason: 'retry', seconds: ms / 1000, detail: describeFailure(error) });
          await clock.sleep(ms, signal);
          continue;
        }
        const data = parseJson(
          await new Response(response.data as ConstructorParameters<typeof Response>[0]).text(),
          response,
          url,
        );
        const link = typeof response.headers.link === 'string' ? response.headers.link : '';
        return {
          notModified: false,
          data: data as T,
          etag: response.headers.etag,
          hasNextPage: /rel="next"/.test(link),
        };
      }
    },
  };

  /**
   * GitHub's two rate limits, as its docs tell a client to handle them
   * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#handle-rate-limit-errors-appropriately):
   * a secondary limit says so in its message and gives `retry-after`; a primary one has `x-ratelimit-remaining: 0`
   * and lasts until `x-ratelimit-reset`, read against the injected clock rather than the system's.
   */
  function rateLimitWait(
    error: unknown,
  ): { reason: 'rate-limit' | 'secondary-rate-limit'; ms: number } | undefined {
    const status = (error as { status?: number }).status;
    const response = (error as { response?: { headers?: Record<string, string> } }).response;
    if ((status !== 403 && status !== 429) || response === undefined) return undefined;
    const headers = response.headers ?? {};
    const message = error instanceof Error ? error.message : '';
    if (/\bsecondary rate\b/i.test(message)) {
      const retryAfter = Number(headers['retry-after']);
      const after = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : SECONDARY_FALLBACK_SECONDS;
      return { reason: 'secondary-rate-limit', ms: after * 1000 };
    }
    if (headers['x-ratelimit-remaining'] === '0') {
      const resetAt = stats.rateLimitReset ?? clock.now() + 60_000;
      return { reason: 'rate-limit', ms: Math.max(0, resetAt - clock.now()) + 1000 };
    }
    return undefined;
  }
}

/** 5xx, 408, and failures with no HTTP answer at all (reset, refused, dropped mid-body, timed out). */
function retryable(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  const answered = (error as { response?: unknown }).response !== undefined;
  return !answered || status === undefined || status >= 500 || status === 408;
}

/** The body as JSON: an API page is always a JSON object or array; anything else is named for what it is. */
function parseJson(
  text: string,
  response: { status: number; headers: Record<string, string | number | undefined> },
  url: string,
): object {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const type = String(response.headers['content-type'] ?? 'no content-type');
    throw new GitHubError(
      'response',
      `${url} answered ${response.status} with a body that is not JSON (${type}, ${text.length} bytes${text.length === 0 ? '' : `, starting ${JSON.stringify(printable(text.slice(0, 40)))}`}); is the API URL right?`,
      response.status,
    );
  }
  if (typeof data !== 'object' || data === null)
    throw new GitHubError(
      'response',
      `${url} answered ${response.status} with JSON ${data === null ? 'null' : typeof data}, not an object`,
      response.status,
    );
  return data;
}

/** The body, read chunk by chunk so that a body past the limit is cut off instead of buffered. */
async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): ResponseTooLarge =>
    new ResponseTooLarge(
      `${response.url} answered with a body over ${formatBytes(maxBytes)}, larger than any GitHub API page; refused without reading it all`,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ResponseTooLarge) throw error;
    // Rethrown as fetch's own network failure, so the request is retried like any dropped connection.
    throw new TypeError('fetch failed', {
      cause: new Error(`connection lost in the middle of a ${response.status} response`, { cause: error }),
    });
  }
  return Buffer.concat(chunks, size);
}

/** A message for the user, built only from the status, GitHub's message and the URL: no headers, no token. */
function toGitHubError(
  error: unknown,
  path: string,
  url: string,
  baseUrl: string,
  attempts = 1,
): GitHubError {
  if (error instanceof GitHubError) return error;
  const status = (error as { status?: number }).status;
  const apiMessage = ((error as { response?: { data?: { message?: unknown } } }).response?.data?.message ??
    '') as unknown;
  const said = typeof apiMessage === 'string' && apiMessage !== '' ? `: ${printable(apiMessage)}` : '';
  const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
  const tries = attempts > 1 ? `, in ${attempts} attempts` : '';
  if (status === 401) return new GitHubError('auth', `GitHub rejected the token (401${said})`, 401);
  if (status === 404)
    return new GitHubError(
      'not-found',
      `${baseUrl}${path} was not found (404): check the repository name, and that the token can read it`,
      404,
    );
  if (
    (status === 403 || status === 429) &&
    (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(String(apiMessage)))
  ) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when =
      Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
    return new GitHubError(
      'rate-limit',
      `GitHub's rate limit is still exhausted after waiting${when}. Run sync again later: it resumes where it stopped`,
      status,
    );
  }
  if (status === 403)
    return new GitHubError(
      'auth',
      `GitHub refused ${path} (403${said}): the token lacks read access to Actions`,
      403,
    );
  if ((error as { response?: unknown }).response === undefined) {
    const timeout = causeOf(error, RequestTimeout);
    if (timeout !== undefined) return new GitHubError('network', `${timeout.message}${tries}`);
    return new GitHubError('network', `cannot reach ${baseUrl} (${describeFailure(error)})${tries}`);
  }
  if (status !== undefined && (status >= 500 || status === 408))
    return new GitHubError('server', `GitHub answered ${status} for ${url}${tries}`, status);
  return new GitHubError('response', `GET ${url} failed (${status ?? 'no status'}${said})`, status);
}

function describeFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  if ((error as { response?: unknown }).response !== undefined && status !== undefined) return String(status);
  const message = printable(error instanceof Error ? error.message : String(error));
  return message.length > 300 ? `${message.slice(0, 297)}…` : message;
}

/** The first error of `type` in a chain of `cause`s (Octokit wraps what fetch throws). */
function causeOf<T extends Error>(error: unknown, type: new (...args: never[]) => T): T | undefined {
  for (let current = error, depth = 0; current !== undefined && depth < 10; depth++) {
    if (current instanceof type) return current;
    current = (current as { cause?: unknown } | null)?.cause;
  }
  return undefined;
}

function describeQuery(query: Readonly<Record<string, string | number>>): string {
  const text = new URLSearchParams(
    Object.entries(query).map(([name, value]): [string, string] => [name, String(value)]),
  ).toString();
  return text === '' ? '' : `?${text}`;
}

/** Control characters from a server's answer never reach a terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${bytes} bytes`;
}
