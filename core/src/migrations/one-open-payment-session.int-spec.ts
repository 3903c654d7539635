import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createOperationsDataSource } from '../shared/model/operations/operations-data-source.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../testing/isolated-databases.js';
import { OneOpenPaymentSession1769300000000 } from './1769300000000-one-open-payment-session.js';

describe('the one-open-payment-session migration', () => {
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
      await new OneOpenPaymentSession1769300000000()[direction](runner);
    } finally {
      await runner.release();
    }
  };

  it('closes all but the newest open session of a booking and keeps paid ones', async () => {
    await migrate('down');
    const [launch] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM launches WHERE status = 'scheduled' AND scheduled_at > now() LIMIT 1`,
    );
    const [booking] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                             currency, idempotency_key, request_hash)
       VALUES ($1, $2, 'c@example.test', 1, 'held', now() + interval '5 minutes', 100, 'USD', $3, repeat('0', 64))
       RETURNING id`,
      [launch.id, randomUUID(), randomUUID()],
    );
    const session = async (status: string, minutesAgo: number) => {
      const [row] = await dataSource.query<Array<{ id: string }>>(
        `INSERT INTO payment_sessions (booking_id, amount_minor, currency, status, created_at)
         VALUES ($1, 100, 'USD', $2, now() - make_interval(mins => $3)) RETURNING id`,
        [booking.id, status, minutesAgo],
      );
      return row.id;
    };
    const paid = await session('paid', 4);
    const oldest = await session('open', 3);
    const older = await session('open', 2);
    const newest = await session('open', 1);

    await migrate('up');

    const sessions = await dataSource.query<Array<{ id: string; status: string }>>(
      `SELECT id, status FROM payment_sessions WHERE booking_id = $1`,
      [booking.id],
    );
    expect(Object.fromEntries(sessions.map((row) => [row.id, row.status]))).toEqual({
      [paid]: 'paid',
      [oldest]: 'closed',
      [older]: 'closed',
      [newest]: 'open',
    });
    await expect(session('open', 0)).rejects.toThrow(/payment_sessions_one_open_per_booking/);
  });
});
