import type { Request, RequestHandler, Response, Router } from 'express';
import { createApiClients, type ApiClients } from './api-clients.js';
import type { BffConfig } from './config.js';
import { problem } from './problem.js';
import { RouteProblem } from './route-problem.js';
import { accessTokenOf } from './session.js';

/** What a view loader works with: the request, and API clients bound to it. */
export interface ViewRequest {
  readonly req: Request;
  readonly res: Response;
  /** Every API's client, carrying this request's id and, when someone is signed in, their token. */
  readonly api: ApiClients;
}

export interface ViewRouteOptions {
  /** Who may read the view, e.g. `requirePortalRole(config.app)`; anyone when left out. */
  readonly guard?: RequestHandler;
  /** Views are personal unless a route says otherwise: `private, no-store` by default. */
  readonly cacheControl?: string;
}

/**
 * A GET route answering a page's view model: call the APIs, map their answers, send the view as JSON.
 * A loader throws `RouteProblem` for what the page must show instead (404, or 502 through `apiData`);
 * anything else thrown goes on to `bffErrorHandler`.
 */
export function viewRoute<T>(
  router: Router,
  config: Pick<BffConfig, 'apiUrls' | 'serviceCallTimeoutMs'>,
  path: string,
  options: ViewRouteOptions,
  load: (request: ViewRequest) => Promise<T>,
): void {
  const handler: RequestHandler = async (req, res) => {
    const api = createApiClients(config, req, accessTokenOf(res));
    try {
      const view = await load({ req, res, api });
      res.set('cache-control', options.cacheControl ?? 'private, no-store').json(view);
    } catch (error) {
      if (!(error instanceof RouteProblem)) throw error;
      problem(res, error.status, error.title, error.detail);
    }
  };
  if (options.guard) router.get(path, options.guard, handler);
  else router.get(path, handler);
}
