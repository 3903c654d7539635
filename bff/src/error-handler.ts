import type { ErrorRequestHandler } from 'express';
import { problem } from './problem.js';
import { RouteProblem } from './route-problem.js';

/**
 * Whether a call to another service failed on the way: Node's fetch reports a connection it could not
 * make or keep as `TypeError('fetch failed')` (the socket error is its cause), and a call given up on
 * after a deadline as an `AbortError` or `TimeoutError`. Read by name, not `instanceof`: fetch's errors
 * may come from another realm than this module's `Error` (as under Jest).
 */
function isUnreachable(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return (
    name === 'AbortError' || name === 'TimeoutError' || (name === 'TypeError' && message === 'fetch failed')
  );
}

/**
 * Last handler of every BFF, so nothing ends on Express's HTML error page: a `RouteProblem` is sent as
 * it is; an API that cannot be reached becomes a 502 (the BFF is fine, a service behind it is not); any
 * other error is a fault of the BFF itself and a 500, its cause logged with the request id.
 */
export function bffErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof RouteProblem) {
      problem(res, error.status, error.title, error.detail);
    } else if (isUnreachable(error)) {
      req.log?.error({ err: error }, 'BFF could not reach a service');
      problem(res, 502, 'Bad Gateway', 'A service this page depends on is unavailable');
    } else {
      req.log?.error({ err: error }, 'BFF route failed');
      problem(res, 500, 'Internal Server Error', 'Something went wrong on our side');
    }
  };
}
