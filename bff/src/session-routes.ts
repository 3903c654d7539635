import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { createApiClients } from './api-clients.js';
import type { BffConfig } from './config.js';
import { clearCookie, readCookie, setCookie, signInStateCookieName } from './cookies.js';
import { localeOfPath, localePath } from './locale-path.js';
import { safeReturnTo } from './return-to.js';
import { sessionOf } from './session.js';
import type { SessionStore } from './session-store.js';

/** Where the Auth web app's sign-in page lives for this app, carrying a validated return path. */
export function signInUrl(
  config: Pick<BffConfig, 'app' | 'webUrls'>,
  returnTo: string,
  options: { switchAccount?: boolean; state?: string } = {},
): string {
  const back = safeReturnTo(returnTo);
  // The Auth app's pages in the language of the page the person is coming back to.
  const url = new URL(localePath('/sign-in', localeOfPath(back)), config.webUrls.auth);
  if (config.app !== 'auth') url.searchParams.set('app', config.app);
  url.searchParams.set('returnTo', back);
  if (options.switchAccount) url.searchParams.set('switch', '1');
  if (options.state) url.searchParams.set('state', options.state);
  return url.href;
}

/**
 * Starts a sign-in from this browser: a random state in an HttpOnly cookie, echoed back by the Auth app
 * on the callback. A callback without the matching state (e.g. a link carrying an attacker's code, which
 * would sign the victim into the attacker's account) is never exchanged.
 */
function startSignIn(req: Request, res: Response, config: BffConfig, returnTo: unknown): string {
  const state = randomBytes(18).toString('base64url');
  setCookie(res, signInStateCookieName(config.app), state);
  return signInUrl(config, typeof returnTo === 'string' ? returnTo : '/', {
    switchAccount: req.query['switch'] === '1',
    state,
  });
}

function stateMatches(req: Request, app: string): boolean {
  const expected = readCookie(req, signInStateCookieName(app));
  const given = req.query['state'];
  if (!expected || typeof given !== 'string') return false;
  const [a, b] = [Buffer.from(expected), Buffer.from(given)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every app's session endpoints:
 * - `GET /bff/session`: who is signed in, for the page (name, roles; never a token);
 * - `GET /bff/auth/sign-in?returnTo`: off to the Auth web app's sign-in page;
 * - `GET /bff/auth/callback?code&returnTo`: back from it; the one-time code is exchanged server-side;
 * - `POST /bff/auth/sign-out` (CSRF-protected): ends the SSO session everywhere and clears the cookie.
 */
export function sessionRoutes(config: BffConfig, store: SessionStore): Router {
  const router = Router();
  const afterSignOut = config.app === 'auth' ? '/sign-in?notice=signed-out' : '/';

  router.get('/bff/session', (_req, res) => {
    const user = sessionOf(res)?.user;
    res.set('cache-control', 'private, no-store').json({
      user: user ? { name: user.name, email: user.email, roles: user.roles } : null,
    });
  });

  router.get('/bff/auth/sign-in', (req, res) => {
    res.set('cache-control', 'no-store').redirect(303, startSignIn(req, res, config, req.query['returnTo']));
  });

  router.get('/bff/auth/callback', async (req, res) => {
    const returnTo = safeReturnTo(req.query['returnTo']);
    const code = req.query['code'];
    if (
      typeof code !== 'string' ||
      code.length === 0 ||
      code.length > 512 ||
      !stateMatches(req, config.app)
    ) {
      // Not started here (e.g. straight from an invitation): start a sign-in of our own, which comes back
      // at once while the Auth app's session lives.
      res.set('cache-control', 'no-store').redirect(303, startSignIn(req, res, config, returnTo));
      return;
    }
    clearCookie(res, signInStateCookieName(config.app));
    const { data } = await createApiClients(config, req).auth.POST('/auth/sessions/exchange', {
      body: { code },
    });
    if (!data) {
      // Expired or already used: start over, which is seamless while the Auth web session lives.
      res.set('cache-control', 'no-store').redirect(303, startSignIn(req, res, config, returnTo));
      return;
    }
    store.start(res, data);
    res.set('cache-control', 'no-store').redirect(303, returnTo);
  });

  router.post('/bff/auth/sign-out', async (req, res) => {
    const session = sessionOf(res);
    if (session) {
      // Revokes the SSO session: every app's refresh family, so the other BFFs drop theirs on re-check.
      await createApiClients(config, req)
        .auth.POST('/auth/logout', { body: { refreshToken: session.refreshToken } })
        .catch((error: unknown) => req.log?.warn({ err: error }, 'Auth API logout failed'));
    }
    store.clear(res);
    res.set('cache-control', 'no-store').redirect(303, afterSignOut);
  });

  return router;
}
