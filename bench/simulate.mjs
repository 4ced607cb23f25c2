// Simulates 10,000 runs of a 50-job workflow (layers of fan-out and fan-in, two jobs per run on a 4-runner
// self-hosted pool next to unbounded hosted runners, concurrency groups per branch) and reports the median time of
// five repetitions after a warm-up. Target (issue: simulation): under 1 s.
import { loadTs } from '../scripts/load-ts.mjs';

const { simulate } = await loadTs('src/simulate/runner-pool.ts');
const MIN = 60_000;
const RUNS = 10_000;
const JOBS = 50;

let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

const runs = Array.from({ length: RUNS }, (_, r) => ({
  id: `run-${r}`,
  arrival: r * 4 * MIN + Math.floor(random() * 3 * MIN),
  group: `ci-branch-${r % 40}`,
  cancelInProgress: true,
  jobs: Array.from({ length: JOBS }, (_, j) => ({
    key: `job-${j}`,
    // Layers of 10 jobs, each waiting for two jobs of the layer before.
    needs: j < 10 ? [] : [`job-${j - 10}`, `job-${(j - 10 + 3) % 10 + Math.floor(j / 10 - 1) * 10}`],
    duration: Math.floor((1 + random() * 9) * MIN),
    pool: j === 0 || j === 25 ? 'self-hosted' : 'ubuntu-latest',
  })),
}));

const measure = (concurrency) => {
  const started = process.hrtime.bigint();
  const results = simulate(runs, { pools: { 'self-hosted': 4 }, concurrency });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, cancelled: results.filter((r) => r.cancelled).length };
};

measure(false); // warm-up
const rows = [];
for (const concurrency of [false, true]) {
  const times = [];
  let cancelled = 0;
  for (let i = 0; i < 5; i++) {
    const result = measure(concurrency);
    times.push(result.ms);
    cancelled = result.cancelled;
  }
  times.sort((a, b) => a - b);
  rows.push({ scenario: `${RUNS} runs × ${JOBS} jobs, concurrency ${concurrency ? 'on' : 'off'}`, medianMs: Math.round(times[2]), cancelled });
}
console.table(rows);
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
