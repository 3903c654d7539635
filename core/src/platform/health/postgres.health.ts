import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthIndicator } from './health-indicator.js';

@Injectable()
export class OperationsDbHealth implements HealthIndicator {
  readonly name = 'operations-db';

  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
