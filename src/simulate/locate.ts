/** Finds the job and step of the model that a finding points at, and whether a measured step is that step. */
import type { Finding } from '../findings/finding.ts';
import { stepDisplayNames } from '../history/match.ts';
import type { Job, Step, Workflow } from '../workflow/model.ts';
import { positionAt } from '../workflow/source.ts';
import type { MeasuredStep } from './measured.ts';

export function locate(
  workflow: Workflow,
  finding: Finding,
): { job: Job | undefined; step: Step | undefined } {
  const line = finding.location.start.line;
  // A block node's range ends after its line break; its last character is the one before `end`.
  const contains = (range: { start: number; end: number }): boolean =>
    positionAt(workflow.file, range.start).line <= line &&
    line <= positionAt(workflow.file, Math.max(range.start, range.end - 1)).line;
  const job = workflow.jobs.find((candidate) =>
    contains({ start: candidate.key.range.start, end: candidate.node.range.end }),
  );
  const step = job?.steps.find((candidate) => contains(candidate.node.range));
  return { job, step };
}

/** Whether a measured step is the model step (by the matcher's index, else by a name GitHub may show for it). */
export function isStep(measured: MeasuredStep, step: Step): boolean {
  if (measured.modelIndex !== undefined) return measured.modelIndex === step.index;
  return stepDisplayNames(step.job, step).includes(measured.name);
}
