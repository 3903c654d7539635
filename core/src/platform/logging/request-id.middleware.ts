import { loggableUrl } from '@astrobookings/system';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { runWithRequestId } from './request-context.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';

/**
 * Gives every request an id (the caller's `x-request-id` or a new one), echoes it in the response, keeps it in
 * async context for the rest of the request and logs one line when the response is finished, without the
 * one-time secrets a URL may carry.
 */
export function requestIdMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    const startedAt = process.hrtime.bigint();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    runWithRequestId(requestId, () => {
      res.on('finish', () => {
        const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
        logger.info(
          {
            requestId,
            method: req.method,
            url: loggableUrl(req.originalUrl),
            status: res.statusCode,
            durationMs,
          },
          'request completed',
        );
      });
      next();
    });
  };
}
