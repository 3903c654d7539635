/** What a provider needs to take a booking's payment. */
export interface CheckoutRequest {
  bookingId: string;
  /** In minor units of `currency`. */
  amountMinor: number;
  currency: string;
}

/** Money to give back on a booking, against the charge the provider made. */
export interface RefundRequest {
  bookingId: string;
  chargeRef: string;
  /** In minor units of `currency`. */
  amountMinor: number;
  currency: string;
}

/** A verified notification from a provider that a booking's payment went through. */
export interface PaymentEvent {
  /** The provider's event id; the same event delivered twice has the same id. */
  id: string;
  type: 'payment.succeeded';
  bookingId: string;
  /** The checkout session that was paid, which must be the booking's. */
  sessionId: string;
  /** What the provider took, in integer minor units (cents), as real gateways report it. */
  amount: number;
  currency: string;
}

/** A payment gateway: hosted checkout, refunds, and signed webhooks telling the outcome. */
export interface PaymentProvider {
  readonly name: string;
  createCheckout(request: CheckoutRequest): Promise<{ checkoutUrl: string }>;
  refund(request: RefundRequest): Promise<{ refundRef: string }>;
  /** The event a webhook delivery carries; throws when its signature does not verify. */
  verifyWebhook(body: unknown, signature: string | undefined): PaymentEvent;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');
