/**
 * Robustness on real workflows: every file of the shared corpus is linted with the full rule pack. Nothing may throw;
 * files GitHub accepts (the 49 repositories, actionlint's `ok/`) must give no `parse-error`; and the finding counts
 * per rule are a golden file, so that a change in any rule's behaviour on real CI shows up in review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../src/engine/run-rules.ts';
import type { Finding } from '../src/findings/finding.ts';
import { rules } from '../src/rules/index.ts';
import { buildRepository, loadRepository, memorySource } from '../src/workflow/repository.ts';
import type { Repository } from '../src/workflow/model.ts';
import { sharedPath } from './support/shared-dir.ts';

const corpus = sharedPath('corpus');

interface Outcome {
  /** Files read: workflows, local actions, Dockerfiles, compose and bake files, `.dockerignore` … */
  readonly files: number;
  readonly findings: readonly (Finding & { readonly input: string })[];
  /** Inputs on which loading or a rule threw. */
  readonly crashes: readonly string[];
  /** Workflow files that gave no model and no `parse-error` either: dropped without a word. */
  readonly silentlyDropped: readonly string[];
}

/** One section of the corpus: inputs, each turned into a repository. */
interface Section {
  readonly name: string;
  readonly inputs: () => readonly string[];
  readonly load: (input: string) => Repository;
  /** GitHub runs these files, so a parse error on one is a bug in ciscope. */
  readonly mustParse: boolean;
}

/** A flat workflow file, placed where a repository would hold it. */
function singleWorkflow(path: string): Repository {
  const name = path.split('/').pop() ?? path;
  return buildRepository(
    '/corpus',
    memorySource({ [`.github/workflows/${name}`]: readFileSync(path, 'utf8') }),
  );
}

function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function sections(root: string): Section[] {
  const actionlint = (dir: string, mustParse: boolean): Section => ({
    name: `actionlint-testdata/${dir}`,
    inputs: () => yamlFiles(join(root, 'actionlint-testdata', dir)),
    load: singleWorkflow,
    mustParse,
  });
  return [
    {
      name: 'repos',
      inputs: () =>
        readdirSync(join(root, 'repos'))
          .sort()
          .map((name) => join(root, 'repos', name)),
      load: (dir) => loadRepository(dir),
      mustParse: true,
    },
    {
      name: 'workflows-2021',
      inputs: () => yamlFiles(join(root, 'workflows-2021')),
      load: singleWorkflow,
      mustParse: false,
    },
    actionlint('ok', true),
    // Deliberately broken files (bad YAML, recursive anchors, cycles): a linter must report, not crash.
    actionlint('err', false),
    actionlint('examples', false),
  ];
}

function lintSection(section: Section): Outcome {
  const findings: (Finding & { input: string })[] = [];
  const crashes: string[] = [];
  const silentlyDropped: string[] = [];
  let files = 0;
  for (const input of section.inputs()) {
    try {
      const repository = section.load(input);
      files += repository.files.length;
      const found = runRules(repository, { rules });
      for (const finding of found) findings.push({ ...finding, input });
      const modelled = new Set(repository.workflows.map((workflow) => workflow.file.path));
      const reported = new Set(found.filter((f) => f.ruleId === 'parse-error').map((f) => f.location.file));
      for (const file of repository.files) {
        if (isWorkflowPath(file.path) && !modelled.has(file.path) && !reported.has(file.path))
          silentlyDropped.push(`${input}: ${file.path}`);
      }
    } catch (error) {
      crashes.push(`${input}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return { files, findings, crashes, silentlyDropped };
}

/**
 * Every registered rule gets a line in every section, even at zero, and the lines keep a fixed order (rule ids
 * sorted, then the file count): a new rule adds lines and changes none of the others.
 */
function countsByRule(outcome: Outcome): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of rules.map((rule) => rule.id).sort()) counts[id] = 0;
  for (const finding of outcome.findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  return { ...counts, 'files linted': outcome.files };
}

function describeFinding(finding: Finding & { input: string }): string {
  const { file, start } = finding.location;
  return `${finding.input} ${file}:${start.line}:${start.column} ${finding.message}`;
}

describe('the shared corpus', () => {
  if (corpus.missing !== undefined) {
    const missing = corpus.missing;
    it(`skipped: ${missing}`, ({ skip }) => skip(missing));
    return;
  }
  const counts: Record<string, Record<string, number>> = {};

  for (const section of sections(corpus.path)) {
    it(`lints ${section.name} without crashing${section.mustParse ? ' or a parse error' : ''}`, () => {
      const outcome = lintSection(section);
      expect(outcome.crashes).toEqual([]);
      // A broken file is reported, never skipped in silence.
      expect(outcome.silentlyDropped).toEqual([]);
      expect(outcome.files).toBeGreaterThan(0);
      if (section.mustParse) {
        expect(outcome.findings.filter((f) => f.ruleId === 'parse-error').map(describeFinding)).toEqual([]);
      }
      counts[section.name] = countsByRule(outcome);
    });
  }

  // What an editor saves mid-edit: every valid file cut at each seventh of its text (mid-line, mid-quote,
  // mid-expression) must lint without throwing.
  it('lints truncated copies of actionlint-testdata/ok without crashing', () => {
    const crashes: string[] = [];
    for (const path of yamlFiles(join(corpus.path, 'actionlint-testdata', 'ok'))) {
      const whole = readFileSync(path, 'utf8');
      for (let seventh = 1; seventh < 7; seventh++) {
        const text = whole.slice(0, Math.floor((whole.length * seventh) / 7));
        try {
          runRules(buildRepository('/corpus', memorySource({ '.github/workflows/truncated.yml': text })), {
            rules,
          });
        } catch (error) {
          crashes.push(
            `${path} cut at ${seventh}/7: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
    expect(crashes).toEqual([]);
  });

  it('matches the golden per-rule finding counts', async () => {
    // Regenerate with `npx vitest run test/corpus.test.ts -u` when a rule changes on purpose.
    expect(Object.keys(counts)).toHaveLength(sections(corpus.path).length);
    await expect(`${JSON.stringify(counts, null, 2)}\n`).toMatchFileSnapshot('./golden/corpus-counts.json');
  });
});
