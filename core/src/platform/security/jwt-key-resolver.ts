import type { Provider } from '@nestjs/common';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JWKS_PATH } from './token-claims.js';

/** Finds the public key for a token's `kid`; every service but the Auth API reads the published JWKS. */
export const JWT_KEY_RESOLVER = Symbol('JWT_KEY_RESOLVER');

export const remoteJwksProvider: Provider = {
  provide: JWT_KEY_RESOLVER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): JWTVerifyGetKey =>
    // Keys are cached; an unknown kid (the Auth API rotated its key) triggers a refetch at most every 30 s.
    createRemoteJWKSet(new URL(JWKS_PATH, config.urls.authApi), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
      timeoutDuration: 5000,
    }),
};
