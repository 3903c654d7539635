import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '../../auth-api/auth.module.js';
import type { ScopedConfig } from '../../platform/config/config-scopes.js';
import { ConfigModule } from '../../platform/config/config.module.js';
import { SecurityModule } from '../../platform/security/security.module.js';
import { CoreDbModule } from '../../platform/database/core-db.module.js';
import { CustomerDbModule } from '../../platform/database/customer-db.module.js';
import { OperationsDbModule } from '../../shared/model/operations/operations-db.module.js';
import { HealthModule } from '../../platform/health/health.module.js';
import { CoreDbHealth, CustomerDbHealth } from '../../platform/health/mongo.health.js';
import { OperationsDbHealth } from '../../platform/health/postgres.health.js';
import { RateLimitModule } from '../../platform/rate-limit/rate-limit.module.js';

/**
 * Auth API: credentials and sessions (Core DB), customer profiles (Customer DB), staff and the shared sign-in
 * limits (Operations DB).
 */
@Module({})
export class AuthApiModule {
  static forRoot(config: ScopedConfig<'auth-api'>): DynamicModule {
    return {
      module: AuthApiModule,
      imports: [
        ConfigModule.forRoot(config),
        SecurityModule.forRoot('auth-api', { signsTokens: true }),
        OperationsDbModule,
        CoreDbModule,
        CustomerDbModule,
        RateLimitModule,
        HealthModule.register([OperationsDbHealth, CoreDbHealth, CustomerDbHealth]),
        AuthModule,
      ],
    };
  }
}
