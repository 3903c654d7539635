import type { RequestHandler } from 'express';
import type { WebApp } from './config.js';
import { PORTALS } from './portals.js';
import { problem } from './problem.js';
import { sessionOf, type SessionUser } from './session.js';

export function hasAnyRole(user: SessionUser | null | undefined, roles: readonly string[]): boolean {
  return !!user && roles.some((role) => user.roles.includes(role));
}

/**
 * Lets a BFF route through only for a signed-in user holding one of `roles`: 401 problem when nobody is
 * signed in, 403 when the role is missing. The APIs check again; this keeps the BFF from even asking.
 */
export function requireRole(...roles: string[]): RequestHandler {
  return (_req, res, next) => {
    const session = sessionOf(res);
    if (!session) {
      problem(res, 401, 'Unauthorized', 'Sign in to continue');
    } else if (!hasAnyRole(session.user, roles)) {
      problem(res, 403, 'Forbidden', 'Your account does not have access to this');
    } else {
      next();
    }
  };
}

/** `requireRole` with the roles of a role portal (see `PORTALS`), for that portal's BFF data routes. */
export function requirePortalRole(app: WebApp): RequestHandler {
  return requireRole(...(PORTALS[app].roles ?? []));
}
