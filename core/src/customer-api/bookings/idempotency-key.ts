import { BadRequestException } from '@nestjs/common';
import { IDEMPOTENCY_KEY_PATTERN } from '../../platform/http/idempotency-key-pattern.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** The request's Idempotency-Key; every booking request must carry one so a retry never books twice. */
export function requireIdempotencyKey(value: string | undefined): string {
  if (!value) throw new BadRequestException('The Idempotency-Key header is required.');
  if (!IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw new BadRequestException(
      'The Idempotency-Key header must be 8 to 128 letters, digits or the characters . _ : - (a UUID fits).',
    );
  }
  return value;
}
