import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../platform/database/mongo-connections.js';
import { authApiClientProvider } from '../platform/http/auth-api-client.provider.js';
import { coreApiClientProvider } from '../platform/http/core-api-client.provider.js';
import { AbortedLaunchRefundJob } from './aborted-launch-refund.job.js';
import { CatalogSyncJob } from './catalog-sync.job.js';
import { CredentialHousekeepingJob } from './credential-housekeeping.job.js';
import { JobRun, JobRunSchema } from './job-run.schema.js';
import { JobRunner } from './job-runner.js';
import { LaunchAnnouncementRepairJob } from './launch-announcement-repair.job.js';
import { LaunchReminderJob } from './launch-reminder.job.js';
import { Scheduler } from './scheduler.js';

@Module({
  imports: [MongooseModule.forFeature([{ name: JobRun.name, schema: JobRunSchema }], CORE_DB)],
  providers: [
    authApiClientProvider,
    coreApiClientProvider,
    JobRunner,
    CatalogSyncJob,
    Scheduler,
    AbortedLaunchRefundJob,
    LaunchReminderJob,
    LaunchAnnouncementRepairJob,
    CredentialHousekeepingJob,
  ],
})
export class JobsModule {}
