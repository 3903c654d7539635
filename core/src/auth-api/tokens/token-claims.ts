import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../platform/database/is-duplicate-key.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { TokenClaim } from '../../shared/model/core-db/token-claim.schema.js';

/** Marks single-use tokens as used; exactly one caller can claim a given token. */
@Injectable()
export class TokenClaims {
  constructor(@InjectModel(TokenClaim.name, CORE_DB) private readonly claims: Model<TokenClaim>) {}

  async isClaimed(kind: string, hash: string): Promise<boolean> {
    return (await this.claims.exists({ _id: `${kind}:${hash}` })) !== null;
  }

  /** True for the first claim of `kind:hash`, false for every later one. */
  async claim(kind: string, hash: string): Promise<boolean> {
    try {
      await this.claims.create({ _id: `${kind}:${hash}`, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}
