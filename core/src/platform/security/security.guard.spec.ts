import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, exportJWK, SignJWT } from 'jose';
import { AccessTokenVerifier } from './access-token-verifier.js';
import type { ApiKeyIntrospector } from './api-key-introspector.js';
import type { RequestWithPrincipal } from './principal.js';
import { Public } from './public.decorator.js';
import { Roles } from './roles.decorator.js';
import { SecurityGuard } from './security.guard.js';

class ExampleController {
  @Public()
  open(): void {}

  @Roles('finance')
  financeOnly(): void {}

  undecided(): void {}
}

describe('SecurityGuard', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const noApiKeys = {
    principalFor: () => Promise.reject(new Error('no API key was sent')),
  } as unknown as ApiKeyIntrospector;
  let guard: SecurityGuard;

  beforeAll(async () => {
    const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), alg: 'EdDSA' }] });
    guard = new SecurityGuard(new Reflector(), new AccessTokenVerifier(keys), noApiKeys);
  });

  const tokenWith = (roles: string[]) =>
    new SignJWT({ roles })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('astrobookings-auth')
      .setAudience('astrobookings')
      .setSubject('user-1')
      .setExpirationTime('5m')
      .sign(privateKey);

  function contextFor(handler: keyof ExampleController, authorization?: string) {
    const request: RequestWithPrincipal & { headers: Record<string, string> } = {
      headers: authorization ? { authorization } : {},
    };
    const context = {
      getHandler: () => ExampleController.prototype[handler],
      getClass: () => ExampleController,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    return { context, request };
  }

  it('lets anyone into a public endpoint', async () => {
    await expect(guard.canActivate(contextFor('open').context)).resolves.toBe(true);
  });

  it('answers 401 without a token and 403 with a token of another role', async () => {
    await expect(guard.canActivate(contextFor('financeOnly').context)).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
    const admin = contextFor('financeOnly', `Bearer ${await tokenWith(['admin'])}`);
    await expect(guard.canActivate(admin.context)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('attaches the principal when the role matches', async () => {
    const finance = contextFor('financeOnly', `Bearer ${await tokenWith(['finance'])}`);
    await expect(guard.canActivate(finance.context)).resolves.toBe(true);
    expect(finance.request.principal).toMatchObject({ userId: 'user-1', roles: ['finance'], via: 'token' });
  });

  it('denies an endpoint that declares neither @Public nor @Roles, even to an admin', async () => {
    const admin = contextFor('undecided', `Bearer ${await tokenWith(['admin'])}`);
    await expect(guard.canActivate(admin.context)).rejects.toBeInstanceOf(ForbiddenException);
  });
});
