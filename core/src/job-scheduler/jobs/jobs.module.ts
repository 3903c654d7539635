import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { authApiClientProvider } from '../../platform/http/auth-api-client.provider.js';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { AbortRefundsJob } from './abort-refunds.job.js';
import { CatalogSyncJob } from './catalog-sync.job.js';
import { CredentialHousekeepingJob } from './credential-housekeeping.job.js';
import { JobRun, JobRunSchema } from '../../shared/model/core-db/job-run.schema.js';
import { JobRunner } from './job-runner.js';
import { LaunchAnnouncementsJob } from './launch-announcements.job.js';
import { LaunchRemindersJob } from './launch-reminders.job.js';
import { Scheduler } from './scheduler.js';

@Module({
  imports: [MongooseModule.forFeature([{ name: JobRun.name, schema: JobRunSchema }], CORE_DB)],
  providers: [
    authApiClientProvider,
    coreApiClientProvider,
    JobRunner,
    CatalogSyncJob,
    Scheduler,
    AbortRefundsJob,
    LaunchRemindersJob,
    LaunchAnnouncementsJob,
    CredentialHousekeepingJob,
  ],
})
export class JobsModule {}
