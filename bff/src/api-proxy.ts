import type { RequestHandler } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { problem } from './problem.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-context.js';

export interface ApiProxyOptions {
  /** Path prefix on this server, e.g. `/bff/proxy/customer`; it is removed before forwarding. */
  readonly path: string;
  /** API base URL the prefix maps to. */
  readonly target: string;
  readonly timeoutMs?: number;
}

/**
 * Headers the browser sends that belong to the web app's own session: the APIs must never see them,
 * since they authenticate the BFF, not the browser.
 */
const BROWSER_ONLY_HEADERS = ['cookie', 'authorization', 'proxy-authorization'];

/**
 * Forwards the few calls the browser makes after hydration to an API. Mount at the root
 * (`app.use(apiProxy(...))`): the prefix is matched and stripped here.
 */
export function apiProxy({ path, target, timeoutMs = 10_000 }: ApiProxyOptions): RequestHandler {
  const prefix = path.replace(/\/+$/, '');
  return createProxyMiddleware({
    target,
    changeOrigin: true,
    proxyTimeout: timeoutMs,
    timeout: timeoutMs,
    pathFilter: (pathname) => pathname === prefix || pathname.startsWith(`${prefix}/`),
    pathRewrite: (requestPath) => requestPath.slice(prefix.length) || '/',
    on: {
      proxyReq: (proxyReq, req) => {
        for (const header of BROWSER_ONLY_HEADERS) {
          proxyReq.removeHeader(header);
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
}
