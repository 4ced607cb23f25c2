// History part of `npm run bench` (alone: `node scripts/build.mjs && node bench/history.mjs`): generates API-shaped
// run history, then measures `ciscope import` against the floor of reading and JSON.parse-ing the same bytes,
// `ciscope stats` latency, and the peak memory of each; every contender is a process of its own.
// JOBS (default 1,000,000), STEPS (default 10 per job), STATS_REPEATS (default 3) and BENCH_DIR (default
// .bench/history) size and place it. The generated files are kept and reused while JOBS and STEPS are unchanged
// (REGENERATE=1 writes them again). BENCH_BASELINE=<checkout>/dist/index.js also measures `stats` with that build's CLI
// (its bin/ciscope.js), interleaved with the current one, for before/after figures from one run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './corpus.mjs';
import { formatTable, machine, median, printTargets, target, writePart } from './report.mjs';

const JOBS = Number(process.env.JOBS ?? 1_000_000);
const STEPS = Number(process.env.STEPS ?? 10);
const STATS_REPEATS = Number(process.env.STATS_REPEATS ?? 3);
const JOBS_PER_RUN = 10;
const JOBS_PER_FILE = 2_000;
const dir = resolve(REPO_ROOT, process.env.BENCH_DIR ?? '.bench/history');
const dataDir = join(dir, 'data');
const manifestFile = join(dir, 'manifest.json');
/** Bump when the generator changes, so that files of an older generator are not reused. */
const GENERATOR = 1;
const db = join(dir, 'history.duckdb');
const END = Date.UTC(2026, 5, 1);
const SINCE = '2026-04-01';
const WORKFLOWS = ['ci', 'release', 'lint', 'docs', 'nightly'];

/** A small deterministic generator (mulberry32) so that every run of the bench measures the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function iso(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function generate() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const next = random(42);
  const runs = Math.ceil(JOBS / JOBS_PER_RUN);
  const span = 60 * 86_400_000;
  let jobs = [];
  let runObjects = [];
  let files = 0;
  let jobId = 10_000_000_000;
  const flushJobs = () => {
    writeFileSync(
      join(dataDir, `jobs-${String(files++).padStart(5, '0')}.json`),
      JSON.stringify({ total_count: jobs.length, jobs }),
    );
    jobs = [];
  };
  for (let r = 0; r < runs; r++) {
    const runId = 5_000_000_000 + r;
    const workflow = WORKFLOWS[r % WORKFLOWS.length];
    const created = END - span + Math.floor((r / runs) * span);
    const attempt = next() < 0.05 ? 2 : 1;
    runObjects.push({
      id: runId,
      name: workflow,
      workflow_id: 100 + (r % WORKFLOWS.length),
      path: `.github/workflows/${workflow}.yml`,
      event: next() < 0.6 ? 'pull_request' : 'push',
      head_branch: `branch-${r % 997}`,
      head_sha: runId.toString(16).padStart(40, '0'),
      status: 'completed',
      conclusion: 'success',
      run_number: r,
      run_attempt: attempt,
      created_at: iso(created),
      updated_at: iso(created + 30 * 60_000),
      run_started_at: iso(created),
      pull_requests: [],
    });
    for (let j = 0; j < JOBS_PER_RUN && jobId - 10_000_000_000 < JOBS; j++) {
      const queued = created + Math.floor(next() * 120_000);
      let t = queued + Math.floor(next() * 60_000);
      const started = t;
      const steps = [];
      for (let s = 1; s <= STEPS; s++) {
        const duration = Math.floor(next() * 90_000);
        steps.push({
          name: s === 1 ? 'Set up job' : s === STEPS ? 'Complete job' : `Run step ${s}`,
          status: 'completed',
          conclusion: 'success',
          number: s,
          started_at: iso(t),
          completed_at: iso(t + duration),
        });
        t += duration;
      }
      jobs.push({
        id: jobId++,
        run_id: runId,
        run_attempt: attempt,
        workflow_name: workflow,
        head_branch: `branch-${r % 997}`,
        head_sha: runId.toString(16).padStart(40, '0'),
        status: 'completed',
        conclusion: next() < 0.03 ? 'cancelled' : 'success',
        created_at: iso(queued),
        started_at: iso(started),
        completed_at: iso(t),
        name: `build (ubuntu-latest, ${j})`,
        steps,
        labels: ['ubuntu-latest'],
        runner_name: `GitHub Actions ${j}`,
        runner_group_name: 'GitHub Actions',
      });
      if (jobs.length === JOBS_PER_FILE) flushJobs();
    }
    if (runObjects.length === 5_000) {
      writeFileSync(
        join(dataDir, `runs-${String(r).padStart(8, '0')}.json`),
        JSON.stringify({ total_count: runObjects.length, workflow_runs: runObjects }),
      );
      runObjects = [];
    }
  }
  if (jobs.length > 0) flushJobs();
  if (runObjects.length > 0)
    writeFileSync(
      join(dataDir, `runs-last.json`),
      JSON.stringify({ total_count: runObjects.length, workflow_runs: runObjects }),
    );
}

/** The floor, in a process of its own: read every file and JSON.parse it, nothing else. */
function floorProcess(data) {
  let jobs = 0;
  for (const name of readdirSync(data)) {
    const json = JSON.parse(readFileSync(join(data, name), 'utf8'));
    jobs += json.jobs?.length ?? 0;
  }
  process.stdout.write(JSON.stringify({ jobs }));
}

/** Runs `node [args]` with bench/rusage.mjs preloaded: wall time, CPU time of all threads, peak RSS, stdout. */
function measure(args) {
  const usageFile = join(dir, `rusage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', join(REPO_ROOT, 'bench/rusage.mjs'), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_RUSAGE: usageFile },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', fail);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return fail(new Error(`node ${args.join(' ')} exited ${code}`));
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      done({
        seconds,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        peakMb: usage.maxRSS / 1024,
        stdout,
      });
    });
  });
}

if (process.argv[2] === '--floor') {
  floorProcess(process.argv[3]);
  process.exit(0);
}

const host = machine();
const generatedAt = performance.now();
const wanted = { generator: GENERATOR, jobs: JOBS, steps: STEPS };
const reuse =
  process.env.REGENERATE !== '1' &&
  existsSync(manifestFile) &&
  readFileSync(manifestFile, 'utf8') === JSON.stringify(wanted);
for (const file of [db, `${db}.wal`]) rmSync(file, { force: true });
if (!reuse) {
  generate();
  writeFileSync(manifestFile, JSON.stringify(wanted));
}
const files = readdirSync(dataDir);
const bytes = files.reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0);
process.stdout.write(
  `\nHistory: ${JOBS.toLocaleString('en')} jobs × ${STEPS} steps (${(JOBS * STEPS).toLocaleString('en')} steps) in ${files.length} files, ${(bytes / 1e9).toFixed(2)} GB` +
    `${reuse ? ', reused' : `, generated in ${((performance.now() - generatedAt) / 1000).toFixed(0)} s`}; load average ${host.loadAverage1m}\n`,
);

const cli = join(REPO_ROOT, 'bin/ciscope.js');
const floor = await measure([fileURLToPath(import.meta.url), '--floor', dataDir]);
if (JSON.parse(floor.stdout).jobs !== JOBS)
  throw new Error(`floor read ${floor.stdout} jobs, expected ${JOBS}`);
const imported = await measure([cli, 'import', dataDir, '--repo', 'bench/history', '--db', db, '--quiet']);

// Two checkouts: none (history only) and one whose workflow files match the generated jobs and steps, so that
// shard matching and redundant-shard-step (which needs the model) are measured too.
const bare = join(dir, 'bare');
const checkout = join(dir, 'checkout');
mkdirSync(bare, { recursive: true });
mkdirSync(join(checkout, '.github/workflows'), { recursive: true });
const steps = Array.from(
  { length: STEPS - 2 },
  (_, index) => `      - name: Run step ${index + 2}\n        run: make step-${index + 2}\n`,
).join('');
for (const workflow of WORKFLOWS) {
  writeFileSync(
    join(checkout, `.github/workflows/${workflow}.yml`),
    `on: [push, pull_request]\njobs:\n  build:\n    runs-on: \${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-latest]\n        shard: [${Array.from({ length: JOBS_PER_RUN }, (_, index) => index).join(', ')}]\n    steps:\n${steps}`,
  );
}
const baselineCli =
  process.env.BENCH_BASELINE === undefined
    ? undefined
    : resolve(dirname(resolve(process.env.BENCH_BASELINE)), '../bin/ciscope.js');
const scenarios = [
  ['stats, no checkout', bare, cli],
  ['stats, with checkout', checkout, cli],
  ...(baselineCli === undefined
    ? []
    : [
        ['baseline stats, no checkout', bare, baselineCli],
        ['baseline stats, with checkout', checkout, baselineCli],
      ]),
];
const statsRuns = new Map(scenarios.map(([label]) => [label, []]));
let shape;
// Interleaved, so that a burst of load from elsewhere hits both scenarios alike.
for (let repeat = 0; repeat < STATS_REPEATS; repeat++) {
  for (const [label, target, bin] of scenarios) {
    const stats = await measure([
      bin,
      'stats',
      target,
      '--repo',
      'bench/history',
      '--db',
      db,
      '--since',
      SINCE,
      '--format',
      'json',
    ]);
    const json = JSON.parse(stats.stdout);
    shape ??= {
      jobsInWindow: json.workflows.reduce((sum, w) => sum + w.jobs, 0),
      waste: json.waste.length,
      hotspots: json.hotspots.length,
    };
    statsRuns.get(label).push(stats);
  }
}

const row = (label, m, extra = '') => [
  label,
  `${m.seconds.toFixed(2)} s`,
  `${m.cpuSeconds.toFixed(2)} s`,
  `${m.peakMb.toFixed(0)} MB`,
  extra,
];
const statsSummary = scenarios.map(([label]) => {
  const runs = statsRuns.get(label);
  return {
    label,
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakMb: Math.max(...runs.map((r) => r.peakMb)),
    runs,
  };
});
const rows = [
  ['contender', 'wall', 'CPU', 'peak RSS', ''],
  row('floor (read + JSON.parse)', floor, `${Math.round(JOBS / floor.seconds).toLocaleString('en')} jobs/s`),
  row(
    'import',
    imported,
    `${Math.round(JOBS / imported.seconds).toLocaleString('en')} jobs/s, ${(imported.seconds / floor.seconds).toFixed(2)}× the floor`,
  ),
  ...statsSummary.map((s) =>
    row(
      s.label,
      s,
      `median of ${STATS_REPEATS}, min ${Math.min(...s.runs.map((r) => r.seconds)).toFixed(2)} s`,
    ),
  ),
];
const dbBytes = statSync(db).size;
const targets = [
  target('import wall time ÷ floor', 3, imported.seconds / floor.seconds, '×'),
  ...statsSummary
    .filter((s) => !s.label.startsWith('baseline'))
    .map((s) => target(`${s.label}, wall time (median, with Node start-up)`, 2, s.seconds, ' s')),
  target(
    'peak RSS of import and stats',
    2048,
    Math.max(
      imported.peakMb,
      ...statsSummary.filter((s) => !s.label.startsWith('baseline')).map((s) => s.peakMb),
    ),
    ' MB',
  ),
];
process.stdout.write(
  `${formatTable(rows)}\n` +
    `stats window: ${shape.jobsInWindow.toLocaleString('en')} jobs, ${shape.waste} waste entries, ${shape.hotspots} hotspots; database ${(dbBytes / 1e9).toFixed(2)} GB; load average ${machine().loadAverage1m} at the end\n`,
);
printTargets(targets);
writePart('history', {
  machine: { ...machine(), loadAverage1mBefore: host.loadAverage1m },
  jobs: JOBS,
  steps: STEPS,
  files: files.length,
  bytes,
  databaseBytes: dbBytes,
  floor,
  import: { ...imported, stdout: undefined },
  stats: statsSummary.map((s) => ({ ...s, runs: s.runs.map((r) => ({ ...r, stdout: undefined })) })),
  statsShape: shape,
  targets,
});
if (targets.some((t) => !t.met)) process.exitCode = 1;
