import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { JobRun, JobRunSchema } from '../../shared/model/core-db/job-run.schema.js';
import { JobRunner } from './job-runner.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { HoldExpiryJob } from './hold-expiry.job.js';
import { HoldExpiryScheduler } from './hold-expiry.scheduler.js';

/** Job Scheduler side of hold expiry. */
@Module({
  imports: [MongooseModule.forFeature([{ name: JobRun.name, schema: JobRunSchema }], CORE_DB)],
  providers: [coreApiClientProvider, JobRunner, HoldExpiryJob, HoldExpiryScheduler],
})
export class HoldExpiryJobsModule {}
