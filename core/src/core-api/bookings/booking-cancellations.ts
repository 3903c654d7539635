import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import type { Booking } from '../../shared/model/operations/booking.entity.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { refundAmountMinor, refundPercent } from '../../shared/rules/refund-policy.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import { EmailOutboxRelay } from '../notifications/email-outbox-relay.js';
import { stageEmail } from '../notifications/email-outbox.js';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payments/payment-provider.js';
import { PaymentRepository } from '../payments/payment.repository.js';
import { PayerProfiles } from '../receipts/payer-profiles.js';
import { ReceiptIssuer } from '../receipts/receipt-issuer.js';
import { CatalogSeats } from '../seats/catalog-seats.js';
import { SeatLedger } from '../seats/seat-ledger.js';
import { cancellationEmail } from './booking-emails.js';
import type { AbortedLaunchBookingsDto } from './booking.dto.js';

/**
 * Cancels bookings, freeing their seats and refunding through the provider: one at its customer's request, or
 * all of an aborted launch. Each refund runs inside the transaction, so a failing provider leaves the booking
 * as it was; the cancellation email is staged in that transaction too.
 */
@Injectable()
export class BookingCancellations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly payments: PaymentRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly seats: SeatLedger,
    private readonly catalogSeats: CatalogSeats,
    private readonly emailRelay: EmailOutboxRelay,
    private readonly languages: RecipientLanguages,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly payers: PayerProfiles,
    private readonly receipts: ReceiptIssuer,
  ) {}

  /**
   * Cancels an active booking before its launch, refunding what the policy grants for the time left (nothing
   * for an unpaid hold).
   */
  async cancel(id: string, customerId: string): Promise<void> {
    const payers = await this.payers.of([customerId]);
    const { count, refund } = await this.dataSource.transaction(async (manager) => {
      const booking = await this.bookings.lockForCustomer(manager, id, customerId);
      if (!booking) throw new NotFoundException(`Booking ${id} does not exist.`);
      if (booking.status !== 'held' && booking.status !== 'confirmed') {
        throw new ConflictException(`Booking ${id} is already ${booking.status}.`);
      }
      const launch = await manager.findOneByOrFail(Launch, { id: booking.launchId });
      const now = new Date();
      if (new Date(launch.scheduledAt) <= now) {
        throw new ConflictException(`The launch of booking ${id} has already taken place.`);
      }
      const refund =
        booking.status === 'confirmed'
          ? refundAmountMinor(booking.amountMinor, refundPercent(launch.scheduledAt, now))
          : 0;
      if (refund > 0) await this.refund(manager, booking, refund);
      await this.bookings.markCancelled(manager, id, refund);
      await this.receipts.issue(manager, id, payers, `user:${customerId}`);
      const count = await this.seats.releaseSeats(manager, booking.launchId, booking.seats);
      await stageEmail(
        manager,
        `booking-cancelled:${id}`,
        await this.cancellationEmail(booking, launch, refund),
      );
      return { count, refund };
    });
    this.emailRelay.relaySoon();
    await this.catalogSeats.publish(count);
    await this.systemLogs.record('booking.cancelled', `user:${customerId}`, {
      bookingId: id,
      refundMinor: refund,
    });
  }

  /**
   * Cancels every active booking of an aborted launch and refunds each paid one in full, whatever the refund
   * policy says: the customer did nothing wrong. Returns how many bookings it cancelled and the total refunded.
   */
  async cancelForAbortedLaunch(launchId: string, actor: string): Promise<AbortedLaunchBookingsDto> {
    const payers = await this.payers.ofLaunch(launchId);
    const { cancelled, count } = await this.dataSource.transaction(async (manager) => {
      const launch = await manager.findOneBy(Launch, { id: launchId });
      if (!launch) throw new NotFoundException(`Launch ${launchId} does not exist.`);
      if (launch.status !== 'aborted') {
        throw new ConflictException(`Launch ${launchId} is ${launch.status}, not aborted.`);
      }
      const active = await this.bookings.lockActiveOnLaunch(manager, launchId);
      const cancelled: Array<{ booking: Booking; refund: number }> = [];
      for (const booking of active) {
        const refund = booking.status === 'confirmed' ? booking.amountMinor : 0;
        if (refund > 0) await this.refund(manager, booking, refund);
        await this.bookings.markCancelled(manager, booking.id, refund);
        await this.receipts.issue(manager, booking.id, payers, actor);
        await stageEmail(
          manager,
          `booking-cancelled:${booking.id}`,
          await this.cancellationEmail(booking, launch, refund),
        );
        cancelled.push({ booking, refund });
      }
      const seats = active.reduce((sum, booking) => sum + booking.seats, 0);
      const count = seats > 0 ? await this.seats.releaseSeats(manager, launchId, seats) : undefined;
      return { cancelled, count };
    });
    if (cancelled.length > 0) this.emailRelay.relaySoon();
    if (count) await this.catalogSeats.publish(count);
    const refunded = cancelled.reduce((sum, { refund }) => sum + refund, 0);
    await this.systemLogs.record('booking.launch-aborted', actor, {
      launchId,
      cancelled: cancelled.length,
      refundedMinor: refunded,
    });
    return { cancelled: cancelled.length, refundedMinor: refunded };
  }

  private async cancellationEmail(booking: Booking, launch: Launch, refund: number) {
    return cancellationEmail({
      bookingId: booking.id,
      to: booking.customerEmail,
      language: await this.languages.of(booking.customerEmail),
      missionName: launch.missionName,
      scheduledAt: new Date(launch.scheduledAt),
      siteTimeZone: launch.siteTimeZone,
      seats: booking.seats,
      amountMinor: booking.amountMinor,
      currency: booking.currency,
      refundMinor: refund,
      customerWebUrl: this.config.urls.customerWeb,
    });
  }

  private async refund(manager: EntityManager, booking: Booking, amountMinor: number): Promise<void> {
    const chargeRef = await this.payments.chargeRef(manager, booking.id);
    if (!chargeRef) return;
    const refund = { bookingId: booking.id, amountMinor, currency: booking.currency };
    const { refundRef } = await this.provider.refund({ ...refund, chargeRef });
    await this.payments.recordRefund(manager, {
      ...refund,
      provider: this.provider.name,
      providerRef: refundRef,
    });
  }
}
