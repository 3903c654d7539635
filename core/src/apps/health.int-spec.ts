import type { AuthApi } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { adminApi } from './admin-api/admin-api.definition.js';
import { authApi } from './auth-api/auth-api.definition.js';
import { customerApi } from './customer-api/customer-api.definition.js';
import { freePort } from '../testing/free-port.js';
import {
  adminQuery,
  createIsolatedDatabases,
  type IsolatedDatabases,
} from '../testing/isolated-databases.js';
import { createService, type InProcessService } from '../testing/start-service.js';

type Health = AuthApi.components['schemas']['HealthDto'];

// Each service is called in-process (supertest): no other service needs to reach it.
describe('health endpoints', () => {
  let databases: IsolatedDatabases;
  const services: InProcessService[] = [];

  beforeAll(async () => {
    databases = await createIsolatedDatabases();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await databases?.drop();
  }, 30_000);

  async function create(...args: Parameters<typeof createService>): Promise<InProcessService> {
    const service = await createService(...args);
    services.push(service);
    return service;
  }

  it('reports live and ready, with each database, when the databases answer', async () => {
    const auth = request((await create(authApi, databases.env)).app.getHttpServer());
    expect((await auth.get('/health/live')).status).toBe(200);
    const ready = await auth.get('/health/ready');
    expect(ready.status).toBe(200);
    const health = ready.body as Health;
    expect(health.status).toBe('up');
    expect(health.components.map(({ name, status }) => ({ name, status }))).toEqual([
      { name: 'operations-db', status: 'up' },
      { name: 'core-db', status: 'up' },
      { name: 'customer-db', status: 'up' },
    ]);
    expect((await auth.get('/auth/password-policy')).body).toEqual({
      minLength: 12,
      requiresMixedCase: true,
      requiresDigit: true,
    });
  });

  it('answers 503 naming the database while the Operations DB refuses connections, and recovers', async () => {
    const admin = request((await create(adminApi, databases.env)).app.getHttpServer());
    const dbName = new URL(databases.env.DATABASE_URL).pathname.slice(1);
    expect((await admin.get('/health/ready')).status).toBe(200);
    await adminQuery(process.env.DATABASE_URL!, `ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS false`);
    await adminQuery(
      process.env.DATABASE_URL!,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName}'`,
    );
    try {
      const down = await admin.get('/health/ready');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({
        status: 'down',
        components: [{ name: 'operations-db', status: 'down' }],
      });
      expect((await admin.get('/health/live')).status).toBe(200);
    } finally {
      await adminQuery(process.env.DATABASE_URL!, `ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS true`);
    }
    expect((await admin.get('/health/ready')).status).toBe(200);
  }, 30_000);

  it('reports the Customer API not ready while Core API cannot be reached', async () => {
    const unreachable = `http://127.0.0.1:${await freePort()}`;
    const customer = await create(customerApi, { ...databases.env, CORE_API_URL: unreachable });
    const response = await request(customer.app.getHttpServer()).get('/health/ready');
    expect(response.status).toBe(503);
    const body = response.body as Health;
    expect(body.components).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'customer-db', status: 'up' }),
        expect.objectContaining({ name: 'core-api', status: 'down' }),
      ]),
    );
  }, 30_000);
});
