import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One delivery attempt taken by a dispatcher: `<notification id>:<attempt>`. The unique `_id` makes the claim
 * atomic even on FerretDB, so two dispatchers never send the same attempt twice.
 */
@Schema({ collection: 'notification_claims', versionKey: false })
export class NotificationClaim {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Date, required: true })
  claimedAt: Date;
}

export const NotificationClaimSchema = SchemaFactory.createForClass(NotificationClaim);
