import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createOperationsDataSource } from '../shared/model/operations/operations-data-source.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../testing/isolated-databases.js';
import { OneHoldPerLaunch1769200000000 } from './1769200000000-one-hold-per-launch.js';

describe('the one-hold-per-launch migration', () => {
  let databases: IsolatedDatabases;
  let dataSource: DataSource;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ seed: true });
    dataSource = createOperationsDataSource(databases.env.DATABASE_URL);
    await dataSource.initialize();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await databases?.drop();
  }, 30_000);

  /** Runs the migration's down or up on its own, whatever other migrations ran after it. */
  const migrate = async (direction: 'up' | 'down') => {
    const runner = dataSource.createQueryRunner();
    try {
      await new OneHoldPerLaunch1769200000000()[direction](runner);
    } finally {
      await runner.release();
    }
  };

  it('expires all but the newest of a customer’s holds on a launch and gives their seats back', async () => {
    await migrate('down');
    const [launch] = await dataSource.query<Array<{ id: string; seats_sold: number }>>(
      `SELECT id, seats_sold FROM launches WHERE status = 'scheduled' AND scheduled_at > now() AND seats_total - seats_sold >= 10 LIMIT 1`,
    );
    const hoarder = randomUUID();
    const other = randomUUID();
    const hold = async (customerId: string, seats: number, minutesAgo: number) => {
      const [row] = await dataSource.query<Array<{ id: string }>>(
        `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                               currency, idempotency_key, request_hash, created_at)
         VALUES ($1, $2, 'c@example.test', $3, 'held', now() + interval '5 minutes', 100, 'USD', $4,
                 repeat('0', 64), now() - make_interval(mins => $5))
         RETURNING id`,
        [launch.id, customerId, seats, randomUUID(), minutesAgo],
      );
      await dataSource.query(`UPDATE launches SET seats_sold = seats_sold + $2 WHERE id = $1`, [
        launch.id,
        seats,
      ]);
      return row.id;
    };
    const oldest = await hold(hoarder, 2, 3);
    const older = await hold(hoarder, 3, 2);
    const newest = await hold(hoarder, 1, 1);
    const alone = await hold(other, 4, 1);

    await migrate('up');

    const bookings = await dataSource.query<Array<{ id: string; status: string }>>(
      `SELECT id, status FROM bookings WHERE id = ANY($1::uuid[])`,
      [[oldest, older, newest, alone]],
    );
    expect(Object.fromEntries(bookings.map((row) => [row.id, row.status]))).toEqual({
      [oldest]: 'expired',
      [older]: 'expired',
      [newest]: 'held',
      [alone]: 'held',
    });
    const [after] = await dataSource.query<Array<{ seats_sold: number }>>(
      `SELECT seats_sold FROM launches WHERE id = $1`,
      [launch.id],
    );
    expect(after.seats_sold).toBe(launch.seats_sold + 1 + 4);
    await expect(
      dataSource.query(
        `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                               currency, idempotency_key, request_hash)
         VALUES ($1, $2, 'c@example.test', 1, 'held', now(), 100, 'USD', $3, repeat('0', 64))`,
        [launch.id, hoarder, randomUUID()],
      ),
    ).rejects.toThrow(/bookings_one_hold_per_customer_launch/);
  });
});
