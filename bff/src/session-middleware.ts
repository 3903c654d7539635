import type { RequestHandler } from 'express';
import { setSessionOf } from './session.js';
import type { SessionStore } from './session-store.js';

/** Loads (and renews when due) the session of every request that reaches BFF routes or page rendering. */
export function sessionMiddleware(store: SessionStore): RequestHandler {
  return async (req, res, next) => {
    setSessionOf(res, await store.load(req, res));
    next();
  };
}
