import { ServiceUnavailableError } from '@astrobookings/openapi';
import type { ErrorRequestHandler } from 'express';
import { problem } from './problem.js';
import { RouteProblem } from './route-problem.js';

/**
 * How a failed call to another service is answered: 504 when it gave up at its deadline, 502 when it could
 * not connect. The API clients say which service it was (ServiceUnavailableError); a bare fetch reports a
 * connection it could not make or keep as `TypeError('fetch failed')` and a deadline as an `AbortError` or
 * `TimeoutError`. Read by name, not `instanceof`: fetch's errors may come from another realm than this
 * module's `Error` (as under Jest).
 */
function unavailable(error: unknown): { status: 502 | 504; detail: string } | undefined {
  if (ServiceUnavailableError.isOne(error)) {
    return error.reason === 'timeout'
      ? { status: 504, detail: `The ${error.service} did not answer in time` }
      : { status: 502, detail: `The ${error.service} is unavailable` };
  }
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'AbortError' || name === 'TimeoutError') {
    return { status: 504, detail: 'A service this page depends on did not answer in time' };
  }
  if (name === 'TypeError' && message === 'fetch failed') {
    return { status: 502, detail: 'A service this page depends on is unavailable' };
  }
  return undefined;
}

/**
 * Last handler of every BFF, so nothing ends on Express's HTML error page: a `RouteProblem` is sent as
 * it is; an API that cannot be reached becomes a 502, or a 504 when it did not answer in time (the BFF is
 * fine, a service behind it is not); any other error is a fault of the BFF itself and a 500, its cause
 * logged with the request id.
 */
export function bffErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const failedCall = unavailable(error);
    if (error instanceof RouteProblem) {
      problem(res, error.status, error.title, error.detail);
    } else if (failedCall) {
      req.log?.error({ err: error }, 'BFF could not reach a service');
      problem(
        res,
        failedCall.status,
        failedCall.status === 504 ? 'Gateway Timeout' : 'Bad Gateway',
        failedCall.detail,
      );
    } else {
      req.log?.error({ err: error }, 'BFF route failed');
      problem(res, 500, 'Internal Server Error', 'Something went wrong on our side');
    }
  };
}
