/**
 * Percentiles by linear interpolation between closest ranks (the method of DuckDB's `quantile_cont`, NumPy's
 * default and Excel's PERCENTILE.INC), so that figures computed here and in SQL agree.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

export interface Spread {
  readonly p50: number;
  readonly p90: number;
}

export function spread(values: readonly number[]): Spread | undefined {
  const p50 = percentile(values, 0.5);
  const p90 = percentile(values, 0.9);
  return p50 === undefined || p90 === undefined ? undefined : { p50, p90 };
}
