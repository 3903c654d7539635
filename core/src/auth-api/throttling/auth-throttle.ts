import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { TooManyRequestsException } from '../../platform/problem/too-many-requests.exception.js';
import { RateLimits } from '../../platform/rate-limit/rate-limits.js';
import type { SharedRateLimit } from '../../platform/rate-limit/shared-rate-limit.js';
import { signInDelaySeconds } from './sign-in-delay.js';

export type ThrottledAction =
  'login' | 'register' | 'password-reset' | 'verification' | 'invitation' | 'unlock';

const MINUTE_SECONDS = 60;
/** How long a client's failed sign-ins to one account are remembered when it never gets the password right. */
const CLIENT_FAILURE_MEMORY_SECONDS = 24 * 60 * MINUTE_SECONDS;

/**
 * Abuse limits of the Auth API, shared by all its instances: requests per client address per action; a delay
 * that grows with each failed sign-in to one account from one client address, so guessing from one client is
 * slowed while the owner elsewhere signs in; and a lock of the account once all clients together failed too
 * often. Failures are counted per email address whether or not an account exists, so neither the delay nor
 * the lock reveals who has an account.
 */
@Injectable()
export class AuthThrottle {
  private readonly perClient: SharedRateLimit;
  private readonly clientFailures: SharedRateLimit;
  private readonly clientDelays: SharedRateLimit;
  private readonly accountFailures: SharedRateLimit;
  private readonly accountLocks: SharedRateLimit;

  constructor(
    limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const { rateLimitPerMinute, accountLockMinutes } = config.auth;
    // Only counted or blocked, never hit: one point makes a block (two points) read as refused.
    const counter = (name: string, windowSeconds: number) =>
      limits.define({ name, points: 1, windowSeconds });
    this.perClient = limits.define({
      name: 'auth-client',
      points: rateLimitPerMinute,
      windowSeconds: MINUTE_SECONDS,
    });
    this.clientFailures = counter('auth-client-failures', CLIENT_FAILURE_MEMORY_SECONDS);
    this.clientDelays = counter('auth-client-delay', CLIENT_FAILURE_MEMORY_SECONDS);
    this.accountFailures = counter('auth-account-failures', accountLockMinutes * MINUTE_SECONDS);
    this.accountLocks = counter('auth-account-lock', accountLockMinutes * MINUTE_SECONDS);
  }

  /** Counts one request from `ip`; throws 429 once the client address went over the limit this minute. */
  async checkClient(action: ThrottledAction, ip: string): Promise<void> {
    await this.perClient.hit(`${action}:${ip}`);
  }

  /**
   * Throws 429 while the account is locked or `ip` must still wait after its failures: checked before the
   * password, so the right password does not get the attacker's client in either.
   */
  async checkSignIn(email: string, ip: string): Promise<void> {
    const waits = await Promise.all([
      this.accountLocks.refusedFor(accountKey(email)),
      this.clientDelays.refusedFor(clientKey(email, ip)),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) throw new TooManyRequestsException(wait);
  }

  /** Records a failed sign-in to `email` from `ip`; true when it is the one that locks the account. */
  async recordFailure(email: string, ip: string): Promise<boolean> {
    const { lockoutThreshold, lockoutMinutes, accountLockThreshold, accountLockMinutes } = this.config.auth;
    const key = clientKey(email, ip);
    const delay = signInDelaySeconds(
      await this.clientFailures.count(key),
      lockoutThreshold,
      lockoutMinutes * MINUTE_SECONDS,
    );
    if (delay > 0) await this.clientDelays.block(key, delay);
    // Exactly one failure reaches the threshold (the count is one atomic upsert), so one lock, one email.
    if ((await this.accountFailures.count(accountKey(email))) !== accountLockThreshold) return false;
    await this.accountLocks.block(accountKey(email), accountLockMinutes * MINUTE_SECONDS);
    await this.accountFailures.forget(accountKey(email));
    return true;
  }

  /** The right password from `ip`: that client starts afresh; the account's other counts stay. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const key = clientKey(email, ip);
    await Promise.all([this.clientFailures.forget(key), this.clientDelays.forget(key)]);
  }

  /** Seconds the account stays locked; 0 when it is not. */
  lockedFor(email: string): Promise<number> {
    return this.accountLocks.refusedFor(accountKey(email));
  }

  /** Lifts the account lock (its owner's unlock link, a password reset, an admin), with a fresh count. */
  async unlock(email: string): Promise<void> {
    await Promise.all([
      this.accountLocks.forget(accountKey(email)),
      this.accountFailures.forget(accountKey(email)),
    ]);
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

function clientKey(email: string, ip: string): string {
  return `${accountKey(email)} ${ip}`;
}
