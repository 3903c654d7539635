import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { BffConfig } from './config.js';
import { csrfCookieName, readCookie, setCookie } from './cookies.js';
import { problem } from './problem.js';

export const CSRF_HEADER = 'x-csrf-token';
/** Hidden field of plain HTML forms, which cannot send headers. */
export const CSRF_FIELD = '_csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** This response's CSRF token, rendered into forms (`_csrf`) and read by scripts from the cookie. */
export function csrfTokenOf(res: Response): string {
  return String(res.locals['csrfToken']);
}

/**
 * Double-submit CSRF protection for every state-changing request: the token from the `x-csrf-token`
 * header or the `_csrf` form field must equal the `__Host-astro-<app>-csrf` cookie, which another site
 * can neither read nor (thanks to `__Host-`) plant. The token carries an HMAC under a server key, so a
 * value the server did not mint is refused even if it got into the cookie. The Origin (or Referer) must
 * also be this app. Mount after the body parsers.
 */
export function csrfProtection(config: Pick<BffConfig, 'app' | 'sessionSecret' | 'webUrls'>): RequestHandler {
  const name = csrfCookieName(config.app);
  const key = Buffer.from(
    hkdfSync('sha256', config.sessionSecret, 'astrobookings-bff', `csrf:${config.app}`, 32),
  );
  const sign = (nonce: string) => createHmac('sha256', key).update(nonce).digest('base64url');
  const isMinted = (token: string | undefined): token is string => {
    const [nonce, mac, extra] = token?.split('.') ?? [];
    return !!nonce && !!mac && extra === undefined && equal(mac, sign(nonce));
  };
  const configuredOrigin = new URL(config.webUrls[config.app]).origin;

  return (req, res, next) => {
    const cookie = readCookie(req, name);
    const hadValidCookie = isMinted(cookie);
    let token = hadValidCookie ? cookie : '';
    // Minted with pages only: BFF JSON answers may be publicly cacheable and must not carry a cookie.
    if (!hadValidCookie && SAFE_METHODS.has(req.method) && !req.path.startsWith('/bff/')) {
      const nonce = randomBytes(24).toString('base64url');
      token = `${nonce}.${sign(nonce)}`;
      setCookie(res, name, token, { scriptReadable: true });
    }
    res.locals['csrfToken'] = token;
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    if (!isSameOrigin(req, configuredOrigin)) {
      problem(res, 403, 'Forbidden', 'This request did not come from this site');
      return;
    }
    const submitted = req.get(CSRF_HEADER) ?? bodyField(req, CSRF_FIELD);
    if (!hadValidCookie || !submitted || !equal(submitted, token)) {
      problem(
        res,
        403,
        'Forbidden',
        'The form has expired or is missing its security token; reload the page and try again',
      );
      return;
    }
    next();
  };
}

function isSameOrigin(req: Request, configuredOrigin: string): boolean {
  const claimed = req.get('origin') ?? originOf(req.get('referer'));
  if (!claimed || claimed === 'null') return false;
  return claimed === configuredOrigin || claimed === `${req.protocol}://${req.get('host')}`;
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

function bodyField(req: Request, field: string): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
