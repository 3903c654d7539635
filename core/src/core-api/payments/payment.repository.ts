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
      `INSERT INTO payments (booking_id, provider, provider_ref, amount, currency, status, kind)
       SELECT id, $2, $3, $4, $5, 'succeeded', 'charge' FROM bookings WHERE id = $1
       ON CONFLICT (provider_ref) DO NOTHING RETURNING id`,
      [charge.bookingId, charge.provider, charge.providerRef, charge.amount, charge.currency],
    );
    return recorded.length > 0;
  }

  async recordRefund(manager: EntityManager, refund: PaymentRecord): Promise<void> {
    await manager.query(
      `INSERT INTO payments (booking_id, provider, provider_ref, amount, currency, status, kind)
       VALUES ($1, $2, $3, $4, $5, 'succeeded', 'refund')`,
      [refund.bookingId, refund.provider, refund.providerRef, refund.amount, refund.currency],
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

  openSession(request: CheckoutRequest): Promise<PaymentSession> {
    const sessions = this.dataSource.getRepository(PaymentSession);
    return sessions.save(sessions.create({ ...request, status: 'open' }));
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
