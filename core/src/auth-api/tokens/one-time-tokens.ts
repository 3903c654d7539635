import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { OneTimeToken, type OneTimeTokenPurpose } from '../../shared/model/core-db/one-time-token.schema.js';
import { hashToken, newOpaqueToken } from './opaque-token.js';
import { TokenClaims } from './token-claims.js';

export interface OneTimeTokenFor {
  userId?: string;
  email?: string;
  data?: Record<string, unknown>;
}

/** Email links and SSO codes: random, stored hashed, one purpose each, valid once and until they expire. */
@Injectable()
export class OneTimeTokens {
  constructor(
    @InjectModel(OneTimeToken.name, CORE_DB) private readonly tokens: Model<OneTimeToken>,
    private readonly claims: TokenClaims,
  ) {}

  async issue(
    purpose: OneTimeTokenPurpose,
    subject: OneTimeTokenFor,
    ttlMs: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newOpaqueToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + ttlMs);
    await this.tokens.create({
      _id: hashToken(token),
      purpose,
      ...subject,
      data: subject.data ?? {},
      expiresAt,
      createdAt: now,
    });
    return { token, expiresAt };
  }

  /** The token's record while it is valid and unused, without using it. */
  async peek(purpose: OneTimeTokenPurpose, token: string): Promise<OneTimeToken | undefined> {
    const hash = hashToken(token);
    const found = await this.tokens.findOne({ _id: hash, purpose }).lean<OneTimeToken>().exec();
    if (!found || found.expiresAt.getTime() <= Date.now()) return undefined;
    return (await this.claims.isClaimed(purpose, hash)) ? undefined : found;
  }

  /** Uses the token: its record the first time while valid, undefined when unknown, expired or used. */
  async consume(purpose: OneTimeTokenPurpose, token: string): Promise<OneTimeToken | undefined> {
    const hash = hashToken(token);
    const found = await this.tokens.findOne({ _id: hash, purpose }).lean<OneTimeToken>().exec();
    if (!found || found.expiresAt.getTime() <= Date.now()) return undefined;
    return (await this.claims.claim(purpose, hash)) ? found : undefined;
  }
}
