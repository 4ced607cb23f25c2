import { describe, expect, it } from 'vitest';
import { costOf, parsePriceOverride, pricingOf } from './prices.ts';

const BEFORE_2026 = Date.UTC(2025, 5, 1);
const IN_2026 = Date.UTC(2026, 5, 1);

describe('runner prices', () => {
  it.each([
    { labels: ['ubuntu-latest'], at: BEFORE_2026, sku: 'linux_2_core', usd: 0.008 },
    { labels: ['ubuntu-latest'], at: IN_2026, sku: 'linux_2_core', usd: 0.006 },
    { labels: ['ubuntu-24.04-arm'], at: IN_2026, sku: 'linux_2_core_arm', usd: 0.005 },
    { labels: ['ubuntu-latest-8-cores'], at: IN_2026, sku: 'linux_8_core', usd: 0.022 },
    { labels: ['linux-4-core-gpu'], at: BEFORE_2026, sku: 'linux_4_core_gpu', usd: 0.07 },
    { labels: ['linux-4-core-gpu'], at: IN_2026, sku: 'linux_4_core_gpu', usd: 0.052 },
    { labels: ['windows-4-core-gpu'], at: IN_2026, sku: 'windows_4_core_gpu', usd: 0.102 },
    { labels: ['windows-latest'], at: IN_2026, sku: 'windows_2_core', usd: 0.01 },
    { labels: ['macos-15'], at: IN_2026, sku: 'macos_3_core', usd: 0.062 },
    { labels: ['macos-latest-xlarge'], at: BEFORE_2026, sku: 'macos_xl', usd: 0.16 },
  ])('prices $labels on its dated SKU ($sku)', ({ labels, at, sku, usd }) => {
    expect(pricingOf(labels, at)).toEqual({ kind: 'hosted', sku, usdPerMinute: usd });
  });

  it('leaves self-hosted runners unbilled and unknown labels unpriced, unless the user gives a price', () => {
    const gpu = ['self-hosted', 'linux', 'cuda'];
    expect(pricingOf(gpu, IN_2026)).toEqual({ kind: 'self-hosted' });
    expect(costOf(gpu, 10, IN_2026)).toBeUndefined();
    expect(pricingOf(['depot-ubuntu-24.04'], IN_2026)).toEqual({ kind: 'unknown' });
    const overrides = [
      parsePriceOverride('self-hosted', '0.01'),
      parsePriceOverride('self-hosted,CUDA', 0.05),
    ];
    // The most specific label set wins, in any case.
    expect(pricingOf(gpu, IN_2026, overrides)).toEqual({
      kind: 'custom',
      labels: 'self-hosted,CUDA',
      usdPerMinute: 0.05,
    });
    expect(costOf(gpu, 10, IN_2026, overrides)).toBeCloseTo(0.5);
    expect(pricingOf(['self-hosted', 'linux'], IN_2026, overrides)).toMatchObject({ usdPerMinute: 0.01 });
  });

  it.each([
    ['=0.01', 'no runner labels before `=` in `=0.01`'],
    [
      'self-hosted=cheap',
      'the price of `self-hosted` must be US dollars per minute, such as 0.008, not `cheap`',
    ],
    ['self-hosted=-1', 'the price of `self-hosted` must be US dollars per minute, such as 0.008, not `-1`'],
  ])('rejects --price %s', (option, message) => {
    const at = option.lastIndexOf('=');
    expect(() => parsePriceOverride(option.slice(0, at), option.slice(at + 1))).toThrow(message);
  });
});
