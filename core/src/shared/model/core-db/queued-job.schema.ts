import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type HydratedDocument } from 'mongoose';

/**
 * Where a queued job stands. `pending` waits for a worker (first run or a retry after backoff), `running` is
 * leased by one, `succeeded` and `dead` (last attempt failed) are final, `cancelled` was withdrawn by an
 * operator before a worker took it.
 */
export const QUEUED_JOB_STATUSES = ['pending', 'running', 'succeeded', 'dead', 'cancelled'] as const;
export type QueuedJobStatus = (typeof QUEUED_JOB_STATUSES)[number];

/** What put a job in the queue: its cron slot, an operator, another service, or start-up. */
export const JOB_TRIGGERS = ['cron', 'manual', 'service', 'startup', 'retry'] as const;
export type JobTrigger = (typeof JOB_TRIGGERS)[number];

/**
 * One job in the Core DB queue. `key` is unique, so enqueueing the same schedule slot twice (two Job Scheduler
 * replicas) is one insert that only one of them wins.
 */
@Schema({ collection: 'job_queue', versionKey: false })
export class QueuedJob {
  @Prop({ type: String, required: true, index: true })
  type: string;

  /** `<type>:<slot>` for a cron slot, `<type>:<uuid>` for anything else. */
  @Prop({ type: String, required: true, unique: true })
  key: string;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  payload: Record<string, unknown>;

  @Prop({ type: String, required: true, enum: QUEUED_JOB_STATUSES, index: true })
  status: QueuedJobStatus;

  @Prop({ type: String, required: true, enum: JOB_TRIGGERS })
  trigger: JobTrigger;

  /** Who asked: `job-scheduler` for cron slots, a user id for an operator, a service name otherwise. */
  @Prop({ type: String, required: true })
  requestedBy: string;

  /** The request id of the request that enqueued it; every attempt runs under its own id derived from it. */
  @Prop({ type: String })
  requestId?: string;

  @Prop({ type: Date, required: true, index: true })
  createdAt: Date;

  /** A worker takes it no earlier than this: now at first, later after each failed attempt (backoff). */
  @Prop({ type: Date, required: true, index: true })
  runAt: Date;
}

export type QueuedJobDocument = HydratedDocument<QueuedJob>;
export const QueuedJobSchema = SchemaFactory.createForClass(QueuedJob);
