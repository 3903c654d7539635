const DAY_MS = 24 * 60 * 60 * 1000;

/** A refund tier: cancelling at least `minDaysBefore` days before lift-off refunds `percent` of the amount. */
export interface RefundTier {
  minDaysBefore: number;
  percent: number;
}

/** Full refund up to 30 days before the launch, half up to 7 days, nothing after; tiers from most generous. */
export const REFUND_TIERS: readonly RefundTier[] = [
  { minDaysBefore: 30, percent: 100 },
  { minDaysBefore: 7, percent: 50 },
  { minDaysBefore: 0, percent: 0 },
];

/** The percentage refunded when cancelling at `now` for a launch at `launchAt` (0 once it has lifted off). */
export function refundPercent(launchAt: Date, now: Date): number {
  const daysBefore = (launchAt.getTime() - now.getTime()) / DAY_MS;
  return REFUND_TIERS.find((tier) => daysBefore >= tier.minDaysBefore)?.percent ?? 0;
}

/**
 * The refund of `percent` of an amount, both in minor units of its currency, in integers only. A share that
 * falls between two minor units rounds down: the platform never refunds more than the policy promises, so 50%
 * of 1.15 USD is 0.57. The product stays a safe integer for any amount a booking can hold (below 2^53 / 100).
 */
export function refundAmountMinor(amountMinor: number, percent: number): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    throw new RangeError(`an amount must be whole minor units, got ${amountMinor}`);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new RangeError(`a refund percentage must be a whole number from 0 to 100, got ${percent}`);
  return Math.floor((amountMinor * percent) / 100);
}
