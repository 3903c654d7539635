import { languageOf } from '../../shared/model/language.js';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '../../platform/security/principal.js';
import { Accounts } from '../accounts/accounts.js';
import { INVALID_LINK } from '../accounts/registration.service.js';
import { AuthEmails } from '../email/auth-emails.js';
import { SecurityEvents } from '../security-events.js';
import { Sessions } from '../sessions/sessions.js';
import { AuthThrottle } from '../throttling/auth-throttle.js';
import { OneTimeTokens } from '../tokens/one-time-tokens.js';
import { PasswordHasher } from './password-hasher.js';

const RESET_TTL_MS = 60 * 60 * 1000;

/** Forgotten, reset and changed passwords. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly accounts: Accounts,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokens,
    private readonly emails: AuthEmails,
    private readonly sessions: Sessions,
    private readonly throttle: AuthThrottle,
    private readonly events: SecurityEvents,
  ) {}

  /** Emails a reset link when the account exists; answers the same either way. */
  async forgot(email: string, ip: string): Promise<void> {
    await this.throttle.checkClient('password-reset', ip);
    const credential = await this.accounts.byEmail(email);
    if (!credential || credential.status === 'disabled') return;
    const { token } = await this.tokens.issue(
      'reset-password',
      { userId: credential._id, email },
      RESET_TTL_MS,
    );
    await this.emails.resetPassword(credential.email, token, languageOf(credential.language));
    await this.events.record('auth.password.reset-requested', { actor: `user:${credential._id}`, ip });
  }

  /** Sets the new password and ends every session, since whoever knew the old one may be signed in. */
  async reset(token: string, password: string, ip: string): Promise<void> {
    await this.throttle.checkClient('password-reset', ip);
    const used = await this.tokens.consume('reset-password', token);
    if (!used?.userId) throw new BadRequestException(INVALID_LINK);
    const credential = await this.accounts.byId(used.userId);
    if (!credential || credential.status === 'disabled') throw new BadRequestException(INVALID_LINK);
    credential.passwordHash = await this.hasher.hash(password);
    // Following the emailed link proves the address, so a not yet verified account becomes active.
    if (credential.status === 'pending-verification') {
      credential.status = 'active';
      credential.emailVerifiedAt = new Date();
    }
    await credential.save();
    // Following the emailed link proves ownership as much as the unlock link does.
    await this.throttle.unlock(credential.email);
    await this.sessions.revokeAllOf(credential._id, 'password-reset');
    await this.events.record('auth.password.reset', { actor: `user:${credential._id}`, ip });
  }

  /** Changes the password of the signed-in user; their other sessions end, this one stays. */
  async change(
    principal: Principal,
    currentPassword: string,
    newPassword: string,
    ip: string,
  ): Promise<void> {
    // Counted like sign-ins, so a stolen access token cannot be used to guess the password at full speed.
    await this.throttle.checkClient('login', ip);
    const credential = await this.accounts.byId(principal.userId);
    if (!credential) throw new NotFoundException('The account no longer exists.');
    if (!(await this.hasher.verify(credential.passwordHash, currentPassword))) {
      throw new BadRequestException('The current password is not right.');
    }
    credential.passwordHash = await this.hasher.hash(newPassword);
    await credential.save();
    await this.sessions.revokeAllOf(credential._id, 'password-changed', principal.sessionId);
    await this.events.record('auth.password.changed', { actor: `user:${credential._id}`, ip });
  }
}
