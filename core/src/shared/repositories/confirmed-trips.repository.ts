import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';
import { VIP_CONFIRMED_BOOKINGS } from '../rules/seat-limit.js';

/** What counts as a trip, written once so the booking limit and the VIP audience can never disagree. */
const TRIPS_PER_CUSTOMER = `SELECT customer_id, count(*)::int AS trips FROM bookings WHERE status = 'confirmed'`;

/** The confirmed trips (upcoming or flown) each customer has booked: what makes a VIP. */
@Injectable()
export class ConfirmedTripsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the caller's `manager` when the count decides something inside its transaction. */
  async count(customerId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await queryRows<{ trips: number }>(
      manager,
      `${TRIPS_PER_CUSTOMER} AND customer_id = $1 GROUP BY customer_id`,
      [customerId],
    );
    return row?.trips ?? 0;
  }

  async vipCustomers(): Promise<Set<string>> {
    const rows = await queryRows<{ customer_id: string }>(
      this.dataSource.manager,
      `${TRIPS_PER_CUSTOMER} GROUP BY customer_id HAVING count(*) >= $1`,
      [VIP_CONFIRMED_BOOKINGS],
    );
    return new Set(rows.map((row) => row.customer_id));
  }
}
