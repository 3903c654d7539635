import type { PaymentEvent } from './payment-provider.js';

/** One way a payment event disagrees with the booking it names, with both sides for the audit log. */
export interface PaymentMismatch {
  field: 'amount' | 'currency' | 'session';
  expected: string | number;
  received: string | number;
}

/**
 * Where a payment event differs from what the booking costs and the checkout it opened: an event that takes
 * less (or another currency, or through another checkout) must not confirm the booking. Amounts are compared
 * as the integer minor units both sides count in.
 */
export function paymentMismatches(
  booking: { amountMinor: number; currency: string },
  event: PaymentEvent,
  sessionMatches: boolean,
): PaymentMismatch[] {
  const mismatches: PaymentMismatch[] = [];
  if (event.amount !== booking.amountMinor) {
    mismatches.push({ field: 'amount', expected: booking.amountMinor, received: event.amount });
  }
  if (event.currency !== booking.currency) {
    mismatches.push({ field: 'currency', expected: booking.currency, received: event.currency });
  }
  if (!sessionMatches) {
    mismatches.push({
      field: 'session',
      expected: 'a checkout session of this booking',
      received: event.sessionId,
    });
  }
  return mismatches;
}
