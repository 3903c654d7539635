import express from 'express';
import { createApiClients } from './api-clients.js';
import { createLogger, requestContext } from './request-context.js';
import { listen, type Running } from './test-support.js';

describe('createApiClients', () => {
  let api: Running;
  let bff: Running;

  beforeAll(async () => {
    api = await listen((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ forwardedFor: req.headers['x-forwarded-for'] ?? null }));
    });
    const apiUrls = { auth: api.url, customer: api.url, admin: api.url, core: api.url };
    const app = express()
      .set('trust proxy', 'loopback')
      .use(requestContext(createLogger('test', 'silent')))
      .get('/probe', async (req, res) => {
        const { data } = await createApiClients({ apiUrls, serviceCallTimeoutMs: 5_000 }, req).auth.GET(
          '/auth/password-policy',
        );
        res.json(data);
      });
    bff = await listen(app);
  });

  afterAll(async () => {
    await bff.close();
    await api.close();
  });

  const forwardedFor = async (headers: Record<string, string>) =>
    ((await (await fetch(`${bff.url}/probe`, { headers })).json()) as { forwardedFor: string | null })
      .forwardedFor;

  it('tells the API the address a trusted proxy in front reported for the browser', async () => {
    await expect(forwardedFor({ 'x-forwarded-for': '203.0.113.7' })).resolves.toBe('203.0.113.7');
  });

  it('sends only the address it derived, never the chain a browser could have written', async () => {
    await expect(forwardedFor({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).resolves.toBe(
      '203.0.113.7',
    );
  });

  it('sends the peer itself when nothing in front reported an address', async () => {
    await expect(forwardedFor({})).resolves.toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});
