import { createCoreApiClient, createCustomerApiClient, type CustomerApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { coreApi } from '../../apps/core-api/core-api.definition.js';
import { customerApi } from '../../apps/customer-api/customer-api.definition.js';
import { BOOKABLE_STATUSES } from '../../shared/rules/launch-status.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { serviceToken, startAuthApi } from '../../testing/auth-fixture.js';
import { startService, type RunningService } from '../../testing/start-service.js';

// Seed data: 12 launches, of which 9 are ahead of now in a bookable status (scheduled, confirmed, delayed).
const UPCOMING_BOOKABLE = 9;

describe('Customer API launches', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let core: RunningService;
  let customer: RunningService;
  let client: CustomerApiClient;

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ seed: true });
    auth = await startAuthApi(databases);
    core = await startService(coreApi, { ...databases.env, AUTH_API_URL: auth.url });
    customer = await startService(customerApi, {
      ...databases.env,
      CORE_API_URL: core.url,
      AUTH_API_URL: auth.url,
    });
    client = createCustomerApiClient({ baseUrl: customer.url });
    const { data } = await createCoreApiClient({
      baseUrl: core.url,
      accessToken: await serviceToken(auth.url),
    }).POST('/sync/catalog');
    expect(data?.status).toBe('succeeded');
  }, 60_000);

  afterAll(async () => {
    await customer?.stop();
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('lists only upcoming bookable launches, soonest first', async () => {
    const { data, response } = await client.GET('/launches', { params: { query: { limit: 100 } } });
    expect(response.status).toBe(200);
    expect(data?.total).toBe(UPCOMING_BOOKABLE);
    const items = data!.items;
    expect(items).toHaveLength(UPCOMING_BOOKABLE);
    const times = items.map((launch) => Date.parse(launch.scheduledAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const launch of items) {
      expect(BOOKABLE_STATUSES).toContain(launch.status);
      expect(Date.parse(launch.scheduledAt)).toBeGreaterThan(Date.now());
      expect(launch.seatsAvailable).toBeGreaterThan(0);
      expect(Number.isSafeInteger(launch.pricePerSeatMinor)).toBe(true);
    }
  });

  it('pages through the list with limit and offset', async () => {
    const all = (await client.GET('/launches', { params: { query: { limit: 100 } } })).data!.items;
    const page = (await client.GET('/launches', { params: { query: { limit: 4, offset: 4 } } })).data!;
    expect(page.total).toBe(UPCOMING_BOOKABLE);
    expect(page.items.map((launch) => launch.id)).toEqual(all.slice(4, 8).map((launch) => launch.id));
  });

  it('filters by destination, date range, price and seats left, combined with AND', async () => {
    const all = (await client.GET('/launches', { params: { query: { limit: 100 } } })).data!.items;
    const search = async (query: Record<string, string | number>) => {
      const { data, response } = await client.GET('/launches', {
        params: { query: { limit: 100, ...query } },
      });
      expect(response.status).toBe(200);
      expect(data!.total).toBe(data!.items.length);
      return data!.items.map((launch) => launch.id);
    };
    const ids = (launches: typeof all) => launches.map((launch) => launch.id);

    const destination = all[all.length - 1].destination;
    expect(await search({ destination })).toEqual(ids(all.filter((l) => l.destination === destination)));

    const from = all[2].scheduledAt;
    const to = all[5].scheduledAt;
    expect(await search({ from, to })).toEqual(ids(all.slice(2, 6)));

    const prices = all.map((launch) => launch.pricePerSeatMinor).sort((a, b) => a - b);
    const [minPriceMinor, maxPriceMinor] = [prices[2], prices[6]];
    expect(await search({ minPriceMinor, maxPriceMinor })).toEqual(
      ids(all.filter((l) => l.pricePerSeatMinor >= minPriceMinor && l.pricePerSeatMinor <= maxPriceMinor)),
    );

    const minSeats = 4;
    const roomy = all.filter((l) => l.seatsAvailable >= minSeats);
    expect(roomy.length).toBeGreaterThan(0);
    expect(roomy.length).toBeLessThan(all.length);
    expect(await search({ minSeats })).toEqual(ids(roomy));

    expect(await search({ destination, minSeats, maxPriceMinor: prices[prices.length - 1] })).toEqual(
      ids(all.filter((l) => l.destination === destination && l.seatsAvailable >= minSeats)),
    );
    expect(await search({ destination: 'Nowhere at all' })).toEqual([]);
  });

  it('lists the destinations of bookable launches once each, alphabetically', async () => {
    const all = (await client.GET('/launches', { params: { query: { limit: 100 } } })).data!.items;
    const { data } = await client.GET('/launches/destinations');
    const expected = [...new Set(all.map((launch) => launch.destination))].sort((a, b) =>
      a.localeCompare(b, 'en'),
    );
    expect(data?.items).toEqual(expected);
  });

  it('answers bad filter values and reversed ranges with a 400 problem naming each field', async () => {
    const response = await request(customer.app.getHttpServer()).get(
      '/launches?from=tomorrow&maxPriceMinor=cheap&minSeats=0&minPriceMinor=-1&destination=',
    );
    expect(response.status).toBe(400);
    expect(response.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = response.body as { errors: Array<{ field: string }> };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(
      ['destination', 'from', 'maxPriceMinor', 'minPriceMinor', 'minSeats'].sort(),
    );

    const reversed = await request(customer.app.getHttpServer()).get(
      '/launches?from=2030-02-01T00:00:00Z&to=2030-01-01T00:00:00Z&minPriceMinor=500&maxPriceMinor=100',
    );
    expect(reversed.status).toBe(400);
    const reversedProblem = reversed.body as { errors: Array<{ field: string }> };
    expect(reversedProblem.errors.map((error) => error.field).sort()).toEqual(['maxPriceMinor', 'to']);
  });

  it('returns one launch by id with every catalog field', async () => {
    const first = (await client.GET('/launches', { params: { query: { limit: 1 } } })).data!.items[0];
    const { data } = await client.GET('/launches/{id}', { params: { path: { id: first.id } } });
    expect(data).toEqual(first);
    expect(Object.keys(data!).sort()).toEqual(
      [
        'currency',
        'description',
        'destination',
        'id',
        'launchSite',
        'missionName',
        'pricePerSeatMinor',
        'rocketName',
        'scheduledAt',
        'seatsAvailable',
        'seatsTotal',
        'siteTimeZone',
        'status',
        'supplierName',
      ].sort(),
    );
  });

  it('answers an unknown launch id with a 404 problem', async () => {
    const response = await request(customer.app.getHttpServer()).get(
      '/launches/00000000-0000-4000-8000-000000000000',
    );
    expect(response.status).toBe(404);
    expect(response.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers a malformed id and a bad page size with 400 problems naming the field', async () => {
    const badId = await request(customer.app.getHttpServer()).get('/launches/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body).toMatchObject({ status: 400, errors: [{ field: 'id' }] });
    const badLimit = await request(customer.app.getHttpServer()).get('/launches?limit=0&sort=price');
    expect(badLimit.status).toBe(400);
    const problem = badLimit.body as { errors: Array<{ field: string }> };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(['limit', 'sort']);
  });

  it('passes the caller request id on to Core API and echoes it back', async () => {
    const requestId = `propagation-${Date.now()}`;
    const response = await fetch(`${customer.url}/health/ready`, { headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const coreLine = core.logs.lines.find(
      (line) => line.requestId === requestId && line.url === '/health/ready',
    );
    expect(coreLine).toMatchObject({ service: 'core-api', status: 200 });
    expect(customer.logs.lines.some((line) => line.requestId === requestId)).toBe(true);
  });
});
