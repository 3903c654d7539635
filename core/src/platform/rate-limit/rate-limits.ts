import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { SharedRateLimit } from './shared-rate-limit.js';

/** The pg pool the limits share; its own small pool, so a burst of limited requests cannot starve queries. */
export const RATE_LIMIT_POOL = Symbol('RATE_LIMIT_POOL');

/** Created by migration RateLimits1769500000000, so no instance races another to create it at start-up. */
const TABLE = 'rate_limits';

export interface RateLimitDefinition {
  /** Prefix of the limit's keys; two limits with different names never share a counter. */
  name: string;
  /** How many requests a key may make in one window. */
  points: number;
  windowSeconds: number;
}

/** Defines the named limits a service enforces, all on the shared PostgreSQL store. */
@Injectable()
export class RateLimits implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_POOL) private readonly pool: pg.Pool) {}

  define({ name, points, windowSeconds }: RateLimitDefinition): SharedRateLimit {
    return new SharedRateLimit(
      new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        keyPrefix: name,
        points,
        duration: windowSeconds,
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
