import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { minorUnitsTransformer } from '../../platform/database/minor-units.transformer.js';
import { queryRows } from '../../platform/database/query-rows.js';
import { Booking } from '../model/operations/booking.entity.js';
import type { BookingStatus } from '../rules/booking-status.js';
import type { BookingNotice } from './booking-notice.js';
import type { BookingWithLaunch } from './booking-with-launch.js';
import type { ExpiredHolds } from './expired-holds.js';
import type { NewHold } from './new-hold.js';

interface NoticeRow {
  id: string;
  customer_email: string;
  seats: number;
  amount_minor: string;
  currency: string;
  mission_name: string;
  launch_site: string;
  scheduled_at: Date;
  site_time_zone: string;
}

const NOTICE = `b.id, b.customer_email, b.seats, b.amount_minor, b.currency, l.mission_name, l.launch_site, l.scheduled_at,
  l.site_time_zone`;

/**
 * Every statement on `bookings` and `passengers`. State changes are single conditional statements or run on
 * rows the caller locked, inside the caller's transaction (`manager`), so PostgreSQL settles every race.
 */
@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The booking an earlier request with this Idempotency-Key created, to replay it. */
  findByIdempotencyKey(
    customerId: string,
    idempotencyKey: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Booking | null> {
    return manager.findOneBy(Booking, { customerId, idempotencyKey });
  }

  async findForCustomer(id: string, customerId: string): Promise<BookingWithLaunch | null> {
    return (await this.dataSource.getRepository(Booking).findOne({
      where: { id, customerId },
      relations: { launch: true, passengers: true },
    })) as BookingWithLaunch | null;
  }

  /** The customer's bookings, soonest launch first. */
  async listForCustomer(customerId: string): Promise<BookingWithLaunch[]> {
    return (await this.dataSource.getRepository(Booking).find({
      where: { customerId },
      relations: { launch: true, passengers: true },
      order: { launch: { scheduledAt: 'ASC' }, createdAt: 'ASC' },
    })) as BookingWithLaunch[];
  }

  /** The bookings of a launch in the given statuses, in booking order, with their passengers by seat. */
  onLaunch(launchId: string, statuses: BookingStatus[]): Promise<Booking[]> {
    return this.dataSource.getRepository(Booking).find({
      where: { launchId, status: In(statuses) },
      relations: { passengers: true },
      order: { createdAt: 'ASC', id: 'ASC', passengers: { seatNumber: 'ASC' } },
    });
  }

  /** Who is flying on a launch: the email of each confirmed booking. */
  async confirmedEmails(launchId: string): Promise<string[]> {
    const bookings = await this.dataSource
      .getRepository(Booking)
      .find({ where: { launchId, status: 'confirmed' }, select: { customerEmail: true } });
    return bookings.map((booking) => booking.customerEmail);
  }

  /** Aborted launches on which some bookings are still held or confirmed. */
  async abortedLaunchesWithActiveBookings(): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT DISTINCT b.launch_id AS id FROM bookings b JOIN launches l ON l.id = b.launch_id
       WHERE l.status = 'aborted' AND b.status IN ('held', 'confirmed')`,
    );
    return rows.map((row) => row.id);
  }

  /** The customer's booking, row-locked for the rest of the transaction. */
  lockForCustomer(manager: EntityManager, id: string, customerId: string): Promise<Booking | null> {
    return manager.findOne(Booking, { where: { id, customerId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The held and confirmed bookings of a launch, row-locked for the rest of the transaction. */
  lockActiveOnLaunch(manager: EntityManager, launchId: string): Promise<Booking[]> {
    return manager.find(Booking, {
      where: [
        { launchId, status: 'held' },
        { launchId, status: 'confirmed' },
      ],
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The new hold's id; undefined when a concurrent request with the same key won the unique constraint. */
  async insertHold(manager: EntityManager, hold: NewHold): Promise<string | undefined> {
    const [inserted] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                             currency, idempotency_key, request_hash)
       VALUES ($1, $2, $3, $4, 'held', now() + make_interval(mins => $5::int), $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT bookings_customer_idempotency_key DO NOTHING
       RETURNING id`,
      [
        hold.launchId,
        hold.customerId,
        hold.customerEmail,
        hold.seats,
        hold.holdMinutes,
        hold.amountMinor,
        hold.currency,
        hold.idempotencyKey,
        hold.requestHash,
      ],
    );
    return inserted?.id;
  }

  /** Names the passengers of a booking the caller locked, `names[i]` on seat i + 1. */
  async replacePassengers(manager: EntityManager, bookingId: string, names: string[]): Promise<void> {
    await manager.query(`DELETE FROM passengers WHERE booking_id = $1`, [bookingId]);
    await manager.query(
      `INSERT INTO passengers (booking_id, seat_number, full_name)
       SELECT $1::uuid, t.seat, t.name FROM unnest($2::text[]) WITH ORDINALITY AS t(name, seat)`,
      [bookingId, names],
    );
  }

  /** Cancels a booking the caller locked, recording what was refunded. */
  async markCancelled(manager: EntityManager, id: string, refundMinor: number): Promise<void> {
    await manager.query(
      `UPDATE bookings SET status = 'cancelled', refund_amount_minor = $2, cancelled_at = now(), updated_at = now()
       WHERE id = $1`,
      [id, refundMinor],
    );
  }

  /** Confirms the booking if it is still held; undefined when it is not (its hold expired or it was cancelled). */
  async confirmHeld(manager: EntityManager, id: string): Promise<BookingNotice | undefined> {
    const [row] = await queryRows<NoticeRow>(
      manager,
      `UPDATE bookings b SET status = 'confirmed', confirmed_at = now(), updated_at = now()
       FROM launches l WHERE b.id = $1 AND b.status = 'held' AND l.id = b.launch_id
       RETURNING ${NOTICE}`,
      [id],
    );
    return row ? toNotice(row) : undefined;
  }

  /**
   * Expires every hold past its time, grouped by launch (in launch order, so concurrent callers that go on to
   * release the seats lock the launches in the same order). A hold being paid meanwhile is either confirmed
   * first or stays expired: the status condition is checked again on the locked row.
   */
  expireHolds(manager: EntityManager): Promise<ExpiredHolds[]> {
    return queryRows<ExpiredHolds>(
      manager,
      `WITH expired AS (
         UPDATE bookings SET status = 'expired', updated_at = now()
         WHERE status = 'held' AND hold_expires_at <= now()
         RETURNING launch_id, seats
       )
       SELECT launch_id AS "launchId", count(*)::int AS bookings, sum(seats)::int AS seats
       FROM expired GROUP BY launch_id ORDER BY launch_id`,
    );
  }

  /**
   * Marks reminded, and returns, every confirmed booking not reminded yet whose launch lifts off within
   * `leadHours`: picking and marking in one UPDATE is what keeps concurrent runs from reminding twice.
   */
  async markDueForReminder(manager: EntityManager, leadHours: number): Promise<BookingNotice[]> {
    const rows = await queryRows<NoticeRow>(
      manager,
      `UPDATE bookings b SET reminded_at = now()
       FROM launches l
       WHERE l.id = b.launch_id AND b.status = 'confirmed' AND b.reminded_at IS NULL AND l.status <> 'aborted'
         AND l.scheduled_at > now() AND l.scheduled_at <= now() + make_interval(hours => $1::int)
       RETURNING ${NOTICE}`,
      [leadHours],
    );
    return rows.map(toNotice);
  }
}

function toNotice(row: NoticeRow): BookingNotice {
  return {
    id: row.id,
    customerEmail: row.customer_email,
    seats: row.seats,
    amountMinor: minorUnitsTransformer.from(row.amount_minor) as number,
    currency: row.currency,
    missionName: row.mission_name,
    launchSite: row.launch_site,
    scheduledAt: new Date(row.scheduled_at),
    siteTimeZone: row.site_time_zone,
  };
}
