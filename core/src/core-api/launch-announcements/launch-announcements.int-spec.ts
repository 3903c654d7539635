import { createCoreApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { jobScheduler } from '../../apps/job-scheduler/job-scheduler.definition.js';
import { DEMO_EMAILS, serviceToken, signIn } from '../../testing/auth-fixture.js';
import { eventually } from '../../testing/eventually.js';
import type { CaughtEmail } from '../../testing/mailbox.js';
import { waitForEmail } from '../../testing/mailbox.js';
import { startService } from '../../testing/start-service.js';
import { startSupplierStack, type SupplierStack } from '../../testing/supplier-stack.js';
import { testEnv } from '../../testing/test-env.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

describe('new-launch announcements (VIP customers first)', () => {
  let stack: SupplierStack;
  let coreDb: mongoose.Connection;

  beforeAll(async () => {
    stack = await startSupplierStack();
    coreDb = await mongoose.createConnection(stack.databases.env.CORE_DB_URL).asPromise();
    // Two confirmed trips make the VIP demo account a VIP; the other demo customer has none.
    const vip = await coreDb.collection('credentials').findOne({ email: DEMO_EMAILS.vip });
    for (const key of ['vip-trip-1', 'vip-trip-2']) {
      await stack.sql(`
        INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor,
                              currency, idempotency_key, request_hash, confirmed_at)
        SELECT id, '${String(vip!._id)}', '${DEMO_EMAILS.vip}', 1, 'confirmed', now(), 1000, 'USD', '${key}',
               '${'0'.repeat(64)}', now()
        FROM launches ORDER BY scheduled_at LIMIT 1`);
    }
  }, 90_000);

  afterAll(async () => {
    await coreDb?.close();
    await stack?.stop();
  }, 30_000);

  const caught = async (to: string, subject: string) =>
    ((await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[]).filter(
      (email) => email.subject === subject && email.to.some((recipient) => recipient.address === to),
    );

  it('emails a VIP at once and holds the regular customer’s copy until ANNOUNCEMENT_DELAY_MINUTES later', async () => {
    const missionName = `Announced ${randomUUID().slice(0, 8)}`;
    const subject = `New launch: ${missionName}`;
    const createdAt = Date.now();
    const { data: launch, error } = await stack.asSupplier.POST('/launches', {
      body: {
        rocketId: await stack.idOf('rockets', 'Horizon Heavy'),
        missionName,
        description: 'Announced by a test.',
        launchSite: 'Cape Canaveral SLC-40',
        siteTimeZone: 'America/New_York',
        destination: 'Low Earth Orbit',
        scheduledAt: new Date(createdAt + 30 * DAY_MS).toISOString(),
        pricePerSeatMinor: 25_000_000,
        currency: 'USD',
        minimumOccupancy: 1,
      },
    });
    if (!launch) throw new Error(JSON.stringify(error));

    const vipEmail = await waitForEmail(DEMO_EMAILS.vip, subject);
    expect(vipEmail.text).toContain(`/launches/${launch.id}`);

    const regular = await coreDb.collection('notifications').findOne({ to: DEMO_EMAILS.customer, subject });
    expect(regular).toMatchObject({ status: 'pending', attempts: 0 });
    const dueIn = (regular!.nextAttemptAt as Date).getTime() - createdAt;
    expect(dueIn).toBeGreaterThan(59 * MINUTE_MS);
    expect(dueIn).toBeLessThan(61 * MINUTE_MS);
    // Several dispatcher passes (every 200 ms) later, it is still waiting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await coreDb.collection('notifications').findOne({ _id: regular!._id })).toMatchObject({
      status: 'pending',
    });
    expect(await caught(DEMO_EMAILS.customer, subject)).toHaveLength(0);

    // Announcing again (a retried call) queues nothing new.
    const core = createCoreApiClient({
      baseUrl: stack.core.url,
      accessToken: await serviceToken(stack.authUrl),
    });
    const again = await core.POST('/notifications/launches/{id}/announcement', {
      params: { path: { id: launch.id } },
    });
    expect(again.data).toEqual({ vip: 0, others: 0 });
    expect(await coreDb.collection('notifications').countDocuments({ subject })).toBe(2);

    // Once its time has come, the dispatcher sends it.
    await coreDb
      .collection('notifications')
      .updateOne({ _id: regular!._id }, { $set: { nextAttemptAt: new Date() } });
    await waitForEmail(DEMO_EMAILS.customer, subject);
    expect(await caught(DEMO_EMAILS.vip, subject)).toHaveLength(1);
    expect(await caught(DEMO_EMAILS.customer, subject)).toHaveLength(1);
  }, 60_000);

  it('announces a recent launch Core API never heard of through the repair job, and a second run queues nothing', async () => {
    const missionName = `Missed ${randomUUID().slice(0, 8)}`;
    const subject = `New launch: ${missionName}`;
    // Inserted straight into the Operations DB, as if Admin API's announcement call had found Core API down.
    const [missed] = await stack.sql(`
      INSERT INTO launches (supplier_id, rocket_id, mission_name, description, status, scheduled_at, launch_site,
                            destination, seats_total, minimum_occupancy, price_per_seat_minor, currency)
      SELECT supplier_id, rocket_id, '${missionName}', 'Never announced.', 'scheduled', now() + interval '20 days',
             launch_site, destination, seats_total, 1, price_per_seat_minor, currency
      FROM launches WHERE status = 'scheduled' ORDER BY scheduled_at LIMIT 1
      RETURNING id`);

    // Every second instead of every ten minutes; the Job Scheduler calls Core API as `system`.
    const scheduler = await startService(jobScheduler, {
      ...stack.databases.env,
      AUTH_API_URL: stack.authUrl,
      CORE_API_URL: stack.core.url,
      ANNOUNCEMENT_REPAIR_CRON: '* * * * * *',
    });
    try {
      await eventually(
        async () =>
          (await coreDb
            .collection('jobs')
            .countDocuments({ type: 'launch-announcements', status: 'succeeded' })) > 0
            ? true
            : undefined,
        20_000,
      );
    } finally {
      await scheduler.stop();
    }
    expect(
      await coreDb
        .collection('notifications')
        .find({ subject })
        .map((email) => email.to as string)
        .toArray(),
    ).toEqual(expect.arrayContaining([DEMO_EMAILS.vip, DEMO_EMAILS.customer]));
    expect(await coreDb.collection('notifications').countDocuments({ subject })).toBe(2);
    expect(await waitForEmail(DEMO_EMAILS.vip, subject)).toMatchObject({
      text: expect.stringContaining(`/launches/${String(missed.id)}`),
    });

    const operations = createCoreApiClient({
      baseUrl: stack.core.url,
      accessToken: (await signIn(stack.authUrl, DEMO_EMAILS.operations)).accessToken,
    });
    const again = await operations.POST('/notifications/launches/announcements/missed');
    expect(again.data).toEqual({ launches: 0, vip: 0, others: 0 });
    expect(await coreDb.collection('notifications').countDocuments({ subject })).toBe(2);
  }, 60_000);
});
