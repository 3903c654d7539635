import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { RequestWithPrincipal } from '../security/principal.js';
import { NO_REQUEST_LIMIT } from './no-request-limit.decorator.js';
import { RateLimits } from './rate-limits.js';
import type { SharedRateLimit } from './shared-rate-limit.js';

/**
 * The general request limit of an API: requests per minute per signed-in principal or, for anonymous callers,
 * per client address (which the BFFs report). Runs after the security guard, so the principal is known.
 * Services are left out: their calls are the platform's own work (syncs, jobs), not a client's.
 */
@Injectable()
export class RequestLimitGuard implements CanActivate {
  private readonly limit: SharedRateLimit;

  constructor(
    private readonly reflector: Reflector,
    limits: RateLimits,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limit = limits.define({
      name: 'api-requests',
      points: config.requestLimits.perMinute,
      windowSeconds: 60,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(NO_REQUEST_LIMIT, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const principal = request.principal;
    if (principal?.via === 'service') return true;
    await this.limit.hit(principal ? `principal:${principal.userId}` : `client:${request.ip}`);
    return true;
  }
}
