import express from 'express';
import { apiProxy } from './api-proxy.js';
import { createLogger, requestContext } from './request-context.js';
import { deadUrl, listen, type Running } from './test-support.js';

describe('apiProxy', () => {
  let upstream: Running;
  let bff: Running;

  beforeAll(async () => {
    upstream = await listen((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'leak=1' });
      res.end(JSON.stringify({ url: req.url, headers: req.headers }));
    });
    const app = express()
      .use(requestContext(createLogger('test', 'silent')))
      .use(apiProxy({ path: '/bff/proxy/customer', target: upstream.url }))
      .use(apiProxy({ path: '/bff/proxy/down', target: await deadUrl(), timeoutMs: 1000 }));
    bff = await listen(app);
  });

  afterAll(async () => {
    await bff.close();
    await upstream.close();
  });

  it('forwards the request id and strips the prefix, cookies and credentials', async () => {
    const response = await fetch(`${bff.url}/bff/proxy/customer/launches?limit=2`, {
      headers: { 'x-request-id': 'req-42', cookie: 'session=secret', authorization: 'Bearer secret' },
    });
    const seen = (await response.json()) as { url: string; headers: Record<string, string> };

    expect(seen.url).toBe('/launches?limit=2');
    expect(seen.headers['x-request-id']).toBe('req-42');
    expect(seen.headers['cookie']).toBeUndefined();
    expect(seen.headers['authorization']).toBeUndefined();
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it("replaces the browser's X-Forwarded-For with the address it derived itself", async () => {
    const response = await fetch(`${bff.url}/bff/proxy/customer/launches`, {
      headers: { 'x-forwarded-for': '198.51.100.66' },
    });
    const seen = (await response.json()) as { headers: Record<string, string> };

    // This server trusts no proxy, so the browser's claim is ignored: the API is told the real peer.
    expect(seen.headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('answers 502 problem+json when the API cannot be reached', async () => {
    const response = await fetch(`${bff.url}/bff/proxy/down/launches`);

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await expect(response.json()).resolves.toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('leaves requests outside its prefix to the next handler', async () => {
    const response = await fetch(`${bff.url}/bff/proxy/customers`);

    expect(response.status).toBe(404);
  });
});
