/**
 * Turns measured runs into a plan the simulator replays: one planned job per measured job (every shard), with the
 * model's `needs` applied between shards, and each job's steps kept so that scenarios can change them and so that
 * the time to the first test output can be computed.
 */
import type { Workflow } from '../workflow/model.ts';
import type { MeasuredRun, MeasuredStep } from './measured.ts';
import { percentile, spread } from './percentile.ts';
import type { Spread } from './percentile.ts';
import { simulate } from './runner-pool.ts';
import type { SimOptions, SimRun, SimRunResult } from './runner-pool.ts';

export interface PlannedJob {
  readonly key: string;
  readonly jobId: string;
  readonly needs: readonly string[];
  readonly pool: string;
  readonly minutes: number;
  readonly steps: readonly MeasuredStep[];
  /** The measured wait from runnable to started, when known: where the replay takes runner pick-up latency from. */
  readonly queueMinutes?: number | undefined;
}

export interface PlannedRun {
  readonly id: number;
  readonly arrival: number;
  readonly event: string;
  readonly branch: string | null;
  readonly jobs: readonly PlannedJob[];
  /**
   * When its first job became runnable (ms), when measured: runs created in the same second (every workflow a push
   * triggers) queue for a shared pool in the order GitHub created their jobs, not in the order they are listed.
   */
  readonly firstJobCreated?: number | undefined;
}

export interface Figures {
  readonly runnerMinutesPerRun: Spread | undefined;
  readonly wallClockMinutes: Spread | undefined;
  readonly queueMinutes: Spread | undefined;
  /** p50 of the minutes from a run's creation to the start of its first test step; undefined when none is seen. */
  readonly firstTestOutputMinutes: number | undefined;
}

const MINUTE = 60_000;
/** Steps whose name or command shows that tests run; the first of them is the first test output. */
const TEST_STEP =
  /\b(test|tests|pytest|jest|vitest|mocha|rspec|phpunit|ctest|regression|e2e|playwright|cypress)\b/i;

export function planRuns(workflow: Workflow, runs: readonly MeasuredRun[]): PlannedRun[] {
  return runs.map((run) => {
    const shardsOf = new Map<string, string[]>();
    for (const job of run.jobs) shardsOf.set(job.jobId, [...(shardsOf.get(job.jobId) ?? []), job.name]);
    return {
      id: run.id,
      arrival: run.createdAt,
      event: run.event,
      branch: run.branch,
      firstJobCreated: earliest(run.jobs.map((job) => job.createdAt)),
      jobs: run.jobs.map((job) => ({
        key: job.name,
        jobId: job.jobId,
        needs: (workflow.graph.needs.get(job.jobId) ?? []).flatMap((need) => shardsOf.get(need) ?? []),
        pool: job.pool,
        minutes: job.minutes,
        steps: job.steps,
        queueMinutes: job.queueMinutes,
      })),
    };
  });
}

function earliest(times: readonly (number | undefined)[]): number | undefined {
  const known = times.filter((time): time is number => time !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
}

export interface ReplayOptions extends SimOptions {
  /** The concurrency group of a run, when concurrency is simulated. */
  readonly groupOf?: (run: PlannedRun) => { group: string; cancelInProgress: boolean } | undefined;
}

/**
 * Replays `runs` on the pools; `background` runs (other workflows on the same bounded pools) take runners too but
 * are not counted in the figures. Results are in the order of `runs`.
 */
export function replay(
  runs: readonly PlannedRun[],
  options: ReplayOptions,
  background: readonly PlannedRun[] = [],
): { results: SimRunResult[]; figures: Figures } {
  const pickup = pickupOf([...runs, ...background], options.pools);
  const simRun = (run: PlannedRun, grouped: boolean): SimRun => {
    const group = grouped ? options.groupOf?.(run) : undefined;
    return {
      id: String(run.id),
      arrival: run.arrival,
      group: group?.group,
      cancelInProgress: group?.cancelInProgress,
      jobs: run.jobs.map((job) => ({
        key: job.key,
        needs: job.needs,
        duration: Math.round(job.minutes * MINUTE),
        pool: job.pool,
        pickup: pickup(job),
      })),
    };
  };
  const ordered = [
    ...runs.map((run) => ({ run, grouped: true })),
    ...background.map((run) => ({ run, grouped: false })),
  ].sort(
    (a, b) =>
      a.run.arrival - b.run.arrival ||
      (a.run.firstJobCreated ?? a.run.arrival) - (b.run.firstJobCreated ?? b.run.arrival) ||
      // GitHub's timestamps are whole seconds; its ids grow in creation order.
      a.run.id - b.run.id,
  );
  const simulated = simulate(
    ordered.map(({ run, grouped }) => simRun(run, grouped)),
    options,
  );
  const byId = new Map(simulated.map((result) => [result.id, result]));
  const results = runs.map((run) => byId.get(String(run.id)) as SimRunResult);
  return { results, figures: figuresOf(runs, results) };
}

/**
 * Runner pick-up latency (ms) per job. On a pool the replay does not bound (GitHub-hosted), no runner is waited
 * for, so a job's measured queue time is all pick-up: it is replayed as measured. On a bounded pool the measured
 * queue mixes pick-up with waiting for a runner; the pick-up is the pool's 10th percentile of measured queue times
 * (the jobs that found a runner free), and the waiting is what the simulation reproduces.
 */
function pickupOf(
  runs: readonly PlannedRun[],
  pools: Readonly<Record<string, number>>,
): (job: PlannedJob) => number {
  const bounded = new Map<string, number>();
  for (const pool of Object.keys(pools)) {
    const queues = runs.flatMap((run) =>
      run.jobs
        .filter((job) => job.pool === pool && job.queueMinutes !== undefined)
        .map((job) => job.queueMinutes as number),
    );
    bounded.set(pool, Math.round((percentile(queues, 0.1) ?? 0) * MINUTE));
  }
  return (job) => bounded.get(job.pool) ?? Math.round((job.queueMinutes ?? 0) * MINUTE);
}

export function figuresOf(runs: readonly PlannedRun[], results: readonly SimRunResult[]): Figures {
  const runner: number[] = [];
  const wall: number[] = [];
  const queue: number[] = [];
  const firstTest: number[] = [];
  results.forEach((result, index) => {
    const run = runs[index];
    if (run === undefined) return;
    runner.push(result.runnerTime / MINUTE);
    if (result.wallClock !== undefined) wall.push(result.wallClock / MINUTE);
    let earliestTest = Number.POSITIVE_INFINITY;
    result.jobs.forEach((job, jobIndex) => {
      if (job.start === undefined) return;
      queue.push((job.start - job.ready) / MINUTE);
      const offset = firstTestOffset(run.jobs[jobIndex]?.steps ?? []);
      if (offset !== undefined)
        earliestTest = Math.min(earliestTest, (job.start - result.arrival) / MINUTE + offset);
    });
    if (Number.isFinite(earliestTest)) firstTest.push(earliestTest);
  });
  return {
    runnerMinutesPerRun: spread(runner),
    wallClockMinutes: spread(wall),
    queueMinutes: spread(queue),
    firstTestOutputMinutes: spread(firstTest)?.p50,
  };
}

/**
 * Minutes from a job's start to the start of its first test step. Steps run one after another, except a step
 * marked `parallel`, which starts with the step before it: a test step that runs beside a type check starts when
 * the type check does, not after it (issue 9).
 */
export function firstTestOffset(steps: readonly MeasuredStep[]): number | undefined {
  let groupStart = 0;
  let groupEnd = 0;
  for (const step of steps) {
    if (step.parallel !== true) groupStart = groupEnd;
    // No later step starts before this one: a parallel member starts with it, any other after it.
    if (TEST_STEP.test(step.name)) return groupStart;
    groupEnd = Math.max(groupEnd, groupStart + step.minutes);
  }
  return undefined;
}
