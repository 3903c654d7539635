import { Module, type DynamicModule } from '@nestjs/common';
import { FinanceModule } from '../../admin-api/finance/finance.module.js';
import { InvoicesModule } from '../../admin-api/invoices/invoices.module.js';
import { LaunchesModule } from '../../admin-api/launches/launches.module.js';
import type { ScopedConfig } from '../../platform/config/config-scopes.js';
import { ConfigModule } from '../../platform/config/config.module.js';
import { SecurityModule } from '../../platform/security/security.module.js';
import { CoreDbModule } from '../../platform/database/core-db.module.js';
import { OperationsDbModule } from '../../shared/model/operations/operations-db.module.js';
import { HealthModule } from '../../platform/health/health.module.js';
import { OperationsDbHealth } from '../../platform/health/postgres.health.js';
import { RequestLimitModule } from '../../platform/rate-limit/request-limit.module.js';
import { ReportsModule } from '../../admin-api/reports/reports.module.js';
import { RocketsModule } from '../../admin-api/rockets/rockets.module.js';
import { SuppliersModule } from '../../admin-api/suppliers/suppliers.module.js';
import { SyncModule } from '../../admin-api/sync/sync.module.js';

/**
 * Admin API: suppliers, rockets and launches for back-office apps, on the Operations DB; queues launch emails
 * in the Core DB notification outbox.
 */
@Module({})
export class AdminApiModule {
  static forRoot(config: ScopedConfig<'admin-api'>): DynamicModule {
    return {
      module: AdminApiModule,
      imports: [
        ConfigModule.forRoot(config),
        SecurityModule.forRoot('admin-api'),
        RequestLimitModule,
        OperationsDbModule,
        CoreDbModule,
        HealthModule.register([OperationsDbHealth]),
        FinanceModule,
        InvoicesModule,
        SyncModule,
        ReportsModule,
        RocketsModule,
        LaunchesModule,
        SuppliersModule,
      ],
    };
  }
}
