import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { minorUnitsTransformer } from '../../platform/database/minor-units.transformer.js';
import { queryRows } from '../../platform/database/query-rows.js';
import { BOOKABLE_STATUSES } from '../../shared/rules/launch-status.js';
import type { SeatCount } from './seat-count.js';

interface SeatRow {
  id: string;
  seats_total: number;
  seats_sold: number;
  seats_version: string;
  price_per_seat_minor: string;
  currency: string;
}

const RETURNING = 'RETURNING id, seats_total, seats_sold, seats_version, price_per_seat_minor, currency';

/** Every change to a launch's sold seats, each in the caller's transaction and bumping the seat version. */
@Injectable()
export class SeatLedger {
  /**
   * Takes `seats` seats of a launch in one conditional UPDATE: PostgreSQL locks the row, re-checks the
   * condition and either sells the seats or changes nothing, so concurrent requests can never oversell. Held
   * seats count as sold until the hold is confirmed, cancelled or expires. Undefined when the launch cannot
   * sell them.
   */
  async takeSeats(manager: EntityManager, launchId: string, seats: number): Promise<SeatCount | undefined> {
    const [row] = await queryRows<SeatRow>(
      manager,
      `UPDATE launches SET seats_sold = seats_sold + $2, seats_version = seats_version + 1
       WHERE id = $1 AND status = ANY($3::launch_status[]) AND scheduled_at > now() AND seats_total - seats_sold >= $2
       ${RETURNING}`,
      [launchId, seats, [...BOOKABLE_STATUSES]],
    );
    return row ? toSeatCount(row) : undefined;
  }

  /** Gives `seats` seats of a launch back (cancelled or expired bookings). */
  async releaseSeats(manager: EntityManager, launchId: string, seats: number): Promise<SeatCount> {
    const [row] = await queryRows<SeatRow>(
      manager,
      `UPDATE launches SET seats_sold = GREATEST(seats_sold - $2, 0), seats_version = seats_version + 1
       WHERE id = $1 ${RETURNING}`,
      [launchId, seats],
    );
    return toSeatCount(row);
  }
}

function toSeatCount(row: SeatRow): SeatCount {
  return {
    launchId: row.id,
    seatsTotal: row.seats_total,
    seatsSold: row.seats_sold,
    seatsVersion: Number(row.seats_version),
    pricePerSeatMinor: minorUnitsTransformer.from(row.price_per_seat_minor) as number,
    currency: row.currency,
  };
}
