import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { Credential } from '../model/core-db/credential.schema.js';
import { languageOf, type Language } from '../model/language.js';

/**
 * The language each email address reads in, from its account's credentials: every person with an account has
 * one, customers and staff alike, and emails are addressed by the same (lower-cased) address. An address with
 * no account reads English.
 */
@Injectable()
export class RecipientLanguages {
  constructor(@InjectModel(Credential.name, CORE_DB) private readonly credentials: Model<Credential>) {}

  async of(email: string): Promise<Language> {
    return (await this.ofAll([email]))(email);
  }

  /** Looks every address up in one query; the answer tells the language of each of them. */
  async ofAll(emails: readonly string[]): Promise<(email: string) => Language> {
    const addresses = [...new Set(emails.map((email) => email.toLowerCase()))];
    const found =
      addresses.length === 0
        ? []
        : await this.credentials
            .find({ email: { $in: addresses } }, { email: 1, language: 1 })
            .lean()
            .exec();
    const languages = new Map(found.map((credential) => [credential.email, languageOf(credential.language)]));
    return (email) => languages.get(email.toLowerCase()) ?? 'en';
  }
}
