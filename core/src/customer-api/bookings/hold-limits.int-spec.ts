import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BookingDto } from './customer-booking.dto.js';
import { BookingSystem, type Customer } from '../../testing/booking-system.js';

interface Problem {
  status: number;
  detail: string;
}

describe('limits on what one customer may hold', () => {
  const system = new BookingSystem();

  beforeAll(() => system.start(), 90_000);
  afterAll(() => system.stop(), 30_000);

  const heldSeats = async (customer: Customer) =>
    (
      await system.pool.query<{ seats: number }>(
        `SELECT coalesce(sum(seats), 0)::int AS seats FROM bookings WHERE customer_id = $1 AND status = 'held'`,
        [customer.id],
      )
    ).rows[0].seats;

  // One after the other: each creation runs a catalog sync, and syncs do not overlap.
  const createLaunches = async (count: number, daysAhead: number) => {
    const launches = [];
    for (let index = 0; index < count; index += 1) {
      launches.push(await system.createLaunch({ daysAhead: daysAhead + index, seatsTotal: 10 }));
    }
    return launches;
  };

  const hold = async (customer: Customer, launchId: string, seats = 1) => {
    const response = await system.book(customer, { launchId, seats });
    if (response.status !== 201) throw new Error(`hold answered ${response.status}`);
    return (await response.json()) as BookingDto;
  };

  /** Lets the holds run out `minutesAgo` minutes ago and has the expiry job sweep them, as time would. */
  const expire = async (bookingIds: string[], minutesAgo: number) => {
    await system.pool.query(
      `UPDATE bookings SET hold_expires_at = now() - make_interval(mins => $2) WHERE id = ANY($1::uuid[])`,
      [bookingIds, minutesAgo],
    );
    const swept = await fetch(`${system.core.url}/bookings/holds/expire`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.systemToken}` },
    });
    expect(swept.status).toBe(200);
  };

  it('refuses a second hold on the same launch with a 409 naming the booking held, and allows one once it is cancelled', async () => {
    const customer = await system.newCustomer();
    const launch = await system.createLaunch({ daysAhead: 40, seatsTotal: 10 });
    const first = await hold(customer, launch.id, 2);
    const second = await system.book(customer, { launchId: launch.id, seats: 1 });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await second.json()) as Problem).detail).toBe(
      `You already hold seats on this launch (booking ${first.id}); complete or release that booking first.`,
    );
    const seats = await system.pool.query('SELECT seats_sold FROM launches WHERE id = $1', [launch.id]);
    expect(seats.rows[0].seats_sold).toBe(2);
    expect((await system.call(customer, 'POST', `/bookings/${first.id}/cancel`)).status).toBe(200);
    expect((await system.book(customer, { launchId: launch.id, seats: 1 })).status).toBe(201);
  });

  it('lets a customer hold a launch again as soon as their hold on it ran out, before the expiry job sweeps it', async () => {
    const customer = await system.newCustomer();
    const launch = await system.createLaunch({ daysAhead: 40, seatsTotal: 4 });
    const ranOut = await hold(customer, launch.id, 4);
    await system.pool.query(`UPDATE bookings SET hold_expires_at = now() WHERE id = $1`, [ranOut.id]);
    const again = await hold(customer, launch.id, 3);
    expect((await system.call(customer, 'GET', `/bookings/${ranOut.id}`)).body.status).toBe('expired');
    const seats = await system.pool.query('SELECT seats_sold FROM launches WHERE id = $1', [launch.id]);
    expect(seats.rows[0].seats_sold).toBe(again.seats);
  });

  it('never lets one customer hold more than 8 seats, however many holds over several launches they send at once', async () => {
    const customer = await system.newCustomer();
    const launches = await createLaunches(6, 50);
    const responses = await Promise.all(
      launches.flatMap((launch) =>
        Array.from({ length: 3 }, () => system.book(customer, { launchId: launch.id, seats: 4 })),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.filter((status) => status === 409)).toHaveLength(16);
    expect(await heldSeats(customer)).toBe(8);
    const { rows } = await system.pool.query<{ sold: number }>(
      'SELECT coalesce(sum(seats_sold), 0)::int AS sold FROM launches WHERE id = ANY($1::uuid[])',
      [launches.map((launch) => launch.id)],
    );
    expect(rows[0].sold).toBe(8);
    const refused = await system.book(customer, { launchId: launches[0].id, seats: 1 });
    const problem = (await refused.json()) as Problem;
    expect(problem.status).toBe(409);
    expect(problem.detail).toMatch(/^You already hold (8 seat\(s\)|seats on this launch)/);
    const elsewhere = await system.createLaunch({ daysAhead: 70, seatsTotal: 10 });
    expect(await (await system.book(customer, { launchId: elsewhere.id, seats: 1 })).json()).toMatchObject({
      status: 409,
      detail:
        'You already hold 8 seat(s) and may hold at most 8 at a time; pay for or cancel a held booking first.',
    });
  }, 60_000);

  it('cools down a customer who let more than 3 holds expire within a day: 429 with Retry-After, and the reason', async () => {
    const customer = await system.newCustomer();
    const launches = await createLaunches(5, 80);
    const lapsed = [];
    for (const launch of launches.slice(0, 3)) lapsed.push((await hold(customer, launch.id)).id);
    await expire(lapsed, 30);
    // Three expired holds are forgiven.
    const fourth = await hold(customer, launches[3].id);
    await expire([fourth.id], 5);

    const refused = await system.book(customer, { launchId: launches[4].id, seats: 1 });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    expect(((await refused.json()) as Problem).detail).toBe(
      '4 of your holds expired unpaid in the last 24 hours, so you can hold seats again in 10 minute(s).',
    );
    const booked = await system.pool.query('SELECT count(*)::int AS n FROM bookings WHERE launch_id = $1', [
      launches[4].id,
    ]);
    expect(booked.rows[0].n).toBe(0);

    // Once the cool-down has passed, the customer may hold again.
    await system.pool.query(
      `UPDATE bookings SET hold_expires_at = hold_expires_at - interval '11 minutes' WHERE id = $1`,
      [fourth.id],
    );
    expect((await system.book(customer, { launchId: launches[4].id, seats: 1 })).status).toBe(201);
  });
});
