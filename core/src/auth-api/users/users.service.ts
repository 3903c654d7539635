import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { QueryFilter } from 'mongoose';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Accounts } from '../accounts/accounts.js';
import type { Credential, CredentialDocument } from '../../shared/model/core-db/credential.schema.js';
import { SecurityEvents } from '../security-events.js';
import { Sessions } from '../sessions/sessions.js';
import { AuthThrottle } from '../throttling/auth-throttle.js';
import { SupplierDirectory } from '../supplier-directory.js';
import type { UpdateRolesDto, UserListDto, UserQueryDto, UserSummaryDto } from './user.dto.js';

/** Admin user management: find accounts, change their roles, disable and enable them. */
@Injectable()
export class UsersService {
  constructor(
    private readonly accounts: Accounts,
    private readonly sessions: Sessions,
    private readonly suppliers: SupplierDirectory,
    private readonly events: SecurityEvents,
    private readonly throttle: AuthThrottle,
  ) {}

  async list(query: UserQueryDto): Promise<UserListDto> {
    const filter: QueryFilter<Credential> = {};
    if (query.role) filter.roles = query.role;
    if (query.search) {
      const pattern = new RegExp(query.search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      filter.$or = [{ email: pattern }, { fullName: pattern }];
    }
    const model = this.accounts.model();
    const [items, total] = await Promise.all([
      model
        .find(filter)
        .sort({ email: 1 })
        .skip(query.offset ?? 0)
        .limit(query.limit ?? 50)
        .exec(),
      model.countDocuments(filter).exec(),
    ]);
    return { items: await Promise.all(items.map((item) => this.toUserSummary(item))), total };
  }

  async updateRoles(
    principal: Principal,
    id: string,
    dto: UpdateRolesDto,
    ip: string,
  ): Promise<UserSummaryDto> {
    const credential = await this.find(id);
    if (dto.roles.includes('supplier') !== Boolean(dto.supplierId)) {
      throw new BadRequestException('supplierId is required with the supplier role, and only with it.');
    }
    if (id === principal.userId && !dto.roles.includes('admin')) {
      throw new BadRequestException('Admins cannot take the admin role from themselves.');
    }
    if (dto.supplierId) await this.suppliers.requireExisting(dto.supplierId);
    const before = { roles: credential.roles, supplierId: credential.supplierId };
    credential.roles = dto.roles;
    credential.supplierId = dto.supplierId;
    await credential.save();
    await this.events.record('auth.roles.changed', {
      actor: actorOf(principal),
      ip,
      userId: id,
      before,
      after: { roles: dto.roles, supplierId: dto.supplierId },
    });
    return this.toUserSummary(credential);
  }

  async setEnabled(principal: Principal, id: string, enabled: boolean, ip: string): Promise<UserSummaryDto> {
    const credential = await this.find(id);
    if (id === principal.userId) throw new BadRequestException('Admins cannot disable or enable themselves.');
    if (enabled && credential.status === 'disabled') {
      credential.status = credential.emailVerifiedAt ? 'active' : 'pending-verification';
    }
    if (!enabled) credential.status = 'disabled';
    await credential.save();
    // Enabling is how an admin lifts a sign-in lock too, whether or not the account was disabled.
    if (enabled) await this.throttle.unlock(credential.email);
    if (!enabled) await this.sessions.revokeAllOf(id, 'account-disabled');
    await this.events.record(enabled ? 'auth.user.enabled' : 'auth.user.disabled', {
      actor: actorOf(principal),
      ip,
      userId: id,
    });
    return this.toUserSummary(credential);
  }

  private async find(id: string): Promise<CredentialDocument> {
    const credential = await this.accounts.byId(id);
    if (!credential) throw new NotFoundException(`User ${id} does not exist.`);
    return credential;
  }

  private async toUserSummary(credential: Credential): Promise<UserSummaryDto> {
    const lockedForSeconds = await this.throttle.lockedFor(credential.email);
    return {
      id: credential._id,
      email: credential.email,
      name: credential.fullName,
      roles: credential.roles.filter((role): role is UserSummaryDto['roles'][number] => role !== 'system'),
      ...(credential.supplierId ? { supplierId: credential.supplierId } : {}),
      status: credential.status,
      createdAt: credential.createdAt.toISOString(),
      ...(lockedForSeconds > 0
        ? { lockedUntil: new Date(Date.now() + lockedForSeconds * 1000).toISOString() }
        : {}),
    };
  }
}
