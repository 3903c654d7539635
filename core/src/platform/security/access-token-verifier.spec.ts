import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, exportJWK, SignJWT } from 'jose';
import { AccessTokenVerifier } from './access-token-verifier.js';

describe('AccessTokenVerifier', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  let verifier: AccessTokenVerifier;

  beforeAll(async () => {
    verifier = new AccessTokenVerifier(
      createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), alg: 'EdDSA' }] }),
    );
  });

  const sign = (subject: string, claims: Record<string, unknown>, audience = 'astrobookings') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('astrobookings-auth')
      .setAudience(audience)
      .setSubject(subject)
      .setExpirationTime('5m')
      .sign(privateKey);

  it('reads a person, their roles, supplier and session from a valid token', async () => {
    const token = await sign('u-1', {
      roles: ['supplier', 'unknown-role'],
      supplierId: 's-1',
      sid: 'x',
      email: 'a@b.c',
    });
    expect(await verifier.verify(token)).toEqual({
      userId: 'u-1',
      email: 'a@b.c',
      roles: ['supplier'],
      supplierId: 's-1',
      sessionId: 'x',
      scopes: [],
      via: 'token',
    });
  });

  it('reads a service token as a service with the system role', async () => {
    const principal = await verifier.verify(await sign('service:job-scheduler', { roles: ['system'] }));
    expect(principal).toMatchObject({ userId: 'service:job-scheduler', roles: ['system'], via: 'service' });
  });

  it('refuses a person claiming the system role and a service without it', async () => {
    expect(await verifier.verify(await sign('u-1', { roles: ['admin', 'system'] }))).toBeUndefined();
    expect(await verifier.verify(await sign('service:x', { roles: ['admin'] }))).toBeUndefined();
  });

  it('refuses tokens for another audience and tokens that are not JWTs', async () => {
    expect(await verifier.verify(await sign('u-1', { roles: ['admin'] }, 'elsewhere'))).toBeUndefined();
    expect(await verifier.verify('not.a.jwt')).toBeUndefined();
  });
});
