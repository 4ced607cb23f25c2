import { defineRule } from '../engine/define-rule.ts';
import type { Fixer, TextEdit } from '../engine/fixer.ts';
import { indentUnit, lineEnding } from '../engine/fixer.ts';
import { combinationsOf, contextsFor } from '../workflow/contexts.ts';
import { contextsUsed, evaluateExpression, evaluateTemplate, UNKNOWN } from '../workflow/expressions.ts';
import { buildDependsOnMatrix, imageBuildsOfJob, stepReadsMatrix } from '../workflow/image-builds.ts';
import type { ImageBuild } from '../workflow/image-builds.ts';
import type { Job, LNode, Repository, Step } from '../workflow/model.ts';

/** Steps that only prepare a build and can run in the new build job as they are. */
const PREPARING_ACTIONS = new Set([
  'actions/checkout',
  'docker/setup-buildx-action',
  'docker/setup-qemu-action',
  'docker/login-action',
]);

export default defineRule({
  id: 'matrix-rebuilds-image',
  meta: {
    description:
      'Build an image once and share it with the shards of a matrix instead of rebuilding it in each',
    category: 'waste',
    severity: 'warning',
    fixable: 'unsafe',
    messages: {
      rebuiltPerShard:
        'All {{shards}} shards of `{{job}}` build the same image (no build input reads `matrix`); {{extra}} of the {{shards}} builds are pure repetition.',
      rebuiltPerDynamicShard:
        'Every shard of `{{job}}` builds the same image (no build input reads `matrix`); the matrix is computed at run time, so the shard count is unknown, but every build after the first is repetition.',
    },
  },
  check({ repo, report }) {
    for (const workflow of repo.workflows) {
      for (const job of workflow.jobs) {
        const { matrix } = job;
        if (matrix === undefined || (matrix.size !== undefined && matrix.size <= 1)) continue;
        if (runnerVariesByShard(job)) continue;
        for (const build of imageBuildsOfJob(job, repo)) {
          if (buildDependsOnMatrix(build, job)) continue;
          if (shardsRunningStep(build.jobStep, job) <= 1 || guardedByEarlierStep(build)) continue;
          if (earlierStepVariesByShard(build, job)) continue;
          if (importsUpstreamCache(build, job, repo)) continue;
          const fix = shareImageFix(build, job);
          report({
            messageId: matrix.size === undefined ? 'rebuiltPerDynamicShard' : 'rebuiltPerShard',
            data: { job: job.id, shards: matrix.size ?? 'unknown', extra: (matrix.size ?? 1) - 1 },
            at: build.action === undefined ? build.at : (build.jobStep.uses ?? build.at),
            ...(fix === undefined ? {} : { fix }),
          });
        }
      }
    }
  },
});

/** `runs-on: ${{ matrix.os }}`: shards on different machines build different (native) images. */
function runnerVariesByShard(job: Job): boolean {
  if (job.runsOn === undefined || !nodeReadsMatrix(job.runsOn)) return false;
  const combinations = combinationsOf(job);
  if (combinations.length === 0) return true;
  const runners = new Set(
    combinations.map((combination) => {
      const value = evaluateTemplate(
        nodeSource(job.runsOn as LNode),
        contextsFor({ workflow: job.workflow, job, combination }),
      );
      return value === UNKNOWN ? Symbol('unknown') : JSON.stringify(value);
    }),
  );
  return runners.size > 1;
}

/** How many shards run a step: its `if:` may select one shard (`if: matrix.os == 'ubuntu-latest'`). */
function shardsRunningStep(step: Step, job: Job): number {
  const combinations = combinationsOf(job);
  const known = combinations.length;
  if (step.if === undefined || step.if.kind !== 'scalar' || typeof step.if.value !== 'string')
    return known === 0 ? Number.POSITIVE_INFINITY : known;
  const condition = step.if.value.trim();
  const expression =
    condition.startsWith('${{') && condition.endsWith('}}') ? condition.slice(3, -2) : condition;
  if (!/\b(matrix|strategy)\b/.test(expression) && !contextsUsed(`\${{ ${expression} }}`).has('env')) {
    return known === 0 ? Number.POSITIVE_INFINITY : known;
  }
  // A condition on the shard that we cannot evaluate may well pick a single shard: stay silent.
  if (known === 0) return 0;
  let running = 0;
  for (const combination of combinations) {
    const contexts = contextsFor({ workflow: job.workflow, job, combination, step });
    if (evaluateExpression(expression, contexts) !== false) running++;
  }
  return running;
}

/**
 * `if: steps.restore.outputs.cache-hit != 'true'`: a fallback build behind a cache or artifact restore, which is
 * how a build-once-and-share job is consumed (moby's `test.yml`); most shards never run it.
 */
function guardedByEarlierStep(build: ImageBuild): boolean {
  return [build.jobStep.if, build.step.if].some(
    (node) => node !== undefined && /\bsteps\s*\./.test(nodeSource(node)),
  );
}

/**
 * A step before the build that reads the matrix (a checkout of `matrix.ref`, a script writing a version file)
 * may change the build context per shard, so the images may differ after all.
 */
function earlierStepVariesByShard(build: ImageBuild, job: Job): boolean {
  for (const step of job.steps) {
    if (step === build.jobStep) return false;
    if (step.action?.name.startsWith('actions/setup-') === true) continue;
    if (stepReadsMatrix(step, job)) return true;
  }
  return false;
}

/**
 * `cache-from` naming exactly a cache that a job the shards wait for writes (`cache-to`, same type and scope or
 * ref): the shards import finished layers instead of rebuilding them. What is left is the import itself, a cost
 * history measures on the step; calling it repetition would be wrong.
 */
function importsUpstreamCache(build: ImageBuild, job: Job, repo: Repository): boolean {
  const imported = cacheKeys(build, 'cache-from');
  if (imported.size === 0) return false;
  for (const upstreamId of job.workflow.graph.upstream(job.id)) {
    const upstream = job.workflow.jobsById.get(upstreamId);
    if (upstream === undefined) continue;
    for (const writer of imageBuildsOfJob(upstream, repo)) {
      for (const key of cacheKeys(writer, 'cache-to')) if (imported.has(key)) return true;
    }
  }
  return false;
}

/** `type=gha,scope=app,mode=max` → `gha|app`; `type=registry,ref=r:cache` and a bare `r:cache` → `registry|r:cache`. */
function cacheKeys(build: ImageBuild, input: 'cache-from' | 'cache-to'): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const { text } of build.inputs.get(input) ?? []) {
    for (const line of text.split('\n')) {
      const entry = line.trim();
      if (entry === '' || /\b(matrix|strategy)\b/.test(entry)) continue;
      const fields = new Map<string, string>();
      for (const part of entry.split(',')) {
        const [name = '', ...value] = part.split('=');
        if (value.length > 0) fields.set(name.trim(), value.join('=').trim());
      }
      const type = fields.get('type') ?? (entry.includes('=') ? undefined : 'registry');
      if (type === 'gha') keys.add(`gha|${fields.get('scope') ?? 'buildkit'}`);
      else if (type === 'registry') keys.add(`registry|${fields.get('ref') ?? entry}`);
      else if (type === 's3' || type === 'azblob')
        keys.add(
          `${type}|${fields.get('name') ?? ''}|${fields.get('bucket') ?? fields.get('account_url') ?? ''}`,
        );
    }
  }
  return keys;
}

function nodeReadsMatrix(node: LNode): boolean {
  const used = contextsUsed(nodeSource(node));
  return used.has('matrix') || used.has('strategy');
}

function nodeSource(node: LNode): string {
  return node.range.file.text.slice(node.range.start, node.range.end);
}

// ---- the fix: a `build-image` job that exports the image, and `docker load` in every shard ----

interface ShareImageFix {
  readonly title: string;
  readonly unsafe: true;
  readonly edits: (fixer: Fixer) => readonly TextEdit[];
}

/**
 * The shape of seed 000's fix. Offered only when it is mechanical: a `docker/build-push-action` step of the job
 * itself that loads a tagged image, with no `if:`, whose outputs nobody reads, preceded only by steps that can be
 * copied (checkout, buildx, QEMU, registry login) or that do not touch the build (`actions/setup-*`).
 */
function shareImageFix(build: ImageBuild, job: Job): ShareImageFix | undefined {
  const { step } = build;
  const workflow = job.workflow;
  if (build.tool !== 'docker/build-push-action' || build.action !== undefined || step.with === undefined)
    return undefined;
  if (
    step.if !== undefined ||
    job.container !== undefined ||
    job.stepsNode === undefined ||
    job.stepsNode.flow
  )
    return undefined;
  if (workflow.jobsNode === undefined || workflow.jobsNode.flow) return undefined;
  const withMap = step.with;
  if (
    withMap.flow ||
    withMap.has('outputs') ||
    !isTrue(withMap.get('load')) ||
    !isFalseOrAbsent(withMap.get('push'))
  )
    return undefined;
  const tags = withMap.get('tags');
  if (tags === undefined || withMap.pairs.some(({ value }) => contextsUsed(nodeSource(value)).has('steps')))
    return undefined;
  if (step.id !== undefined && new RegExp(`steps\\.${step.id}\\b`).test(job.node.range.file.text))
    return undefined;
  const jobEnv = job.env.node;
  if (jobEnv !== undefined && [...job.env.vars.values()].some((v) => nodeReadsMatrix(v.value)))
    return undefined;

  const copied: Step[] = [];
  for (const earlier of job.steps.slice(0, step.index)) {
    const name = earlier.action?.name;
    if (name !== undefined && PREPARING_ACTIONS.has(name)) copied.push(earlier);
    else if (name === undefined || !name.startsWith('actions/setup-')) return undefined;
  }
  const jobId = ['build-image', `build-${job.id}-image`].find((id) => !workflow.jobsById.has(id));
  if (jobId === undefined) return undefined;
  const name =
    cacheScope(withMap.get('cache-from')) ?? cacheScope(withMap.get('cache-to')) ?? `${job.id}-image`;
  const tarball = `/tmp/${name}.tar`;
  const otherBuildsRemain = job.steps.some(
    (other) =>
      other !== step &&
      (other.action?.name === 'docker/build-push-action' ||
        other.action?.name === 'docker/bake-action' ||
        /\bbuildx\b/.test(String(other.run?.value ?? ''))),
  );

  return {
    title: `Build the image once in a \`${jobId}\` job and \`docker load\` it in each shard of \`${job.id}\``,
    // The shards now wait for the build job (time to first test output moves right), and artifact storage is used.
    unsafe: true,
    edits: (fixer) => {
      const file = job.key.range.file;
      const eol = lineEnding(file);
      const unit = indentUnit(file);
      const keyIndent = indentOf(file.text, job.key.range.start);
      const stepSpan = fixer.lineSpan(step.node);
      const jobLineStart = file.text.lastIndexOf('\n', job.key.range.start - 1) + 1;
      // Keep the file's habit of a blank line between jobs, or of none.
      const separated = /\n[ \t]*\r?\n$/.test(file.text.slice(0, jobLineStart));
      const dashIndent = /^ */.exec(file.text.slice(stepSpan.start))?.[0] ?? '';
      const pairLines = (key: string): string => {
        const pair = job.node.pair(key);
        return pair === undefined ? '' : fixer.sourceText(fixer.lineSpan(pair.key, pair.value));
      };
      const load = withMap.pair('load');
      const buildEdits = [fixer.addToMap(withMap, 'outputs', `type=docker,dest=${tarball}`)];
      if (load !== undefined) buildEdits.push(fixer.removeLines(load.key, load.value));
      const hasBuildx = copied.some((s) => s.action?.name === 'docker/setup-buildx-action');
      const itemIndent = `${dashIndent}  `;
      const newJob = [
        `${keyIndent}${jobId}:${eol}`,
        ...['needs', 'if', 'permissions', 'runs-on', 'timeout-minutes', 'env'].map(pairLines),
        fixer.sourceText(
          fixer.lineSpan(job.stepsNode === undefined ? job.key : (job.node.pair('steps')?.key ?? job.key)),
        ),
        ...copied.map((s) => fixer.sourceText(fixer.lineSpan(s.node))),
        // Exporting a tarball and a `type=gha` cache need the docker-container driver, not the default one.
        hasBuildx ? '' : `${dashIndent}- uses: docker/setup-buildx-action@v3${eol}`,
        fixer.sourceText(stepSpan, buildEdits),
        `${dashIndent}- uses: actions/upload-artifact@v4${eol}`,
        `${itemIndent}with:${eol}`,
        `${itemIndent}${unit}name: ${name}${eol}`,
        `${itemIndent}${unit}path: ${tarball}${eol}`,
        // The artifact only lives for this run; level 1 because image layers are already compressed.
        `${itemIndent}${unit}retention-days: 1${eol}`,
        `${itemIndent}${unit}compression-level: 1${eol}`,
        separated ? eol : '',
      ].join('');
      const download = [
        `${dashIndent}- uses: actions/download-artifact@v4${eol}`,
        `${itemIndent}with:${eol}`,
        `${itemIndent}${unit}name: ${name}${eol}`,
        `${itemIndent}${unit}path: /tmp${eol}`,
        `${dashIndent}- run: docker load -i ${tarball}${eol}`,
      ].join('');
      const edits: TextEdit[] = [
        { file, start: jobLineStart, end: jobLineStart, text: newJob },
        fixer.replace(stepSpan, download),
      ];
      if (job.needsNode !== undefined) edits.push(fixer.addToSequence(job.needsNode.value, jobId));
      else
        edits.push(
          fixer.insertLinesBefore(
            job.node.pair('runs-on')?.key ?? job.node.pairs[0]?.key ?? job.key,
            `needs: ${jobId}\n`,
          ),
        );
      if (!otherBuildsRemain) {
        for (const other of job.steps) {
          if (other.action?.name === 'docker/setup-buildx-action' && other.if === undefined)
            edits.push(fixer.removeLines(fixer.lineSpan(other.node)));
        }
      }
      return edits;
    },
  };
}

function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset);
}

function cacheScope(node: LNode | undefined): string | undefined {
  if (node === undefined || node.kind !== 'scalar') return undefined;
  const scope = /\bscope=([A-Za-z0-9._-]+)/.exec(String(node.value ?? ''));
  return scope?.[1];
}

function isTrue(node: LNode | undefined): boolean {
  return node !== undefined && node.kind === 'scalar' && (node.value === true || node.value === 'true');
}

function isFalseOrAbsent(node: LNode | undefined): boolean {
  return node === undefined || (node.kind === 'scalar' && (node.value === false || node.value === 'false'));
}
