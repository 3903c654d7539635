import { Module, type DynamicModule } from '@nestjs/common';
import { CustomerBookingsModule } from '../../customer-api/bookings/customer-bookings.module.js';
import { CustomerReceiptsModule } from '../../customer-api/receipts/customer-receipts.module.js';
import { CustomerLaunchesModule } from '../../customer-api/catalog/customer-launches.module.js';
import type { ScopedConfig } from '../../platform/config/config-scopes.js';
import { ConfigModule } from '../../platform/config/config.module.js';
import { SecurityModule } from '../../platform/security/security.module.js';
import { CustomerDbModule } from '../../platform/database/customer-db.module.js';
import { CoreApiHealth } from '../../platform/health/core-api.health.js';
import { HealthModule } from '../../platform/health/health.module.js';
import { CustomerDbHealth } from '../../platform/health/mongo.health.js';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { RequestLimitModule } from '../../platform/rate-limit/request-limit.module.js';

/** Customer API: the public catalog of launches and customers' bookings; request limits on the Operations DB. */
@Module({})
export class CustomerApiModule {
  static forRoot(config: ScopedConfig<'customer-api'>): DynamicModule {
    return {
      module: CustomerApiModule,
      imports: [
        ConfigModule.forRoot(config),
        SecurityModule.forRoot('customer-api'),
        RequestLimitModule,
        CustomerDbModule,
        HealthModule.register([CustomerDbHealth, CoreApiHealth], [coreApiClientProvider]),
        CustomerLaunchesModule,
        CustomerBookingsModule,
        CustomerReceiptsModule,
      ],
    };
  }
}
