import { ServiceUnavailableError } from '@astrobookings/openapi';
import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Problem } from './problem.js';
import { FieldRefusalException } from './field-refusal.exception.js';
import { ValidationFailedException } from './validation-failed.exception.js';

/** Maps anything thrown while handling a request to problem details; unknown errors become a bare 500. */
export function toProblem(exception: unknown, instance: string): Problem {
  if (exception instanceof ValidationFailedException) {
    return { ...base(400, instance), detail: exception.message, errors: exception.errors };
  }
  if (exception instanceof FieldRefusalException) {
    return { ...base(exception.getStatus(), instance), detail: exception.message, errors: exception.errors };
  }
  if (exception instanceof HttpException) {
    return { ...base(exception.getStatus(), instance), detail: detailOf(exception) };
  }
  const failedCall = serviceCallFailure(exception);
  if (failedCall) return { ...base(failedCall.status, instance), detail: failedCall.detail };
  const clientStatus = bodyParserStatus(exception);
  if (clientStatus) {
    return { ...base(clientStatus, instance), detail: (exception as Error).message };
  }
  return { ...base(HttpStatus.INTERNAL_SERVER_ERROR, instance), detail: 'An unexpected error occurred.' };
}

function base(status: number, instance: string): Problem {
  const title = STATUS_CODES[status] ?? 'Error';
  return { type: `https://astrobookings.local/problems/${slug(title)}`, title, status, instance };
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function detailOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

// Errors from the JSON body parser (malformed JSON, body too large) carry a 4xx status but are no HttpException.
function bodyParserStatus(exception: unknown): number | undefined {
  const status = (exception as { status?: unknown } | null)?.status;
  const isBodyParser = typeof (exception as { type?: unknown } | null)?.type === 'string';
  return isBodyParser && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * A call to another service that got no answer: 504 when it gave up at its deadline, 502 when it could not
 * connect. A deadline that passes while the answer's body is still arriving surfaces as fetch's own
 * `TimeoutError`, which names no service.
 */
function serviceCallFailure(exception: unknown): { status: 502 | 504; detail: string } | undefined {
  if (ServiceUnavailableError.isOne(exception)) {
    return exception.reason === 'timeout'
      ? { status: HttpStatus.GATEWAY_TIMEOUT, detail: `The ${exception.service} did not answer in time.` }
      : { status: HttpStatus.BAD_GATEWAY, detail: `The ${exception.service} is unavailable.` };
  }
  if ((exception as { name?: unknown } | null)?.name === 'TimeoutError') {
    return {
      status: HttpStatus.GATEWAY_TIMEOUT,
      detail: 'A service this one depends on did not answer in time.',
    };
  }
  return undefined;
}
