#!/usr/bin/env node
/**
 * Writes the demo's recorded run history: four weeks of `flowmesh/flowmesh` CI in the shapes of GitHub's REST API
 * (`GET /repos/{owner}/{repo}/actions/workflows/{file}/runs` → `runs/<workflow>.json`,
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs` → `jobs/<run_id>.json`), so that `npm start` shows the
 * demo's findings with measured minutes, offline and without a token.
 *
 * The history is simulated, deterministically (a seeded PRNG, fixed dates): re-running this script rewrites the
 * same bytes. Its shape follows examples/demo/.github/workflows/ and the incidents of the four seed PRs:
 *
 * - regression.yml (seed 000): 11 shards each rebuild Dockerfile.test, ~234 s per shard on a warm cache, 20-30
 *   minutes on the one cold-cache run after a release bumped every package.json;
 * - unit-tests.yml, lint-typecheck.yml, check-pr-title.yml (seed 002): one self-hosted pool of two CUDA runners,
 *   no `concurrency`, so the runs of superseded pushes keep the runners busy and the newest push queues;
 * - build-images.yml (seed 003): `linux/amd64,linux/arm64` under QEMU on every push to main, ~25 minutes;
 * - server-tests.yml has `concurrency: cancel-in-progress`, so its superseded runs show up cancelled.
 *
 * Usage: node examples/demo-history/generate.mjs   (writes next to this file)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = dirname(fileURLToPath(import.meta.url));
const REPO = 'flowmesh/flowmesh';
const API = `https://api.github.com/repos/${REPO}`;
const WEB = `https://github.com/${REPO}`;
/** Monday 6 April 2026, 00:00 UTC: the recording covers four weeks from here. */
const START = Date.UTC(2026, 3, 6);
const DAY = 86_400_000;
const MINUTE = 60_000;
const SECOND = 1000;

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast and the same on every Node version. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = prng(20260406);
const between = (low, high) => low + random() * (high - low);
/** A duration in whole seconds around `mean` (± `spread` as a fraction), never below 1 s. */
const around = (mean, spread = 0.08) => Math.max(1, Math.round(mean * (1 + (random() * 2 - 1) * spread))) * SECOND;
const seconds = (low, high) => Math.round(between(low, high)) * SECOND;
const chance = (p) => random() < p;
const hex = (length) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');

// ---------------------------------------------------------------------------------------------------------------
// Workflows: their jobs and steps as GitHub names them (job `name:` or id, matrix values appended or substituted;
// steps by `name:`, else `Run <action>` / `Run <first line of the script>`, post steps `Post <name>`).

const WORKFLOWS = {
  regression: { id: 91_000_101, name: 'regression', path: '.github/workflows/regression.yml' },
  unitTests: { id: 91_000_102, name: 'unit-tests', path: '.github/workflows/unit-tests.yml' },
  lintTypecheck: { id: 91_000_103, name: 'lint-typecheck', path: '.github/workflows/lint-typecheck.yml' },
  checkPrTitle: { id: 91_000_104, name: 'check-pr-title', path: '.github/workflows/check-pr-title.yml' },
  e2e: { id: 91_000_105, name: 'E2E Tests', path: '.github/workflows/e2e.yml' },
  serverTests: { id: 91_000_106, name: 'Server Integration', path: '.github/workflows/server-tests.yml' },
  buildImages: { id: 91_000_107, name: 'build-images', path: '.github/workflows/build-images.yml' },
  runnerImage: { id: 91_000_108, name: 'runner-image', path: '.github/workflows/runner-image.yml' },
};

const SHARDS = {
  // Seconds of `bun run test:regression --shard X`: `fast` is the smoke shard, the codec shards are the long ones.
  fast: 95,
  captions: 310,
  transitions: 420,
  'audio-sync': 260,
  color: 230,
  fonts: 180,
  layout: 340,
  lottie: 390,
  masks: 280,
  'text-effects': 450,
  'video-codecs': 610,
};

const HOSTED = { labels: ['ubuntu-latest'], group: 'GitHub Actions', groupId: 2 };
const GPU_POOL = { labels: ['self-hosted', 'linux', 'cuda'], group: 'Default', groupId: 1, runners: ['flowmesh-gpu-1', 'flowmesh-gpu-2'] };

const checkout = (lfs = false) => ({ name: 'Run actions/checkout@v4', duration: lfs ? seconds(25, 70) : seconds(2, 6), post: 'Post Run actions/checkout@v4' });
const buildx = () => ({ name: 'Run docker/setup-buildx-action@v3', duration: seconds(7, 14), post: 'Post Run docker/setup-buildx-action@v3' });
const setupUv = (restoreSeconds) => ({ name: 'Run astral-sh/setup-uv@v7', duration: seconds(restoreSeconds * 0.6, restoreSeconds * 1.4), post: 'Post Run astral-sh/setup-uv@v7', postDuration: seconds(restoreSeconds * 0.3, restoreSeconds * 0.8) });

/** Steps of one regression shard; `coldCache` is the run after the release that invalidated the install layer. */
function shardSteps(shard, { coldCache, fails }) {
  return [
    checkout(true),
    buildx(),
    { name: 'Build test image', duration: coldCache ? seconds(20 * 60, 30 * 60) : around(234, 0.07), post: 'Post Build test image' },
    { name: 'Run shard', duration: around(SHARDS[shard], 0.1), conclusion: fails ? 'failure' : 'success' },
    { name: 'Upload diffs', duration: fails ? seconds(4, 9) : 0, skipped: !fails, always: fails },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Activity: pull requests with their pushes, merges to main, the weekly runner-image build.

const PR_TITLES = [
  ['feat(producer): caption safe areas', 'feat/caption-safe-areas', false],
  ['fix(worker): retry transient S3 errors', 'fix/worker-s3-retry', false],
  ['feat(server): pagination for /jobs', 'feat/server-jobs-pagination', true],
  ['chore(deps): bump torch to 2.7', 'chore/bump-torch', false],
  ['fix(producer): lottie frame drift', 'fix/lottie-drift', false],
  ['feat(server): webhook signatures', 'feat/webhook-signatures', true],
  ['perf(producer): reuse decoder contexts', 'perf/decoder-reuse', false],
  ['fix(api): 422 on empty render spec', 'fix/empty-render-spec', false],
  ['chore(release): v0.14.0', 'release/v0.14.0', false],
  ['feat(producer): variable fonts', 'feat/variable-fonts', false],
  ['fix(server): session expiry off by one', 'fix/session-expiry', true],
  ['refactor(worker): split the scheduler', 'refactor/worker-scheduler', false],
  ['feat(producer): mask feathering', 'feat/mask-feathering', false],
  ['fix(e2e): flaky upload spec', 'fix/e2e-upload-flake', true],
  ['feat(api): render presets', 'feat/render-presets', false],
  ['docs: contributor guide for the GPU pool', 'docs/gpu-pool', false],
];

/** Working hours on weekdays, in UTC (the team is in Europe). */
function workingTime(day) {
  let date = START + day * DAY;
  while ([0, 6].includes(new Date(date).getUTCDay())) date += DAY;
  return date + Math.round(between(7.5, 16) * 60) * MINUTE;
}

function activity() {
  const events = [];
  let releaseSeen = false;
  PR_TITLES.forEach(([title, branch, touchesServer], index) => {
    const number = 1180 + index;
    const opened = workingTime(Math.floor((index * 26) / PR_TITLES.length));
    // A first push, then review rounds; a burst of quick fix-up pushes is what leaves superseded runs.
    const pushes = [opened];
    const rounds = 1 + Math.floor(between(0, 4));
    let at = opened;
    for (let round = 0; round < rounds; round++) {
      at += chance(0.55) ? seconds(4 * 60, 12 * 60) : seconds(1.5 * 3600, 20 * 3600);
      pushes.push(at);
    }
    const isRelease = branch.startsWith('release/');
    pushes.forEach((time, push) => {
      const coldCache = isRelease && !releaseSeen;
      releaseSeen ||= isRelease;
      events.push({ kind: 'pull_request', time, pr: { number, title, branch }, touchesServer, coldCache, push, codeChanged: !branch.startsWith('docs/') });
    });
    const merged = at + seconds(2 * 3600, 26 * 3600);
    if (merged < START + 28 * DAY) events.push({ kind: 'push', time: merged, pr: { number, title, branch }, codeChanged: !branch.startsWith('docs/') });
  });
  for (let week = 0; week < 4; week++) events.push({ kind: 'schedule', time: START + week * 7 * DAY + 4 * 3600 * SECOND + seconds(60, 600) });
  events.sort((a, b) => a.time - b.time);
  // Every workflow a push triggers is created within the same few seconds.
  for (const event of events) event.created = event.time + seconds(1, 4);
  return events;
}

// ---------------------------------------------------------------------------------------------------------------
// Runs and jobs

let nextRunId = 14_812_000_000;
let nextJobId = 41_530_000_000;
let hostedRunner = 1;
const runNumbers = new Map();
const runs = [];
/** Jobs of the GPU pool, scheduled after every run is known (they queue behind each other's runs). */
const poolRequests = [];

function iso(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function newRun(workflow, event, created) {
  const number = (runNumbers.get(workflow.id) ?? 1400) + 1;
  runNumbers.set(workflow.id, number);
  const run = { workflow, event, created, id: nextRunId++, number, jobs: [] };
  nextRunId += Math.floor(between(3, 40));
  runs.push(run);
  return run;
}

/**
 * A job that starts at `start` and runs its steps in order: `Set up job`, the steps, their post steps in reverse,
 * `Complete job`. A failed step skips the rest (but not post steps); `cancelAt` cuts the job where it stands.
 */
function job(run, { name, created, start, steps, runner, labels, group, groupId, cancelAt }) {
  const out = [];
  let at = start;
  let failed = false;
  let cancelled = false;
  const ran = new Set();
  const add = (stepName, duration, options = {}) => {
    if (cancelled && !options.always) {
      out.push({ name: stepName, status: 'completed', conclusion: 'skipped', number: out.length + 1, started_at: null, completed_at: null });
      return;
    }
    if (options.skipped || (failed && !options.always)) {
      out.push({ name: stepName, status: 'completed', conclusion: 'skipped', number: out.length + 1, started_at: iso(at), completed_at: iso(at) });
      return;
    }
    ran.add(stepName);
    let end = at + duration;
    let conclusion = options.conclusion ?? 'success';
    if (cancelAt !== undefined && end > cancelAt && !cancelled) {
      end = Math.max(at, cancelAt);
      conclusion = 'cancelled';
      cancelled = true;
    }
    out.push({ name: stepName, status: 'completed', conclusion, number: out.length + 1, started_at: iso(at), completed_at: iso(end) });
    if (conclusion === 'failure') failed = true;
    at = end;
  };
  add('Set up job', seconds(1, 4));
  for (const step of steps) add(step.name, step.duration, step);
  // Post steps run for the steps that ran, in reverse order, also after a failure or a cancellation.
  for (const step of [...steps].reverse()) if (step.post !== undefined && ran.has(step.name)) add(step.post, step.postDuration ?? seconds(1, 3), { always: true });
  add('Complete job', seconds(0, 2), { always: true });
  const conclusion = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
  const record = {
    ...jobHeader(run),
    status: 'completed',
    conclusion,
    created_at: iso(created),
    started_at: iso(start),
    completed_at: iso(at),
    name,
    steps: out,
    labels,
    runner_id: runner.id,
    runner_name: runner.name,
    runner_group_id: groupId,
    runner_group_name: group,
  };
  run.jobs.push(record);
  return record;
}

/** The fields before `status`; `id` and the URLs naming it are set by `assignJobIds`, in creation order. */
function jobHeader(run) {
  return { id: 0, run_id: run.id, workflow_name: run.workflow.name, head_branch: run.branch, run_url: `${API}/actions/runs/${run.id}`, run_attempt: 1, head_sha: run.sha, url: '', html_url: '' };
}

function assignJobIds() {
  const all = runs.flatMap((run) => run.jobs.map((record) => ({ run, record })));
  all.sort((a, b) => Date.parse(a.record.created_at) - Date.parse(b.record.created_at) || a.run.id - b.run.id || (a.record.name < b.record.name ? -1 : 1));
  for (const { run, record } of all) {
    record.id = nextJobId;
    record.url = `${API}/actions/jobs/${nextJobId}`;
    record.html_url = `${WEB}/actions/runs/${run.id}/job/${nextJobId}`;
    nextJobId += 1 + Math.floor(between(0, 5));
  }
}

/** A job GitHub never started (its `if:` was false): shown as skipped, with no runner and no steps. */
function skippedJob(run, name, at) {
  run.jobs.push({
    ...jobHeader(run),
    status: 'completed',
    conclusion: 'skipped', created_at: iso(at), started_at: iso(at), completed_at: iso(at), name, steps: [], labels: [],
    runner_id: null, runner_name: null, runner_group_id: null, runner_group_name: null,
  });
}

function hostedJob(run, name, ready, steps, options = {}) {
  const start = ready + seconds(3, 18);
  const number = 1000 + (hostedRunner++ % 40);
  const runner = { id: number, name: `GitHub Actions ${number}` };
  return job(run, { name, created: ready, start, steps, runner, labels: HOSTED.labels, group: HOSTED.group, groupId: HOSTED.groupId, ...options });
}

const endOf = (record) => Date.parse(record.completed_at);

function regressionRun(event, time, options) {
  const run = newRun(WORKFLOWS.regression, event.kind, time);
  Object.assign(run, event.ref);
  const changes = hostedJob(run, 'changes', time + seconds(1, 3), [checkout(), { name: 'Run dorny/paths-filter@v3', duration: seconds(2, 5) }]);
  const ready = endOf(changes) + seconds(1, 3);
  if (!options.codeChanged) {
    for (const shard of Object.keys(SHARDS)) skippedJob(run, `regression (${shard})`, ready);
  } else {
    const flaky = chance(0.07) ? 'text-effects' : undefined;
    for (const shard of Object.keys(SHARDS)) {
      hostedJob(run, `regression (${shard})`, ready, shardSteps(shard, { coldCache: options.coldCache, fails: shard === flaky }));
    }
  }
  const last = Math.max(...run.jobs.map(endOf));
  const failed = run.jobs.some((record) => record.conclusion === 'failure');
  hostedJob(run, 'regression', last + seconds(1, 4), [
    { name: 'Run if [ "${{ needs.regression-shards.result }}" = "failure" ]; then exit 1; fi', duration: seconds(0, 1), conclusion: failed ? 'failure' : 'success' },
  ]);
}

function e2eRun(event, time) {
  const run = newRun(WORKFLOWS.e2e, event.kind, time);
  Object.assign(run, event.ref);
  const fails = chance(0.08);
  hostedJob(run, 'cypress', time + seconds(1, 3), [
    checkout(),
    buildx(),
    { name: 'Build server image', duration: around(205, 0.12) },
    { name: 'Build delphi image', duration: around(170, 0.12) },
    { name: 'Start the stack', duration: around(38, 0.2) },
    { name: 'Run actions/setup-node@v4', duration: seconds(3, 8), post: 'Post Run actions/setup-node@v4' },
    { name: 'Run Cypress', duration: around(480, 0.15), conclusion: fails ? 'failure' : 'success' },
    { name: 'Dump logs', duration: seconds(2, 4), skipped: !fails, always: true },
    { name: 'Run actions/upload-artifact@v4', duration: seconds(3, 6), skipped: !fails, always: true },
  ]);
}

/** `cancelAt`: when the next push to the branch creates a run, `cancel-in-progress` cancels this one. */
function serverTestsRun(event, time, cancelAt) {
  const run = newRun(WORKFLOWS.serverTests, event.kind, time);
  Object.assign(run, event.ref);
  // The git context of bake-action misses the layer cache on every commit (seed 001): a full build each time.
  hostedJob(run, 'integration', time + seconds(1, 3), [
    checkout(),
    buildx(),
    { name: 'Build images', duration: around(290, 0.1), post: 'Post Build images' },
    { name: 'Run integration tests', duration: around(150, 0.15) },
  ], { cancelAt });
}

function buildImagesRun(event, time) {
  const run = newRun(WORKFLOWS.buildImages, event.kind, time);
  Object.assign(run, event.ref);
  const login = () => ({ name: 'Run docker/login-action@v3', duration: seconds(1, 3), post: 'Post Run docker/login-action@v3' });
  const qemu = () => ({ name: 'Run docker/setup-qemu-action@v3', duration: seconds(7, 13) });
  // Seed 003: the arm64 half under QEMU makes the worker build ~25 minutes; the app build is amd64 only.
  const worker = hostedJob(run, 'build-worker', time + seconds(1, 3), [
    checkout(), qemu(), buildx(), login(),
    { name: 'Run docker/build-push-action@v6', duration: around(25 * 60, 0.08), post: 'Post Run docker/build-push-action@v6' },
  ]);
  hostedJob(run, 'build-app', endOf(worker) + seconds(1, 4), [
    checkout(), qemu(), buildx(), login(),
    { name: 'Run docker/build-push-action@v6', duration: around(8 * 60, 0.12), post: 'Post Run docker/build-push-action@v6' },
  ]);
}

function runnerImageRun(event, time) {
  const run = newRun(WORKFLOWS.runnerImage, event.kind, time);
  Object.assign(run, event.ref);
  hostedJob(run, 'build', time + seconds(1, 3), [
    checkout(), buildx(),
    { name: 'Run docker/login-action@v3', duration: seconds(1, 3), post: 'Post Run docker/login-action@v3' },
    { name: 'Run docker/build-push-action@v6', duration: around(14 * 60, 0.1), post: 'Post Run docker/build-push-action@v6' },
  ]);
}

/** Steps of the three workflows on the GPU pool (seed 002): uv restores its cache, then syncs every extra. */
const POOL_JOBS = {
  unitTests: () => ({
    name: 'pytest',
    steps: [checkout(), setupUv(40), { name: 'Install', duration: around(230, 0.2) }, { name: 'Test', duration: around(840, 0.12), conclusion: chance(0.06) ? 'failure' : 'success' }],
  }),
  lintTypecheck: () => ({
    name: 'lint',
    steps: [
      checkout(), setupUv(35),
      { name: 'Run uv sync --all-extras --frozen', duration: around(210, 0.2) },
      { name: 'Run uv run ruff check .', duration: seconds(5, 11) },
      { name: 'Run uv run ruff format --check .', duration: seconds(3, 6) },
      { name: 'Run uv run mypy src/', duration: around(115, 0.15) },
    ],
  }),
  checkPrTitle: () => ({ name: 'title', steps: [checkout(), setupUv(8), { name: 'Check title', duration: seconds(2, 5) }] }),
};

function poolRun(key, event, time) {
  const run = newRun(WORKFLOWS[key], event.kind, time);
  Object.assign(run, event.ref);
  poolRequests.push({ run, ready: time + seconds(1, 3), ...POOL_JOBS[key]() });
}

/** Two runners, first come first served: a job waits until one is free (what superseded runs make worse). */
function schedulePool() {
  const free = GPU_POOL.runners.map(() => 0);
  for (const request of poolRequests.sort((a, b) => a.ready - b.ready)) {
    const index = free[0] <= free[1] ? 0 : 1;
    const start = Math.max(request.ready, free[index]) + seconds(2, 6);
    const record = job(request.run, {
      name: request.name, created: request.ready, start, steps: request.steps,
      runner: { id: 7 + index, name: GPU_POOL.runners[index] }, labels: GPU_POOL.labels, group: GPU_POOL.group, groupId: GPU_POOL.groupId,
    });
    free[index] = endOf(record) + seconds(5, 15);
  }
}

function simulate() {
  const events = activity();
  let mainSha = hex(40);
  for (const [index, event] of events.entries()) {
    if (event.kind === 'schedule') {
      runnerImageRun({ kind: 'schedule', ref: { branch: 'main', sha: mainSha, title: 'runner-image', pulls: [] } }, event.created);
      continue;
    }
    if (event.kind === 'push') {
      mainSha = hex(40);
      const push = { kind: 'push', ref: { branch: 'main', sha: mainSha, title: `${event.pr.title} (#${event.pr.number})`, pulls: [] } };
      regressionRun(push, event.created, { codeChanged: event.codeChanged, coldCache: false });
      poolRun('unitTests', push, event.created);
      buildImagesRun(push, event.created);
      continue;
    }
    const sha = hex(40);
    const pr = { kind: 'pull_request', ref: { branch: event.pr.branch, sha, title: event.pr.title, pulls: [{ number: event.pr.number, branch: event.pr.branch, sha }] } };
    regressionRun(pr, event.created, { codeChanged: event.codeChanged, coldCache: event.coldCache });
    poolRun('unitTests', pr, event.created);
    poolRun('lintTypecheck', pr, event.created);
    poolRun('checkPrTitle', pr, event.created);
    e2eRun(pr, event.created);
    if (event.touchesServer) {
      const next = events.slice(index + 1).find((later) => later.kind === 'pull_request' && later.pr.branch === event.pr.branch);
      serverTestsRun(pr, event.created, next === undefined ? undefined : next.created + seconds(2, 5));
    }
  }
  schedulePool();
  assignJobIds();
}

// ---------------------------------------------------------------------------------------------------------------
// Payloads

function runPayload(run) {
  const jobs = run.jobs;
  const conclusion = jobs.some((record) => record.conclusion === 'cancelled') ? 'cancelled' : jobs.some((record) => record.conclusion === 'failure') ? 'failure' : 'success';
  const updated = Math.max(...jobs.map(endOf));
  return {
    id: run.id,
    name: run.workflow.name,
    head_branch: run.branch,
    head_sha: run.sha,
    path: run.workflow.path,
    display_title: run.title,
    run_number: run.number,
    event: run.event,
    status: 'completed',
    conclusion,
    workflow_id: run.workflow.id,
    url: `${API}/actions/runs/${run.id}`,
    html_url: `${WEB}/actions/runs/${run.id}`,
    pull_requests: run.pulls.map((pull) => ({
      url: `${API}/pulls/${pull.number}`,
      number: pull.number,
      head: { ref: pull.branch, sha: pull.sha },
      base: { ref: 'main' },
    })),
    created_at: iso(run.created),
    updated_at: iso(updated + 2 * SECOND),
    run_attempt: 1,
    run_started_at: iso(run.created),
    jobs_url: `${API}/actions/runs/${run.id}/jobs`,
    workflow_url: `${API}/actions/workflows/${run.workflow.id}`,
  };
}

/** One JSON value per line inside the listing: small files that still diff line by line. */
function listing(key, items) {
  return `{"total_count":${items.length},"${key}":[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]}\n`;
}

simulate();
rmSync(join(OUT, 'runs'), { recursive: true, force: true });
rmSync(join(OUT, 'jobs'), { recursive: true, force: true });
mkdirSync(join(OUT, 'runs'));
mkdirSync(join(OUT, 'jobs'));
for (const workflow of Object.values(WORKFLOWS)) {
  // Newest first, as the API lists them.
  const ofWorkflow = runs.filter((run) => run.workflow === workflow).sort((a, b) => b.created - a.created || b.id - a.id);
  const stem = workflow.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  writeFileSync(join(OUT, 'runs', `${stem}.json`), listing('workflow_runs', ofWorkflow.map(runPayload)));
}
for (const run of runs) {
  writeFileSync(join(OUT, 'jobs', `${run.id}.json`), listing('jobs', [...run.jobs].sort((a, b) => a.id - b.id)));
}
