import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Where Swagger UI lives (see api-document.ts): its page needs scripts, styles and images of its own. */
const DOCS_PATH = /^\/docs(\/|$)/;

const hsts = helmet.strictTransportSecurity();

/**
 * Helmet for JSON APIs: nothing an answer carries may run, load or be framed (`default-src 'none'`,
 * `frame-ancestors 'none'`, X-Frame-Options DENY, nosniff). A route that serves a page sets its own,
 * equally strict, policy (the simulated checkout page does). Swagger UI, when served, gets the least it needs:
 * its own scripts, its inline styles and images, and calls to this API.
 *
 * HSTS only on requests that came over HTTPS, directly or through a trusted proxy's X-Forwarded-Proto
 * (`trust proxy`): a service reached over plain HTTP inside a private network must stay reachable that way.
 */
export function securityHeaders(): RequestHandler[] {
  const common = {
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  } as const;
  const api = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
    },
  });
  const docs = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    },
  });
  return [
    (req, res, next) => (DOCS_PATH.test(req.path) ? docs : api)(req, res, next),
    (req, res, next) => (req.secure ? hsts(req, res, next) : next()),
  ];
}
