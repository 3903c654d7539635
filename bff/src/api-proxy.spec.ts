import express from 'express';
import { apiProxy } from './api-proxy.js';
import { createLogger, requestContext } from './request-context.js';
import { deadUrl, listen, type Running } from './test-support.js';

const LAUNCH = /^\/launches\/[\w-]+$/;

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
      .use(apiProxy({ path: '/bff/proxy/customer', target: upstream.url, allow: [LAUNCH] }))
      .use(apiProxy({ path: '/bff/proxy/down', target: await deadUrl(), allow: [LAUNCH], timeoutMs: 1000 }));
    bff = await listen(app);
  });

  afterAll(async () => {
    await bff.close();
    await upstream.close();
  });

  it('forwards an allow-listed GET with the request id, without the prefix, query or cookies', async () => {
    const response = await fetch(`${bff.url}/bff/proxy/customer/launches/l-1?debug=1`, {
      headers: { 'x-request-id': 'req-42', cookie: 'session=secret', authorization: 'Bearer secret' },
    });
    const seen = (await response.json()) as { url: string; headers: Record<string, string> };

    expect(seen.url).toBe('/launches/l-1');
    expect(seen.headers['x-request-id']).toBe('req-42');
    expect(seen.headers['cookie']).toBeUndefined();
    expect(seen.headers['authorization']).toBeUndefined();
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it("replaces the browser's X-Forwarded-For with the address it derived itself", async () => {
    const response = await fetch(`${bff.url}/bff/proxy/customer/launches/l-1`, {
      headers: { 'x-forwarded-for': '198.51.100.66' },
    });
    const seen = (await response.json()) as { headers: Record<string, string> };

    // This server trusts no proxy, so the browser's claim is ignored: the API is told the real peer.
    expect(seen.headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('forwards only a fixed set of client headers, never x-forwarded-*', async () => {
    const response = await fetch(`${bff.url}/bff/proxy/customer/launches/l-1`, {
      headers: { accept: 'application/json', 'x-forwarded-for': '203.0.113.9', 'x-custom': 'anything' },
    });
    const { headers } = (await response.json()) as { headers: Record<string, string> };

    expect(headers['accept']).toBe('application/json');
    // X-Forwarded-For is the BFF's own, naming the peer it saw, never the browser's claim.
    const forwarded = ['x-request-id', 'x-forwarded-for'];
    expect(Object.keys(headers).filter((name) => name.startsWith('x-') && !forwarded.includes(name))).toEqual(
      [],
    );
    expect(headers['x-forwarded-for']).not.toBe('203.0.113.9');
  });

  it.each([
    ['a path off the allow-list', 'GET', '/bff/proxy/customer/docs'],
    ['the API document', 'GET', '/bff/proxy/customer/openapi.json'],
    ['the prefix itself', 'GET', '/bff/proxy/customer'],
    ['an allow-listed path with another method', 'POST', '/bff/proxy/customer/launches/l-1'],
  ])('answers 404 problem+json for %s', async (_label, method, path) => {
    const response = await fetch(`${bff.url}${path}`, { method });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 502 problem+json when the API cannot be reached', async () => {
    const response = await fetch(`${bff.url}/bff/proxy/down/launches/l-1`);

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await expect(response.json()).resolves.toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('leaves requests outside its prefix to the next handler', async () => {
    const response = await fetch(`${bff.url}/bff/proxy/customers`);

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/problem/);
  });
});
