import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** Per-request CSP nonce, read by the SSR renderer so the inline scripts Angular emits can run. */
export function cspNonceOf(res: Response): string {
  return String(res.locals['cspNonce']);
}

/**
 * Helmet with a Content Security Policy that fits Angular SSR output.
 *
 * Scripts: Angular's server renderer emits inline scripts (event-replay bootstrap, the event dispatch
 * contract); they carry a per-request nonce (see `cspNonceOf`), so `script-src` needs no 'unsafe-inline'.
 * Styles: component styles are inlined as `<style>` tags and the browser side adds more at run time without
 * knowing the server's nonce, so `style-src` allows 'unsafe-inline' (a nonce there would disable it).
 */
export function securityHeaders(
  options: {
    formActionOrigins?: readonly string[];
    /**
     * Whether the app is served over HTTPS (its configured public URL says so): browsers are then told to
     * use nothing else (HSTS). Plain-HTTP development must not be, or every app on localhost would break.
     */
    https?: boolean;
  } = {},
): RequestHandler[] {
  const nonce: RequestHandler = (_req, res, next) => {
    res.locals['cspNonce'] = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${cspNonceOf(res as Response)}'`],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        // Browsers apply form-action to the redirects that follow a form post too: the Auth app's sign-in
        // form ends on another app's callback, so that app's origin must be listed.
        formAction: ["'self'", ...(options.formActionOrigins ?? [])],
        // Local plain-HTTP development must not be forced onto https.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: options.https ?? false,
    // Not helmet's `no-referrer`: under it browsers send `Origin: null` on same-origin form posts, and the
    // CSRF check needs the real origin. `same-origin` still sends nothing to other sites.
    referrerPolicy: { policy: 'same-origin' },
  }) as RequestHandler;
  return [nonce, headers as (req: Request, res: Response, next: () => void) => void];
}
