import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import { AuthEmails } from '../email/auth-emails.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { SecurityEvents } from '../security-events.js';
import { AuthThrottle } from '../throttling/auth-throttle.js';
import { OneTimeTokens } from '../tokens/one-time-tokens.js';
import { Accounts } from './accounts.js';
import { CustomerProfile } from '../../shared/model/customer-db/customer-profile.schema.js';
import type { RegisterDto } from './registration.dto.js';
import { languageOf } from '../../shared/model/language.js';
import type { Credential } from '../../shared/model/core-db/credential.schema.js';

const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;
export const INVALID_LINK = 'This link is invalid, was already used or has expired.';

/**
 * Customer self-registration and email verification. Registering an address that has an account answers
 * exactly like a new one; the email, which only the owner reads, says what happened.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly accounts: Accounts,
    @InjectModel(CustomerProfile.name, CUSTOMER_DB) private readonly customers: Model<CustomerProfile>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokens,
    private readonly emails: AuthEmails,
    private readonly throttle: AuthThrottle,
    private readonly events: SecurityEvents,
  ) {}

  async register(dto: RegisterDto, ip: string): Promise<void> {
    await this.throttle.checkClient('register', ip);
    // Hash before looking the address up, so both answers take as long.
    const passwordHash = await this.hasher.hash(dto.password);
    const credential = await this.accounts.create({
      email: dto.email,
      fullName: dto.fullName,
      passwordHash,
      roles: ['customer'],
      status: 'pending-verification',
      language: dto.language ?? 'en',
    });
    if (!credential) {
      // Written in the language the owner chose for the account, not the stranger's who typed the address.
      const existing = await this.accounts.byEmail(dto.email);
      await this.emails.alreadyRegistered(dto.email, languageOf(existing?.language));
      return;
    }
    await this.customers.create({
      _id: credential._id,
      email: credential.email,
      fullName: dto.fullName,
      taxId: dto.taxId,
      createdAt: credential.createdAt,
    });
    await this.events.record('auth.registered', { actor: `user:${credential._id}`, ip });
    await this.sendVerification(credential);
  }

  async verifyEmail(token: string, ip: string): Promise<void> {
    const used = await this.tokens.consume('verify-email', token);
    if (!used?.userId) throw new BadRequestException(INVALID_LINK);
    await this.accounts
      .model()
      .updateOne(
        { _id: used.userId, status: 'pending-verification' },
        { status: 'active', emailVerifiedAt: new Date() },
      )
      .exec();
    await this.events.record('auth.email.verified', { actor: `user:${used.userId}`, ip });
  }

  async resendVerification(email: string, ip: string): Promise<void> {
    await this.throttle.checkClient('verification', ip);
    const credential = await this.accounts.byEmail(email);
    if (credential?.status === 'pending-verification') {
      await this.sendVerification(credential);
    }
  }

  private async sendVerification({ _id: userId, email, fullName, language }: Credential): Promise<void> {
    const { token } = await this.tokens.issue('verify-email', { userId, email }, VERIFICATION_TTL_MS);
    await this.emails.verifyEmail(email, fullName, token, languageOf(language));
  }
}
