/**
 * What a change does to one workflow's job graph: jobs and `needs` edges added or removed, matrix sizes, the
 * critical path before and after, and every gate a job stops waiting for. Seed 003 dropped a transitive gate twice
 * while parallelising a job by removing `needs:`; this is the check that would have caught it.
 */
import { reachable } from '../workflow/job-graph.ts';
import type { Workflow } from '../workflow/model.ts';
import { criticalPath, graphNodes } from './critical-path.ts';
import type { CriticalPath, JobTiming } from './critical-path.ts';

export interface DroppedGate {
  /** The job that no longer waits. */
  readonly job: string;
  /** The job it used to wait for, directly or through others. */
  readonly gate: string;
  /** The chain it waited through before: `job → … → gate`. */
  readonly path: readonly string[];
  /** The `needs` edge of that chain that the change removed. */
  readonly cut: readonly [string, string];
}

export interface WorkflowDiff {
  readonly path: string;
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly jobsAdded: readonly string[];
  readonly jobsRemoved: readonly string[];
  readonly needsAdded: readonly (readonly [string, string])[];
  readonly needsRemoved: readonly (readonly [string, string])[];
  readonly matrixChanges: readonly {
    readonly job: string;
    readonly before: number | undefined;
    readonly after: number | undefined;
  }[];
  readonly criticalPath: {
    readonly before: CriticalPath | undefined;
    readonly after: CriticalPath | undefined;
  };
  readonly droppedGates: readonly DroppedGate[];
}

export function diffWorkflow(
  path: string,
  before: Workflow | undefined,
  after: Workflow | undefined,
  timing?: (workflow: Workflow, jobId: string) => JobTiming | undefined,
): WorkflowDiff {
  const beforeJobs = new Set(before?.jobs.map((job) => job.id) ?? []);
  const afterJobs = new Set(after?.jobs.map((job) => job.id) ?? []);
  const edges = (workflow: Workflow | undefined): Map<string, readonly [string, string]> => {
    const result = new Map<string, readonly [string, string]>();
    for (const [job, needs] of workflow?.graph.needs ?? [])
      for (const need of needs) result.set(`${job}\0${need}`, [job, need]);
    return result;
  };
  const beforeEdges = edges(before);
  const afterEdges = edges(after);
  const matrixChanges = [...beforeJobs]
    .filter((id) => afterJobs.has(id))
    .map((id) => ({
      job: id,
      before: before?.jobsById.get(id)?.matrix?.size,
      after: after?.jobsById.get(id)?.matrix?.size,
    }))
    .filter((change) => change.before !== change.after);
  const pathOf = (workflow: Workflow | undefined): CriticalPath | undefined =>
    workflow === undefined
      ? undefined
      : criticalPath(graphNodes(workflow, timing === undefined ? undefined : (id) => timing(workflow, id)));

  const diff = {
    path,
    jobsAdded: [...afterJobs].filter((id) => !beforeJobs.has(id)),
    jobsRemoved: [...beforeJobs].filter((id) => !afterJobs.has(id)),
    needsAdded: [...afterEdges].filter(([key]) => !beforeEdges.has(key)).map(([, edge]) => edge),
    needsRemoved: [...beforeEdges].filter(([key]) => !afterEdges.has(key)).map(([, edge]) => edge),
    matrixChanges,
    criticalPath: { before: pathOf(before), after: pathOf(after) },
    droppedGates: before === undefined || after === undefined ? [] : droppedGates(before, after),
  };
  const changed =
    diff.jobsAdded.length +
      diff.jobsRemoved.length +
      diff.needsAdded.length +
      diff.needsRemoved.length +
      matrixChanges.length >
    0;
  const status =
    before === undefined ? 'added' : after === undefined ? 'removed' : changed ? 'changed' : 'unchanged';
  return { ...diff, status };
}

/**
 * Every (job, gate) pair where the job waited for the gate before (transitively) and does not after, for jobs and
 * gates that exist on both sides. A gate still reached through another path is kept, not dropped.
 */
export function droppedGates(before: Workflow, after: Workflow): DroppedGate[] {
  return gatesLost(
    before.jobs.map((job) => job.id),
    before.graph.needs,
    after.jobs.map((job) => job.id),
    after.graph.needs,
  );
}

type Needs = ReadonlyMap<string, readonly string[]>;

/** `droppedGates` over bare graphs (job ids in written order and their needs), for what-ifs that edit `needs`. */
export function gatesLost(
  beforeJobs: readonly string[],
  beforeNeeds: Needs,
  afterJobs: readonly string[],
  afterNeeds: Needs,
): DroppedGate[] {
  const dropped: DroppedGate[] = [];
  const written = new Map(beforeJobs.map((id, index) => [id, index]));
  const existsAfter = new Set(afterJobs);
  for (const job of afterJobs) {
    if (!written.has(job)) continue;
    const upstreamAfter = reachable(afterNeeds, job);
    const lost: DroppedGate[] = [];
    for (const gate of reachable(beforeNeeds, job)) {
      if (upstreamAfter.has(gate) || !existsAfter.has(gate)) continue;
      const path = shortestNeedsPath(beforeNeeds, job, gate);
      const cut = firstRemovedEdge(path, afterNeeds) ?? [path[0] ?? job, path[1] ?? gate];
      lost.push({ job, gate, path, cut });
    }
    // Nearest gates first, then in the order the jobs are written: stable, and the direct cut leads.
    lost.sort(
      (a, b) => a.path.length - b.path.length || (written.get(a.gate) ?? 0) - (written.get(b.gate) ?? 0),
    );
    dropped.push(...lost);
  }
  return dropped;
}

/** The chain `from → … → to` through `needs` with the fewest jobs (breadth-first, needs in written order). */
function shortestNeedsPath(needs: Needs, from: string, to: string): string[] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === to) break;
    for (const need of needs.get(id) ?? []) {
      if (previous.has(need)) continue;
      previous.set(need, id);
      queue.push(need);
    }
  }
  const path = [to];
  for (let id = to; id !== from;) {
    id = previous.get(id) ?? from;
    path.unshift(id);
  }
  return path;
}

function firstRemovedEdge(path: readonly string[], afterNeeds: Needs): readonly [string, string] | undefined {
  for (let i = 0; i + 1 < path.length; i++) {
    const [job, need] = [path[i] as string, path[i + 1] as string];
    if (!(afterNeeds.get(job) ?? []).includes(need)) return [job, need];
  }
  return undefined;
}
