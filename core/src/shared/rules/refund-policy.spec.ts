import { refundAmountMinor, refundPercent } from './refund-policy.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date('2026-01-01T00:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * DAY_MS);

describe('refund policy', () => {
  it('refunds everything 30 days or more before the launch', () => {
    expect(refundPercent(inDays(30), now)).toBe(100);
    expect(refundPercent(inDays(40), now)).toBe(100);
  });

  it('refunds half between 7 and 30 days before the launch', () => {
    expect(refundPercent(inDays(29.9), now)).toBe(50);
    expect(refundPercent(inDays(7), now)).toBe(50);
  });

  it('refunds nothing in the last week or after lift-off', () => {
    expect(refundPercent(inDays(6.9), now)).toBe(0);
    expect(refundPercent(inDays(-1), now)).toBe(0);
  });

  it.each([
    { percent: 100, amountMinor: 1999, refund: 1999 },
    { percent: 100, amountMinor: 115, refund: 115 },
    { percent: 50, amountMinor: 1999, refund: 999 },
    { percent: 50, amountMinor: 115, refund: 57 },
    { percent: 0, amountMinor: 1999, refund: 0 },
    { percent: 50, amountMinor: 5001, refund: 2500 },
    { percent: 100, amountMinor: 999_999_999_999, refund: 999_999_999_999 },
  ])(
    'refunds $percent% of $amountMinor minor units as $refund, rounding down',
    ({ percent, amountMinor, refund }) => {
      expect(refundAmountMinor(amountMinor, percent)).toBe(refund);
    },
  );

  it('refuses an amount that is not whole minor units', () => {
    expect(() => refundAmountMinor(19.99, 100)).toThrow(RangeError);
  });
});
