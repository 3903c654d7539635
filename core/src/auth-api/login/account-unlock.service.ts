import { BadRequestException, Injectable } from '@nestjs/common';
import { INVALID_LINK } from '../accounts/registration.service.js';
import { SecurityEvents } from '../security-events.js';
import { AuthThrottle } from '../throttling/auth-throttle.js';
import { OneTimeTokens } from '../tokens/one-time-tokens.js';

/** Lifts a sign-in lock with the one-time link the lock emailed to the account's owner. */
@Injectable()
export class AccountUnlockService {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly throttle: AuthThrottle,
    private readonly events: SecurityEvents,
  ) {}

  async unlock(token: string, ip: string): Promise<void> {
    await this.throttle.checkClient('unlock', ip);
    const used = await this.tokens.consume('unlock-account', token);
    if (!used?.userId || !used.email) throw new BadRequestException(INVALID_LINK);
    await this.throttle.unlock(used.email);
    await this.events.record('auth.login.unlocked', { actor: `user:${used.userId}`, ip });
  }
}
