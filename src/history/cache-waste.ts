/**
 * The time a job spends installing what its cache should have held, measured run by run (issue 9; definitions in
 * docs/metrics.md, "Cache waste"). Each run of the job is one `CacheSample`: the cache step's restore time, its
 * post step's save time, and the install steps that follow it. Which runs missed is read from the job log's
 * markers when they are known (`marker`; filled once logs are fetched, issue 11), else from the install times:
 * misses are the runs whose installs took far longer than the warm ones.
 *
 * Durations alone cannot see a cache that is incomplete on every run (the shared key of seed 002, where the
 * smallest workflow's cache is restored every time): every run is then equally slow, and the estimate says so
 * rather than inventing a baseline.
 */
import type { Job, Step } from '../workflow/model.ts';

export interface CacheSample {
  readonly runId: number;
  /** Minutes of the cache step itself (restore, for `setup-*` also the tool set-up). */
  readonly restoreMinutes: number;
  /** Minutes of its post step (the save). */
  readonly saveMinutes: number;
  /** Minutes of the install steps after it that the cache should shorten. */
  readonly installMinutes: number;
  /**
   * What the log says (`Cache restored from key`, `Cache not found`, `Cache hit … partial`) once logs are read;
   * undefined when only durations are known.
   */
  readonly marker?: 'hit' | 'partial' | 'miss';
}

export interface CacheWaste {
  /** Minutes over the samples that installs took beyond a warm install. */
  readonly wasteMinutes: number;
  readonly samples: number;
  readonly misses: number;
  readonly warmInstallMinutes: number;
  readonly restoreMinutes: number;
  readonly saveMinutes: number;
  readonly method: 'log markers' | 'step durations';
}

/**
 * Misses are told from hits by the widest gap in the sorted install times: one at least this many times the
 * install below it, … (run-to-run jitter of ±20% never makes a gap of 1.5×) …
 */
const MISS_RATIO = 1.5;
/** … and at least this many minutes: a few seconds on a fast install is no miss. */
const MISS_MARGIN_MINUTES = 0.5;
/** Fewer warm runs than this give no baseline worth the name. */
const MIN_WARM = 3;

/** The measured waste, or why there is none to report ("not measured: …" / "none measured: …"). */
export function cacheWaste(samples: readonly CacheSample[]): CacheWaste | { readonly note: string } {
  if (samples.length === 0) return { note: 'not measured: no run of the job timed this step' };
  const marked = samples.filter((sample) => sample.marker !== undefined);
  const byMarkers = marked.length === samples.length;
  const installs = samples.map((sample) => sample.installMinutes).sort((a, b) => a - b);
  const threshold = missThreshold(installs);
  const isMiss = (sample: CacheSample): boolean =>
    byMarkers ? sample.marker !== 'hit' : sample.installMinutes >= threshold;
  const warm = samples.filter((sample) => !isMiss(sample));
  const misses = samples.filter(isMiss);
  const range = `${fmt(installs[0] ?? 0)}–${fmt(installs.at(-1) ?? 0)} min`;
  if (warm.length < MIN_WARM)
    return {
      note: `not measured: the installs took ${range} in ${samples.length} runs with no set of fast (warm) runs to compare with; step durations cannot show a cache that is incomplete on every run (job logs can)`,
    };
  if (misses.length === 0)
    return {
      note: `none measured: the installs took ${range} in all ${samples.length} runs, none slow enough to show a cache miss; a cache that is incomplete on every run shows only in job logs`,
    };
  const warmInstall = quantile(
    warm.map((sample) => sample.installMinutes).sort((a, b) => a - b),
    0.5,
  );
  const median = (values: number[]): number =>
    quantile(
      values.sort((a, b) => a - b),
      0.5,
    );
  return {
    wasteMinutes: misses.reduce((sum, sample) => sum + Math.max(0, sample.installMinutes - warmInstall), 0),
    samples: samples.length,
    misses: misses.length,
    warmInstallMinutes: warmInstall,
    restoreMinutes: median(samples.map((sample) => sample.restoreMinutes)),
    saveMinutes: median(samples.map((sample) => sample.saveMinutes)),
    method: byMarkers ? 'log markers' : 'step durations',
  };
}

/** The shortest install of the slow group: where the widest gap (ratio) between sorted installs is. */
function missThreshold(sorted: readonly number[]): number {
  let best = Number.POSITIVE_INFINITY;
  let bestRatio = MISS_RATIO;
  for (let index = 0; index + 1 < sorted.length; index++) {
    const low = sorted[index]!;
    const high = sorted[index + 1]!;
    const ratio = high / Math.max(low, 1e-9);
    if (high - low >= MISS_MARGIN_MINUTES && ratio >= bestRatio) [best, bestRatio] = [high, ratio];
  }
  return best;
}

const INSTALL =
  /\b(uv\s+(sync|pip\s+install)|pip3?\s+install|poetry\s+install|pdm\s+(install|sync)|npm\s+(ci|install)|yarn(\s+install)?\b|pnpm\s+install|bun\s+install|go\s+mod\s+download|bundle\s+install|cargo\s+fetch|composer\s+install|mvn\b|gradle\b)/;

/** The steps after the cache step in its job that install what the cache holds (by their `run` commands). */
export function installSteps(job: Job, cacheStep: Step): Step[] {
  return job.steps.filter(
    (step) =>
      step.index > cacheStep.index && step.run !== undefined && INSTALL.test(String(step.run.value ?? '')),
  );
}

/** Linear interpolation between closest ranks, as the SQL figures (`quantile_cont`). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (rank - low);
}

function fmt(minutes: number): string {
  return minutes.toFixed(1);
}
