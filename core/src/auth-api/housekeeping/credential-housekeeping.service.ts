import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { Session } from '../../shared/model/core-db/session.schema.js';
import { OneTimeToken } from '../../shared/model/core-db/one-time-token.schema.js';
import { RefreshToken } from '../../shared/model/core-db/refresh-token.schema.js';
import { TokenClaim } from '../../shared/model/core-db/token-claim.schema.js';
import type { CredentialHousekeepingDto } from './credential-housekeeping.dto.js';

/** How long past its expiry a credential is kept, so a request racing the expiry still gets a clean 401. */
export const HOUSEKEEPING_GRACE_MS = 24 * 60 * 60 * 1000;
/** Documents read and deleted per round trip: keeps each FerretDB statement small. */
export const HOUSEKEEPING_BATCH = 500;

/**
 * Deletes credentials that can no longer be used, because FerretDB has no TTL indexes to do it: expired
 * refresh and email tokens with the claims that marked them used, and sessions that have ended. Everything
 * it removes is already rejected (an unknown token or session reads exactly like an expired or revoked one),
 * so a pass can run at any time and be repeated.
 */
@Injectable()
export class CredentialHousekeepingService {
  constructor(
    @InjectModel(RefreshToken.name, CORE_DB) private readonly refreshTokens: Model<RefreshToken>,
    @InjectModel(OneTimeToken.name, CORE_DB) private readonly emailTokens: Model<OneTimeToken>,
    @InjectModel(TokenClaim.name, CORE_DB) private readonly claims: Model<TokenClaim>,
    @InjectModel(Session.name, CORE_DB) private readonly sessions: Model<Session>,
    private readonly systemLogs: SystemLogsService,
  ) {}

  async run(actor: string, now = new Date()): Promise<CredentialHousekeepingDto> {
    const cutoff = new Date(now.getTime() - HOUSEKEEPING_GRACE_MS);
    const result: CredentialHousekeepingDto = {
      refreshTokens: 0,
      emailTokens: 0,
      tokenClaims: 0,
      sessions: 0,
    };
    await this.inBatches(
      () =>
        this.refreshTokens
          .find({ expiresAt: { $lt: cutoff } }, { _id: 1 })
          .limit(HOUSEKEEPING_BATCH)
          .lean()
          .exec(),
      async (batch) => {
        // Token first, claim second: a claim left behind by a crash in between only costs space.
        result.refreshTokens += (
          await this.refreshTokens.deleteMany({ _id: { $in: ids(batch) } })
        ).deletedCount;
        result.tokenClaims += await this.deleteClaims(batch.map((token) => `refresh:${token._id}`));
      },
    );
    await this.inBatches(
      () =>
        this.emailTokens
          .find({ expiresAt: { $lt: cutoff } }, { _id: 1, purpose: 1 })
          .limit(HOUSEKEEPING_BATCH)
          .lean()
          .exec(),
      async (batch) => {
        result.emailTokens += (await this.emailTokens.deleteMany({ _id: { $in: ids(batch) } })).deletedCount;
        result.tokenClaims += await this.deleteClaims(batch.map((token) => `${token.purpose}:${token._id}`));
      },
    );
    result.sessions = await this.deleteEndedSessions(cutoff);
    await this.systemLogs.record('credentials.housekept', actor, { ...result });
    return result;
  }

  /** Revoked before the cutoff, or begun before it and left with no refresh token (all expired and deleted). */
  private async deleteEndedSessions(cutoff: Date): Promise<number> {
    let deleted = 0;
    await this.inBatches(
      () =>
        this.sessions
          .find({ revokedAt: { $lt: cutoff } }, { _id: 1 })
          .limit(HOUSEKEEPING_BATCH)
          .lean()
          .exec(),
      async (batch) => {
        deleted += (await this.sessions.deleteMany({ _id: { $in: ids(batch) } })).deletedCount;
      },
    );
    // Sessions still holding a live refresh token stay; paging by _id walks past them instead of re-reading them.
    let after = '';
    for (;;) {
      const batch = await this.sessions
        .find({ _id: { $gt: after }, createdAt: { $lt: cutoff } }, { _id: 1 })
        .sort({ _id: 1 })
        .limit(HOUSEKEEPING_BATCH)
        .lean()
        .exec();
      if (batch.length === 0) break;
      after = batch[batch.length - 1]._id;
      const live = new Set(
        await this.refreshTokens.distinct('sessionId', { sessionId: { $in: ids(batch) } }).exec(),
      );
      const ended = ids(batch).filter((id) => !live.has(id));
      if (ended.length > 0) deleted += (await this.sessions.deleteMany({ _id: { $in: ended } })).deletedCount;
      if (batch.length < HOUSEKEEPING_BATCH) break;
    }
    return deleted;
  }

  private async deleteClaims(claimIds: string[]): Promise<number> {
    return (await this.claims.deleteMany({ _id: { $in: claimIds } })).deletedCount;
  }

  /** Reads a batch and deletes it until a read comes back short; each batch's deletion shrinks the next read. */
  private async inBatches<T>(read: () => Promise<T[]>, remove: (batch: T[]) => Promise<void>): Promise<void> {
    for (;;) {
      const batch = await read();
      if (batch.length > 0) await remove(batch);
      if (batch.length < HOUSEKEEPING_BATCH) return;
    }
  }
}

const ids = <T extends { _id: string }>(docs: T[]): string[] => docs.map((doc) => doc._id);
