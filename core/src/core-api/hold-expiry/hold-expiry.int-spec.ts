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
