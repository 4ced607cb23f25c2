/**
 * Property: over real workflows (the 49 repositories of the corpus and a sample of the 2021 collection), applying
 * every fix of every registered rule (unsafe ones too) leaves files in which every guard holds, nothing outside the
 * edited ranges changed, and a second run changes nothing. New rules join this test by being in the registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planFixesFrom } from '../src/engine/fix-repository.ts';
import type { FixPlan } from '../src/engine/fix-repository.ts';
import { checkCommentsKept, checkUnchangedOutsideEdits, checkYamlSyntax } from '../src/engine/fix-guards.ts';
import { rules } from '../src/rules/index.ts';
import { diskSource, memorySource } from '../src/workflow/repository.ts';
import type { FileSource } from '../src/workflow/repository.ts';
import { sharedPath } from './support/shared-dir.ts';

const corpus = sharedPath('corpus');
const CORPUS = corpus.path;
/** Every n-th file of workflows-2021, grouped into repositories of `GROUP` workflows to share the per-run cost. */
const SAMPLE_EVERY = 10;
const GROUP = 25;

interface Case {
  readonly name: string;
  readonly root: string;
  readonly source: () => FileSource;
}

function corpusCases(): Case[] {
  const repos = readdirSync(join(CORPUS, 'repos')).sort();
  const cases: Case[] = repos.map((name) => ({
    name,
    root: join(CORPUS, 'repos', name),
    source: () => diskSource(join(CORPUS, 'repos', name)),
  }));
  const old = readdirSync(join(CORPUS, 'workflows-2021'))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .filter((_name, index) => index % SAMPLE_EVERY === 0);
  for (let start = 0; start < old.length; start += GROUP) {
    const names = old.slice(start, start + GROUP);
    cases.push({
      name: `workflows-2021 ${start}-${start + names.length - 1}`,
      root: '/corpus-2021',
      source: () =>
        memorySource(
          Object.fromEntries(
            names.map((name) => [
              `.github/workflows/${name}`,
              readFileSync(join(CORPUS, 'workflows-2021', name), 'utf8'),
            ]),
          ),
        ),
    });
  }
  return cases;
}

async function assertGuardsHold(plan: FixPlan): Promise<void> {
  expect(
    plan.refused.map((fix) => `${fix.file}:${fix.line} ${fix.ruleId} [${fix.guard}] ${fix.reason}`),
  ).toEqual([]);
  // Idempotence over the whole run: `converged` means the rules, re-run from scratch on the final texts, offered
  // no fix left to apply, so a second `ciscope fix` changes nothing (test/fix.test.ts runs it twice on disk).
  expect(plan.converged).toBe(true);
  for (const change of plan.changes) {
    let previous = change.before;
    for (const step of change.steps) {
      expect(
        checkUnchangedOutsideEdits(previous, step.text, step.edits),
        `${change.file} pass ${step.pass}`,
      ).toBeUndefined();
      previous = step.text;
    }
    expect(previous).toBe(change.after);
    // Re-checked from first to last text; GitHub's parser (20 ms a file) already ran on every pass, and
    // "no new error" carries over from pass to pass.
    expect(checkYamlSyntax(change.file, change.before, change.after)).toBeUndefined();
    expect(checkCommentsKept(change.file, change.before, change.after)).toBeUndefined();
  }
}

describe('fixing the corpus', () => {
  if (corpus.missing !== undefined) {
    it.skip(`skipped: ${corpus.missing}`, () => {});
    return;
  }
  let applied = 0;
  // The property is empty if no fix ran: the corpus has workflows without `concurrency`, so some must.
  afterAll(() => expect(applied).toBeGreaterThan(20));

  it.each(corpusCases())('$name', async ({ root, source }) => {
    const options = { rules, unsafe: true };
    const plan = await planFixesFrom(root, source(), options);
    await assertGuardsHold(plan);
    applied += plan.applied.length;
  });
});
