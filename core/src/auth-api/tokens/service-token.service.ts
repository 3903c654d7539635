import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../platform/security/token-claims.js';
import { SecurityEvents } from '../security-events.js';
import { AccessTokens } from './access-tokens.js';
import type { ServiceTokenDto, ServiceTokenRequestDto } from './token-pair.dto.js';

/** Gives services that know INTERNAL_API_SECRET a token with the `system` role. */
@Injectable()
export class ServiceTokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessTokens: AccessTokens,
    private readonly events: SecurityEvents,
  ) {}

  async issue({ service, secret }: ServiceTokenRequestDto, ip: string): Promise<ServiceTokenDto> {
    if (!sameSecret(secret, this.config.security.internalApiSecret)) {
      await this.events.record('auth.service-token.refused', { actor: `service:${service}`, ip });
      throw new UnauthorizedException('Unknown service credentials.');
    }
    return { accessToken: await this.accessTokens.forService(service), expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }
}

/** Constant-time comparison (of digests, so different lengths leak nothing either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
