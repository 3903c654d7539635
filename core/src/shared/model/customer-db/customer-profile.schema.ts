import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { BillingAddress } from './billing-address.js';

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

  /** Printed on the customer's receipts; absent until they fill it in on their account page. */
  @Prop({
    type: { line1: String, line2: String, postalCode: String, city: String, country: String, _id: false },
  })
  billingAddress?: BillingAddress;

  @Prop({ type: Date, required: true })
  createdAt: Date;
}

export const CustomerProfileSchema = SchemaFactory.createForClass(CustomerProfile);
