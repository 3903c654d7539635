import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { customerApi } from './customer-api/customer-api.definition.js';
import { DEMO_EMAILS, signIn, startAuthApi } from '../testing/auth-fixture.js';
import { freePort } from '../testing/free-port.js';
import { createIsolatedDatabases, type IsolatedDatabases } from '../testing/isolated-databases.js';
import { createService, type InProcessService, type RunningService } from '../testing/start-service.js';

// The Customer API answers a customer's bookings by calling Core API, here one that never answers or is not there.
describe('calls from one service to another', () => {
  let databases: IsolatedDatabases;
  let auth: RunningService;
  let silentCoreApi: Server;
  let customerToken: string;
  const services: InProcessService[] = [];

  beforeAll(async () => {
    databases = await createIsolatedDatabases({ accounts: true });
    auth = await startAuthApi(databases);
    silentCoreApi = createServer(() => undefined).listen(0, '127.0.0.1');
    await once(silentCoreApi, 'listening');
    customerToken = (await signIn(auth.url, DEMO_EMAILS.customer)).accessToken;
  }, 90_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    silentCoreApi?.closeAllConnections();
    silentCoreApi?.close();
    await auth?.stop();
    await databases?.drop();
  }, 30_000);

  async function customerApiCalling(coreApiUrl: string) {
    const service = await createService(customerApi, {
      ...databases.env,
      AUTH_API_URL: auth.url,
      CORE_API_URL: coreApiUrl,
      SERVICE_CALL_TIMEOUT_MS: '300',
    });
    services.push(service);
    return request(service.app.getHttpServer());
  }

  it('gives up on a service that never answers after SERVICE_CALL_TIMEOUT_MS and answers 504', async () => {
    const { port } = silentCoreApi.address() as AddressInfo;
    const customer = await customerApiCalling(`http://127.0.0.1:${port}`);

    const started = Date.now();
    const response = await customer.get('/bookings').auth(customerToken, { type: 'bearer' });

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(504);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 504,
      title: 'Gateway Timeout',
      detail: 'The Core API did not answer in time.',
    });
  });

  it('answers 502 when the other service refuses the connection', async () => {
    const customer = await customerApiCalling(`http://127.0.0.1:${await freePort()}`);

    const response = await customer.get('/bookings').auth(customerToken, { type: 'bearer' });

    expect(response.status).toBe(502);
    expect(response.body).toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      detail: 'The Core API is unavailable.',
    });
  });
});
