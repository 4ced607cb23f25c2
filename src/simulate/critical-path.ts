/**
 * The job graph of one workflow with durations, and its critical path: the chain of `needs` whose durations add up
 * to the longest time. A matrix job's shards run side by side, so the job lasts as long as its slowest shard; a
 * job whose duration is unknown counts as one step of the path, and the path is then reported by job count.
 */
import type { Workflow } from '../workflow/model.ts';

export interface JobTiming {
  /** Minutes from the job becoming runnable to its completion (queue + run), typical (p50) and slow (p90). */
  readonly p50: number;
  readonly p90: number;
}

export interface GraphNode {
  readonly id: string;
  readonly needs: readonly string[];
  /** Number of jobs GitHub starts for it (matrix size), when known. */
  readonly shards: number | undefined;
  readonly timing: JobTiming | undefined;
}

export interface CriticalPath {
  /** Job ids from the first job to the last. */
  readonly jobs: readonly string[];
  /** Total minutes at p50 and p90, when every job on the path has a timing. */
  readonly minutes: JobTiming | undefined;
  /** Earliest finish (p50 minutes) of every job, when known. */
  readonly finish: ReadonlyMap<string, number>;
}

export function graphNodes(
  workflow: Workflow,
  timing?: (jobId: string) => JobTiming | undefined,
): GraphNode[] {
  return workflow.graph.order.map((id) => {
    const job = workflow.jobsById.get(id);
    return {
      id,
      needs: workflow.graph.needs.get(id) ?? [],
      shards: job?.matrix === undefined ? 1 : job.matrix.size,
      timing: timing?.(id),
    };
  });
}

/**
 * Longest path through the DAG. Weights are p50 minutes when every node has a timing, else 1 per job (so that
 * without history the path is still the longest chain of jobs). Nodes must be in topological order. A `needs`
 * cycle (GitHub rejects the workflow; lint reports `needs-cycle`) must not hang the report, the diff or the
 * Action (issue 14): a need that is not yet finished when its dependent is reached is a back edge of a cycle, and
 * is left out, so the path is the longest one through the graph without those edges.
 */
export function criticalPath(nodes: readonly GraphNode[]): CriticalPath {
  const timed = nodes.length > 0 && nodes.every((node) => node.timing !== undefined);
  const weight = (node: GraphNode, key: 'p50' | 'p90'): number => (timed ? (node.timing?.[key] ?? 0) : 1);
  const finish = new Map<string, number>();
  const finish90 = new Map<string, number>();
  const via = new Map<string, string | undefined>();
  for (const node of nodes) {
    let start = 0;
    let start90 = 0;
    let previous: string | undefined;
    for (const need of node.needs) {
      const candidate = finish.get(need);
      if (candidate === undefined) continue;
      // Ties go to the first need as written, so the answer is stable.
      if (previous === undefined || candidate > start) {
        previous = need;
        start = candidate;
      }
      start90 = Math.max(start90, finish90.get(need) as number);
    }
    finish.set(node.id, start + weight(node, 'p50'));
    finish90.set(node.id, start90 + weight(node, 'p90'));
    via.set(node.id, previous);
  }
  let last: string | undefined;
  for (const node of nodes)
    if (last === undefined || (finish.get(node.id) ?? 0) > (finish.get(last) ?? 0)) last = node.id;
  // Every `via` edge points to a node finished earlier, so the walk ends; the set keeps it so if that changes.
  const onPath = new Set<string>();
  for (let id = last; id !== undefined && !onPath.has(id); id = via.get(id)) onPath.add(id);
  const jobs = [...onPath].reverse();
  const end = last === undefined ? 0 : (finish.get(last) ?? 0);
  const end90 = Math.max(0, ...finish90.values());
  return { jobs, minutes: timed ? { p50: end, p90: end90 } : undefined, finish: timed ? finish : new Map() };
}
