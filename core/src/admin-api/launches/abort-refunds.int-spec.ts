import { createAdminApiClient, createCoreApiClient, type AdminApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { adminApi } from '../../apps/admin-api/admin-api.definition.js';
import { jobScheduler } from '../../apps/job-scheduler/job-scheduler.definition.js';
import { DEMO_EMAILS, signIn } from '../../testing/auth-fixture.js';
import { BookingSystem } from '../../testing/booking-system.js';
import { eventually } from '../../testing/eventually.js';
import type { CaughtEmail } from '../../testing/mailbox.js';
import { startService, type RunningService } from '../../testing/start-service.js';
import { testEnv } from '../../testing/test-env.js';

describe('aborting a launch cancels and fully refunds its bookings', () => {
  const system = new BookingSystem();
  let admin: RunningService;
  let scheduler: RunningService | undefined;
  let asSupplier: AdminApiClient;
  let supplierId: string;

  beforeAll(async () => {
    await system.start();
    admin = await startService(adminApi, system.env);
    system.services.push(admin);
    const supplier = await signIn(system.env.AUTH_API_URL, DEMO_EMAILS.supplier);
    supplierId = supplier.user.supplierId!;
    asSupplier = createAdminApiClient({ baseUrl: admin.url, accessToken: supplier.accessToken });
  }, 90_000);

  afterAll(async () => {
    await scheduler?.stop();
    await system.stop();
  }, 30_000);

  /** A bookable launch of the demo supplier, 60 days ahead, so a customer cancelling would get 100% anyway. */
  async function supplierLaunch(priceMinor: number) {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 6, priceMinor });
    await system.pool.query(
      `UPDATE launches SET supplier_id = $1,
              rocket_id = (SELECT id FROM rockets WHERE supplier_id = $1 ORDER BY name LIMIT 1)
       WHERE id = $2`,
      [supplierId, launch.id],
    );
    return launch;
  }

  const cancellationEmails = async (bookingId: string) =>
    ((await (await fetch(`${testEnv('MAIL_WEB_URL')}/api/email`)).json()) as CaughtEmail[]).filter(
      (email) => email.subject.startsWith('Booking cancelled') && email.text.includes(bookingId),
    );

  const bookingRow = async (id: string) =>
    (
      await system.pool.query<{ status: string; refund_amount_minor: string | null }>(
        `SELECT status, refund_amount_minor FROM bookings WHERE id = $1`,
        [id],
      )
    ).rows[0];

  const refunds = async (bookingId: string) =>
    (
      await system.pool.query<{ amount_minor: string; status: string }>(
        `SELECT amount_minor, status FROM payments WHERE booking_id = $1 AND kind = 'refund'`,
        [bookingId],
      )
    ).rows;

  it('cancels a paid booking with a full refund payment and one refund email when the supplier aborts', async () => {
    const launch = await supplierLaunch(150_000);
    const booking = await system.confirmedBooking(system.customer, launch.id, 2);
    await eventually(async () => ((await bookingRow(booking.id)).status === 'confirmed' ? true : undefined));

    const { data, error } = await asSupplier.POST('/launches/{id}/transitions', {
      params: { path: { id: launch.id } },
      body: { to: 'aborted', reason: 'engine anomaly' },
    });
    expect(data?.status ?? error).toBe('aborted');

    expect(await bookingRow(booking.id)).toEqual({ status: 'cancelled', refund_amount_minor: '300000' });
    expect(await refunds(booking.id)).toEqual([{ amount_minor: '300000', status: 'succeeded' }]);
    const { body } = await system.call(system.customer, 'GET', `/bookings/${booking.id}`);
    expect(body).toMatchObject({ status: 'cancelled', refundAmountMinor: 300000, launchStatus: 'aborted' });
    const [email] = await eventually(async () => {
      const caught = await cancellationEmails(booking.id);
      return caught.length > 0 ? caught : undefined;
    });
    expect(email.text).toContain('$3,000.00');

    // Asking again (a retry, or the repair job) changes nothing and sends nothing.
    const again = await createCoreApiClient({
      baseUrl: system.core.url,
      accessToken: system.systemToken,
    }).POST('/bookings/launches/{id}/cancel-all', { params: { path: { id: launch.id } } });
    expect(again.data).toEqual({ cancelled: 0, refundedMinor: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await cancellationEmails(booking.id)).toHaveLength(1);
    expect(await refunds(booking.id)).toHaveLength(1);
  }, 60_000);

  it('has the Job Scheduler refund bookings an abort left active, as when Core API was unreachable', async () => {
    const launch = await supplierLaunch(80_000);
    const booking = await system.confirmedBooking(system.customer, launch.id, 1);
    await eventually(async () => ((await bookingRow(booking.id)).status === 'confirmed' ? true : undefined));
    // The abort committed, but its call to Core API never arrived.
    await system.pool.query(`UPDATE launches SET status = 'aborted' WHERE id = $1`, [launch.id]);

    scheduler = await startService(jobScheduler, {
      ...system.env,
      ABORTED_LAUNCH_REFUND_CRON: '* * * * * *',
    });
    await eventually(
      async () => ((await bookingRow(booking.id)).status === 'cancelled' ? true : undefined),
      20_000,
    );
    expect(await bookingRow(booking.id)).toEqual({ status: 'cancelled', refund_amount_minor: '80000' });
    expect(await refunds(booking.id)).toEqual([{ amount_minor: '80000', status: 'succeeded' }]);
    await eventually(async () => ((await cancellationEmails(booking.id)).length === 1 ? true : undefined));

    const coreDb = await mongoose.createConnection(system.env.CORE_DB_URL).asPromise();
    try {
      const runs = await eventually(async () => {
        const found = await coreDb
          .collection('jobs')
          .find({ type: 'aborted-launch-refunds', status: 'succeeded' })
          .toArray();
        return found.length >= 2 ? found : undefined;
      }, 10_000);
      expect(runs.map((run) => run.summary)).toContain('1 booking(s) cancelled on 1 aborted launch(es)');
    } finally {
      await coreDb.close();
    }
    expect(await cancellationEmails(booking.id)).toHaveLength(1);
  }, 60_000);
});
