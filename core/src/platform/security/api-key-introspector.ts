import { createAuthApiClient, type AuthApiClient } from '@astrobookings/openapi';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { currentRequestId } from '../logging/request-context.js';
import type { Principal } from './principal.js';
import { ServiceTokens } from './service-tokens.js';

const CACHE_MS = 30_000;
const MAX_CACHED = 1000;

/** Asks the Auth API what an `X-Api-Key` may do; answers are cached 30 s so a busy key costs one call. */
@Injectable()
export class ApiKeyIntrospector {
  private readonly authApi: AuthApiClient;
  private readonly cache = new Map<string, { principal?: Principal; until: number }>();

  constructor(@Inject(APP_CONFIG) config: AppConfig, serviceTokens: ServiceTokens) {
    this.authApi = createAuthApiClient({
      baseUrl: config.urls.authApi,
      requestId: currentRequestId,
      accessToken: () => serviceTokens.tokenIfAvailable(),
      timeoutMs: config.serviceCallTimeoutMs,
    });
  }

  async principalFor(key: string): Promise<Principal | undefined> {
    const cacheKey = createHash('sha256').update(key).digest('base64url');
    const hit = this.cache.get(cacheKey);
    if (hit && hit.until > Date.now()) return hit.principal;
    const principal = await this.introspect(key);
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(cacheKey, { principal, until: Date.now() + CACHE_MS });
    return principal;
  }

  private async introspect(key: string): Promise<Principal | undefined> {
    const { data } = await this.authApi.POST('/auth/api-keys/introspect', { body: { key } });
    if (!data?.active || !data.keyId) return undefined;
    return {
      userId: `api-key:${data.keyId}`,
      roles: [],
      scopes: data.scopes,
      via: 'api-key',
      ...(data.supplierId ? { supplierId: data.supplierId } : {}),
    };
  }
}
