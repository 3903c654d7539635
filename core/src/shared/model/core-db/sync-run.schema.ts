import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

export const SYNC_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

/** One synchronisation of a data set, kept so IT employees can follow progress and failures. */
@Schema({ collection: 'sync_runs', versionKey: false })
export class SyncRun {
  @Prop({ type: String, required: true })
  dataset: string;

  @Prop({ type: Date, required: true, index: true })
  startedAt: Date;

  @Prop({ type: Date })
  finishedAt?: Date;

  @Prop({ type: String, required: true, enum: SYNC_RUN_STATUSES })
  status: SyncRunStatus;

  @Prop({ type: Number, default: 0 })
  upserted: number;

  @Prop({ type: Number, default: 0 })
  modified: number;

  @Prop({ type: Number, default: 0 })
  removed: number;

  @Prop({ type: String })
  error?: string;

  @Prop({ type: String })
  requestId?: string;
}

export type SyncRunDocument = HydratedDocument<SyncRun>;
export const SyncRunSchema = SchemaFactory.createForClass(SyncRun);
