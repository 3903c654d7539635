import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { adminApiClientProvider } from '../../platform/http/admin-api-client.provider.js';
import { authApiClientProvider } from '../../platform/http/auth-api-client.provider.js';
import { coreApiClientProvider } from '../../platform/http/core-api-client.provider.js';
import { JobRun, JobRunSchema } from '../../shared/model/core-db/job-run.schema.js';
import { JobRunner } from './job-runner.js';

/** The Job Scheduler's jobs: the table JOBS, run and recorded by one JobRunner. */
@Module({
  imports: [MongooseModule.forFeature([{ name: JobRun.name, schema: JobRunSchema }], CORE_DB)],
  providers: [adminApiClientProvider, authApiClientProvider, coreApiClientProvider, JobRunner],
})
export class JobsModule {}
