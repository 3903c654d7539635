import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { BookingDto } from './customer-booking.dto.js';
import { BookingSystem, type Customer } from '../../testing/booking-system.js';

describe('booking seats through the Customer API', () => {
  const system = new BookingSystem();

  beforeAll(() => system.start(), 90_000);
  afterAll(() => system.stop(), 30_000);

  const seatsOf = async (launchId: string) =>
    (
      await system.pool.query<{ seats_total: number; seats_sold: number }>(
        'SELECT seats_total, seats_sold FROM launches WHERE id = $1',
        [launchId],
      )
    ).rows[0];

  const catalogSeats = async (launchId: string) =>
    (
      (await (await fetch(`${system.customerApi.url}/launches/${launchId}`)).json()) as {
        seatsAvailable: number;
      }
    ).seatsAvailable;

  it('sells exactly the last free seats to 200 concurrent attempts and answers every other one with a 409 problem', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 40, seatsSold: 35 });
    // Ten customers, as one customer may hold a launch only once: the race is between customers.
    const customers: Customer[] = await Promise.all(Array.from({ length: 10 }, () => system.newCustomer()));
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        system.book(customers[index % customers.length], { launchId: launch.id, seats: 1 }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(195);
    const conflicts = responses.filter((response) => response.status === 409);
    for (const conflict of conflicts) {
      expect(conflict.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const details = await Promise.all(
      conflicts.map(async (conflict) => ((await conflict.json()) as { detail: string }).detail),
    );
    expect(details.filter((detail) => detail.startsWith('Not enough seats left')).length).toBeGreaterThan(0);
    for (const detail of details) {
      expect(detail).toMatch(/^(Not enough seats left|You already hold seats on this launch)/);
    }
    expect(await seatsOf(launch.id)).toEqual({ seats_total: 40, seats_sold: 40 });
    const held = await system.pool.query<{ seats: number; customers: number }>(
      `SELECT coalesce(sum(seats), 0)::int AS seats, count(DISTINCT customer_id)::int AS customers
       FROM bookings WHERE launch_id = $1 AND status = 'held'`,
      [launch.id],
    );
    expect(held.rows[0]).toEqual({ seats: 5, customers: 5 });
    expect(await catalogSeats(launch.id)).toBe(0);
  }, 120_000);

  it('answers a hold with its amount, expiry and refund policy, and updates the catalog at once', async () => {
    const launch = await system.createLaunch({ daysAhead: 45, seatsTotal: 10, priceMinor: 250_000 });
    const response = await system.book(system.customer, { launchId: launch.id, seats: 2 });
    expect(response.status).toBe(201);
    const booking = (await response.json()) as BookingDto;
    expect(booking).toMatchObject({
      status: 'held',
      seats: 2,
      amountMinor: 500_000,
      currency: 'USD',
      missionName: launch.missionName,
      refundPolicy: { percentNow: 100, refundNowMinor: 0 },
    });
    const holdMinutes = (Date.parse(booking.holdExpiresAt) - Date.now()) / 60_000;
    expect(holdMinutes).toBeGreaterThan(9);
    expect(holdMinutes).toBeLessThanOrEqual(10);
    expect(await catalogSeats(launch.id)).toBe(8);
    const mine = await system.call(system.customer, 'GET', `/bookings/${booking.id}`);
    expect(mine.body).toEqual(booking);
    const others = await system.call(system.vip, 'GET', `/bookings/${booking.id}`);
    expect(others.status).toBe(404);
  });

  it('returns the original booking for a retry with the same Idempotency-Key and stores one row', async () => {
    const launch = await system.createLaunch({ daysAhead: 50, seatsTotal: 10 });
    const key = randomUUID();
    const first = await system.book(system.customer, { launchId: launch.id, seats: 2 }, key);
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => system.book(system.customer, { launchId: launch.id, seats: 2 }, key)),
    );
    expect(first.status).toBe(201);
    const original = (await first.json()) as BookingDto;
    for (const retry of retries) {
      expect(retry.status).toBe(201);
      expect(((await retry.json()) as BookingDto).id).toBe(original.id);
    }
    const rows = await system.pool.query('SELECT id FROM bookings WHERE idempotency_key = $1', [key]);
    expect(rows.rows).toEqual([{ id: original.id }]);
    expect((await seatsOf(launch.id)).seats_sold).toBe(2);
  });

  it('answers 422 when an Idempotency-Key is reused for a different request, and 400 without a valid key', async () => {
    const launch = await system.createLaunch({ daysAhead: 50, seatsTotal: 10 });
    const key = randomUUID();
    expect((await system.book(system.customer, { launchId: launch.id, seats: 1 }, key)).status).toBe(201);
    const changed = await system.book(system.customer, { launchId: launch.id, seats: 3 }, key);
    expect(changed.status).toBe(422);
    expect(await changed.json()).toMatchObject({
      status: 422,
      detail: expect.stringContaining('Idempotency-Key'),
    });
    const missing = await system.book(system.customer, { launchId: launch.id, seats: 1 }, null);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ detail: 'The Idempotency-Key header is required.' });
    expect((await system.book(system.customer, { launchId: launch.id, seats: 1 }, 'bad key!')).status).toBe(
      400,
    );
    expect((await seatsOf(launch.id)).seats_sold).toBe(1);
  });

  it('refuses launches that cannot be booked with a 409 problem and unknown launches with a 404', async () => {
    const launch = await system.createLaunch({ daysAhead: 20, seatsTotal: 10 });
    await system.pool.query(`UPDATE launches SET status = 'aborted' WHERE id = $1`, [launch.id]);
    const aborted = await system.book(system.customer, { launchId: launch.id, seats: 1 });
    expect(aborted.status).toBe(409);
    const unknown = await system.book(system.customer, { launchId: randomUUID(), seats: 1 });
    expect(unknown.status).toBe(404);
  });

  it('releases the seats of a hold that expires, in the database and in the catalog', async () => {
    const launch = await system.createLaunch({ daysAhead: 30, seatsTotal: 6 });
    const booking = (await (
      await system.book(system.customer, { launchId: launch.id, seats: 3 })
    ).json()) as BookingDto;
    expect(await catalogSeats(launch.id)).toBe(3);
    await system.pool.query(
      `UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1`,
      [booking.id],
    );
    const expire = await fetch(`${system.core.url}/bookings/holds/expire`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.systemToken}` },
    });
    expect(expire.status).toBe(200);
    expect(((await expire.json()) as { expired: number }).expired).toBeGreaterThanOrEqual(1);
    const after = await system.call(system.customer, 'GET', `/bookings/${booking.id}`);
    expect(after.body.status).toBe('expired');
    expect((await seatsOf(launch.id)).seats_sold).toBe(0);
    expect(await catalogSeats(launch.id)).toBe(6);
    const checkout = await system.call(system.customer, 'POST', `/bookings/${booking.id}/checkout`);
    expect(checkout.status).toBe(409);
  });

  it('limits a booking to 4 seats, and to 6 for a VIP with two confirmed bookings', async () => {
    const launch = await system.createLaunch({ daysAhead: 90, seatsTotal: 30 });
    const tooMany = await system.book(system.customer, { launchId: launch.id, seats: 5 });
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toMatchObject({ detail: 'A booking may take at most 4 seats.' });
    expect((await system.book(system.vip, { launchId: launch.id, seats: 5 })).status).toBe(422);
    await system.confirmedBooking(system.vip, launch.id);
    await system.confirmedBooking(system.vip, launch.id);
    const vipSix = await system.book(system.vip, { launchId: launch.id, seats: 6 });
    expect(vipSix.status).toBe(201);
    expect(((await vipSix.json()) as BookingDto).seats).toBe(6);
    expect((await system.book(system.vip, { launchId: launch.id, seats: 7 })).status).toBe(400);
  });

  it('tells customers their seat limit and whether they are a VIP, as the booking engine counts it', async () => {
    type Allowance = {
      vip: boolean;
      maxSeatsPerBooking: number;
      seatLimits: { standard: number; vip: number };
    };
    const regular = await system.call<Allowance>(system.customer, 'GET', '/bookings');
    expect(regular.body).toMatchObject({
      vip: false,
      maxSeatsPerBooking: 4,
      seatLimits: { standard: 4, vip: 6 },
    });

    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 20 });
    await system.confirmedBooking(system.vip, launch.id);
    await system.confirmedBooking(system.vip, launch.id);
    const after = await system.call<Allowance>(system.vip, 'GET', '/bookings');
    expect(after.body).toMatchObject({ vip: true, maxSeatsPerBooking: 6 });
  });

  it('lists my bookings as upcoming, past and cancelled, and never anyone else’s', async () => {
    const launch = await system.createLaunch({ daysAhead: 35, seatsTotal: 10 });
    const other = await system.createLaunch({ daysAhead: 36, seatsTotal: 10 });
    const kept = (await (
      await system.book(system.customer, { launchId: launch.id, seats: 1 })
    ).json()) as BookingDto;
    const dropped = (await (
      await system.book(system.customer, { launchId: other.id, seats: 1 })
    ).json()) as BookingDto;
    expect((await system.call(system.customer, 'POST', `/bookings/${dropped.id}/cancel`)).status).toBe(200);
    const { status, body } = await system.call<{
      upcoming: BookingDto[];
      past: BookingDto[];
      cancelled: BookingDto[];
    }>(system.customer, 'GET', '/bookings');
    expect(status).toBe(200);
    expect(body.upcoming.map((booking) => booking.id)).toContain(kept.id);
    expect(body.cancelled.map((booking) => booking.id)).toContain(dropped.id);
    const vipList = await system.call<{ upcoming: BookingDto[] }>(system.vip, 'GET', '/bookings');
    expect(vipList.body.upcoming.map((booking) => booking.id)).not.toContain(kept.id);
  });
});
