// Writes schema/ciscope.schema.json, the JSON Schema of `.ciscope.yml`, from src/config/config-schema.ts and the rule
// registry (one property per rule, so editors complete rule ids and show their descriptions).
// `--check` fails on a diff; src/config/config-schema.test.ts checks the same thing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
// The sources are TypeScript: bundle them into dist/ (ignored by git), where node_modules resolves.
const outfile = `${root}dist/.config-schema.mjs`;
await build({
  stdin: {
    contents: "export { rules } from './src/rules/index.ts'; export { configSchema } from './src/config/config-schema.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { rules, configSchema } = await import(`${outfile}?${Date.now()}`);

const text = `${JSON.stringify(configSchema(rules), null, 2)}\n`;
const target = `${root}schema/ciscope.schema.json`;
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('schema/ciscope.schema.json is out of date: run `node scripts/gen-config-schema.mjs`');
    process.exit(1);
  }
} else if (current !== text) {
  mkdirSync(`${root}schema`, { recursive: true });
  writeFileSync(target, text);
}
