import type { Middleware } from 'openapi-fetch';

/** A fixed id, or a function read on every call (e.g. the id of the request being handled right now). */
export type RequestIdSource = string | (() => string | undefined);

/** Sends `x-request-id` on every call so one request can be followed through every service's logs. */
export function requestIdMiddleware(source: RequestIdSource): Middleware {
  return {
    onRequest({ request }) {
      const requestId = typeof source === 'function' ? source() : source;
      if (requestId && !request.headers.has('x-request-id')) request.headers.set('x-request-id', requestId);
      return request;
    },
  };
}
