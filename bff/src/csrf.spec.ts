import express from 'express';
import { csrfProtection } from './csrf.js';
import { listen, type Running } from './test-support.js';

const CONFIG = {
  app: 'customer' as const,
  sessionSecret: 'a-test-secret-that-is-long-enough-0123456789',
  webUrls: {
    customer: 'http://localhost:4000',
    auth: 'http://localhost:4001',
    supplier: 'http://localhost:4002',
    financial: 'http://localhost:4003',
    operations: 'http://localhost:4004',
  },
};
const COOKIE = '__Host-astro-customer-csrf';

describe('csrfProtection', () => {
  let server: Running;

  beforeAll(async () => {
    const app = express()
      .use(express.urlencoded({ extended: false }))
      .use(csrfProtection(CONFIG))
      .get('/page', (_req, res) => {
        res.send('ok');
      })
      .get('/bff/home', (_req, res) => {
        res.json({});
      })
      .post('/bff/auth/sign-out', (_req, res) => {
        res.status(204).end();
      });
    server = await listen(app);
  });

  afterAll(() => server.close());

  async function mintedToken(): Promise<string> {
    const response = await fetch(`${server.url}/page`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`)) ?? '';
    return cookie.slice(COOKIE.length + 1).split(';')[0];
  }

  function post(headers: Record<string, string>, body?: string) {
    return fetch(`${server.url}/bff/auth/sign-out`, {
      method: 'POST',
      headers: { origin: 'http://localhost:4000', ...headers },
      ...(body ? { body } : {}),
    });
  }

  it('hands out a __Host- token cookie that page scripts may read but other sites cannot plant', async () => {
    const response = await fetch(`${server.url}/page`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));

    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('mints the cookie with pages only, never on BFF JSON answers that may be cached publicly', async () => {
    const response = await fetch(`${server.url}/bff/home`);

    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('accepts a state change carrying the token in the header', async () => {
    const token = await mintedToken();

    const response = await post({ cookie: `${COOKIE}=${token}`, 'x-csrf-token': token });

    expect(response.status).toBe(204);
  });

  it('accepts a plain HTML form carrying the token in the _csrf field', async () => {
    const token = await mintedToken();

    const response = await post(
      { cookie: `${COOKIE}=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      `_csrf=${encodeURIComponent(token)}`,
    );

    expect(response.status).toBe(204);
  });

  it('rejects a state change without a token with a 403 problem', async () => {
    const token = await mintedToken();

    const response = await post({ cookie: `${COOKIE}=${token}` });

    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await expect(response.json()).resolves.toMatchObject({ status: 403, title: 'Forbidden' });
  });

  it('rejects a token that does not match the cookie', async () => {
    const [mine, other] = [await mintedToken(), await mintedToken()];

    const response = await post({ cookie: `${COOKIE}=${mine}`, 'x-csrf-token': other });

    expect(response.status).toBe(403);
  });

  it('rejects a token the server never minted, even when cookie and header agree', async () => {
    const forged = 'attacker-nonce.attacker-mac';

    const response = await post({ cookie: `${COOKIE}=${forged}`, 'x-csrf-token': forged });

    expect(response.status).toBe(403);
  });

  it('rejects a request from another origin even with a valid token', async () => {
    const token = await mintedToken();

    const foreign = await post({
      cookie: `${COOKIE}=${token}`,
      'x-csrf-token': token,
      origin: 'http://localhost:4004',
    });

    expect(foreign.status).toBe(403);
  });

  it('falls back to the Referer when no Origin is sent, and refuses when neither is', async () => {
    const token = await mintedToken();
    const headers = { cookie: `${COOKIE}=${token}`, 'x-csrf-token': token };
    const send = (extra: Record<string, string>) =>
      fetch(`${server.url}/bff/auth/sign-out`, { method: 'POST', headers: { ...headers, ...extra } });

    expect((await send({ referer: 'http://localhost:4000/launches' })).status).toBe(204);
    expect((await send({})).status).toBe(403);
  });
});
