// History benchmark (not part of the tests): generates API-shaped run history, then measures `ciscope import`
// throughput against the floor of reading and JSON.parse-ing the same bytes, `ciscope stats` latency, and the
// peak memory of both. Run after a build: `node scripts/build.mjs && node bench/history.mjs`.
// JOBS (default 1,000,000), STEPS (default 10 per job) and BENCH_DIR (default .bench/history) size and place it.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const JOBS = Number(process.env.JOBS ?? 1_000_000);
const STEPS = Number(process.env.STEPS ?? 10);
const JOBS_PER_RUN = 10;
const JOBS_PER_FILE = 2_000;
const dir = resolve(process.env.BENCH_DIR ?? '.bench/history');
const dataDir = join(dir, 'data');
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
    writeFileSync(join(dataDir, `jobs-${String(files++).padStart(5, '0')}.json`), JSON.stringify({ total_count: jobs.length, jobs }));
    jobs = [];
  };
  for (let r = 0; r < runs; r++) {
    const runId = 5_000_000_000 + r;
    const workflow = WORKFLOWS[r % WORKFLOWS.length];
    const created = END - span + Math.floor((r / runs) * span);
    const attempt = next() < 0.05 ? 2 : 1;
    runObjects.push({
      id: runId, name: workflow, workflow_id: 100 + (r % WORKFLOWS.length), path: `.github/workflows/${workflow}.yml`, event: next() < 0.6 ? 'pull_request' : 'push',
      head_branch: `branch-${r % 997}`, head_sha: runId.toString(16).padStart(40, '0'), status: 'completed', conclusion: 'success', run_number: r, run_attempt: attempt,
      created_at: iso(created), updated_at: iso(created + 30 * 60_000), run_started_at: iso(created), pull_requests: [],
    });
    for (let j = 0; j < JOBS_PER_RUN && jobId - 10_000_000_000 < JOBS; j++) {
      const queued = created + Math.floor(next() * 120_000);
      let t = queued + Math.floor(next() * 60_000);
      const started = t;
      const steps = [];
      for (let s = 1; s <= STEPS; s++) {
        const duration = Math.floor(next() * 90_000);
        steps.push({ name: s === 1 ? 'Set up job' : s === STEPS ? 'Complete job' : `Run step ${s}`, status: 'completed', conclusion: 'success', number: s, started_at: iso(t), completed_at: iso(t + duration) });
        t += duration;
      }
      jobs.push({
        id: jobId++, run_id: runId, run_attempt: attempt, workflow_name: workflow, head_branch: `branch-${r % 997}`, head_sha: runId.toString(16).padStart(40, '0'),
        status: 'completed', conclusion: next() < 0.03 ? 'cancelled' : 'success', created_at: iso(queued), started_at: iso(started), completed_at: iso(t),
        name: `build (ubuntu-latest, ${j})`, steps, labels: ['ubuntu-latest'], runner_name: `GitHub Actions ${j}`, runner_group_name: 'GitHub Actions',
      });
      if (jobs.length === JOBS_PER_FILE) flushJobs();
    }
    if (runObjects.length === 5_000) {
      writeFileSync(join(dataDir, `runs-${String(r).padStart(8, '0')}.json`), JSON.stringify({ total_count: runObjects.length, workflow_runs: runObjects }));
      runObjects = [];
    }
  }
  if (jobs.length > 0) flushJobs();
  if (runObjects.length > 0) writeFileSync(join(dataDir, `runs-last.json`), JSON.stringify({ total_count: runObjects.length, workflow_runs: runObjects }));
}

/** Runs a command and samples its resident memory (VmHWM, the kernel's own high-water mark) until it exits. */
function measure(command, args) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let peakKb = 0;
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const timer = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm !== null) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {}
    }, 50);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} exited ${code}`));
      else done({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, stdout });
    });
  });
}

function floor() {
  const started = performance.now();
  let jobs = 0;
  for (const name of readdirSync(dataDir)) {
    const json = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
    jobs += json.jobs?.length ?? 0;
  }
  return { seconds: (performance.now() - started) / 1000, jobs };
}

const generatedAt = performance.now();
generate();
const bytes = readdirSync(dataDir).reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0);
console.log(`generated ${JOBS.toLocaleString('en')} jobs × ${STEPS} steps in ${readdirSync(dataDir).length} files, ${(bytes / 1e9).toFixed(2)} GB, in ${((performance.now() - generatedAt) / 1000).toFixed(0)} s`);

const parse = floor();
console.log(`floor (read + JSON.parse): ${parse.seconds.toFixed(1)} s, ${Math.round(parse.jobs / parse.seconds).toLocaleString('en')} jobs/s`);

const cli = resolve('bin/ciscope.js');
const imported = await measure(process.execPath, [cli, 'import', dataDir, '--repo', 'bench/history', '--db', db, '--quiet']);
console.log(`import: ${imported.seconds.toFixed(1)} s, ${Math.round(JOBS / imported.seconds).toLocaleString('en')} jobs/s, ${(imported.seconds / parse.seconds).toFixed(2)}× the floor, peak RSS ${imported.peakMb.toFixed(0)} MB`);

const tmpCheckout = join(dir, 'checkout');
mkdirSync(tmpCheckout, { recursive: true });
for (let i = 0; i < 2; i++) {
  const stats = await measure(process.execPath, [cli, 'stats', tmpCheckout, '--repo', 'bench/history', '--db', db, '--since', SINCE, '--format', 'json']);
  const json = JSON.parse(stats.stdout);
  console.log(`stats (${i === 0 ? 'cold' : 'warm'}): ${stats.seconds.toFixed(2)} s including node start-up, peak RSS ${stats.peakMb.toFixed(0)} MB, ${json.workflows.reduce((sum, w) => sum + w.jobs, 0).toLocaleString('en')} jobs in window`);
}
console.log(`database: ${(statSync(db).size / 1e9).toFixed(2)} GB`);
