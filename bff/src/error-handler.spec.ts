import express, { type Request } from 'express';
import { createApiClients } from './api-clients.js';
import { bffErrorHandler } from './error-handler.js';
import { createLogger, requestContext } from './request-context.js';
import { RouteProblem } from './route-problem.js';
import { deadUrl, listen, type Running } from './test-support.js';

describe('bffErrorHandler', () => {
  let server: Running;
  let silentApi: Running;

  beforeAll(async () => {
    const unreachable = await deadUrl();
    // An API that accepts the connection and never answers.
    silentApi = await listen(() => undefined);
    const clients = (apiUrl: string, req: Request) =>
      createApiClients(
        {
          apiUrls: { auth: apiUrl, customer: apiUrl, admin: apiUrl, core: apiUrl },
          serviceCallTimeoutMs: 200,
        },
        req,
      );
    const app = express()
      .use(requestContext(createLogger('test', 'silent')))
      .get('/bff/launches', async () => {
        await fetch(unreachable);
      })
      .get('/bff/slow', async () => {
        await fetch(unreachable, { signal: AbortSignal.abort(new DOMException('gave up', 'TimeoutError')) });
      })
      .get('/bff/suppliers', async (req) => {
        await clients(silentApi.url, req).admin.GET('/suppliers');
      })
      .get('/bff/profile', async (req) => {
        await clients(unreachable, req).admin.GET('/supplier-profile');
      })
      .get('/bff/bug', () => {
        throw new TypeError("Cannot read properties of undefined (reading 'items')");
      })
      .get('/bff/gone', () => {
        throw RouteProblem.notFound('No launch has this id');
      })
      .use(bffErrorHandler());
    server = await listen(app);
  });

  afterAll(async () => {
    await server.close();
    await silentApi.close();
  });

  it('turns an API that cannot be reached into a 502 problem document', async () => {
    const response = await fetch(`${server.url}/bff/launches`);

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await expect(response.json()).resolves.toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: 'A service this page depends on is unavailable',
      instance: '/bff/launches',
    });
  });

  it('answers a call given up on after its deadline with a 504', async () => {
    const response = await fetch(`${server.url}/bff/slow`);

    expect(response.status).toBe(504);
  });

  it('gives up on an API that never answers after the configured timeout and says which one with a 504', async () => {
    const started = Date.now();
    const response = await fetch(`${server.url}/bff/suppliers`);

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(504);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await expect(response.json()).resolves.toEqual({
      type: 'about:blank',
      title: 'Gateway Timeout',
      status: 504,
      detail: 'The Admin API did not answer in time',
      instance: '/bff/suppliers',
    });
  });

  it('answers an API client call that cannot connect with a 502 naming the API', async () => {
    const response = await fetch(`${server.url}/bff/profile`);

    expect(response.status).toBe(502);
    await expect(response.json()).resolves.toMatchObject({
      title: 'Bad Gateway',
      detail: 'The Admin API is unavailable',
    });
  });

  it('answers a programming error with a 500, not as if another service were down', async () => {
    const response = await fetch(`${server.url}/bff/bug`);

    expect(response.status).toBe(500);
    await expect(response.json()).resolves.toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side',
      instance: '/bff/bug',
    });
  });

  it('sends a RouteProblem with its own status and detail', async () => {
    const response = await fetch(`${server.url}/bff/gone`);

    expect(response.status).toBe(404);
    await expect(response.json()).resolves.toMatchObject({
      title: 'Not Found',
      detail: 'No launch has this id',
    });
  });
});
