import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { TooManyRequestsException } from '../../platform/problem/too-many-requests.exception.js';
import { RateLimiter } from './rate-limiter.js';

export type ThrottledAction = 'login' | 'register' | 'password-reset' | 'verification' | 'invitation';

const MINUTE_MS = 60_000;

/**
 * Abuse limits of the Auth API: requests per IP per action, and failed sign-ins per email address. Failures are
 * counted per address whether or not an account exists, so a lockout reveals nothing about who has an account.
 */
@Injectable()
export class AuthThrottle {
  private readonly perIp = new RateLimiter();
  private readonly failures = new RateLimiter();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Counts one request from `ip`; throws 429 once the IP went over the limit this minute. */
  checkIp(action: ThrottledAction, ip: string): void {
    const decision = this.perIp.hit(`${action}:${ip}`, this.config.auth.rateLimitPerMinute, MINUTE_MS);
    if (!decision.allowed) throw new TooManyRequestsException(decision.retryAfterSeconds);
  }

  /** Throws 429 while an address is locked after too many failed sign-ins. */
  checkAccount(email: string, lockedUntil?: Date): void {
    const wait = Math.max(this.lockedFor(email), lockedUntil ? lockedUntil.getTime() - Date.now() : 0);
    if (wait > 0) throw new TooManyRequestsException(wait / 1000);
  }

  /** Records a failed sign-in; true when this failure locks the address. */
  recordFailure(email: string): boolean {
    const { lockoutThreshold, lockoutMinutes } = this.config.auth;
    return !this.failures.hit(`fail:${email}`, lockoutThreshold - 1, lockoutMinutes * MINUTE_MS).allowed;
  }

  recordSuccess(email: string): void {
    this.failures.reset(`fail:${email}`);
  }

  private lockedFor(email: string): number {
    const decision = this.failures.peek(`fail:${email}`, this.config.auth.lockoutThreshold);
    return decision.allowed ? 0 : decision.retryAfterSeconds * 1000;
  }
}
