import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadBffConfig } from './config.js';
import { createLogger, requestContext } from './request-context.js';
import { sessionOf, type BffSession } from './session.js';
import { createSessionCipher } from './session-cipher.js';
import { sessionMiddleware } from './session-middleware.js';
import { createSessionStore } from './session-store.js';
import { listen, type Running } from './test-support.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const COOKIE = '__Host-astro-supplier';
const USER = { id: 'u1', email: 'sam@example.test', name: 'Sam', roles: ['supplier'], supplierId: 's1' };

describe('session store', () => {
  let authApi: Running;
  let bff: Running;
  const calls: string[] = [];
  let sessionActive = true;

  beforeAll(async () => {
    authApi = await listen((req: IncomingMessage, res: ServerResponse) => {
      calls.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      if (req.url === '/auth/refresh') {
        // Slow enough for concurrent requests to overlap.
        setTimeout(() => {
          const n = calls.filter((c) => c === '/auth/refresh').length;
          res.end(
            JSON.stringify({ accessToken: `at-${n}`, refreshToken: `rt-${n}`, expiresIn: 600, user: USER }),
          );
        }, 100);
      } else if (req.url === '/auth/sessions/current') {
        res.statusCode = sessionActive ? 200 : 401;
        res.end(JSON.stringify({ sessionId: 'sid', active: sessionActive }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    const config = loadBffConfig('supplier', { AUTH_API_URL: authApi.url, BFF_SESSION_SECRET: SECRET });
    const app = express()
      .use(requestContext(createLogger('test', 'silent')))
      .use(sessionMiddleware(createSessionStore(config)))
      .get('/who', (_req, res) => {
        const session = sessionOf(res);
        res.json({ user: session?.user.name ?? null, accessToken: session?.accessToken ?? null });
      });
    bff = await listen(app);
  });

  afterAll(async () => {
    await bff.close();
    await authApi.close();
  });

  beforeEach(() => {
    calls.length = 0;
    sessionActive = true;
  });

  const seal = (session: Partial<BffSession>) =>
    createSessionCipher(SECRET, 'session:supplier').seal({
      accessToken: 'at-0',
      refreshToken: 'rt-0',
      accessExpiresAt: Date.now() + 600_000,
      checkedAt: Date.now(),
      user: USER,
      ...session,
    });

  const who = (cookie: string) => fetch(`${bff.url}/who`, { headers: { cookie: `${COOKIE}=${cookie}` } });

  it('reads a valid cookie without calling the Auth API', async () => {
    const response = await who(seal({}));

    await expect(response.json()).resolves.toEqual({ user: 'Sam', accessToken: 'at-0' });
    expect(calls).toEqual([]);
  });

  it('rejects a tampered cookie and clears it', async () => {
    const sealed = seal({});
    const tampered = `${sealed.slice(0, 10)}${sealed[10] === 'A' ? 'B' : 'A'}${sealed.slice(11)}`;

    const response = await who(tampered);

    await expect(response.json()).resolves.toEqual({ user: null, accessToken: null });
    expect(response.headers.getSetCookie().join()).toMatch(
      /__Host-astro-supplier=;.*Expires=Thu, 01 Jan 1970/,
    );
  });

  it('refreshes once before expiry however many requests arrive with the old cookie', async () => {
    const old = seal({ refreshToken: 'rt-old', accessExpiresAt: Date.now() + 10_000 });

    const responses = await Promise.all([who(old), who(old), who(old)]);
    const late = await who(old);

    expect(calls.filter((c) => c === '/auth/refresh')).toHaveLength(1);
    for (const response of [...responses, late]) {
      await expect(response.json()).resolves.toEqual({ user: 'Sam', accessToken: 'at-1' });
      expect(response.headers.getSetCookie().join()).toMatch(
        /__Host-astro-supplier=[\w-]+; Path=\/; HttpOnly; Secure; SameSite=Lax/,
      );
    }
  });

  it('drops the session when the re-check finds it revoked elsewhere', async () => {
    sessionActive = false;

    const response = await who(seal({ refreshToken: 'rt-revoked', checkedAt: Date.now() - 60_000 }));

    expect(calls).toEqual(['/auth/sessions/current']);
    await expect(response.json()).resolves.toEqual({ user: null, accessToken: null });
  });
});
