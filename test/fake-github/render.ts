/**
 * Renders a generated history as GitHub's REST payloads at a given moment: runs created later do not exist yet,
 * runs and jobs still going show `in_progress` with the steps done so far. Field names and shapes follow the
 * recordings in /work/shared/data/github-api-recordings (`runs_with_jobs.json`, `workflow.json`).
 */
import type {
  GeneratedAttempt,
  GeneratedHistory,
  GeneratedJob,
  GeneratedRun,
  GeneratedStep,
  GeneratedWorkflow,
} from './generate-history.ts';

export type Json = Record<string, unknown>;

const WEB = 'https://github.com';

/** `2024-12-22T17:11:31Z`, or local time with an offset (`2024-12-23T02:11:31+09:00`) as old step payloads have. */
export function isoTime(ms: number, offsetMinutes = 0): string {
  if (offsetMinutes === 0) return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/, '');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

export function workflowJson(history: GeneratedHistory, workflow: GeneratedWorkflow, api: string): Json {
  return {
    id: workflow.id,
    node_id: `W_kwDO${workflow.id.toString(36)}`,
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    created_at: isoTime(workflow.createdAt),
    updated_at: isoTime(workflow.createdAt),
    url: `${api}/repos/${history.owner}/${history.repo}/actions/workflows/${workflow.id}`,
    html_url: `${WEB}/${history.owner}/${history.repo}/blob/main/${workflow.path}`,
    badge_url: `${WEB}/${history.owner}/${history.repo}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}

/** The attempts that have started by `now`; empty when the run does not exist yet. */
export function visibleAttempts(run: GeneratedRun, now: number): readonly GeneratedAttempt[] {
  return run.createdAt > now ? [] : run.attempts.filter((attempt) => attempt.startedAt <= now);
}

export function runJson(
  history: GeneratedHistory,
  run: GeneratedRun,
  now: number,
  api: string,
): Json | undefined {
  const attempts = visibleAttempts(run, now);
  const attempt = attempts.at(-1);
  if (attempt === undefined) return undefined;
  const workflow = history.workflows.find((candidate) => candidate.id === run.workflowId);
  if (workflow === undefined) throw new Error(`run ${run.id} has no workflow`);
  const completed = now >= attempt.completedAt;
  const started = attempt.jobs.some((job) => job.startedAt <= now && job.steps.length > 0);
  const repo = `${history.owner}/${history.repo}`;
  const runUrl = `${api}/repos/${repo}/actions/runs/${run.id}`;
  const actor = user(history.owner);
  const repository = {
    id: 758_693_010,
    node_id: 'R_kgDOLTi8kg',
    name: history.repo,
    full_name: repo,
    private: false,
    owner: user(history.owner),
    html_url: `${WEB}/${repo}`,
    url: `${api}/repos/${repo}`,
  };
  return {
    id: run.id,
    name: workflow.name,
    node_id: `WFR_${run.id.toString(36)}`,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: workflow.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: completed ? 'completed' : started ? 'in_progress' : 'queued',
    conclusion: completed ? attempt.conclusion : null,
    workflow_id: run.workflowId,
    check_suite_id: run.id * 3,
    check_suite_node_id: `CS_${(run.id * 3).toString(36)}`,
    url: runUrl,
    html_url: `${WEB}/${repo}/actions/runs/${run.id}`,
    pull_requests:
      run.pullRequest === null
        ? []
        : [
            {
              url: `${api}/repos/${repo}/pulls/${run.pullRequest}`,
              id: 2_000_000_000 + run.pullRequest,
              number: run.pullRequest,
              head: {
                ref: run.headBranch,
                sha: run.headSha,
                repo: { id: repository.id, url: repository.url, name: history.repo },
              },
              base: {
                ref: 'main',
                sha: '0'.repeat(40),
                repo: { id: repository.id, url: repository.url, name: history.repo },
              },
            },
          ],
    created_at: isoTime(run.createdAt),
    updated_at: isoTime(completed ? attempt.completedAt : lastChange(attempt, now)),
    actor,
    run_attempt: attempt.number,
    referenced_workflows: [],
    run_started_at: isoTime(attempt.startedAt),
    triggering_actor: actor,
    jobs_url: `${runUrl}/jobs`,
    logs_url: `${runUrl}/logs`,
    check_suite_url: `${api}/repos/${repo}/check-suites/${run.id * 3}`,
    artifacts_url: `${runUrl}/artifacts`,
    cancel_url: `${runUrl}/cancel`,
    rerun_url: `${runUrl}/rerun`,
    previous_attempt_url: attempt.number > 1 ? `${runUrl}/attempts/${attempt.number - 1}` : null,
    workflow_url: `${api}/repos/${repo}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: run.displayTitle,
      timestamp: isoTime(run.createdAt - 3000),
      author: { name: 'Dev', email: 'dev@example.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository,
    head_repository: repository,
  };
}

/** The jobs of the given attempts that exist at `now`, id order (as the API lists them). */
export function jobsJson(
  history: GeneratedHistory,
  run: GeneratedRun,
  attempts: readonly GeneratedAttempt[],
  now: number,
  api: string,
): Json[] {
  const workflow = history.workflows.find((candidate) => candidate.id === run.workflowId);
  return attempts
    .flatMap((attempt) => attempt.jobs)
    .filter((job) => job.createdAt <= now)
    .sort((a, b) => a.id - b.id)
    .map((job) => jobJson(history, run, job, workflow?.name ?? null, now, api));
}

function jobJson(
  history: GeneratedHistory,
  run: GeneratedRun,
  job: GeneratedJob,
  workflowName: string | null,
  now: number,
  api: string,
): Json {
  const repo = `${history.owner}/${history.repo}`;
  const status = now < job.startedAt ? 'queued' : now < job.completedAt ? 'in_progress' : 'completed';
  const json: Json = {
    id: job.id,
    run_id: run.id,
    workflow_name: workflowName,
    head_branch: run.headBranch,
    run_url: `${api}/repos/${repo}/actions/runs/${run.id}`,
    run_attempt: job.attempt,
    node_id: `CR_${job.id.toString(36)}`,
    head_sha: run.headSha,
    url: `${api}/repos/${repo}/actions/jobs/${job.id}`,
    html_url: `${WEB}/${repo}/actions/runs/${run.id}/job/${job.id}`,
    status,
    conclusion: status === 'completed' ? job.conclusion : null,
  };
  // Jobs from before 2022 have no `created_at` at all (README, devlake jobs).
  if (job.hasCreatedAt) json.created_at = isoTime(job.createdAt);
  Object.assign(json, {
    // A queued job already carries a `started_at` (its creation time) in GitHub's payloads.
    started_at: isoTime(status === 'queued' ? job.createdAt : job.startedAt),
    completed_at: status === 'completed' ? isoTime(job.completedAt) : null,
    name: job.name,
    steps:
      status === 'queued'
        ? []
        : job.steps
            .filter((step) => step.startedAt <= now || status === 'completed')
            .map((step) => stepJson(step, job, now)),
    check_run_url: `${api}/repos/${repo}/check-runs/${job.id}`,
    labels: job.labels,
    runner_id: job.runnerName === null || status === 'queued' ? null : runnerId(job.runnerName),
    runner_name: status === 'queued' ? null : job.runnerName,
    runner_group_id:
      job.runnerGroupName === null || status === 'queued' ? null : job.runnerGroupName === 'Default' ? 1 : 2,
    runner_group_name: status === 'queued' ? null : job.runnerGroupName,
  });
  return json;
}

function stepJson(step: GeneratedStep, job: GeneratedJob, now: number): Json {
  const done = now >= step.completedAt && now >= job.startedAt;
  return {
    name: step.name,
    status: done ? 'completed' : 'in_progress',
    conclusion: done ? step.conclusion : null,
    number: step.number,
    started_at: isoTime(step.startedAt, job.stepOffsetMinutes),
    completed_at: done ? isoTime(step.completedAt, job.stepOffsetMinutes) : null,
  };
}

function lastChange(attempt: GeneratedAttempt, now: number): number {
  const times = attempt.jobs.flatMap((job) => [
    job.createdAt,
    job.startedAt,
    job.completedAt,
    ...job.steps.flatMap((step) => [step.startedAt, step.completedAt]),
  ]);
  return Math.max(attempt.startedAt, ...times.filter((time) => time <= now));
}

function runnerId(name: string): number {
  const digits = /\d+$/.exec(name)?.[0];
  return digits === undefined ? 1 : Number(digits);
}

function user(login: string): Json {
  return {
    login,
    id: 33_163_342,
    node_id: 'MDQ6VXNlcjMzMTYzMzQy',
    type: 'User',
    site_admin: false,
    url: `https://api.github.com/users/${login}`,
    html_url: `${WEB}/${login}`,
  };
}
