import { Global, Module } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RATE_LIMIT_POOL, RateLimits } from './rate-limits.js';

/** The shared store of request limits (the Operations DB's `rate_limits` table) for the service's modules. */
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_POOL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new pg.Pool({ connectionString: config.databaseUrl, max: 4 }),
    },
    RateLimits,
  ],
  exports: [RateLimits],
})
export class RateLimitModule {}
