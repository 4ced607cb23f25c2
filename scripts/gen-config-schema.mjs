// Writes schema/ciscope.schema.json, the JSON Schema of `.ciscope.yml`, from src/config/config-schema.ts and the rule
// registry (one property per rule, so editors complete rule ids and show their descriptions).
// `--check` fails on a diff; src/config/config-schema.test.ts checks the same thing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { rules } = await loadTs('src/rules/index.ts');
const { configSchema } = await loadTs('src/config/config-schema.ts');

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
