import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { createOperationsDataSource } from '../model/operations/operations-data-source.js';
import type { BookingStatus } from '../rules/booking-status.js';
import { isVip, MAX_SEATS, maxSeatsPerBooking, VIP_MAX_SEATS } from '../rules/seat-limit.js';
import { ConfirmedTripsRepository } from './confirmed-trips.repository.js';

describe('confirmed trips (the VIP rule in the Operations DB)', () => {
  let databases: IsolatedDatabases;
  let dataSource: DataSource;
  let trips: ConfirmedTripsRepository;
  const customers = {
    newcomer: randomUUID(),
    undecided: randomUUID(),
    oneTrip: randomUUID(),
    twoTrips: randomUUID(),
    threeTrips: randomUUID(),
  };

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ seed: true });
    dataSource = createOperationsDataSource(databases.env.DATABASE_URL);
    await dataSource.initialize();
    trips = new ConfirmedTripsRepository(dataSource);
    await book(customers.undecided, ['held', 'cancelled', 'expired']);
    await book(customers.oneTrip, ['confirmed', 'held', 'cancelled', 'expired']);
    await book(customers.twoTrips, ['confirmed', 'confirmed']);
    await book(customers.threeTrips, ['confirmed', 'confirmed', 'confirmed', 'held']);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await databases?.drop();
  }, 30_000);

  it('counts only confirmed bookings: held, cancelled and expired ones are no trips', async () => {
    expect(await trips.count(customers.newcomer)).toBe(0);
    expect(await trips.count(customers.undecided)).toBe(0);
    expect(await trips.count(customers.oneTrip)).toBe(1);
    expect(await trips.count(customers.twoTrips)).toBe(2);
    expect(await trips.count(customers.threeTrips)).toBe(3);
  });

  it('names as VIPs exactly the customers with two confirmed trips or more', async () => {
    expect(await trips.vipCustomers()).toEqual(new Set([customers.twoTrips, customers.threeTrips]));
  });

  it('gives the announcement audience and the booking limit the same VIPs', async () => {
    const vips = await trips.vipCustomers();
    for (const customer of Object.values(customers)) {
      const confirmed = await trips.count(customer);
      expect(vips.has(customer)).toBe(isVip(confirmed));
      expect(maxSeatsPerBooking(confirmed)).toBe(vips.has(customer) ? VIP_MAX_SEATS : MAX_SEATS);
    }
  });

  it('counts a trip the caller’s transaction confirmed, and only in that transaction', async () => {
    const rolledBack = new Error('roll back');
    await expect(
      dataSource.transaction(async (manager) => {
        await book(customers.oneTrip, ['confirmed'], manager);
        expect(await trips.count(customers.oneTrip, manager)).toBe(2);
        expect(await trips.count(customers.oneTrip)).toBe(1);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await trips.count(customers.oneTrip)).toBe(1);
  });

  async function book(
    customerId: string,
    statuses: BookingStatus[],
    manager: EntityManager = dataSource.manager,
  ): Promise<void> {
    for (const status of statuses) {
      await manager.query(
        `INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                               currency, idempotency_key, request_hash)
         SELECT id, $1, 'traveller@astrobookings.test', 1, $2, now(), 1000, 'USD', $3, $4
         FROM launches ORDER BY scheduled_at LIMIT 1`,
        [customerId, status, randomUUID(), '0'.repeat(64)],
      );
    }
  }
});
