import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldRefusalException } from '../../platform/problem/field-refusal.exception.js';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import type { UserRole } from '../../platform/security/roles.js';
import { languageOf, type Language } from '../../shared/model/language.js';
import { StaffMember } from '../../shared/model/operations/staff-member.entity.js';
import { Accounts, toAuthUser } from '../accounts/accounts.js';
import { INVALID_LINK } from '../accounts/registration.service.js';
import { AuthEmails } from '../email/auth-emails.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { SecurityEvents } from '../security-events.js';
import { SupplierDirectory } from '../supplier-directory.js';
import { AuthThrottle } from '../throttling/auth-throttle.js';
import { OneTimeTokens } from '../tokens/one-time-tokens.js';
import type { OneTimeToken } from '../../shared/model/core-db/one-time-token.schema.js';
import type { AuthUserDto } from '../tokens/token-pair.dto.js';
import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationDetailsDto,
  InvitationDto,
} from './invitation.dto.js';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface InvitationData {
  invitationId: string;
  roles: UserRole[];
  supplierId?: string;
  fullName?: string;
  /** Missing on invitations sent before languages existed (English). */
  language?: Language;
}

/**
 * Supplier staff and employees join by invitation: an admin may invite to any role, a supplier only more
 * staff of its own organisation. Accepting creates the account, active, and its Operations DB staff record.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly accounts: Accounts,
    private readonly hasher: PasswordHasher,
    private readonly suppliers: SupplierDirectory,
    private readonly emails: AuthEmails,
    private readonly events: SecurityEvents,
    private readonly throttle: AuthThrottle,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async invite(principal: Principal, dto: CreateInvitationDto, ip: string): Promise<InvitationDto> {
    const data = await this.allowedInvitation(principal, dto);
    if (await this.accounts.byEmail(dto.email)) {
      throw new FieldRefusalException(409, [
        { field: 'email', code: 'taken', message: 'An account with this email exists.' },
      ]);
    }
    const { token, expiresAt } = await this.tokens.issue(
      'invitation',
      { email: dto.email, data: { ...data } },
      INVITATION_TTL_MS,
    );
    await this.emails.invitation(dto.email, data.roles.join(', '), token, languageOf(data.language));
    await this.events.record('auth.invitation.created', {
      actor: actorOf(principal),
      ip,
      invitationId: data.invitationId,
      email: dto.email,
      roles: data.roles,
      ...(data.supplierId ? { supplierId: data.supplierId } : {}),
    });
    return { id: data.invitationId, email: dto.email, expiresAt: expiresAt.toISOString() };
  }

  async details(token: string): Promise<InvitationDetailsDto> {
    const invitation = await this.tokens.peek('invitation', token);
    if (!invitation?.email) throw new NotFoundException(INVALID_LINK);
    const data = invitation.data as unknown as InvitationData;
    const supplierName = data.supplierId ? await this.suppliers.nameOf(data.supplierId) : undefined;
    return {
      email: invitation.email,
      roles: data.roles,
      ...(supplierName ? { supplierName } : {}),
      ...(data.fullName ? { fullName: data.fullName } : {}),
    };
  }

  async accept(dto: AcceptInvitationDto, ip: string): Promise<AuthUserDto> {
    await this.throttle.checkClient('invitation', ip);
    const invitation: OneTimeToken | undefined = await this.tokens.consume('invitation', dto.token);
    if (!invitation?.email) throw new BadRequestException(INVALID_LINK);
    const data = invitation.data as unknown as InvitationData;
    const credential = await this.accounts.create({
      email: invitation.email,
      fullName: dto.fullName,
      passwordHash: await this.hasher.hash(dto.password),
      roles: data.roles,
      ...(data.supplierId ? { supplierId: data.supplierId } : {}),
      status: 'active',
      language: languageOf(data.language),
    });
    if (!credential) throw new ConflictException('An account with this email exists.');
    await this.dataSource.getRepository(StaffMember).save({
      id: credential._id,
      kind: data.supplierId ? 'supplier' : 'employee',
      supplierId: data.supplierId ?? null,
      fullName: dto.fullName,
      email: credential.email,
    });
    await this.events.record('auth.invitation.accepted', {
      actor: `user:${credential._id}`,
      ip,
      invitationId: data.invitationId,
    });
    return toAuthUser(credential);
  }

  private async allowedInvitation(principal: Principal, dto: CreateInvitationDto): Promise<InvitationData> {
    const base = {
      invitationId: randomUUID(),
      roles: dto.roles,
      language: dto.language ?? 'en',
      ...(dto.fullName ? { fullName: dto.fullName } : {}),
    };
    if (principal.roles.includes('admin')) {
      if (dto.roles.includes('supplier') !== Boolean(dto.supplierId)) {
        throw new BadRequestException('supplierId is required with the supplier role, and only with it.');
      }
      if (dto.roles.includes('customer')) throw new BadRequestException('Customers register themselves.');
      if (dto.supplierId) await this.suppliers.requireExisting(dto.supplierId);
      return { ...base, ...(dto.supplierId ? { supplierId: dto.supplierId } : {}) };
    }
    if (!principal.supplierId || dto.roles.some((role) => role !== 'supplier')) {
      throw new ForbiddenException('Suppliers may only invite staff of their own organisation.');
    }
    return { ...base, supplierId: principal.supplierId };
  }
}
