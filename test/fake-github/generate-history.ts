/**
 * A seeded, deterministic history of GitHub Actions runs, for the fake API and for checking ciscope's figures.
 *
 * The shapes follow the real recordings in /work/shared/data/github-api-recordings (see its README): matrix
 * shards, `needs` chains whose job `created_at` is the time the needed job finished, re-runs (attempt 2 kept by
 * `filter=all`), pull-request runs superseded by a newer push to the same branch, cancelled runs, steps with local
 * time offsets (`+09:00`) and parallel steps, post steps whose numbers jump, and old jobs without `created_at`.
 * Queue times on the self-hosted pool are not drawn at random: they emerge from two runners serving every job.
 *
 * The ground truth is summed here from the generated jobs, independently of ciscope's code.
 */
import { seededRandom } from './random.ts';
import type { Random } from './random.ts';

export interface GeneratedWorkflow {
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly state: 'active' | 'disabled_manually';
  readonly createdAt: number;
}

export interface GeneratedStep {
  readonly number: number;
  readonly name: string;
  readonly conclusion: 'success' | 'failure' | 'skipped' | 'cancelled';
  readonly startedAt: number;
  readonly completedAt: number;
}

export interface GeneratedJob {
  readonly id: number;
  readonly runId: number;
  readonly attempt: number;
  readonly name: string;
  readonly labels: readonly string[];
  readonly runnerName: string | null;
  readonly runnerGroupName: string | null;
  /** When the job became runnable. */
  readonly createdAt: number;
  /** False for old payloads from before GitHub added `created_at` to jobs. */
  readonly hasCreatedAt: boolean;
  readonly startedAt: number;
  readonly completedAt: number;
  readonly conclusion: 'success' | 'failure' | 'skipped' | 'cancelled';
  readonly steps: readonly GeneratedStep[];
  /** The UTC offset (minutes) the API renders this job's step times in. */
  readonly stepOffsetMinutes: number;
}

export interface GeneratedAttempt {
  readonly number: number;
  readonly startedAt: number;
  readonly completedAt: number;
  readonly conclusion: 'success' | 'failure' | 'cancelled';
  readonly jobs: readonly GeneratedJob[];
}

export interface GeneratedRun {
  readonly id: number;
  readonly workflowId: number;
  readonly runNumber: number;
  readonly event: 'push' | 'pull_request' | 'schedule';
  readonly headBranch: string;
  readonly headSha: string;
  readonly displayTitle: string;
  readonly pullRequest: number | null;
  readonly createdAt: number;
  readonly attempts: readonly GeneratedAttempt[];
}

export interface WorkflowTruth {
  readonly runs: number;
  /** Jobs of every attempt. */
  readonly jobs: number;
  readonly steps: number;
  /** Σ (completed_at − started_at) over the jobs of every attempt, in minutes. */
  readonly runnerMinutes: number;
  readonly supersededRuns: number;
  /** Runner-minutes of pull-request runs that a newer push to the same branch superseded while they ran. */
  readonly supersededRunMinutes: number;
  /**
   * What `cancel-in-progress` would have saved, by docs/metrics.md: for each run A and the first newer run B of the
   * same workflow, event and branch created while A was in progress, Σ max(0, completed − max(started, B.created))
   * over A's jobs.
   */
  readonly supersededWasteMinutes: number;
  readonly rerunRuns: number;
  /** Runner-minutes of attempts that a later attempt replaced. */
  readonly failedAttemptMinutes: number;
  readonly cancelledRuns: number;
  /** The longest wait between a job becoming runnable and starting, in seconds. */
  readonly maxQueueSeconds: number;
  /**
   * With `cacheMissRate`: minutes the `Install dependencies` steps after `astral-sh/setup-uv` spent downloading
   * what a cache miss left out (the extra drawn for each miss, in completed installs only), by job name.
   */
  readonly cacheMissMinutes: Readonly<Record<string, number>>;
}

export interface GeneratedHistory {
  readonly owner: string;
  readonly repo: string;
  readonly workflows: readonly GeneratedWorkflow[];
  /** Oldest first. */
  readonly runs: readonly GeneratedRun[];
  /** The time after which every run is complete. */
  readonly end: number;
  /** Keyed by workflow path. */
  readonly truth: Readonly<Record<string, WorkflowTruth>>;
}

export interface HistoryOptions {
  readonly seed: number;
  readonly owner?: string;
  readonly repo?: string;
  /** The first day (ms, UTC midnight). */
  readonly start?: number;
  readonly days?: number;
  readonly pullRequestsPerDay?: number;
  /** Jobs created before this time (ms) come without `created_at` and with `+09:00` step times. */
  readonly legacyBefore?: number;
  /**
   * Give CI's `lint` and Nightly's `full-suite` an `astral-sh/setup-uv` cache step (and its post step) whose
   * misses, at this rate, add 1.5–4 minutes of downloads to `Install dependencies`. Drawn from a stream of its
   * own, so that everything else is the same history as without it.
   */
  readonly cacheMissRate?: number;
}

/** The jobs the cache scenario applies to. */
const CACHED_JOBS = new Set(['lint', 'full-suite']);
const CACHE_STEP = 'Run astral-sh/setup-uv@v7';
const INSTALL_STEP = 'Install dependencies';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const WORKFLOWS: readonly Omit<GeneratedWorkflow, 'createdAt'>[] = [
  { id: 61_000_001, name: 'CI', path: '.github/workflows/ci.yml', state: 'active' },
  { id: 61_000_002, name: 'Integration', path: '.github/workflows/integration.yml', state: 'active' },
  { id: 61_000_003, name: 'Nightly', path: '.github/workflows/nightly.yml', state: 'active' },
  { id: 61_000_004, name: 'Compatibility', path: '.github/workflows/compat.yml', state: 'active' },
  { id: 61_000_005, name: 'Docs preview', path: '.github/workflows/docs.yml', state: 'disabled_manually' },
];
const [CI, INTEGRATION, NIGHTLY, COMPAT] = WORKFLOWS.map((workflow) => workflow.id) as [
  number,
  number,
  number,
  number,
];

const SELF_HOSTED_RUNNERS = ['builder-1', 'builder-2'];
const HOSTED_GROUP = 'GitHub Actions';

export function generateHistory(options: HistoryOptions): GeneratedHistory {
  const random = seededRandom(options.seed);
  const start = options.start ?? Date.UTC(2025, 2, 3);
  const days = options.days ?? 14;
  const legacyBefore = options.legacyBefore ?? start + Math.floor(days / 3) * DAY;
  const ids = { run: 14_000_000_000, job: 39_000_000_000 };
  const numbers = new Map<number, number>();

  const planned = planRuns(random, start, days, options.pullRequestsPerDay ?? 5);
  planned.sort((a, b) => a.createdAt - b.createdAt || a.workflowId - b.workflowId);

  const cache =
    options.cacheMissRate === undefined
      ? undefined
      : { random: seededRandom(options.seed ^ 0x5eed_cace), missRate: options.cacheMissRate };
  const builder = new RunBuilder(random, legacyBefore, () => ++ids.job, cache);
  const runs = planned.map((plan): GeneratedRun => {
    const runNumber = (numbers.get(plan.workflowId) ?? 0) + 1;
    numbers.set(plan.workflowId, runNumber);
    const id = (ids.run += random.int(3, 40));
    builder.registerRun(id, plan.workflowId);
    return {
      id,
      workflowId: plan.workflowId,
      runNumber,
      event: plan.event,
      headBranch: plan.branch,
      headSha: plan.sha,
      displayTitle: plan.title,
      pullRequest: plan.pullRequest,
      createdAt: plan.createdAt,
      attempts: builder.attempts(id, plan),
    };
  });
  builder.runSelfHostedPool();
  const finished = runs.map((run) => ({
    ...run,
    attempts: run.attempts.map((attempt) => builder.finish(attempt)),
  }));

  const end = Math.max(...finished.flatMap((run) => run.attempts.map((attempt) => attempt.completedAt)));
  const workflows = WORKFLOWS.map((workflow) => ({ ...workflow, createdAt: start - 400 * DAY }));
  return {
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'widgets',
    workflows,
    runs: finished,
    end,
    truth: groundTruth(workflows, finished, builder.cacheMissMinutes),
  };
}

/** The runs the repository's activity causes, before any timing: pushes, pull requests, schedules. */
interface PlannedRun {
  readonly workflowId: number;
  readonly event: GeneratedRun['event'];
  readonly branch: string;
  readonly sha: string;
  readonly title: string;
  readonly pullRequest: number | null;
  readonly createdAt: number;
  /** A newer run of the same workflow on the same branch was created then (pull requests only). */
  supersededAt?: number;
  /** Someone pressed "Cancel workflow" this long after the run was created. */
  readonly manualCancelAfter: number | null;
  /** A test shard fails in attempt 1; the run is then re-run this long after it finished (null: not re-run). */
  readonly failsFirst: boolean;
  readonly rerunAfter: number | null;
}

function planRuns(random: Random, start: number, days: number, pullRequestsPerDay: number): PlannedRun[] {
  const planned: PlannedRun[] = [];
  let pullNumber = 100;
  const plan = (
    workflowId: number,
    fields: Omit<PlannedRun, 'workflowId' | 'manualCancelAfter' | 'failsFirst' | 'rerunAfter'>,
  ): void => {
    const failsFirst = workflowId === CI && random.chance(0.12);
    planned.push({
      workflowId,
      ...fields,
      manualCancelAfter:
        workflowId === CI && !failsFirst && random.chance(0.03) ? random.int(60, 400) * SECOND : null,
      failsFirst,
      rerunAfter: failsFirst && random.chance(0.6) ? random.int(3, 50) * MINUTE : null,
    });
  };
  for (let day = 0; day < days; day++) {
    const midnight = start + day * DAY;
    plan(NIGHTLY, {
      event: 'schedule',
      branch: 'main',
      sha: random.hex(40),
      title: 'Nightly',
      pullRequest: null,
      createdAt: midnight + 3 * HOUR + random.int(0, 600) * SECOND,
    });
    if (day % 3 === 0) {
      plan(COMPAT, {
        event: 'schedule',
        branch: 'main',
        sha: random.hex(40),
        title: 'Compatibility',
        pullRequest: null,
        createdAt: midnight + 5 * HOUR + random.int(0, 300) * SECOND,
      });
    }
    const pullRequests = random.int(Math.max(0, pullRequestsPerDay - 2), pullRequestsPerDay + 2);
    for (let index = 0; index < pullRequests; index++) {
      const number = ++pullNumber;
      const branch = `${random.pick(['fix', 'feat', 'chore'])}/change-${number}`;
      let pushedAt = midnight + random.int(7 * 3600, 19 * 3600) * SECOND;
      const pushes = random.int(1, 4);
      for (let push = 0; push < pushes; push++) {
        const sha = random.hex(40);
        for (const workflowId of [CI, INTEGRATION]) {
          plan(workflowId, {
            event: 'pull_request',
            branch,
            sha,
            title: `Change ${number}`,
            pullRequest: number,
            createdAt: pushedAt,
          });
        }
        // Follow-up pushes often come within minutes: that is when runs get superseded while running.
        pushedAt += random.int(2 * 60, 45 * 60) * SECOND;
      }
      const mergedAt = pushedAt + random.int(10, 120) * MINUTE;
      const sha = random.hex(40);
      for (const workflowId of [CI, INTEGRATION]) {
        plan(workflowId, {
          event: 'push',
          branch: 'main',
          sha,
          title: `Change ${number} (#${number})`,
          pullRequest: null,
          createdAt: mergedAt,
        });
      }
    }
  }
  const byBranch = new Map<string, PlannedRun[]>();
  for (const run of planned) {
    if (run.event !== 'pull_request') continue;
    const key = `${run.workflowId} ${run.branch}`;
    byBranch.set(key, [...(byBranch.get(key) ?? []), run]);
  }
  for (const siblings of byBranch.values()) {
    siblings.sort((a, b) => a.createdAt - b.createdAt);
    siblings.forEach((run, index) => {
      const newer = siblings[index + 1];
      if (newer !== undefined) run.supersededAt = newer.createdAt;
    });
  }
  return planned;
}

interface JobSpec {
  readonly name: string;
  readonly labels: readonly string[];
  readonly needs: readonly string[];
  readonly selfHosted: boolean;
  /** Work steps after checkout: name and duration range in seconds; a `parallel` group overlaps its members. */
  readonly steps: readonly StepSpec[];
}

type TimedStep = { readonly name: string; readonly seconds: readonly [number, number] };
type StepSpec = TimedStep | { readonly parallel: readonly TimedStep[] };

function jobSpecs(workflowId: number): readonly JobSpec[] {
  const hosted = (name: string, labels: string[], needs: string[], steps: StepSpec[]): JobSpec => ({
    name,
    labels,
    needs,
    selfHosted: false,
    steps,
  });
  switch (workflowId) {
    case CI:
      return [
        hosted(
          'lint',
          ['ubuntu-latest'],
          [],
          [
            { name: 'Install dependencies', seconds: [20, 60] },
            { name: 'Lint', seconds: [25, 90] },
          ],
        ),
        ...['ubuntu-latest', 'windows-latest', 'macos-latest'].map((os) =>
          hosted(
            `test (${os})`,
            [os],
            ['lint'],
            [
              { name: 'Run actions/setup-node@v4', seconds: [3, 12] },
              { name: 'Install dependencies', seconds: [30, 90] },
              {
                parallel: [
                  { name: 'Unit tests', seconds: [90, 300] },
                  { name: 'Type check', seconds: [40, 120] },
                ],
              },
            ],
          ),
        ),
        hosted(
          'build',
          ['ubuntu-latest'],
          ['test (ubuntu-latest)', 'test (windows-latest)', 'test (macos-latest)'],
          [
            { name: 'Set up Docker Buildx', seconds: [5, 15] },
            { name: 'Build image', seconds: [60, 200] },
          ],
        ),
      ];
    case INTEGRATION:
      return [
        hosted('setup', ['ubuntu-latest'], [], [{ name: 'Compute matrix', seconds: [3, 15] }]),
        ...[1, 2, 3, 4].map((shard) => ({
          name: `e2e (${shard})`,
          labels: ['self-hosted', 'linux', 'x64'],
          needs: ['setup'],
          selfHosted: true,
          steps: [
            { name: 'Start services', seconds: [20, 60] as const },
            { name: 'End-to-end tests', seconds: [180, 420] as const },
          ],
        })),
      ];
    case NIGHTLY:
      return [
        hosted(
          'full-suite',
          ['ubuntu-latest'],
          [],
          [
            { name: 'Install dependencies', seconds: [30, 90] },
            { name: 'Full test suite', seconds: [1200, 2400] },
          ],
        ),
      ];
    case COMPAT:
      // 6 × 20 = 120 shards: more than one page of jobs (the API pages at 100).
      return ['ubuntu-22.04', 'ubuntu-24.04', 'windows-2022', 'windows-2025', 'macos-14', 'macos-15'].flatMap(
        (os) =>
          Array.from({ length: 20 }, (_, index) =>
            hosted(`compat (${os}, ${index + 1})`, [os], [], [{ name: 'Smoke test', seconds: [30, 150] }]),
          ),
      );
    default:
      throw new Error(`no jobs for workflow ${workflowId}`);
  }
}

interface PendingJob {
  readonly runId: number;
  readonly attempt: number;
  readonly spec: JobSpec;
  readonly id: number;
  readonly createdAt: number;
  readonly cancelAt: number;
  readonly fails: boolean;
  readonly legacy: boolean;
  readonly pickup: number;
  readonly durations: readonly number[][];
  result?: GeneratedJob;
}

/** Times the jobs of each attempt: hosted jobs at once, self-hosted ones later in one pool simulation. */
class RunBuilder {
  private readonly pool: PendingJob[] = [];
  private readonly runWorkflows = new Map<number, number>();
  private readonly random: Random;
  private readonly legacyBefore: number;
  private readonly nextJobId: () => number;
  private readonly cache: { readonly random: Random; readonly missRate: number } | undefined;
  /** Download minutes of cache misses in completed installs, by job id (the ground truth of the scenario). */
  readonly cacheMissMinutes = new Map<number, number>();

  constructor(
    random: Random,
    legacyBefore: number,
    nextJobId: () => number,
    cache?: { readonly random: Random; readonly missRate: number },
  ) {
    this.random = random;
    this.legacyBefore = legacyBefore;
    this.nextJobId = nextJobId;
    this.cache = cache;
  }

  attempts(runId: number, plan: PlannedRun): GeneratedAttempt[] {
    const cancelAt = Math.min(
      plan.workflowId === INTEGRATION ? (plan.supersededAt ?? Infinity) : Infinity,
      plan.manualCancelAfter === null ? Infinity : plan.createdAt + plan.manualCancelAfter,
    );
    const first = this.attempt(runId, 1, plan.createdAt, cancelAt, plan.failsFirst);
    if (plan.rerunAfter === null || first.pendingSelfHosted) return [first.attempt];
    const rerunAt = first.attempt.completedAt + plan.rerunAfter;
    return [first.attempt, this.attempt(runId, 2, rerunAt, Infinity, false).attempt];
  }

  private attempt(
    runId: number,
    number: number,
    startedAt: number,
    cancelAt: number,
    failing: boolean,
  ): { attempt: GeneratedAttempt; pendingSelfHosted: boolean } {
    const specs = jobSpecs(this.workflowOf(runId));
    const failingJob = failing
      ? specs.filter((spec) => spec.name.startsWith('test'))[this.random.int(0, 2)]?.name
      : undefined;
    const done = new Map<string, GeneratedJob | PendingJob>();
    const jobs: (GeneratedJob | PendingJob)[] = [];
    for (const spec of specs) {
      const needed = spec.needs.map((name) => done.get(name));
      let job: GeneratedJob | PendingJob;
      if (needed.some((need) => need === undefined || !('steps' in need) || need.conclusion !== 'success')) {
        const pendingNeed = needed.find((need) => need !== undefined && !('steps' in need));
        if (pendingNeed !== undefined) throw new Error('self-hosted jobs cannot be needed');
        const at = Math.min(
          cancelAt,
          Math.max(
            startedAt,
            ...needed.map((need) => (need !== undefined && 'steps' in need ? need.completedAt : startedAt)),
          ),
        );
        job = this.notRun(runId, number, spec, at, at >= cancelAt ? 'cancelled' : 'skipped');
      } else {
        const createdAt = Math.max(
          startedAt + this.random.int(1, 4) * SECOND,
          ...needed.map((need) => (need as GeneratedJob).completedAt),
        );
        if (createdAt >= cancelAt) {
          job = this.notRun(runId, number, spec, cancelAt, 'cancelled');
          done.set(spec.name, job);
          jobs.push(job);
          continue;
        }
        const pending: PendingJob = {
          runId,
          attempt: number,
          spec,
          id: this.nextJobId(),
          createdAt,
          cancelAt,
          fails: spec.name === failingJob,
          legacy: createdAt < this.legacyBefore,
          pickup: this.random.int(1, spec.selfHosted ? 3 : 25) * SECOND,
          durations: spec.steps.map((step) =>
            'parallel' in step ? step.parallel.map((member) => this.duration(member)) : [this.duration(step)],
          ),
        };
        if (spec.selfHosted) {
          this.pool.push(pending);
          job = pending;
        } else if (createdAt + pending.pickup >= cancelAt) {
          job = {
            ...this.notRun(runId, number, spec, cancelAt, 'cancelled'),
            id: pending.id,
            createdAt,
            hasCreatedAt: !pending.legacy,
          };
        } else {
          job = this.run(pending, createdAt + pending.pickup);
        }
      }
      done.set(spec.name, job);
      jobs.push(job);
    }
    const pendingSelfHosted = jobs.some((job) => !('steps' in job));
    return {
      attempt: { number, startedAt, completedAt: 0, conclusion: 'success', jobs: jobs as GeneratedJob[] },
      pendingSelfHosted,
    };
  }

  /** FIFO over both runners: a job starts when it is runnable and a runner is free, unless its run was cancelled. */
  runSelfHostedPool(): void {
    const free = SELF_HOSTED_RUNNERS.map((name) => ({ name, at: 0 }));
    for (const job of [...this.pool].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)) {
      const runner = free.reduce((best, candidate) => (candidate.at < best.at ? candidate : best));
      const startedAt = Math.max(job.createdAt, runner.at) + job.pickup;
      if (startedAt >= job.cancelAt) {
        job.result = {
          ...this.notRun(job.runId, job.attempt, job.spec, job.cancelAt, 'cancelled'),
          id: job.id,
          createdAt: job.createdAt,
          hasCreatedAt: !job.legacy,
        };
        continue;
      }
      job.result = this.run(job, startedAt, runner.name);
      runner.at = job.result.completedAt;
    }
  }

  /** Replaces pool placeholders by their timed jobs and derives the attempt's end and conclusion. */
  finish(attempt: GeneratedAttempt): GeneratedAttempt {
    const jobs = attempt.jobs.map((job) =>
      'spec' in job ? ((job as unknown as PendingJob).result ?? failMissing()) : job,
    );
    const completedAt = Math.max(...jobs.map((job) => job.completedAt));
    const conclusions = new Set(jobs.map((job) => job.conclusion));
    const conclusion = conclusions.has('cancelled')
      ? 'cancelled'
      : conclusions.has('failure')
        ? 'failure'
        : 'success';
    return { ...attempt, jobs, completedAt, conclusion };
  }

  private run(job: PendingJob, startedAt: number, runnerName?: string): GeneratedJob {
    const stepOffsetMinutes = job.legacy ? 9 * 60 : 0;
    const steps: GeneratedStep[] = [];
    let clock = startedAt;
    let failed = false;
    let cancelled = false;
    const add = (name: string, seconds: number, number?: number): void => {
      const stepStart = clock;
      let end = stepStart + seconds * SECOND;
      let conclusion: GeneratedStep['conclusion'] = failed || cancelled ? 'skipped' : 'success';
      if (!failed && !cancelled && end > job.cancelAt) {
        end = Math.max(stepStart, job.cancelAt);
        conclusion = 'cancelled';
        cancelled = true;
      }
      steps.push({
        number: number ?? steps.length + 1,
        name,
        conclusion,
        startedAt: conclusion === 'skipped' ? clock : stepStart,
        completedAt: conclusion === 'skipped' ? clock : end,
      });
      clock = conclusion === 'skipped' ? clock : end;
    };
    add('Set up job', this.random.int(1, 3));
    add('Run actions/checkout@v4', this.random.int(1, 5));
    const cached = this.cache !== undefined && CACHED_JOBS.has(job.spec.name) ? this.cache : undefined;
    const missExtra =
      cached === undefined ? 0 : cached.random.chance(cached.missRate) ? cached.random.int(90, 240) : 0;
    if (cached !== undefined) add(CACHE_STEP, cached.random.int(2, 8));
    job.spec.steps.forEach((step, index) => {
      const durations = job.durations[index] ?? [];
      if ('parallel' in step) {
        // GitHub's parallel steps share a start and overlap; the group step spans the longest member.
        const groupStart = clock;
        const longest = Math.max(...durations);
        step.parallel.forEach((member, memberIndex) => {
          clock = groupStart;
          add(member.name, durations[memberIndex] ?? 0);
        });
        clock = groupStart;
        add('Parallel group', longest);
      } else {
        const last = index === job.spec.steps.length - 1;
        const extra = step.name === INSTALL_STEP ? missExtra : 0;
        add(step.name, (durations[0] ?? 0) + extra);
        if (extra > 0 && steps.at(-1)?.conclusion === 'success')
          this.cacheMissMinutes.set(job.id, extra / 60);
        if (last && job.fails && !cancelled) {
          failed = true;
          const lastStep = steps.at(-1);
          if (lastStep !== undefined) steps[steps.length - 1] = { ...lastStep, conclusion: 'failure' };
        }
      }
    });
    // Post steps get numbers after a gap, as in the recordings (… 7, then 13, 14, 15).
    const postNumber = steps.length + 6;
    const wasCancelled = cancelled;
    cancelled = false;
    const savedFailed = failed;
    failed = false;
    if (!wasCancelled && cached !== undefined)
      add(`Post ${CACHE_STEP}`, cached.random.int(1, 6), postNumber - 1);
    if (!wasCancelled) {
      add('Post Run actions/checkout@v4', this.random.int(0, 2), postNumber);
      add('Complete job', this.random.int(0, 1), postNumber + 1);
    }
    const completedAt = clock + (wasCancelled ? 0 : this.random.int(0, 1) * SECOND);
    return {
      id: job.id,
      runId: job.runId,
      attempt: job.attempt,
      name: job.spec.name,
      labels: job.spec.labels,
      runnerName: runnerName ?? `GitHub Actions ${this.random.int(1, 900)}`,
      runnerGroupName: runnerName === undefined ? HOSTED_GROUP : 'Default',
      createdAt: job.createdAt,
      hasCreatedAt: !job.legacy,
      startedAt,
      completedAt,
      conclusion: wasCancelled ? 'cancelled' : savedFailed ? 'failure' : 'success',
      steps,
      stepOffsetMinutes,
    };
  }

  private notRun(
    runId: number,
    attempt: number,
    spec: JobSpec,
    at: number,
    conclusion: 'skipped' | 'cancelled',
  ): GeneratedJob {
    return {
      id: this.nextJobId(),
      runId,
      attempt,
      name: spec.name,
      labels: spec.labels,
      runnerName: null,
      runnerGroupName: null,
      createdAt: at,
      hasCreatedAt: at >= this.legacyBefore,
      startedAt: at,
      completedAt: at,
      conclusion,
      steps: [],
      stepOffsetMinutes: 0,
    };
  }

  private duration(step: StepSpec): number {
    return 'seconds' in step ? this.random.int(step.seconds[0], step.seconds[1]) : 0;
  }

  workflowOf(runId: number): number {
    const workflowId = this.runWorkflows.get(runId);
    if (workflowId === undefined) throw new Error(`unknown run ${runId}`);
    return workflowId;
  }
  registerRun(runId: number, workflowId: number): void {
    this.runWorkflows.set(runId, workflowId);
  }
}

function failMissing(): never {
  throw new Error('a self-hosted job was never timed');
}

function groundTruth(
  workflows: readonly GeneratedWorkflow[],
  runs: readonly GeneratedRun[],
  cacheMisses: ReadonlyMap<number, number>,
): Record<string, WorkflowTruth> {
  const truth: Record<string, WorkflowTruth> = {};
  for (const workflow of workflows) {
    const own = runs.filter((run) => run.workflowId === workflow.id);
    const minutes = (jobs: readonly GeneratedJob[]): number =>
      jobs.reduce((sum, job) => sum + (job.completedAt - job.startedAt), 0) / MINUTE;
    const allJobs = own.flatMap((run) => run.attempts.flatMap((attempt) => attempt.jobs));
    const superseded = own.filter((run) => {
      if (run.event !== 'pull_request') return false;
      const end = Math.max(...run.attempts.map((attempt) => attempt.completedAt));
      return own.some(
        (other) =>
          other.event === 'pull_request' &&
          other.headBranch === run.headBranch &&
          other.createdAt > run.createdAt &&
          other.createdAt <= end,
      );
    });
    const rerun = own.filter((run) => run.attempts.length > 1);
    let supersededWaste = 0;
    for (const run of own) {
      const jobs = run.attempts.flatMap((attempt) => attempt.jobs);
      const end = Math.max(...jobs.map((job) => job.completedAt));
      const newer = own
        .filter(
          (other) =>
            other.event === run.event &&
            other.headBranch === run.headBranch &&
            other.createdAt > run.createdAt &&
            other.createdAt < end,
        )
        .sort((a, b) => a.createdAt - b.createdAt)[0];
      if (newer === undefined) continue;
      for (const job of jobs)
        supersededWaste += Math.max(0, job.completedAt - Math.max(job.startedAt, newer.createdAt));
    }
    truth[workflow.path] = {
      runs: own.length,
      jobs: allJobs.length,
      steps: allJobs.reduce((sum, job) => sum + job.steps.length, 0),
      runnerMinutes: minutes(allJobs),
      supersededRuns: superseded.length,
      supersededRunMinutes: minutes(
        superseded.flatMap((run) => run.attempts.flatMap((attempt) => attempt.jobs)),
      ),
      supersededWasteMinutes: supersededWaste / MINUTE,
      rerunRuns: rerun.length,
      failedAttemptMinutes: minutes(
        rerun.flatMap((run) => run.attempts.slice(0, -1).flatMap((attempt) => attempt.jobs)),
      ),
      cancelledRuns: own.filter((run) => run.attempts.at(-1)?.conclusion === 'cancelled').length,
      cacheMissMinutes: allJobs.reduce<Record<string, number>>((out, job) => {
        const minutes = cacheMisses.get(job.id);
        if (minutes !== undefined) out[job.name] = (out[job.name] ?? 0) + minutes;
        return out;
      }, {}),
      maxQueueSeconds: Math.max(
        0,
        ...allJobs
          .filter((job) => job.steps.length > 0)
          .map((job) => (job.startedAt - job.createdAt) / SECOND),
      ),
    };
  }
  return truth;
}
