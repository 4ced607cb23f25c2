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
  /**
   * Milliseconds a runner of the pool takes, after a job ends, before it can take the next one (cleaning up,
   * re-registering); pools not named hand over at once.
   */
  readonly handover?: Readonly<Record<string, number>>;
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

const ARRIVE = 0;
const DONE = 1;
/** A runner of the pool (the payload) becomes free after its handover. */
const RELEASE = 2;
/** Start and end of a job that has not started (typed arrays hold no `undefined`). */
const NOT_YET = Number.NaN;

/**
 * The state lives in flat typed arrays indexed by job (runs in arrival order, their jobs in order) rather than in
 * an object and a `Map` per job and run: 10,000 runs of 50 jobs allocated half a million objects, and the garbage
 * collector's work was most of the time and a gigabyte of RSS. The dependency structure of every run is built once,
 * up front, as compressed rows (`dependentsStart`/`dependents`), with one reusable key index.
 */
export function simulate(runs: readonly SimRun[], options: SimOptions): SimRunResult[] {
  const sorted = [...runs]
    .map((run, index) => ({ run, index }))
    .sort((a, b) => a.run.arrival - b.run.arrival || a.index - b.index)
    .map(({ run }) => run);
  const runCount = sorted.length;
  const concurrency = options.concurrency === true;

  // Jobs of run r are firstJob[r] … firstJob[r + 1] - 1.
  const firstJob = new Int32Array(runCount + 1);
  let needCount = 0;
  for (let r = 0; r < runCount; r++) {
    const jobs = (sorted[r] as SimRun).jobs;
    firstJob[r + 1] = (firstJob[r] as number) + jobs.length;
    for (const job of jobs) needCount += job.needs.length;
  }
  const jobCount = firstJob[runCount] as number;
  const runOf = new Int32Array(jobCount);
  const duration = new Float64Array(jobCount);
  const pickup = new Float64Array(jobCount);
  const poolOfJob = new Int32Array(jobCount);
  const waitingFor = new Int32Array(jobCount);
  const ready = new Float64Array(jobCount);
  const start = new Float64Array(jobCount).fill(NOT_YET);
  const end = new Float64Array(jobCount).fill(NOT_YET);
  const jobCancelled = new Uint8Array(jobCount);
  const initialWaiting = new Int32Array(jobCount);
  const dependentsStart = new Int32Array(jobCount + 1);
  const dependents = new Int32Array(needCount);
  const upstreamOfNeed = new Int32Array(needCount);

  const pools = new PoolSet(options.pools, options.handover ?? {});
  const indexOfKey = new Map<string, number>();
  let need = 0;
  for (let r = 0; r < runCount; r++) {
    const jobs = (sorted[r] as SimRun).jobs;
    const first = firstJob[r] as number;
    // A later job of the same key wins, as it did when the key index was built per run.
    indexOfKey.clear();
    for (let j = 0; j < jobs.length; j++) indexOfKey.set((jobs[j] as SimJob).key, first + j);
    for (let j = 0; j < jobs.length; j++) {
      const job = jobs[j] as SimJob;
      const index = first + j;
      runOf[index] = r;
      duration[index] = job.duration;
      pickup[index] = job.pickup ?? 0;
      poolOfJob[index] = pools.indexOf(job.pool);
      for (const key of job.needs) {
        // A need that names no job of the run is ignored (the model reports it as unknown-needs).
        const upstream = indexOfKey.get(key) ?? -1;
        upstreamOfNeed[need++] = upstream;
        if (upstream === -1) continue;
        dependentsStart[upstream + 1] = (dependentsStart[upstream + 1] as number) + 1;
        initialWaiting[index] = (initialWaiting[index] as number) + 1;
      }
    }
  }
  for (let index = 0; index < jobCount; index++)
    dependentsStart[index + 1] = (dependentsStart[index + 1] as number) + (dependentsStart[index] as number);
  // Dependents in job order, then needs order: the order in which they become ready on a tie.
  const filled = dependentsStart.slice(0, jobCount);
  need = 0;
  for (let index = 0; index < jobCount; index++) {
    const needs = (
      (sorted[runOf[index] as number] as SimRun).jobs[
        index - (firstJob[runOf[index] as number] as number)
      ] as SimJob
    ).needs;
    for (let n = 0; n < needs.length; n++) {
      const upstream = upstreamOfNeed[need++] as number;
      if (upstream === -1) continue;
      const slot = filled[upstream] as number;
      dependents[slot] = index;
      filled[upstream] = slot + 1;
    }
  }

  const started = new Uint8Array(runCount);
  const runCancelled = new Uint8Array(runCount);
  const remaining = new Int32Array(runCount);
  for (let r = 0; r < runCount; r++) remaining[r] = (firstJob[r + 1] as number) - (firstJob[r] as number);
  const events = new EventQueue();
  for (let r = 0; r < runCount; r++) events.push((sorted[r] as SimRun).arrival, ARRIVE, r);

  // Per concurrency group: the run holding the group, and the one pending behind it.
  const active = new Map<string, number>();
  const pending = new Map<string, number>();

  const dispatch = (pool: number, now: number): void => {
    const queue = pools.queues[pool] as number[];
    let head = pools.heads[pool] as number;
    while ((pools.busy[pool] as number) < (pools.capacity[pool] as number) && head < queue.length) {
      const job = queue[head++] as number;
      if (jobCancelled[job] === 1) continue;
      pools.busy[pool] = (pools.busy[pool] as number) + 1;
      start[job] = now + (pickup[job] as number);
      end[job] = (start[job] as number) + (duration[job] as number);
      events.push(end[job] as number, DONE, job);
    }
    if (head > 1024 && head * 2 > queue.length) {
      pools.queues[pool] = queue.slice(head);
      head = 0;
    }
    pools.heads[pool] = head;
  };
  const makeReady = (job: number, now: number): void => {
    ready[job] = now;
    const pool = poolOfJob[job] as number;
    (pools.queues[pool] as number[]).push(job);
    dispatch(pool, now);
  };
  const startRun = (run: number, now: number): void => {
    started[run] = 1;
    const first = firstJob[run] as number;
    const last = firstJob[run + 1] as number;
    for (let job = first; job < last; job++) {
      ready[job] = now;
      waitingFor[job] = initialWaiting[job] as number;
    }
    if (first === last) finishRun(run, now);
    for (let job = first; job < last; job++) if (waitingFor[job] === 0) makeReady(job, now);
  };
  const finishRun = (run: number, now: number): void => {
    const group = concurrency ? (sorted[run] as SimRun).group : undefined;
    if (group === undefined || active.get(group) !== run) return;
    active.delete(group);
    const next = pending.get(group);
    if (next !== undefined) {
      pending.delete(group);
      active.set(group, next);
      startRun(next, now);
    }
  };
  const cancelRun = (run: number, now: number): void => {
    runCancelled[run] = 1;
    // A run that never started has no job state to cancel.
    const last = started[run] === 1 ? (firstJob[run + 1] as number) : (firstJob[run] as number);
    for (let job = firstJob[run] as number; job < last; job++) {
      if ((end[job] as number) <= now) continue; // false for NaN: not started yet
      jobCancelled[job] = 1;
      if (!Number.isNaN(start[job] as number)) {
        // Cancelled while its runner was still being picked up: it never started.
        if ((start[job] as number) > now) start[job] = NOT_YET;
        end[job] = Number.isNaN(start[job] as number) ? NOT_YET : now;
        const pool = poolOfJob[job] as number;
        pools.busy[pool] = (pools.busy[pool] as number) - 1;
        dispatch(pool, now);
      }
    }
    finishRun(run, now);
  };

  while (events.size > 0) {
    events.pop();
    const now = events.topTime;
    if (events.topKind === ARRIVE) {
      const run = events.topPayload;
      const { group, cancelInProgress } = sorted[run] as SimRun;
      if (!concurrency || group === undefined) {
        startRun(run, now);
        continue;
      }
      const holder = active.get(group);
      if (holder === undefined) {
        active.set(group, run);
        startRun(run, now);
      } else if (cancelInProgress === true) {
        const waiting = pending.get(group);
        if (waiting !== undefined) {
          runCancelled[waiting] = 1;
          pending.delete(group);
        }
        pending.set(group, run);
        cancelRun(holder, now);
      } else {
        // Without cancel-in-progress a newer pending run replaces the older pending one.
        const waiting = pending.get(group);
        if (waiting !== undefined) runCancelled[waiting] = 1;
        pending.set(group, run);
      }
      continue;
    }
    if (events.topKind === RELEASE) {
      const pool = events.topPayload;
      pools.busy[pool] = (pools.busy[pool] as number) - 1;
      dispatch(pool, now);
      continue;
    }
    const job = events.topPayload;
    if (jobCancelled[job] === 1) continue; // its runner was released when it was cancelled
    const pool = poolOfJob[job] as number;
    const handover = pools.handover[pool] as number;
    if (handover > 0) events.push(now + handover, RELEASE, pool);
    else pools.busy[pool] = (pools.busy[pool] as number) - 1;
    const run = runOf[job] as number;
    remaining[run] = (remaining[run] as number) - 1;
    for (let d = dependentsStart[job] as number; d < (dependentsStart[job + 1] as number); d++) {
      const dependent = dependents[d] as number;
      const waiting = (waitingFor[dependent] as number) - 1;
      waitingFor[dependent] = waiting;
      if (waiting === 0 && jobCancelled[dependent] === 0) makeReady(dependent, now);
    }
    dispatch(pool, now);
    if (remaining[run] === 0) finishRun(run, now);
  }

  const results: SimRunResult[] = new Array(runCount);
  for (let r = 0; r < runCount; r++) {
    const run = sorted[r] as SimRun;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let runnerTime = 0;
    const jobs: SimJobResult[] = [];
    if (started[r] === 1) {
      const base = firstJob[r] as number;
      for (let job = base; job < (firstJob[r + 1] as number); job++) {
        const jobStart = start[job] as number;
        const jobEnd = end[job] as number;
        const ran = !Number.isNaN(jobStart);
        if (ran) {
          first = Math.min(first, jobStart);
          last = Math.max(last, jobEnd);
          runnerTime += jobEnd - jobStart;
        }
        jobs.push({
          key: (run.jobs[job - base] as SimJob).key,
          ready: ready[job] as number,
          start: ran ? jobStart : undefined,
          end: Number.isNaN(jobEnd) ? undefined : jobEnd,
          cancelled: jobCancelled[job] === 1,
        });
      }
    }
    results[r] = {
      id: run.id,
      arrival: run.arrival,
      wallClock: Number.isFinite(first) ? last - first : undefined,
      runnerTime,
      cancelled: runCancelled[r] === 1,
      jobs,
    };
  }
  return results;
}

/** Runner pools by index: capacity (unbounded unless configured), busy runners, FIFO queue of jobs. */
class PoolSet {
  readonly capacity: number[] = [];
  readonly busy: number[] = [];
  readonly queues: number[][] = [];
  readonly heads: number[] = [];
  readonly handover: number[] = [];
  private readonly byName = new Map<string, number>();
  private readonly sizes: Readonly<Record<string, number>>;
  private readonly handovers: Readonly<Record<string, number>>;

  constructor(sizes: Readonly<Record<string, number>>, handovers: Readonly<Record<string, number>>) {
    this.sizes = sizes;
    this.handovers = handovers;
  }

  indexOf(name: string): number {
    let index = this.byName.get(name);
    if (index === undefined) {
      index = this.capacity.length;
      this.byName.set(name, index);
      this.capacity.push(this.sizes[name] ?? Number.POSITIVE_INFINITY);
      this.handover.push(this.handovers[name] ?? 0);
      this.busy.push(0);
      this.queues.push([]);
      this.heads.push(0);
    }
    return index;
  }
}

/**
 * A binary min-heap of events ordered by time, then insertion order, in typed arrays. `pop` leaves the event in
 * `topTime`, `topKind` and `topPayload` rather than allocating an object per event.
 */
class EventQueue {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private kinds = new Uint8Array(1024);
  private payloads = new Int32Array(1024);
  private length = 0;
  private counter = 0;
  topTime = 0;
  topKind = 0;
  topPayload = 0;

  get size(): number {
    return this.length;
  }

  push(time: number, kind: number, payload: number): void {
    if (this.length === this.times.length) this.grow();
    let i = this.length++;
    const seq = this.counter++;
    // Sift up: move parents down until the new event's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = this.times[parent] as number;
      if (pt < time || (pt === time && (this.seqs[parent] as number) < seq)) break;
      this.set(
        i,
        pt,
        this.seqs[parent] as number,
        this.kinds[parent] as number,
        this.payloads[parent] as number,
      );
      i = parent;
    }
    this.set(i, time, seq, kind, payload);
  }

  pop(): void {
    this.topTime = this.times[0] as number;
    this.topKind = this.kinds[0] as number;
    this.topPayload = this.payloads[0] as number;
    const n = --this.length;
    if (n === 0) return;
    // Sift the last event down from the root.
    const time = this.times[n] as number;
    const seq = this.seqs[n] as number;
    const kind = this.kinds[n] as number;
    const payload = this.payloads[n] as number;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && this.before(right, left)) child = right;
      const ct = this.times[child] as number;
      if (time < ct || (time === ct && seq < (this.seqs[child] as number))) break;
      this.set(
        i,
        ct,
        this.seqs[child] as number,
        this.kinds[child] as number,
        this.payloads[child] as number,
      );
      i = child;
    }
    this.set(i, time, seq, kind, payload);
  }

  private before(a: number, b: number): boolean {
    const ta = this.times[a] as number;
    const tb = this.times[b] as number;
    return ta < tb || (ta === tb && (this.seqs[a] as number) < (this.seqs[b] as number));
  }

  private set(i: number, time: number, seq: number, kind: number, payload: number): void {
    this.times[i] = time;
    this.seqs[i] = seq;
    this.kinds[i] = kind;
    this.payloads[i] = payload;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    times.set(this.times);
    this.times = times;
    const seqs = new Float64Array(size);
    seqs.set(this.seqs);
    this.seqs = seqs;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const payloads = new Int32Array(size);
    payloads.set(this.payloads);
    this.payloads = payloads;
  }
}
