import {
  createAdminApiClient,
  createAuthApiClient,
  createCoreApiClient,
  createCustomerApiClient,
} from '@astrobookings/openapi';
import type { Request } from 'express';
import type { BffConfig } from './config.js';
import { requestIdOf } from './request-context.js';

export type ApiClients = ReturnType<typeof createApiClients>;

/**
 * Typed clients for every API, bound to one incoming request so each call carries its `x-request-id`, the
 * browser's address as Express derived it under this server's `trust proxy` (as `X-Forwarded-For`, so the
 * APIs' limits and security events count the person, not this BFF) and, when someone is signed in,
 * `Authorization: Bearer <their access token>` (see `accessTokenOf`).
 * The token is added here, server-side; it never travels to the browser. A call that outlives
 * `serviceCallTimeoutMs` fails, and `bffErrorHandler` answers the page with a 504.
 * Created per request: openapi-fetch clients are cheap, and binding them here keeps routes from
 * forgetting any of it.
 */
export function createApiClients(
  config: Pick<BffConfig, 'apiUrls' | 'serviceCallTimeoutMs'>,
  req: Request,
  accessToken?: string,
) {
  const common = {
    requestId: requestIdOf(req),
    timeoutMs: config.serviceCallTimeoutMs,
    ...(req.ip ? { clientAddress: req.ip } : {}),
    ...(accessToken ? { accessToken } : {}),
  };
  return {
    auth: createAuthApiClient({ baseUrl: config.apiUrls.auth, ...common }),
    customer: createCustomerApiClient({ baseUrl: config.apiUrls.customer, ...common }),
    admin: createAdminApiClient({ baseUrl: config.apiUrls.admin, ...common }),
    core: createCoreApiClient({ baseUrl: config.apiUrls.core, ...common }),
  };
}
