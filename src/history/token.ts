/**
 * Where the GitHub token comes from: the environment, else `gh auth token` when the GitHub CLI is installed and
 * logged in. The token itself is handed to the client and nowhere else: never printed, logged or stored.
 */
import { spawnSync } from 'node:child_process';

export type TokenSource =
  'GITHUB_TOKEN' | 'GH_TOKEN' | 'GH_ENTERPRISE_TOKEN' | 'GITHUB_ENTERPRISE_TOKEN' | 'gh auth token';

export interface ResolvedToken {
  readonly token: string;
  /** Named in messages ("the token from GH_TOKEN was rejected"), so the user knows which one to fix. */
  readonly source: TokenSource;
}

/** Runs `gh` with the given arguments and returns its stdout, or undefined when gh is absent or fails. */
export type GhRunner = (args: readonly string[]) => string | undefined;

/** A missing token: the user's to fix, so the CLI prints the message and exits 2. */
export class MissingTokenError extends Error {
  override readonly name = 'MissingTokenError';
}

const GH_TIMEOUT_MS = 5000;

/**
 * `host` is the API host's web host for GitHub Enterprise Server (`ghe.example.com`), undefined for github.com.
 * GHES tokens come first from GH_ENTERPRISE_TOKEN / GITHUB_ENTERPRISE_TOKEN, as gh reads them:
 * https://cli.github.com/manual/gh_help_environment
 */
export function resolveToken(
  env: Readonly<Record<string, string | undefined>>,
  host: string | undefined,
  runGh: GhRunner = runGhCli,
): ResolvedToken {
  const names: TokenSource[] =
    host === undefined
      ? ['GITHUB_TOKEN', 'GH_TOKEN']
      : ['GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN'];
  for (const name of names) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') return { token: value, source: name };
  }
  const fromGh = runGh(['auth', 'token', ...(host === undefined ? [] : ['--hostname', host])])?.trim();
  if (fromGh !== undefined && fromGh !== '') return { token: fromGh, source: 'gh auth token' };
  throw new MissingTokenError(
    `no GitHub token: set ${host === undefined ? 'GITHUB_TOKEN or GH_TOKEN' : 'GH_ENTERPRISE_TOKEN or GITHUB_TOKEN'}, or log in with \`gh auth login\`. ` +
      'The token needs read access to Actions (fine-grained: "Actions: read"; classic: `repo` for private repositories).',
  );
}

function runGhCli(args: readonly string[]): string | undefined {
  // A hung gh (waiting on a keyring prompt) must not hang sync; its stderr would only confuse, so it is dropped.
  const result = spawnSync('gh', [...args], {
    encoding: 'utf8',
    timeout: GH_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'ignore'],
    windowsHide: true,
  });
  if (result.error !== undefined || result.status !== 0) return undefined;
  return result.stdout;
}
