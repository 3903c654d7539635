import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { SigningKeys } from '../../platform/security/signing-keys.js';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  SERVICE_SUBJECT_PREFIX,
  TOKEN_ALGORITHM,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
} from '../../platform/security/token-claims.js';
import type { Credential } from '../../shared/model/core-db/credential.schema.js';

/** Signs short-lived access tokens (JWT, EdDSA) that every service verifies locally against the JWKS. */
@Injectable()
export class AccessTokens {
  constructor(private readonly keys: SigningKeys) {}

  forUser(credential: Credential, sessionId: string): Promise<string> {
    return this.sign(credential._id, {
      email: credential.email,
      name: credential.fullName,
      roles: [...credential.roles],
      ...(credential.supplierId ? { supplierId: credential.supplierId } : {}),
      sid: sessionId,
    });
  }

  forService(service: string): Promise<string> {
    return this.sign(`${SERVICE_SUBJECT_PREFIX}${service}`, { roles: ['system'] });
  }

  private async sign(subject: string, claims: Record<string, unknown>): Promise<string> {
    const { kid } = await this.keys.publicJwk();
    return new SignJWT(claims)
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT', ...(kid ? { kid } : {}) })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(subject)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
      .sign(this.keys.privateKey);
  }
}
