import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import type { JobDurations } from '../engine/history-view.ts';
import type { Job } from '../workflow/model.ts';

/**
 * GitHub cancels a job after 360 minutes when it sets no `timeout-minutes`
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idtimeout-minutes).
 */
const GITHUB_DEFAULT_MINUTES = 360;
/** Round values a reviewer accepts without asking; the timeout is the first one at or above 1.5 × the longest run. */
const LADDER = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360] as const;
const MARGIN = 1.5;
/** Below this many successful runs the longest one says little about the slow tail. */
const MIN_RUNS = 5;
const DEFAULT_MINUTES = 30;
const LONG_BUILD_MINUTES = 60;
/** Steps that commonly run long: image builds and compiled-language builds. */
const LONG_BUILD_ACTIONS = new Set([
  'docker/build-push-action',
  'docker/bake-action',
  'pyo3/maturin-action',
  'goreleaser/goreleaser-action',
]);
const LONG_BUILD_COMMAND =
  /\b(cargo\s+(build|test|nextest|clippy)|bazel(isk)?\s+(build|test)|gradlew?\s|mvnw?\s|cmake\s+--build|docker\s+(buildx\s+)?(build|bake)|ninja\b|xcodebuild\b)/;

export default defineRule({
  id: 'missing-timeout',
  meta: {
    description:
      'Bound every job with `timeout-minutes` so that a hung run stops before GitHub’s 360-minute limit',
    category: 'waste',
    // Most jobs never hang: on 49 real repositories this fires on about 1,300 jobs, so it informs by default.
    severity: 'info',
    fixable: 'safe',
    messages: {
      withHistory:
        'Job `{{job}}` has no `timeout-minutes`: a hung run holds its runner for up to 360 minutes (billed on GitHub-hosted runners), while its longest successful run of {{runs}} took {{max}} min.',
      withoutHistory:
        'Job `{{job}}` has no `timeout-minutes`: a hung run holds its runner for up to 360 minutes (billed on GitHub-hosted runners) before GitHub cancels it.',
    },
  },
  check({ repo, history, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        // A reusable-workflow call has no steps of its own: the called jobs carry their own timeouts.
        if (job.uses !== undefined || job.timeoutMinutes !== undefined) continue;
        if (job.steps.length > 0 && job.steps.every((step) => step.node.has('timeout-minutes'))) continue;
        const durations = history?.jobDurations(workflow.file.path, job.id);
        // Without a measured run, a labeler or a job that only sets outputs is too small to call a risk.
        if ((durations === undefined || durations.runs === 0) && doesLittle(job)) continue;
        const choice = chooseTimeout(job, durations);
        report({
          messageId: durations !== undefined && durations.runs > 0 ? 'withHistory' : 'withoutHistory',
          data: { job: job.id, runs: durations?.runs ?? 0, max: formatMinutes(durations?.maxMinutes ?? 0) },
          at: job.key,
          fix: {
            title: `Add \`timeout-minutes: ${choice.minutes}\` to job \`${job.id}\` (${choice.basis})`,
            // A guess without enough history may cut a legitimately slow job short.
            unsafe: choice.measured === undefined,
            edits: (fixer) => timeoutEdit(fixer, job, choice.minutes),
          },
        });
      }
    }
  },
});

interface Choice {
  readonly minutes: number;
  readonly basis: string;
  /** The history it rests on, when there is enough. */
  readonly measured: JobDurations | undefined;
}

export function chooseTimeout(job: Job, durations: JobDurations | undefined): Choice {
  if (durations !== undefined && durations.runs >= MIN_RUNS && durations.maxMinutes > 0) {
    const minutes = roundUp(durations.maxMinutes * MARGIN);
    return {
      minutes,
      basis: `${MARGIN} × the longest of ${durations.runs} successful runs, ${formatMinutes(durations.maxMinutes)} min, rounded up`,
      measured: durations,
    };
  }
  const long = looksLikeLongBuild(job);
  const fallback = long ? LONG_BUILD_MINUTES : DEFAULT_MINUTES;
  // A few runs cannot set the value, but they can rule out a default below what has already been seen.
  const minutes =
    durations !== undefined && durations.maxMinutes > 0
      ? Math.max(fallback, roundUp(durations.maxMinutes * MARGIN))
      : fallback;
  const seen =
    durations !== undefined && durations.runs > 0
      ? `; only ${durations.runs} successful runs in history`
      : '';
  return {
    minutes,
    basis: `default for ${long ? 'a job that builds images or compiles' : 'a job'} without history${seen}; check it against your slowest run`,
    measured: undefined,
  };
}

/** The first ladder value at or above `minutes`; beyond the ladder, the next whole hour. */
export function roundUp(minutes: number): number {
  for (const step of LADDER) if (step >= minutes) return step;
  return Math.max(GITHUB_DEFAULT_MINUTES, Math.ceil(minutes / 60) * 60);
}

function looksLikeLongBuild(job: Job): boolean {
  return job.steps.some(
    (step) =>
      (step.action !== undefined && LONG_BUILD_ACTIONS.has(step.action.name)) ||
      (step.run !== undefined && LONG_BUILD_COMMAND.test(String(step.run.value ?? ''))),
  );
}

/**
 * Actions that finish in seconds and never build or test anything. A job made only of these and of trivial shell
 * commands, on a standard Linux runner and without a matrix, is left out without history: on 49 real repositories
 * such jobs (labelers, variable set-up, reviewdog linters, release tweets) were the findings maintainers called noise.
 */
const QUICK_ACTIONS =
  /^(actions\/(checkout|labeler|github-script|cache|cache\/(restore|save)|upload-artifact|download-artifact|create-github-app-token|first-interaction|stale|setup-[a-z]+)|peter-evans\/|dorny\/paths-filter|tj-actions\/changed-files|docker\/(login|metadata|setup-buildx|setup-qemu)-action|reviewdog\/|step-security\/harden-runner|amannn\/action-semantic-pull-request|softprops\/action-gh-release|release-drafter\/release-drafter)/i;
/** Shell commands that cannot run long on their own (no build, test, install or download). */
const TRIVIAL_COMMANDS = new Set(
  'echo printf cat jq gh test [ [[ exit true false set export cut sed awk grep tr head tail date sort uniq wc basename dirname if then else elif fi for do done case esac while mkdir ls cp mv rm touch cd pwd shift local read : env'.split(
    ' ',
  ),
);
const STANDARD_LINUX_RUNNER = /^ubuntu-(latest|slim|\d\d\.04)$/;

function doesLittle(job: Job): boolean {
  if (job.matrix !== undefined || job.steps.length === 0) return false;
  if (job.runsOn?.kind !== 'scalar' || !STANDARD_LINUX_RUNNER.test(String(job.runsOn.value))) return false;
  return job.steps.every((step) => {
    if (step.action !== undefined) return QUICK_ACTIONS.test(step.action.name);
    if (step.run === undefined || typeof step.run.value !== 'string') return false;
    const shell = step.node.get('shell');
    if (shell !== undefined && (shell.kind !== 'scalar' || !/^(bash|sh)\b/.test(String(shell.value))))
      return false;
    return (
      step.run.value
        // A `[[ a || b ]]` test is one command, not two.
        .replace(/\[\[.*?\]\]/g, '[[')
        .split(/\n|;|&&|\|\||\|/)
        .map((command) => command.trim().replace(/^(if|then|else|do|!)\s+/, ''))
        .filter((command) => command !== '' && !command.startsWith('#'))
        .every((command) => {
          const word = command.split(/\s+/)[0] ?? '';
          return TRIVIAL_COMMANDS.has(word) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word);
        })
    );
  });
}

function formatMinutes(minutes: number): string {
  return minutes >= 10 ? String(Math.round(minutes)) : minutes.toFixed(1);
}

/** Right after `runs-on` when there is one (where readers look for the job's machine and budget). */
function timeoutEdit(fixer: Fixer, job: Job, minutes: number): TextEdit {
  const line = `timeout-minutes: ${minutes}\n`;
  if (job.node.flow) return fixer.addToMap(job.node, 'timeout-minutes', String(minutes));
  const runsOn = job.node.pair('runs-on');
  if (runsOn !== undefined) return fixer.insertLinesAfter(runsOn.value, line, runsOn.key);
  const first = job.node.pairs[0];
  return first === undefined
    ? fixer.addToMap(job.node, 'timeout-minutes', String(minutes))
    : fixer.insertLinesBefore(first.key, line);
}
