import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import { toProblem } from './to-problem.js';
import { TooManyRequestsException } from './too-many-requests.exception.js';

/** Answers every error with RFC 9457 problem+json; only unexpected (5xx) errors are logged with their stack. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = toProblem(exception, request.originalUrl);
    if (problem.status >= 500) this.logger.error({ err: exception }, 'request failed');
    if (exception instanceof TooManyRequestsException) {
      response.setHeader('retry-after', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    }
    if (problem.status === 401) response.setHeader('www-authenticate', 'Bearer');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
