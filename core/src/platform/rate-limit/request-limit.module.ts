import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitModule } from './rate-limit.module.js';
import { RequestLimitGuard } from './request-limit.guard.js';

/**
 * The general request limit on every endpoint of the API that imports it. Import it after SecurityModule: global
 * guards run in the order their modules are imported, and the limit needs the authenticated principal.
 */
@Module({
  imports: [RateLimitModule],
  providers: [{ provide: APP_GUARD, useClass: RequestLimitGuard }],
})
export class RequestLimitModule {}
