import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import type { Credential } from '../../shared/model/core-db/credential.schema.js';
import { Session } from '../../shared/model/core-db/session.schema.js';
import { sessionLifetimeMs } from './session-lifetime.js';

/** What sessions started before absolute lifetimes existed are given: the longest lifetime there is. */
const LEGACY_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** Sign-in sessions; revoking one ends every app's refresh-token family in it. */
@Injectable()
export class Sessions {
  constructor(
    @InjectModel(Session.name, CORE_DB) private readonly sessions: Model<Session>,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'auth'>,
  ) {}

  async start(credential: Pick<Credential, '_id' | 'roles'>): Promise<string> {
    const id = randomUUID();
    const createdAt = new Date();
    const lifetime = sessionLifetimeMs(credential.roles, this.config.auth.sessionMaxHours);
    await this.sessions.create({
      _id: id,
      userId: credential._id,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + lifetime),
    });
    return id;
  }

  async isActive(sessionId: string): Promise<boolean> {
    return (await this.activeUntil(sessionId)) !== undefined;
  }

  /** When an active session ends at the latest; undefined once it was revoked or has run out. */
  async activeUntil(sessionId: string): Promise<Date | undefined> {
    const session = await this.sessions.findById(sessionId).lean<Session>().exec();
    if (!session || session.revokedAt) return undefined;
    const end = session.expiresAt ?? new Date(session.createdAt.getTime() + LEGACY_LIFETIME_MS);
    return end.getTime() > Date.now() ? end : undefined;
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.sessions
      .updateOne(
        { _id: sessionId, revokedAt: { $exists: false } },
        { revokedAt: new Date(), revokedReason: reason },
      )
      .exec();
  }

  /** Ends every session of a user (password reset, disabled account), except `keep` when given. */
  async revokeAllOf(userId: string, reason: string, keep?: string): Promise<void> {
    await this.sessions
      .updateMany(
        { userId, revokedAt: { $exists: false }, ...(keep ? { _id: { $ne: keep } } : {}) },
        { revokedAt: new Date(), revokedReason: reason },
      )
      .exec();
  }
}
