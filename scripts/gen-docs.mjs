// Rewrites the generated header of every docs/rules/<id>.md from the rule's meta; with --check, fails on a diff,
// on a rule without a page and on a page without a rule (STYLE conventions 21–23).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadTs } from './load-ts.mjs';

const { rules } = await loadTs('src/rules/index.ts');
const { withHeader } = await loadTs('src/engine/docs-header.ts');
const check = process.argv.includes('--check');
const dir = new URL('../docs/rules/', import.meta.url);
const problems = [];
for (const rule of rules) {
  const path = new URL(`${rule.id}.md`, dir);
  if (!existsSync(path)) {
    problems.push(`docs/rules/${rule.id}.md is missing (npm run new-rule scaffolds it)`);
    continue;
  }
  const page = readFileSync(path, 'utf8');
  const updated = withHeader(rule, page);
  if (updated === page) continue;
  if (check) problems.push(`docs/rules/${rule.id}.md: header out of date (npm run gen)`);
  else writeFileSync(path, updated);
}
const ids = new Set(rules.map((rule) => rule.id));
for (const name of readdirSync(dir)) {
  if (name.endsWith('.md') && !ids.has(name.slice(0, -3))) problems.push(`docs/rules/${name} has no rule`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
