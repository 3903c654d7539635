import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 with how long to wait; the problem filter sends it as `Retry-After`. */
export class TooManyRequestsException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many attempts. Try again later.',
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
