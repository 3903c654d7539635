import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** A refresh token, stored only as its SHA-256; a family is the chain of rotations of one app's token. */
@Schema({ collection: 'refresh_tokens', versionKey: false })
export class RefreshToken {
  /** sha256 of the token (base64url). */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true, index: true })
  familyId: string;

  @Prop({ type: String, required: true, index: true })
  sessionId: string;

  @Prop({ type: String, required: true })
  userId: string;

  @Prop({ type: Date, required: true })
  expiresAt: Date;

  /** Hash of the token this one was rotated into; using this one again is reuse. */
  @Prop({ type: String })
  replacedBy?: string;
}

export const RefreshTokenSchema = SchemaFactory.createForClass(RefreshToken);
