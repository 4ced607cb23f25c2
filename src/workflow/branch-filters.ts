/**
 * Which branches a `push` trigger runs for, and which of them are long-lived lines rather than feature branches.
 * Branch filters follow GitHub's filter patterns: `*` (not `/`), `**`, `?` and `+` (of the preceding character),
 * `[...]`, and `!` to exclude; the last pattern that matches a name decides.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
 */
import type { Repository, Trigger } from './model.ts';

/**
 * Names that are, by convention, a default, integration or release line: pushes there are history, not drafts,
 * so nothing supersedes them. `7-1-stable` (rails), `v2.1-release`, `v2.x`, `1.4`, `release/1.2`, and merge-queue branches, whose
 * every ref is new.
 */
const LONG_LIVED_NAME =
  /^(main|master|trunk|default|develop|development|devel|dev|edge|stable|next|beta|alpha|canary|nightly|staging|production|prod|live|latest|release|releases|gh-pages|lts)$|^(release|releases|stable|maint|maintenance|support|lts)[-/_.]|^v?\d+([._-](\d+|x))*$|[-_.](stable|release)$|^gh-readonly-queue\//i;

/** Typical feature branch names: a filter that admits one of them runs on feature branches. */
const FEATURE_SAMPLES = [
  'feature/topic',
  'feat/topic',
  'fix/topic',
  'fix-topic',
  'topic',
  'user/topic',
  'dependabot/npm_and_yarn/topic',
  'renovate/topic',
  'ci/topic',
  'docs/topic',
];

export interface BranchPattern {
  readonly pattern: string;
  readonly negated: boolean;
  readonly regexp: RegExp;
}

export function compilePattern(raw: string): BranchPattern {
  const negated = raw.startsWith('!');
  const pattern = negated ? raw.slice(1) : raw;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?' || char === '+') source += char;
    else if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) source += '\\[';
      else {
        source += pattern.slice(i, close + 1);
        i = close;
      }
    } else source += char.replace(/[.^${}()|\\/]/g, '\\$&');
  }
  let regexp: RegExp;
  try {
    regexp = new RegExp(`^${source}$`);
  } catch {
    regexp = new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
  return { pattern, negated, regexp };
}

export function isGlob(pattern: string): boolean {
  return /[*?+[\]]/.test(pattern);
}

/** GitHub's rule: the last pattern that matches decides; a name no pattern matches is not included. */
export function matchesFilter(name: string, patterns: readonly BranchPattern[]): boolean {
  let included = false;
  for (const pattern of patterns) if (pattern.regexp.test(name)) included = !pattern.negated;
  return included;
}

/** The branches a `push` trigger runs for: a predicate, or `none` when it runs for tags only. */
export function pushBranchFilter(trigger: Trigger): ((name: string) => boolean) | 'none' {
  if (trigger.branches !== undefined) {
    const patterns = trigger.branches.map(compilePattern);
    return (name) => matchesFilter(name, patterns);
  }
  if (trigger.branchesIgnore !== undefined) {
    const patterns = trigger.branchesIgnore.map(compilePattern);
    return (name) => !patterns.some((pattern) => pattern.regexp.test(name));
  }
  // With only `tags` or `tags-ignore`, the workflow does not run for branches at all.
  if (trigger.tags !== undefined || trigger.config?.has('tags-ignore') === true) return 'none';
  return () => true;
}

/** Whether a `push` trigger also runs for tags. */
export function pushRunsForTags(trigger: Trigger): boolean {
  if (trigger.tags !== undefined || trigger.config?.has('tags-ignore') === true) return true;
  return trigger.branches === undefined && trigger.branchesIgnore === undefined;
}

/**
 * The long-lived lines of a repository: conventional names, plus every branch its pull requests target (the
 * `branches` of `pull_request` / `pull_request_target` in any workflow), which is where reviewed work lands.
 */
export class LongLivedBranches {
  private readonly targets: readonly BranchPattern[];
  /** Long-lived branches the repository names in its workflows' filters, for writing into a fix. */
  readonly named: readonly string[];

  constructor(repo: Pick<Repository, 'workflows'>) {
    const targets: BranchPattern[] = [];
    const named = new Set<string>();
    for (const workflow of repo.workflows) {
      for (const trigger of workflow.triggers) {
        const pullRequest = trigger.event === 'pull_request' || trigger.event === 'pull_request_target';
        for (const raw of trigger.branches ?? []) {
          const pattern = compilePattern(raw);
          if (pattern.negated) continue;
          if (pullRequest) targets.push(pattern);
          if (trigger.event === 'push' || pullRequest) {
            if (pullRequest || LONG_LIVED_NAME.test(pattern.pattern) || isLongLivedGlob(pattern.pattern))
              named.add(pattern.pattern);
          }
        }
      }
    }
    this.targets = targets;
    this.named = [...named].sort();
  }

  has(name: string): boolean {
    return LONG_LIVED_NAME.test(name) || this.targets.some((target) => target.regexp.test(name));
  }

  /** Whether a filter pattern names long-lived lines only (`release/**`, `v*`, `*-stable`, `main`). */
  isLongLivedPattern(pattern: string): boolean {
    if (!isGlob(pattern)) return this.has(pattern);
    const compiled = compilePattern(pattern);
    if (FEATURE_SAMPLES.some((sample) => compiled.regexp.test(sample) && !this.has(sample))) return false;
    return this.has(concretise(pattern));
  }
}

function isLongLivedGlob(pattern: string): boolean {
  return isGlob(pattern) && LONG_LIVED_NAME.test(concretise(pattern));
}

/** One name a pattern matches, with digits for wildcards: `v*` → `v1`, `release/**` → `release/1`, `[0-9]+.x` → `0.x`. */
export function concretise(pattern: string): string {
  return pattern
    .replace(/\[([^\]])[^\]]*\]/g, '$1')
    .replace(/\*+/g, '1')
    .replace(/[?+]/g, '');
}

/**
 * Whether a `push` trigger runs for feature branches, whose pushes supersede one another: some branch it admits is
 * not a long-lived line. `branches: [main, release/**]` does not; no filter, `branches-ignore: [main]` or
 * `branches: ['**']` does.
 */
export function pushesToFeatureBranches(trigger: Trigger, longLived: LongLivedBranches): boolean {
  const filter = pushBranchFilter(trigger);
  if (filter === 'none') return false;
  if (FEATURE_SAMPLES.some((name) => filter(name) && !longLived.has(name))) return true;
  // A named branch or pattern that is not a long-lived line (`branches: [main, wip-*]`).
  return (trigger.branches ?? []).some((raw) => {
    const pattern = compilePattern(raw);
    if (pattern.negated) return false;
    const name = isGlob(pattern.pattern) ? concretise(pattern.pattern) : pattern.pattern;
    return filter(name) && !longLived.isLongLivedPattern(pattern.pattern);
  });
}

/**
 * Feature branches the trigger admits, for sample runs: a typical name, and one for each pattern of its filter that
 * is not a long-lived line (`feature/*`, `cloud/*`), since jobs often behave differently per pattern.
 */
export function featureBranchesOf(trigger: Trigger, longLived: LongLivedBranches): readonly string[] {
  const filter = pushBranchFilter(trigger);
  if (filter === 'none') return [];
  const names = new Set<string>();
  const sample = FEATURE_SAMPLES.find((name) => filter(name) && !longLived.has(name));
  if (sample !== undefined) names.add(sample);
  for (const raw of trigger.branches ?? []) {
    const pattern = compilePattern(raw);
    if (pattern.negated || longLived.isLongLivedPattern(pattern.pattern)) continue;
    const name = isGlob(pattern.pattern) ? concretise(pattern.pattern) : pattern.pattern;
    if (filter(name) && !longLived.has(name)) names.add(name);
  }
  return [...names];
}

/** A long-lived branch the trigger admits (`main` when it names none), for sample runs. */
export function longLivedBranchOf(trigger: Trigger, longLived: LongLivedBranches): string | undefined {
  const filter = pushBranchFilter(trigger);
  if (filter === 'none') return undefined;
  const candidates = [
    'main',
    'master',
    ...longLived.named.filter((name) => !isGlob(name)),
    ...(trigger.branches ?? []).map((raw) => concretise(raw.replace(/^!/, ''))),
  ];
  return candidates.find((name) => filter(name) && longLived.has(name));
}
