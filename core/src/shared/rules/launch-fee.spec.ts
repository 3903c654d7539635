import { launchFeeBasisPoints, launchFeeMinor, netRevenueMinor } from './launch-fee.js';

describe('launchFeeMinor', () => {
  it.each<[string, number, number, number]>([
    ['1% of 1,000.00 is 10.00', 100_000, 100, 1_000],
    ['0.8% of 1,000.00 is 8.00', 100_000, 80, 800],
    ['1% of 0.50 is half a cent, which rounds up to 0.01', 50, 100, 1],
    ['1% of 0.49 rounds down to nothing', 49, 100, 0],
    ['0.8% of 19.99 is 0.15992, which rounds to 0.16', 1_999, 80, 16],
    ['0.8% of 0.62 is 0.496 and rounds down to 0.00', 62, 80, 0],
    ['0.8% of 0.63 is 0.504 and rounds up to 0.01', 63, 80, 1],
    ['1% of 1,234,567.85 is 12,345.6785, which rounds to 12,345.68', 123_456_785, 100, 1_234_568],
    ['no revenue, no fee', 0, 100, 0],
    ['1% of 5,000 yen is 50 yen', 5_000, 100, 50],
    ['the largest safe amount is computed exactly', Number.MAX_SAFE_INTEGER, 100, 90_071_992_547_410],
  ])('%s', (_case, net, basisPoints, fee) => {
    expect(launchFeeMinor(net, basisPoints)).toBe(fee);
  });

  it('refuses amounts that are not integers of minor units', () => {
    expect(() => launchFeeMinor(19.99, 100)).toThrow(RangeError);
    expect(() => launchFeeMinor(-1, 100)).toThrow(RangeError);
  });
});

describe('fee basis', () => {
  it('charges reliable suppliers 0.8% and new ones 1%', () => {
    expect(launchFeeBasisPoints(true)).toBe(80);
    expect(launchFeeBasisPoints(false)).toBe(100);
  });

  it('takes refunds off the revenue but never below zero', () => {
    expect(netRevenueMinor(10_000, 2_500)).toBe(7_500);
    expect(netRevenueMinor(1_000, 1_500)).toBe(0);
  });
});
