import { BadRequestException, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import type { PaymentSession } from '../../shared/model/operations/payment-session.entity.js';
import type { CheckoutRequest, PaymentEvent, PaymentProvider, RefundRequest } from './payment-provider.js';
import { isUUID } from 'class-validator';
import { PaymentRepository } from './payment.repository.js';
import { SIGNATURE_HEADER, signWebhook, verifyWebhookSignature } from './webhook-signature.js';

const DELIVERY_ATTEMPTS = 3;
const RETRY_DELAY_MS = 500;

/**
 * The built-in payment gateway a person can use locally: a hosted card checkout page (served by Core API under
 * /payments/simulated), instant refunds, and HMAC-signed webhooks to Core API, like a real gateway.
 */
@Injectable()
export class SimulatedCardProvider implements PaymentProvider {
  readonly name = 'simulated-card';
  private readonly logger = new Logger(SimulatedCardProvider.name);

  constructor(
    private readonly payments: PaymentRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createCheckout(request: CheckoutRequest): Promise<{ checkoutUrl: string }> {
    const sessionId = await this.payments.openSession(request);
    return { checkoutUrl: `${this.config.payments.checkoutBaseUrl}/payments/simulated/${sessionId}` };
  }

  refund(request: RefundRequest): Promise<{ refundRef: string }> {
    this.logger.log(
      `refund of ${request.amountMinor} minor units of ${request.currency} against ${request.chargeRef}`,
    );
    return Promise.resolve({ refundRef: `re_${randomUUID()}` });
  }

  verifyWebhook(body: unknown, signature: string | undefined): PaymentEvent {
    if (!verifyWebhookSignature(JSON.stringify(body), signature, this.config.payments.webhookSecret)) {
      throw new BadRequestException('The webhook signature does not verify.');
    }
    const event = body as Partial<PaymentEvent>;
    if (
      event.type !== 'payment.succeeded' ||
      typeof event.id !== 'string' ||
      typeof event.bookingId !== 'string' ||
      !isUUID(event.bookingId) ||
      typeof event.sessionId !== 'string' ||
      !Number.isSafeInteger(event.amount) ||
      (event.amount as number) < 0 ||
      typeof event.currency !== 'string' ||
      !/^[A-Z]{3}$/.test(event.currency)
    ) {
      throw new BadRequestException('The webhook does not carry a payment event.');
    }
    return event as PaymentEvent;
  }

  session(id: string): Promise<PaymentSession | null> {
    return this.payments.findSession(id);
  }

  /**
   * Captures an open session once: a second submit of the same page finds it paid and sends nothing. Then
   * delivers the signed `payment.succeeded` webhook, retrying briefly as gateways do.
   */
  async capture(session: PaymentSession): Promise<boolean> {
    const eventId = `evt_${randomUUID()}`;
    if (!(await this.payments.captureSession(session.id, eventId))) return false;
    const event: PaymentEvent = {
      id: eventId,
      type: 'payment.succeeded',
      bookingId: session.bookingId,
      sessionId: session.id,
      amount: session.amountMinor,
      currency: session.currency,
    };
    await this.deliver(event);
    return true;
  }

  private async deliver(event: PaymentEvent): Promise<void> {
    const payload = JSON.stringify(event);
    for (let attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt += 1) {
      try {
        const response = await fetch(`${this.config.urls.coreApi}/payments/webhooks/simulated`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signWebhook(payload, this.config.payments.webhookSecret),
          },
          body: payload,
          signal: AbortSignal.timeout(this.config.serviceCallTimeoutMs),
        });
        if (response.ok) return;
        this.logger.warn(`webhook ${event.id} answered ${response.status}`);
      } catch (error) {
        this.logger.warn(`webhook ${event.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
    this.logger.error(`webhook ${event.id} could not be delivered`);
  }
}
