import { createCoreApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { jobScheduler } from '../../apps/job-scheduler/job-scheduler.definition.js';
import type { BookingDto } from '../bookings/booking.dto.js';
import { BookingSystem } from '../../testing/booking-system.js';
import { eventually } from '../../testing/eventually.js';
import { startService, type RunningService } from '../../testing/start-service.js';

describe('hold expiry job', () => {
  const system = new BookingSystem();
  let scheduler: RunningService | undefined;

  beforeAll(() => system.start(), 90_000);
  afterAll(async () => {
    await scheduler?.stop();
    await system.stop();
  }, 30_000);

  // Before the scheduler starts below, so only this test's call expires holds.
  it('expires the overdue holds of several launches at once, giving each launch back exactly their seats', async () => {
    const first = await system.createLaunch({ daysAhead: 20, seatsTotal: 4 });
    const second = await system.createLaunch({ daysAhead: 25, seatsTotal: 6 });
    const hold = async (customer: typeof system.customer, launchId: string, seats: number) =>
      ((await (await system.book(customer, { launchId, seats })).json()) as BookingDto).id;
    const overdue = [
      await hold(system.customer, first.id, 2),
      await hold(system.vip, first.id, 1),
      await hold(system.vip, second.id, 3),
    ];
    const fresh = await hold(system.customer, second.id, 1);
    await system.pool.query(`UPDATE bookings SET hold_expires_at = now() WHERE id = ANY($1::uuid[])`, [
      overdue,
    ]);

    const core = createCoreApiClient({ baseUrl: system.core.url, accessToken: system.systemToken });
    expect((await core.POST('/bookings/holds/expire')).data).toEqual({ expired: 3 });
    expect((await core.POST('/bookings/holds/expire')).data).toEqual({ expired: 0 });

    const { rows: bookings } = await system.pool.query<{ id: string; status: string }>(
      `SELECT id, status FROM bookings WHERE id = ANY($1::uuid[])`,
      [[...overdue, fresh]],
    );
    expect(Object.fromEntries(bookings.map((row) => [row.id, row.status]))).toEqual({
      [overdue[0]]: 'expired',
      [overdue[1]]: 'expired',
      [overdue[2]]: 'expired',
      [fresh]: 'held',
    });
    const { rows: launches } = await system.pool.query<{ id: string; seats_sold: number }>(
      `SELECT id, seats_sold FROM launches WHERE id = ANY($1::uuid[])`,
      [[first.id, second.id]],
    );
    expect(Object.fromEntries(launches.map((row) => [row.id, row.seats_sold]))).toEqual({
      [first.id]: 0,
      [second.id]: 1,
    });
    const catalog = await fetch(`${system.customerApi.url}/launches/${second.id}`);
    expect(await catalog.json()).toMatchObject({ seatsAvailable: 5 });
  }, 60_000);

  it('has the Job Scheduler expire an unpaid hold on its schedule and put the seats back on sale', async () => {
    const launch = await system.createLaunch({ daysAhead: 30, seatsTotal: 4 });
    const booking = (await (
      await system.book(system.customer, { launchId: launch.id, seats: 4 })
    ).json()) as BookingDto;
    expect((await system.book(system.vip, { launchId: launch.id, seats: 1 })).status).toBe(409);
    await system.pool.query(`UPDATE bookings SET hold_expires_at = now() WHERE id = $1`, [booking.id]);
    // Every second instead of every minute, so the test need not wait for the next minute.
    scheduler = await startService(jobScheduler, { ...system.env, HOLD_EXPIRY_CRON: '* * * * * *' });

    await eventually(async () => {
      const { body } = await system.call(system.customer, 'GET', `/bookings/${booking.id}`);
      return body.status === 'expired' ? true : undefined;
    }, 20_000);
    expect((await system.book(system.vip, { launchId: launch.id, seats: 1 })).status).toBe(201);
    const coreDb = await mongoose.createConnection(system.env.CORE_DB_URL).asPromise();
    try {
      const job = await coreDb.collection('jobs').findOne({ type: 'hold-expiry', status: 'succeeded' });
      expect(job).toMatchObject({ trigger: 'cron' });
    } finally {
      await coreDb.close();
    }
  }, 60_000);
});
