import type { RequestHandler, Response } from 'express';
import type { BffConfig } from './config.js';
import { PORTALS } from './portals.js';
import { hasAnyRole } from './roles.js';
import { sessionOf } from './session.js';

export type PageAccess = 'granted' | 'denied';

export function pageAccessOf(res: Response): PageAccess {
  return res.locals['pageAccess'] === 'denied' ? 'denied' : 'granted';
}

/**
 * Runs before server rendering of a page of a role portal: nobody signed in ⇒ off to sign in (back here
 * afterwards); signed in without the portal's role ⇒ the page renders the "no access" view with 403.
 * Public apps pass everything through.
 */
export function pageGuard(config: Pick<BffConfig, 'app'>): RequestHandler {
  const roles = PORTALS[config.app].roles;
  return (req, res, next) => {
    if (!roles || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    const session = sessionOf(res);
    if (!session) {
      res
        .set('cache-control', 'no-store')
        .redirect(303, `/bff/auth/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    res.locals['pageAccess'] = hasAnyRole(session.user, roles) ? 'granted' : 'denied';
    next();
  };
}
