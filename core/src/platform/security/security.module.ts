import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenVerifier } from './access-token-verifier.js';
import { ApiKeyIntrospector } from './api-key-introspector.js';
import { remoteJwksProvider } from './jwt-key-resolver.js';
import { localJwksProvider } from './local-jwks.provider.js';
import { SecurityGuard } from './security.guard.js';
import { SERVICE_NAME, ServiceTokens } from './service-tokens.js';
import { SigningKeys } from './signing-keys.js';

export interface SecurityOptions {
  /** Holds the signing key (only the Auth API): verifies tokens locally and can sign them. */
  signsTokens?: boolean;
}

/** Authentication for a service: the global deny-by-default guard, token verification and service tokens. */
@Global()
@Module({})
export class SecurityModule {
  static forRoot(service: string, options: SecurityOptions = {}): DynamicModule {
    const keyProviders = options.signsTokens ? [SigningKeys, localJwksProvider] : [remoteJwksProvider];
    return {
      module: SecurityModule,
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        ...keyProviders,
        AccessTokenVerifier,
        ServiceTokens,
        ApiKeyIntrospector,
        { provide: APP_GUARD, useClass: SecurityGuard },
      ],
      exports: [ServiceTokens, AccessTokenVerifier, ...(options.signsTokens ? [SigningKeys] : [])],
    };
  }
}
