import { languageOf } from '../../shared/model/language.js';
import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { Accounts } from '../accounts/accounts.js';
import { AuthEmails } from '../email/auth-emails.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { SecurityEvents } from '../security-events.js';
import { Sessions } from '../sessions/sessions.js';
import { AuthThrottle } from '../throttling/auth-throttle.js';
import type { LoginDto, TokenPairDto } from '../tokens/token-pair.dto.js';
import { OneTimeTokens } from '../tokens/one-time-tokens.js';
import { TokenPairs } from '../tokens/token-pairs.js';
import type { Credential } from '../../shared/model/core-db/credential.schema.js';

/** Same answer for an unknown email and a wrong password, so sign-in never tells who has an account. */
export const INVALID_CREDENTIALS = 'Invalid email or password.';

/**
 * Signs people in: throttling, the per-client delay and the account lock (see AuthThrottle), the password
 * check, and a new session with its first token pair. The lock emails the owner a link that lifts it.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly accounts: Accounts,
    private readonly hasher: PasswordHasher,
    private readonly throttle: AuthThrottle,
    private readonly sessions: Sessions,
    private readonly tokenPairs: TokenPairs,
    private readonly events: SecurityEvents,
    private readonly tokens: OneTimeTokens,
    private readonly emails: AuthEmails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login({ email, password }: LoginDto, ip: string): Promise<TokenPairDto> {
    await this.throttle.checkClient('login', ip);
    await this.throttle.checkSignIn(email, ip);
    const credential = await this.accounts.byEmail(email);
    const valid = await this.hasher.verify(credential?.passwordHash, password);
    if (!credential || !valid) {
      await this.recordFailure(email, ip, credential ?? undefined);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    // The password is right, so saying why the account cannot sign in reveals nothing to a stranger.
    if (credential.status === 'pending-verification') {
      throw new ForbiddenException('Confirm your email address first: follow the link we emailed you.');
    }
    if (credential.status === 'disabled') throw new ForbiddenException('This account is disabled.');
    await this.throttle.recordSuccess(email, ip);
    const sessionId = await this.sessions.start(credential);
    await this.events.record('auth.login.succeeded', { actor: `user:${credential._id}`, ip, sessionId });
    return this.tokenPairs.issue(credential, sessionId);
  }

  private async recordFailure(email: string, ip: string, credential: Credential | undefined): Promise<void> {
    const locks = await this.throttle.recordFailure(email, ip);
    const actor = credential ? `user:${credential._id}` : 'anonymous';
    await this.events.record('auth.login.failed', { actor, ip, email });
    if (!locks) return;
    await this.events.record('auth.login.locked', {
      actor,
      ip,
      email,
      minutes: this.config.auth.accountLockMinutes,
    });
    if (credential && credential.status !== 'disabled') {
      const { token } = await this.tokens.issue(
        'unlock-account',
        { userId: credential._id, email: credential.email },
        this.config.auth.accountLockMinutes * 60_000,
      );
      await this.emails.unlockAccount(credential.email, token, languageOf(credential.language));
    }
  }
}
