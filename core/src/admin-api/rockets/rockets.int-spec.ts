import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startSupplierStack, type SupplierStack } from '../../testing/supplier-stack.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('rockets and the supplier profile (Admin API)', () => {
  let stack: SupplierStack;

  beforeAll(async () => {
    stack = await startSupplierStack();
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it("creates a rocket for the supplier's own organisation and lists only that organisation's rockets", async () => {
    const { data, response } = await stack.asSupplier.POST('/rockets', {
      body: {
        name: 'Horizon Mini',
        model: 'HM-1',
        capacity: 3,
        range: 'suborbital',
        photoUrl: 'https://img.test/hm.png',
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      supplierId: stack.supplierId,
      status: 'active',
      model: 'HM-1',
      capacity: 3,
    });
    const { data: list } = await stack.asSupplier.GET('/rockets');
    expect(list?.items.map((rocket) => rocket.name)).toEqual([
      'Horizon Heavy',
      'Horizon Lite',
      'Horizon Mini',
    ]);
    expect(list?.items.every((rocket) => rocket.supplierId === stack.supplierId)).toBe(true);
  });

  it("refuses a supplier that names another organisation's supplierId, and makes admins name one", async () => {
    const other = await stack.idOf('suppliers', 'Selene Transit');
    const body = { name: 'Sneaky', capacity: 2, range: 'moon' as const };
    const forged = await stack.asSupplier.POST('/rockets', { body: { ...body, supplierId: other } });
    expect(forged.response.status).toBe(403);
    const unnamed = await stack.asAdmin.POST('/rockets', { body });
    expect(unnamed.response.status).toBe(422);
    const named = await stack.asAdmin.POST('/rockets', { body: { ...body, supplierId: other } });
    expect(named.data?.supplierId).toBe(other);
  });

  it('answers 404 when an admin names a supplier that does not exist, adding no rocket', async () => {
    const missing = randomUUID();
    const { response, error } = await stack.asAdmin.POST('/rockets', {
      body: { name: 'Orphan', capacity: 2, range: 'orbital', supplierId: missing },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(error).toMatchObject({ status: 404, detail: `Supplier ${missing} was not found.` });
    expect(await stack.sql(`SELECT id FROM rockets WHERE name = 'Orphan'`)).toEqual([]);
  });

  it('answers a change that names no field with the whole rocket, unchanged', async () => {
    const id = await stack.idOf('rockets', 'Horizon Lite');
    const params = { params: { path: { id } } };
    const { data: before } = await stack.asSupplier.GET('/rockets/{id}', params);
    const { data, response } = await stack.asSupplier.PATCH('/rockets/{id}', { ...params, body: {} });
    expect(response.status).toBe(200);
    expect(data).toEqual(before);
  });

  it('refuses null for a field of a rocket with a 400 problem, changing nothing', async () => {
    const id = await stack.idOf('rockets', 'Horizon Lite');
    const params = { params: { path: { id } } };
    const { data: before } = await stack.asSupplier.GET('/rockets/{id}', params);
    for (const field of ['name', 'capacity', 'range', 'photoUrl']) {
      const { response, error } = await stack.asSupplier.PATCH('/rockets/{id}', {
        ...params,
        body: { [field]: null } as never,
      });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(error).toMatchObject({ status: 400, errors: [expect.objectContaining({ field })] });
    }
    expect((await stack.asSupplier.GET('/rockets/{id}', params)).data).toEqual(before);
  });

  it('refuses to lower capacity below the seats sold on a future launch, and shrinks launches to a lower capacity', async () => {
    // Horizon Heavy: Sunrise Orbit I has 5 of 8 seats sold, Sunrise Orbit II 1 of 8.
    const id = await stack.idOf('rockets', 'Horizon Heavy');
    const tooLow = await stack.asSupplier.PATCH('/rockets/{id}', {
      params: { path: { id } },
      body: { capacity: 4 },
    });
    expect(tooLow.response.status).toBe(409);
    expect(tooLow.error).toMatchObject({
      status: 409,
      detail: expect.stringContaining('5 seats already sold'),
    });

    const { data } = await stack.asSupplier.PATCH('/rockets/{id}', {
      params: { path: { id } },
      body: { capacity: 6, name: 'Horizon Heavy B' },
    });
    expect(data).toMatchObject({ capacity: 6, name: 'Horizon Heavy B' });
    const launches = await stack.sql(
      `SELECT mission_name, seats_total FROM launches WHERE rocket_id = '${id}' AND scheduled_at > now() ORDER BY mission_name`,
    );
    expect(launches).toEqual([
      { mission_name: 'Sunrise Orbit I', seats_total: 6 },
      { mission_name: 'Sunrise Orbit II', seats_total: 6 },
    ]);
    const launchId = await stack.idOf('launches', 'Sunrise Orbit II');
    const { data: published } = await stack.customer.GET('/launches/{id}', {
      params: { path: { id: launchId } },
    });
    expect(published).toMatchObject({ seatsTotal: 6, rocketName: 'Horizon Heavy B' });
  });

  it('refuses to delete a rocket with future launches, and deletes one that never flew', async () => {
    const busy = await stack.idOf('rockets', 'Horizon Lite');
    const refused = await stack.asSupplier.DELETE('/rockets/{id}', { params: { path: { id: busy } } });
    expect(refused.response.status).toBe(409);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const { data: fresh } = await stack.asSupplier.POST('/rockets', {
      body: { name: 'Scrap Test', capacity: 2, range: 'orbital' },
    });
    const deleted = await stack.asSupplier.DELETE('/rockets/{id}', { params: { path: { id: fresh!.id } } });
    expect(deleted.response.status).toBe(204);
    const gone = await stack.asSupplier.GET('/rockets/{id}', { params: { path: { id: fresh!.id } } });
    expect(gone.response.status).toBe(404);
  });

  it('retires a rocket, after which no launch can be scheduled on it', async () => {
    const { data: rocket } = await stack.asSupplier.POST('/rockets', {
      body: { name: 'Old Faithful', capacity: 4, range: 'orbital' },
    });
    const { data: retired } = await stack.asSupplier.POST('/rockets/{id}/retire', {
      params: { path: { id: rocket!.id } },
    });
    expect(retired?.status).toBe('retired');
    const launch = await stack.asSupplier.POST('/launches', {
      body: {
        rocketId: rocket!.id,
        missionName: 'Never',
        description: 'Should not be scheduled.',
        launchSite: 'Cape',
        siteTimeZone: 'America/New_York',
        destination: 'LEO',
        scheduledAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
        pricePerSeatMinor: 100_000,
        currency: 'USD',
        minimumOccupancy: 1,
      },
    });
    expect(launch.response.status).toBe(422);
  });

  it("answers 404 to a supplier reading, changing, retiring or deleting another organisation's rocket", async () => {
    const id = await stack.idOf('rockets', 'Selene Pioneer');
    const params = { params: { path: { id } } };
    expect((await stack.asSupplier.GET('/rockets/{id}', params)).response.status).toBe(404);
    expect(
      (await stack.asSupplier.PATCH('/rockets/{id}', { ...params, body: { name: 'Mine' } })).response.status,
    ).toBe(404);
    expect((await stack.asSupplier.POST('/rockets/{id}/retire', params)).response.status).toBe(404);
    expect((await stack.asSupplier.DELETE('/rockets/{id}', params)).response.status).toBe(404);
    const [row] = await stack.sql(`SELECT name, status FROM rockets WHERE id = '${id}'`);
    expect(row).toEqual({ name: 'Selene Pioneer', status: 'active' });
    expect((await stack.asAdmin.GET('/rockets/{id}', params)).data?.name).toBe('Selene Pioneer');
  });

  it("reads and updates the supplier's own profile, validating the tax id", async () => {
    const { data: before } = await stack.asSupplier.GET('/supplier-profile');
    expect(before).toMatchObject({ id: stack.supplierId, name: 'Orbital Horizons', taxId: 'US481516234' });
    const { data } = await stack.asSupplier.PATCH('/supplier-profile', {
      body: {
        legalName: 'Orbital Horizons Inc.',
        taxId: 'US123456789',
        legalAddress: '1 Launch Way, Cape Canaveral, FL',
        contactEmail: 'ops@orbital.test',
        contactPhone: '+1 321 555 0100',
      },
    });
    expect(data).toMatchObject({
      legalName: 'Orbital Horizons Inc.',
      taxId: 'US123456789',
      contactEmail: 'ops@orbital.test',
    });
    const invalid = await stack.asSupplier.PATCH('/supplier-profile', { body: { taxId: '123' } });
    expect(invalid.response.status).toBe(400);
    expect((await stack.asSupplier.GET('/supplier-profile')).data?.taxId).toBe('US123456789');
  });

  it.each([
    ['es 1234.5678-z', 'ES12345678Z'],
    ['12-3456789', 'US123456789'],
    ['nl 1234.56789.b01', 'NL123456789B01'],
  ])('stores the tax id %j as registration does, as %s', async (typed, stored) => {
    const { data } = await stack.asSupplier.PATCH('/supplier-profile', { body: { taxId: typed } });
    expect(data?.taxId).toBe(stored);
  });

  it('refuses a tax id outside its country format with the tax-id code and keeps the old one', async () => {
    const before = (await stack.asSupplier.GET('/supplier-profile')).data?.taxId;
    const { response, error } = await stack.asSupplier.PATCH('/supplier-profile', {
      body: { taxId: 'DE12345678' },
    });
    expect(response.status).toBe(400);
    expect(error?.errors).toEqual([
      { field: 'taxId', codes: ['tax-id'], messages: ['a DE taxId is DE followed by 9 digits'] },
    ]);
    expect((await stack.asSupplier.GET('/supplier-profile')).data?.taxId).toBe(before);
  });

  it('answers a change of the profile that names no field with the whole profile, and refuses a null name', async () => {
    const { data: before } = await stack.asSupplier.GET('/supplier-profile');
    const { data, response } = await stack.asSupplier.PATCH('/supplier-profile', { body: {} });
    expect(response.status).toBe(200);
    expect(data).toEqual(before);
    const nulled = await stack.asSupplier.PATCH('/supplier-profile', { body: { name: null } as never });
    expect(nulled.response.status).toBe(400);
    expect((await stack.asSupplier.GET('/supplier-profile')).data).toEqual(before);
  });
});
