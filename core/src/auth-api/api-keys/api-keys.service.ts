import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { SecurityEvents } from '../security-events.js';
import { SupplierDirectory } from '../supplier-directory.js';
import { ApiKey } from '../../shared/model/core-db/api-key.schema.js';
import type { ApiKeyDto, ApiKeyIntrospectionDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto.js';

const KEY_FORMAT = /^ak_([A-Za-z0-9_-]{8})_[A-Za-z0-9_-]{43}$/;
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * API keys for third parties: `ak_<prefix>_<secret>`. Admins manage every key; a supplier only its own
 * organisation's, which are always bound to its supplier id.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectModel(ApiKey.name, CORE_DB) private readonly keys: Model<ApiKey>,
    private readonly suppliers: SupplierDirectory,
    private readonly events: SecurityEvents,
  ) {}

  async create(principal: Principal, dto: CreateApiKeyDto, ip: string): Promise<CreatedApiKeyDto> {
    const supplierId = isAdmin(principal) ? dto.supplierId : principal.supplierId;
    if (!isAdmin(principal) && !supplierId)
      throw new ForbiddenException('Only suppliers and admins create keys.');
    if (supplierId) await this.suppliers.requireExisting(supplierId);
    const prefix = randomBytes(6).toString('base64url');
    const key = `ak_${prefix}_${randomBytes(32).toString('base64url')}`;
    const created = await this.keys.create({
      _id: randomUUID(),
      prefix,
      hash: digest(key),
      name: dto.name,
      scopes: dto.scopes,
      ...(supplierId ? { supplierId } : {}),
      createdBy: actorOf(principal),
      createdAt: new Date(),
    });
    await this.events.record('auth.api-key.created', {
      actor: actorOf(principal),
      ip,
      keyId: created._id,
      prefix,
    });
    return { ...toApiKeyDto(created), key };
  }

  async list(principal: Principal): Promise<ApiKeyDto[]> {
    const filter = isAdmin(principal) ? {} : { supplierId: principal.supplierId ?? '-' };
    const keys = await this.keys.find(filter).sort({ createdAt: -1 }).lean<ApiKey[]>().exec();
    return keys.map(toApiKeyDto);
  }

  async revoke(principal: Principal, id: string, ip: string): Promise<void> {
    const key = await this.keys.findById(id).exec();
    // Another organisation's key is reported missing, not forbidden, so ids of others' keys stay unknown.
    if (!key || (!isAdmin(principal) && key.supplierId !== principal.supplierId)) {
      throw new NotFoundException(`API key ${id} does not exist.`);
    }
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await key.save();
      await this.events.record('auth.api-key.revoked', { actor: actorOf(principal), ip, keyId: id });
    }
  }

  async introspect(presented: string): Promise<ApiKeyIntrospectionDto> {
    const prefix = KEY_FORMAT.exec(presented)?.[1];
    const key = prefix ? await this.keys.findOne({ prefix }).exec() : null;
    if (!key || key.revokedAt || !sameDigest(key.hash, digest(presented)))
      return { active: false, scopes: [] };
    const now = Date.now();
    if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.keys.updateOne({ _id: key._id }, { lastUsedAt: new Date(now) }).exec();
    }
    return {
      active: true,
      scopes: key.scopes,
      keyId: key._id,
      ...(key.supplierId ? { supplierId: key.supplierId } : {}),
    };
  }
}

function isAdmin(principal: Principal): boolean {
  return principal.roles.includes('admin');
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function toApiKeyDto(key: ApiKey): ApiKeyDto {
  return {
    id: key._id,
    prefix: key.prefix,
    name: key.name,
    scopes: key.scopes,
    ...(key.supplierId ? { supplierId: key.supplierId } : {}),
    createdAt: key.createdAt.toISOString(),
    ...(key.lastUsedAt ? { lastUsedAt: key.lastUsedAt.toISOString() } : {}),
    ...(key.revokedAt ? { revokedAt: key.revokedAt.toISOString() } : {}),
  };
}
