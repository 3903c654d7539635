import type { Provider } from '@nestjs/common';
import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { JWT_KEY_RESOLVER } from './jwt-key-resolver.js';
import { SigningKeys } from './signing-keys.js';

/** The Auth API verifies its own tokens with the key it holds, without calling itself over HTTP. */
export const localJwksProvider: Provider = {
  provide: JWT_KEY_RESOLVER,
  inject: [SigningKeys],
  useFactory: async (keys: SigningKeys): Promise<JWTVerifyGetKey> =>
    createLocalJWKSet({ keys: [await keys.publicJwk()] }),
};
