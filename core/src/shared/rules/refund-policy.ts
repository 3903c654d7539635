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

/** The refund in currency units, rounded down to the cent so the platform never refunds more than the policy. */
export function refundAmount(amount: number, percent: number): number {
  return Math.floor(amount * percent) / 100;
}
