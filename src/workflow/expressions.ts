/**
 * Evaluation of GitHub Actions expressions over partly known contexts.
 *
 * Parsing is GitHub's own (`@actions/expressions`); evaluation is ours because the evaluator there needs complete
 * contexts, while a linter knows only some values (the trigger, `env`, input defaults, one matrix combination).
 * Whatever depends on something unknown evaluates to `UNKNOWN`, and rules stay silent on it instead of guessing.
 * Semantics follow https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */
import { Lexer, Parser } from '@actions/expressions';
import type { Expr } from '@actions/expressions';

export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;
export type Value =
  string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value } | Unknown;

/** Context name → value. A context that is absent is unknown as a whole; a missing key of a context too. */
export type Contexts = Readonly<Record<string, Value>>;

const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs',
];
const STATUS_FUNCTIONS = new Set(['success', 'always', 'failure', 'cancelled']);

const parsed = new Map<string, Expr | undefined>();

/** Objects whose every key is known (`inputs`, a matrix combination): a missing key is `null`, as on GitHub. */
const complete = new WeakSet<object>();

/** Marks a context object as complete; returns it. */
export function completeObject<T extends object>(value: T): T {
  complete.add(value);
  return value;
}

/** Parses an expression body (without `${{ }}`); undefined when GitHub would reject it. */
export function parseExpression(source: string): Expr | undefined {
  let expr = parsed.get(source);
  if (expr === undefined && !parsed.has(source)) {
    try {
      expr = new Parser(new Lexer(source).lex().tokens, CONTEXT_NAMES, []).parse();
    } catch {
      expr = undefined;
    }
    parsed.set(source, expr);
  }
  return expr;
}

export function evaluateExpression(source: string, contexts: Contexts): Value {
  const expr = parseExpression(source);
  return expr === undefined ? UNKNOWN : evaluate(expr, contexts);
}

export interface TemplatePart {
  readonly literal?: string;
  readonly expression?: string;
}

/** Splits `a-${{ x }}-b` into literal and expression parts. */
export function templateParts(text: string): readonly TemplatePart[] {
  const parts: TemplatePart[] = [];
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('${{', index);
    if (open === -1) break;
    const close = findClose(text, open + 3);
    if (close === -1) break;
    if (open > index) parts.push({ literal: text.slice(index, open) });
    parts.push({ expression: text.slice(open + 3, close).trim() });
    index = close + 2;
  }
  if (index < text.length) parts.push({ literal: text.slice(index) });
  return parts;
}

function findClose(text: string, from: number): number {
  // `}}` inside a string literal does not close the expression.
  let quoted = false;
  for (let i = from; i < text.length - 1; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === '}' && text[i + 1] === '}') return i;
  }
  return -1;
}

export function hasExpression(text: string): boolean {
  return text.includes('${{');
}

/**
 * Evaluates a YAML value that may hold `${{ }}`: a lone expression keeps its type (`${{ fromJSON('[1]') }}` is an
 * array), anything else is string interpolation.
 */
export function evaluateTemplate(text: string, contexts: Contexts): Value {
  if (!text.includes('${{')) return text;
  const parts = templateParts(text);
  const only = parts[0];
  if (parts.length === 1 && only?.expression !== undefined)
    return evaluateExpression(only.expression, contexts);
  let result = '';
  for (const part of parts) {
    if (part.literal !== undefined) {
      result += part.literal;
      continue;
    }
    const value = evaluateExpression(part.expression ?? '', contexts);
    if (value === UNKNOWN) return UNKNOWN;
    result += coerceString(value);
  }
  return result;
}

/** The context names a template reads (`matrix`, `env`, …), found by walking the parsed expressions. */
export function contextsUsed(text: string): ReadonlySet<string> {
  const used = new Set<string>();
  if (!text.includes('${{')) return used;
  for (const part of templateParts(text)) {
    if (part.expression === undefined) continue;
    const expr = parseExpression(part.expression);
    if (expr === undefined) {
      // Unparseable: fall back to the words that look like context access, so callers never under-report.
      for (const name of CONTEXT_NAMES) if (new RegExp(`\\b${name}\\b`).test(part.expression)) used.add(name);
      continue;
    }
    collectContexts(expr, used);
  }
  return used;
}

function collectContexts(expr: Expr, used: Set<string>): void {
  const node = expr as unknown as Record<string, unknown>;
  if (isTokenHolder(node.name) && !('args' in node)) used.add(node.name.lexeme.toLowerCase());
  for (const key of ['expr', 'index', 'left', 'right', 'group']) {
    const child = node[key];
    if (child !== null && typeof child === 'object' && 'accept' in child)
      collectContexts(child as Expr, used);
  }
  if (Array.isArray(node.args)) for (const child of node.args) collectContexts(child as Expr, used);
}

function isTokenHolder(value: unknown): value is { lexeme: string } {
  return (
    value !== null && typeof value === 'object' && typeof (value as { lexeme?: unknown }).lexeme === 'string'
  );
}

// ---- evaluation ----

type Node = Record<string, unknown> & { constructor: { name: string } };

function evaluate(expr: Expr, contexts: Contexts): Value {
  const node = expr as unknown as Node;
  switch (node.constructor.name) {
    case 'Literal':
      return literal(node.literal);
    case 'Grouping':
      return evaluate(node.group as Expr, contexts);
    case 'ContextAccess': {
      const name = (node.name as { lexeme: string }).lexeme.toLowerCase();
      return Object.hasOwn(contexts, name) ? (contexts[name] as Value) : UNKNOWN;
    }
    case 'IndexAccess':
      return index(evaluate(node.expr as Expr, contexts), node.index as Expr, contexts);
    case 'Unary': {
      const value = evaluate(node.expr as Expr, contexts);
      return value === UNKNOWN ? UNKNOWN : !truthy(value);
    }
    case 'Logical':
      return logical((node.operator as { lexeme: string }).lexeme, node.args as Expr[], contexts);
    case 'Binary':
      return binary(
        (node.operator as { lexeme: string }).lexeme,
        evaluate(node.left as Expr, contexts),
        evaluate(node.right as Expr, contexts),
      );
    case 'FunctionCall':
      return call(
        (node.functionName as { lexeme: string }).lexeme.toLowerCase(),
        node.args as Expr[],
        contexts,
      );
    default:
      return UNKNOWN;
  }
}

function literal(data: unknown): Value {
  const value = (data as { value?: unknown } | null)?.value;
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return UNKNOWN;
}

function index(target: Value, indexExpr: Expr, contexts: Contexts): Value {
  if (target === UNKNOWN) return UNKNOWN;
  if ((indexExpr as unknown as Node).constructor.name === 'Star') {
    if (Array.isArray(target)) return target;
    if (target !== null && typeof target === 'object') return Object.values(target);
    return [];
  }
  const key = evaluate(indexExpr, contexts);
  if (key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(target)) {
    const position = toNumber(key);
    return Number.isInteger(position) ? (target[position] ?? null) : null;
  }
  if (target !== null && typeof target === 'object') {
    const wanted = coerceString(key).toLowerCase();
    for (const [name, value] of Object.entries(target)) if (name.toLowerCase() === wanted) return value;
    // A key we were not told about may be set at run time (`$GITHUB_ENV`, step outputs), unless the object is complete.
    return complete.has(target) ? null : UNKNOWN;
  }
  return null;
}

function logical(operator: string, args: readonly Expr[], contexts: Contexts): Value {
  let last: Value = null;
  let sawUnknown = false;
  for (const arg of args) {
    const value = evaluate(arg, contexts);
    if (value === UNKNOWN) {
      sawUnknown = true;
      continue;
    }
    last = value;
    const decides = operator === '&&' ? !truthy(value) : truthy(value);
    // A known decisive operand settles the result only if nothing before it was unknown.
    if (decides) return sawUnknown ? UNKNOWN : value;
  }
  return sawUnknown ? UNKNOWN : last;
}

function binary(operator: string, left: Value, right: Value): Value {
  if (left === UNKNOWN || right === UNKNOWN) return UNKNOWN;
  switch (operator) {
    case '==':
      return looseEquals(left, right);
    case '!=':
      return !looseEquals(left, right);
    default:
      return compare(operator, left, right);
  }
}

function call(name: string, args: readonly Expr[], contexts: Contexts): Value {
  if (STATUS_FUNCTIONS.has(name) || name === 'hashfiles') return UNKNOWN;
  const values = args.map((arg) => evaluate(arg, contexts));
  if (values.some((value) => value === UNKNOWN)) return UNKNOWN;
  const [first = null, second = null] = values as Exclude<Value, Unknown>[];
  switch (name) {
    case 'contains':
      if (Array.isArray(first)) return first.some((item) => looseEquals(item as Value, second));
      return coerceString(first).toLowerCase().includes(coerceString(second).toLowerCase());
    case 'startswith':
      return coerceString(first).toLowerCase().startsWith(coerceString(second).toLowerCase());
    case 'endswith':
      return coerceString(first).toLowerCase().endsWith(coerceString(second).toLowerCase());
    case 'format':
      return coerceString(first).replace(/\{(\d+)\}/g, (_, n: string) =>
        coerceString((values[Number(n) + 1] ?? '') as Value),
      );
    case 'join': {
      const separator = values.length > 1 ? coerceString(second) : ',';
      return Array.isArray(first)
        ? first.map((item) => coerceString(item as Value)).join(separator)
        : coerceString(first);
    }
    case 'tojson':
      return JSON.stringify(first, null, 2);
    case 'fromjson':
      try {
        return JSON.parse(coerceString(first)) as Value;
      } catch {
        return UNKNOWN;
      }
    default:
      return UNKNOWN;
  }
}

/**
 * Whether an expression is truthy, in three-valued logic: `x && false` is false and `x || true` is true even when
 * `x` is unknown. The value itself is then unknown (`evaluateExpression` says so), but an `if:` needs only its truth.
 */
export function truthiness(source: string, contexts: Contexts): boolean | undefined {
  const expr = parseExpression(source);
  return expr === undefined ? undefined : truthOf(expr, contexts);
}

function truthOf(expr: Expr, contexts: Contexts): boolean | undefined {
  const node = expr as unknown as Node;
  switch (node.constructor.name) {
    case 'Grouping':
      return truthOf(node.group as Expr, contexts);
    case 'Unary': {
      const inner = truthOf(node.expr as Expr, contexts);
      return inner === undefined ? undefined : !inner;
    }
    case 'Logical': {
      const and = (node.operator as { lexeme: string }).lexeme === '&&';
      let unknown = false;
      for (const arg of node.args as Expr[]) {
        const value = truthOf(arg, contexts);
        if (value === undefined) unknown = true;
        // A false operand decides `&&`, a true one decides `||`, whatever the unknown ones are.
        else if (value !== and) return value;
      }
      return unknown ? undefined : and;
    }
    default: {
      const value = evaluate(expr, contexts);
      return value === UNKNOWN ? undefined : truthy(value);
    }
  }
}

export function truthy(value: Exclude<Value, Unknown>): boolean {
  if (value === null || value === false || value === '' || value === 0) return false;
  if (typeof value === 'number' && Number.isNaN(value)) return false;
  return true;
}

export function coerceString(value: Value): string {
  if (value === UNKNOWN) return '';
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'Array' : 'Object';
}

function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return Number.NaN;
}

function looseEquals(left: Value, right: Value): boolean {
  if (typeof left === 'string' && typeof right === 'string')
    return left.toLowerCase() === right.toLowerCase();
  if (typeof left === 'object' || typeof right === 'object') {
    if (left === null || right === null) return left === right || toNumber(left) === toNumber(right);
    return left === right;
  }
  if (typeof left === typeof right) return left === right;
  return toNumber(left) === toNumber(right);
}

function compare(operator: string, left: Value, right: Value): boolean {
  let a: number | string;
  let b: number | string;
  if (typeof left === 'string' && typeof right === 'string') {
    a = left.toLowerCase();
    b = right.toLowerCase();
  } else {
    a = toNumber(left);
    b = toNumber(right);
  }
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return false;
  }
}
