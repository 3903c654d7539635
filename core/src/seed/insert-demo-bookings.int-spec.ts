import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import type { DataSource } from 'typeorm';
import { createOperationsDataSource } from '../shared/model/operations/operations-data-source.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../testing/isolated-databases.js';
import { insertDemoBookings } from './insert-demo-bookings.js';
import { maxSeatsPerBooking } from '../shared/rules/seat-limit.js';

describe('demo bookings', () => {
  let databases: IsolatedDatabases;
  let dataSource: DataSource;
  let coreDb: mongoose.Connection;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    dataSource = createOperationsDataSource(databases.env.DATABASE_URL);
    await dataSource.initialize();
    coreDb = await mongoose.createConnection(databases.env.CORE_DB_URL).asPromise();
  }, 60_000);

  afterAll(async () => {
    await coreDb?.close();
    await dataSource?.destroy();
    await databases?.drop();
  }, 30_000);

  it('makes the VIP demo account a VIP with two confirmed trips, once, counting the upcoming seat as sold', async () => {
    const soldBefore = await totalSold();
    expect(await insertDemoBookings(dataSource, coreDb)).toBe(2);
    expect(await insertDemoBookings(dataSource, coreDb)).toBe(0);
    const rows = await dataSource.query<Array<{ status: string; customer_email: string }>>(
      `SELECT b.status, b.customer_email FROM bookings b ORDER BY b.created_at`,
    );
    expect(rows).toEqual([
      { status: 'confirmed', customer_email: 'vip@astrobookings.test' },
      { status: 'confirmed', customer_email: 'vip@astrobookings.test' },
    ]);
    expect(maxSeatsPerBooking(rows.length)).toBe(6);
    expect(await totalSold()).toBe(soldBefore + 1);
  });

  async function totalSold(): Promise<number> {
    const [{ sold }] = await dataSource.query<
      Array<{
        sold: number;
      }>
    >(`SELECT sum(seats_sold)::int AS sold FROM launches`);
    return sold;
  }
});
