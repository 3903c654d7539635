import { Inject, Injectable, Logger } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TOKEN_ALGORITHM } from './token-claims.js';

/**
 * The Auth API's Ed25519 key pair for access tokens: AUTH_SIGNING_KEY, or (in development and test, where the
 * configuration lets it be unset) a key made at start-up; tokens then die with the process, while refresh
 * tokens are opaque, so sessions survive a restart.
 */
@Injectable()
export class SigningKeys {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  private jwk?: JWK;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const pem = config.auth.signingKeyPem;
    if (pem) {
      this.privateKey = createPrivateKey(pem);
    } else {
      new Logger(SigningKeys.name).warn('AUTH_SIGNING_KEY is not set: signing with an ephemeral key');
      this.privateKey = generateKeyPairSync('ed25519').privateKey;
    }
    if (this.privateKey.asymmetricKeyType !== 'ed25519')
      throw new Error('AUTH_SIGNING_KEY must be an Ed25519 key');
    this.publicKey = createPublicKey(this.privateKey);
  }

  /** The public key as a JWK with its thumbprint as `kid`, the way the JWKS publishes it. */
  async publicJwk(): Promise<JWK> {
    if (!this.jwk) {
      const jwk = await exportJWK(this.publicKey);
      this.jwk = { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: TOKEN_ALGORITHM, use: 'sig' };
    }
    return this.jwk;
  }
}
