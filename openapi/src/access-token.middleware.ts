import type { Middleware } from 'openapi-fetch';

/** A fixed token, or a function read on every call (e.g. a cached service token that renews itself). */
export type AccessTokenSource = string | (() => string | undefined | Promise<string | undefined>);

/** Sends `Authorization: Bearer <token>` on every call that has no Authorization header yet. */
export function accessTokenMiddleware(source: AccessTokenSource): Middleware {
  return {
    async onRequest({ request }) {
      if (request.headers.has('authorization')) return request;
      const token = typeof source === 'function' ? await source() : source;
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  };
}
