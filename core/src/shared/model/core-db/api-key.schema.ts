import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** A third party's key to the public API endpoints; only its hash is stored, the key is shown once. */
@Schema({ collection: 'api_keys', versionKey: false })
export class ApiKey {
  @Prop({ type: String, required: true })
  _id: string;

  /** The first characters of the key, unique, to find it and to show which key is which. */
  @Prop({ type: String, required: true, unique: true })
  prefix: string;

  @Prop({ type: String, required: true })
  hash: string;

  @Prop({ type: String, required: true })
  name: string;

  @Prop({ type: [String], required: true })
  scopes: string[];

  @Prop({ type: String, index: true })
  supplierId?: string;

  @Prop({ type: String, required: true })
  createdBy: string;

  @Prop({ type: Date, required: true })
  createdAt: Date;

  @Prop({ type: Date })
  lastUsedAt?: Date;

  @Prop({ type: Date })
  revokedAt?: Date;
}

export const ApiKeySchema = SchemaFactory.createForClass(ApiKey);
