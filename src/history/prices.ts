/**
 * Per-minute prices of GitHub-hosted runners, by billing SKU and date, so that a run is priced at the rates of
 * its day. Source: https://docs.github.com/en/billing/reference/actions-runner-pricing (read 2026-11-27; the page
 * lists the rates "until January 1, 2026" and "January 1, 2026 onward", and the standard-runner rates of the
 * reusable `actions-standard-runner-prices`). GitHub bills each job rounded up to a whole minute.
 *
 * These are list prices for private repositories beyond the plan's included minutes: standard runners are free
 * for public repositories, and included minutes are not modelled. Self-hosted runners are not billed by GitHub:
 * they get a price only from the user (`--price LABELS=USD_PER_MIN`, `prices:` in .ciscope.yml). Labels of
 * third-party runners (Depot, RunsOn, BuildJet …) or of custom larger-runner names that say nothing about their
 * size are unknown: reported, never guessed.
 */

/** Rates in USD per minute, effective from the given UTC day until the next entry. */
const PRICE_PERIODS: readonly {
  readonly from: string;
  readonly usdPerMinute: Readonly<Record<string, number>>;
}[] = [
  {
    from: '2000-01-01',
    usdPerMinute: {
      linux_1_core: 0.002,
      linux_2_core: 0.008,
      windows_2_core: 0.016,
      macos_3_core: 0.08,
      linux_4_core: 0.016,
      linux_8_core: 0.032,
      linux_16_core: 0.064,
      linux_32_core: 0.128,
      linux_64_core: 0.256,
      linux_96_core: 0.384,
      windows_4_core: 0.032,
      windows_8_core: 0.064,
      windows_16_core: 0.128,
      windows_32_core: 0.256,
      windows_64_core: 0.512,
      windows_96_core: 0.768,
      macos_l: 0.12,
      macos_xl: 0.16,
      linux_2_core_arm: 0.005,
      linux_4_core_arm: 0.01,
      linux_8_core_arm: 0.02,
      linux_16_core_arm: 0.04,
      linux_32_core_arm: 0.08,
      linux_64_core_arm: 0.16,
      windows_2_core_arm: 0.01,
      windows_4_core_arm: 0.02,
      windows_8_core_arm: 0.04,
      windows_16_core_arm: 0.08,
      windows_32_core_arm: 0.16,
      windows_64_core_arm: 0.32,
      linux_4_core_gpu: 0.07,
      windows_4_core_gpu: 0.14,
    },
  },
  {
    from: '2026-01-01',
    usdPerMinute: {
      linux_1_core: 0.002,
      linux_2_core: 0.006,
      windows_2_core: 0.01,
      macos_3_core: 0.062,
      linux_4_core: 0.012,
      linux_8_core: 0.022,
      linux_16_core: 0.042,
      linux_32_core: 0.082,
      linux_64_core: 0.162,
      linux_96_core: 0.252,
      windows_4_core: 0.022,
      windows_8_core: 0.042,
      windows_16_core: 0.082,
      windows_32_core: 0.162,
      windows_64_core: 0.322,
      windows_96_core: 0.552,
      macos_l: 0.077,
      macos_xl: 0.102,
      linux_2_core_arm: 0.005,
      linux_4_core_arm: 0.008,
      linux_8_core_arm: 0.014,
      linux_16_core_arm: 0.026,
      linux_32_core_arm: 0.05,
      linux_64_core_arm: 0.098,
      windows_2_core_arm: 0.008,
      windows_4_core_arm: 0.014,
      windows_8_core_arm: 0.026,
      windows_16_core_arm: 0.05,
      windows_32_core_arm: 0.098,
      windows_64_core_arm: 0.194,
      linux_4_core_gpu: 0.052,
      windows_4_core_gpu: 0.102,
    },
  },
];

export const PRICES_SOURCE =
  'https://docs.github.com/en/billing/reference/actions-runner-pricing (read 2026-11-27)';

export type RunnerKind =
  | { readonly kind: 'hosted'; readonly sku: string }
  | { readonly kind: 'self-hosted' }
  | { readonly kind: 'unknown' };

/**
 * The SKU a job's `runs-on` labels bill as. Standard labels are listed in
 * https://docs.github.com/en/actions/reference/runners/github-hosted-runners; larger runners are named by their
 * owners, so only names that state the OS and the core count (`ubuntu-latest-8-cores`, `windows-16-core`) are read.
 */
export function runnerKind(labels: readonly string[]): RunnerKind {
  const lower = labels.map((label) => label.toLowerCase());
  if (lower.includes('self-hosted')) return { kind: 'self-hosted' };
  if (lower.length !== 1) return { kind: 'unknown' };
  const label = lower[0]!;
  const sized = /^(ubuntu|linux|windows)[\w.-]*?[-_](\d+)[-_]?cores?(?:[-_](arm|arm64|gpu))?$/.exec(label);
  if (sized !== null) {
    const os = sized[1] === 'windows' ? 'windows' : 'linux';
    const suffix = sized[3] === undefined ? '' : sized[3] === 'gpu' ? '_gpu' : '_arm';
    const sku = `${os}_${sized[2]}_core${suffix}`;
    return sku in PRICE_PERIODS[0]!.usdPerMinute ? { kind: 'hosted', sku } : { kind: 'unknown' };
  }
  if (label === 'ubuntu-slim') return { kind: 'hosted', sku: 'linux_1_core' };
  if (/^ubuntu-(latest|\d\d\.\d\d)-arm$/.test(label)) return { kind: 'hosted', sku: 'linux_2_core_arm' };
  if (/^ubuntu-(latest|\d\d\.\d\d)$/.test(label)) return { kind: 'hosted', sku: 'linux_2_core' };
  if (/^windows-11-arm$/.test(label)) return { kind: 'hosted', sku: 'windows_2_core_arm' };
  if (/^windows-(latest|\d{4})$/.test(label)) return { kind: 'hosted', sku: 'windows_2_core' };
  if (/^macos-(latest|\d+)-xlarge$/.test(label)) return { kind: 'hosted', sku: 'macos_xl' };
  if (/^macos-(latest|\d+)-large$/.test(label)) return { kind: 'hosted', sku: 'macos_l' };
  if (/^macos-(latest|\d+)(-intel)?$/.test(label)) return { kind: 'hosted', sku: 'macos_3_core' };
  return { kind: 'unknown' };
}

/** USD per minute of a SKU on a day (ms since the epoch, UTC). */
export function pricePerMinute(sku: string, at: number): number | undefined {
  const day = new Date(at).toISOString().slice(0, 10);
  let rate: number | undefined;
  for (const period of PRICE_PERIODS) if (period.from <= day) rate = period.usdPerMinute[sku];
  return rate;
}

/** A price the user gave for runners with these labels (all of them, in any case), in USD per minute. */
export interface PriceOverride {
  readonly labels: readonly string[];
  readonly usdPerMinute: number;
}

export type Pricing =
  | { readonly kind: 'hosted'; readonly sku: string; readonly usdPerMinute: number }
  | { readonly kind: 'custom'; readonly labels: string; readonly usdPerMinute: number }
  | { readonly kind: 'self-hosted' }
  | { readonly kind: 'unknown' };

/**
 * How a job on `labels` is priced on a day: the user's price for the most specific matching label set first (it
 * may also correct a hosted price, e.g. a negotiated rate), else the SKU's dated list price.
 */
export function pricingOf(
  labels: readonly string[],
  at: number,
  overrides: readonly PriceOverride[] = [],
): Pricing {
  const lower = new Set(labels.map((label) => label.toLowerCase()));
  let best: PriceOverride | undefined;
  for (const override of overrides) {
    if (!override.labels.every((label) => lower.has(label.toLowerCase()))) continue;
    if (best === undefined || override.labels.length > best.labels.length) best = override;
  }
  if (best !== undefined)
    return { kind: 'custom', labels: best.labels.join(','), usdPerMinute: best.usdPerMinute };
  const kind = runnerKind(labels);
  if (kind.kind !== 'hosted') return kind;
  const rate = pricePerMinute(kind.sku, at);
  return rate === undefined ? { kind: 'unknown' } : { kind: 'hosted', sku: kind.sku, usdPerMinute: rate };
}

/**
 * The cost of billable minutes on labels, on a day: undefined when nobody bills them at a known price (self-hosted
 * runners without a `--price`, unknown labels).
 */
export function costOf(
  labels: readonly string[],
  billableMinutes: number,
  at: number,
  overrides: readonly PriceOverride[] = [],
): number | undefined {
  const pricing = pricingOf(labels, at, overrides);
  return pricing.kind === 'hosted' || pricing.kind === 'custom'
    ? pricing.usdPerMinute * billableMinutes
    : undefined;
}

/**
 * `LABELS=USD_PER_MIN` (`self-hosted,linux,cuda=0.04`): the `--price` option and the keys of `prices:`. Throws a
 * message fit for the user on anything else.
 */
export function parsePriceOverride(labels: string, usd: string | number): PriceOverride {
  const list = labels
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');
  const value = typeof usd === 'number' ? usd : /^\d+(\.\d+)?$/.test(usd.trim()) ? Number(usd) : Number.NaN;
  if (list.length === 0) throw new Error(`no runner labels before \`=\` in \`${labels}=${usd}\``);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(
      `the price of \`${labels}\` must be US dollars per minute, such as 0.008, not \`${usd}\``,
    );
  return { labels: list, usdPerMinute: value };
}
