import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One sign-in: spans the refresh-token families of every app the person uses; logout revokes them all. */
@Schema({ collection: 'sessions', versionKey: false })
export class Session {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true, index: true })
  userId: string;

  @Prop({ type: Date, required: true })
  createdAt: Date;

  /** The absolute end: refreshing never extends a session past it. Sessions from before it existed have none. */
  @Prop({ type: Date })
  expiresAt?: Date;

  @Prop({ type: Date })
  revokedAt?: Date;

  @Prop({ type: String })
  revokedReason?: string;
}

export const SessionSchema = SchemaFactory.createForClass(Session);
