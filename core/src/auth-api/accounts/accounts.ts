import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../platform/database/is-duplicate-key.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import type { UserRole } from '../../platform/security/roles.js';
import type { AuthUserDto } from '../tokens/token-pair.dto.js';
import type { Language } from '../../shared/model/language.js';
import {
  Credential,
  type AccountStatus,
  type CredentialDocument,
} from '../../shared/model/core-db/credential.schema.js';

export interface NewCredential {
  email: string;
  fullName: string;
  passwordHash: string;
  roles: UserRole[];
  supplierId?: string;
  status: AccountStatus;
  language: Language;
}

/** The credentials collection: finding and creating accounts. */
@Injectable()
export class Accounts {
  constructor(@InjectModel(Credential.name, CORE_DB) private readonly credentials: Model<Credential>) {}

  byEmail(email: string): Promise<CredentialDocument | null> {
    return this.credentials.findOne({ email: email.toLowerCase() }).exec();
  }

  byId(id: string): Promise<CredentialDocument | null> {
    return this.credentials.findById(id).exec();
  }

  /** Creates the account, or returns undefined when the email is taken (the unique index decides races). */
  async create(fields: NewCredential): Promise<CredentialDocument | undefined> {
    const now = new Date();
    try {
      return await this.credentials.create({
        _id: randomUUID(),
        ...fields,
        email: fields.email.toLowerCase(),
        createdAt: now,
        ...(fields.status === 'active' ? { emailVerifiedAt: now } : {}),
      });
    } catch (error) {
      if (isDuplicateKey(error)) return undefined;
      throw error;
    }
  }

  model(): Model<Credential> {
    return this.credentials;
  }
}

/** What clients learn about an account. */
export function toAuthUser(credential: Credential): AuthUserDto {
  return {
    id: credential._id,
    email: credential.email,
    name: credential.fullName,
    roles: [...credential.roles],
    ...(credential.supplierId ? { supplierId: credential.supplierId } : {}),
  };
}
