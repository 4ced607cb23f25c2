/**
 * A deterministic discrete-event simulation of workflow runs on runner pools of limited size.
 *
 * Runs arrive at their measured `created_at`; a job becomes ready when its `needs` have completed, waits in its
 * pool's FIFO queue for a free runner, and holds the runner for its measured duration. GitHub-hosted pools are
 * unbounded unless configured. With `concurrency`, a newer run of the same group cancels the older one
 * (`cancel-in-progress: true`) or replaces the older pending one (without it), as GitHub does:
 * https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/control-workflow-concurrency
 * Ties are broken by arrival order, so the same input always gives the same output.
 */

export interface SimJob {
  /** Unique within its run. */
  readonly key: string;
  readonly needs: readonly string[];
  /** Milliseconds the job holds a runner. */
  readonly duration: number;
  /** The runner pool (label set) it runs on. */
  readonly pool: string;
  /**
   * Milliseconds from getting a runner to starting (GitHub assigning and booting it): the job counts as queued
   * and holds the runner meanwhile, but is not billed for it. Default 0.
   */
  readonly pickup?: number | undefined;
}

export interface SimRun {
  readonly id: string;
  /** Milliseconds (e.g. since the epoch) when the run was created. */
  readonly arrival: number;
  readonly jobs: readonly SimJob[];
  /** Concurrency group; runs of one group exclude each other when concurrency is simulated. */
  readonly group?: string | undefined;
  readonly cancelInProgress?: boolean | undefined;
}

export interface SimOptions {
  /** Runners per pool; pools not named are unbounded. */
  readonly pools: Readonly<Record<string, number>>;
  /** Honour `group`/`cancelInProgress`. */
  readonly concurrency?: boolean;
}

export interface SimJobResult {
  readonly key: string;
  readonly ready: number;
  readonly start: number | undefined;
  readonly end: number | undefined;
  /** Cancelled before it started, or stopped while running. */
  readonly cancelled: boolean;
}

export interface SimRunResult {
  readonly id: string;
  readonly arrival: number;
  /** First job start → last job end, ms; undefined when no job ran. */
  readonly wallClock: number | undefined;
  readonly runnerTime: number;
  readonly cancelled: boolean;
  readonly jobs: readonly SimJobResult[];
}

interface JobState {
  readonly run: RunState;
  readonly job: SimJob;
  waitingFor: number;
  ready: number;
  start: number | undefined;
  end: number | undefined;
  cancelled: boolean;
  dependents: JobState[];
}

interface RunState {
  readonly run: SimRun;
  readonly order: number;
  jobs: JobState[];
  started: boolean;
  cancelled: boolean;
  remaining: number;
}

interface Pool {
  readonly capacity: number;
  busy: number;
  queue: JobState[];
  head: number;
}

const ARRIVE = 0;
const DONE = 1;

export function simulate(runs: readonly SimRun[], options: SimOptions): SimRunResult[] {
  const states: RunState[] = [...runs]
    .map((run, index) => ({ run, index }))
    .sort((a, b) => a.run.arrival - b.run.arrival || a.index - b.index)
    .map(({ run }, order) => ({ run, order, jobs: [], started: false, cancelled: false, remaining: run.jobs.length }));
  const pools = new Map<string, Pool>();
  const poolOf = (name: string): Pool => {
    let pool = pools.get(name);
    if (pool === undefined) {
      pool = { capacity: options.pools[name] ?? Number.POSITIVE_INFINITY, busy: 0, queue: [], head: 0 };
      pools.set(name, pool);
    }
    return pool;
  };
  const events = new EventQueue();
  for (const state of states) events.push(state.run.arrival, ARRIVE, state);

  // Per concurrency group: the run holding the group, and the one pending behind it.
  const active = new Map<string, RunState>();
  const pending = new Map<string, RunState>();

  const dispatch = (pool: Pool, now: number): void => {
    while (pool.busy < pool.capacity && pool.head < pool.queue.length) {
      const job = pool.queue[pool.head++] as JobState;
      if (job.cancelled) continue;
      pool.busy++;
      job.start = now + (job.job.pickup ?? 0);
      job.end = job.start + job.job.duration;
      events.push(job.end, DONE, job);
    }
    if (pool.head > 1024 && pool.head * 2 > pool.queue.length) {
      pool.queue = pool.queue.slice(pool.head);
      pool.head = 0;
    }
  };
  const makeReady = (job: JobState, now: number): void => {
    job.ready = now;
    const pool = poolOf(job.job.pool);
    pool.queue.push(job);
    dispatch(pool, now);
  };
  const startRun = (state: RunState, now: number): void => {
    state.started = true;
    const byKey = new Map<string, JobState>();
    state.jobs = state.run.jobs.map((job) => {
      const jobState: JobState = { run: state, job, waitingFor: 0, ready: now, start: undefined, end: undefined, cancelled: false, dependents: [] };
      byKey.set(job.key, jobState);
      return jobState;
    });
    for (const job of state.jobs) {
      for (const need of job.job.needs) {
        const upstream = byKey.get(need);
        if (upstream === undefined) continue;
        upstream.dependents.push(job);
        job.waitingFor++;
      }
    }
    if (state.jobs.length === 0) finishRun(state, now);
    for (const job of state.jobs) if (job.waitingFor === 0) makeReady(job, now);
  };
  const finishRun = (state: RunState, now: number): void => {
    const group = options.concurrency === true ? state.run.group : undefined;
    if (group === undefined || active.get(group) !== state) return;
    active.delete(group);
    const next = pending.get(group);
    if (next !== undefined) {
      pending.delete(group);
      active.set(group, next);
      startRun(next, now);
    }
  };
  const cancelRun = (state: RunState, now: number): void => {
    state.cancelled = true;
    for (const job of state.jobs) {
      if (job.end !== undefined && job.end <= now) continue;
      job.cancelled = true;
      if (job.start !== undefined) {
        // Cancelled while its runner was still being picked up: it never started.
        if (job.start > now) job.start = undefined;
        job.end = job.start === undefined ? undefined : now;
        const pool = poolOf(job.job.pool);
        pool.busy--;
        dispatch(pool, now);
      }
    }
    finishRun(state, now);
  };

  while (events.size > 0) {
    const { time: now, kind, payload } = events.pop();
    if (kind === ARRIVE) {
      const state = payload as RunState;
      const group = options.concurrency === true ? state.run.group : undefined;
      if (group === undefined) {
        startRun(state, now);
        continue;
      }
      const holder = active.get(group);
      if (holder === undefined) {
        active.set(group, state);
        startRun(state, now);
      } else if (state.run.cancelInProgress === true) {
        const waiting = pending.get(group);
        if (waiting !== undefined) {
          waiting.cancelled = true;
          pending.delete(group);
        }
        pending.set(group, state);
        cancelRun(holder, now);
      } else {
        // Without cancel-in-progress a newer pending run replaces the older pending one.
        const waiting = pending.get(group);
        if (waiting !== undefined) waiting.cancelled = true;
        pending.set(group, state);
      }
      continue;
    }
    const job = payload as JobState;
    if (job.cancelled) continue; // its runner was released when it was cancelled
    const pool = poolOf(job.job.pool);
    pool.busy--;
    job.run.remaining--;
    for (const dependent of job.dependents) {
      dependent.waitingFor--;
      if (dependent.waitingFor === 0 && !dependent.cancelled) makeReady(dependent, now);
    }
    dispatch(pool, now);
    if (job.run.remaining === 0) finishRun(job.run, now);
  }

  return states.map((state) => {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let runnerTime = 0;
    const jobs = state.jobs.map((job) => {
      if (job.start !== undefined && job.end !== undefined) {
        first = Math.min(first, job.start);
        last = Math.max(last, job.end);
        runnerTime += job.end - job.start;
      }
      return { key: job.job.key, ready: job.ready, start: job.start, end: job.end, cancelled: job.cancelled };
    });
    return {
      id: state.run.id,
      arrival: state.run.arrival,
      wallClock: Number.isFinite(first) ? last - first : undefined,
      runnerTime,
      cancelled: state.cancelled,
      jobs,
    };
  });
}

/** A binary min-heap of events ordered by time, then insertion order. */
class EventQueue {
  private times: number[] = [];
  private seqs: number[] = [];
  private kinds: number[] = [];
  private payloads: unknown[] = [];
  private counter = 0;

  get size(): number {
    return this.times.length;
  }

  push(time: number, kind: number, payload: unknown): void {
    this.times.push(time);
    this.seqs.push(this.counter++);
    this.kinds.push(kind);
    this.payloads.push(payload);
    this.up(this.times.length - 1);
  }

  pop(): { time: number; kind: number; payload: unknown } {
    const top = { time: this.times[0] as number, kind: this.kinds[0] as number, payload: this.payloads[0] };
    const last = this.times.length - 1;
    this.move(last, 0);
    this.times.pop();
    this.seqs.pop();
    this.kinds.pop();
    this.payloads.pop();
    if (this.times.length > 0) this.down(0);
    return top;
  }

  private less(a: number, b: number): boolean {
    const ta = this.times[a] as number;
    const tb = this.times[b] as number;
    return ta < tb || (ta === tb && (this.seqs[a] as number) < (this.seqs[b] as number));
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from] as number;
    this.seqs[to] = this.seqs[from] as number;
    this.kinds[to] = this.kinds[from] as number;
    this.payloads[to] = this.payloads[from];
  }

  private swap(a: number, b: number): void {
    const time = this.times[a] as number;
    const seq = this.seqs[a] as number;
    const kind = this.kinds[a] as number;
    const payload = this.payloads[a];
    this.move(b, a);
    this.times[b] = time;
    this.seqs[b] = seq;
    this.kinds[b] = kind;
    this.payloads[b] = payload;
  }

  private up(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(index: number): void {
    let i = index;
    const n = this.times.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && this.less(left, smallest)) smallest = left;
      if (right < n && this.less(right, smallest)) smallest = right;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
