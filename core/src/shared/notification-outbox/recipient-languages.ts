import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { Credential } from '../model/core-db/credential.schema.js';
import { languageOf, type Language } from '../model/language.js';

/**
 * The language each email address reads in, from its account's credentials: every person with an account has
 * one, customers and staff alike, and emails are addressed by the same lower-cased address. An address with no
 * account (yet) reads English.
 */
@Injectable()
export class RecipientLanguages {
  constructor(@InjectModel(Credential.name, CORE_DB) private readonly credentials: Model<Credential>) {}

  async of(email: string): Promise<Language> {
    return (await this.ofAll([email])).get(email.toLowerCase()) ?? 'en';
  }

  /** Keyed by lower-cased address; addresses with no account are left out (read them as English). */
  async ofAll(emails: readonly string[]): Promise<Map<string, Language>> {
    const addresses = [...new Set(emails.map((email) => email.toLowerCase()))];
    if (addresses.length === 0) return new Map();
    const found = await this.credentials
      .find({ email: { $in: addresses } }, { email: 1, language: 1 })
      .lean()
      .exec();
    return new Map(found.map((credential) => [credential.email, languageOf(credential.language)]));
  }
}
