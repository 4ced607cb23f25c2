/**
 * Runner pools for the replay. A job asks for a set of labels (`runs-on: [self-hosted, linux, cuda]`); a runner
 * takes any job whose labels it all carries, so `--runners LABELS=N` bounds the jobs whose labels are a subset of
 * LABELS (compared without case, as GitHub does):
 * https://docs.github.com/en/actions/how-tos/manage-runners/self-hosted-runners/use-in-a-workflow
 * A self-hosted pool that `--runners` does not bound gets the size its history shows: the most of its jobs that
 * ever ran at once. Bounding it matters: without a bound, a change in its load never changes its queue.
 */

import { percentile } from './percentile.ts';

/** Labels of a job or pool, lower-cased, trimmed, without duplicates. */
export function labelSet(labels: string): Set<string> {
  return new Set(
    labels
      .split(',')
      .map((label) => label.trim().toLowerCase())
      .filter((label) => label !== ''),
  );
}

/** The configured pool (by its key) that serves a job's labels: the first whose labels include all of them. */
export function poolResolver(pools: Readonly<Record<string, number>>): (jobLabels: string) => string {
  const sets = Object.keys(pools).map((key) => ({ key, labels: labelSet(key) }));
  const cache = new Map<string, string>();
  return (jobLabels) => {
    let resolved = cache.get(jobLabels);
    if (resolved === undefined) {
      const wanted = labelSet(jobLabels);
      resolved =
        sets.find((pool) => wanted.size > 0 && [...wanted].every((label) => pool.labels.has(label)))?.key ??
        jobLabels;
      cache.set(jobLabels, resolved);
    }
    return resolved;
  };
}

/** The configured pools that serve none of these job label sets. */
export function unusedPools(pools: Readonly<Record<string, number>>, jobLabels: Iterable<string>): string[] {
  const resolve = poolResolver(pools);
  const used = new Set([...jobLabels].map(resolve));
  return Object.keys(pools).filter((key) => !used.has(key));
}

export interface PoolJob {
  readonly labels: string;
  /** ms since the epoch; `created` is null in old payloads. */
  readonly created: number | null;
  readonly start: number;
  readonly end: number;
  readonly runner: string | null;
}

export interface InferredPool {
  readonly labels: string;
  /** The size used: the most jobs of the pool seen running at once. */
  readonly runners: number;
  /** Distinct runner names that took its jobs (ephemeral runners have a name per job). */
  readonly runnerNames: number;
  readonly jobs: number;
}

/**
 * Self-hosted label sets among `labels`, sized by their history: the peak number of jobs that held a runner at the
 * same moment (a job ending when another starts does not overlap it). `jobs` should be every job of the
 * repository on those labels in the window, of every workflow, since they all compete for the runners.
 */
export function inferPools(labels: Iterable<string>, jobs: readonly PoolJob[]): InferredPool[] {
  const wanted = [...new Set(labels)].filter((key) => labelSet(key).has('self-hosted')).sort();
  return wanted.flatMap((key) => {
    const own = jobs.filter((job) => job.labels === key && job.end > job.start);
    if (own.length === 0) return [];
    const events = own.flatMap((job) => [
      { at: job.start, change: 1 },
      { at: job.end, change: -1 },
    ]);
    // Ends before starts at the same instant: a runner handed from one job to the next is one runner.
    events.sort((a, b) => a.at - b.at || a.change - b.change);
    let running = 0;
    let peak = 0;
    for (const event of events) {
      running += event.change;
      peak = Math.max(peak, running);
    }
    const names = new Set(own.flatMap((job) => (job.runner === null ? [] : [job.runner])));
    return [{ labels: key, runners: peak, runnerNames: names.size, jobs: own.length }];
  });
}

/**
 * Milliseconds a runner of the pool takes between ending one job and starting the next that was waiting for it,
 * beyond the pick-up every job has: the median gap on one runner between a job's end and the start of a job created
 * before that end, less the pool's 10th percentile of queue times (the pick-up the replay already gives each job).
 * 0 when no runner was seen going from one waiting job to the next (ephemeral runners have a name per job).
 */
export function handoverOf(jobs: readonly PoolJob[]): number {
  const byRunner = new Map<string, PoolJob[]>();
  for (const job of jobs) {
    if (job.runner === null) continue;
    const list = byRunner.get(job.runner);
    if (list === undefined) byRunner.set(job.runner, [job]);
    else list.push(job);
  }
  const gaps: number[] = [];
  for (const list of byRunner.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1] as PoolJob;
      const next = list[i] as PoolJob;
      if (next.created !== null && next.created <= previous.end && next.start >= previous.end)
        gaps.push(next.start - previous.end);
    }
  }
  const queues = jobs.flatMap((job) => (job.created === null ? [] : [Math.max(0, job.start - job.created)]));
  const gap = percentile(gaps, 0.5);
  return gap === undefined ? 0 : Math.max(0, Math.round(gap - (percentile(queues, 0.1) ?? 0)));
}
