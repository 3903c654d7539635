import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: refresh tokens, email links and SSO codes. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How opaque tokens are stored: their SHA-256 (they are random, so no salt or slow hash is needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
