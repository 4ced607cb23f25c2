/**
 * `ciscope lint --repo OWNER/NAME` with no DIR: the repository is read through the API in one archive request
 * (src/remote/github-archive.ts), with its own `.ciscope.yml`, and linted as a clone would be. With a DIR, `--repo`
 * keeps naming the repository of the history (lint-history.ts).
 */
import { ConfigError, CONFIG_FILE_NAME, parseConfig, toSettings } from '../../config/load.ts';
import type { ConfigSettings } from '../../config/load.ts';
import { GITHUB_API_URL } from '../../history/github-client.ts';
import { parseRepoRef } from '../../history/repo-ref.ts';
import { ArchiveError, fetchRepositoryArchive } from '../../remote/github-archive.ts';
import { VERSION } from '../../version.ts';
import type { Repository } from '../../workflow/model.ts';
import { buildRepository } from '../../workflow/repository.ts';
import { stringOption } from '../command.ts';
import type { ParsedArgs } from '../command.ts';
import { InputError, UsageError } from '../io.ts';
import type { Io } from '../io.ts';

export const LINT_REMOTE_HELP = `                    without DIR: lint that GitHub repository with no checkout (one archive download;
                    GITHUB_TOKEN or GH_TOKEN for a private one, GITHUB_API_URL for GitHub Enterprise Server)
  --ref REF         with --repo and no DIR: the branch, tag or commit (default: the default branch)`;

/** Whether this lint reads a remote repository: `--repo` given and no DIR. */
export function isRemoteLint(args: ParsedArgs): boolean {
  return args.positionals.length === 0 && stringOption(args, 'repo') !== undefined;
}

export async function loadRemoteRepository(
  args: ParsedArgs,
  io: Io,
): Promise<{ repository: Repository; config: ConfigSettings | undefined }> {
  const option = stringOption(args, 'repo') ?? '';
  const repo = parseRepoRef(option);
  if (repo === undefined) throw new UsageError(`--repo takes OWNER/NAME, not \`${option}\``);
  if (stringOption(args, 'db') !== undefined)
    throw new UsageError('--db needs a checkout: pass DIR (a clone of the repository) with --repo');
  const token = nonEmpty(io.env.GITHUB_TOKEN) ?? nonEmpty(io.env.GH_TOKEN);
  let archive;
  try {
    archive = await fetchRepositoryArchive({
      owner: repo.owner,
      name: repo.name,
      ref: stringOption(args, 'ref'),
      apiUrl: nonEmpty(io.env.GITHUB_API_URL) ?? GITHUB_API_URL,
      token,
      userAgent: `ciscope/${VERSION}`,
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw new InputError(error.message);
    throw error;
  }
  const label = `${repo.owner}/${repo.name}`;
  const repository = buildRepository(label, archive.source);
  // The repository's own configuration applies, as on a clone; `--config` (a local file) replaces it.
  if (stringOption(args, 'config') !== undefined) return { repository, config: undefined };
  const file = archive.source.read(CONFIG_FILE_NAME);
  if ('error' in file) return { repository, config: undefined };
  try {
    return { repository, config: toSettings(parseConfig({ path: CONFIG_FILE_NAME, text: file.text })) };
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(`${label}: ${error.message}`);
    throw error;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
