import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { JWT_KEY_RESOLVER } from './jwt-key-resolver.js';
import type { Principal } from './principal.js';
import { ROLES, type Role } from './roles.js';
import { SERVICE_SUBJECT_PREFIX, TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from './token-claims.js';

interface AccessTokenClaims extends JWTPayload {
  email?: string;
  name?: string;
  roles?: unknown;
  supplierId?: string;
  sid?: string;
}

/** Checks an access token's signature, issuer, audience and expiry locally and reads the caller from it. */
@Injectable()
export class AccessTokenVerifier {
  constructor(@Inject(JWT_KEY_RESOLVER) private readonly keys: JWTVerifyGetKey) {}

  /** The principal the token stands for, or undefined when the token is not valid for any reason. */
  async verify(token: string): Promise<Principal | undefined> {
    let claims: AccessTokenClaims;
    try {
      ({ payload: claims } = await jwtVerify<AccessTokenClaims>(token, this.keys, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['sub', 'exp'],
      }));
    } catch {
      return undefined;
    }
    const roles = Array.isArray(claims.roles)
      ? claims.roles.filter((role): role is Role => ROLES.includes(role as Role))
      : [];
    const isService = claims.sub!.startsWith(SERVICE_SUBJECT_PREFIX);
    // Only service tokens may carry the system role; a person's token claiming it is forged or broken.
    if (isService !== roles.includes('system')) return undefined;
    return {
      userId: claims.sub!,
      roles,
      scopes: [],
      via: isService ? 'service' : 'token',
      ...(claims.email ? { email: claims.email } : {}),
      ...(claims.name ? { name: claims.name } : {}),
      ...(claims.supplierId ? { supplierId: claims.supplierId } : {}),
      ...(claims.sid ? { sessionId: claims.sid } : {}),
    };
  }
}
