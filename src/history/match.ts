/**
 * Matching run history to the workflow model: which job of which file a history job is, and which step a history
 * step is. GitHub names jobs and steps for display, not by id, so the names are rebuilt from the model:
 *
 * - a job is its `name:` (evaluated per matrix combination) or its id; a matrix shard without an expression in its
 *   name gets the combination's values appended: `build (ubuntu-latest, 20)`;
 * - a job calling a reusable workflow shows as `caller / callee-job`;
 * - a step is its `name:`, else `Run owner/action@ref` or `Run <first line of run:>`; post steps are
 *   `Post <that name>`; the runner adds `Set up job`, `Complete job` and container steps of its own.
 *
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idname
 */
import { contextsFor } from '../workflow/contexts.ts';
import { evaluateTemplate, templateParts, UNKNOWN } from '../workflow/expressions.ts';
import type { Value } from '../workflow/expressions.ts';
import type { Job, Step, Workflow } from '../workflow/model.ts';

export interface JobMatch {
  readonly job: Job;
  /** Index into the job's matrix combinations; undefined for a job without matrix or a name matched loosely. */
  readonly combination: number | undefined;
}

/** Steps GitHub's runner adds around the workflow's own steps. */
const RUNNER_STEPS = new Set([
  'Set up job',
  'Complete job',
  'Set up runner',
  'Initialize containers',
  'Stop containers',
]);

export class WorkflowMatcher {
  readonly workflow: Workflow;
  private readonly exact = new Map<string, JobMatch>();
  private readonly patterns: { readonly pattern: RegExp; readonly match: JobMatch }[] = [];

  constructor(workflow: Workflow) {
    this.workflow = workflow;
    for (const job of workflow.jobs) {
      const combinations = job.matrix?.combinations;
      if (combinations === undefined || combinations.length === 0) {
        this.add(job, undefined, undefined);
      } else {
        combinations.forEach((combination, index) => this.add(job, combination, index));
      }
    }
  }

  /** The model job a history job name belongs to, or undefined. */
  matchJob(name: string): JobMatch | undefined {
    const exact = this.exact.get(name);
    if (exact !== undefined) return exact;
    for (const { pattern, match } of this.patterns) if (pattern.test(name)) return match;
    // A reusable-workflow call: `caller / callee job`.
    const slash = name.indexOf(' / ');
    if (slash !== -1) {
      const caller = this.matchJob(name.slice(0, slash));
      if (caller?.job.uses !== undefined) return caller;
    }
    // A matrix whose combinations are not known statically (`fromJSON`): `id (values)` still names the job.
    const shard = /^(.*) \(.*\)$/.exec(name);
    if (shard !== null) {
      const job = this.exact.get(shard[1]!)?.job ?? this.workflow.jobsById.get(shard[1]!);
      if (job?.matrix !== undefined && job.matrix.combinations === undefined)
        return { job, combination: undefined };
    }
    return undefined;
  }

  private add(
    job: Job,
    combination: Readonly<Record<string, Value>> | undefined,
    index: number | undefined,
  ): void {
    const match: JobMatch = { job, combination: index };
    const raw = job.name === undefined ? undefined : String(job.name.value ?? '');
    const values =
      combination === undefined ? '' : ` (${Object.values(combination).map(displayValue).join(', ')})`;
    if (raw === undefined) {
      this.exact.set(`${job.id}${values}`, match);
      return;
    }
    if (templateParts(raw).every((part) => part.expression === undefined)) {
      // No expression in `name:`: GitHub appends the matrix values as it does to the id.
      this.exact.set(`${raw}${values}`, match);
      return;
    }
    const evaluated = evaluateTemplate(raw, contextsFor({ workflow: job.workflow, job, combination }));
    if (evaluated !== UNKNOWN && evaluated !== null && typeof evaluated !== 'object')
      this.exact.set(String(evaluated), match);
    else this.patterns.push({ pattern: templatePattern(raw), match });
  }
}

/** The model step a history step name is, `runner` for the runner's own steps, or undefined. */
export function matchStep(
  job: Job,
  name: string,
  combination?: Readonly<Record<string, Value>>,
): { readonly step: Step; readonly post: boolean } | 'runner' | undefined {
  if (RUNNER_STEPS.has(name)) return 'runner';
  const post = name.startsWith('Post ');
  const names = post ? [name.slice(5), name] : [name];
  for (const candidate of names) {
    for (const step of job.steps) {
      if (stepDisplayNames(job, step, combination).includes(candidate))
        return { step, post: post && candidate !== name };
    }
  }
  // The runner's container-action steps (`Build container for action use: …`, `Pull …`), checked after the job's
  // own steps: a step the workflow names `Build test image` is the workflow's, not the runner's.
  if (name.startsWith('Build ') || name.startsWith('Pull ')) return 'runner';
  return undefined;
}

/** The names GitHub may show for a step: its evaluated `name:`, or `Run` + the action or the script's first line. */
export function stepDisplayNames(
  job: Job,
  step: Step,
  combination?: Readonly<Record<string, Value>>,
): string[] {
  if (step.name !== undefined) {
    const raw = String(step.name.value ?? '');
    const evaluated = evaluateTemplate(raw, contextsFor({ workflow: job.workflow, job, combination, step }));
    return evaluated === UNKNOWN || typeof evaluated === 'object' ? [raw] : [String(evaluated), raw];
  }
  if (step.uses !== undefined) return [`Run ${String(step.uses.value)}`];
  if (step.run !== undefined) {
    const first =
      String(step.run.value ?? '')
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim() ?? '';
    // Recorded names show both forms (the raw line, and expressions evaluated per shard): accept either.
    const evaluated = evaluateTemplate(
      first,
      contextsFor({ workflow: job.workflow, job, combination, step }),
    );
    return evaluated === UNKNOWN || typeof evaluated === 'object' || evaluated === first
      ? [`Run ${first}`]
      : [`Run ${String(evaluated)}`, `Run ${first}`];
  }
  return [];
}

/**
 * A model step whose inputs are the same in every matrix shard: nothing in its source (name, `with`, `env`,
 * `run`, `if`) reads the `matrix` context, and the job's own `env` does not either.
 */
export function stepIgnoresMatrix(step: Step): boolean {
  const sourceOf = (range: {
    readonly file: { readonly text: string };
    readonly start: number;
    readonly end: number;
  }): string => range.file.text.slice(range.start, range.end);
  const jobEnv = step.job.env.node === undefined ? '' : sourceOf(step.job.env.node.range);
  return !/\bmatrix\b/.test(sourceOf(step.node.range)) && !/\bmatrix\b/.test(jobEnv);
}

function displayValue(value: Value): string {
  if (value === UNKNOWN) return '*';
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function templatePattern(template: string): RegExp {
  const source = templateParts(template)
    .map((part) =>
      part.expression !== undefined ? '.*' : part.literal!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}
