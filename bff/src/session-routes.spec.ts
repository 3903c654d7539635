import express from 'express';
import { loadBffConfig } from './config.js';
import { pageGuard } from './page-guard.js';
import { createLogger, requestContext } from './request-context.js';
import { requireRole } from './roles.js';
import { sessionMiddleware } from './session-middleware.js';
import { sessionRoutes } from './session-routes.js';
import { createSessionStore } from './session-store.js';
import { listen, type Running } from './test-support.js';

const USER = { id: 'u1', email: 'cas@example.test', name: 'Cas', roles: ['customer'] };

describe('session routes, role gate and page guard of a role portal', () => {
  let authApi: Running;
  let bff: Running;

  beforeAll(async () => {
    authApi = await listen((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/auth/sessions/exchange') {
        res.end(JSON.stringify({ accessToken: 'at', refreshToken: 'rt', expiresIn: 600, user: USER }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    const config = loadBffConfig('operations', {
      NODE_ENV: 'test',
      AUTH_API_URL: authApi.url,
      AUTH_WEB_URL: 'http://auth.test:4001',
    });
    const store = createSessionStore(config);
    const app = express()
      .use(requestContext(createLogger('test', 'silent')))
      .use(sessionMiddleware(store))
      .use(sessionRoutes(config, store))
      .get('/bff/status', requireRole('operations', 'admin'), (_req, res) => {
        res.json({ ok: true });
      })
      .use(pageGuard(config))
      .get('/', (_req, res) => {
        res.json({ access: res.locals['pageAccess'] });
      });
    bff = await listen(app);
  });

  afterAll(async () => {
    await bff.close();
    await authApi.close();
  });

  const get = (path: string, cookie = '') =>
    fetch(`${bff.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

  /** Starts a sign-in as the browser would: the state cookie, and the state the Auth app hands back. */
  async function startSignIn(): Promise<{ stateCookie: string; state: string }> {
    const response = await get('/bff/auth/sign-in?returnTo=%2F');
    const state = new URL(response.headers.get('location')!).searchParams.get('state')!;
    return { stateCookie: response.headers.getSetCookie()[0].split(';')[0], state };
  }

  async function signedInCookie(): Promise<string> {
    const { stateCookie, state } = await startSignIn();
    const response = await get(`/bff/auth/callback?code=one-time&returnTo=%2F&state=${state}`, stateCookie);
    return response.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-astro-operations='))!
      .split(';')[0];
  }

  it('sends sign-in to the Auth web app with this app, a validated return path and a fresh state', async () => {
    const safe = await get('/bff/auth/sign-in?returnTo=%2Fruns%3Fpage%3D2');
    const evil = await get('/bff/auth/sign-in?returnTo=%2F%2Fevil.example');
    const safeUrl = new URL(safe.headers.get('location')!);

    expect(`${safeUrl.origin}${safeUrl.pathname}`).toBe('http://auth.test:4001/sign-in');
    expect(safeUrl.searchParams.get('app')).toBe('operations');
    expect(safeUrl.searchParams.get('returnTo')).toBe('/runs?page=2');
    expect(safeUrl.searchParams.get('state')).toMatch(/^[\w-]{24}$/);
    expect(safe.headers.getSetCookie()[0]).toMatch(
      /^__Host-astro-operations-state=[\w-]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(new URL(evil.headers.get('location')!).searchParams.get('returnTo')).toBe('/');
  });

  it('sends a reader of a Spanish page to the Spanish sign-in page, coming back to that page', async () => {
    const response = await get('/bff/auth/sign-in?returnTo=%2Fes%2Fruns');
    const url = new URL(response.headers.get('location')!);

    expect(`${url.origin}${url.pathname}`).toBe('http://auth.test:4001/es/sign-in');
    expect(url.searchParams.get('returnTo')).toBe('/es/runs');
  });

  it('exchanges the one-time code server-side, sets the session cookie and never follows an absolute returnTo', async () => {
    const { stateCookie, state } = await startSignIn();

    const response = await get(
      `/bff/auth/callback?code=one-time&returnTo=https%3A%2F%2Fevil.example&state=${state}`,
      stateCookie,
    );

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.getSetCookie()).toContainEqual(
      expect.stringMatching(/^__Host-astro-operations=[\w-]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/),
    );
  });

  it('never exchanges a code this browser did not ask for (login CSRF): it starts its own sign-in instead', async () => {
    const response = await get('/bff/auth/callback?code=attackers-code&returnTo=%2F&state=forged');

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^http:\/\/auth\.test:4001\/sign-in\?/);
    expect(response.headers.getSetCookie().join()).not.toMatch(/__Host-astro-operations=/);
  });

  it('tells the page who is signed in, without any token', async () => {
    const response = await get('/bff/session', await signedInCookie());

    await expect(response.json()).resolves.toEqual({
      user: { name: 'Cas', email: 'cas@example.test', roles: ['customer'] },
    });
  });

  it('answers 401 to nobody and 403 to the wrong role on a role-gated BFF route', async () => {
    expect((await get('/bff/status')).status).toBe(401);
    expect((await get('/bff/status', await signedInCookie())).status).toBe(403);
  });

  it('redirects an anonymous page view to sign in and marks a wrong-role view as denied', async () => {
    const anonymous = await get('/?tab=runs');
    const customer = await get('/', await signedInCookie());

    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/bff/auth/sign-in?returnTo=%2F%3Ftab%3Druns');
    await expect(customer.json()).resolves.toEqual({ access: 'denied' });
  });
});
