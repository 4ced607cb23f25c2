import { defineRule } from '../engine/define-rule.ts';
import { dockerfileAt, dockerStages } from '../workflow/docker.ts';
import { imageBuildsOfJob } from '../workflow/image-builds.ts';
import type { ImageBuild } from '../workflow/image-builds.ts';
import type { Job, Repository, Step } from '../workflow/model.ts';

/** The inputs that make two builds the same image; a second build of it is served from the layer cache. */
const IDENTITY_INPUTS = [
  'context',
  'file',
  'target',
  'build-args',
  'build-contexts',
  'targets',
  'files',
  'set',
  'services',
];

export default defineRule({
  id: 'sequential-image-builds',
  meta: {
    description:
      'Build independent images in one parallel `docker buildx bake` pass instead of one after another',
    category: 'waste',
    severity: 'info',
    fixable: false,
    messages: {
      sequentialBuild:
        'This `{{tool}}` waits for the `{{previous}}` before it in job `{{job}}`; one `docker buildx bake` pass builds independent targets in parallel, builds a target that depends on another once and in order, and shares their common layers.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        const builds = imageBuildsOfJob(job, repo);
        for (let index = 1; index < builds.length; index++) {
          const previous = builds[index - 1] as ImageBuild;
          const build = builds[index] as ImageBuild;
          if (!runInSequence(previous, build, job)) continue;
          if (sameImage(previous, build) || mayUseImage(build, previous, repo)) continue;
          if (reusesEarlierStages(previous, build, repo)) continue;
          report({
            messageId: 'sequentialBuild',
            data: { tool: build.tool, previous: previous.tool, job: job.id },
            at: build.at,
            related: [{ at: previous.at, message: 'the build it waits for' }],
          });
        }
      }
    }
  },
});

/**
 * Two builds that always run back to back: commands of one script without `&`, `else` or `case` (background jobs
 * and alternatives are not a sequence), or steps with nothing between them but Docker's own set-up actions
 * (login, metadata), and the same `if:`. Anything else between them (tests, scans, pushes) is a gate the user
 * may want.
 */
function runInSequence(first: ImageBuild, second: ImageBuild, job: Job): boolean {
  if (first.step === second.step) {
    const script = String(first.step.run?.value ?? '');
    return !/(^|[^&])&([^&]|$)|\belse\b|\belif\b|\bcase\b/.test(script);
  }
  if (
    conditionOf(first.jobStep) !== conditionOf(second.jobStep) ||
    conditionOf(first.step) !== conditionOf(second.step)
  )
    return false;
  const between =
    first.jobStep === second.jobStep
      ? (first.action?.steps ?? []).slice(first.step.index + 1, second.step.index)
      : job.steps.slice(first.jobStep.index + 1, second.jobStep.index);
  if (first.jobStep !== second.jobStep && (first.action !== undefined || second.action !== undefined))
    return false;
  return between.every((step) => step.action?.name.startsWith('docker/') === true);
}

function conditionOf(step: Step): string {
  const condition = step.if;
  return condition === undefined
    ? ''
    : condition.range.file.text.slice(condition.range.start, condition.range.end);
}

function sameImage(first: ImageBuild, second: ImageBuild): boolean {
  if (first.tool.includes('compose') !== second.tool.includes('compose')) return false;
  return IDENTITY_INPUTS.every((name) => inputText(first, name) === inputText(second, name));
}

function inputText(build: ImageBuild, name: string): string {
  return (build.inputs.get(name) ?? []).map((input) => input.text.trim()).join('\n');
}

/**
 * Whether the second build may start from the first one's image: its Dockerfile, build args or contexts name one
 * of the first build's tags. An unreadable Dockerfile (a path from an expression) counts as "may".
 */
function mayUseImage(second: ImageBuild, first: ImageBuild, repo: Repository): boolean {
  if (first.tool.includes('compose') && second.tool.includes('compose')) return false;
  const names = (first.inputs.get('tags') ?? [])
    .flatMap((tag) => tag.text.split(/[,\n]/))
    .map((tag) => tag.trim().replace(/:[^:/]*$/, ''))
    .filter((name) => name !== '');
  // A bake file or an untagged first image: what the second reads cannot be matched against anything we can see.
  if (first.tool.includes('bake') || second.tool.includes('bake')) return true;
  if (names.length === 0) return false;
  const mentions = (text: string): boolean => names.some((name) => text.includes(name));
  for (const name of ['build-args', 'build-contexts']) {
    if ((second.inputs.get(name) ?? []).some((input) => mentions(input.text))) return true;
  }
  const dockerfile = dockerfilePath(second);
  if (dockerfile === undefined) return true;
  const text = repo.readText(dockerfile);
  if (text === undefined) return true;
  return text.split('\n').some((line) => /^\s*(FROM|COPY\s+--from)/i.test(line) && mentions(line));
}

/**
 * Two builds of one Dockerfile where the second builds the same target (other tags or build args) or a stage that
 * starts from the first's target (grafana/k6: `FROM release AS with-browser`): the builder's local cache already
 * serves every stage they share, so one bake pass would save little or nothing. Independent targets of one
 * Dockerfile are still reported.
 */
function reusesEarlierStages(first: ImageBuild, second: ImageBuild, repo: Repository): boolean {
  if (first.tool.includes('bake') || second.tool.includes('bake')) return false;
  const path = dockerfilePath(first);
  if (path === undefined || path !== dockerfilePath(second)) return false;
  const firstTarget = inputText(first, 'target').toLowerCase();
  const secondTarget = inputText(second, 'target').toLowerCase();
  if (firstTarget === secondTarget) return true;
  const dockerfile = dockerfileAt(repo, path.replace(/^\.\//, ''));
  if (dockerfile === undefined || firstTarget === '') return false;
  const stages = dockerStages(dockerfile);
  // Walk the second target's `FROM` chain back through earlier stages; a bounded walk, since stages may only
  // start from stages before them.
  let stage = stages.find((candidate) => candidate.name === secondTarget);
  for (let hops = 0; stage !== undefined && hops < stages.length; hops++) {
    if (stage.name === firstTarget) return true;
    const base = stage.base;
    stage = stages.find((candidate) => candidate.name === base);
  }
  return false;
}

function dockerfilePath(build: ImageBuild): string | undefined {
  if (build.tool.includes('compose')) return undefined;
  // The last positional word is the context: an unquoted `$TAGS` before it expands to options (qdrant).
  const context = (build.inputs.get('context')?.at(-1)?.text ?? '.').trim();
  const file = build.inputs.get('file')?.[0]?.text.trim();
  if (
    /[$`]/.test(context) ||
    (file !== undefined && /[$`]/.test(file)) ||
    context === '-' ||
    /^[a-z]+:\/\//.test(context)
  )
    return undefined;
  // `file` is relative to the working directory, not to the context, for both the action and the CLI.
  if (file !== undefined) return file;
  return `${context.replace(/\/+$/, '')}/Dockerfile`;
}
