import {
  applyDecorators,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { RateLimits } from '../../platform/rate-limit/rate-limits.js';
import type { SharedRateLimit } from '../../platform/rate-limit/shared-rate-limit.js';
import type { RequestWithPrincipal } from '../../platform/security/principal.js';

type BookingStep = 'hold' | 'checkout';

const BOOKING_STEP = 'booking-limit:step';
const HOUR_SECONDS = 60 * 60;

/**
 * Holds take seats off sale for everyone while they last, so placing them (and starting checkouts, which keep
 * them alive) is limited far below the general request limit: per customer, and per client address so that
 * many accounts behind one client cannot add up to a hoard.
 */
@Injectable()
export class BookingLimitGuard implements CanActivate {
  private readonly limits: Record<BookingStep, SharedRateLimit>;

  constructor(
    private readonly reflector: Reflector,
    rateLimits: RateLimits,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const { holdsPerHour, checkoutsPerHour } = config.requestLimits;
    this.limits = {
      hold: rateLimits.define({ name: 'booking-holds', points: holdsPerHour, windowSeconds: HOUR_SECONDS }),
      checkout: rateLimits.define({
        name: 'booking-checkouts',
        points: checkoutsPerHour,
        windowSeconds: HOUR_SECONDS,
      }),
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const step = this.reflector.get<BookingStep>(BOOKING_STEP, context.getHandler());
    const request = context.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const limit = this.limits[step];
    await limit.hit(`customer:${request.principal?.userId}`);
    await limit.hit(`client:${request.ip}`);
    return true;
  }
}

/** Puts an endpoint under the tighter limit of one booking step. */
export const BookingLimit = (step: BookingStep): MethodDecorator =>
  applyDecorators(SetMetadata(BOOKING_STEP, step), UseGuards(BookingLimitGuard));
