import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { LANGUAGES, type Language } from '../language.js';

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** An email the platform sent or tried to send; IT employees watch this queue. */
@Schema({ collection: 'notifications', versionKey: false })
export class Notification {
  @Prop({ type: String, required: true, default: 'email' })
  channel: string;

  @Prop({ type: String, required: true })
  to: string;

  @Prop({ type: String, required: true })
  subject: string;

  @Prop({ type: String, required: true })
  text: string;

  /** What subject and text are written in (missing on older notifications, which are English). */
  @Prop({ type: String, enum: LANGUAGES })
  language?: Language;

  @Prop({ type: String, required: true, enum: NOTIFICATION_STATUSES })
  status: NotificationStatus;

  @Prop({ type: Date, required: true, index: true })
  createdAt: Date;

  @Prop({ type: Date })
  sentAt?: Date;

  @Prop({ type: String })
  error?: string;

  /** Delivery attempts so far; the outbox dispatcher gives up after a few. */
  @Prop({ type: Number, default: 0 })
  attempts: number;

  /** When the dispatcher may try a pending notification (again). */
  @Prop({ type: Date, index: true })
  nextAttemptAt?: Date;

  /** Which service queued it and in which request, to follow it through the logs. */
  @Prop({ type: String })
  origin?: string;

  @Prop({ type: String })
  requestId?: string;
}

export type NotificationDocument = HydratedDocument<Notification>;
export const NotificationSchema = SchemaFactory.createForClass(Notification);
