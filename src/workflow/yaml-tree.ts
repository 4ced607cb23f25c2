/**
 * A located, read-only view of one YAML document. This module and the fixer are the only places that know
 * the `yaml` package; everything else reads `LNode`s, whose ranges are offsets into the source text.
 */
import { Alias, CST, isAlias, isMap, isScalar, isSeq, Lexer, parseDocument, Scalar, visit } from 'yaml';
import type { Document, Node as YamlNode, Pair as YamlPair } from 'yaml';
import type { Range, SourceFile } from './source.ts';

export type ScalarValue = string | number | boolean | null;
export type LNode = LScalar | LMap | LSeq;

export interface LScalar {
  readonly kind: 'scalar';
  readonly value: ScalarValue;
  readonly range: Range;
  /** `plain`, `single`, `double`, `block` (| or >). */
  readonly style: 'plain' | 'single' | 'double' | 'block';
}

export interface LPair {
  readonly key: LScalar;
  readonly value: LNode;
}

export class LMap {
  readonly kind = 'map';
  readonly pairs: readonly LPair[];
  readonly range: Range;
  readonly flow: boolean;
  constructor(pairs: readonly LPair[], range: Range, flow: boolean) {
    this.pairs = pairs;
    this.range = range;
    this.flow = flow;
  }
  /** The pair whose key equals `key`. GitHub's keys are case-sensitive, except where a caller folds them. */
  pair(key: string): LPair | undefined {
    for (const pair of this.pairs) if (pair.key.value === key) return pair;
    return undefined;
  }
  get(key: string): LNode | undefined {
    return this.pair(key)?.value;
  }
  has(key: string): boolean {
    return this.pair(key) !== undefined;
  }
}

export class LSeq {
  readonly kind = 'seq';
  readonly items: readonly LNode[];
  readonly range: Range;
  readonly flow: boolean;
  constructor(items: readonly LNode[], range: Range, flow: boolean) {
    this.items = items;
    this.range = range;
    this.flow = flow;
  }
}

export interface YamlProblem {
  readonly message: string;
  readonly range: Range;
}

export interface ParsedYaml {
  readonly root: LNode | undefined;
  readonly problems: readonly YamlProblem[];
}

export interface ParseYamlOptions {
  /**
   * `merge` (the default) applies YAML merge keys, as Docker Compose does. `reject` reports each `<<` as a problem:
   * GitHub Actions supports anchors and aliases
   * (https://docs.github.com/en/actions/reference/workflows-and-actions/reusing-workflow-configurations#yaml-anchors-and-aliases)
   * but not merge keys (actionlint testdata err/merge_key_unsupported.yaml).
   */
  readonly mergeKeys?: 'merge' | 'reject';
}

/** Far above any real workflow or compose file (the largest of the corpus has a few thousand nodes). */
const MAX_EXPANDED_NODES = 1_000_000;
/**
 * Far above any real file (the corpus nests at most a dozen levels). Every reader of the tree recurses, and 10,000
 * nested `[` overflowed the stack ("Maximum call stack size exceeded" as the parse error, issue 14).
 */
export const MAX_NESTING_DEPTH = 256;
const TOO_DEEP = `collections nested more than ${MAX_NESTING_DEPTH} levels deep; not analysed`;

/** Thrown by the converter at the first node past the depth limit. */
class NestingTooDeep extends Error {
  readonly at: number;
  constructor(at: number) {
    super(TOO_DEEP);
    this.at = at;
  }
}

/** Parses one YAML document. Syntax errors become problems with their ranges; nothing throws. */
export function parseYaml(file: SourceFile, options: ParseYamlOptions = {}): ParsedYaml {
  let doc: Document;
  try {
    // No `LineCounter`: positions are computed from offsets only when a finding is reported (source.ts).
    doc = parseDocument(file.text, { merge: true, prettyErrors: false, keepSourceTokens: false });
  } catch (error) {
    const message = isStackOverflow(error) ? TOO_DEEP : String(error);
    return { root: undefined, problems: [{ message, range: { file, start: 0, end: 0 } }] };
  }
  const problems = doc.errors.map((error) => ({
    // The yaml package reports its own stack overflow as an error of the document.
    message: isStackOverflow(error.message) ? TOO_DEEP : cleanMessage(error.message),
    range: { file, start: error.pos[0], end: Math.max(error.pos[0], error.pos[1]) },
  }));
  // What the parser says after it overflowed is noise.
  const overflow = problems.find((problem) => problem.message === TOO_DEEP);
  if (overflow !== undefined) return { root: undefined, problems: [overflow] };
  if (problems.length > 0) return { root: undefined, problems };
  const converter = new Converter(file, doc, options.mergeKeys ?? 'merge');
  let root: LNode | undefined;
  try {
    root = doc.contents === null ? undefined : converter.node(doc.contents as YamlNode);
  } catch (error) {
    if (!(error instanceof NestingTooDeep)) throw error;
    return {
      root: undefined,
      problems: [{ message: TOO_DEEP, range: { file, start: error.at, end: error.at } }],
    };
  }
  if (converter.expandedNodes > MAX_EXPANDED_NODES) {
    // Aliases share nodes, so the tree is small, but every reader that walks it (toPlain, evaluateNode, rules) would
    // walk the expansion: a "billion laughs" file would hang them.
    const message = `aliases expand this file to more than ${MAX_EXPANDED_NODES.toLocaleString('en')} nodes; not analysed`;
    return {
      root: undefined,
      problems: [...converter.problems, { message, range: { file, start: 0, end: 0 } }],
    };
  }
  return { root, problems: converter.problems };
}

function isStackOverflow(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Maximum call stack size exceeded/.test(message);
}

function cleanMessage(message: string): string {
  // The yaml package appends " at line N, column M:" and a code frame; we print our own location.
  return (message.split(/ at line \d+, column \d+/)[0] ?? message).trim();
}

class Converter {
  readonly problems: YamlProblem[] = [];
  /**
   * Anchored nodes only (aliases can name nothing else): converted once, so an alias shares its target's `LNode`,
   * and marked while in progress, so an alias inside its own target is caught.
   */
  private readonly converted = new Map<YamlNode, LNode>();
  private readonly inProgress = new Set<YamlNode>();
  /** Nodes of the tree with every alias expanded, and the expanded size of each anchored node. */
  expandedNodes = 0;
  private depth = 0;
  private readonly expandedSize = new Map<YamlNode, number>();
  /** Alias → its anchored node, computed in one pass on the first alias (`Alias.resolve` walks the whole document per call). */
  private aliasTargets: Map<Alias, YamlNode> | undefined;
  private readonly file: SourceFile;
  private readonly doc: Document;
  private readonly mergeKeys: 'merge' | 'reject';

  constructor(file: SourceFile, doc: Document, mergeKeys: 'merge' | 'reject') {
    this.file = file;
    this.doc = doc;
    this.mergeKeys = mergeKeys;
  }

  node(node: YamlNode | Alias): LNode {
    if (this.depth >= MAX_NESTING_DEPTH) throw new NestingTooDeep(node.range?.[0] ?? 0);
    this.depth++;
    try {
      return this.unlimitedNode(node);
    } finally {
      this.depth--;
    }
  }

  private unlimitedNode(node: YamlNode | Alias): LNode {
    if (isAlias(node)) return this.alias(node);
    const anchored = (node as { anchor?: string }).anchor !== undefined;
    if (anchored) {
      const seen = this.converted.get(node);
      if (seen !== undefined) {
        this.expandedNodes += this.expandedSize.get(node) ?? 1;
        return seen;
      }
      this.inProgress.add(node);
    }
    const expandedBefore = this.expandedNodes;
    this.expandedNodes++;
    let result: LNode;
    if (isMap(node)) {
      const pairs: LPair[] = [];
      const merged: LPair[] = [];
      for (const pair of node.items as YamlPair<unknown, unknown>[]) {
        const key = this.key(pair.key);
        const value =
          pair.value === null || pair.value === undefined
            ? this.nullAt(key.range.end)
            : this.node(pair.value as YamlNode);
        if (key.value === '<<' && key.style === 'plain') {
          if (this.mergeKeys === 'reject') {
            this.problems.push({
              message: 'GitHub Actions does not support the YAML merge key `<<`; GitHub rejects the file.',
              range: key.range,
            });
          }
          merged.push(...mergeSource(value));
        } else pairs.push({ key, value });
      }
      // Explicit keys win over merged ones (YAML merge-key semantics).
      for (const pair of merged) if (!pairs.some((p) => p.key.value === pair.key.value)) pairs.push(pair);
      result = new LMap(pairs, this.range(node), node.flow === true);
    } else if (isSeq(node)) {
      result = new LSeq(
        node.items.map((item) => (item === null ? this.nullAt(0) : this.node(item as YamlNode))),
        this.range(node),
        node.flow === true,
      );
    } else if (isScalar(node)) {
      result = this.scalar(node);
    } else {
      result = this.nullAt(0);
    }
    if (anchored) {
      this.inProgress.delete(node);
      this.converted.set(node, result);
      this.expandedSize.set(node, this.expandedNodes - expandedBefore);
    }
    return result;
  }

  private alias(alias: Alias): LNode {
    this.aliasTargets ??= resolveAliases(this.doc);
    const target = this.aliasTargets.get(alias);
    if (target === undefined) {
      this.problems.push({ message: `unknown anchor \`${alias.source}\``, range: this.range(alias) });
      return this.nullAt(alias.range?.[0] ?? 0);
    }
    if (this.inProgress.has(target)) {
      // An alias inside the node it names would be an infinite value; GitHub rejects the file.
      this.problems.push({
        message: `alias \`*${alias.source}\` refers to a node that contains it`,
        range: this.range(alias),
      });
      return this.nullAt(alias.range?.[0] ?? 0);
    }
    return this.node(target);
  }

  private key(key: unknown): LScalar {
    if (isScalar(key)) {
      const scalar = this.scalar(key);
      return scalar.value === null || typeof scalar.value === 'string'
        ? scalar
        : { ...scalar, value: String(scalar.value) };
    }
    const range = this.range(key as YamlNode);
    return { kind: 'scalar', value: this.file.text.slice(range.start, range.end), range, style: 'plain' };
  }

  private scalar(node: Scalar): LScalar {
    const raw = node.value;
    const value: ScalarValue =
      raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? raw
        : typeof raw === 'bigint'
          ? Number(raw)
          : typeof raw === 'symbol'
            ? // With `merge: true` the `yaml` package parses a plain `<<` key as a symbol.
              (raw.description ?? '')
            : String(raw);
    return { kind: 'scalar', value, range: this.range(node), style: scalarStyle(node.type) };
  }

  private range(node: { range?: [number, number, number] | null | undefined }): Range {
    const [start = 0, end = start] = node.range ?? [];
    return { file: this.file, start, end };
  }

  private nullAt(offset: number): LScalar {
    return {
      kind: 'scalar',
      value: null,
      range: { file: this.file, start: offset, end: offset },
      style: 'plain',
    };
  }
}

/**
 * Each alias names the last node anchored with its name before it, in document order (YAML 1.2 §3.2.2.2), which is
 * the order `visit` walks in.
 */
function resolveAliases(doc: Document): Map<Alias, YamlNode> {
  const anchors = new Map<string, YamlNode>();
  const targets = new Map<Alias, YamlNode>();
  visit(doc, {
    Alias: (_key, alias) => {
      const target = anchors.get(alias.source);
      if (target !== undefined) targets.set(alias, target);
    },
    Node: (_key, node) => {
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor !== undefined)
        anchors.set(node.anchor, node as YamlNode);
    },
  });
  return targets;
}

function mergeSource(value: LNode): readonly LPair[] {
  if (value instanceof LMap) return value.pairs;
  if (value instanceof LSeq) return value.items.flatMap((item) => (item instanceof LMap ? item.pairs : []));
  return [];
}

function scalarStyle(type: Scalar['type']): LScalar['style'] {
  switch (type) {
    case 'QUOTE_SINGLE':
      return 'single';
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return 'block';
    default:
      return 'plain';
  }
}

// ---- small readers used by the model builders ----

export function asMap(node: LNode | undefined): LMap | undefined {
  return node instanceof LMap ? node : undefined;
}

export function asSeq(node: LNode | undefined): LSeq | undefined {
  return node instanceof LSeq ? node : undefined;
}

export function asScalar(node: LNode | undefined): LScalar | undefined {
  return node !== undefined && node.kind === 'scalar' ? node : undefined;
}

/** A scalar's value as a string (`true` → "true"); undefined for maps, sequences and null. */
export function scalarString(node: LNode | undefined): string | undefined {
  const scalar = asScalar(node);
  return scalar === undefined || scalar.value === null ? undefined : String(scalar.value);
}

/** A scalar or a sequence of scalars, as GitHub accepts for `needs`, `runs-on`, `on`, `branches` … */
export function scalarList(node: LNode | undefined): readonly LScalar[] {
  if (node === undefined) return [];
  if (node.kind === 'scalar') return node.value === null ? [] : [node];
  if (node instanceof LSeq) return node.items.filter((item): item is LScalar => item.kind === 'scalar');
  return [];
}

/** Plain JavaScript value of a node (maps become objects), for matrix expansion and expression contexts. */
export function toPlain(node: LNode | undefined): unknown {
  if (node === undefined) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node instanceof LSeq) return node.items.map(toPlain);
  const object: Record<string, unknown> = {};
  // defineProperty: a key `__proto__` must stay an own key (and be reported as unknown), not replace the prototype.
  for (const pair of node.pairs)
    Object.defineProperty(object, String(pair.key.value), {
      value: toPlain(pair.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return object;
}

const commentsCache = new WeakMap<SourceFile, readonly Range[]>();

/**
 * The ranges of the real comments of a YAML file, as the YAML lexer sees them: a `#` inside a quoted string or a
 * block scalar (a `run:` script) is text, not a comment.
 */
export function yamlComments(file: SourceFile): readonly Range[] {
  let comments = commentsCache.get(file);
  if (comments === undefined) {
    const found: Range[] = [];
    let offset = 0;
    for (const token of new Lexer().lex(file.text)) {
      // Control tokens mark structure; they are not part of the source text.
      if (token === CST.DOCUMENT || token === CST.SCALAR || token === CST.FLOW_END) continue;
      if (CST.tokenType(token) === 'comment') found.push({ file, start: offset, end: offset + token.length });
      offset += token.length;
    }
    comments = found;
    commentsCache.set(file, comments);
  }
  return comments;
}
