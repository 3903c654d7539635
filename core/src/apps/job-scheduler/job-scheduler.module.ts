import { Module, type DynamicModule } from '@nestjs/common';
import { JobsModule } from '../../job-scheduler/jobs/jobs.module.js';
import type { ScopedConfig } from '../../platform/config/config-scopes.js';
import { ConfigModule } from '../../platform/config/config.module.js';
import { SecurityModule } from '../../platform/security/security.module.js';
import { CoreDbModule } from '../../platform/database/core-db.module.js';
import { HealthModule } from '../../platform/health/health.module.js';
import { CoreDbHealth } from '../../platform/health/mongo.health.js';

/** Job Scheduler: runs scheduled jobs by calling Core API; records every run in the Core DB. */
@Module({})
export class JobSchedulerModule {
  static forRoot(config: ScopedConfig<'job-scheduler'>): DynamicModule {
    return {
      module: JobSchedulerModule,
      imports: [
        ConfigModule.forRoot(config),
        SecurityModule.forRoot('job-scheduler'),
        CoreDbModule,
        HealthModule.register([CoreDbHealth]),
        JobsModule,
      ],
    };
  }
}
