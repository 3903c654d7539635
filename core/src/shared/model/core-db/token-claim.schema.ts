import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * A single-use token that has been used. Claims are inserts on the unique `_id`: FerretDB's findAndModify is
 * not atomic under concurrency, but a duplicate key is, so exactly one of two racing uses wins.
 */
@Schema({ collection: 'token_claims', versionKey: false })
export class TokenClaim {
  /** `<kind>:<hash of the token>` */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Date, required: true })
  claimedAt: Date;
}

export const TokenClaimSchema = SchemaFactory.createForClass(TokenClaim);
