/** Builds the job-graph part of the HTML report from the model (and per-job durations when history has them). */
import { criticalPath, graphNodes } from '../simulate/critical-path.ts';
import type { JobTiming } from '../simulate/critical-path.ts';
import type { Repository } from '../workflow/model.ts';
import type { HtmlWorkflow } from './html.ts';

export function htmlWorkflows(
  repository: Repository,
  timing?: (workflowPath: string, jobId: string) => JobTiming | undefined,
): HtmlWorkflow[] {
  return repository.workflows.map((workflow) => {
    const nodes = graphNodes(
      workflow,
      timing === undefined ? undefined : (id) => timing(workflow.file.path, id),
    );
    const path = criticalPath(nodes);
    return {
      path: workflow.file.path,
      name: String(workflow.name?.value ?? workflow.file.path.split('/').pop() ?? ''),
      jobs: nodes.map((node) => ({
        id: node.id,
        needs: node.needs,
        ...detail(node.shards, node.timing),
      })),
      criticalPath: path.jobs,
      criticalMinutes: path.minutes,
    };
  });
}

function detail(shards: number | undefined, timing: JobTiming | undefined): { detail?: string } {
  const parts = [
    ...(shards === undefined ? ['dynamic matrix'] : shards > 1 ? [`${shards} shards`] : []),
    ...(timing === undefined ? [] : [`${timing.p50.toFixed(1)} min p50`]),
  ];
  return parts.length === 0 ? {} : { detail: parts.join(' · ') };
}
