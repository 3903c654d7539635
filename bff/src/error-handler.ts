import type { ErrorRequestHandler } from 'express';
import { problem } from './problem.js';

/**
 * Last handler of every BFF: an API that cannot be reached (the client throws) becomes a 502 problem
 * document instead of Express's HTML error page, and the cause is logged with the request id.
 */
export function bffErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    req.log?.error({ err: error }, 'BFF route failed');
    problem(res, 502, 'Bad Gateway', 'A service this page depends on is unavailable');
  };
}
