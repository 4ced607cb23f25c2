import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rules } from '../rules/index.ts';
import { configSchema } from './config-schema.ts';

it('schema/ciscope.schema.json names every rule of the registry, and only those (`node scripts/gen-config-schema.mjs`)', () => {
  const shipped = JSON.parse(
    readFileSync(new URL('../../schema/ciscope.schema.json', import.meta.url), 'utf8'),
  ) as {
    properties: { rules: { properties: Record<string, unknown> } };
  };
  expect(Object.keys(shipped.properties.rules.properties).sort()).toEqual(
    rules.map((rule) => rule.id).sort(),
  );
  expect(shipped).toEqual(configSchema(rules));
});
