import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { Session } from '../../shared/model/core-db/session.schema.js';

/** Sign-in sessions; revoking one ends every app's refresh-token family in it. */
@Injectable()
export class Sessions {
  constructor(@InjectModel(Session.name, CORE_DB) private readonly sessions: Model<Session>) {}

  async start(userId: string): Promise<string> {
    const id = randomUUID();
    await this.sessions.create({ _id: id, userId, createdAt: new Date() });
    return id;
  }

  async isActive(sessionId: string): Promise<boolean> {
    const session = await this.sessions.findById(sessionId).lean<Session>().exec();
    return session !== null && !session.revokedAt;
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
