import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { confirmationEmail } from '../bookings/booking-emails.js';
import { EmailOutboxRelay } from '../notifications/email-outbox-relay.js';
import { stageEmail } from '../notifications/email-outbox.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { PAYMENT_PROVIDER, type PaymentEvent, type PaymentProvider } from './payment-provider.js';
import { PaymentRepository } from './payment.repository.js';

export interface WebhookOutcome {
  /** The event was seen before; nothing was recorded again. */
  duplicate: boolean;
}

/** Records what a provider's webhook says happened to a payment, exactly once per provider event. */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly payments: PaymentRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly emailRelay: EmailOutboxRelay,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records the charge under the provider's event id (unique, so a redelivered event records nothing) and
   * confirms the held booking, staging its confirmation email, in the same transaction. A payment for a
   * booking no longer held (its hold expired or it was cancelled meanwhile) is refunded at once instead.
   */
  async paymentSucceeded(event: PaymentEvent): Promise<WebhookOutcome> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const charge = {
        bookingId: event.bookingId,
        provider: this.provider.name,
        amount: event.amount,
        currency: event.currency,
      };
      const recorded = await this.payments.recordCharge(manager, { ...charge, providerRef: event.id });
      if (!recorded) return { duplicate: true } as const;
      const confirmed = await this.bookings.confirmHeld(manager, event.bookingId);
      if (confirmed) {
        await stageEmail(
          manager,
          `booking-confirmed:${event.bookingId}`,
          confirmationEmail({
            bookingId: event.bookingId,
            to: confirmed.customerEmail,
            missionName: confirmed.missionName,
            scheduledAt: confirmed.scheduledAt,
            seats: confirmed.seats,
            amount: confirmed.amount,
            currency: confirmed.currency,
            customerWebUrl: this.config.urls.customerWeb,
          }),
        );
      } else {
        const { refundRef } = await this.provider.refund({
          bookingId: event.bookingId,
          chargeRef: event.id,
          amount: event.amount,
          currency: event.currency,
        });
        await this.payments.recordRefund(manager, { ...charge, providerRef: refundRef });
      }
      return { duplicate: false, confirmed } as const;
    });
    if (outcome.duplicate) {
      this.logger.log(`payment event ${event.id} was already recorded`);
      return { duplicate: true };
    }
    const actor = `payment-provider:${this.provider.name}`;
    if (outcome.confirmed) {
      this.emailRelay.relaySoon();
      await this.systemLogs.record('booking.confirmed', actor, {
        bookingId: event.bookingId,
        eventId: event.id,
      });
    } else {
      await this.systemLogs.record('booking.payment-refunded', actor, {
        bookingId: event.bookingId,
        eventId: event.id,
      });
    }
    return { duplicate: false };
  }
}
