import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { CORE_DB, CUSTOMER_DB } from '../database/mongo-connections.js';
import type { HealthIndicator } from './health-indicator.js';
import { pingMongo } from './mongo-ping.js';

@Injectable()
export class CustomerDbHealth implements HealthIndicator {
  readonly name = 'customer-db';

  constructor(@InjectConnection(CUSTOMER_DB) private readonly connection: Connection) {}

  check(): Promise<void> {
    return pingMongo(this.connection);
  }
}

@Injectable()
export class CoreDbHealth implements HealthIndicator {
  readonly name = 'core-db';

  constructor(@InjectConnection(CORE_DB) private readonly connection: Connection) {}

  check(): Promise<void> {
    return pingMongo(this.connection);
  }
}
