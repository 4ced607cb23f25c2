import { defineRule } from '../engine/define-rule.ts';
import type { Related } from '../engine/define-rule.ts';
import { composeFileAt, DEFAULT_COMPOSE_FILES } from '../workflow/compose-bake.ts';
import { composeCommand, afterCd, shellCommands, stepWorkingDirectory } from '../workflow/docker-builds.ts';
import type { ComposeCommand } from '../workflow/docker-builds.ts';
import { repoPath } from '../workflow/repo-path.ts';
import type { EnvBlock, Repository, Step } from '../workflow/model.ts';
import { CONTAINER_TOOLS, mayNameProgram } from '../workflow/shell-prefilter.ts';
import { scalarString } from '../workflow/yaml-tree.ts';

export default defineRule({
  id: 'compose-bake-drops-cache',
  meta: {
    description:
      'Do not rely on `x-bake` cache settings when `docker compose build` runs with `COMPOSE_BAKE=true`',
    category: 'waste',
    severity: 'warning',
    // Replacing the step by `docker/bake-action` also needs `image:` tags in the compose file (seed 001).
    fixable: false,
    messages: {
      xBakeDropped:
        '`docker compose {{subcommand}}` with `COMPOSE_BAKE=true` hands the build to bake without the `x-bake` section of `{{file}}`, so its layer cache is never read or written and every image builds cold.',
    },
  },
  check({ repo, report }) {
    const steps = [
      ...repo.workflows.flatMap((workflow) => workflow.jobs.flatMap((job) => job.steps)),
      ...[...repo.actions.values()].flatMap((action) => action.steps),
    ];
    for (const step of steps) {
      // Only compose commands are reported (`cd`s and exports only qualify them).
      if (step.run === undefined || !mayNameProgram(String(step.run.value ?? ''), CONTAINER_TOOLS)) continue;
      let cwd = stepWorkingDirectory(step);
      const exported = new Map<string, string | undefined>();
      for (const command of shellCommands(step.run)) {
        if (command.words[0] === 'cd') {
          cwd = afterCd(cwd, command.words);
          continue;
        }
        if (command.words[0] === 'export' || command.words[0] === 'unset') {
          for (const word of command.words.slice(1)) {
            const [name = '', ...value] = word.split('=');
            exported.set(name, command.words[0] === 'unset' ? undefined : value.join('='));
          }
          continue;
        }
        const compose = composeCommand(command.words);
        if (compose === undefined || !builds(compose) || cwd === undefined) continue;
        const variable = (name: string): string | undefined =>
          command.assignments.get(name) ??
          (exported.has(name) ? exported.get(name) : environment(step, name));
        if (!isTrue(variable('COMPOSE_BAKE'))) continue;
        const dropped = droppedCache(repo, cwd, compose, variable('COMPOSE_FILE'));
        if (dropped === undefined) continue;
        report({
          messageId: 'xBakeDropped',
          data: { subcommand: compose.subcommand ?? 'build', file: dropped.file },
          at: command,
          related: dropped.related,
        });
      }
    }
  },
});

/** `build`, or `up`/`run`/`create` with `--build`: the commands that build images. */
function builds(compose: ComposeCommand): boolean {
  if (compose.subcommand === 'build') return true;
  return ['up', 'create', 'run'].includes(compose.subcommand ?? '') && compose.args.includes('--build');
}

/** `true` and `1` switch bake on (compose parses the variable with `strconv.ParseBool`). */
function isTrue(value: string | undefined): boolean {
  return value !== undefined && /^(1|t|true)$/i.test(value.trim());
}

/**
 * A variable as the step sees it: the step's, job's or workflow's `env`, or a `NAME=value >> $GITHUB_ENV` line of
 * an earlier step of the job. A value given by an expression is unknown.
 */
function environment(step: Step, name: string): string | undefined {
  // A local action's steps hang off a synthetic job without a workflow.
  const workflow = (step.job as Partial<Step['job']>).workflow;
  const blocks: EnvBlock[] = [step.env, step.job.env, ...(workflow === undefined ? [] : [workflow.env])];
  for (const block of blocks) {
    const variable = block.vars.get(name);
    if (variable === undefined) continue;
    const value = scalarString(variable.value);
    return value === undefined || value.includes('${{') ? undefined : value;
  }
  const written = new RegExp(`\\b${name}=([^\\s"'>]*)["']?\\s*>>\\s*["']?\\$\\{?GITHUB_ENV`);
  let value: string | undefined;
  for (const earlier of step.job.steps) {
    if (earlier.index >= step.index || earlier.run === undefined) continue;
    const match = written.exec(String(earlier.run.value ?? ''));
    if (match !== null) value = match[1];
  }
  return value;
}

interface DroppedCache {
  readonly file: string;
  readonly related: readonly Related[];
}

/** The `x-bake` cache settings of the services the command builds, in the compose files it reads. */
function droppedCache(
  repo: Repository,
  cwd: string,
  compose: ComposeCommand,
  composeFileVariable: string | undefined,
): DroppedCache | undefined {
  const paths = composeFiles(repo, cwd, compose, composeFileVariable);
  if (paths === undefined) return undefined;
  const services = compose.args.filter((arg) => !arg.startsWith('-'));
  const related: Related[] = [];
  let file: string | undefined;
  for (const path of paths) {
    for (const service of composeFileAt(repo, path)?.services ?? []) {
      if (services.length > 0 && !services.includes(service.name)) continue;
      for (const key of service.xBakeCache) {
        file ??= path;
        related.push({
          at: key,
          message: `\`x-bake.${String(key.value)}\` of service \`${service.name}\` is dropped by compose`,
        });
      }
    }
  }
  return file === undefined ? undefined : { file, related };
}

/** `-f` files, else `COMPOSE_FILE`, else the first default file of the directory and its override file. */
function composeFiles(
  repo: Repository,
  cwd: string,
  compose: ComposeCommand,
  composeFileVariable: string | undefined,
): string[] | undefined {
  const named =
    compose.files.length > 0 ? compose.files : composeFileVariable?.split(':').filter((path) => path !== '');
  if (named !== undefined && named.length > 0) {
    if (named.some((path) => path.includes('$') || path === '-')) return undefined;
    return named.map((path) => repoPath(cwd, path)).filter((path): path is string => path !== undefined);
  }
  for (const [base, override] of DEFAULT_COMPOSE_FILES) {
    const path = repoPath(cwd, base);
    if (path === undefined || repo.readText(path) === undefined) continue;
    const overridePath = repoPath(cwd, override);
    return overridePath !== undefined && repo.readText(overridePath) !== undefined
      ? [path, overridePath]
      : [path];
  }
  return [];
}
