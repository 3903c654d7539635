import type { EntityManager } from 'typeorm';
import { BOOKABLE_STATUSES } from '../../shared/rules/launch-status.js';
import { queryRows } from '../../platform/database/query-rows.js';

/** A launch's seat count right after a change, with the version the catalog uses to ignore older counts. */
export interface SeatCount {
  launchId: string;
  seatsTotal: number;
  seatsSold: number;
  seatsVersion: number;
  pricePerSeat: number;
  currency: string;
}

interface SeatRow {
  id: string;
  seats_total: number;
  seats_sold: number;
  seats_version: string;
  price_per_seat: string;
  currency: string;
}

const RETURNING = 'RETURNING id, seats_total, seats_sold, seats_version, price_per_seat, currency';

/**
 * Takes `seats` seats of a launch in one conditional UPDATE: PostgreSQL locks the row, re-checks the condition
 * and either sells the seats or changes nothing, so concurrent requests can never oversell. Held seats count as
 * sold until the hold is confirmed, cancelled or expires. Undefined when the launch cannot sell them.
 */
export async function takeSeats(
  manager: EntityManager,
  launchId: string,
  seats: number,
): Promise<SeatCount | undefined> {
  const [row] = await queryRows<SeatRow>(
    manager,
    `UPDATE launches SET seats_sold = seats_sold + $2, seats_version = seats_version + 1
     WHERE id = $1 AND status = ANY($3::launch_status[]) AND scheduled_at > now() AND seats_total - seats_sold >= $2
     ${RETURNING}`,
    [launchId, seats, [...BOOKABLE_STATUSES]],
  );
  return row ? toSeatCount(row) : undefined;
}

/** Gives `seats` seats of a launch back (a cancelled booking). */
export async function releaseSeats(
  manager: EntityManager,
  launchId: string,
  seats: number,
): Promise<SeatCount> {
  const [row] = await queryRows<SeatRow>(
    manager,
    `UPDATE launches SET seats_sold = GREATEST(seats_sold - $2, 0), seats_version = seats_version + 1
     WHERE id = $1 ${RETURNING}`,
    [launchId, seats],
  );
  return toSeatCount(row);
}

/**
 * Expires every hold past its time and gives its seats back, in one statement so a hold is either still held
 * (and may be paid) or expired with its seats released. Returns the new count of each launch touched.
 */
export async function expireHolds(manager: EntityManager): Promise<{ expired: number; counts: SeatCount[] }> {
  const rows = await queryRows<SeatRow & { released: number; bookings: number }>(
    manager,
    `WITH expired AS (
       UPDATE bookings SET status = 'expired', updated_at = now()
       WHERE status = 'held' AND hold_expires_at <= now()
       RETURNING launch_id, seats
     ), per_launch AS (
       SELECT launch_id, sum(seats)::int AS released, count(*)::int AS bookings FROM expired GROUP BY launch_id
     )
     UPDATE launches l SET seats_sold = GREATEST(l.seats_sold - p.released, 0), seats_version = l.seats_version + 1
     FROM per_launch p WHERE l.id = p.launch_id
     RETURNING l.id, l.seats_total, l.seats_sold, l.seats_version, l.price_per_seat, l.currency, p.released, p.bookings`,
  );
  return { expired: rows.reduce((sum, row) => sum + row.bookings, 0), counts: rows.map(toSeatCount) };
}

function toSeatCount(row: SeatRow): SeatCount {
  return {
    launchId: row.id,
    seatsTotal: row.seats_total,
    seatsSold: row.seats_sold,
    seatsVersion: Number(row.seats_version),
    pricePerSeat: Number(row.price_per_seat),
    currency: row.currency,
  };
}
