import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** A customer's contact and tax details, in the Customer DB under the same id as their credentials. */
@Schema({ collection: 'customers', versionKey: false })
export class CustomerProfile {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true, unique: true })
  email: string;

  @Prop({ type: String, required: true })
  fullName: string;

  @Prop({ type: String, required: true })
  taxId: string;

  @Prop({ type: String })
  phone?: string;

  @Prop({ type: Date, required: true })
  createdAt: Date;
}

export const CustomerProfileSchema = SchemaFactory.createForClass(CustomerProfile);
