import { defineRule } from '../engine/define-rule.ts';
import type { Related } from '../engine/define-rule.ts';
import { bakeFileAt, bakeTargetsBuilt, composeFileAt, DEFAULT_BAKE_FILES } from '../workflow/compose-bake.ts';
import { repoPath } from '../workflow/repo-path.ts';
import type { BakeFile, BakeTarget, ComposeFile, Repository, Step } from '../workflow/model.ts';
import { lineText, positionAt } from '../workflow/source.ts';
import { asScalar, scalarString } from '../workflow/yaml-tree.ts';

/**
 * docker/bake-action v6.0.0 switched its default from the checked-out directory to the Git context
 * (`https://github.com/<owner>/<repo>.git#<ref>`); v5 and older built from the path context.
 * https://github.com/docker/bake-action/releases/tag/v6.0.0
 */
const FIRST_GIT_CONTEXT_MAJOR = 6;

export default defineRule({
  id: 'bake-git-context-cache-miss',
  meta: {
    description: 'Build with `source: .` when `docker/bake-action` v6+ reads or writes a layer cache',
    category: 'waste',
    // Seed 001 measured the misses; BuildKit can also match copied files by content, and Docker's own repositories
    // (moby/moby, docker/buildx) cache from the Git context, so the finding is advice to verify, not an error.
    severity: 'info',
    fixable: 'safe',
    messages: {
      gitContext:
        '`docker/bake-action@{{ref}}` builds from the Git context fetched for each commit, so the layer cache it {{cacheUse}} can miss on every run and rebuild every layer (seed 001).',
    },
  },
  check({ repo, report }) {
    const steps = [
      ...repo.workflows.flatMap((workflow) =>
        workflow.jobs.flatMap((job) => job.steps.map((step) => ({ step, inAction: false }))),
      ),
      ...[...repo.actions.values()].flatMap((action) =>
        action.steps.map((step) => ({ step, inAction: true })),
      ),
    ];
    for (const { step, inAction } of steps) {
      if (step.action?.name !== 'docker/bake-action' || step.uses === undefined) continue;
      // Any `source`, even the Git context spelled out as `{{defaultContext}}`, is a decision.
      if (step.with?.has('source') === true) continue;
      const major = majorVersion(step);
      if (major === undefined || major < FIRST_GIT_CONTEXT_MAJOR) continue;
      const cache = cacheDeclarations(repo, step);
      if (cache.length === 0) continue;
      const uses = step.uses;
      const checkedOut = step.job.steps.some(
        (other) => other.index < step.index && other.action?.name === 'actions/checkout',
      );
      report({
        messageId: 'gitContext',
        data: { ref: step.action.ref ?? '', cacheUse: cacheUse(cache) },
        at: uses,
        related: cache.map(({ related }) => related),
        // Without a checkout before it, `source: .` would build from an empty workspace; a local action's
        // callers usually check out, but that cannot be seen from the action.
        ...(checkedOut || inAction
          ? {
              fix: {
                title: 'Build from the checked-out workspace with `source: .`',
                unsafe: !checkedOut,
                edits: (fixer) =>
                  step.with === undefined
                    ? fixer.addToMap(step.node, 'with', 'source: .\n')
                    : fixer.addToMap(step.with, 'source', '.'),
              },
            }
          : {}),
      });
    }
  },
});

interface CacheDeclaration {
  readonly kind: 'cache-from' | 'cache-to';
  readonly related: Related;
}

/** The major version of the action: from a tag (`v6`, `v6.1.0`), or from the `# v6.1.0` comment of a SHA pin. */
function majorVersion(step: Step): number | undefined {
  const ref = step.action?.ref;
  if (ref === undefined || step.uses === undefined) return undefined;
  const tag = /^v?(\d+)(\.|$)/.exec(ref);
  if (tag !== null) return Number(tag[1]);
  // The default branch is the newest release line.
  if (ref === 'master' || ref === 'main') return Number.POSITIVE_INFINITY;
  if (/^[0-9a-f]{40}$/i.test(ref)) {
    const { file, end } = step.uses.range;
    const line = lineText(file, positionAt(file, end).line);
    const comment = /#\s*(?:tag[:=]?\s*)?v?(\d+)(?:\.\d+)*\b/.exec(line.slice(line.indexOf('#')));
    if (line.includes('#') && comment !== null) return Number(comment[1]);
  }
  return undefined;
}

/** Cache settings the bake run uses: `cache-from`/`cache-to` in `set`, or in the targets of the files it reads. */
function cacheDeclarations(repo: Repository, step: Step): CacheDeclaration[] {
  const found: CacheDeclaration[] = [];
  const set = asScalar(step.with?.get('set'));
  for (const match of String(set?.value ?? '').matchAll(/(?:^|[\s,])[^\s=,]*\.?(cache-from|cache-to)\s*=/g)) {
    const kind = match[1] as CacheDeclaration['kind'];
    if (set !== undefined && !found.some((entry) => entry.kind === kind)) {
      found.push({ kind, related: { at: set, message: `\`set\` adds \`${kind}\`` } });
    }
  }
  if (found.length > 0) return found;

  const files = bakeDefinitions(repo, step);
  if (files.length === 0) return [];
  const requested = listInput(scalarString(step.with?.get('targets')));
  const built = requested === undefined ? undefined : bakeTargetsBuilt(files, requested);
  // Targets given by an expression, or named in no file we can read: any cached target may be the one built.
  const targets: readonly BakeTarget[] = built ?? files.flatMap((file) => file.targetDefinitions);
  for (const target of targets) {
    for (const key of target.cache) {
      const kind = key.value.replace('_', '-') as CacheDeclaration['kind'];
      if (!found.some((entry) => entry.kind === kind)) {
        found.push({
          kind,
          related: { at: key, message: `target \`${target.name}\` declares \`${key.value}\`` },
        });
      }
    }
  }
  return found;
}

/** The bake and compose files the step reads, as bake definitions (a compose service is a target). */
function bakeDefinitions(repo: Repository, step: Step): BakeFile[] {
  const workdir = scalarString(step.with?.get('workdir')) ?? '.';
  const named = listInput(scalarString(step.with?.get('files')));
  if (named === undefined) return [];
  const paths =
    named.length > 0 ? named : DEFAULT_BAKE_FILES.filter((path) => repo.readText(path) !== undefined);
  const definitions: BakeFile[] = [];
  for (const name of paths) {
    // With the Git context, `cwd://` names a file of the checkout; any other path is read from the repository.
    const path = repoPath(workdir, name.replace(/^cwd:\/\//, ''));
    if (path === undefined) continue;
    if (/\.ya?ml$/.test(path)) {
      const compose = composeFileAt(repo, path);
      if (compose !== undefined) definitions.push(composeAsBake(compose));
    } else {
      const bake = bakeFileAt(repo, path);
      if (bake !== undefined) definitions.push(bake);
    }
  }
  return definitions;
}

/** Bake reads a compose file as one target per service, all in the `default` group. */
function composeAsBake(compose: ComposeFile): BakeFile {
  const targetDefinitions: BakeTarget[] = compose.services
    .filter((service) => service.build !== undefined)
    .map((service) => ({
      name: service.name,
      range: service.key.range,
      cache: [...service.xBakeCache, ...service.buildCache].map((key) => ({
        value: String(key.value),
        range: key.range,
      })),
      inherits: [],
      context: service.context,
      dockerfile: service.dockerfile,
    }));
  return {
    file: compose.file,
    targets: targetDefinitions.map((target) => target.name),
    hasCache: targetDefinitions.some((target) => target.cache.length > 0),
    targetDefinitions,
    groups: new Map([['default', targetDefinitions.map((target) => target.name)]]),
  };
}

/** A list input (newline- or comma-separated); `undefined` when it holds an expression. */
function listInput(value: string | undefined): string[] | undefined {
  if (value === undefined) return [];
  if (value.includes('${{')) return undefined;
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function cacheUse(cache: readonly CacheDeclaration[]): string {
  const from = cache.some((entry) => entry.kind === 'cache-from');
  const to = cache.some((entry) => entry.kind === 'cache-to');
  return from && to ? 'reads and writes' : from ? 'reads' : 'writes';
}
