/**
 * Finds the job and step of the model that a finding points at, and whether a measured step is that step. The one
 * way to do it: `lint`'s measured impact (src/history/impact.ts) and `whatif`'s scenarios both call `locate`.
 */
import type { Finding } from '../findings/finding.ts';
import { stepDisplayNames } from '../history/match.ts';
import type { Job, Step, Workflow } from '../workflow/model.ts';
import { offsetAt } from '../workflow/source.ts';
import type { MeasuredStep } from './measured.ts';

/**
 * The job whose key or body holds the finding's start, and the step of that job whose node holds it. A finding on
 * the job key (`build:`) is in the job but in no step; one on the trigger or the top-level `permissions` is in
 * neither. Node ranges end after their last line break (exclusive), so a finding on the next line is not inside.
 */
export function locate(
  workflow: Workflow,
  finding: Pick<Finding, 'location'>,
): { job: Job | undefined; step: Step | undefined } {
  const { line, column } = finding.location.start;
  const offset = offsetAt(workflow.file, line, column);
  const contains = (start: number, end: number): boolean =>
    start <= offset && (offset < end || (start === end && offset === start));
  const job = workflow.jobs.find((candidate) =>
    contains(candidate.key.range.start, candidate.node.range.end),
  );
  const step = job?.steps.find((candidate) => contains(candidate.node.range.start, candidate.node.range.end));
  return { job, step };
}

/** Whether a measured step is the model step (by the matcher's index, else by a name GitHub may show for it). */
export function isStep(measured: MeasuredStep, step: Step): boolean {
  if (measured.modelIndex !== undefined) return measured.modelIndex === step.index;
  return stepDisplayNames(step.job, step).includes(measured.name);
}
