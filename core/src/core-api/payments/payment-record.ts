/** Money a provider moved for a booking, under the provider's own reference. */
export interface PaymentRecord {
  bookingId: string;
  provider: string;
  providerRef: string;
  amount: number;
  currency: string;
}
