import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffJson, diffMarkdown, diffText } from '../../report/diff.ts';
import { diffRepositories } from '../../simulate/repository-diff.ts';
import { gitRevisionSource, GitRevisionError } from '../../workflow/git-source.ts';
import { buildRepository, loadRepository } from '../../workflow/repository.ts';
import type { Repository } from '../../workflow/model.ts';
import { stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, InputError, UsageError } from '../io.ts';

const FORMATS = { text: diffText, json: diffJson, markdown: diffMarkdown } as const;

const diff: Command = {
  name: 'diff',
  summary: 'Say what a workflow change does to the job graph, the critical path and gates',
  help: `Usage: ciscope diff BASE HEAD [DIR] [options]

BASE and HEAD are git revisions of the repository in DIR (default: the current directory), or two directories.
For each changed workflow: jobs and needs added or removed, matrix size changes, the critical path before and
after, and a \`gate-dropped\` error for every job that no longer waits (directly or transitively) for a job it
waited for before.

Options:
  --format FORMAT   text | json | markdown (default: text)
  --fail-on LEVEL   error | none (default: error): exit 1 when a gate is dropped
`,
  options: { format: { type: 'string', short: 'f' }, 'fail-on': { type: 'string' } },
  maxPositionals: 3,
  async run(args, io) {
    const [base, head, dir = '.'] = args.positionals;
    if (base === undefined || head === undefined)
      throw new UsageError(`diff needs BASE and HEAD\n${this.help}`);
    const format = stringOption(args, 'format') ?? 'text';
    if (!Object.hasOwn(FORMATS, format))
      throw new UsageError(`unknown format \`${format}\`; use text, json or markdown`);
    const failOn = stringOption(args, 'fail-on') ?? 'error';
    if (failOn !== 'error' && failOn !== 'none')
      throw new UsageError(`--fail-on takes error or none, not \`${failOn}\``);

    const report = diffRepositories(load(io.cwd, dir, base), load(io.cwd, dir, head), base, head);
    io.stdout(FORMATS[format as keyof typeof FORMATS](report));
    return failOn === 'error' && report.findings.length > 0 ? EXIT.findings : EXIT.clean;
  },
};

export default diff;

/** A directory when one exists at that path, else a git revision of DIR. */
function load(cwd: string, dir: string, spec: string): Repository {
  const asDirectory = resolve(cwd, spec);
  if (isDirectory(asDirectory)) return loadRepository(asDirectory);
  const repoDir = resolve(cwd, dir);
  try {
    return buildRepository(repoDir, gitRevisionSource(repoDir, spec));
  } catch (error) {
    if (error instanceof GitRevisionError) throw new InputError(error.message);
    throw error;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
