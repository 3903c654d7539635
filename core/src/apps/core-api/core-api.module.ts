import { Module, type DynamicModule } from '@nestjs/common';
import { AbortRefundsModule } from '../../core-api/abort-refunds/abort-refunds.module.js';
import { LaunchAnnouncementsModule } from '../../core-api/launch-announcements/launch-announcements.module.js';
import { LaunchRemindersModule } from '../../core-api/launch-reminders/launch-reminders.module.js';
import { BookingsModule } from '../../core-api/bookings/bookings.module.js';
import { HoldExpiryModule } from '../../core-api/hold-expiry/hold-expiry.module.js';
import { NotificationsModule } from '../../core-api/notifications/notifications.module.js';
import { PaymentsModule } from '../../core-api/payments/payments.module.js';
import { ReceiptsModule } from '../../core-api/receipts/receipts.module.js';
import type { ScopedConfig } from '../../platform/config/config-scopes.js';
import { ConfigModule } from '../../platform/config/config.module.js';
import { SecurityModule } from '../../platform/security/security.module.js';
import { CoreDbModule } from '../../platform/database/core-db.module.js';
import { CustomerDbModule } from '../../platform/database/customer-db.module.js';
import { OperationsDbModule } from '../../shared/model/operations/operations-db.module.js';
import { HealthModule } from '../../platform/health/health.module.js';
import { CoreDbHealth, CustomerDbHealth } from '../../platform/health/mongo.health.js';
import { OperationsDbHealth } from '../../platform/health/postgres.health.js';
import { StatusModule } from '../../core-api/status/status.module.js';
import { SyncModule } from '../../core-api/sync/sync.module.js';
import { SystemLogsModule } from '../../core-api/system-logs/system-logs.module.js';

/** Core API: bookings and payments, synchronisation, notifications, system logs and the health of the whole system. */
@Module({})
export class CoreApiModule {
  static forRoot(config: ScopedConfig<'core-api'>): DynamicModule {
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
        PaymentsModule.forProvider(config.payments.provider),
        HoldExpiryModule,
        AbortRefundsModule,
        LaunchRemindersModule,
        LaunchAnnouncementsModule,
        ReceiptsModule,
      ],
    };
  }
}
