import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { jobScheduler } from '../../apps/job-scheduler/job-scheduler.definition.js';
import { BookingSystem } from '../../testing/booking-system.js';
import { eventually } from '../../testing/eventually.js';
import type { CaughtEmail } from '../../testing/mailbox.js';
import { startService, type RunningService } from '../../testing/start-service.js';
import { testEnv } from '../../testing/test-env.js';

describe('launch reminders (Job Scheduler → Core API)', () => {
  const system = new BookingSystem();
  let scheduler: RunningService | undefined;
  let coreDb: mongoose.Connection;

  beforeAll(async () => {
    await system.start();
    coreDb = await mongoose.createConnection(system.env.CORE_DB_URL).asPromise();
  }, 90_000);

  afterAll(async () => {
    await scheduler?.stop();
    await coreDb?.close();
    await system.stop();
  }, 30_000);

  const remindersAbout = async (bookingId: string) =>
    ((await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[]).filter(
      (email) => email.subject.startsWith('Launch reminder') && email.text.includes(bookingId),
    );

  it('reminds each confirmed booking of a launch within REMINDER_LEAD_HOURS once, however often the job runs', async () => {
    const soon = await system.createLaunch({ daysAhead: 1, seatsTotal: 4 });
    const later = await system.createLaunch({ daysAhead: 10, seatsTotal: 4 });
    const near = await system.confirmedBooking(system.customer, soon.id, 2);
    const far = await system.confirmedBooking(system.customer, later.id, 1);
    await eventually(async () => {
      const { rows } = await system.pool.query(
        `SELECT 1 FROM bookings WHERE id = ANY($1::uuid[]) AND status = 'confirmed'`,
        [[near.id, far.id]],
      );
      return rows.length === 2 ? true : undefined;
    });

    // Every second instead of hourly, so the test sees several runs.
    scheduler = await startService(jobScheduler, { ...system.env, REMINDER_CRON: '* * * * * *' });
    const [email] = await eventually(async () => {
      const caught = await remindersAbout(near.id);
      return caught.length > 0 ? caught : undefined;
    }, 20_000);
    expect(email.subject).toBe(`Launch reminder: ${soon.missionName}`);
    expect(email.to.map((recipient) => recipient.address)).toEqual([system.customer.email]);

    const runsSoFar = await coreDb.collection('jobs').countDocuments({ type: 'launch-reminders' });
    await eventually(async () => {
      const runs = await coreDb
        .collection('jobs')
        .countDocuments({ type: 'launch-reminders', status: 'succeeded' });
      return runs >= runsSoFar + 2 ? true : undefined;
    }, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await remindersAbout(near.id)).toHaveLength(1);
    expect(await remindersAbout(far.id)).toHaveLength(0);
    expect(
      await coreDb
        .collection('notifications')
        .countDocuments({ subject: `Launch reminder: ${soon.missionName}` }),
    ).toBe(1);
    const { rows } = await system.pool.query<{ id: string; reminded: boolean }>(
      `SELECT id, reminded_at IS NOT NULL AS reminded FROM bookings WHERE id = ANY($1::uuid[])`,
      [[near.id, far.id]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.reminded]))).toEqual({
      [near.id]: true,
      [far.id]: false,
    });
  }, 60_000);
});
