/**
 * Docs examples are executed (STYLE convention 22): every ```yaml invalid block must make its rule report, every
 * ```yaml valid block must not, and a ```yaml fixed block must equal the result of the fixes. Every rule has a page
 * and every page a rule, with an up-to-date generated header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withHeader } from '../src/engine/docs-header.ts';
import { rules } from '../src/rules/index.ts';
import { applyAllFixes, DEFAULT_WORKFLOW, lintCase } from '../src/testing/rule-tester.ts';

const DOCS = new URL('../docs/rules/', import.meta.url);

interface Example {
  readonly role: 'valid' | 'invalid';
  readonly line: number;
  readonly path: string;
  readonly files: Record<string, string>;
  fixed?: { readonly path: string; readonly text: string };
}

interface Block {
  readonly info: string;
  readonly text: string;
  readonly line: number;
}

function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(```+)\s*(.*)$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const fence = open[1] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').startsWith(fence)) body.push(lines[j++] ?? '');
    blocks.push({ info: (open[2] ?? '').trim(), text: `${body.join('\n')}\n`, line: i + 1 });
    i = j;
  }
  return blocks;
}

function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let pending: Record<string, string> = {};
  for (const block of fencedBlocks(markdown)) {
    const words = block.info.split(/\s+/);
    const path = words.find((word) => word.startsWith('file='))?.slice('file='.length);
    const role = words.find((word) => word === 'valid' || word === 'invalid' || word === 'fixed');
    if (role === 'fixed') {
      const last = examples.at(-1);
      if (last === undefined || last.role !== 'invalid')
        throw new Error(`line ${block.line}: a fixed block must follow an invalid one`);
      last.fixed = { path: path ?? last.path, text: block.text };
    } else if (role === 'valid' || role === 'invalid') {
      const mainPath = path ?? DEFAULT_WORKFLOW;
      examples.push({
        role,
        line: block.line,
        path: mainPath,
        files: { ...pending, [mainPath]: block.text },
      });
      pending = {};
    } else if (path !== undefined) {
      pending[path] = block.text;
    }
  }
  return examples;
}

const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md'));

describe('rule docs', () => {
  it('every rule has a page and every page a rule', () => {
    expect(pages.map((name) => name.slice(0, -3)).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  for (const rule of rules) {
    const name = `${rule.id}.md`;
    if (!pages.includes(name)) continue;
    const page = readFileSync(new URL(name, DOCS), 'utf8');
    describe(rule.id, () => {
      it('has the generated header and the required sections', () => {
        expect(withHeader(rule, page)).toBe(page);
        for (const section of [
          '## What it detects',
          '## Why it costs time or money',
          '## How to fix',
          '## When not to use it',
        ]) {
          expect(page).toContain(section);
        }
      });
      const examples = examplesOf(page);
      it('has at least one invalid example', () =>
        expect(examples.some((e) => e.role === 'invalid')).toBe(true));
      for (const example of examples) {
        it(`${example.role} example at line ${example.line}`, () => {
          const findings = lintCase(rule, example.files);
          if (example.role === 'valid') {
            expect(findings.map((f) => `${f.location.start.line}: ${f.message}`)).toEqual([]);
            return;
          }
          expect(findings.length).toBeGreaterThan(0);
          if (example.fixed !== undefined) {
            expect(applyAllFixes(example.files, findings)[example.fixed.path]).toBe(example.fixed.text);
          }
        });
      }
    });
  }
});
