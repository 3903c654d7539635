import {
  createApiClients,
  isWebApp,
  safeReturnTo,
  type BffConfig,
  type BffSession,
  type SessionStore,
  type WebApp,
} from '@astrobookings/bff';
import type { Request, Response } from 'express';

/** The app a form says the user came from; anything unknown means this Auth app. */
export function appOf(value: unknown): WebApp {
  return isWebApp(value) ? value : 'auth';
}

/** The portal someone lands in after accepting an invitation, by the roles it gave them. */
export function homeAppFor(roles: readonly string[]): WebApp {
  if (roles.includes('supplier')) return 'supplier';
  if (roles.includes('operations')) return 'operations';
  if (roles.includes('finance')) return 'financial';
  if (roles.includes('customer')) return 'customer';
  return 'auth';
}

/**
 * Where to send a browser that just signed in here. For another app: a one-time code (minted with this
 * app's session, which takes its refresh token) travels to that app's `/bff/auth/callback`, which exchanges it server-side; tokens never
 * touch the browser. The app comes from a fixed list and `returnTo` must be a relative path, so this can
 * never redirect off our apps. A session that ended elsewhere (signed out in another app) is dropped
 * here too, and the sign-in form is shown instead.
 */
export async function handOffUrl(
  req: Request,
  res: Response,
  handOff: { config: BffConfig; sessions: SessionStore; session: BffSession },
  app: WebApp,
  returnTo: unknown,
  state?: unknown,
): Promise<string> {
  const { config, sessions, session } = handOff;
  if (app === 'auth') {
    return safeReturnTo(returnTo, '/account');
  }
  const { data, response } = await createApiClients(config, req, session.accessToken).auth.POST(
    '/auth/sessions/codes',
    { body: { refreshToken: session.refreshToken } },
  );
  if (response.status === 401) {
    sessions.clear(res);
    const query = new URLSearchParams({ app, returnTo: safeReturnTo(returnTo), ...stateParam(state) });
    return `/sign-in?${query.toString()}`;
  }
  if (!data) {
    return '/account?error=unavailable';
  }
  const url = new URL('/bff/auth/callback', config.webUrls[app]);
  url.searchParams.set('code', data.code);
  url.searchParams.set('returnTo', safeReturnTo(returnTo));
  for (const [key, value] of Object.entries(stateParam(state))) url.searchParams.set(key, value);
  return url.href;
}

/** The calling app's sign-in state, passed through untouched when it looks like one. */
export function stateParam(state: unknown): { state?: string } {
  return typeof state === 'string' && /^[\w-]{1,64}$/.test(state) ? { state } : {};
}
