/**
 * The JSON Schema of `.ciscope.yml`. `schema/ciscope.schema.json` is generated from this function and the rule
 * registry by scripts/gen-config-schema.mjs; the loader validates against the generated file that ships.
 */
import type { Rule } from '../engine/define-rule.ts';

export const CONFIG_SCHEMA_ID = 'https://github.com/ciscope/ciscope/blob/main/schema/ciscope.schema.json';

export function configSchema(rules: readonly Pick<Rule, 'id' | 'meta'>[]): Record<string, unknown> {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'ciscope configuration (.ciscope.yml)',
    description:
      'Configuration of `ciscope lint`: rule severities, ignored paths and runner prices. See docs/configuration.md.',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: {
        description:
          'Severity per rule id: `off` disables the rule; rules not named keep their default severity.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          sorted.map((rule) => [
            rule.id,
            {
              description: `${rule.meta.description} (default: ${rule.meta.severity}).`,
              $ref: '#/definitions/severity',
            },
          ]),
        ),
      },
      ignore: {
        description:
          'Glob patterns of paths, relative to the analysed directory, whose findings are dropped. `*` matches within one path segment, `**` across segments; a pattern that names a directory covers everything below it.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      prices: {
        description:
          'US dollars per runner-minute by runner labels (`self-hosted,linux,cuda: 0.04`): a job whose `runs-on` has all the labels of a key is priced at its value (the key with most labels wins). Self-hosted runners are not billed by GitHub and have no price otherwise. See docs/metrics.md.',
        type: 'object',
        propertyNames: { minLength: 1 },
        additionalProperties: { type: 'number', minimum: 0 },
      },
    },
    definitions: {
      severity: {
        description: '`error`, `warning` or `info` to report the rule at that severity, `off` to disable it.',
        enum: ['off', 'error', 'warning', 'info'],
      },
    },
  };
}
