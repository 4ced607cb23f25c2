// Scaffolds a rule: src/rules/<id>.ts from _template.ts, its table test and docs page, then regenerates the index
// and the docs header (STYLE convention 36).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const id = process.argv[2];
if (id === undefined || !/^[a-z]+(-[a-z0-9]+)+$/.test(id)) {
  console.error('usage: npm run new-rule -- <kebab-case-id>   (e.g. redundant-checkout)');
  process.exit(2);
}
const root = new URL('../', import.meta.url);
const file = (path) => new URL(path, root);
if (existsSync(file(`src/rules/${id}.ts`))) {
  console.error(`src/rules/${id}.ts exists already`);
  process.exit(2);
}
writeFileSync(
  file(`src/rules/${id}.ts`),
  readFileSync(file('src/rules/_template.ts'), 'utf8')
    .replace(/^\/\/.*\n/, '')
    .replaceAll('__ID__', id),
);
writeFileSync(
  file(`src/rules/${id}.test.ts`),
  `import { dedent, testRule } from '../testing/rule-tester.ts';
import rule from './${id}.ts';

testRule(rule, {
  valid: [],
  invalid: [
    {
      code: dedent\`
        on: pull_request
        jobs: {}
      \`,
      errors: [{ messageId: 'found', line: 1, column: 1 }],
      output: null,
    },
  ],
});
`,
);
writeFileSync(
  file(`docs/rules/${id}.md`),
  `\n## What it detects\n\n## Why it costs time or money\n\n## How to fix\n\n\`\`\`yaml invalid\n\`\`\`\n\n## When not to use it\n`,
);
execFileSync('npm', ['run', 'gen'], { stdio: 'inherit', cwd: root });
console.log(`Created src/rules/${id}.ts, its test and docs/rules/${id}.md: fill in the __PLACEHOLDERS__.`);
