// Preloaded into a measured process (`node --import ./bench/rusage.mjs …`): on exit, writes the process's own
// resource usage (CPU time of all its threads, DuckDB's included, and its peak RSS) to $BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RUSAGE;
if (file !== undefined)
  process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
