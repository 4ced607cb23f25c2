import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/rule-tester.ts';
import { ConfigError, loadConfig, parseConfig, toSettings } from './load.ts';

const parse = (text: string) => parseConfig({ path: '.ciscope.yml', text });

function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('reads severities and ignore patterns', () => {
    const config = parse(dedent`
      # ciscope configuration
      rules:
        missing-concurrency: off
        unknown-needs: warning
      ignore:
        - .github/workflows/legacy-*.yml
        - vendor/
    `);
    expect(config.severities).toEqual({ 'missing-concurrency': 'off', 'unknown-needs': 'warning' });
    const { isIgnored } = toSettings(config);
    expect(isIgnored('.github/workflows/legacy-deploy.yml')).toBe(true);
    expect(isIgnored('vendor/x/Dockerfile')).toBe(true);
    expect(isIgnored('.github/workflows/ci.yml')).toBe(false);
  });

  it('reads runner prices by labels', () => {
    const config = parse('prices:\n  self-hosted,linux,cuda: 0.04\n  ubuntu-latest: 0.005\n');
    expect(config.prices).toEqual({ 'self-hosted,linux,cuda': 0.04, 'ubuntu-latest': 0.005 });
  });

  it.each(['', '# only a comment\n', 'rules: {}\nignore: []\n'])(
    'accepts an empty configuration: %j',
    (text) => {
      expect(parse(text).severities).toEqual({});
    },
  );

  it.each([
    [
      'an unknown rule, with a suggestion',
      'rules:\n  missing-concurency: off\n',
      '.ciscope.yml:2:3: unknown rule "missing-concurency"; did you mean "missing-concurrency"? (`ciscope rules` lists them)',
    ],
    [
      'an unknown rule',
      'rules:\n  warn-me: error\n',
      '.ciscope.yml:2:3: unknown rule "warn-me" (`ciscope rules` lists them)',
    ],
    [
      'a bad severity',
      'rules:\n  unknown-needs: warn\n',
      '.ciscope.yml:2:18: rule "unknown-needs" takes off, error, warning, info, not "warn"',
    ],
    [
      'a YAML 1.1 boolean',
      'rules:\n  unknown-needs: no\n',
      '.ciscope.yml:2:18: rule "unknown-needs" takes off, error, warning, info, not "no"',
    ],
    [
      'an unknown top-level key',
      'rules: {}\nexclude: [a]\n',
      '.ciscope.yml:2:1: unknown key "exclude"; the configuration takes `rules`, `ignore` and `prices`',
    ],
    [
      'a negative price',
      'prices:\n  self-hosted: -1\n',
      '.ciscope.yml:2:16: `prices` maps runner labels (`self-hosted,linux`) to US dollars per minute, a number of at least 0',
    ],
    [
      'ignore as a string',
      'ignore: vendor\n',
      '.ciscope.yml:1:9: `ignore` must be a list of glob patterns (non-empty strings)',
    ],
    [
      'a number in ignore',
      'ignore:\n  - vendor\n  - 42\n',
      '.ciscope.yml:3:5: `ignore` must be a list of glob patterns (non-empty strings)',
    ],
    [
      'a list at the top',
      '- rules\n',
      '.ciscope.yml:1:1: the configuration must be a mapping with `rules` and `ignore`',
    ],
    [
      'rules as a list',
      'rules: [unknown-needs]\n',
      '.ciscope.yml:1:8: `rules` must map rule ids to a severity',
    ],
    ['broken YAML', 'rules:\n  a: [b\n', '.ciscope.yml:3:1:'],
  ])('rejects %s', (_, text, expected) => {
    expect(errorOf(text)).toContain(expected);
  });

  it('reports every problem, one per line', () => {
    expect(errorOf('rules:\n  foo: off\n  unknown-needs: loud\n').split('\n')).toHaveLength(2);
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciscope-config-'));

  it('is empty when the directory has no .ciscope.yml', () => {
    expect(loadConfig(dir, {})).toEqual({ file: undefined, severities: {}, ignore: [], prices: {} });
  });

  it('reads DIR/.ciscope.yml, and a BOM does not matter', () => {
    const withConfig = mkdtempSync(join(tmpdir(), 'ciscope-config-'));
    writeFileSync(join(withConfig, '.ciscope.yml'), '\ufeffrules:\n  parse-error: warning\n');
    expect(loadConfig(withConfig, {}).severities).toEqual({ 'parse-error': 'warning' });
  });

  it('names a missing --config file', () => {
    expect(() => loadConfig(dir, { explicit: join(dir, 'nope.yml'), display: () => 'nope.yml' })).toThrow(
      new ConfigError('nope.yml: cannot read the configuration file (ENOENT)'),
    );
  });
});
