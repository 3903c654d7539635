/** Money a provider moved for a booking, under the provider's own reference. */
export interface PaymentRecord {
  bookingId: string;
  provider: string;
  providerRef: string;
  /** In minor units of `currency`. */
  amountMinor: number;
  currency: string;
}
