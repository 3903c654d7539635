import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AccessTokenVerifier } from './access-token-verifier.js';
import { ApiKeyIntrospector } from './api-key-introspector.js';
import type { Principal, RequestWithPrincipal } from './principal.js';
import type { Role } from './roles.js';
import { API_KEY_HEADER, API_KEY_SCOPE, IS_PUBLIC, REQUIRED_ROLES } from './security-metadata.js';

/**
 * Runs before every handler of every API. Deny by default: an endpoint is open only when marked `@Public()`,
 * and otherwise needs a valid token holding one of its `@Roles(...)` (or an API key with its scope).
 */
@Injectable()
export class SecurityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
    private readonly apiKeys: ApiKeyIntrospector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const scope = this.reflector.get<string | undefined>(API_KEY_SCOPE, context.getHandler());
    const principal = await this.authenticate(request, scope);
    if (!principal) throw new UnauthorizedException('A valid access token is required.');
    request.principal = principal;
    if (principal.via === 'api-key') return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [];
    if (!roles.some((role) => principal.roles.includes(role))) {
      throw new ForbiddenException('Your role does not allow this action.');
    }
    return true;
  }

  private async authenticate(request: Request, scope: string | undefined): Promise<Principal | undefined> {
    const bearer = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) return this.tokens.verify(bearer);
    const key = request.headers[API_KEY_HEADER];
    if (scope && typeof key === 'string' && key) {
      const principal = await this.apiKeys.principalFor(key);
      return principal?.scopes.includes(scope) ? principal : undefined;
    }
    return undefined;
  }
}
