/** The `needs` graph of one workflow: order, transitive closure, and the problems GitHub would reject. */
import type { Job, JobGraph, ModelProblem } from './model.ts';

export function buildJobGraph(jobs: readonly Job[], problems: ModelProblem[]): JobGraph {
  // Job ids are case-insensitive (`needs: [Build]` waits for `build`), as GitHub and actionlint treat them.
  const idsByFolded = new Map(jobs.map((job) => [job.id.toLowerCase(), job.id]));
  const needs = new Map<string, string[]>();
  for (const job of jobs) {
    const known: string[] = [];
    for (const need of job.needs) {
      const id = String(need.value);
      const canonical = idsByFolded.get(id.toLowerCase());
      if (canonical !== undefined) {
        if (!known.includes(canonical)) known.push(canonical);
      } else
        problems.push({
          ruleId: 'unknown-needs',
          message: `Job \`${job.id}\` needs \`${id}\`, which is not a job of this workflow; GitHub rejects the workflow.`,
          range: need.range,
        });
    }
    needs.set(job.id, known);
  }

  const order = topologicalOrder(jobs, needs, idsByFolded, problems);
  const upstreamCache = new Map<string, ReadonlySet<string>>();
  const upstream = (jobId: string): ReadonlySet<string> => {
    const cached = upstreamCache.get(jobId);
    if (cached !== undefined) return cached;
    const seen = reachable(needs, jobId);
    upstreamCache.set(jobId, seen);
    return seen;
  };
  // Rules ask for the downstream of every job (gates, critical paths): walk the reversed edges once per job.
  const downstreamCache = new Map<string, ReadonlySet<string>>();
  let dependents: Map<string, string[]> | undefined;
  const downstream = (jobId: string): ReadonlySet<string> => {
    const cached = downstreamCache.get(jobId);
    if (cached !== undefined) return cached;
    dependents ??= reverse(needs);
    const seen = reachable(dependents, jobId);
    // Same order as the jobs are written, as before.
    const ordered: ReadonlySet<string> = new Set(jobs.map((job) => job.id).filter((id) => seen.has(id)));
    downstreamCache.set(jobId, ordered);
    return ordered;
  };
  return { order, needs, upstream, downstream };
}

/** Every node reachable from `start` along `edges` (not `start` itself, unless on a cycle). */
export function reachable(edges: ReadonlyMap<string, readonly string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(edges.get(start) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  return seen;
}

function reverse(needs: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const dependents = new Map<string, string[]>();
  for (const [job, needed] of needs) {
    for (const need of needed) {
      const list = dependents.get(need) ?? [];
      list.push(job);
      dependents.set(need, list);
    }
  }
  return dependents;
}

/**
 * Depth-first post-order over `needs`, jobs in written order. Iterative: a 5,000-job `needs` chain overflowed the
 * call stack of the recursive walk (issue 14).
 */
function topologicalOrder(
  jobs: readonly Job[],
  needs: ReadonlyMap<string, readonly string[]>,
  idsByFolded: ReadonlyMap<string, string>,
  problems: ModelProblem[],
): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const reported = new Set<string>();
  const reportCycle = (id: string, path: readonly string[]): void => {
    const cycle = path.slice(path.indexOf(id));
    const key = [...cycle].sort().join(',');
    const job = byId.get(id);
    if (reported.has(key) || job === undefined) return;
    reported.add(key);
    const need =
      job.needs.find((n) => cycle.includes(idsByFolded.get(String(n.value).toLowerCase()) ?? '')) ??
      job.needs[0];
    problems.push({
      ruleId: 'needs-cycle',
      message: `Jobs wait for each other in a cycle (${[...cycle, id].map((j) => `\`${j}\``).join(' → ')}); GitHub rejects the workflow.`,
      range: need?.range ?? job.key.range,
    });
  };
  // The jobs being visited, outermost first, each with the index of its next need to visit.
  const path: string[] = [];
  const next: number[] = [];
  for (const job of jobs) {
    if (state.has(job.id)) continue;
    state.set(job.id, 'visiting');
    path.push(job.id);
    next.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const id = path[top] as string;
      const needed = needs.get(id) ?? [];
      const index = next[top] as number;
      if (index < needed.length) {
        next[top] = index + 1;
        const need = needed[index] as string;
        const current = state.get(need);
        if (current === 'visiting') reportCycle(need, path);
        else if (current === undefined) {
          state.set(need, 'visiting');
          path.push(need);
          next.push(0);
        }
        continue;
      }
      state.set(id, 'done');
      order.push(id);
      path.pop();
      next.pop();
    }
  }
  return order;
}
