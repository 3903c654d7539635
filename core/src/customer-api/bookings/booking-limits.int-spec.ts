import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { BookingSystem, type Customer } from '../../testing/booking-system.js';

const HOLDS_PER_HOUR = 2;
const REQUESTS_PER_MINUTE = 30;

describe('request limits of the Customer API', () => {
  const system = new BookingSystem();
  // One launch per hold: a customer may hold each launch only once, and this test is about the rate.
  const launchIds: string[] = [];
  let holdCounter = 0;
  let addressCounter = 0;
  // Each client has its own address, which the Customer API is told the way the customer BFF tells it.
  const freshAddress = () => `203.0.113.${++addressCounter}`;

  beforeAll(async () => {
    await system.start({
      BOOKING_HOLDS_PER_HOUR: String(HOLDS_PER_HOUR),
      API_RATE_LIMIT_PER_MINUTE: String(REQUESTS_PER_MINUTE),
    });
    for (let launch = 0; launch < 8; launch += 1) {
      launchIds.push((await system.createLaunch({ daysAhead: 60 + launch, seatsTotal: 50 })).id);
    }
    await system.syncCatalog();
  }, 90_000);
  afterAll(() => system.stop(), 30_000);

  const hold = (customer: Customer, clientAddress: string) =>
    fetch(`${system.customerApi.url}/bookings`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${customer.token}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
        'x-forwarded-for': clientAddress,
      },
      body: JSON.stringify({ launchId: launchIds[holdCounter++ % launchIds.length], seats: 1 }),
    });

  it('refuses holds from one client address over its hourly limit, whichever customer places them', async () => {
    const client = freshAddress();
    expect((await hold(system.customer, client)).status).toBe(201);
    expect((await hold(system.vip, client)).status).toBe(201);
    const refused = await hold(system.customer, client);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it("refuses a customer's holds over the hourly limit from any address, while other customers still hold", async () => {
    expect((await hold(system.customer, freshAddress())).status).toBe(429);
    expect((await hold(system.vip, freshAddress())).status).toBe(201);
    expect((await hold(system.vip, freshAddress())).status).toBe(429);
  });

  it('limits anonymous requests per client address, without affecting other clients', async () => {
    const client = freshAddress();
    const browse = (address: string) =>
      fetch(`${system.customerApi.url}/launches`, { headers: { 'x-forwarded-for': address } });
    const statuses: number[] = [];
    for (let request = 0; request <= REQUESTS_PER_MINUTE; request += 1) {
      statuses.push((await browse(client)).status);
    }
    expect(statuses).toEqual([...Array(REQUESTS_PER_MINUTE).fill(200), 429]);
    expect((await browse(freshAddress())).status).toBe(200);
  });

  it('limits a signed-in customer per account, from whatever address the requests come', async () => {
    const statuses: number[] = [];
    for (let request = 0; request <= REQUESTS_PER_MINUTE; request += 1) {
      const response = await fetch(`${system.customerApi.url}/bookings`, {
        headers: { authorization: `Bearer ${system.customer.token}`, 'x-forwarded-for': freshAddress() },
      });
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(REQUESTS_PER_MINUTE);
  });
});
