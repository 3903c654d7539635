import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

export const JOB_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** One execution of a scheduled job, kept so IT employees can watch jobs. */
@Schema({ collection: 'jobs', versionKey: false })
export class JobRun {
  @Prop({ type: String, required: true })
  type: string;

  @Prop({ type: String, required: true, enum: JOB_STATUSES })
  status: JobStatus;

  @Prop({ type: String, required: true })
  trigger: string;

  @Prop({ type: Date, required: true, index: true })
  startedAt: Date;

  @Prop({ type: Date })
  finishedAt?: Date;

  @Prop({ type: String })
  requestId?: string;

  @Prop({ type: String })
  error?: string;

  /** What the run did, in the job's words (e.g. how many catalog entries a sync fixed). */
  @Prop({ type: String })
  summary?: string;
}

export type JobRunDocument = HydratedDocument<JobRun>;
export const JobRunSchema = SchemaFactory.createForClass(JobRun);
