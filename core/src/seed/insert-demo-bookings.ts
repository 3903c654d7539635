import type { Connection } from 'mongoose';
import type { DataSource } from 'typeorm';
import { Credential, CredentialSchema } from '../shared/model/core-db/credential.schema.js';
import { BOOKABLE_STATUSES } from '../shared/rules/launch-status.js';
import { requestFingerprint } from '../core-api/bookings/request-fingerprint.js';

const VIP_EMAIL = 'vip@astrobookings.test';

/**
 * Gives the VIP demo account the two confirmed trips that make it a VIP (VIP status is derived, never
 * assigned): one on a flown launch and one on the soonest upcoming launch, whose sold seats it adds to.
 * Does nothing when the account is missing or already has bookings; returns how many bookings it inserted.
 */
export async function insertDemoBookings(dataSource: DataSource, coreDb: Connection): Promise<number> {
  const vip = await coreDb.model(Credential.name, CredentialSchema).findOne({ email: VIP_EMAIL }).lean();
  if (!vip) return 0;
  return dataSource.transaction(async (manager) => {
    const [{ existing }] = await manager.query<Array<{ existing: number }>>(
      `SELECT count(*)::int AS existing FROM bookings WHERE customer_id = $1`,
      [vip._id],
    );
    if (existing > 0) return 0;
    const launches = await manager.query<
      Array<{ id: string; price_per_seat_minor: string; currency: string; upcoming: boolean }>
    >(
      `(SELECT id, price_per_seat_minor, currency, false AS upcoming FROM launches
        WHERE status = 'successful' ORDER BY scheduled_at DESC LIMIT 1)
       UNION ALL
       (SELECT id, price_per_seat_minor, currency, true AS upcoming FROM launches
        WHERE status = ANY($1::launch_status[]) AND scheduled_at > now() AND seats_sold < seats_total
        ORDER BY scheduled_at LIMIT 1)`,
      [[...BOOKABLE_STATUSES]],
    );
    for (const [index, launch] of launches.entries()) {
      if (launch.upcoming) {
        await manager.query(
          `UPDATE launches SET seats_sold = seats_sold + 1, seats_version = seats_version + 1 WHERE id = $1`,
          [launch.id],
        );
      }
      const [booking] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                               currency, idempotency_key, request_hash, confirmed_at)
         VALUES ($1, $2, $3, 1, 'confirmed', now(), $4, $5, $6, $7, now())
         RETURNING id`,
        [
          launch.id,
          vip._id,
          VIP_EMAIL,
          launch.price_per_seat_minor,
          launch.currency,
          `seed-vip-${index + 1}`,
          requestFingerprint({ launchId: launch.id, seats: 1 }),
        ],
      );
      await manager.query(
        `INSERT INTO passengers (booking_id, seat_number, full_name) VALUES ($1, 1, 'Valentina Vip')`,
        [booking.id],
      );
    }
    return launches.length;
  });
}
