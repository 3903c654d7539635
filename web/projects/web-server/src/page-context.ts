import {
  csrfCookieName,
  csrfTokenOf,
  pageAccessOf,
  PORTALS,
  sessionCookieName,
  sessionOf,
  takeFormFeedback,
  type BffConfig,
  type SessionStore,
} from '@astrobookings/bff';
import type { PageContext } from '@astrobookings/ui';
import type { Request, Response } from 'express';

/**
 * The session facts a page is rendered with (no token), the refused form it shows again, and the cookie header the renderer's own calls
 * to this BFF must carry: the session as it stands after this request's renewal, so a refresh done here
 * is never repeated with the already-rotated token.
 */
export function pageContextOf(
  req: Request,
  res: Response,
  config: BffConfig,
  sessions: SessionStore,
): { page: PageContext; bffCookie: string } {
  const session = sessionOf(res);
  const user = session?.user;
  const csrfToken = csrfTokenOf(res);
  const cookies = [`${csrfCookieName(config.app)}=${csrfToken}`];
  const form = takeFormFeedback(req, res, config);
  if (session) {
    cookies.push(`${sessionCookieName(config.app)}=${sessions.seal(session)}`);
  }
  return {
    page: {
      app: config.app,
      portalTitle: PORTALS[config.app].title,
      user: user ? { name: user.name, email: user.email, roles: [...user.roles] } : null,
      csrfToken,
      access: pageAccessOf(res),
      path: req.originalUrl,
      ...(form ? { form } : {}),
    },
    bffCookie: cookies.join('; '),
  };
}
