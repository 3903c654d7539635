import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../platform/database/query-rows.js';
import type { RecentExpiredHolds } from '../rules/hold-cooldown.js';

/**
 * The statements that bound what one customer may hold. Counts decide inside the hold transaction only after
 * `lockCustomer`, so two concurrent holds of one customer never both pass a limit that only one may pass.
 */
@Injectable()
export class CustomerHoldsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Serialises the customer's hold transactions until the caller's transaction ends. An advisory lock, since
   * no row stands for "this customer's holds"; the key is namespaced so it cannot meet another lock's key.
   */
  async lockCustomer(manager: EntityManager, customerId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('customer-holds:' || $1, 0))`, [
      customerId,
    ]);
  }

  /** Seats in the customer's holds that have not run out. */
  async heldSeats(manager: EntityManager, customerId: string): Promise<number> {
    const [row] = await queryRows<{ seats: number }>(
      manager,
      `SELECT coalesce(sum(seats), 0)::int AS seats FROM bookings
       WHERE customer_id = $1 AND status = 'held' AND hold_expires_at > now()`,
      [customerId],
    );
    return row.seats;
  }

  /** Holds of the customer that ran out unpaid within the last `windowHours`, swept by the expiry job or not. */
  async recentExpired(
    manager: EntityManager,
    customerId: string,
    windowHours: number,
  ): Promise<RecentExpiredHolds> {
    const [row] = await queryRows<{ count: number; latest: Date | null }>(
      manager,
      `SELECT count(*)::int AS count, max(hold_expires_at) AS latest FROM bookings
       WHERE customer_id = $1 AND status IN ('held', 'expired') AND hold_expires_at <= now()
         AND hold_expires_at > now() - make_interval(hours => $2::int)`,
      [customerId, windowHours],
    );
    return { count: row.count, latestExpiredAt: row.latest ? new Date(row.latest) : null };
  }

  /**
   * Expires the customer's run-out hold on the launch, if the expiry job has not yet: it would keep the
   * one-hold-per-launch index from letting them hold again. The seats it gives up are the caller's to release.
   */
  async expireRunOutHold(manager: EntityManager, customerId: string, launchId: string): Promise<number> {
    const [row] = await queryRows<{ seats: number }>(
      manager,
      `UPDATE bookings SET status = 'expired', updated_at = now()
       WHERE customer_id = $1 AND launch_id = $2 AND status = 'held' AND hold_expires_at <= now()
       RETURNING seats`,
      [customerId, launchId],
    );
    return row?.seats ?? 0;
  }

  /** The customer's hold on the launch, to point them at it. */
  async heldOn(customerId: string, launchId: string): Promise<string | undefined> {
    const [row] = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM bookings WHERE customer_id = $1 AND launch_id = $2 AND status = 'held'`,
      [customerId, launchId],
    );
    return row?.id;
  }
}
