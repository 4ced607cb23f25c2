/** The job-graph diff of every workflow between two versions of a repository, with its gate-dropped findings. */
import { compareFindings } from '../findings/finding.ts';
import type { DiffReport } from '../report/diff.ts';
import type { Repository } from '../workflow/model.ts';
import { gateDroppedFindings } from './gate-findings.ts';
import { diffWorkflow } from './workflow-diff.ts';

export function diffRepositories(
  before: Repository,
  after: Repository,
  base: string,
  head: string,
): DiffReport {
  const paths = [...new Set([...before.workflows, ...after.workflows].map((w) => w.file.path))].sort();
  const find = (repository: Repository, path: string) =>
    repository.workflows.find((w) => w.file.path === path);
  const workflows = paths.map((path) => diffWorkflow(path, find(before, path), find(after, path)));
  const findings = workflows
    .flatMap((workflowDiff) => {
      const headWorkflow = find(after, workflowDiff.path);
      return headWorkflow === undefined ? [] : gateDroppedFindings(headWorkflow, workflowDiff.droppedGates);
    })
    .sort(compareFindings);
  return {
    base,
    head,
    workflows,
    findings,
    graphs: new Map(after.workflows.map((w) => [w.file.path, { jobs: w.graph.order, needs: w.graph.needs }])),
  };
}
