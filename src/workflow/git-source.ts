/** Files of a git revision, for `ciscope diff BASE HEAD`: read with `git ls-tree` and `git show`, never checked out. */
import { execFileSync } from 'node:child_process';
import type { FileSource } from './repository.ts';

export class GitRevisionError extends Error {}

export function gitRevisionSource(repoDir: string, revision: string): FileSource {
  const git = (args: readonly string[]): string => {
    try {
      return execFileSync('git', ['-C', repoDir, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const stderr =
        String((error as { stderr?: unknown }).stderr ?? '')
          .trim()
          .split('\n')[0] ?? '';
      throw new GitRevisionError(
        `cannot read revision \`${revision}\` in ${repoDir}: ${stderr || (error as Error).message}`,
      );
    }
  };
  try {
    git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  } catch {
    throw new GitRevisionError(`\`${revision}\` is neither a directory nor a git revision of ${repoDir}`);
  }
  // The workflow graph only needs .github/; Docker files are not part of a diff of the job graph.
  const paths = git(['ls-tree', '-r', '--name-only', '-z', revision, '--', '.github'])
    .split('\0')
    .filter((path) => path !== '')
    .sort();
  return {
    list: () => paths,
    read: (path) => {
      try {
        return { text: git(['show', `${revision}:${path}`]) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
  };
}
