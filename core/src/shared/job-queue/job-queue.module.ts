import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { QueuedJob, QueuedJobSchema } from '../model/core-db/queued-job.schema.js';
import { JobQueue } from './job-queue.js';

/** The Core DB job queue, for any service that enqueues work or reads the queue. */
@Module({
  imports: [MongooseModule.forFeature([{ name: QueuedJob.name, schema: QueuedJobSchema }], CORE_DB)],
  providers: [JobQueue],
  exports: [JobQueue, MongooseModule],
})
export class JobQueueModule {}
