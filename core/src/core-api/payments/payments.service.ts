import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { confirmationEmail } from '../bookings/booking-emails.js';
import { EmailOutboxRelay } from '../notifications/email-outbox-relay.js';
import { stageEmail } from '../notifications/email-outbox.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { PAYMENT_PROVIDER, type PaymentEvent, type PaymentProvider } from './payment-provider.js';
import { isUUID } from 'class-validator';
import { Booking } from '../../shared/model/operations/booking.entity.js';
import type { WebhookReceiptDto } from './payment-event.dto.js';
import { paymentMismatches } from './payment-mismatches.js';
import { PaymentRepository } from './payment.repository.js';
import { PayerProfiles } from '../receipts/payer-profiles.js';
import { ReceiptIssuer } from '../receipts/receipt-issuer.js';

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
    private readonly languages: RecipientLanguages,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly payers: PayerProfiles,
    private readonly receipts: ReceiptIssuer,
  ) {}

  /**
   * Records the charge under the provider's event id (unique, so a redelivered event records nothing) and
   * confirms the held booking, staging its confirmation email, in the same transaction, but only when the event
   * pays the booking's amount in its currency through the booking's checkout session. Otherwise, or when the
   * booking is no longer held (its hold expired or it was cancelled meanwhile), the money is refunded at once.
   * Each outcome is final, so the webhook is acknowledged: a provider retries only what failed to arrive.
   */
  async paymentSucceeded(event: PaymentEvent): Promise<WebhookReceiptDto> {
    const actor = `payment-provider:${this.provider.name}`;
    const payers = await this.payers.ofBooking(event.bookingId);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const charge = {
        bookingId: event.bookingId,
        provider: this.provider.name,
        amountMinor: event.amount,
        currency: event.currency,
      };
      const recorded = await this.payments.recordCharge(manager, { ...charge, providerRef: event.id });
      if (!recorded) return { outcome: 'duplicate', mismatches: [] } as const;
      // The charge was recorded against this booking, so it exists; its amount and currency never change.
      const booking = await manager.findOneByOrFail(Booking, { id: event.bookingId });
      const sessionMatches = isUUID(event.sessionId) && (await this.payments.settleSession(manager, event));
      const mismatches = paymentMismatches(booking, event, sessionMatches);
      const confirmed =
        mismatches.length === 0 ? await this.bookings.confirmHeld(manager, event.bookingId) : undefined;
      if (confirmed) {
        await stageEmail(
          manager,
          `booking-confirmed:${event.bookingId}`,
          confirmationEmail({
            bookingId: event.bookingId,
            to: confirmed.customerEmail,
            language: await this.languages.of(confirmed.customerEmail),
            missionName: confirmed.missionName,
            scheduledAt: confirmed.scheduledAt,
            siteTimeZone: confirmed.siteTimeZone,
            seats: confirmed.seats,
            amountMinor: confirmed.amountMinor,
            currency: confirmed.currency,
            customerWebUrl: this.config.urls.customerWeb,
          }),
        );
        await this.receipts.issue(manager, event.bookingId, payers, actor);
        return { outcome: 'confirmed', mismatches } as const;
      }
      const { refundRef } = await this.provider.refund({ ...charge, chargeRef: event.id });
      await this.payments.recordRefund(manager, { ...charge, providerRef: refundRef });
      await this.receipts.issue(manager, event.bookingId, payers, actor);
      return { outcome: mismatches.length > 0 ? 'rejected' : 'refunded', mismatches } as const;
    });
    const details = { bookingId: event.bookingId, eventId: event.id };
    switch (outcome.outcome) {
      case 'duplicate':
        this.logger.log(`payment event ${event.id} was already recorded`);
        break;
      case 'confirmed':
        this.emailRelay.relaySoon();
        await this.systemLogs.record('booking.confirmed', actor, details);
        break;
      case 'rejected':
        this.emailRelay.relaySoon();
        this.logger.warn(`payment event ${event.id} does not match booking ${event.bookingId}; refunded`);
        await this.systemLogs.record('booking.payment-rejected', actor, {
          ...details,
          mismatches: outcome.mismatches,
        });
        break;
      case 'refunded':
        this.emailRelay.relaySoon();
        await this.systemLogs.record('booking.payment-refunded', actor, details);
        break;
    }
    return { duplicate: outcome.outcome === 'duplicate', outcome: outcome.outcome };
  }
}
