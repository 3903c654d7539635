import { randomUUID } from 'node:crypto';
import type pg from 'pg';

type LaunchStatus = 'scheduled' | 'confirmed' | 'delayed' | 'aborted' | 'successful' | 'failed';

/**
 * Writes suppliers, launches, bookings, payments and invoices straight into a test Operations DB with plain SQL,
 * so a report can be checked against books whose every figure the test chose.
 */
export class FinanceFixture {
  private invoiceCount = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly tag = randomUUID().slice(0, 8),
  ) {}

  async supplier(name: string): Promise<string> {
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO suppliers (name, description, legal_name) VALUES ($1, 'fixture', $1) RETURNING id`,
      [`${name} ${this.tag}`],
    );
    await this.pool.query(
      `INSERT INTO rockets (supplier_id, name, capacity, range) VALUES ($1, 'Fixture rocket', 10, 'orbital')`,
      [rows[0].id],
    );
    return rows[0].id;
  }

  async launch(
    supplierId: string,
    options: {
      status: LaunchStatus;
      at: string;
      currency?: string;
      priceMinor?: number;
      seatsSold?: number;
      minimum?: number;
    },
  ): Promise<string> {
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO launches (supplier_id, rocket_id, mission_name, description, status, scheduled_at, launch_site,
                             destination, seats_total, seats_sold, minimum_occupancy, price_per_seat_minor, currency)
       VALUES ($1, (SELECT id FROM rockets WHERE supplier_id = $1 LIMIT 1), $2, 'fixture', $3, $4, 'Kourou',
               'orbit', 10, $5, $6, $7, $8)
       RETURNING id`,
      [
        supplierId,
        `Fixture ${randomUUID().slice(0, 8)}`,
        options.status,
        options.at,
        options.seatsSold ?? 0,
        options.minimum ?? 0,
        options.priceMinor ?? 100_00,
        options.currency ?? 'USD',
      ],
    );
    return rows[0].id;
  }

  /** A paid booking; `refundMinor` adds a refund payment and cancels it when it refunds everything. */
  async booking(
    launchId: string,
    options: {
      seats: number;
      paidMinor: number;
      refundMinor?: number;
      currency?: string;
      passenger?: string;
    },
  ): Promise<string> {
    const currency = options.currency ?? 'USD';
    const cancelled = options.refundMinor !== undefined && options.refundMinor >= options.paidMinor;
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                             refund_amount_minor, currency, idempotency_key, request_hash)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, now(), $5, $6, $7, gen_random_uuid()::text, repeat('0', 64))
       RETURNING id`,
      [
        launchId,
        `buyer-${randomUUID().slice(0, 8)}@example.test`,
        options.seats,
        cancelled ? 'cancelled' : 'confirmed',
        options.paidMinor,
        options.refundMinor ?? null,
        currency,
      ],
    );
    const bookingId = rows[0].id;
    await this.pool.query(`INSERT INTO passengers (booking_id, seat_number, full_name) VALUES ($1, 1, $2)`, [
      bookingId,
      options.passenger ?? 'Ada Lovelace',
    ]);
    await this.payment(bookingId, 'charge', options.paidMinor, currency);
    if (options.refundMinor) await this.payment(bookingId, 'refund', options.refundMinor, currency);
    return bookingId;
  }

  async invoice(
    supplierId: string,
    options: {
      launchId?: string;
      kind?: 'launch_fee' | 'abort_fee' | 'manual';
      feeMinor: number;
      currency?: string;
      issued: string;
      due?: string;
      status?: 'issued' | 'partially_paid' | 'paid' | 'overdue' | 'void';
      paidMinor?: number;
    },
  ): Promise<string> {
    this.invoiceCount += 1;
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO invoices (number, supplier_id, launch_id, fee_kind, status, currency, fee_minor, paid_minor,
                             supplier_name, supplier_legal_name, issue_date, due_date, void_reason, created_by,
                             origin_service)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'fixture', 'fixture', $9, $10, $11, 'test', 'test')
       RETURNING id`,
      [
        `T${this.tag}-${this.invoiceCount}`,
        supplierId,
        options.launchId ?? null,
        options.kind ?? (options.launchId ? 'launch_fee' : 'manual'),
        options.status ?? 'issued',
        options.currency ?? 'USD',
        options.feeMinor,
        options.paidMinor ?? 0,
        options.issued,
        options.due ?? options.issued,
        options.status === 'void' ? 'issued in error' : null,
      ],
    );
    return rows[0].id;
  }

  async invoicePayment(
    invoiceId: string,
    amountMinor: number,
    paidOn: string,
    currency = 'USD',
  ): Promise<void> {
    await this.pool.query(
      `INSERT INTO invoice_payments (invoice_id, amount_minor, currency, paid_on, reference, method, recorded_by,
                                     origin_service)
       VALUES ($1, $2, $3, $4, 'fixture', 'bank_transfer', 'test', 'test')`,
      [invoiceId, amountMinor, currency, paidOn],
    );
  }

  private async payment(bookingId: string, kind: 'charge' | 'refund', amountMinor: number, currency: string) {
    await this.pool.query(
      `INSERT INTO payments (booking_id, provider, provider_ref, amount_minor, currency, status, kind)
       VALUES ($1, 'fixture', $2, $3, $4, 'succeeded', $5)`,
      [bookingId, randomUUID(), amountMinor, currency, kind],
    );
  }
}
