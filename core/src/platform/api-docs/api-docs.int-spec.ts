import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { customerApi } from '../../apps/customer-api/customer-api.definition.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../../testing/isolated-databases.js';
import { createService, type InProcessService } from '../../testing/start-service.js';

const PRODUCTION = { NODE_ENV: 'production', INTERNAL_API_SECRET: 'a-real-internal-secret' };

describe('the API docs (Swagger UI and the OpenAPI document)', () => {
  let databases: IsolatedDatabases;
  const services: InProcessService[] = [];

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ migrate: false });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await databases?.drop();
  }, 30_000);

  async function customerApiWith(env: Record<string, string>) {
    const service = await createService(customerApi, { ...databases.env, ...env });
    services.push(service);
    return request(service.app.getHttpServer());
  }

  it('are not served in production', async () => {
    const api = await customerApiWith(PRODUCTION);

    for (const path of ['/docs', '/openapi.json', '/openapi.yaml']) {
      const response = await api.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('are served in production when API_DOCS turns them on', async () => {
    const api = await customerApiWith({ ...PRODUCTION, API_DOCS: 'true' });

    expect((await api.get('/openapi.json')).status).toBe(200);
  });

  it('are served in development, under a policy that lets Swagger UI load only its own scripts', async () => {
    const api = await customerApiWith({ NODE_ENV: 'development' });

    const page = await api.get('/docs');
    expect(page.status).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Swagger UI's page loads every script from a file; an inline one would be refused by that policy.
    expect(page.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    const openapi = await api.get('/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body).toMatchObject({ info: { title: expect.any(String) } });
  });
});
