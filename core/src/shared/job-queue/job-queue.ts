import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { isDuplicateKey } from '../../platform/database/is-duplicate-key.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { currentRequestId } from '../../platform/logging/request-context.js';
import { QueuedJob, type JobTrigger, type QueuedJobDocument } from '../model/core-db/queued-job.schema.js';

export interface EnqueueJob {
  type: string;
  trigger: JobTrigger;
  requestedBy: string;
  payload?: Record<string, unknown>;
  /** Once-only key (e.g. `<type>:<slot>`); a fresh one when absent, so every call queues a job. */
  key?: string;
  /** Not before this (default: now). */
  runAt?: Date;
}

/**
 * Puts jobs in the Core DB queue, the one way any service asks for background work. Enqueueing is a single
 * insert on a unique key, so a repeated slot or retried request queues nothing twice, even on FerretDB.
 */
@Injectable()
export class JobQueue {
  constructor(@InjectModel(QueuedJob.name, CORE_DB) private readonly jobs: Model<QueuedJob>) {}

  /** The queued job, or undefined when a job with the same key was queued before. */
  async enqueue(job: EnqueueJob): Promise<QueuedJobDocument | undefined> {
    const now = new Date();
    try {
      return await this.jobs.create({
        type: job.type,
        key: job.key ?? `${job.type}:${randomUUID()}`,
        payload: job.payload ?? {},
        status: 'pending',
        trigger: job.trigger,
        requestedBy: job.requestedBy,
        requestId: currentRequestId(),
        createdAt: now,
        runAt: job.runAt ?? now,
      });
    } catch (error) {
      if (isDuplicateKey(error)) return undefined;
      throw error;
    }
  }
}
