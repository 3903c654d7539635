import { BadGatewayException, HttpException } from '@nestjs/common';
import { TooManyRequestsException } from '../../platform/problem/too-many-requests.exception.js';

/**
 * Answers of Core API that are the customer's to see, passed on with Core API's explanation: their mistakes,
 * the hold limits (409, and 429 while their account cools down) and payments not being configured (503).
 */
const CUSTOMER_ERRORS = [400, 404, 409, 422, 429, 503];

/**
 * The data of a Core API call, or the error to answer with: the customer's own mistakes keep their status and
 * detail; anything else (Core API down, our service token refused) is a 502, never a 401 the browser would
 * take for its own session ending.
 */
export async function coreApiResult<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  if (CUSTOMER_ERRORS.includes(response.status)) {
    const given = (error as { detail?: unknown } | undefined)?.detail;
    const detail = typeof given === 'string' ? given : response.statusText;
    if (response.status === 429) {
      throw new TooManyRequestsException(Number(response.headers.get('retry-after')) || 60, detail);
    }
    throw new HttpException(detail, response.status);
  }
  throw new BadGatewayException(`The booking service answered ${response.status}.`);
}
