/**
 * `ciscope lint --repo OWNER/NAME` without a checkout: the repository's files come from ONE request, the archive
 * endpoint (https://docs.github.com/en/rest/repos/contents#download-a-repository-archive-tar), streamed through
 * gunzip and the tar reader. Every file a clone would be walked for is kept in memory (the same directories skipped,
 * the same size bound), so that discovery and rules see what they would see on disk: the same findings.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { FileSource } from '../workflow/repository.ts';
import { MAX_FILE_BYTES, SKIPPED_DIRS } from '../workflow/repository.ts';
import { TarError, TarReader } from './tar.ts';

export interface ArchiveRequest {
  readonly owner: string;
  readonly name: string;
  /** Branch, tag or SHA; the default branch when absent. */
  readonly ref?: string | undefined;
  /** e.g. https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  readonly apiUrl: string;
  /** Public repositories need none. */
  readonly token?: string | undefined;
  readonly userAgent: string;
  readonly timeoutMs?: number;
}

export interface RepositoryArchive {
  readonly source: FileSource;
  /** The number of files in the archive, kept or not. */
  readonly files: number;
}

/** The archive could not be had; the message is for the user (the token is never in it). */
export class ArchiveError extends Error {}

export async function fetchRepositoryArchive(request: ArchiveRequest): Promise<RepositoryArchive> {
  const path = `/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.name)}/tarball${
    request.ref === undefined ? '' : `/${request.ref.split('/').map(encodeURIComponent).join('/')}`
  }`;
  const label = `${request.owner}/${request.name}${request.ref === undefined ? '' : `@${request.ref}`}`;
  let response: Response;
  try {
    // The API answers 302 to codeload, whose URL carries its own short-lived token; fetch drops `authorization`
    // on that cross-origin redirect, as the Fetch standard requires.
    response = await fetch(`${request.apiUrl.replace(/\/+$/, '')}${path}`, {
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': request.userAgent,
        ...(request.token === undefined ? {} : { authorization: `Bearer ${request.token}` }),
      },
      redirect: 'follow',
      signal: AbortSignal.timeout(request.timeoutMs ?? 120_000),
    });
  } catch (error) {
    throw new ArchiveError(`cannot download ${label}: ${(error as Error).message}`);
  }
  if (!response.ok || response.body === null) {
    throw new ArchiveError(
      `cannot download ${label}: ${describeStatus(response.status, request.token !== undefined)}`,
    );
  }

  const kept = new Map<string, Buffer | string>();
  let files = 0;
  let topLevel: string | undefined;
  const relative = (path: string): string | undefined => {
    // GitHub's archives hold one top directory, `OWNER-NAME-SHA/`.
    const slash = path.indexOf('/');
    if (slash === -1) return undefined;
    topLevel ??= path.slice(0, slash);
    if (path.slice(0, slash) !== topLevel) return undefined;
    const inside = path.slice(slash + 1);
    return inside === '' ||
      inside
        .split('/')
        .slice(0, -1)
        .some((dir) => SKIPPED_DIRS.has(dir))
      ? undefined
      : inside;
  };
  const reader = new TarReader(
    (entry) => {
      const path = relative(entry.path);
      if (path === undefined) return false;
      files++;
      if (entry.size > MAX_FILE_BYTES) {
        kept.set(path, `File is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; skipped.`);
        return false;
      }
      return true;
    },
    (entry, data) => {
      const path = relative(entry.path);
      if (path !== undefined && data !== undefined) kept.set(path, data);
    },
  );
  try {
    const gunzip = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(
      createGunzip(),
    );
    for await (const chunk of gunzip) reader.write(chunk as Buffer);
    reader.end();
  } catch (error) {
    throw new ArchiveError(
      `cannot read the archive of ${label}: ${error instanceof TarError ? error.message : (error as Error).message}`,
    );
  }
  const paths = [...kept.keys()].sort();
  return {
    files,
    source: {
      list: () => paths,
      read: (path) => {
        const data = kept.get(path);
        if (data === undefined) return { error: 'Cannot read file (ENOENT).' };
        return typeof data === 'string' ? { error: data } : { text: data.toString('utf8') };
      },
    },
  };
}

function describeStatus(status: number, withToken: boolean): string {
  if (status === 404)
    return withToken
      ? 'not found (HTTP 404): check OWNER/NAME and the ref, and that the token can read the repository'
      : 'not found (HTTP 404): check OWNER/NAME and the ref; a private repository needs GITHUB_TOKEN';
  if (status === 401) return 'bad credentials (HTTP 401): check GITHUB_TOKEN';
  if (status === 403 || status === 429)
    return `refused (HTTP ${status}), probably the rate limit${withToken ? '' : '; set GITHUB_TOKEN for a higher one'}`;
  return `HTTP ${status}`;
}
