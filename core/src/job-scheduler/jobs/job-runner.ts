import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { runWithRequestId } from '../../platform/logging/request-context.js';
import { JobRun } from '../../shared/model/core-db/job-run.schema.js';

/** Runs a job under its own request id and records the run (start, finish, outcome) in the Core DB `jobs`. */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger(JobRunner.name);

  constructor(@InjectModel(JobRun.name, CORE_DB) private readonly jobs: Model<JobRun>) {}

  run(type: string, trigger: string, work: () => Promise<string | void>): Promise<boolean> {
    const requestId = `job-${randomUUID()}`;
    return runWithRequestId(requestId, async () => {
      const job = await this.jobs.create({
        type,
        trigger,
        status: 'running',
        startedAt: new Date(),
        requestId,
      });
      try {
        const summary = await work();
        if (summary) job.summary = summary;
        job.status = 'succeeded';
      } catch (error) {
        job.status = 'failed';
        job.error = error instanceof Error ? error.message : String(error);
        this.logger.warn(`job ${type} failed: ${job.error}`);
      }
      job.finishedAt = new Date();
      await job.save();
      return job.status === 'succeeded';
    });
  }
}
