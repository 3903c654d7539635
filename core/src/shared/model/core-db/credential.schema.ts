import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { ROLES, type Role } from '../../../platform/security/roles.js';
import { LANGUAGES, type Language } from '../language.js';

export const ACCOUNT_STATUSES = ['active', 'disabled', 'pending-verification'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** How a person signs in: one per account, keyed by the user id every other database uses too. */
@Schema({ collection: 'credentials', versionKey: false })
export class Credential {
  @Prop({ type: String, required: true })
  _id: string;

  /** Lower-cased; unique, so two accounts can never share an address. */
  @Prop({ type: String, required: true, unique: true })
  email: string;

  @Prop({ type: String, required: true })
  fullName: string;

  /** argon2id with OWASP parameters; never leaves the Auth API. */
  @Prop({ type: String, required: true })
  passwordHash: string;

  @Prop({ type: [String], enum: ROLES, required: true })
  roles: Role[];

  @Prop({ type: String })
  supplierId?: string;

  @Prop({ type: String, required: true, enum: ACCOUNT_STATUSES })
  status: AccountStatus;

  @Prop({ type: Date })
  emailVerifiedAt?: Date;

  @Prop({ type: Date, required: true })
  createdAt: Date;

  /** What the account's emails are written in; missing on accounts older than languages (read as English). */
  @Prop({ type: String, enum: LANGUAGES })
  language?: Language;
}

export type CredentialDocument = HydratedDocument<Credential>;
export const CredentialSchema = SchemaFactory.createForClass(Credential);
