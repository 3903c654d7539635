import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../platform/security/token-claims.js';
import { Accounts, toAuthUser } from '../accounts/accounts.js';
import type { Credential } from '../../shared/model/core-db/credential.schema.js';
import { SecurityEvents } from '../security-events.js';
import { Sessions } from '../sessions/sessions.js';
import { AccessTokens } from './access-tokens.js';
import { hashToken, newOpaqueToken } from './opaque-token.js';
import { RefreshToken } from '../../shared/model/core-db/refresh-token.schema.js';
import { TokenClaims } from './token-claims.js';
import type { TokenPairDto } from './token-pair.dto.js';

const REFRESH_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const INVALID = 'The refresh token is invalid or has expired.';

/**
 * Access + refresh token pairs. Refresh tokens rotate on every use; presenting one that was already rotated
 * means it leaked (or a client misbehaves), so the whole session, every app's family in it, is revoked.
 */
@Injectable()
export class TokenPairs {
  constructor(
    @InjectModel(RefreshToken.name, CORE_DB) private readonly refreshTokens: Model<RefreshToken>,
    private readonly claims: TokenClaims,
    private readonly sessions: Sessions,
    private readonly accounts: Accounts,
    private readonly accessTokens: AccessTokens,
    private readonly events: SecurityEvents,
  ) {}

  /** A pair starting a new refresh-token family (one per app) in the session. */
  async issue(credential: Credential, sessionId: string): Promise<TokenPairDto> {
    const sessionEnd = await this.sessions.activeUntil(sessionId);
    if (!sessionEnd) throw new UnauthorizedException('The session has ended.');
    return this.pair(credential, sessionId, randomUUID(), sessionEnd);
  }

  async rotate(refreshToken: string, ip: string): Promise<TokenPairDto> {
    const hash = hashToken(refreshToken);
    const stored = await this.refreshTokens.findById(hash).lean<RefreshToken>().exec();
    if (!stored || stored.expiresAt.getTime() <= Date.now()) throw new UnauthorizedException(INVALID);
    const sessionEnd = await this.sessions.activeUntil(stored.sessionId);
    if (!sessionEnd) throw new UnauthorizedException(INVALID);
    if (stored.replacedBy || !(await this.claims.claim('refresh', hash))) {
      await this.sessions.revoke(stored.sessionId, 'refresh-token-reuse');
      await this.events.record('auth.refresh.reused', {
        actor: `user:${stored.userId}`,
        ip,
        sessionId: stored.sessionId,
        familyId: stored.familyId,
      });
      throw new UnauthorizedException(INVALID);
    }
    const credential = await this.accounts.byId(stored.userId);
    if (!credential || credential.status !== 'active') {
      await this.sessions.revoke(stored.sessionId, 'account-inactive');
      throw new UnauthorizedException(INVALID);
    }
    const next = await this.pair(credential, stored.sessionId, stored.familyId, sessionEnd);
    await this.refreshTokens.updateOne({ _id: hash }, { replacedBy: hashToken(next.refreshToken) }).exec();
    return next;
  }

  /** The session a refresh token belongs to, even a rotated or expired one (logout must always work). */
  async sessionOf(refreshToken: string): Promise<RefreshToken | undefined> {
    return (
      (await this.refreshTokens.findById(hashToken(refreshToken)).lean<RefreshToken>().exec()) ?? undefined
    );
  }

  /**
   * True when `refreshToken` is the live (not yet rotated, unexpired) token of a family in `sessionId`: proof
   * that the caller holds the session itself, which an access token alone is not.
   */
  async holdsSession(refreshToken: string, sessionId: string): Promise<boolean> {
    const stored = await this.sessionOf(refreshToken);
    return (
      stored !== undefined &&
      stored.sessionId === sessionId &&
      !stored.replacedBy &&
      stored.expiresAt.getTime() > Date.now()
    );
  }

  private async pair(
    credential: Credential,
    sessionId: string,
    familyId: string,
    sessionEnd: Date,
  ): Promise<TokenPairDto> {
    const refreshToken = newOpaqueToken();
    await this.refreshTokens.create({
      _id: hashToken(refreshToken),
      familyId,
      sessionId,
      userId: credential._id,
      // Sliding, but never past the session's absolute end.
      expiresAt: new Date(Math.min(Date.now() + REFRESH_TTL_MS, sessionEnd.getTime())),
    });
    return {
      accessToken: await this.accessTokens.forUser(credential, sessionId),
      refreshToken,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user: toAuthUser(credential),
    };
  }
}
