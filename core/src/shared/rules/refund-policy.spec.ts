import { refundAmount, refundPercent } from './refund-policy.js';

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

  it('rounds a partial refund down to the cent', () => {
    expect(refundAmount(1000.01, 50)).toBe(500);
    expect(refundAmount(500000, 100)).toBe(500000);
  });
});
