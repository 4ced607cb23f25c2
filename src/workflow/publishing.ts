/**
 * Jobs and steps that publish or deploy: a package upload, an image push, a release, a deployment environment.
 * Cancelling one half-way can leave a release half-made (some platforms' images pushed, a tag without assets) or
 * a deployment in between, so a run that may do this is not a run to cancel for a newer push.
 */
import { localAction } from './image-builds.ts';
import { mayRun } from './sample-runs.ts';
import { evaluateNode } from './contexts.ts';
import { completeObject, evaluateTemplate, truthy, UNKNOWN } from './expressions.ts';
import type { Contexts, Value } from './expressions.ts';
import type { Job, LocalAction, Repository, Step } from './model.ts';
import { asMap } from './yaml-tree.ts';
import type { LNode } from './yaml-tree.ts';

/** Actions whose whole purpose is to publish or deploy. Matched on `owner/name` (lower case). */
const PUBLISHING_ACTIONS = [
  /^softprops\/action-gh-release$/,
  /^actions\/(create-release|upload-release-asset|deploy-pages)$/,
  /^ncipollo\/release-action$/,
  /^marvinpinto\/action-automatic-releases$/,
  /^svenstaro\/upload-release-action$/,
  /^goreleaser\/goreleaser-action$/,
  /^(googleapis|google-github-actions)\/release-please-action$/,
  /^changesets\/action$/,
  /^pypa\/gh-action-pypi-publish$/,
  /^js-devtools\/npm-publish$/,
  /^peaceiris\/actions-gh-pages$/,
  /^jamesives\/github-pages-deploy-action$/,
  /^cloudflare\/(wrangler-action|pages-action)$/,
  /^amondnet\/vercel-action$/,
  /^nwtgck\/actions-netlify$/,
  /^azure\/(webapps-deploy|functions-action|k8s-deploy)$/,
  /^aws-actions\/amazon-ecs-deploy-task-definition$/,
  /^google-github-actions\/(deploy-cloudrun|deploy-appengine|deploy-cloud-functions)$/,
  /^akhileshns\/heroku-deploy$/,
  /^helm\/chart-releaser-action$/,
  /^superfly\/flyctl-actions/,
  /^katyo\/publish-crates$/,
];

/** Shell commands that publish or deploy. */
const PUBLISHING_COMMAND =
  /\b(?:npm|yarn|pnpm|lerna|changeset|vsce|ovsx|deno|jsr|uv|poetry|flit|hatch|pdm|cargo)\s+(?:[\w@./-]+\s+)*?publish\b|\btwine\s+upload\b|\bgem\s+push\b|\b(?:dotnet\s+)?nuget\s+push\b|\bdocker\s+(?:image\s+|manifest\s+)?push\b|\bdocker\s+buildx\s+(?:build|bake)\b[^\n]*\s--push\b|\bbuildx\s+imagetools\s+create\b|\b(?:crane|oras|helm)\s+push\b|\bskopeo\s+copy\b|\bgh\s+release\s+(?:create|upload|edit)\b|\bgoreleaser\b[^\n]*\brelease\b|\bsemantic-release\b|\bmvn\b[^\n]*\bdeploy\b|\bgradlew?\b[^\n]*\bpublish\w*|\bkubectl\s+(?:apply|rollout|set\s+image)\b|\bhelm\s+(?:upgrade|install)\b|\bterraform\s+apply\b|\bfirebase\s+deploy\b|\bnetlify\s+deploy\b|\bwrangler\s+(?:deploy|publish|pages\s+deploy)\b|\bvercel\b[^\n]*(?:deploy|--prod)\b|\bfly(?:ctl)?\s+deploy\b|\baws\s+s3\s+(?:sync|cp)\b|\bgsutil\s+(?:-m\s+)?(?:cp|rsync)\b/g;

/** Flags that make a publishing command a rehearsal that uploads nothing. */
const REHEARSAL = /--dry-run\b|--snapshot\b|--skip[-=]publish\b|--skip=\S*publish/;

/** Image builds whose `push` (or `--push`) input decides whether they publish. */
const BUILD_ACTIONS = /^docker\/(build-push-action|bake-action)$/;

/** Local actions and reusable workflows nest at most this deep (GitHub allows 10 levels of reusable workflows). */
const MAX_DEPTH = 10;

/** A reusable workflow whose name says it releases (`release.yml`, `publish-image.yml`, `deploy.yml`). */
const RELEASING_WORKFLOW = /(^|[/_-])(release|publish|deploy)/i;

/**
 * What in `job` publishes or deploys in a run with `contexts` (job and step `if:`s, and a build's `push` input,
 * evaluated there): a short description, or undefined. Local actions and local reusable workflows are followed.
 */
export function publishingInJob(
  job: Job,
  repo: Repository,
  contexts: Contexts,
  depth = 0,
): string | undefined {
  if (!mayRun(job.if, contexts)) return undefined;
  const environment = deploymentEnvironment(job, contexts);
  if (environment !== undefined) return environment;
  if (job.uses !== undefined) {
    const uses = String(job.uses.value);
    // Another repository's reusable workflow is not read here; given secrets, it may well upload something.
    if (!uses.startsWith('./') && job.node.has('secrets')) return `\`${uses}\` with secrets`;
    return publishingInCall(uses, repo, contexts, depth);
  }
  for (const step of job.steps) {
    const found = publishingInStep(step, repo, contexts, depth);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A job's `environment` when it is a deployment: one with a `url`, one whose name says so (`release`, `production`,
 * `npm-publish`, `github-pages`), or one whose name is not known here. Environments are also used only to hold
 * secrets (`automations`, `discord-notifier`); those, and one that evaluates to nothing in this run, are not.
 */
function deploymentEnvironment(job: Job, contexts: Contexts): string | undefined {
  const node = job.node.get('environment');
  if (node === undefined) return undefined;
  const map = asMap(node);
  if (map?.has('url') === true) return '`environment:` with a `url`';
  const name = evaluateNode(map === undefined ? node : map.get('name'), contexts);
  if (name === null || name === '' || name === false) return undefined;
  if (name !== UNKNOWN && !DEPLOYMENT_ENVIRONMENT.test(String(name))) return undefined;
  return name === UNKNOWN ? '`environment:`' : `\`environment: ${String(name)}\``;
}

const DEPLOYMENT_ENVIRONMENT =
  /release|publish|deploy|prod|staging|stage|pages|preview|live|npm|pypi|crate|docker|registry|marketplace|store/i;

function publishingInCall(
  uses: string,
  repo: Repository,
  contexts: Contexts,
  depth: number,
): string | undefined {
  if (!uses.startsWith('./'))
    return RELEASING_WORKFLOW.test(uses.split('@')[0] ?? '') ? `\`${uses}\`` : undefined;
  const path = uses.slice(2);
  const callee = repo.workflows.find((workflow) => workflow.file.path === path);
  if (callee === undefined || depth > MAX_DEPTH)
    return RELEASING_WORKFLOW.test(path) ? `\`${uses}\`` : undefined;
  // The callee runs with the caller's `github` context; its inputs are unknown here.
  const calleeContexts = withUnknownInputs(contexts);
  for (const job of callee.jobs) {
    const found = publishingInJob(job, repo, calleeContexts, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function publishingInStep(
  step: Step,
  repo: Repository,
  contexts: Contexts,
  depth = 0,
): string | undefined {
  if (!mayRun(step.if, contexts)) return undefined;
  const action = step.action;
  if (action !== undefined) {
    if (PUBLISHING_ACTIONS.some((pattern) => pattern.test(action.name))) {
      // `goreleaser build`, `release --snapshot`: a build that uploads nothing.
      const args = withoutUnknowns(step.with?.get('args'), contexts);
      if (
        action.name === 'goreleaser/goreleaser-action' &&
        typeof args === 'string' &&
        /^\s*build\b/.test(args)
      )
        return undefined;
      if (typeof args === 'string' && REHEARSAL.test(args)) return undefined;
      return `\`${action.name}\``;
    }
    if (BUILD_ACTIONS.test(action.name)) {
      const push = step.with?.get('push');
      if (push === undefined) return undefined;
      const value = evaluateNode(push, contexts);
      return value === UNKNOWN || truthy(value) ? `\`${action.name}\` with \`push\`` : undefined;
    }
    const local = depth <= MAX_DEPTH ? localAction(step, repo) : undefined;
    if (local !== undefined) {
      const inner: Contexts = { ...contexts, inputs: actionInputs(step, local, contexts) };
      for (const innerStep of local.steps) {
        const found = publishingInStep(innerStep, repo, inner, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }
  if (step.run === undefined) return undefined;
  const raw = String(step.run.value ?? '');
  // `${{ }}` is expanded before the shell runs: `--push` behind an expression counts only where it is set.
  const expanded = evaluateTemplate(raw, contexts);
  const script = typeof expanded === 'string' ? expanded : raw;
  for (const match of script.matchAll(PUBLISHING_COMMAND)) {
    const lineStart = script.lastIndexOf('\n', match.index) + 1;
    const lineEnd = script.indexOf('\n', match.index);
    if (REHEARSAL.test(script.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))) continue;
    return `\`${match[0].trim().replace(/\s+/g, ' ')}\``;
  }
  return undefined;
}

/** A value as evaluated, or, when unknown, its text with the expressions left out (`build --snapshot ${{ … }}`). */
function withoutUnknowns(node: LNode | undefined, contexts: Contexts): Value {
  const value = evaluateNode(node, contexts);
  if (value !== UNKNOWN || node?.kind !== 'scalar') return value;
  return String(node.value ?? '').replace(/\$\{\{[\s\S]*?\}\}/g, ' ');
}

/** A composite action's `inputs`: its defaults, overridden by the step's `with:`; action inputs are strings. */
function actionInputs(step: Step, action: LocalAction, contexts: Contexts): Value {
  const inputs: Record<string, Value> = {};
  for (const pair of asMap(action.root.get('inputs'))?.pairs ?? []) {
    const fallback = asMap(pair.value)?.get('default');
    inputs[String(pair.key.value)] = fallback === undefined ? '' : asString(evaluateNode(fallback, contexts));
  }
  for (const pair of step.with?.pairs ?? [])
    inputs[String(pair.key.value)] = asString(evaluateNode(pair.value, contexts));
  return completeObject(inputs);
}

function asString(value: Value): Value {
  return typeof value === 'boolean' || typeof value === 'number' ? String(value) : value;
}

function withUnknownInputs(contexts: Contexts): Contexts {
  const inputs: Value = UNKNOWN;
  return { ...contexts, inputs };
}
