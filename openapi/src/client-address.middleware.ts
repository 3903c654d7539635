import type { Middleware } from 'openapi-fetch';

/**
 * Sends the end user's address as the only `X-Forwarded-For` entry, replacing whatever the call carried: the
 * BFF vouches for the address it derived itself, never for a chain a browser could have written.
 */
export function clientAddressMiddleware(clientAddress: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('x-forwarded-for', clientAddress);
      return request;
    },
  };
}
