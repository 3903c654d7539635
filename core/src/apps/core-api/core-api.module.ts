import { Module, type DynamicModule } from '@nestjs/common';
import { LaunchAnnouncementsModule } from '../../announcements/launch-announcements.module.js';
import { BookingsModule } from '../../bookings/bookings.module.js';
import { HoldsModule } from '../../holds/holds.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { ConfigModule } from '../../platform/config/config.module.js';
import { SecurityModule } from '../../platform/security/security.module.js';
import { CoreDbModule } from '../../platform/database/core-db.module.js';
import { CustomerDbModule } from '../../platform/database/customer-db.module.js';
import { OperationsDbModule } from '../../platform/database/operations-db.module.js';
import { HealthModule } from '../../platform/health/health.module.js';
import { CoreDbHealth, CustomerDbHealth } from '../../platform/health/mongo.health.js';
import { OperationsDbHealth } from '../../platform/health/postgres.health.js';
import { StatusModule } from '../../status/status.module.js';
import { SyncModule } from '../../sync/sync.module.js';
import { SystemLogsModule } from '../../system-logs/system-logs.module.js';

/** Core API: synchronisation, notifications, system logs and the health of the whole system. */
@Module({})
export class CoreApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreApiModule,
      imports: [
        ConfigModule.forRoot(config),
        SecurityModule.forRoot('core-api'),
        OperationsDbModule,
        CustomerDbModule,
        CoreDbModule,
        HealthModule.register([OperationsDbHealth, CustomerDbHealth, CoreDbHealth]),
        SyncModule,
        NotificationsModule,
        SystemLogsModule,
        StatusModule,
        BookingsModule,
        HoldsModule,
        LaunchAnnouncementsModule,
      ],
    };
  }
}
