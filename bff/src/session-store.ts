import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { createApiClients } from './api-clients.js';
import type { TokenPair } from './auth-api.js';
import type { BffConfig } from './config.js';
import { clearCookie, readCookie, sessionCookieName, setCookie } from './cookies.js';
import type { BffSession } from './session.js';
import { createSessionCipher } from './session-cipher.js';
import { SingleFlight } from './single-flight.js';

/** Refresh this long before the access token expires, so no API call races its expiry. */
const REFRESH_MARGIN_MS = 60_000;

/** What renewing a session led to: a (possibly) new session, the end of it, or no answer. */
type Renewal =
  | { readonly kind: 'renewed'; readonly session: BffSession }
  | { readonly kind: 'ended' }
  | { readonly kind: 'unavailable' };

export interface SessionStore {
  /** The request's session, refreshed or re-checked when due; writes the cookie when it changed. */
  load(req: Request, res: Response): Promise<BffSession | null>;
  /** Starts a session from a token pair the Auth API just issued. */
  start(res: Response, pair: TokenPair): BffSession;
  /** The sealed cookie value of a session, for forwarding on the server's own calls to its BFF. */
  seal(session: BffSession): string;
  clear(res: Response): void;
}

export function sessionFromPair(pair: TokenPair, now = Date.now()): BffSession {
  return {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    accessExpiresAt: now + pair.expiresIn * 1000,
    checkedAt: now,
    user: {
      id: pair.user.id,
      email: pair.user.email,
      name: pair.user.name,
      roles: [...pair.user.roles],
      ...(pair.user.supplierId ? { supplierId: pair.user.supplierId } : {}),
    },
  };
}

/**
 * Sessions kept in an encrypted `__Host-astro-<app>` cookie: nothing to store server-side, and the
 * browser holds the tokens only as ciphertext it can neither read nor alter.
 */
export function createSessionStore(config: BffConfig): SessionStore {
  const name = sessionCookieName(config.app);
  const cipher = createSessionCipher(config.sessionSecret, `session:${config.app}`);
  const renewals = new SingleFlight<Renewal>(30_000);
  const recheckMs = config.sessionRecheckSeconds * 1000;
  const authApi = (req: Request, accessToken?: string) => createApiClients(config, req, accessToken).auth;

  const write = (res: Response, session: BffSession) => setCookie(res, name, cipher.seal(session));

  async function refresh(session: BffSession, req: Request): Promise<Renewal> {
    const { data, response } = await authApi(req).POST('/auth/refresh', {
      body: { refreshToken: session.refreshToken },
    });
    if (data) return { kind: 'renewed', session: sessionFromPair(data) };
    return response.status >= 500 ? { kind: 'unavailable' } : { kind: 'ended' };
  }

  async function recheck(session: BffSession, req: Request): Promise<Renewal> {
    const { status } = (await authApi(req, session.accessToken).GET('/auth/sessions/current')).response;
    if (status === 200) return { kind: 'renewed', session: { ...session, checkedAt: Date.now() } };
    return status === 401 ? { kind: 'ended' } : { kind: 'unavailable' };
  }

  async function renew(session: BffSession, req: Request): Promise<Renewal> {
    const now = Date.now();
    const key = createHash('sha256').update(session.refreshToken).digest('base64url');
    const due =
      session.accessExpiresAt - now < REFRESH_MARGIN_MS
        ? 'refresh'
        : now - session.checkedAt >= recheckMs
          ? 'recheck'
          : null;
    if (!due) return { kind: 'renewed', session };
    try {
      return await renewals.run(`${due}:${key}`, () =>
        due === 'refresh' ? refresh(session, req) : recheck(session, req),
      );
    } catch {
      return { kind: 'unavailable' };
    }
  }

  return {
    async load(req, res) {
      const sealed = readCookie(req, name);
      if (!sealed) return null;
      const session = cipher.open<BffSession>(sealed);
      if (!session) {
        clearCookie(res, name);
        return null;
      }
      const renewal = await renew(session, req);
      if (renewal.kind === 'ended') {
        clearCookie(res, name);
        return null;
      }
      if (renewal.kind === 'unavailable') {
        // The Auth API is down: carry on with a still-valid access token; an expired one is useless.
        return session.accessExpiresAt > Date.now() ? session : null;
      }
      if (renewal.session !== session) write(res, renewal.session);
      return renewal.session;
    },
    start(res, pair) {
      const session = sessionFromPair(pair);
      write(res, session);
      return session;
    },
    seal: (session) => cipher.seal(session),
    clear: (res) => clearCookie(res, name),
  };
}
