/** How a counted attempt went: allowed, or refused until `retryAfterSeconds` have passed. */
export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

const MAX_KEYS = 50_000;

/**
 * Fixed-window counters in process memory. Enough for one Auth API instance; several instances would each
 * allow the limit (the persistent per-account lockout still holds across them).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, limit: number, windowMs: number): RateDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size >= MAX_KEYS) this.evictExpired(now);
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { allowed: window.count <= limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
  }

  /** Whether one more attempt would be within `limit`, without counting it. */
  peek(key: string, limit: number): RateDecision {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: window.count < limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    if (this.windows.size >= MAX_KEYS) this.windows.clear();
  }
}
