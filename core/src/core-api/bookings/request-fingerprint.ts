import { createHash } from 'node:crypto';

/** What a booking request asked for, hashed: a retry under the same Idempotency-Key must ask for the same. */
export function requestFingerprint(request: { launchId: string; seats: number }): string {
  return createHash('sha256')
    .update(JSON.stringify([request.launchId, request.seats]))
    .digest('hex');
}
