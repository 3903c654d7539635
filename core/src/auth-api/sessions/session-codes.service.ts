import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Principal } from '../../platform/security/principal.js';
import { Accounts } from '../accounts/accounts.js';
import { OneTimeTokens } from '../tokens/one-time-tokens.js';
import type { SessionCodeDto, TokenPairDto } from '../tokens/token-pair.dto.js';
import { TokenPairs } from '../tokens/token-pairs.js';
import { Sessions } from './sessions.js';

const CODE_TTL_SECONDS = 60;
const INVALID_CODE = 'The sign-in code is invalid, was already used or has expired.';

/**
 * Single sign-on between the web apps: the Auth web app trades its session for a one-time code, another app's
 * BFF trades the code for its own token family in the same session.
 */
@Injectable()
export class SessionCodesService {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly sessions: Sessions,
    private readonly accounts: Accounts,
    private readonly tokenPairs: TokenPairs,
  ) {}

  /**
   * Needs the session's live refresh token besides the access token: a leaked access token (two minutes of
   * use) must not be turnable into a new refresh family that lasts as long as the session.
   */
  async create(principal: Principal, refreshToken: string): Promise<SessionCodeDto> {
    if (!principal.sessionId) throw new BadRequestException('This token belongs to no session.');
    if (!(await this.sessions.isActive(principal.sessionId)))
      throw new UnauthorizedException('The session has ended.');
    if (!(await this.tokenPairs.holdsSession(refreshToken, principal.sessionId)))
      throw new UnauthorizedException('The refresh token does not belong to this session, or was replaced.');
    const { token } = await this.tokens.issue(
      'session-code',
      { userId: principal.userId, data: { sessionId: principal.sessionId } },
      CODE_TTL_SECONDS * 1000,
    );
    return { code: token, expiresIn: CODE_TTL_SECONDS };
  }

  async exchange(code: string): Promise<TokenPairDto> {
    const used = await this.tokens.consume('session-code', code);
    const sessionId = used?.data.sessionId;
    if (!used?.userId || typeof sessionId !== 'string') throw new UnauthorizedException(INVALID_CODE);
    if (!(await this.sessions.isActive(sessionId))) throw new UnauthorizedException(INVALID_CODE);
    const credential = await this.accounts.byId(used.userId);
    if (!credential || credential.status !== 'active') throw new UnauthorizedException(INVALID_CODE);
    return this.tokenPairs.issue(credential, sessionId);
  }

  async current(principal: Principal): Promise<{ sessionId: string; active: boolean }> {
    if (!principal.sessionId || !(await this.sessions.isActive(principal.sessionId))) {
      throw new UnauthorizedException('The session has ended.');
    }
    return { sessionId: principal.sessionId, active: true };
  }
}
