import {
  createAdminApiClient,
  createAuthApiClient,
  createCoreApiClient,
  createCustomerApiClient,
} from '@astrobookings/openapi';
import type { BffConfig } from './config.js';

export type ApiClients = ReturnType<typeof createApiClients>;

/**
 * Typed clients for every API, bound to one incoming request so each call carries its `x-request-id`
 * and, when someone is signed in, `Authorization: Bearer <their access token>` (see `accessTokenOf`).
 * The token is added here, server-side; it never travels to the browser.
 * Created per request: openapi-fetch clients are cheap, and binding both here keeps routes from
 * forgetting them.
 */
export function createApiClients(
  config: Pick<BffConfig, 'apiUrls'>,
  requestId: string,
  accessToken?: string,
) {
  const common = { requestId, ...(accessToken ? { accessToken } : {}) };
  return {
    auth: createAuthApiClient({ baseUrl: config.apiUrls.auth, ...common }),
    customer: createCustomerApiClient({ baseUrl: config.apiUrls.customer, ...common }),
    admin: createAdminApiClient({ baseUrl: config.apiUrls.admin, ...common }),
    core: createCoreApiClient({ baseUrl: config.apiUrls.core, ...common }),
  };
}
