/**
 * Reads `.ciscope.yml` (or `--config FILE`), validates it against the shipped JSON Schema, and turns it into the
 * engine's `RuleSettings`. Every problem is a `ConfigError` that names the file, line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import schema from '../../schema/ciscope.schema.json' with { type: 'json' };
import type { RuleSettings } from '../engine/run-rules.ts';
import type { Severity } from '../findings/finding.ts';
import { positionAt } from '../workflow/source.ts';
import type { Range, SourceFile } from '../workflow/source.ts';
import { LMap, LSeq, parseYaml, toPlain } from '../workflow/yaml-tree.ts';
import type { LNode } from '../workflow/yaml-tree.ts';
import { pathMatcher } from './glob.ts';

export const CONFIG_FILE_NAME = '.ciscope.yml';

/** A configuration file that cannot be read, parsed or validated; the message starts with `file:line:column:`. */
export class ConfigError extends Error {}

export interface Config {
  /** The file read, as the user named it; undefined when there is none. */
  readonly file: string | undefined;
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
  readonly ignore: readonly string[];
  /** `prices:`: the user's US dollars per minute by runner labels (comma-separated in the key). */
  readonly prices: Readonly<Record<string, number>>;
}

export type ConfigSettings = Required<Pick<RuleSettings, 'severities' | 'isIgnored'>>;

interface ConfigDocument {
  readonly rules?: Readonly<Record<string, Severity | 'off'>>;
  readonly ignore?: readonly string[];
  readonly prices?: Readonly<Record<string, number>>;
}

const validate = new Ajv({ allErrors: true }).compile<ConfigDocument>(schema);
const KNOWN_RULES = Object.keys(schema.properties.rules.properties).sort();
const SEVERITIES = schema.definitions.severity.enum;

/**
 * The configuration for `dir`: `explicit` (the `--config` value, relative to `cwd`) or `dir/.ciscope.yml` when it
 * exists, else an empty configuration. Paths in messages are as the user would type them (relative to `cwd`).
 */
export function loadConfig(
  dir: string,
  options: { readonly explicit?: string | undefined; readonly display?: (path: string) => string },
): Config {
  const display = options.display ?? ((path: string) => path);
  const path = options.explicit ?? join(dir, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (options.explicit === undefined && code === 'ENOENT')
      return { file: undefined, severities: {}, ignore: [], prices: {} };
    throw new ConfigError(`${display(path)}: cannot read the configuration file (${code ?? String(error)})`);
  }
  return parseConfig({ path: display(path), text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
}

export function parseConfig(file: SourceFile): Config {
  const { root, problems } = parseYaml(file);
  if (problems.length > 0)
    throw new ConfigError(
      problems.map((problem) => `${where(problem.range)}: ${problem.message}`).join('\n'),
    );
  const document = root === undefined ? {} : toPlain(root);
  if (!validate(document)) {
    const messages = (validate.errors ?? []).map((error) => describeError(error, root, file));
    throw new ConfigError([...new Set(messages)].join('\n'));
  }
  return {
    file: file.path,
    severities: document.rules ?? {},
    ignore: document.ignore ?? [],
    prices: document.prices ?? {},
  };
}

export function toSettings(config: Config): ConfigSettings {
  return { severities: config.severities, isIgnored: pathMatcher(config.ignore) };
}

function describeError(error: ErrorObject, root: LNode | undefined, file: SourceFile): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const node = locate(root, segments);
  const fallback = { file, start: 0, end: 0 };
  const at = (range: Range | undefined): string => where(range ?? node?.range ?? fallback);
  const [parent] = segments;
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const keyRange = node instanceof LMap ? node.pair(key)?.key.range : undefined;
    if (segments.length === 0)
      return `${at(keyRange)}: unknown key "${key}"; the configuration takes \`rules\`, \`ignore\` and \`prices\``;
    if (parent === 'rules' && segments.length === 1) {
      const suggestion = closest(key, KNOWN_RULES);
      return `${at(keyRange)}: unknown rule "${key}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (\`ciscope rules\` lists them)`;
    }
  }
  if (error.keyword === 'enum' && parent === 'rules' && segments.length === 2) {
    return `${at(undefined)}: rule "${segments[1]}" takes ${SEVERITIES.join(', ')}, not ${show(toPlain(node))}`;
  }
  if (error.keyword === 'type' && segments.length === 0)
    return `${at(undefined)}: the configuration must be a mapping with \`rules\` and \`ignore\``;
  if (error.keyword === 'type' && parent === 'rules' && segments.length === 1)
    return `${at(undefined)}: \`rules\` must map rule ids to a severity`;
  if (parent === 'prices')
    return `${at(undefined)}: \`prices\` maps runner labels (\`self-hosted,linux\`) to US dollars per minute, a number of at least 0`;
  if (parent === 'ignore')
    return `${at(undefined)}: \`ignore\` must be a list of glob patterns (non-empty strings)`;
  return `${at(undefined)}: \`${segments.join('.')}\` ${error.message ?? 'is invalid'}`;
}

/** The node at a JSON pointer's segments, or the deepest one that exists. */
function locate(root: LNode | undefined, segments: readonly string[]): LNode | undefined {
  let node = root;
  for (const segment of segments) {
    const next =
      node instanceof LMap
        ? node.get(segment)
        : node instanceof LSeq
          ? node.items[Number(segment)]
          : undefined;
    if (next === undefined) return node;
    node = next;
  }
  return node;
}

function where(range: Range): string {
  const { line, column } = positionAt(range.file, range.start);
  return `${range.file.path}:${line}:${column}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** The known id nearest to a typo (Levenshtein distance at most a third of its length), for "did you mean". */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
