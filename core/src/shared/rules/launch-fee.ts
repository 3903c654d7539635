/** The fee rate on a successful launch's net booking revenue, in basis points (hundredths of a percent). */
export const LAUNCH_FEE_BASIS_POINTS = { new: 100, reliable: 80 } as const;

/** The fixed fee for an aborted launch, charged in US dollars whatever the launch's currency. */
export const ABORT_FEE = { amountMinor: 100_000, currency: 'USD' } as const;

/** Net revenue for the fee: confirmed bookings minus what was refunded, never below zero. */
export function netRevenueMinor(grossMinor: number, refundsMinor: number): number {
  return Math.max(0, grossMinor - refundsMinor);
}

/**
 * The fee on `netMinor` at `basisPoints`, rounded half up to the minor unit (0.5 cent and more rounds up).
 * BigInt keeps the product exact beyond 2^53 before the division.
 */
export function launchFeeMinor(netMinor: number, basisPoints: number): number {
  if (!Number.isSafeInteger(netMinor) || netMinor < 0)
    throw new RangeError(`net revenue ${netMinor} is not money`);
  if (!Number.isInteger(basisPoints) || basisPoints < 0)
    throw new RangeError(`rate ${basisPoints} is not a rate`);
  const fee = (BigInt(netMinor) * BigInt(basisPoints) + 5_000n) / 10_000n;
  return Number(fee);
}

/** The rate a supplier pays on a successful launch. */
export function launchFeeBasisPoints(reliable: boolean): number {
  return reliable ? LAUNCH_FEE_BASIS_POINTS.reliable : LAUNCH_FEE_BASIS_POINTS.new;
}
