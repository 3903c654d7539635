import { BadGatewayException, HttpException } from '@nestjs/common';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import type { FieldError } from '../../platform/problem/problem.js';
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
    const refusals = fieldRefusals(error);
    if ((response.status === 409 || response.status === 422) && refusals.length > 0) {
      throw new FieldRefusalException(response.status, refusals);
    }
    throw new HttpException(detail, response.status);
  }
  throw new BadGatewayException(`The booking service answered ${response.status}.`);
}

/** The fields Core API named, so the customer's form can mark the one that was refused. */
function fieldRefusals(error: unknown) {
  const errors = (error as { errors?: FieldError[] } | undefined)?.errors ?? [];
  return errors.flatMap(({ field, messages, codes }) =>
    messages.map((message, index) => ({ field, message, code: codes[index] ?? 'invalid' })),
  );
}
