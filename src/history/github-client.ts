/**
 * The GitHub REST client sync uses: Octokit with plugin-throttling (primary and secondary rate limits: wait, then
 * resume) and plugin-retry (5xx and dropped connections, with back-off), conditional requests, and a base URL for
 * GitHub Enterprise Server (`https://HOST/api/v3`).
 *
 * Every wait goes through the injected `Clock` (the plugins' own timers are set to zero), and is announced through
 * `onEvent` before it starts, so the CLI can say how long it will be. The token lives only inside Octokit: errors
 * thrown from here carry a message built from the status and GitHub's message, never a request.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Clock } from './clock.ts';

export const GITHUB_API_URL = 'https://api.github.com';

export type ClientEvent =
  | { readonly kind: 'response'; readonly status: number }
  | {
      readonly kind: 'wait';
      readonly reason: 'rate-limit' | 'secondary-rate-limit' | 'retry';
      readonly seconds: number;
      /** For a retry: what failed (`502`, `connection reset`). */
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
  /** Retries of a 5xx or dropped connection before giving up. */
  readonly retries?: number;
  /** Waits for a primary rate-limit reset before giving up. */
  readonly rateLimitWaits?: number;
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

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
/** Statuses plugin-retry must leave alone: client errors, and 403/429 which the throttling plugin owns. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const baseUrl = (options.baseUrl ?? GITHUB_API_URL).replace(/\/+$/, '');
  const emit = options.onEvent ?? (() => {});
  const { clock } = options;
  const retries = options.retries ?? 4;
  const rateLimitWaits = options.rateLimitWaits ?? 3;
  const stats = {
    requests: 0,
    notModified: 0,
    rateLimitRemaining: undefined as number | undefined,
    rateLimitLimit: undefined as number | undefined,
    rateLimitReset: undefined as number | undefined,
  };

  // Reads the whole body before Octokit sees the response: a connection dropped mid-body then fails the request
  // (status 500 to Octokit, so it is retried) instead of parsing as an empty string.
  const fetchWholeBody = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    stats.requests += 1;
    const response = await fetch(url, init);
    const remaining = response.headers.get('x-ratelimit-remaining');
    if (remaining !== null) stats.rateLimitRemaining = Number(remaining);
    const limit = response.headers.get('x-ratelimit-limit');
    if (limit !== null) stats.rateLimitLimit = Number(limit);
    const reset = response.headers.get('x-ratelimit-reset');
    if (reset !== null) stats.rateLimitReset = Number(reset) * 1000;
    if (response.status === 304) stats.notModified += 1;
    emit({ kind: 'response', status: response.status });
    if (response.status === 204 || response.status === 205 || response.status === 304) {
      return new Response(null, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      throw new TypeError('fetch failed', {
        cause: new Error(`connection lost in the middle of a ${response.status} response`, { cause: error }),
      });
    }
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

  // Sleeps through the injected clock before plugin-retry re-sends (its own wait is zero), and says so first.
  const backoff = (octokit: Pick<Octokit, 'hook'>): void => {
    octokit.hook.error('request', async (error, request) => {
      const status = (error as { status?: number }).status;
      const retryCount = (request.request as { retryCount?: number } | undefined)?.retryCount ?? 0;
      if (
        (status === undefined || status >= 500) &&
        retryCount < retries &&
        !(request.request?.signal?.aborted ?? false)
      ) {
        const ms = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** retryCount);
        emit({ kind: 'wait', reason: 'retry', seconds: ms / 1000, detail: describeFailure(error) });
        await clock.sleep(ms, request.request?.signal ?? undefined);
      }
      throw error;
    });
  };

  const ThrottledOctokit = Octokit.plugin(backoff, retry, throttling);
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl,
    userAgent: options.userAgent ?? 'ciscope',
    // Octokit logs to the console by default; sync reports through `onEvent` only.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { fetch: fetchWholeBody },
    retry: { retries, retryAfterBaseValue: 0, doNotRetry: DO_NOT_RETRY },
    throttle: {
      retryAfterBaseValue: 0,
      onRateLimit: async (
        _retryAfter: number,
        requestOptions: { request?: { signal?: AbortSignal | null } },
        _octokit: unknown,
        retryCount: number,
      ) => {
        if (retryCount >= rateLimitWaits) return false;
        // The plugin's own figure uses the system clock; the reset header against our clock is the truth.
        const resetAt = stats.rateLimitReset ?? clock.now() + 60_000;
        const ms = Math.max(0, resetAt - clock.now()) + 1000;
        emit({ kind: 'wait', reason: 'rate-limit', seconds: Math.ceil(ms / 1000) });
        await clock.sleep(ms, requestOptions.request?.signal ?? undefined);
        return true;
      },
      onSecondaryRateLimit: async (
        retryAfter: number,
        requestOptions: { request?: { signal?: AbortSignal | null } },
        _octokit: unknown,
        retryCount: number,
      ) => {
        if (retryCount >= rateLimitWaits) return false;
        emit({ kind: 'wait', reason: 'secondary-rate-limit', seconds: retryAfter });
        await clock.sleep(retryAfter * 1000, requestOptions.request?.signal ?? undefined);
        return true;
      },
    },
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
      try {
        const response = await octokit.request(`GET ${path}`, {
          ...query,
          headers: etag === undefined ? {} : { 'if-none-match': etag },
          request: signal === undefined ? {} : { signal },
        });
        const link = typeof response.headers.link === 'string' ? response.headers.link : '';
        const data = response.data as unknown;
        if (typeof data !== 'object' || data === null)
          throw new GitHubError(
            'response',
            `GET ${path} returned ${typeof data} instead of JSON`,
            response.status,
          );
        return {
          notModified: false,
          data: data as T,
          etag: response.headers.etag,
          hasNextPage: /rel="next"/.test(link),
        };
      } catch (error) {
        if ((error as { status?: number }).status === 304) return { notModified: true };
        if (signal?.aborted === true) throw signal.reason;
        throw toGitHubError(error, path, baseUrl);
      }
    },
  };
}

/** A message for the user, built only from the status, GitHub's message and the path: no headers, no token. */
function toGitHubError(error: unknown, path: string, baseUrl: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const status = (error as { status?: number }).status;
  const apiMessage = ((error as { response?: { data?: { message?: unknown } } }).response?.data?.message ??
    '') as unknown;
  const said = typeof apiMessage === 'string' && apiMessage !== '' ? `: ${apiMessage}` : '';
  const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
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
  if (status !== undefined && status >= 500 && (error as { response?: unknown }).response === undefined) {
    return new GitHubError(
      'network',
      `cannot reach ${baseUrl} (${describeFailure(error)}), even after retries`,
    );
  }
  if (status !== undefined && status >= 500)
    return new GitHubError('server', `GitHub answered ${status} for ${path}, even after retries`, status);
  return new GitHubError('response', `GET ${path} failed (${status ?? 'no status'}${said})`, status);
}

function describeFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  if ((error as { response?: unknown }).response !== undefined && status !== undefined) return String(status);
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 117)}…` : message;
}
