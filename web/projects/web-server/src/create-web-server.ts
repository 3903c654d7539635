import { AngularNodeAppEngine, writeResponseToNodeResponse } from '@angular/ssr/node';
import {
  apiProxy,
  bffErrorHandler,
  createLogger,
  createSessionStore,
  csrfProtection,
  cspNonceOf,
  healthRouter,
  loadBffConfig,
  pageGuard,
  problem,
  redirectsInLocale,
  requestContext,
  requestIdOf,
  securityHeaders,
  sessionMiddleware,
  sessionRoutes,
  type ApiProxyOptions,
  type BffConfig,
  type SessionStore,
  type WebApp,
} from '@astrobookings/bff';
import type { SsrRequestContext } from '@astrobookings/ui';
import express, { Router, type Express } from 'express';
import { pageContextOf } from './page-context';
import type { Logger } from 'pino';

export interface WebServerOptions<A extends WebApp = WebApp> {
  readonly app: A;
  /** Folder of the built browser bundle, served as static files. */
  readonly browserDistFolder: string;
  /**
   * Adds the app's BFF routes (under `/bff/`), which call the APIs server-side with the signed-in
   * user's token. Every state-changing route is already CSRF-protected.
   */
  readonly routes: (router: Router, config: BffConfig<A>, sessions: SessionStore) => void;
  /**
   * Anonymous routes whose answers are the same for every visitor (catalog views, the sitemap): mounted
   * before the session, so they never read, renew or set a cookie and shared caches may keep them.
   */
  readonly publicRoutes?: (router: Router, config: BffConfig<A>) => void;
  /** The few read-only API calls the browser makes directly, each allow-listed; anonymous too. */
  readonly proxies?: (config: BffConfig<A>) => ApiProxyOptions[];
  /**
   * Other origins this app's form posts may end on after a redirect (e.g. a payment provider's page the
   * BFF sends the browser to); only this app's own origin otherwise.
   */
  readonly formActionOrigins?: (config: BffConfig<A>) => string[];
}

export interface WebServer<A extends WebApp = WebApp> {
  readonly server: Express;
  readonly config: BffConfig<A>;
  readonly logger: Logger;
  listen(): void;
}

/**
 * One SSR server = one app's backend-for-frontend: security headers, request ids and logs, health, static
 * files, the anonymous public routes and API proxies, then the session (encrypted cookie, renewed when
 * due) and CSRF protection for everything else: the session endpoints, the app's BFF routes, the role
 * portal's page guard, and Angular server rendering for every other path.
 */
export function createWebServer<A extends WebApp>(options: WebServerOptions<A>): WebServer<A> {
  const config = loadBffConfig(options.app);
  const logger = createLogger(`${options.app}-web`, config.logLevel);
  const server = express();
  server.disable('x-powered-by');
  // Only the proxies in front (a load balancer) may say who the browser is and how it came (X-Forwarded-*).
  server.set('trust proxy', config.trustProxy);

  server.use(
    securityHeaders({
      // The Auth app's forms end on other apps (the sign-in hand-off to their callbacks); every other
      // app's sign-out may end on the Auth app (a portal's home, signed out, sends the browser to sign in).
      formActionOrigins:
        options.app === 'auth'
          ? Object.values(config.webUrls).map((url) => new URL(url).origin)
          : [new URL(config.webUrls.auth).origin, ...(options.formActionOrigins?.(config) ?? [])],
      https: new URL(config.webUrls[options.app]).protocol === 'https:',
    }),
  );
  server.use(requestContext(logger));
  server.use(
    healthRouter({
      app: `${options.app}-web`,
      checks: Object.fromEntries(config.apis.map((api) => [api, config.apiUrls[api]])),
    }),
  );

  // One folder per language: English at its root, Spanish in `es/`, as the pages' URLs are.
  server.use(express.static(options.browserDistFolder, { maxAge: '1y', index: false, redirect: false }));

  const publicRouter = Router();
  options.publicRoutes?.(publicRouter, config);
  server.use(publicRouter);
  for (const proxy of options.proxies?.(config) ?? []) {
    server.use(apiProxy(proxy));
  }

  const sessions = createSessionStore(config);
  server.use(
    '/bff',
    express.urlencoded({ extended: false, limit: '16kb' }),
    express.json({ limit: '16kb' }),
    redirectsInLocale(),
  );
  server.use(sessionMiddleware(sessions));
  server.use(csrfProtection(config));
  server.use(sessionRoutes(config, sessions));
  const bff = Router();
  options.routes(bff, config, sessions);
  server.use(bff);
  server.use('/bff', (_req, res) => problem(res, 404, 'Not Found', 'No BFF route matches this path'));

  server.use(pageGuard(config));
  const angular = new AngularNodeAppEngine();
  // Canonical and Open Graph URLs name the configured origin: the Host header is the client's to forge.
  const origin = new URL(config.webUrls[options.app]).origin;
  server.use((req, res, next) => {
    const { page, bffCookie } = pageContextOf(req, res, config, sessions);
    const context: SsrRequestContext = {
      nonce: cspNonceOf(res),
      requestId: requestIdOf(req),
      clientAddress: req.ip ?? '',
      origin,
      page,
      bffCookie,
    };
    // Pages carry the user's name and a CSRF token: no shared cache may keep them.
    res.set('cache-control', 'private, no-store');
    angular
      .handle(req, context)
      .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
      .catch(next);
  });
  server.use(bffErrorHandler());

  return {
    server,
    config,
    logger,
    listen: () => {
      server.listen(config.port, (error) => {
        if (error) {
          throw error;
        }
        logger.info({ port: config.port }, `${options.app} web listening on http://localhost:${config.port}`);
      });
    },
  };
}
