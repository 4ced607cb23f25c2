/**
 * The statistics behind `ciscope compare`: per group of runs the median and spread, and between two groups the
 * difference of medians with a bootstrap confidence interval, turned into a plain-language verdict that says when
 * there are too few runs to tell. Seed 001's table (baseline / cache write / cache read) is the model: a handful of
 * runs per column, where a naive mean would have called noise a speed-up.
 */
import { mulberry32 } from '../engine/seeded-random.ts';
import { percentile } from '../simulate/percentile.ts';

export interface GroupFigures {
  readonly n: number;
  readonly median: number | undefined;
  /** 10th and 90th percentiles (linear interpolation). */
  readonly p10: number | undefined;
  readonly p90: number | undefined;
}

export interface Difference {
  /** median(b) − median(a). */
  readonly delta: number | undefined;
  /** delta / median(a). */
  readonly relative: number | undefined;
  /** 95% bootstrap interval of the difference of medians. */
  readonly interval: readonly [number, number] | undefined;
  /**
   * The smallest difference of medians these numbers of runs would detect 4 times out of 5 (95% confidence, 80%
   * power): (1.96 + 0.84) × the standard error the bootstrap interval implies. Undefined without an interval.
   */
  readonly detectable: number | undefined;
  readonly verdict: string;
}

/** Fewer runs than this on either side and no verdict is given. */
export const MIN_RUNS = 3;
const RESAMPLES = 2000;
/** Differences are printed to 0.1: a whole interval inside ±0.05 rounds to "+0.0 to +0.0", which is no verdict. */
const RESOLUTION = 0.05;
const Z_95 = 1.959964;
const Z_80_POWER = 0.841621;

export function groupFigures(values: readonly number[]): GroupFigures {
  return {
    n: values.length,
    median: percentile(values, 0.5),
    p10: percentile(values, 0.1),
    p90: percentile(values, 0.9),
  };
}

/**
 * Compares two groups. The interval comes from resampling both groups with replacement (percentile bootstrap),
 * with a fixed seed so that the same data always gives the same words.
 */
/** How a difference reads: durations are slower/faster, amounts (runner-minutes) more/fewer. */
export type Measure = 'duration' | 'amount';

export function compareGroups(
  a: readonly number[],
  b: readonly number[],
  unit: string,
  labels: readonly [string, string],
  measure: Measure = 'duration',
): Difference {
  const [nameA, nameB] = labels;
  const medianA = percentile(a, 0.5);
  const medianB = percentile(b, 0.5);
  if (medianA === undefined || medianB === undefined || a.length < MIN_RUNS || b.length < MIN_RUNS) {
    const delta = medianA === undefined || medianB === undefined ? undefined : medianB - medianA;
    return {
      delta,
      relative: delta === undefined || medianA === undefined || medianA === 0 ? undefined : delta / medianA,
      interval: undefined,
      detectable: undefined,
      verdict: `too few runs to tell (${a.length} and ${b.length}; at least ${MIN_RUNS} on each side are needed)`,
    };
  }
  const delta = medianB - medianA;
  const random = mulberry32(0x5eed);
  const deltas: number[] = [];
  for (let i = 0; i < RESAMPLES; i++) {
    deltas.push((percentile(resample(b, random), 0.5) ?? 0) - (percentile(resample(a, random), 0.5) ?? 0));
  }
  const interval: [number, number] = [percentile(deltas, 0.025) ?? 0, percentile(deltas, 0.975) ?? 0];
  const relative = medianA === 0 ? undefined : delta / medianA;
  const amount = `${Math.abs(delta).toFixed(1)} ${unit}${relative === undefined ? '' : ` (${Math.abs(relative * 100).toFixed(0)}%)`}`;
  const range = `95% interval ${signed(interval[0])} to ${signed(interval[1])} ${unit}`;
  const detectable = ((interval[1] - interval[0]) / (2 * Z_95)) * (Z_95 + Z_80_POWER);
  const verdict =
    Math.max(Math.abs(interval[0]), Math.abs(interval[1])) < RESOLUTION
      ? `identical: ${nameB} and ${nameA} differ by less than 0.1 ${unit} (${range})`
      : interval[0] > 0
        ? `${nameB} ${measure === 'duration' ? `is ${amount} slower than` : `uses ${amount} more than`} ${nameA} (${range})`
        : interval[1] < 0
          ? `${nameB} ${measure === 'duration' ? `is ${amount} faster than` : `uses ${amount} fewer than`} ${nameA} (${range})`
          : `no clear difference: the runs vary more than the change (${range}); ${a.length} and ${b.length} runs can detect a difference of ${Math.max(detectable, 0.1).toFixed(1)} ${unit} or more`;
  return { delta, relative, interval, detectable, verdict };
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
}

function resample(values: readonly number[], random: () => number): number[] {
  return values.map(() => values[Math.floor(random() * values.length)] as number);
}
