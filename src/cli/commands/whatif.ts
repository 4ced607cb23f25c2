import { existsSync } from 'node:fs';
import { lintDirectory } from '../../engine/run-rules.ts';
import { DuckDbHistoryStore } from '../../history/duckdb-store.ts';
import { measuredRuns } from '../../history/measured-runs.ts';
import type { MeasuredHistory } from '../../history/measured-runs.ts';
import { poolJobs } from '../../history/pool-jobs.ts';
import type { WorkflowPoolJob } from '../../history/pool-jobs.ts';
import { handoverOf, inferPools, poolResolver, unusedPools } from '../../simulate/pools.ts';
import { whatIfJson, whatIfMarkdown, whatIfText } from '../../report/whatif.ts';
import type { PoolNote, WorkflowHistory } from '../../report/whatif.ts';
import { rules } from '../../rules/index.ts';
import { scenarios } from '../../simulate/scenarios/index.ts';
import { whatIfWorkflow } from '../../simulate/whatif.ts';
import type { ScenarioReport } from '../../simulate/whatif.ts';
import type { Workflow } from '../../workflow/model.ts';
import { directoryArgument, formatOption, listOption, stringOption } from '../command.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../io.ts';
import { dbPathOf, HISTORY_OPTION_HELP, parseSince, repoOf } from './history-options.ts';
import { readLintConfig } from './lint.ts';

const FORMATS = { text: whatIfText, json: whatIfJson, markdown: whatIfMarkdown } as const;
const FIX_SCENARIOS = scenarios
  .filter((scenario) => scenario.id !== 'remove-needs')
  .map((scenario) => scenario.id);

const whatif: Command = {
  name: 'whatif',
  summary: 'Predict the before/after table of a fix by replaying measured runs',
  help: `Usage: ciscope whatif [DIR] [options]

Lints the checkout in DIR (default: the current directory) and, for each finding whose fix has a scenario,
replays the workflow's measured runs before and after the fix on the runner pools: runner-minutes, wall clock,
queue time and time to the first test output. How it works and what it assumes: docs/whatif.md.

Options:
${HISTORY_OPTION_HELP}
  --apply RULE      simulate only the fixes of this rule (repeatable; \`all\`, the default: ${FIX_SCENARIOS.join(', ')})
  --remove-needs JOB:DEP  simulate JOB no longer waiting for DEP, and list the gates it loses (repeatable)
  --runners LABELS=N      N runners that carry these labels (\`self-hosted,linux,x64=2\`; repeatable) serve every
                          job whose labels they all carry; a self-hosted pool not named gets the size its
                          history shows (printed); hosted pools are unbounded and replay their measured pick-up
  --workflow FILE   only this workflow file (repeatable; \`ci.yml\` or \`.github/workflows/ci.yml\`)
  --since WHEN      replay runs created since: \`30d\` (days back) or \`YYYY-MM-DD\` (default: 30d)
  --format FORMAT   ${Object.keys(FORMATS).join(' | ')} (default: text)
`,
  options: {
    repo: { type: 'string' },
    db: { type: 'string' },
    apply: { type: 'string', multiple: true },
    'remove-needs': { type: 'string', multiple: true },
    runners: { type: 'string', multiple: true },
    workflow: { type: 'string', multiple: true },
    since: { type: 'string' },
    format: { type: 'string', short: 'f' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = directoryArgument(args, io.cwd);
    const format = formatOption(args, FORMATS);
    const apply = applyOf(listOption(args, 'apply'));
    const pools = poolsOf(listOption(args, 'runners'));
    const to = Date.now();
    const from = parseSince(stringOption(args, 'since') ?? '30d', to);

    const { severities, isIgnored } = readLintConfig(dir, undefined, io, []);
    const { repository, findings } = lintDirectory(dir, { rules, severities, isIgnored });
    const files = listOption(args, 'workflow');
    const workflows = repository.workflows.filter(
      (workflow) => files.length === 0 || files.some((file) => sameFile(workflow.file.path, file)),
    );
    if (files.length > 0 && workflows.length === 0)
      throw new UsageError(`no workflow file ${files.join(', ')} in ${dir}`);
    const removeNeeds = removeNeedsOf(listOption(args, 'remove-needs'), workflows);

    // Only the workflows with something to simulate are replayed (and said to lack history when they do).
    const simulated = (finding: { ruleId: string }): boolean =>
      FIX_SCENARIOS.includes(finding.ruleId) && (apply === 'all' || apply.includes(finding.ruleId));
    const targets = workflows.filter(
      (workflow) =>
        findings.some((finding) => finding.location.file === workflow.file.path && simulated(finding)) ||
        removeNeeds.has(workflow),
    );

    const repo = repoOf(args, dir, true);
    const dbPath = dbPathOf(args, io);
    if (!existsSync(dbPath))
      throw new UsageError(
        `no history database at ${dbPath}; \`ciscope sync\` or \`ciscope import\` creates it`,
      );
    const store = await DuckDbHistoryStore.open(dbPath);
    const histories: WorkflowHistory[] = [];
    const reports: ScenarioReport[] = [];
    const poolNotes: PoolNote[] = [];
    try {
      const repoId = await store.repoId(repo);
      if (repoId === undefined)
        throw new UsageError(
          `no history for ${repo.owner}/${repo.name} in ${dbPath}; \`ciscope sync\` or \`ciscope import --repo ${repo.owner}/${repo.name}\` stores it`,
        );
      const measured = new Map<Workflow, MeasuredHistory>();
      for (const workflow of targets)
        measured.set(workflow, await measuredRuns(store, { repoId, workflow, from, to }));
      const jobLabels = new Set(
        [...measured.values()].flatMap((history) =>
          history.runs.flatMap((run) => run.jobs.map((job) => job.pool)),
        ),
      );
      // A pool that serves no replayed job changes nothing: a typo in the labels, most likely (issue 9).
      const unused = jobLabels.size === 0 ? [] : unusedPools(pools, jobLabels);
      if (unused.length > 0)
        throw new UsageError(
          `--runners ${unused.join(', ')}: no replayed job runs on ${unused.length === 1 ? 'these labels' : 'those labels'}; the jobs run on ${[
            ...jobLabels,
          ]
            .sort()
            .map((labels) => `\`${labels}\``)
            .join(', ')}`,
        );
      for (const key of Object.keys(pools)) poolNotes.push({ labels: key, runners: pools[key] as number });
      let history: WorkflowPoolJob[] = [];
      const given = poolResolver(pools);
      const unbounded = [...jobLabels].filter(
        (labels) => given(labels) === labels && pools[labels] === undefined,
      );
      if (jobLabels.size > 0) history = await poolJobs(store, { repoId, from, to });
      for (const pool of inferPools(unbounded, history)) {
        pools[pool.labels] = pool.runners;
        poolNotes.push({ labels: pool.labels, runners: pool.runners, inferred: pool });
      }
      const bounded = poolResolver(pools);
      const handover = Object.fromEntries(
        Object.keys(pools).map((key) => [
          key,
          handoverOf(history.filter((job) => bounded(job.labels) === key)),
        ]),
      );
      for (let i = 0; i < poolNotes.length; i++) {
        const note = poolNotes[i] as PoolNote;
        poolNotes[i] = { ...note, handoverSeconds: Math.round((handover[note.labels] ?? 0) / 1000) };
      }
      const loading = await loadingWorkflows(
        store,
        { repoId, from, to },
        pools,
        history,
        repository.workflows,
        measured,
      );
      for (const workflow of targets) {
        const { runs, unmatchedJobs } = measured.get(workflow) as MeasuredHistory;
        if (runs.length === 0) {
          histories.push({ path: workflow.file.path, runs: 0, unmatchedJobs });
          continue;
        }
        const result = whatIfWorkflow({
          workflow,
          runs,
          findings: findings.filter((finding) => finding.location.file === workflow.file.path),
          apply,
          removeNeeds: removeNeeds.get(workflow) ?? [],
          pools,
          handover,
          background: loading.filter((other) => other.workflow !== workflow),
        });
        histories.push({ path: workflow.file.path, runs: runs.length, unmatchedJobs, check: result.check });
        reports.push(...result.scenarios);
      }
    } finally {
      await store.close();
    }
    io.stdout(FORMATS[format]({ scenarios: reports, workflows: histories, pools: poolNotes }));
    return EXIT.clean;
  },
};

export default whatif;

function applyOf(values: readonly string[]): 'all' | readonly string[] {
  if (values.length === 0 || values.includes('all')) return 'all';
  for (const value of values) {
    if (FIX_SCENARIOS.includes(value)) continue;
    const known = rules.some((rule) => rule.id === value);
    throw new UsageError(
      known
        ? `rule \`${value}\` has no what-if scenario; --apply takes all or one of ${FIX_SCENARIOS.join(', ')}`
        : `unknown rule \`${value}\`; --apply takes all or one of ${FIX_SCENARIOS.join(', ')}`,
    );
  }
  return values;
}

/** `self-hosted,linux,x64=2` → { 'self-hosted,linux,x64': 2 }: labels joined as GitHub lists them, as the store keeps them. */
function poolsOf(values: readonly string[]): Record<string, number> {
  const pools: Record<string, number> = {};
  for (const value of values) {
    const match = /^(.+)=(\d+)$/.exec(value);
    if (match === null || Number(match[2]) < 1)
      throw new UsageError(
        `--runners takes LABELS=N with N at least 1 (\`self-hosted,linux=2\`), not \`${value}\``,
      );
    pools[
      match[1]!
        .split(',')
        .map((label) => label.trim())
        .join(',')
    ] = Number(match[2]);
  }
  return pools;
}

/**
 * The measured runs of the workflows of the checkout whose jobs took runners of a bounded pool. They compete for
 * the runners, so each simulated workflow is replayed with the others' runs: alone, it would understate its queue
 * (the demo's three workflows share one pool of two GPU runners).
 */
async function loadingWorkflows(
  store: DuckDbHistoryStore,
  window: { repoId: number; from: number; to: number },
  pools: Readonly<Record<string, number>>,
  history: readonly WorkflowPoolJob[],
  workflows: readonly Workflow[],
  loaded: ReadonlyMap<Workflow, MeasuredHistory>,
): Promise<{ workflow: Workflow; runs: MeasuredHistory['runs'] }[]> {
  const resolve = poolResolver(pools);
  const paths = new Set(
    history.filter((job) => pools[resolve(job.labels)] !== undefined).map((job) => job.path),
  );
  const out: { workflow: Workflow; runs: MeasuredHistory['runs'] }[] = [];
  for (const workflow of workflows) {
    if (!paths.has(workflow.file.path)) continue;
    const runs = loaded.get(workflow)?.runs ?? (await measuredRuns(store, { ...window, workflow })).runs;
    out.push({ workflow, runs });
  }
  return out;
}

/** `JOB:DEP` pairs per workflow that has JOB; a pair no workflow can take is a usage error. */
function removeNeedsOf(values: readonly string[], workflows: readonly Workflow[]): Map<Workflow, string[]> {
  const out = new Map<Workflow, string[]>();
  for (const value of values) {
    const [job, dependency, ...rest] = value.split(':');
    if (job === undefined || job === '' || dependency === undefined || dependency === '' || rest.length > 0) {
      throw new UsageError(`--remove-needs takes JOB:DEP, not \`${value}\``);
    }
    const owners = workflows.filter((workflow) => workflow.jobsById.has(job));
    if (owners.length === 0)
      throw new UsageError(`--remove-needs ${value}: no workflow has a job \`${job}\``);
    for (const workflow of owners) out.set(workflow, [...(out.get(workflow) ?? []), value]);
  }
  return out;
}

function sameFile(path: string, file: string): boolean {
  const wanted = file.replace(/^\.\//, '');
  return path === wanted || path.endsWith(`/${wanted}`);
}
