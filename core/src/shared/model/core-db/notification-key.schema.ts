import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * The key of a notification that must be queued at most once (e.g. `launch-announcement:<launch>:<customer>`).
 * The unique `_id` makes queueing idempotent even on FerretDB, which lacks transactions and partial indexes.
 */
@Schema({ collection: 'notification_keys', versionKey: false })
export class NotificationKey {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Date, required: true })
  queuedAt: Date;
}

export const NotificationKeySchema = SchemaFactory.createForClass(NotificationKey);
