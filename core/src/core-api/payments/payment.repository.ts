import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';
import { PaymentSession } from '../../shared/model/operations/payment-session.entity.js';
import type { CheckoutRequest } from './payment-provider.js';
import type { PaymentRecord } from './payment-record.js';

/**
 * Every statement on `payments` and `payment_sessions`. The unique `provider_ref` is what records a
 * provider's event at most once, and a session is captured by one conditional UPDATE, so retries and
 * concurrent deliveries are settled by PostgreSQL.
 */
@Injectable()
export class PaymentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records a charge; false when its reference was recorded before. Selecting the booking makes a charge
   * for an unknown booking record nothing too, rather than fail on the foreign key.
   */
  async recordCharge(manager: EntityManager, charge: PaymentRecord): Promise<boolean> {
    const recorded = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO payments (booking_id, provider, provider_ref, amount_minor, currency, status, kind)
       SELECT id, $2, $3, $4, $5, 'succeeded', 'charge' FROM bookings WHERE id = $1
       ON CONFLICT (provider_ref) DO NOTHING RETURNING id`,
      [charge.bookingId, charge.provider, charge.providerRef, charge.amountMinor, charge.currency],
    );
    return recorded.length > 0;
  }

  async recordRefund(manager: EntityManager, refund: PaymentRecord): Promise<void> {
    await manager.query(
      `INSERT INTO payments (booking_id, provider, provider_ref, amount_minor, currency, status, kind)
       VALUES ($1, $2, $3, $4, $5, 'succeeded', 'refund')`,
      [refund.bookingId, refund.provider, refund.providerRef, refund.amountMinor, refund.currency],
    );
  }

  /** The provider's reference of the booking's first successful charge, which refunds are made against. */
  async chargeRef(manager: EntityManager, bookingId: string): Promise<string | undefined> {
    const [charge] = await queryRows<{ provider_ref: string }>(
      manager,
      `SELECT provider_ref FROM payments WHERE booking_id = $1 AND kind = 'charge' AND status = 'succeeded'
       ORDER BY created_at LIMIT 1`,
      [bookingId],
    );
    return charge?.provider_ref;
  }

  /**
   * The booking's open session, opened now if it has none. One statement against the partial unique index
   * (one open session per booking), so repeated or concurrent checkouts share one session and one page
   * instead of each adding a row; the no-op update is what makes the existing row come back.
   */
  async openSession(request: CheckoutRequest): Promise<string> {
    const [session] = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `INSERT INTO payment_sessions (booking_id, amount_minor, currency, status) VALUES ($1, $2, $3, 'open')
       ON CONFLICT (booking_id) WHERE status = 'open' DO UPDATE SET booking_id = EXCLUDED.booking_id
       RETURNING id`,
      [request.bookingId, request.amountMinor, request.currency],
    );
    return session.id;
  }

  /**
   * Marks the session paid by `eventId` when it is an open session of the booking, or one this same event paid
   * already (the simulated gateway marks its session before it sends the webhook); false when the event names
   * any other session.
   */
  async settleSession(
    manager: EntityManager,
    event: { sessionId: string; bookingId: string; id: string },
  ): Promise<boolean> {
    const settled = await queryRows<{ id: string }>(
      manager,
      `UPDATE payment_sessions SET status = 'paid', event_id = $3
       WHERE id = $1 AND booking_id = $2 AND (status = 'open' OR (status = 'paid' AND event_id = $3))
       RETURNING id`,
      [event.sessionId, event.bookingId, event.id],
    );
    return settled.length > 0;
  }

  findSession(id: string): Promise<PaymentSession | null> {
    return this.dataSource.getRepository(PaymentSession).findOneBy({ id });
  }

  /** Marks an open session paid under `eventId`; false when it was paid already. */
  async captureSession(id: string, eventId: string): Promise<boolean> {
    const claimed = await this.dataSource
      .getRepository(PaymentSession)
      .update({ id, status: 'open' }, { status: 'paid', eventId });
    return Boolean(claimed.affected);
  }
}
