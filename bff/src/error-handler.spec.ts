import express from 'express';
import { bffErrorHandler } from './error-handler.js';
import { createLogger, requestContext } from './request-context.js';
import { RouteProblem } from './route-problem.js';
import { deadUrl, listen, type Running } from './test-support.js';

describe('bffErrorHandler', () => {
  let server: Running;

  beforeAll(async () => {
    const unreachable = await deadUrl();
    const app = express()
      .use(requestContext(createLogger('test', 'silent')))
      .get('/bff/launches', async () => {
        await fetch(unreachable);
      })
      .get('/bff/slow', async () => {
        await fetch(unreachable, { signal: AbortSignal.abort(new DOMException('gave up', 'TimeoutError')) });
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

  afterAll(() => server.close());

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

  it('answers a call given up on after its deadline with a 502 too', async () => {
    const response = await fetch(`${server.url}/bff/slow`);

    expect(response.status).toBe(502);
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
