/**
 * Property over the 49 repositories of the corpus: every `concurrency` block that `fix --unsafe` writes (a new block,
 * or a `cancel-in-progress` added to one) never cancels a run of another pull request, can cancel something (a newer
 * run of one pull request or feature branch), and never cancels a push to the default branch or a tag. The blocks
 * are judged by evaluating them in hand-built `github` contexts, independently of the sample runs the rule uses.
 * Every fixed file also re-parses (GitHub's parser finds no new error) and keeps its comments.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { planFixesFrom } from '../src/engine/fix-repository.ts';
import { checkCommentsKept, checkYamlSyntax } from '../src/engine/fix-guards.ts';
import missingConcurrency from '../src/rules/missing-concurrency.ts';
import { evaluateTemplate, truthy, UNKNOWN } from '../src/workflow/expressions.ts';
import type { Contexts, Value } from '../src/workflow/expressions.ts';
import { diskSource } from '../src/workflow/repository.ts';
import { sharedPath } from './support/shared-dir.ts';

const corpus = sharedPath('corpus');

interface Block {
  readonly group: string;
  readonly cancel: string;
}

/** The top-level `concurrency` of a workflow text, as `group` and `cancel-in-progress` texts. */
function blockOf(text: string): Block | undefined {
  const node = parseDocument(text).toJS() as Record<string, unknown> | null;
  const concurrency = node?.concurrency;
  if (concurrency === undefined || concurrency === null) return undefined;
  if (typeof concurrency !== 'object') return { group: String(concurrency), cancel: 'false' };
  const map = concurrency as Record<string, unknown>;
  return { group: String(map.group), cancel: String(map['cancel-in-progress'] ?? 'false') };
}

function triggersOf(text: string): readonly string[] {
  const on = (parseDocument(text).toJS() as Record<string, unknown> | null)?.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on !== null && typeof on === 'object' ? Object.keys(on) : [];
}

/** `push` runs for tags unless it filters branches only. */
function runsForTags(text: string): boolean {
  const on = (parseDocument(text).toJS() as Record<string, unknown> | null)?.on;
  const config =
    on !== null && typeof on === 'object' && !Array.isArray(on) ? (on as Record<string, unknown>).push : null;
  if (config === null || config === undefined || typeof config !== 'object') return true;
  const keys = Object.keys(config);
  return (
    keys.includes('tags') ||
    keys.includes('tags-ignore') ||
    !(keys.includes('branches') || keys.includes('branches-ignore'))
  );
}

let nextRunId = 5_000_000_001;

function run(event: string, github: Record<string, Value>): Contexts {
  const runId = nextRunId++;
  return {
    github: {
      event_name: event,
      workflow: 'Workflow',
      run_id: runId,
      run_number: runId,
      run_attempt: 1,
      sha: `sha${runId}`,
      repository: 'octo/repo',
      repository_owner: 'octo',
      actor: 'someone',
      head_ref: '',
      base_ref: '',
      ...github,
    },
  };
}

function pullRequest(event: string, number: number): Contexts {
  const target = event === 'pull_request_target';
  return run(event, {
    ref: target ? 'refs/heads/main' : `refs/pull/${number}/merge`,
    ref_name: target ? 'main' : `${number}/merge`,
    ref_type: 'branch',
    head_ref: `topic-${number}`,
    base_ref: 'main',
    event: { number, pull_request: { number, head: { ref: `topic-${number}` }, base: { ref: 'main' } } },
  });
}

function push(ref: string): Contexts {
  return run('push', {
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    event: { ref, pull_request: null },
  });
}

function evaluated(block: Block, contexts: Contexts): { group: string; cancel: boolean } {
  const group = evaluateTemplate(block.group, contexts);
  const cancelText =
    block.cancel === 'true' || block.cancel === 'false' ? block.cancel === 'true' : block.cancel;
  const cancel = typeof cancelText === 'boolean' ? cancelText : evaluateTemplate(cancelText, contexts);
  // The fix is offered only where its block can be evaluated: unknown is a failure here.
  expect(group, `group ${block.group}`).not.toBe(UNKNOWN);
  expect(cancel, `cancel-in-progress ${block.cancel}`).not.toBe(UNKNOWN);
  return { group: String(group).toLowerCase(), cancel: truthy(cancel as Exclude<Value, typeof UNKNOWN>) };
}

/** Whether `newer`, arriving while `older` runs, cancels it. */
function cancels(block: Block, older: Contexts, newer: Contexts): boolean {
  const a = evaluated(block, older);
  const b = evaluated(block, newer);
  return a.group === b.group && b.cancel;
}

describe('concurrency blocks written by fix --unsafe on the corpus', () => {
  if (corpus.missing !== undefined) {
    it.skip(`skipped: ${corpus.missing}`, () => {});
    return;
  }
  const repos = readdirSync(join(corpus.path, 'repos')).sort();
  let blocks = 0;
  afterAll(() => expect(blocks).toBeGreaterThan(50));

  it.each(repos)('%s', async (name) => {
    const root = join(corpus.path, 'repos', name);
    const plan = await planFixesFrom(root, diskSource(root), { rules: [missingConcurrency], unsafe: true });
    expect(plan.refused).toEqual([]);
    for (const change of plan.changes) {
      expect(checkYamlSyntax(change.file, change.before, change.after)).toBeUndefined();
      expect(checkCommentsKept(change.file, change.before, change.after)).toBeUndefined();
      const block = blockOf(change.after);
      if (block === undefined) continue;
      blocks++;
      const events = triggersOf(change.after);
      const where = `${name}/${change.file}: ${block.group} / ${block.cancel}`;
      for (const event of events.filter((e) => e === 'pull_request' || e === 'pull_request_target')) {
        // Another pull request's run never cancels this one's.
        expect(cancels(block, pullRequest(event, 1), pullRequest(event, 2)), where).toBe(false);
      }
      if (events.includes('push')) {
        for (const ref of [
          'refs/heads/main',
          'refs/heads/master',
          ...(runsForTags(change.after) ? ['refs/tags/v1.0.0'] : []),
        ])
          expect(cancels(block, push(ref), push(ref)), `${where} (${ref})`).toBe(false);
        expect(cancels(block, push('refs/heads/topic-a'), push('refs/heads/topic-b')), where).toBe(false);
      }
      // Something can be cancelled: a newer run of one pull request, or of one feature branch.
      const superseded = [
        ...events
          .filter((e) => e === 'pull_request' || e === 'pull_request_target')
          .map((event) => [pullRequest(event, 7), pullRequest(event, 7)] as const),
        ...(events.includes('push')
          ? ['feature/x', 'feature/1', 'topic', 'fix-1', 'dev/x'].map(
              (branch) => [push(`refs/heads/${branch}`), push(`refs/heads/${branch}`)] as const,
            )
          : []),
      ];
      expect(
        superseded.some(([older, newer]) => cancels(block, older, newer)),
        `${where} can never cancel`,
      ).toBe(true);
    }
  });
});
