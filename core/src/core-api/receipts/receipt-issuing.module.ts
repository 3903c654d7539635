import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import {
  CustomerProfile,
  CustomerProfileSchema,
} from '../../shared/model/customer-db/customer-profile.schema.js';
import { EmailOutboxModule } from '../notifications/email-outbox.module.js';
import { PayerProfiles } from './payer-profiles.js';
import { ReceiptIssuer } from './receipt-issuer.js';

/** What every flow that moves a customer's money needs to issue their receipts. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: CustomerProfile.name, schema: CustomerProfileSchema }], CUSTOMER_DB),
    EmailOutboxModule,
  ],
  providers: [PayerProfiles, ReceiptIssuer],
  exports: [PayerProfiles, ReceiptIssuer],
})
export class ReceiptIssuingModule {}
