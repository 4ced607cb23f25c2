// A workflow that shares `env` blocks through 3,000 aliases (300 jobs × 10 steps), linted by the current build and,
// when BENCH_BASELINE names another build's dist/index.js, by that one too:
//   node scripts/build.mjs && node bench/aliases.mjs
// Alias resolution was once quadratic in such files; this keeps the fix measurable.
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './corpus.mjs';

const JOBS = 300;
const STEPS = 10;
const lines = ['on: push', 'jobs:'];
for (let job = 0; job < JOBS; job++) {
  lines.push(
    `  job${job}:`,
    '    runs-on: ubuntu-latest',
    `    env: &env${job}`,
    `      SHARD: "${job}"`,
    '    steps:',
  );
  for (let step = 0; step < STEPS; step++)
    lines.push(`      - run: make shard-${step}`, `        env: *env${job}`);
}
const files = { '.github/workflows/shards.yml': `${lines.join('\n')}\n` };

const builds = [['current', join(REPO_ROOT, 'dist/index.js')]];
if (process.env.BENCH_BASELINE !== undefined) builds.push(['baseline', resolve(process.env.BENCH_BASELINE)]);
for (const [name, bundle] of builds) {
  const { buildRepository, memorySource, rules, runRules } = await import(bundle);
  const lint = () => runRules(buildRepository('/repo', memorySource(files)), { rules });
  lint();
  const start = performance.now();
  for (let run = 0; run < 3; run++) lint();
  const ms = (performance.now() - start) / 3;
  process.stdout.write(
    `${name}: ${ms.toFixed(0)} ms per lint of ${lines.length} lines with ${JOBS * STEPS} aliases\n`,
  );
}
