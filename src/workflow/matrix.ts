/**
 * Matrix expansion as GitHub does it: the cartesian product of the dimensions, minus `exclude` (partial matches),
 * plus `include` (added to every combination it does not overwrite, else a new combination).
 * https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations
 */
import { hasExpression, UNKNOWN } from './expressions.ts';
import type { Value } from './expressions.ts';
import type { LPairRef, Matrix } from './model.ts';
import { LMap, LSeq, toPlain } from './yaml-tree.ts';

/** GitHub refuses to start more jobs than this from one matrix. */
export const MATRIX_JOB_LIMIT = 256;

/** Combinations looked at before an `exclude`-thinned product is given up as unknown. */
const MAX_EXAMINED_COMBINATIONS = 100_000;

type Combination = Record<string, Value>;

export function buildMatrix(pair: LPairRef): Matrix {
  const { key, value: node } = pair;
  const dynamic = (size?: number): Matrix => ({ key, node, dynamic: true, combinations: undefined, size });
  const overLimit = (jobs: number | undefined): Matrix => ({
    ...dynamic(),
    overLimit: { jobs: jobs !== undefined && Number.isSafeInteger(jobs) ? jobs : undefined },
  });
  if (!(node instanceof LMap)) return dynamic();

  const dimensions: [string, Value[]][] = [];
  let include: Combination[] = [];
  let exclude: Combination[] = [];
  for (const { key: dimensionKey, value } of node.pairs) {
    const name = String(dimensionKey.value);
    if (name === 'include' || name === 'exclude') {
      if (!(value instanceof LSeq)) {
        if (value.kind === 'scalar' && value.value === null) continue;
        return dynamic();
      }
      const entries = value.items.map((item) => toValue(toPlain(item)));
      if (entries.some((entry) => !isCombination(entry))) return dynamic();
      if (name === 'include') include = entries as Combination[];
      else exclude = entries as Combination[];
      continue;
    }
    if (!(value instanceof LSeq)) return dynamic();
    dimensions.push([name, value.items.map((item) => toValue(toPlain(item)))]);
  }
  const productSize = dimensions.reduce(
    (size, [, values]) => size * values.length,
    dimensions.length === 0 ? 0 : 1,
  );

  // Lazily, and never past the limit: eight dimensions of ten values are 10^8 combinations (issue 14).
  let combinations: Combination[] = [];
  let examined = 0;
  for (const combination of product(dimensions)) {
    // An `exclude` list might still bring a vast product under the limit; past this many we cannot tell cheaply.
    if (++examined > MAX_EXAMINED_COMBINATIONS) return dynamic();
    if (exclude.some((entry) => matches(combination, entry))) continue;
    combinations.push(combination);
    if (combinations.length > MATRIX_JOB_LIMIT)
      return overLimit(exclude.length === 0 ? productSize : undefined);
  }

  const originalKeys = new Set(dimensions.map(([name]) => name));
  const originals = combinations.map((combination) => ({ ...combination }));
  for (const entry of include) {
    let added = false;
    // Only the combinations of the product are extended; one that an earlier `include` created stays as it is
    // (the docs' `{fruit: banana}` and `{fruit: banana, animal: cat}` are two jobs).
    originals.forEach((original, position) => {
      const overwritesOriginal = Object.entries(entry).some(
        ([name, value]) => originalKeys.has(name) && name in original && !sameValue(original[name], value),
      );
      if (overwritesOriginal) return;
      Object.assign(combinations[position] as Combination, entry);
      added = true;
    });
    if (!added) combinations.push({ ...entry });
  }

  if (combinations.length > MATRIX_JOB_LIMIT) return overLimit(combinations.length);
  const hasUnknown = combinations.some((combination) => Object.values(combination).includes(UNKNOWN));
  return { key, node, dynamic: hasUnknown, combinations, size: combinations.length };
}

/** The cartesian product in GitHub's order (the last dimension varies fastest), one combination at a time. */
function* product(dimensions: readonly (readonly [string, readonly Value[]])[]): Generator<Combination> {
  if (dimensions.length === 0 || dimensions.some(([, values]) => values.length === 0)) return;
  const indices = dimensions.map(() => 0);
  for (;;) {
    const combination: Combination = {};
    dimensions.forEach(([name, values], i) => (combination[name] = values[indices[i] ?? 0] as Value));
    yield combination;
    let i = dimensions.length - 1;
    while (i >= 0 && (indices[i] = (indices[i] ?? 0) + 1) === dimensions[i]?.[1].length) indices[i--] = 0;
    if (i < 0) return;
  }
}

function toValue(plain: unknown): Value {
  if (typeof plain === 'string') return hasExpression(plain) ? UNKNOWN : plain;
  if (plain === null || typeof plain === 'number' || typeof plain === 'boolean') return plain;
  if (Array.isArray(plain)) return plain.map(toValue);
  if (typeof plain === 'object') {
    const object: Record<string, Value> = {};
    for (const [name, value] of Object.entries(plain as Record<string, unknown>))
      object[name] = toValue(value);
    return object;
  }
  return UNKNOWN;
}

function isCombination(value: Value): value is Combination {
  return value !== null && value !== UNKNOWN && typeof value === 'object' && !Array.isArray(value);
}

function matches(combination: Combination, entry: Combination): boolean {
  return Object.entries(entry).every(([name, value]) => sameValue(combination[name], value));
}

function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
