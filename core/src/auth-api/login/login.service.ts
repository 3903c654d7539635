import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { Accounts } from '../accounts/accounts.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { SecurityEvents } from '../security-events.js';
import { Sessions } from '../sessions/sessions.js';
import { AuthThrottle } from '../throttling/auth-throttle.js';
import type { LoginDto, TokenPairDto } from '../tokens/token-pair.dto.js';
import { TokenPairs } from '../tokens/token-pairs.js';

/** Same answer for an unknown email and a wrong password, so sign-in never tells who has an account. */
export const INVALID_CREDENTIALS = 'Invalid email or password.';

/** Signs people in: throttling, lockout, password check, and a new session with its first token pair. */
@Injectable()
export class LoginService {
  constructor(
    private readonly accounts: Accounts,
    private readonly hasher: PasswordHasher,
    private readonly throttle: AuthThrottle,
    private readonly sessions: Sessions,
    private readonly tokenPairs: TokenPairs,
    private readonly events: SecurityEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login({ email, password }: LoginDto, ip: string): Promise<TokenPairDto> {
    this.throttle.checkIp('login', ip);
    const credential = await this.accounts.byEmail(email);
    this.throttle.checkAccount(email, credential?.lockedUntil);
    const valid = await this.hasher.verify(credential?.passwordHash, password);
    if (!credential || !valid) {
      await this.recordFailure(email, ip, credential?._id);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    // The password is right, so saying why the account cannot sign in reveals nothing to a stranger.
    if (credential.status === 'pending-verification') {
      throw new ForbiddenException('Confirm your email address first: follow the link we emailed you.');
    }
    if (credential.status === 'disabled') throw new ForbiddenException('This account is disabled.');
    this.throttle.recordSuccess(email);
    await this.accounts
      .model()
      .updateOne({ _id: credential._id }, { failedLogins: 0, $unset: { lockedUntil: 1 } });
    const sessionId = await this.sessions.start(credential);
    await this.events.record('auth.login.succeeded', { actor: `user:${credential._id}`, ip, sessionId });
    return this.tokenPairs.issue(credential, sessionId);
  }

  private async recordFailure(email: string, ip: string, userId: string | undefined): Promise<void> {
    const locks = this.throttle.recordFailure(email);
    const { lockoutThreshold, lockoutMinutes } = this.config.auth;
    if (userId) {
      const updated = await this.accounts
        .model()
        .findOneAndUpdate({ _id: userId }, { $inc: { failedLogins: 1 } }, { returnDocument: 'after' })
        .exec();
      if (updated && updated.failedLogins >= lockoutThreshold) {
        await this.accounts
          .model()
          .updateOne(
            { _id: userId },
            { failedLogins: 0, lockedUntil: new Date(Date.now() + lockoutMinutes * 60_000) },
          )
          .exec();
      }
    }
    const actor = userId ? `user:${userId}` : 'anonymous';
    await this.events.record('auth.login.failed', { actor, ip, email });
    if (locks) await this.events.record('auth.login.locked', { actor, ip, email, minutes: lockoutMinutes });
  }
}
