import express from 'express';
import { bffErrorHandler } from './error-handler.js';
import { createLogger, requestContext } from './request-context.js';
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
});
