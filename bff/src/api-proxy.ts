import type { Request, RequestHandler, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { problem } from './problem.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-context.js';

export interface ApiProxyOptions {
  /** Path prefix on this server, e.g. `/bff/proxy/customer`; it is removed before forwarding. */
  readonly path: string;
  /** API base URL the prefix maps to. */
  readonly target: string;
  /**
   * The paths below the prefix the browser may GET, whole-path patterns such as
   * `/^\/launches\/[0-9a-f-]{36}$/`. Anything else under the prefix, any other method, is a 404.
   */
  readonly allow: readonly RegExp[];
  readonly timeoutMs?: number;
}

/**
 * The only request headers an API sees from the browser. Everything else stays behind: cookies and
 * authorization belong to the web app's session, and `x-forwarded-*` would let a browser claim another
 * client address to the API's throttling.
 */
const FORWARDED_HEADERS = new Set([
  'host',
  'connection',
  'accept',
  'accept-encoding',
  'accept-language',
  'if-none-match',
  'if-modified-since',
]);

/**
 * Forwards the few read-only calls a page makes from the browser to an API, each allow-listed by path,
 * without the query string. Mount at the root (`app.use(apiProxy(...))`): the prefix is matched and
 * stripped here.
 */
export function apiProxy({ path, target, allow, timeoutMs = 10_000 }: ApiProxyOptions): RequestHandler {
  const prefix = path.replace(/\/+$/, '');
  const proxy = createProxyMiddleware<Request, Response>({
    target,
    changeOrigin: true,
    proxyTimeout: timeoutMs,
    timeout: timeoutMs,
    pathRewrite: (_path, req) => req.path.slice(prefix.length),
    on: {
      proxyReq: (proxyReq, req) => {
        for (const header of proxyReq.getHeaderNames()) {
          if (!FORWARDED_HEADERS.has(header)) proxyReq.removeHeader(header);
        }
        proxyReq.setHeader(REQUEST_ID_HEADER, requestIdOf(req));
        // Replaces any X-Forwarded-For the browser sent: the API believes this header from the BFF alone.
        const clientAddress = (req as { ip?: string }).ip;
        if (clientAddress) proxyReq.setHeader('x-forwarded-for', clientAddress);
        else proxyReq.removeHeader('x-forwarded-for');
      },
      proxyRes: (proxyRes) => {
        // An API must not set cookies on the web app's origin.
        delete proxyRes.headers['set-cookie'];
      },
      error: (_error, _req, res) => {
        if ('headersSent' in res && !res.headersSent) {
          problem(res as never, 502, 'Bad Gateway', 'The API behind this route did not answer in time');
        } else {
          res.destroy();
        }
      },
    },
  });
  return (req, res, next) => {
    if (req.path !== prefix && !req.path.startsWith(`${prefix}/`)) {
      next();
      return;
    }
    const below = req.path.slice(prefix.length);
    if (req.method === 'GET' && allow.some((pattern) => pattern.test(below))) {
      void proxy(req, res, next);
      return;
    }
    problem(res, 404, 'Not Found', 'No BFF route matches this path');
  };
}
