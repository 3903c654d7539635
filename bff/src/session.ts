import type { Response } from 'express';

/** Who is signed in, as pages may see it: never a token. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly supplierId?: string;
}

/** What the encrypted session cookie holds. Lives only on the server side of the BFF. */
export interface BffSession {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Epoch ms after which the access token is refused by the APIs. */
  readonly accessExpiresAt: number;
  /** Epoch ms of the last check that the SSO session is still alive at the Auth API. */
  readonly checkedAt: number;
  readonly user: SessionUser;
}

/** The session of this request, loaded (and renewed when due) by `sessionMiddleware`. */
export function sessionOf(res: Response): BffSession | null {
  return (res.locals['session'] as BffSession | undefined) ?? null;
}

export function setSessionOf(res: Response, session: BffSession | null): void {
  res.locals['session'] = session;
}

/** The signed-in user's access token, for API calls made server-side on their behalf. */
export function accessTokenOf(res: Response): string | undefined {
  return sessionOf(res)?.accessToken;
}
