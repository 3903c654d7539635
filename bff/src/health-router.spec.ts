import express from 'express';
import { healthRouter } from './health-router.js';
import { deadUrl, listen, type Running } from './test-support.js';

describe('healthRouter', () => {
  let api: Running;

  beforeAll(async () => {
    api = await listen((req, res) => {
      res.writeHead(req.url === '/health/live' ? 200 : 404, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');
    });
  });

  afterAll(() => api.close());

  async function health(checks: Record<string, string>) {
    const server = await listen(express().use(healthRouter({ app: 'customer', checks, timeoutMs: 1000 })));
    try {
      const response = await fetch(`${server.url}/bff/health`);
      return { status: response.status, body: await response.json() };
    } finally {
      await server.close();
    }
  }

  it('answers 200 with every API ok when each one is live', async () => {
    await expect(health({ customer: api.url })).resolves.toEqual({
      status: 200,
      body: { status: 'ok', app: 'customer', apis: { customer: 'ok' } },
    });
  });

  it('answers 503 and names the API that is down', async () => {
    await expect(health({ customer: api.url, core: await deadUrl() })).resolves.toEqual({
      status: 503,
      body: { status: 'down', app: 'customer', apis: { customer: 'ok', core: 'down' } },
    });
  });
});
