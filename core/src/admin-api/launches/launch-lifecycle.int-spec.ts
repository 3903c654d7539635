import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS } from '../../testing/auth-fixture.js';
import { waitForEmail } from '../../testing/mailbox.js';
import { startSupplierStack, type SupplierStack } from '../../testing/supplier-stack.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

describe('launches and their lifecycle (Admin API)', () => {
  let stack: SupplierStack;
  let rocketId: string;

  beforeAll(async () => {
    stack = await startSupplierStack();
    rocketId = await stack.idOf('rockets', 'Horizon Heavy');
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function createLaunch(missionName: string, extra: Record<string, unknown> = {}) {
    const { data, error, response } = await stack.asSupplier.POST('/launches', {
      body: {
        rocketId,
        missionName,
        description: 'A test flight.',
        launchSite: 'Cape Canaveral SLC-40',
        siteTimeZone: 'America/New_York',
        destination: 'Low Earth Orbit',
        scheduledAt: inDays(40),
        pricePerSeatMinor: 30_000_000,
        currency: 'USD',
        minimumOccupancy: 2,
        ...extra,
      },
    });
    if (!data) throw new Error(`create answered ${response.status}: ${JSON.stringify(error)}`);
    return data;
  }

  const transition = (
    id: string,
    body: {
      to: 'scheduled' | 'confirmed' | 'delayed' | 'aborted' | 'successful' | 'failed';
      reason?: string;
      newScheduledAt?: string;
    },
  ) => stack.asSupplier.POST('/launches/{id}/transitions', { params: { path: { id } }, body });

  it('shows a newly created launch in the Customer API catalog at once, with the rocket capacity as its default seats', async () => {
    const launch = await createLaunch('Instant Catalog');
    expect(launch).toMatchObject({
      status: 'scheduled',
      seatsTotal: 8,
      seatsSold: 0,
      supplierId: stack.supplierId,
    });
    const { data, response } = await stack.customer.GET('/launches/{id}', {
      params: { path: { id: launch.id } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      missionName: 'Instant Catalog',
      seatsAvailable: 8,
      supplierName: 'Orbital Horizons',
    });
    const { data: list } = await stack.customer.GET('/launches', { params: { query: { limit: 100 } } });
    expect(list?.items.map((item) => item.id)).toContain(launch.id);
  });

  it('refuses a launch in the past, with more seats than the rocket, or a minimum above its seats (422)', async () => {
    for (const extra of [
      { scheduledAt: inDays(-1) },
      { seatsTotal: 9 },
      { seatsTotal: 4, minimumOccupancy: 5 },
    ]) {
      const { response, error } = await stack.asSupplier.POST('/launches', {
        body: {
          rocketId,
          missionName: 'Invalid',
          description: '',
          launchSite: 'Cape',
          siteTimeZone: 'America/New_York',
          destination: 'LEO',
          scheduledAt: inDays(10),
          pricePerSeatMinor: 100,
          currency: 'USD',
          minimumOccupancy: 1,
          ...extra,
        },
      });
      expect({ extra, status: response.status }).toEqual({ extra, status: 422 });
      expect(error).toMatchObject({ status: 422 });
    }
    const { error: both } = await stack.asSupplier.POST('/launches', {
      body: {
        rocketId,
        missionName: 'Invalid',
        description: '',
        launchSite: 'Cape',
        siteTimeZone: 'America/New_York',
        destination: 'LEO',
        scheduledAt: inDays(-1),
        seatsTotal: 9,
        pricePerSeatMinor: 100,
        currency: 'USD',
        minimumOccupancy: 1,
      },
    });
    expect(both?.errors).toEqual([
      { field: 'scheduledAt', codes: ['in-past'], messages: ['The launch date must be in the future.'] },
      { field: 'seatsTotal', codes: ['above-capacity'], messages: [expect.stringContaining('capacity')] },
    ]);
    const badPrice = await stack.asSupplier.POST('/launches', {
      body: {
        rocketId,
        missionName: 'Free',
        description: '',
        launchSite: 'C',
        siteTimeZone: 'UTC',
        destination: 'L',
        scheduledAt: inDays(10),
        pricePerSeatMinor: 0,
        currency: 'XXXX',
        minimumOccupancy: 1,
      },
    });
    expect(badPrice.response.status).toBe(400);
    const decimalPrice = await stack.asSupplier.POST('/launches', {
      body: {
        rocketId,
        missionName: 'Cents as a fraction',
        description: '',
        launchSite: 'C',
        siteTimeZone: 'UTC',
        destination: 'L',
        scheduledAt: inDays(10),
        pricePerSeatMinor: 19.99,
        currency: 'USD',
        minimumOccupancy: 1,
      },
    });
    expect(decimalPrice.response.status).toBe(400);
    expect(decimalPrice.error?.errors).toEqual([
      expect.objectContaining({ field: 'pricePerSeatMinor', codes: ['integer'] }),
    ]);
  });

  it('walks every legal transition and records each one with its actor, reason and date', async () => {
    const launch = await createLaunch('Lifecycle Walk');
    const newDate = inDays(60);
    const steps = [
      { to: 'delayed' as const, reason: 'weather', newScheduledAt: newDate },
      { to: 'scheduled' as const },
      { to: 'confirmed' as const },
      { to: 'delayed' as const, newScheduledAt: inDays(61) },
      { to: 'confirmed' as const },
      { to: 'aborted' as const, reason: 'guidance fault' },
    ];
    for (const step of steps) {
      const { data, error } = await transition(launch.id, step);
      expect({ step, status: data?.status ?? error }).toEqual({ step, status: step.to });
    }
    const { data: history } = await stack.asSupplier.GET('/launches/{id}/history', {
      params: { path: { id: launch.id } },
    });
    const supplierUserId = String(
      (await stack.sql(`SELECT id FROM staff_members WHERE email = '${DEMO_EMAILS.supplier}'`))[0].id,
    );
    expect(history?.items.map(({ from, to, reason }) => ({ from, to, reason }))).toEqual([
      { from: null, to: 'scheduled', reason: null },
      { from: 'scheduled', to: 'delayed', reason: 'weather' },
      { from: 'delayed', to: 'scheduled', reason: null },
      { from: 'scheduled', to: 'confirmed', reason: null },
      { from: 'confirmed', to: 'delayed', reason: null },
      { from: 'delayed', to: 'confirmed', reason: null },
      { from: 'confirmed', to: 'aborted', reason: 'guidance fault' },
    ]);
    expect(history?.items.every((change) => change.actorId === supplierUserId)).toBe(true);
    expect(history?.items[1].scheduledAt).toBe(newDate);
    const { data: catalog } = await stack.customer.GET('/launches/{id}', {
      params: { path: { id: launch.id } },
    });
    expect(catalog?.status).toBe('aborted');
  });

  it('marks a confirmed launch successful or failed only once its date has come', async () => {
    const flown = await createLaunch('Flown');
    const lost = await createLaunch('Lost');
    for (const launch of [flown, lost])
      expect((await transition(launch.id, { to: 'confirmed' })).data?.status).toBe('confirmed');

    const early = await transition(flown.id, { to: 'successful' });
    expect(early.response.status).toBe(409);
    expect(early.error?.detail).toMatch(/before its date/);

    await stack.sql(
      `UPDATE launches SET scheduled_at = now() - interval '1 hour' WHERE id IN ('${flown.id}', '${lost.id}')`,
    );
    expect((await transition(flown.id, { to: 'successful' })).data?.status).toBe('successful');
    expect((await transition(lost.id, { to: 'failed' })).data?.status).toBe('failed');
  });

  it('states what a launch may become now and whether its supplier may still edit it', async () => {
    const launch = await createLaunch('Stated Facts');
    expect(launch).toMatchObject({ nextStatuses: ['confirmed', 'delayed', 'aborted'], editable: true });
    const confirmed = (await transition(launch.id, { to: 'confirmed' })).data;
    expect(confirmed).toMatchObject({ nextStatuses: ['delayed', 'aborted'], editable: false });

    await stack.sql(`UPDATE launches SET scheduled_at = now() - interval '1 hour' WHERE id = '${launch.id}'`);
    const { data } = await stack.asSupplier.GET('/launches/{id}', { params: { path: { id: launch.id } } });
    expect(data).toMatchObject({
      nextStatuses: ['successful', 'failed', 'delayed', 'aborted'],
      editable: false,
    });
    const flown = (await transition(launch.id, { to: 'successful' })).data;
    expect(flown).toMatchObject({ nextStatuses: [], editable: false });
  });

  it('rejects transitions the lifecycle does not allow with a 409 problem listing the allowed ones', async () => {
    const launch = await createLaunch('Illegal Moves');
    const skip = await transition(launch.id, { to: 'successful' });
    expect(skip.response.status).toBe(409);
    expect(skip.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(skip.error?.detail).toBe(
      'A scheduled launch cannot become successful; allowed: confirmed, delayed, aborted.',
    );
    await transition(launch.id, { to: 'aborted', reason: 'cancelled' });
    const revive = await transition(launch.id, { to: 'scheduled' });
    expect(revive.response.status).toBe(409);
    expect(revive.error?.detail).toMatch(/allowed: none/);
  });

  it('requires a future date to delay and a reason to abort (422), changing nothing', async () => {
    const launch = await createLaunch('Needs Details');
    expect((await transition(launch.id, { to: 'delayed' })).response.status).toBe(422);
    expect((await transition(launch.id, { to: 'delayed', newScheduledAt: inDays(-2) })).response.status).toBe(
      422,
    );
    expect((await transition(launch.id, { to: 'aborted' })).response.status).toBe(422);
    const { data: history } = await stack.asSupplier.GET('/launches/{id}/history', {
      params: { path: { id: launch.id } },
    });
    expect(history?.items).toHaveLength(1);
  });

  it('edits a scheduled launch but never below the seats sold nor its date once seats are sold, and not once it is confirmed', async () => {
    const launch = await createLaunch('Editable');
    await stack.sql(`UPDATE launches SET seats_sold = 3 WHERE id = '${launch.id}'`);
    const params = { params: { path: { id: launch.id } } };
    const tooFew = await stack.asSupplier.PATCH('/launches/{id}', { ...params, body: { seatsTotal: 2 } });
    expect(tooFew.response.status).toBe(409);
    const silentlyMoved = await stack.asSupplier.PATCH('/launches/{id}', {
      ...params,
      body: { scheduledAt: inDays(90) },
    });
    expect(silentlyMoved.response.status).toBe(409);
    const { data } = await stack.asSupplier.PATCH('/launches/{id}', {
      ...params,
      body: { seatsTotal: 3, minimumOccupancy: 3, pricePerSeatMinor: 31_000_050, missionName: 'Edited' },
    });
    expect(data).toMatchObject({
      seatsTotal: 3,
      seatsAvailable: 0,
      viable: true,
      occupancyRate: 1,
      pricePerSeatMinor: 31_000_050,
    });
    expect((await stack.customer.GET('/launches/{id}', params)).data?.missionName).toBe('Edited');
    await transition(launch.id, { to: 'confirmed' });
    expect(
      (await stack.asSupplier.PATCH('/launches/{id}', { ...params, body: { description: 'late' } })).response
        .status,
    ).toBe(409);
  });

  it('refuses null for a field of a launch with a 400 problem, changing nothing', async () => {
    const launch = await createLaunch('Null Edits');
    const params = { params: { path: { id: launch.id } } };
    for (const field of ['missionName', 'pricePerSeatMinor', 'seatsTotal', 'scheduledAt']) {
      const { response, error } = await stack.asSupplier.PATCH('/launches/{id}', {
        ...params,
        body: { [field]: null } as never,
      });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(error).toMatchObject({ status: 400, errors: [expect.objectContaining({ field })] });
    }
    const { data } = await stack.asSupplier.GET('/launches/{id}', params);
    expect(data).toMatchObject({
      missionName: 'Null Edits',
      pricePerSeatMinor: 30_000_000,
      scheduledAt: launch.scheduledAt,
    });
  });

  it("answers 404 to a supplier reading, editing or moving another organisation's launch", async () => {
    const id = await stack.idOf('launches', 'Artemis Tourist I');
    const params = { params: { path: { id } } };
    expect((await stack.asSupplier.GET('/launches/{id}', params)).response.status).toBe(404);
    expect((await stack.asSupplier.GET('/launches/{id}/history', params)).response.status).toBe(404);
    expect(
      (await stack.asSupplier.PATCH('/launches/{id}', { ...params, body: { missionName: 'Mine' } })).response
        .status,
    ).toBe(404);
    expect((await transition(id, { to: 'aborted', reason: 'hostile takeover' })).response.status).toBe(404);
    const foreignRocket = await stack.idOf('rockets', 'Selene Pioneer');
    const onForeignRocket = await stack.asSupplier.POST('/launches', {
      body: {
        rocketId: foreignRocket,
        missionName: 'X',
        description: '',
        launchSite: 'C',
        siteTimeZone: 'UTC',
        destination: 'L',
        scheduledAt: inDays(9),
        pricePerSeatMinor: 100,
        currency: 'USD',
        minimumOccupancy: 0,
      },
    });
    expect(onForeignRocket.response.status).toBe(404);
    const [row] = await stack.sql(`SELECT mission_name, status FROM launches WHERE id = '${id}'`);
    expect(row).toEqual({ mission_name: 'Artemis Tourist I', status: 'scheduled' });
  });

  it('lists launches with occupancy, filtered by status and date and sorted by occupancy', async () => {
    const { data, error } = await stack.asSupplier.GET('/launches', {
      params: {
        query: { status: 'scheduled', from: new Date().toISOString(), to: inDays(39), sort: 'occupancy' },
      },
    });
    if (!data) throw new Error(JSON.stringify(error));
    const items = data.items;
    expect(items.length).toBeGreaterThan(1);
    expect(
      items.every((launch) => launch.status === 'scheduled' && launch.supplierId === stack.supplierId),
    ).toBe(true);
    expect(items.every((launch) => Date.parse(launch.scheduledAt) < Date.parse(inDays(39)))).toBe(true);
    const rates = items.map((launch) => launch.occupancyRate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    for (const launch of items) {
      expect(launch.occupancyRate).toBeCloseTo(launch.seatsSold / launch.seatsTotal, 3);
      expect(launch.viable).toBe(launch.seatsSold >= launch.minimumOccupancy);
    }
  });

  it('emails every transition to the supplier staff and to each customer with a confirmed booking', async () => {
    const launch = await createLaunch(`Mail Test ${randomUUID().slice(0, 8)}`);
    const customerEmail = `booked-${randomUUID().slice(0, 8)}@astrobookings.test`;
    await stack.sql(`
      INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor, currency,
                            idempotency_key, request_hash, confirmed_at)
      VALUES ('${launch.id}', '${randomUUID()}', '${customerEmail}', 2, 'confirmed', now(), 600000, 'USD',
              'k-${randomUUID()}', '${'0'.repeat(64)}', now())`);
    await transition(launch.id, { to: 'delayed', reason: 'range conflict', newScheduledAt: inDays(45) });
    for (const to of [DEMO_EMAILS.supplier, customerEmail]) {
      const email = await waitForEmail(to, `${launch.missionName}: launch delayed`);
      expect(email.text).toContain('Reason: range conflict');
    }
  }, 30_000);

  async function insertBooking(
    launchId: string,
    status: 'confirmed' | 'cancelled',
    passengers: string[],
  ): Promise<{ id: string; email: string }> {
    const email = `booked-${randomUUID().slice(0, 8)}@astrobookings.test`;
    const [booking] = await stack.sql(`
      INSERT INTO bookings (launch_id, customer_id, customer_email, seats, status, hold_expires_at, amount_minor, currency,
                            idempotency_key, request_hash, confirmed_at)
      VALUES ('${launchId}', '${randomUUID()}', '${email}', ${passengers.length}, '${status}', now(), 1000, 'USD',
              'k-${randomUUID()}', '${'0'.repeat(64)}', now())
      RETURNING id`);
    for (const [index, name] of passengers.entries()) {
      await stack.sql(
        `INSERT INTO passengers (booking_id, seat_number, full_name)
         VALUES ('${String(booking.id)}', ${index + 1}, '${name.replace(/'/g, "''")}')`,
      );
    }
    return { id: String(booking.id), email };
  }

  it('lists the bookings and the manifest of confirmed passengers, and exports it as escaped CSV', async () => {
    const launch = await createLaunch('Manifest Flight');
    const first = await insertBooking(launch.id, 'confirmed', ['Smith, Jane', 'Joe "Rocket" O\'Neil']);
    await insertBooking(launch.id, 'cancelled', ['Gone Person']);
    const second = await insertBooking(launch.id, 'confirmed', ['=SUM(A1)']);
    const params = { params: { path: { id: launch.id } } };

    const { data: bookings } = await stack.asSupplier.GET('/launches/{id}/bookings', params);
    expect(bookings?.items.map((booking) => booking.status)).toEqual(['confirmed', 'cancelled', 'confirmed']);
    expect(bookings?.items[0].passengers).toHaveLength(2);

    const { data: manifest } = await stack.asSupplier.GET('/launches/{id}/manifest', params);
    expect(manifest?.passengers).toEqual([
      { seat: 1, fullName: 'Smith, Jane', bookingId: first.id, customerEmail: first.email },
      { seat: 2, fullName: 'Joe "Rocket" O\'Neil', bookingId: first.id, customerEmail: first.email },
      { seat: 3, fullName: '=SUM(A1)', bookingId: second.id, customerEmail: second.email },
    ]);

    const csv = await fetch(`${stack.admin.url}/launches/${launch.id}/manifest.csv`, {
      headers: { authorization: `Bearer ${stack.supplierToken}` },
    });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe(
      [
        'seat,full_name,booking_id,customer_email',
        `1,"Smith, Jane",${first.id},${first.email}`,
        `2,"Joe ""Rocket"" O'Neil",${first.id},${first.email}`,
        `3,'=SUM(A1),${second.id},${second.email}`,
        '',
      ].join('\r\n'),
    );

    const foreign = await stack.idOf('launches', 'Artemis Tourist I');
    const hidden = await fetch(`${stack.admin.url}/launches/${foreign}/manifest.csv`, {
      headers: { authorization: `Bearer ${stack.supplierToken}` },
    });
    expect(hidden.status).toBe(404);
  });
});
