// Simulate part of `npm run bench` (alone: `node bench/simulate.mjs`): 10,000 runs of a 50-job workflow (layers of
// fan-out and fan-in, two jobs per run on a 4-runner self-hosted pool next to unbounded hosted runners) through
// src/simulate/runner-pool.ts, without concurrency groups, with one group per branch (40 branches: no run is
// cancelled) and with 4 groups (newer runs cancel older ones). Each scenario runs in a process of its own: median of
// SIM_REPEATS (default 5) after a warm-up, CPU time, peak RSS, and a digest of the results so that two versions of
// the simulator can be shown to agree. BENCH_SIMULATOR=path/to/runner-pool.ts adds another version as a contender
// (e.g. `git show main:src/simulate/runner-pool.ts > /tmp/old.ts`); BENCH_BASELINE=<checkout>/dist/index.js, as for the
// other parts, takes <checkout>/src/simulate/runner-pool.ts. Target (issue: simulation): under 1 s.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './corpus.mjs';
import { formatTable, machine, median, printTargets, target, writePart } from './report.mjs';

const RUNS = 10_000;
const JOBS = 50;
const MIN = 60_000;
const REPEATS = Number(process.env.SIM_REPEATS ?? 5);
const SCENARIOS = {
  'no concurrency': { concurrency: false, groups: 40 },
  'concurrency, 40 groups': { concurrency: true, groups: 40 },
  'concurrency, 4 groups': { concurrency: true, groups: 4 },
};

/** The runs, from a fixed seed: the same input in every process. */
function workload(groups) {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: RUNS }, (_, r) => ({
    id: `run-${r}`,
    arrival: r * 4 * MIN + Math.floor(random() * 3 * MIN),
    group: `ci-branch-${r % groups}`,
    cancelInProgress: true,
    jobs: Array.from({ length: JOBS }, (_, j) => ({
      key: `job-${j}`,
      // Layers of 10 jobs, each waiting for two jobs of the layer before.
      needs: j < 10 ? [] : [`job-${j - 10}`, `job-${((j - 10 + 3) % 10) + Math.floor(j / 10 - 1) * 10}`],
      duration: Math.floor((1 + random() * 9) * MIN),
      pool: j === 0 || j === 25 ? 'self-hosted' : 'ubuntu-latest',
    })),
  }));
}

/** One scenario in this process; prints one JSON line. */
async function child(modulePath, scenario) {
  const { simulate } = await import(pathToFileURL(modulePath).href);
  const { concurrency, groups } = SCENARIOS[scenario];
  const runs = workload(groups);
  const options = { pools: { 'self-hosted': 4 }, concurrency };
  let results = simulate(runs, options); // warm-up
  const times = [];
  const cpu = [];
  for (let i = 0; i < REPEATS; i++) {
    results = undefined;
    const cpuStart = process.cpuUsage();
    const started = process.hrtime.bigint();
    results = simulate(runs, options);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const digest = createHash('sha256').update(JSON.stringify(results)).digest('hex').slice(0, 16);
  const cancelled = results.filter((r) => r.cancelled).length;
  process.stdout.write(
    `${JSON.stringify({ scenario, timesMs: times, cpuMs: cpu, medianMs: median(times), medianCpuMs: median(cpu), maxRssKb: process.resourceUsage().maxRSS, cancelled, digest })}\n`,
  );
}

/** Bundles a version of runner-pool.ts into .bench/ (Node 20 cannot run TypeScript). */
async function bundle(source, name) {
  const outdir = join(REPO_ROOT, '.bench/simulate');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${name}.mjs`);
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  return outfile;
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else {
  const load = machine().loadAverage1m;
  const versions = [['ciscope', await bundle(join(REPO_ROOT, 'src/simulate/runner-pool.ts'), 'current')]];
  const baseline =
    process.env.BENCH_SIMULATOR ??
    (process.env.BENCH_BASELINE === undefined
      ? undefined
      : resolve(dirname(resolve(process.env.BENCH_BASELINE)), '../src/simulate/runner-pool.ts'));
  if (baseline !== undefined) versions.push(['baseline', await bundle(resolve(baseline), 'baseline')]);
  const results = [];
  for (const scenario of Object.keys(SCENARIOS)) {
    for (const [version, module] of versions) {
      const output = execFileSync(
        process.execPath,
        [new URL(import.meta.url).pathname, '--child', module, scenario],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      results.push({ version, ...JSON.parse(output) });
    }
  }
  const rows = [
    ['scenario', 'version', 'median', 'CPU', 'peak RSS', 'cancelled runs', 'results digest'],
    ...results.map((r) => [
      r.scenario,
      r.version,
      `${r.medianMs.toFixed(0)} ms`,
      `${r.medianCpuMs.toFixed(0)} ms`,
      `${(r.maxRssKb / 1024).toFixed(0)} MiB`,
      r.cancelled,
      r.digest,
    ]),
  ];
  const current = results.filter((r) => r.version === 'ciscope');
  const targets = [
    target(
      'simulate 10,000 runs × 50 jobs, slowest scenario (median wall)',
      1000,
      Math.max(...current.map((r) => r.medianMs)),
      ' ms',
    ),
  ];
  process.stdout.write(
    `\nSimulate: ${RUNS.toLocaleString('en')} runs × ${JOBS} jobs (4 self-hosted runners, hosted unbounded); median of ${REPEATS} after a warm-up, one process per row; load average ${load}\n` +
      `${formatTable(rows)}\n`,
  );
  printTargets(targets);
  writePart('simulate', {
    machine: { ...machine(), loadAverage1mBefore: load },
    runs: RUNS,
    jobs: JOBS,
    repeats: REPEATS,
    results,
    targets,
  });
  if (targets.some((t) => !t.met)) process.exitCode = 1;
}
