import { createAdminApiClient, createAuthApiClient, createCustomerApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminApi } from './admin-api/admin-api.definition.js';
import { authApi } from './auth-api/auth-api.definition.js';
import { customerApi } from './customer-api/customer-api.definition.js';
import { freePort } from '../testing/free-port.js';
import {
  adminQuery,
  createIsolatedDatabases,
  type IsolatedDatabases,
} from '../testing/isolated-databases.js';
import { startService, type RunningService } from '../testing/start-service.js';

describe('health endpoints', () => {
  let databases: IsolatedDatabases;
  const services: RunningService[] = [];

  beforeAll(async () => {
    databases = await createIsolatedDatabases();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await databases?.drop();
  }, 30_000);

  async function start(...args: Parameters<typeof startService>): Promise<RunningService> {
    const service = await startService(...args);
    services.push(service);
    return service;
  }

  it('reports live and ready, with each database, when the databases answer', async () => {
    const auth = await start(authApi, databases.env);
    const client = createAuthApiClient({ baseUrl: auth.url });
    expect((await client.GET('/health/live')).response.status).toBe(200);
    const ready = await client.GET('/health/ready');
    expect(ready.response.status).toBe(200);
    expect(ready.data?.status).toBe('up');
    expect(ready.data?.components.map(({ name, status }) => ({ name, status }))).toEqual([
      { name: 'operations-db', status: 'up' },
      { name: 'core-db', status: 'up' },
      { name: 'customer-db', status: 'up' },
    ]);
    expect((await client.GET('/auth/password-policy')).data).toEqual({
      minLength: 12,
      requiresMixedCase: true,
      requiresDigit: true,
    });
  });

  it('answers 503 naming the database while the Operations DB refuses connections, and recovers', async () => {
    const admin = await start(adminApi, databases.env);
    const client = createAdminApiClient({ baseUrl: admin.url });
    const dbName = new URL(databases.env.DATABASE_URL).pathname.slice(1);
    expect((await client.GET('/health/ready')).response.status).toBe(200);
    await adminQuery(process.env.DATABASE_URL!, `ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS false`);
    await adminQuery(
      process.env.DATABASE_URL!,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName}'`,
    );
    try {
      const down = await client.GET('/health/ready');
      expect(down.response.status).toBe(503);
      expect(down.error ?? down.data).toMatchObject({
        status: 'down',
        components: [{ name: 'operations-db', status: 'down' }],
      });
      expect((await client.GET('/health/live')).response.status).toBe(200);
    } finally {
      await adminQuery(process.env.DATABASE_URL!, `ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS true`);
    }
    expect((await client.GET('/health/ready')).response.status).toBe(200);
  }, 30_000);

  it('reports the Customer API not ready while Core API cannot be reached', async () => {
    const unreachable = `http://127.0.0.1:${await freePort()}`;
    const customer = await start(customerApi, { ...databases.env, CORE_API_URL: unreachable });
    const { response, data, error } = await createCustomerApiClient({ baseUrl: customer.url }).GET(
      '/health/ready',
    );
    expect(response.status).toBe(503);
    const body = (data ?? error) as { components: Array<{ name: string; status: string }> };
    expect(body.components).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'customer-db', status: 'up' }),
        expect.objectContaining({ name: 'core-api', status: 'down' }),
      ]),
    );
  }, 30_000);
});
