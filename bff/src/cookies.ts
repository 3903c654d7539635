import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';

/** Cookie names this BFF sets: `__Host-` pins them to this exact origin, path `/`, and Secure. */
export function sessionCookieName(app: string): string {
  return `__Host-astro-${app}`;
}

export function csrfCookieName(app: string): string {
  return `__Host-astro-${app}-csrf`;
}

/** The sign-in state: ties a callback to a sign-in this browser started (see `sessionRoutes`). */
export function signInStateCookieName(app: string): string {
  return `__Host-astro-${app}-state`;
}

/** The refused form's kept values and field problems, for the one page render after the redirect. */
export function formFlashCookieName(app: string): string {
  return `__Host-astro-${app}-form`;
}

/** The value of one cookie from the request, without a cookie-parsing dependency. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      return part.slice(index + 1).trim();
    }
  }
  return undefined;
}

export interface CookieOptions {
  /** Readable by page scripts: only the CSRF token, which is useless without the same-origin page. */
  readonly scriptReadable?: boolean;
  /** Lifetime in seconds; left out, the cookie lasts as long as the browser session. */
  readonly maxAgeSeconds?: number;
}

const KEPT_PRIVATE = Symbol('kept private');

/**
 * A response that sets a cookie must never be stored by a shared cache, which would hand the cookie (a
 * session) to the next visitor. Enforced when the headers are written, so a route that marks its answer
 * `public` afterwards cannot win.
 */
function keepPrivate(res: Response): void {
  const marked = res as Response & { [KEPT_PRIVATE]?: true };
  if (marked[KEPT_PRIVATE]) return;
  marked[KEPT_PRIVATE] = true;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
  res.writeHead = ((...args: unknown[]) => {
    res.setHeader('cache-control', 'private, no-store');
    res.vary('Cookie');
    return writeHead(...args);
  }) as Response['writeHead'];
}

/**
 * Sets a `__Host-` cookie: Secure (browsers accept it on http://localhost, which counts as a secure
 * context), Path=/, no Domain, SameSite=Lax so the cross-site sign-in redirect still carries it on GET.
 * The response becomes `private, no-store`.
 */
export function setCookie(res: Response, name: string, value: string, options: CookieOptions = {}): void {
  keepPrivate(res);
  res.cookie(name, value, {
    path: '/',
    secure: true,
    httpOnly: !options.scriptReadable,
    sameSite: 'lax',
    encode: String,
    ...(options.maxAgeSeconds === undefined ? {} : { maxAge: options.maxAgeSeconds * 1000 }),
  });
}

export function clearCookie(res: Response, name: string): void {
  keepPrivate(res);
  res.clearCookie(name, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
}
