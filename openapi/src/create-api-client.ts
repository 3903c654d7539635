import createClient, { type Client } from 'openapi-fetch';
import { accessTokenMiddleware, type AccessTokenSource } from './access-token.middleware.js';
import { clientAddressMiddleware } from './client-address.middleware.js';
import { requestIdMiddleware, type RequestIdSource } from './request-id.middleware.js';
import { DEFAULT_TIMEOUT_MS, timedFetch } from './timed-fetch.js';

export interface ApiClientOptions {
  /** Where the API listens, e.g. `http://127.0.0.1:3004`. */
  baseUrl: string;
  /** Sent as `x-request-id` on every call; a function is read per call. */
  requestId?: RequestIdSource;
  /** Sent as a bearer token on every call; a function is read (and awaited) per call. */
  accessToken?: AccessTokenSource;
  /**
   * The end user's address, as a BFF derived it under its own `trust proxy` setting; sent as the only
   * `X-Forwarded-For` entry, which the APIs believe from the BFFs alone (their TRUST_PROXY).
   */
  clientAddress?: string;
  /** How long a call may take before it fails with a ServiceUnavailableError (10 s when left out). */
  timeoutMs?: number;
  /** A fetch to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
}

/**
 * A typed client for one API's `paths`, sending the request id on every call; a call that gets no answer in
 * time, or cannot connect, fails with a ServiceUnavailableError naming `service`.
 */
export function createApiClient<Paths extends object>(
  service: string,
  options: ApiClientOptions,
): Client<Paths> {
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    fetch: timedFetch(service, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.fetch),
  });
  if (options.requestId) client.use(requestIdMiddleware(options.requestId));
  if (options.accessToken) client.use(accessTokenMiddleware(options.accessToken));
  if (options.clientAddress) client.use(clientAddressMiddleware(options.clientAddress));
  return client;
}
