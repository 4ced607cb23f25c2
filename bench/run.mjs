// `npm run bench`: the three benchmark parts, one after the other, each in processes of its own — lint
// (bench/lint.mjs), history (bench/history.mjs) and simulate (bench/simulate.mjs). Each part prints its table and
// writes .bench/<part>.json; this gathers them into .bench/results.json and exits 1 when a target is missed.
// BENCH_PARTS=lint,simulate runs some of them; every part's own variables (JOBS, BENCH_RUNS …) pass through.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.mjs';
import { machine, readPart, RESULTS_DIR } from './report.mjs';

const PARTS = ['lint', 'history', 'simulate'];
const chosen = (process.env.BENCH_PARTS ?? PARTS.join(',')).split(',').map((part) => part.trim());
for (const part of chosen)
  if (!PARTS.includes(part)) throw new Error(`unknown part ${part}; use ${PARTS.join(', ')}`);

const started = Date.now();
const parts = {};
let failed = false;
for (const part of chosen) {
  const partStarted = Date.now();
  // Exit 1 is a missed target (the part still wrote its results); anything else is a failure.
  const { status } = spawnSync(process.execPath, [join(REPO_ROOT, `bench/${part}.mjs`)], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (status !== 0 && status !== 1) {
    process.stderr.write(`bench: ${part} failed (exit code ${status})\n`);
    failed = true;
    continue;
  }
  parts[part] = { ...readPart(part), seconds: Math.round((Date.now() - partStarted) / 1000) };
}

const targets = Object.values(parts).flatMap((part) => part.targets);
writeFileSync(
  join(RESULTS_DIR, 'results.json'),
  `${JSON.stringify({ version: 2, date: new Date().toISOString(), machine: machine(), seconds: Math.round((Date.now() - started) / 1000), parts, targets }, null, 2)}\n`,
);
const missed = targets.filter((t) => !t.met);
process.stdout.write(
  `\n${targets.length - missed.length} of ${targets.length} targets met in ${Math.round((Date.now() - started) / 60_000)} min` +
    `${missed.length === 0 ? '' : `; missed: ${missed.map((t) => t.name).join('; ')}`}. Results: .bench/results.json\n`,
);
if (failed) process.exitCode = 2;
else if (missed.length > 0) process.exitCode = 1;
