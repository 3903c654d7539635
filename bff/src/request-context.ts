import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { loggableUrl } from '@astrobookings/system';
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's id only when it is short and plain, so it cannot inject into logs or headers. */
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

export function createLogger(app: string, level: string): Logger {
  return pino({ level, base: { app } });
}

/** The request id assigned by `requestContext()`. */
export function requestIdOf(req: IncomingMessage): string {
  return String((req as IncomingMessage & { id?: string | number }).id);
}

/**
 * Takes the caller's `x-request-id` (or makes one), echoes it on the response and logs every request as
 * JSON with that id, so one id follows a page view through the BFF into every API it calls.
 */
export function requestContext(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers[REQUEST_ID_HEADER];
      const id = typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // Health probes run every few seconds; logging them would drown real traffic.
    autoLogging: { ignore: (req) => req.url === '/bff/health' },
    // Headers carry cookies and tokens and make every line huge; id, method, URL and status suffice. The
    // URL of an emailed link or the sign-in callback carries a one-time secret: only its shape is logged.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: loggableUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as RequestHandler;
}
