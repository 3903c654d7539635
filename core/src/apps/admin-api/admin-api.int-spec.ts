import {
  createAdminApiClient,
  createAuthApiClient,
  createCoreApiClient,
  type AdminApiClient,
} from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminApi } from './admin-api.definition.js';
import { coreApi } from '../core-api/core-api.definition.js';
import { DEMO_EMAILS, signIn, startAuthApi } from '../../testing/auth-fixture.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { startService, type RunningService } from '../../testing/start-service.js';

describe('Admin API', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let core: RunningService;
  let admin: RunningService;
  const tokens: Record<'admin' | 'finance' | 'operations' | 'supplier', string> = {
    admin: '',
    finance: '',
    operations: '',
    supplier: '',
  };
  const clientAs = (role: keyof typeof tokens, requestId?: string): AdminApiClient =>
    createAdminApiClient({
      baseUrl: admin.url,
      accessToken: tokens[role],
      ...(requestId ? { requestId } : {}),
    });

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    core = await startService(coreApi, { ...databases.env, AUTH_API_URL: auth.url });
    admin = await startService(adminApi, {
      ...databases.env,
      CORE_API_URL: core.url,
      AUTH_API_URL: auth.url,
    });
    for (const role of Object.keys(tokens) as Array<keyof typeof tokens>) {
      tokens[role] = (await signIn(auth.url, DEMO_EMAILS[role])).accessToken;
    }
  }, 60_000);

  afterAll(async () => {
    await admin?.stop();
    await core?.stop();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  it('lists suppliers by name with how many rockets and launches each has', async () => {
    const { data } = await clientAs('finance').GET('/suppliers');
    expect(
      data?.items.map(({ name, rocketCount, launchCount }) => ({ name, rocketCount, launchCount })),
    ).toEqual([
      { name: 'Orbital Horizons', rocketCount: 2, launchCount: 5 },
      { name: 'Red Dune Aerospace', rocketCount: 2, launchCount: 3 },
      { name: 'Selene Transit', rocketCount: 1, launchCount: 4 },
    ]);
  });

  it('lists every launch in every status with its operations fields', async () => {
    const { data } = await clientAs('admin').GET('/launches');
    expect(data?.items).toHaveLength(12);
    expect(new Set(data?.items.map((launch) => launch.status))).toEqual(
      new Set(['scheduled', 'confirmed', 'delayed', 'aborted', 'successful', 'failed']),
    );
    for (const launch of data!.items) {
      expect(launch.seatsAvailable).toBe(launch.seatsTotal - launch.seatsSold);
      expect(launch.minimumOccupancy).toBeLessThanOrEqual(launch.seatsTotal);
    }
  });

  it("shows supplier staff only their own organisation's launches", async () => {
    const { data: me } = await createAuthApiClient({ baseUrl: auth.url, accessToken: tokens.supplier }).GET(
      '/auth/me',
    );
    const { data } = await clientAs('supplier').GET('/launches');
    expect(me?.supplierId).toBeDefined();
    expect(data?.items).toHaveLength(5);
    expect(new Set(data?.items.map((launch) => launch.supplierName))).toEqual(new Set(['Orbital Horizons']));
    expect(data?.items.every((launch) => launch.supplierId === me?.supplierId)).toBe(true);
  });

  it("accepts a supplier's API key with the launches:read scope and shows only that supplier's launches", async () => {
    const keys = createAuthApiClient({ baseUrl: auth.url, accessToken: tokens.supplier });
    const { data: created } = await keys.POST('/auth/api-keys', {
      body: { name: 'partner', scopes: ['launches:read'] },
    });
    const withKey = await fetch(`${admin.url}/launches`, { headers: { 'x-api-key': created!.key } });
    expect(withKey.status).toBe(200);
    const body = (await withKey.json()) as { items: Array<{ supplierName: string }> };
    expect(new Set(body.items.map((launch) => launch.supplierName))).toEqual(new Set(['Orbital Horizons']));
    const { data: listed } = await keys.GET('/auth/api-keys');
    expect(listed?.items.find((key) => key.id === created!.id)?.lastUsedAt).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain(created!.key);

    const wrongEndpoint = await fetch(`${admin.url}/suppliers`, { headers: { 'x-api-key': created!.key } });
    expect(wrongEndpoint.status).toBe(401);
    const forged = await fetch(`${admin.url}/launches`, {
      headers: { 'x-api-key': `${created!.key.slice(0, -2)}xx` },
    });
    expect(forged.status).toBe(401);
  });

  it('starts a catalog sync in Core API as a service, passing its request id along', async () => {
    const requestId = `admin-sync-${Date.now()}`;
    const { data, response } = await clientAs('operations', requestId).POST('/sync/catalog');
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(data).toMatchObject({ dataset: 'catalog', status: 'succeeded', upserted: 12 });
    const logs = await createCoreApiClient({ baseUrl: core.url, accessToken: tokens.operations }).GET(
      '/logs',
      {
        params: { query: { limit: 5 } },
      },
    );
    expect(logs.data?.items.find((entry) => entry.eventType === 'sync.catalog.succeeded')).toMatchObject({
      requestId,
      actor: 'service:admin-api',
    });
  });
});
