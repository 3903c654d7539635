import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type HydratedDocument } from 'mongoose';

/** A significant action: what happened, when, who (or which job) caused it, and in which request. */
@Schema({ collection: 'system_logs', versionKey: false })
export class SystemLog {
  @Prop({ type: Date, required: true, index: true })
  time: Date;

  @Prop({ type: String, required: true })
  eventType: string;

  @Prop({ type: String, required: true })
  actor: string;

  @Prop({ type: String })
  requestId?: string;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  details: Record<string, unknown>;
}

export type SystemLogDocument = HydratedDocument<SystemLog>;
export const SystemLogSchema = SchemaFactory.createForClass(SystemLog);
