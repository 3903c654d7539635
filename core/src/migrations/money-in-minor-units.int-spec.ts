import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createOperationsDataSource } from '../shared/model/operations/operations-data-source.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../testing/isolated-databases.js';
import { MoneyInMinorUnits1769800000000 } from './1769800000000-money-in-minor-units.js';
import { OPERATIONS_MIGRATIONS } from './index.js';

const BEFORE = OPERATIONS_MIGRATIONS.slice(0, OPERATIONS_MIGRATIONS.indexOf(MoneyInMinorUnits1769800000000));

describe('the money-in-minor-units migration', () => {
  let databases: IsolatedDatabases;
  let dataSource: DataSource;
  const ids: Record<string, string> = {};

  const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T> =>
    (await dataSource.query<T[]>(sql, parameters))[0];

  /** A launch, a booking with a refund, a charge and a refund payment and a session, at the decimal schema. */
  async function insertAtDecimalSchema(name: string, currency: string, price: string, refund: string) {
    const supplier = await one<{ id: string }>(
      `INSERT INTO suppliers (name, description) VALUES ($1, '') RETURNING id`,
      [`Supplier ${name}`],
    );
    const rocket = await one<{ id: string }>(
      `INSERT INTO rockets (supplier_id, name, capacity, range) VALUES ($1, $2, 4, 'orbital') RETURNING id`,
      [supplier.id, `Rocket ${name}`],
    );
    const launch = await one<{ id: string }>(
      `INSERT INTO launches (supplier_id, rocket_id, mission_name, description, scheduled_at, launch_site,
                             destination, seats_total, minimum_occupancy, price_per_seat, currency)
       VALUES ($1, $2, $3, '', now() + interval '60 days', 'Site', 'LEO', 4, 1, $4, $5) RETURNING id`,
      [supplier.id, rocket.id, name, price, currency],
    );
    const booking = await one<{ id: string }>(
      `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount,
                             currency, refund_amount, idempotency_key, request_hash)
       VALUES ($1, gen_random_uuid(), 'c@example.test', 1, 'cancelled', now(), $2, $3, $4, $5, repeat('0', 64))
       RETURNING id`,
      [launch.id, price, currency, refund, `key-${name}`],
    );
    await dataSource.query(
      `INSERT INTO payments (booking_id, provider, provider_ref, amount, currency, status, kind)
       VALUES ($1, 'test', $2, $3, $4, 'succeeded', 'charge'), ($1, 'test', $5, $6, $4, 'succeeded', 'refund')`,
      [booking.id, `ch-${name}`, price, currency, `re-${name}`, refund],
    );
    await dataSource.query(
      `INSERT INTO payment_sessions (booking_id, amount, currency, status) VALUES ($1, $2, $3, 'paid')`,
      [booking.id, price, currency],
    );
    ids[name] = booking.id;
  }

  const money = (name: string, suffix: '_minor' | '') =>
    one<Record<string, string | null>>(
      `SELECT l.price_per_seat${suffix} AS price, b.amount${suffix} AS amount,
              b.refund_amount${suffix} AS refund,
              (SELECT amount${suffix} FROM payments WHERE booking_id = b.id AND kind = 'charge') AS charge,
              (SELECT amount${suffix} FROM payments WHERE booking_id = b.id AND kind = 'refund') AS refunded,
              (SELECT amount${suffix} FROM payment_sessions WHERE booking_id = b.id) AS session
       FROM bookings b JOIN launches l ON l.id = b.launch_id WHERE b.id = $1`,
      [ids[name]],
    );

  const migrate = async (direction: 'up' | 'down') => {
    const runner = dataSource.createQueryRunner();
    try {
      await new MoneyInMinorUnits1769800000000()[direction](runner);
    } finally {
      await runner.release();
    }
  };

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ migrate: false });
    const before = createOperationsDataSource(databases.env.DATABASE_URL, BEFORE);
    await before.initialize();
    await before.runMigrations();
    await before.destroy();
    dataSource = createOperationsDataSource(databases.env.DATABASE_URL, OPERATIONS_MIGRATIONS);
    await dataSource.initialize();
    await insertAtDecimalSchema('dollars', 'USD', '19.99', '19.99');
    await insertAtDecimalSchema('small', 'USD', '1.15', '0.57');
    await insertAtDecimalSchema('yen', 'JPY', '5000.00', '2500.00');
    await insertAtDecimalSchema('dinars', 'KWD', '12.34', '6.17');
    await insertAtDecimalSchema('no refund', 'EUR', '250000.00', '0');
    await dataSource.query(`UPDATE bookings SET refund_amount = NULL WHERE id = $1`, [ids['no refund']]);
    await dataSource.runMigrations();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await databases?.drop();
  }, 30_000);

  it.each([
    { name: 'dollars', price: '1999', refund: '1999' },
    { name: 'small', price: '115', refund: '57' },
    { name: 'yen', price: '5000', refund: '2500' },
    { name: 'dinars', price: '12340', refund: '6170' },
    { name: 'no refund', price: '25000000', refund: null },
  ])('keeps the $name amounts as integer minor units of their currency', async ({ name, price, refund }) => {
    expect(await money(name, '_minor')).toEqual({
      price,
      amount: price,
      refund,
      charge: price,
      refunded: refund ?? '0',
      session: price,
    });
  });

  it('refuses a negative amount as the decimal columns did', async () => {
    await expect(
      dataSource.query(`UPDATE bookings SET refund_amount_minor = -1 WHERE id = $1`, [ids.dollars]),
    ).rejects.toThrow(/bookings_refund_amount_minor_check/);
  });

  it('writes the decimals back when rolled back, and converts them again after', async () => {
    await migrate('down');
    expect(await money('dollars', '')).toEqual({
      price: '19.99',
      amount: '19.99',
      refund: '19.99',
      charge: '19.99',
      refunded: '19.99',
      session: '19.99',
    });
    expect(await money('yen', '')).toMatchObject({ price: '5000.00', refund: '2500.00' });
    await migrate('up');
    expect(await money('small', '_minor')).toMatchObject({ price: '115', refund: '57' });
  });
});
