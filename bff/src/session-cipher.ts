import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SessionCipher {
  seal(value: unknown): string;
  /** The sealed value, or null when the text was not sealed with this key (tampered, other app, old key). */
  open<T>(sealed: string): T | null;
}

/**
 * AES-256-GCM over JSON, for values the browser must carry but never read or change. The key is derived
 * per purpose (`session:customer`, ...), so one app's cookie is meaningless to another; the purpose is also
 * authenticated data, so a value cannot be moved between cookies sealed with the same key.
 */
export function createSessionCipher(secret: string, purpose: string): SessionCipher {
  const key = Buffer.from(hkdfSync('sha256', secret, 'astrobookings-bff', purpose, 32));
  const aad = Buffer.from(purpose);
  return {
    seal(value) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    open<T>(sealed: string): T | null {
      try {
        const bytes = Buffer.from(sealed, 'base64url');
        if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES)).setAAD(aad);
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return JSON.parse(plain.toString('utf8')) as T;
      } catch {
        return null;
      }
    },
  };
}
