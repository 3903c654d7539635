import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { BookingDto } from '../bookings/booking.dto.js';
import { BookingSystem } from '../../testing/booking-system.js';

describe('Core API with no payment provider configured', () => {
  const system = new BookingSystem();

  beforeAll(() => system.start({ PAYMENT_PROVIDER: 'none' }), 90_000);
  afterAll(() => system.stop(), 30_000);

  it('still holds seats but refuses checkout with a 503 problem, opening no payment session', async () => {
    const launch = await system.createLaunch({ daysAhead: 60, seatsTotal: 10 });
    const created = await system.book(system.customer, { launchId: launch.id, seats: 1 });
    expect(created.status).toBe(201);
    const booking = (await created.json()) as BookingDto;
    await system.call(system.customer, 'PUT', `/bookings/${booking.id}/passengers`, {
      passengers: [{ fullName: 'Ada Lovelace' }],
    });

    const checkout = await system.call(system.customer, 'POST', `/bookings/${booking.id}/checkout`);
    expect(checkout).toEqual({
      status: 503,
      body: expect.objectContaining({
        status: 503,
        detail: 'Payments are not configured: seats can be held but not paid for yet.',
      }),
    });
    const sessions = await system.pool.query('SELECT id FROM payment_sessions WHERE booking_id = $1', [
      booking.id,
    ]);
    expect(sessions.rows).toEqual([]);
    expect((await system.call(system.customer, 'GET', `/bookings/${booking.id}`)).body.status).toBe('held');
  });

  it('mounts neither the simulated checkout pages nor its webhook, so no test card can confirm a booking', async () => {
    const page = await fetch(`${system.core.url}/payments/simulated/${randomUUID()}`);
    expect(page.status).toBe(404);
    expect(await page.json()).toMatchObject({ detail: expect.stringMatching(/^Cannot GET/) });
    const webhook = await fetch(`${system.core.url}/payments/webhooks/simulated`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(webhook.status).toBe(404);
    expect(await webhook.json()).toMatchObject({ detail: expect.stringMatching(/^Cannot POST/) });
  });
});
