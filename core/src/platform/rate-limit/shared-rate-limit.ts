import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterPostgres } from 'rate-limiter-flexible';
import { TooManyRequestsException } from '../problem/too-many-requests.exception.js';

/**
 * One named limit on the shared PostgreSQL store: `points` per key in a fixed window, counted with one atomic
 * upsert, so every instance of every service sees the same count. Keys are hashed before they are stored.
 */
export class SharedRateLimit {
  constructor(private readonly limiter: RateLimiterPostgres) {}

  /** Counts one request under `key`; throws 429 (with Retry-After) once `key` went over its limit. */
  async hit(key: string): Promise<void> {
    try {
      await this.limiter.consume(hashed(key));
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new TooManyRequestsException(refusal.msBeforeNext / 1000);
      throw refusal;
    }
  }

  /** Adds one to the count of `key` without ever refusing, and returns the count in this window. */
  async count(key: string): Promise<number> {
    return (await this.limiter.penalty(hashed(key))).consumedPoints;
  }

  /** Refuses `key` for `seconds`, whatever its count. */
  async block(key: string, seconds: number): Promise<void> {
    await this.limiter.block(hashed(key), seconds);
  }

  /** Seconds `key` stays refused (over its limit or blocked); 0 when the next request would pass. */
  async refusedFor(key: string): Promise<number> {
    const state = await this.limiter.get(hashed(key));
    if (!state || state.consumedPoints <= this.limiter.points) return 0;
    return Math.max(0, state.msBeforeNext) / 1000;
  }

  async forget(key: string): Promise<void> {
    await this.limiter.delete(hashed(key));
  }
}

function hashed(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
