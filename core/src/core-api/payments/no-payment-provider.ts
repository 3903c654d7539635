import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { PaymentEvent, PaymentProvider } from './payment-provider.js';

const NOT_CONFIGURED = 'Payments are not configured';

/**
 * The provider when none is configured (PAYMENT_PROVIDER=none, the default outside development and test): it
 * takes no payment, so no booking can be confirmed without money moving. Holds still work; paying answers 503.
 */
@Injectable()
export class NoPaymentProvider implements PaymentProvider {
  readonly name = 'none';

  createCheckout(): Promise<{ checkoutUrl: string }> {
    return Promise.reject(
      new ServiceUnavailableException(`${NOT_CONFIGURED}: seats can be held but not paid for yet.`),
    );
  }

  refund(): Promise<{ refundRef: string }> {
    return Promise.reject(new ServiceUnavailableException(`${NOT_CONFIGURED}: nothing can be refunded.`));
  }

  verifyWebhook(): PaymentEvent {
    throw new ServiceUnavailableException(`${NOT_CONFIGURED}: no payment events are accepted.`);
  }
}
