import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

export const ONE_TIME_TOKEN_PURPOSES = [
  'verify-email',
  'reset-password',
  'invitation',
  'session-code',
  'unlock-account',
] as const;
export type OneTimeTokenPurpose = (typeof ONE_TIME_TOKEN_PURPOSES)[number];

/** A token sent by email or handed to another app: stored hashed, usable once, until it expires. */
@Schema({ collection: 'email_tokens', versionKey: false })
export class OneTimeToken {
  /** sha256 of the token (base64url). */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true, enum: ONE_TIME_TOKEN_PURPOSES })
  purpose: OneTimeTokenPurpose;

  @Prop({ type: String })
  userId?: string;

  @Prop({ type: String })
  email?: string;

  /** What the token carries besides who it is for (an invitation's roles, an SSO code's session). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  data: Record<string, unknown>;

  @Prop({ type: Date, required: true })
  expiresAt: Date;

  @Prop({ type: Date, required: true })
  createdAt: Date;
}

export const OneTimeTokenSchema = SchemaFactory.createForClass(OneTimeToken);
